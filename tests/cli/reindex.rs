//! `reindex`: re-extraction of every stored version.

use crate::common::*;

#[test]
fn reindex_reports_the_versions_re_extracted() {
    let env = Env::new();
    let f1 = env.write("v1.txt", FLOOD_V1);
    let f2 = env.write("v2.txt", FLOOD_V2);
    env.record(&f1, "Wire", "flood", &[]).ok();
    env.record(&f2, "Wire", "flood", &[]).ok();
    let before = env.claims_json("flood@1");
    let text = env.run_db(&["reindex"]).ok().stdout;
    assert!(text.contains("re-extracted 2 versions"), "{text}");
    let j = env.run_db(&["reindex", "--format", "json"]).ok().json();
    assert_eq!(j["versions"], 2, "{j}");
    assert_eq!(j["versions_changed"], 0, "{j}");
    assert_eq!(j["claims_after"], 7, "{j}");
    assert_eq!(env.claims_json("flood@1"), before);
    assert_eq!(
        versions_of(
            &env.run_db(&["log", "flood", "--format", "json"])
                .ok()
                .json()
        ),
        vec![1, 2]
    );
}
