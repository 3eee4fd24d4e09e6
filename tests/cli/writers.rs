//! Many writers into one store (the suite's backend): concurrent `record` processes, half of
//! them on the same articles, lose nothing, number each article's versions without gaps or
//! duplicates, and leave a consistent lineage (a small `scripts/pg-writers.sh`).

use crate::common::*;

const WRITERS: usize = 4;
const VERSIONS: usize = 6;

fn text(w: usize, i: usize) -> String {
    format!(
        "Report {w}-{i}: the wildfire burned {} hectares and destroyed {} homes, firefighters said.\n\n\
         Officials said {} people were evacuated.\n",
        w * 1000 + i,
        i + 10,
        w + i * 3
    )
}

#[test]
fn concurrent_writers_lose_nothing_and_keep_numbering_and_lineage() {
    let env = Env::new();
    // The schema first, so that every writer times only its records.
    env.record(&env.write("seed.txt", FLOOD_V1), "Wire", "seed", &[])
        .ok();
    std::thread::scope(|s| {
        for w in 0..WRITERS {
            let env = &env;
            s.spawn(move || {
                for i in 0..VERSIONS {
                    let article = if w % 2 == 0 {
                        format!("shared-{}", i % 3)
                    } else {
                        format!("own-{w}")
                    };
                    let f = env.write(&format!("w{w}-{i}.txt"), text(w, i));
                    env.record(&f, "Wire", &article, &[]).ok();
                }
            });
        }
    });
    let counts = article_counts(&env.log_json());
    assert_eq!(
        counts.values().sum::<u64>(),
        (WRITERS * VERSIONS + 1) as u64
    );
    assert_eq!(counts["shared-0"], 4, "{counts:?}");
    for (article, n) in &counts {
        let log = env
            .run_db(&["log", article, "--format", "json"])
            .ok()
            .json();
        assert_eq!(versions_of(&log), (1..=*n).collect::<Vec<_>>(), "{article}");
    }
    for (what, q) in [
        (
            "versions without lineage",
            "SELECT count(*) FROM versions WHERE NOT linked",
        ),
        (
            "claims without status",
            "SELECT count(*) FROM claims WHERE status IS NULL",
        ),
        (
            "previous claims outside the version before",
            "SELECT count(*) FROM claims c JOIN versions v ON v.id = c.version_id \
             JOIN claims p ON p.id = c.previous_id JOIN versions pv ON pv.id = p.version_id \
             WHERE pv.article_id <> v.article_id OR pv.number <> v.number - 1",
        ),
    ] {
        assert_eq!(env.sql_count(q), 0, "{what}");
    }
    // SQLite stores the status as a code since schema 14 (1: changed), PostgreSQL by name.
    let changed = match env.pg {
        Some(_) => "'changed'",
        None => "1",
    };
    assert!(
        env.sql_count(&format!(
            "SELECT count(*) FROM claims WHERE status = {changed}"
        )) > 0,
        "the shared articles' versions continue each other's claims"
    );
}
