//! PostgreSQL-only behaviour of the CLI (run when `CLAIMDIFF_TEST_PG` names a server; the
//! rest of the suite runs on both backends): what a failure to reach or use the server says,
//! never with the password.

use crate::common::*;

/// The test server's base URL, or `None` (the test then says it is skipped and passes).
fn server() -> Option<String> {
    let base = pg_base();
    if base.is_none() {
        eprintln!("CLAIMDIFF_TEST_PG not set: skipped");
    }
    base
}

/// `url` with `user:password@` in place of the base URL's user part.
fn with_login(base: &str, login: &str, db: &str) -> String {
    let host = base.rsplit_once('@').map_or(base, |(_, h)| h);
    let host = host.strip_prefix("postgres://").unwrap_or(host);
    format!("postgres://{login}@{host}/{db}")
}

#[test]
fn server_failures_are_one_line_without_the_password() {
    let Some(base) = server() else { return };
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    let name = env.db_label().to_string();
    for (db, says) in [
        (
            "postgres://reporter:hunter2@127.0.0.1:1/news".to_string(),
            "cannot connect to PostgreSQL at postgres://reporter:***@127.0.0.1:1/news",
        ),
        (
            with_login(&base, "nobody:hunter2", &name),
            "role \"nobody\" does not exist",
        ),
        (
            with_login(&base, "postgres:hunter2", "no_such_db"),
            "database \"no_such_db\" does not exist",
        ),
    ] {
        for args in [
            vec!["log"],
            vec![
                "record",
                f.to_str().unwrap(),
                "--source",
                "Wire",
                "--article",
                "flood",
            ],
        ] {
            let mut all = args.clone();
            all.extend(["--db", &db]);
            let r = env.run(&all).user_error();
            assert!(r.stderr.contains(says), "{all:?}: {}", r.stderr);
            assert!(!r.stderr.contains("hunter2"), "{}", r.stderr);
        }
    }
    env.assert_no_db();
}

#[test]
fn a_database_with_other_tables_is_refused_and_left_alone() {
    if server().is_none() {
        return;
    }
    let env = Env::new();
    env.sql("CREATE TABLE payroll (id integer); INSERT INTO payroll VALUES (7);");
    let f = env.write("flood.txt", FLOOD_V1);
    for r in [env.run_db(&["log"]), env.record(&f, "Wire", "flood", &[])] {
        let r = r.user_error();
        assert!(
            r.stderr
                .contains("is not a claimdiff database (it holds other tables)"),
            "{}",
            r.stderr
        );
    }
    assert!(!env.has_db());
    assert_eq!(env.sql_count("SELECT count(*) FROM payroll"), 1);
}

#[test]
fn claimdiff_db_selects_postgres_by_its_url() {
    if server().is_none() {
        return;
    }
    let env = Env::new();
    let f = env.write("flood.txt", FLOOD_V1);
    let out = env
        .command(&[
            "record",
            f.to_str().unwrap(),
            "--source",
            "Wire",
            "--article",
            "flood",
        ])
        .env("CLAIMDIFF_DB", env.db())
        .output()
        .unwrap();
    Run::from(out).ok();
    assert_eq!(env.sql_count("SELECT count(*) FROM versions"), 1);
    assert!(!env.path("claimdiff.db").exists());
}
