//! The topic timeline: entries found on the `timeline` table's (topic, at) key, filtered by
//! source, article, time and size of change, the latest `limit` of them read with their
//! version, claim and the claim each continues.

use rusqlite::types::Value;
use rusqlite::Connection;

use super::columns::{claim, claim_cols, claim_row, version, version_row, VERSION_COLS};
use crate::error::Result;
use crate::model::ClaimStatus;
use crate::store::{Timeline, TimelineEntry, TimelineQuery};

/// Where a timeline row's status sits: after the version's columns.
const STATUS: usize = version::COUNT;
/// Where the entry's claim starts: after the status.
const CLAIM: usize = STATUS + 1;
/// Where the claim it continues starts (all null when there is none).
const PREVIOUS: usize = CLAIM + claim::COUNT;

/// The query for the matching (version, claim, status, at) rows with its arguments; joins are
/// added only for the filters that need them.
fn matching(q: &TimelineQuery) -> (String, Vec<Value>) {
    let distinct = if q.topics.len() > 1 { "DISTINCT " } else { "" };
    let mut inner =
        format!("SELECT {distinct}tl.version_id, tl.claim_id, tl.status, tl.at FROM timeline tl");
    let marks = vec!["?"; q.topics.len()].join(",");
    inner.push_str(&format!(" WHERE tl.topic IN ({marks})"));
    let mut args: Vec<Value> = q.topics.iter().map(|t| t.clone().into()).collect();
    if let Some(t) = &q.since {
        inner.push_str(" AND tl.at >= ?");
        args.push(t.clone().into());
    }
    if let Some(t) = &q.until {
        inner.push_str(" AND tl.at <= ?");
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
        inner.push_str(" AND tl.status = 'changed' AND tl.change_pct >= ?");
        args.push(min.into());
    } else if !q.all {
        inner.push_str(" AND tl.status <> 'unchanged'");
    }
    (inner, args)
}

pub(super) fn timeline(conn: &Connection, q: &TimelineQuery) -> Result<Timeline> {
    if q.topics.is_empty() {
        return Ok(Timeline::default());
    }
    let (inner, mut args) = matching(q);
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
         LEFT JOIN claims p ON p.id = c.previous_id AND h.status <> 'removed' \
         ORDER BY h.at, h.version_id, c.ord",
        claim_cols("c"),
        claim_cols("p")
    );
    args.push(q.limit.map_or(-1, |n| n as i64).into());
    let mut st = conn.prepare(&sql)?;
    let rows = st.query_map(rusqlite::params_from_iter(args.iter()), |r| {
        let status: String = r.get(STATUS)?;
        let previous = match r.get::<_, Option<i64>>(PREVIOUS + claim::ID)? {
            Some(_) => Some(claim_row(r, PREVIOUS)?),
            None => None,
        };
        Ok(TimelineEntry {
            version: version_row(r)?,
            status: ClaimStatus::parse(&status).unwrap_or(ClaimStatus::New),
            claim: claim_row(r, CLAIM)?,
            previous,
        })
    })?;
    Ok(Timeline {
        entries: rows.collect::<rusqlite::Result<_>>()?,
        total: total as usize,
    })
}
