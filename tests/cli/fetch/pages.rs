//! `fetch` of single pages: body and metadata, new versions, conditional requests, redirects,
//! charsets and gzip.

use super::*;

#[test]
fn fetch_records_the_article_body_and_the_page_metadata() {
    let server = Server::start(|_, _| Reply::html(fixture("harbour-v1.html")));
    let (_dir, db) = temp_db();
    let url = server.url("/business/port?utm_source=rss");
    let r = claimdiff(&db, &["fetch", &url, "--delay", "0s"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with(&format!(
            "{url}: recorded {PORT_KEY}@1 (The Harbour Ledger, "
        )),
        "{}",
        r.stdout
    );
    assert!(r.stdout.contains("first version: every claim is new"));
    assert_eq!(r.stderr, "");

    // A clear user agent, and gzip offered.
    let hit = &server.hits("/business/port")[0];
    let ua = &hit.headers["user-agent"];
    assert!(
        ua.starts_with("claimdiff/") && ua.contains("(+https://github.com/claimdiff)"),
        "{ua}"
    );
    assert!(hit.headers["accept-encoding"].contains("gzip"));

    // The article's metadata: source from og:site_name, key from the canonical URL, the
    // canonical URL and title stored, the version's time from JSON-LD dateModified.
    let log = json_of(&claimdiff(&db, &["log", "--format", "json"], &[]));
    let a = &log["articles"][0];
    assert_eq!(a["key"], PORT_KEY, "{log}");
    assert_eq!(a["source"], "The Harbour Ledger");
    assert_eq!(a["title"], "Port of Eastmere expansion to cost $2.4bn");
    assert_eq!(
        a["url"],
        "https://www.harbourledger.example/business/2025/mar/04/eastmere-port-expansion"
    );
    let versions = versions_of(&db, PORT_KEY);
    assert_eq!(versions.len(), 1);
    assert_eq!(versions[0]["published_at"], "2025-03-04T08:00:00Z");

    // The claims are the article's, and none comes from the page furniture.
    let claims = claims_of(&db, PORT_KEY);
    assert_claims_from_body(&claims, PORT_BODY_V1, PORT_FURNITURE);
    let s = surfaces(&claims);
    for want in [
        "$2.4 billion",
        "12",
        "about 900 metres",
        "more than 3,000",
        "$600 million",
        "19 hours",
        "40 hectares",
    ] {
        assert!(s.iter().any(|x| x == want), "no claim {want:?} in {s:?}");
    }
    let billion = claims
        .iter()
        .find(|c| c["surface"] == "$2.4 billion")
        .unwrap();
    assert_eq!(billion["value"].as_f64(), Some(2.4e9));
    assert_eq!(billion["unit"], "USD");
}

#[test]
fn a_changing_page_records_new_versions_and_only_body_changes() {
    // v1 on the first request, v2 afterwards (the sidebar, cookie box and counts change too).
    let server = Server::start(|_, n| {
        Reply::html(fixture(if n == 1 {
            "harbour-v1.html"
        } else {
            "harbour-v2.html"
        }))
    });
    let (_dir, db) = temp_db();
    let url = server.url("/business/port");
    let r1 = claimdiff(&db, &["fetch", &url, "--delay", "0s"], &[]);
    assert_eq!(r1.code, 0, "{}", r1.stderr);
    let r2 = claimdiff(&db, &["fetch", &url, "--delay", "0s"], &[]);
    assert_eq!(r2.code, 0, "{}", r2.stderr);
    assert!(
        r2.stdout.contains(&format!("recorded {PORT_KEY}@2")),
        "{}",
        r2.stdout
    );
    assert!(
        r2.stdout.contains(&format!("claims since {PORT_KEY}@1:")),
        "{}",
        r2.stdout
    );

    // The version's time is the page's modified time.
    let versions = versions_of(&db, PORT_KEY);
    assert_eq!(versions.len(), 2);
    assert_eq!(versions[1]["published_at"], "2025-03-04T13:30:00Z");

    // Exactly the two body edits changed; the furniture's new numbers are not claims.
    let d = json_of(&claimdiff(
        &db,
        &[
            "diff",
            &format!("{PORT_KEY}@1"),
            &format!("{PORT_KEY}@2"),
            "--format",
            "json",
        ],
        &[],
    ));
    let changes: Vec<&Value> = d["claims"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["status"] != "unchanged")
        .collect();
    let mut pairs: Vec<(String, String)> = changes
        .iter()
        .map(|c| {
            assert_eq!(c["status"], "changed", "{c}");
            (
                c["before"]["surface"].as_str().unwrap().into(),
                c["after"]["surface"].as_str().unwrap().into(),
            )
        })
        .collect();
    pairs.sort();
    assert_eq!(
        pairs,
        vec![
            ("$2.4 billion".to_string(), "$2.7 billion".to_string()),
            ("more than 3,000".to_string(), "3,400".to_string())
        ]
    );
    let furniture: Vec<&str> = PORT_FURNITURE.to_vec();
    assert_claims_from_body(
        &claims_of(&db, &format!("{PORT_KEY}@2")),
        &PORT_BODY_V1
            .iter()
            .map(|p| {
                p.replace("$2.4 billion", "$2.7 billion")
                    .replace("more than 3,000", "3,400")
            })
            .collect::<Vec<_>>()
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>(),
        &furniture,
    );

    // The same page again: identical text, nothing recorded.
    let r3 = claimdiff(&db, &["fetch", &url, "--delay", "0s"], &[]);
    assert_eq!(r3.code, 0, "{}", r3.stderr);
    assert_eq!(
        r3.stdout,
        format!("{url}: unchanged since {PORT_KEY}@2: nothing recorded\n")
    );
    assert_eq!(versions_of(&db, PORT_KEY).len(), 2);
}

#[test]
fn etag_and_last_modified_make_conditional_requests() {
    let server = Server::start(|hit, _| {
        let page = Reply::html(fixture("harbour-v1.html"));
        match hit.path.as_str() {
            "/etag" => {
                if hit.headers.get("if-none-match").map(String::as_str) == Some("\"v1\"") {
                    Reply::status(304).header("ETag", "\"v1\"")
                } else {
                    page.header("ETag", "\"v1\"")
                }
            }
            _ => {
                let lm = "Tue, 04 Mar 2025 08:00:00 GMT";
                if hit.headers.get("if-modified-since").map(String::as_str) == Some(lm) {
                    Reply::status(304)
                } else {
                    Reply::html(fixture("plain-story.html")).header("Last-Modified", lm)
                }
            }
        }
    });
    let (dir, db) = temp_db();
    let etag_url = server.url("/etag");
    let lm_url = server.url("/lastmod");
    let r1 = claimdiff(&db, &["fetch", &etag_url, &lm_url, "--delay", "0s"], &[]);
    assert_eq!(r1.code, 0, "{}", r1.stderr);
    assert!(!server.hits("/etag")[0]
        .headers
        .contains_key("if-none-match"));

    // The validators sit in a sidecar next to the database; no temporary file is left.
    let cache_path = dir.path().join("news.db.http-cache.json");
    let cache: Value =
        serde_json::from_str(&std::fs::read_to_string(&cache_path).unwrap()).unwrap();
    assert_eq!(cache["urls"][&etag_url]["etag"], "\"v1\"", "{cache}");
    assert_eq!(
        cache["urls"][&lm_url]["last_modified"],
        "Tue, 04 Mar 2025 08:00:00 GMT"
    );
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(names.iter().all(|n| !n.contains(".tmp")), "{names:?}");

    let r2 = claimdiff(&db, &["fetch", &etag_url, &lm_url, "--delay", "0s"], &[]);
    assert_eq!(r2.code, 0, "{}", r2.stderr);
    let second = &server.hits("/etag")[1];
    assert_eq!(second.headers["if-none-match"], "\"v1\"");
    assert_eq!(
        server.hits("/lastmod")[1].headers["if-modified-since"],
        "Tue, 04 Mar 2025 08:00:00 GMT"
    );
    assert_eq!(
        r2.stdout,
        format!(
            "{etag_url}: unchanged ({PORT_KEY}, 304 Not Modified): nothing recorded\n\
             {lm_url}: unchanged (127.0.0.1:{}/lastmod, 304 Not Modified): nothing recorded\n",
            server.base.rsplit(':').next().unwrap()
        )
    );
    assert_eq!(versions_of(&db, PORT_KEY).len(), 1);

    // A fresh database does not trust the old validators: the page is downloaded again.
    std::fs::remove_file(&db).unwrap();
    let r3 = claimdiff(&db, &["fetch", &etag_url, "--delay", "0s"], &[]);
    assert_eq!(r3.code, 0, "{}", r3.stderr);
    assert!(!server.hits("/etag")[2]
        .headers
        .contains_key("if-none-match"));
    assert!(r3.stdout.contains("recorded"), "{}", r3.stdout);
}

#[test]
fn redirects_are_followed_and_pages_without_metadata_use_the_url() {
    let server = Server::start(|hit, _| match hit.path.as_str() {
        "/go/ferry" => Reply::status(301).header("Location", "/island/ferry-cuts"),
        "/island/ferry-cuts" => Reply::html(fixture("plain-story.html")),
        _ => Reply::status(404),
    });
    let (_dir, db) = temp_db();
    let r = claimdiff(
        &db,
        &["fetch", &server.url("/go/ferry"), "--delay", "0s"],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(server.hits("/island/ferry-cuts").len(), 1);
    // No og:site_name, no canonical: the source is the host, the key the final URL's.
    let port = server.base.rsplit(':').next().unwrap().to_string();
    let key = format!("127.0.0.1:{port}/island/ferry-cuts");
    assert!(
        r.stdout.contains(&format!("recorded {key}@1 (127.0.0.1, ")),
        "{}",
        r.stdout
    );
    let claims = claims_of(&db, &key);
    let body = [
        "The island's ferry operator cancelled 14 sailings on Monday after a delivery of marine diesel failed to arrive, leaving about 600 passengers stranded on the mainland.",
        "A spokesman for the operator said a tanker carrying 250 tonnes of fuel was expected on Wednesday and that a reduced timetable of four crossings a day would run until then.",
        "Local shops reported that deliveries of fresh food had been delayed by at least two days.",
    ];
    assert_claims_from_body(
        &claims,
        &body,
        &["£2", "31", "£3m", "212", "5,000", "01234", "8 Pier"],
    );
    let s = surfaces(&claims);
    for want in ["14", "about 600", "250 tonnes"] {
        assert!(s.iter().any(|x| x == want), "no claim {want:?} in {s:?}");
    }

    // --source and --article override what the page says.
    let r = claimdiff(
        &db,
        &[
            "fetch",
            &server.url("/island/ferry-cuts"),
            "--source",
            "Island Weekly",
            "--article",
            "ferry-cuts",
            "--delay",
            "0s",
        ],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("recorded ferry-cuts@1 (Island Weekly, "),
        "{}",
        r.stdout
    );
}

#[test]
fn latin1_declared_only_in_the_http_header_is_decoded() {
    let page = fixture("valdoria-latin1.html");
    assert!(
        !page.contains("charset"),
        "the page itself must not name its charset"
    );
    let (bytes, _, bad) = encoding_rs::WINDOWS_1252.encode(&page);
    assert!(!bad);
    let bytes = bytes.into_owned();
    assert!(
        std::str::from_utf8(&bytes).is_err(),
        "the fixture must need decoding"
    );
    let server = Server::start(move |_, _| {
        Reply::with_type(200, "text/html; charset=ISO-8859-1", bytes.clone())
    });
    let (_dir, db) = temp_db();
    let url = server.url("/ciudad/presupuesto-2026.html");
    let r = claimdiff(&db, &["fetch", &url, "--delay", "0s"], &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let key = "diariodevaldoria.example/ciudad/2025/11/20/presupuesto-2026.html";
    assert!(
        r.stdout
            .contains(&format!("recorded {key}@1 (Diario de Valdoria, "))
            && r.stdout.contains("decoded from windows-1252"),
        "{}",
        r.stdout
    );
    let claims = claims_of(&db, key);
    let body = [
        "El pleno del Ayuntamiento de Valdoria aprobó este jueves un presupuesto de 450 millones de euros para 2026, un 8% más que el del año pasado, según la concejala de Hacienda.",
        "La partida de vivienda crecerá hasta los 62 millones de euros y la de transporte público alcanzará los 35 millones, detalló el equipo de gobierno.",
        "Unas 1.200 familias recibirán ayudas al alquiler, frente a las 900 de este año.",
        "La oposición votó en contra y criticó que el gasto en limpieza se quede en 18 millones, la misma cifra que en 2025.",
    ];
    assert_claims_from_body(
        &claims,
        &body,
        &[
            "38 terceros",
            "20.000",
            "30 carreteras",
            "24 horas",
            "4 jóvenes",
            "28001",
            "915",
        ],
    );
    let eur = claims
        .iter()
        .find(|c| c["surface"] == "450 millones de euros")
        .expect("450 millones de euros");
    assert_eq!(eur["value"].as_f64(), Some(450e6));
    assert_eq!(eur["unit"], "EUR");
    assert!(surfaces(&claims).iter().any(|s| s == "8%"));
}

/// A gzip stream of `data` in stored (uncompressed) deflate blocks.
fn gzip_stored(data: &[u8]) -> Vec<u8> {
    fn crc32(data: &[u8]) -> u32 {
        let mut crc = 0xffff_ffffu32;
        for &b in data {
            crc ^= b as u32;
            for _ in 0..8 {
                crc = if crc & 1 != 0 {
                    (crc >> 1) ^ 0xedb8_8320
                } else {
                    crc >> 1
                };
            }
        }
        !crc
    }
    let mut out = vec![0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255];
    let chunks: Vec<&[u8]> = data.chunks(65_535).collect();
    for (i, c) in chunks.iter().enumerate() {
        out.push(u8::from(i + 1 == chunks.len()));
        let len = c.len() as u16;
        out.extend_from_slice(&len.to_le_bytes());
        out.extend_from_slice(&(!len).to_le_bytes());
        out.extend_from_slice(c);
    }
    out.extend_from_slice(&crc32(data).to_le_bytes());
    out.extend_from_slice(&(data.len() as u32).to_le_bytes());
    out
}

#[test]
fn gzip_bodies_are_decoded() {
    let server = Server::start(|hit, _| {
        let html = fixture("harbour-v1.html");
        if hit
            .headers
            .get("accept-encoding")
            .is_some_and(|e| e.contains("gzip"))
        {
            Reply::html(gzip_stored(html.as_bytes())).header("Content-Encoding", "gzip")
        } else {
            Reply::html(html)
        }
    });
    let (_dir, db) = temp_db();
    let r = claimdiff(
        &db,
        &["fetch", &server.url("/business/port"), "--delay", "0s"],
        &[],
    );
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains(&format!("recorded {PORT_KEY}@1")),
        "{}",
        r.stdout
    );
    assert_claims_from_body(&claims_of(&db, PORT_KEY), PORT_BODY_V1, PORT_FURNITURE);
}
