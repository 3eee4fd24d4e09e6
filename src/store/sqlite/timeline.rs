//! The topic timeline: entries found on the `timeline` table's (topic, at) key, filtered by
//! source, article, time and size of change, the latest `limit` of them read with their
//! version, claim and the claim each continues.

use rusqlite::types::Value;
use rusqlite::{Connection, OptionalExtension};

use super::columns::{
    claim, claim_cols, claim_row, status, time_key, version, version_row, VERSION_COLS,
};
use crate::error::Result;
use crate::store::{Timeline, TimelineEntry, TimelineQuery};

/// Where a timeline row's status sits: after the version's columns.
const STATUS: usize = version::COUNT;
/// Where the entry's claim starts: after the status.
const CLAIM: usize = STATUS + 1;
/// Where the claim it continues starts (all null when there is none).
const PREVIOUS: usize = CLAIM + claim::COUNT;

/// The query for the matching (version, claim, status, at) rows with its arguments; joins are
/// added only for the filters that need them.
fn matching(q: &TimelineQuery, topic_ids: &[i64]) -> (String, Vec<Value>) {
    let distinct = if topic_ids.len() > 1 { "DISTINCT " } else { "" };
    let mut inner =
        format!("SELECT {distinct}tl.version_id, tl.claim_id, tl.status, tl.at FROM timeline tl");
    let marks = vec!["?"; topic_ids.len()].join(",");
    inner.push_str(&format!(" WHERE tl.topic_id IN ({marks})"));
    let mut args: Vec<Value> = topic_ids.iter().map(|&t| t.into()).collect();
    if let Some(t) = &q.since {
        inner.push_str(&format!(" AND tl.at >= {}", time_key("?")));
        args.push(t.clone().into());
    }
    if let Some(t) = &q.until {
        inner.push_str(&format!(" AND tl.at <= {}", time_key("?")));
        args.push(t.clone().into());
    }
    if let Some(s) = &q.source {
        inner.push_str(" AND tl.source_id = (SELECT id FROM sources WHERE name = ?)");
        args.push(s.clone().into());
    }
    if let Some(a) = &q.article {
        inner.push_str(
            " AND tl.version_id IN (SELECT v.id FROM versions v \
             JOIN articles a ON a.id = v.article_id WHERE a.key = ?)",
        );
        args.push(a.clone().into());
    }
    if let Some(min) = q.min_change {
        inner.push_str(&format!(
            " AND tl.status = {} AND tl.change_pct >= ?",
            status::CHANGED
        ));
        args.push(min.into());
    } else if !q.all {
        inner.push_str(&format!(" AND tl.status <> {}", status::UNCHANGED));
    }
    (inner, args)
}

pub(super) fn timeline(conn: &Connection, q: &TimelineQuery) -> Result<Timeline> {
    // The topics' ids (schema 14), looked up first: the planner reads one topic's range of the
    // key in time order for `topic_id = ?`, not for an id from a subquery.
    let mut ids = Vec::new();
    for t in &q.topics {
        let id: Option<i64> = conn
            .prepare_cached("SELECT id FROM topics WHERE name = ?")?
            .query_row([t], |r| r.get(0))
            .optional()?;
        ids.extend(id);
    }
    if ids.is_empty() {
        return Ok(Timeline::default());
    }
    let (inner, mut args) = matching(q, &ids);
    let total: i64 = conn.query_row(
        &format!("SELECT count(*) FROM ({inner})"),
        rusqlite::params_from_iter(args.iter()),
        |r| r.get(0),
    )?;
    let sql = format!(
        "SELECT {VERSION_COLS}, h.status, {}, {} FROM \
         ({inner} ORDER BY tl.at DESC, tl.version_id DESC, tl.claim_id DESC LIMIT ?) h \
         JOIN versions v ON v.id = h.version_id JOIN articles a ON a.id = v.article_id \
         JOIN sources s ON s.id = a.source_id JOIN claims c ON c.id = h.claim_id \
         LEFT JOIN claims p ON p.id = c.previous_id AND h.status <> {removed} \
         ORDER BY h.at, h.version_id, c.ord",
        claim_cols("c"),
        claim_cols("p"),
        removed = status::REMOVED
    );
    args.push(q.limit.map_or(-1, |n| n as i64).into());
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map(rusqlite::params_from_iter(args.iter()), |r| {
        let code: i64 = r.get(STATUS)?;
        let previous = match r.get::<_, Option<i64>>(PREVIOUS + claim::ID)? {
            Some(_) => Some(claim_row(r, PREVIOUS)?),
            None => None,
        };
        Ok(TimelineEntry {
            version: version_row(r)?,
            status: status::of(code),
            claim: claim_row(r, CLAIM)?,
            previous,
        })
    })?;
    Ok(Timeline {
        entries: rows.collect::<rusqlite::Result<_>>()?,
        total: total as usize,
    })
}
