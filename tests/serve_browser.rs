//! `claimdiff serve` in headless Chromium (Debian's `chromium` and `chromium-driver`, driven
//! over WebDriver): open the articles page, follow an article, compare two versions with the
//! form, open a topic and find its chart drawn with one point per figure; phone-sized too.
//! Screenshots go to `target/browser-screenshots/`.
//!
//! Without chromium and chromedriver the test says so and passes, unless
//! `CLAIMDIFF_BROWSER_TESTS=require` (CI sets it) makes a missing browser a failure.

mod serve_common;

use std::path::{Path, PathBuf};

use serve_common::webdriver::{Browser, CHROMEDRIVER, CHROMIUM};
use serve_common::{get, samples_db, Server};

/// Whether the browser is there; panics when it is required and missing.
fn browser_available() -> bool {
    let found = Path::new(CHROMIUM).exists() && Path::new(CHROMEDRIVER).exists();
    let required = std::env::var("CLAIMDIFF_BROWSER_TESTS").is_ok_and(|v| v == "require");
    if !found {
        assert!(
            !required,
            "CLAIMDIFF_BROWSER_TESTS=require but {CHROMIUM} or {CHROMEDRIVER} is missing \
             (scripts/browser-deps.sh installs them)"
        );
        println!(
            "skipping the browser tests: {CHROMIUM} and {CHROMEDRIVER} not found \
             (apt-get install chromium chromium-driver, or run scripts/browser-deps.sh)"
        );
    }
    found
}

fn shot(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/browser-screenshots")
        .join(format!("{name}.png"))
}

#[test]
fn a_reader_follows_an_article_compares_versions_and_reads_a_topic_chart() {
    if !browser_available() {
        return;
    }
    let server = Server::start(samples_db(), &[]);
    let b = Browser::start(1280, 1000);

    // The articles page lists the three sample articles; follow the Courier's.
    b.open(&server.url("/"));
    b.screenshot(&shot("articles"));
    assert_eq!(b.find_all("a.article").len(), 3, "on {}", b.url());
    let courier = b.find("a.article[href='/articles/courier-sheinbaum-trump']");
    assert_eq!(b.text(&courier), "courier-sheinbaum-trump");
    b.click(&courier);
    let url = b.wait_for_url("/articles/courier-sheinbaum-trump");
    assert!(url.ends_with("/articles/courier-sheinbaum-trump"), "{url}");
    assert_eq!(b.find_all("li.version").len(), 3);
    b.screenshot(&shot("article"));

    // Compare version 1 with version 3 through the form (no script: a GET and a redirect).
    b.click(&b.find("select[name=from] option[value='1']"));
    b.click(&b.find("select[name=to] option[value='3']"));
    b.click(&b.find("form.compare button"));
    let url = b.wait_for_url("/articles/courier-sheinbaum-trump/compare/1/3");
    assert!(
        url.ends_with("/articles/courier-sheinbaum-trump/compare/1/3"),
        "{url}"
    );
    let changes = b.find_all("li.change");
    assert!(!changes.is_empty(), "the diff lists changes");
    assert!(b.text(&b.find("p.summary")).contains("changed"));
    b.screenshot(&shot("compare"));

    // A topic: its chart is drawn with one point per figure the history shows.
    b.open(&server.url("/topics"));
    let tariffs = b.find("a[href='/topics/tariffs']");
    b.click(&tariffs);
    let url = b.wait_for_url("/topics/tariffs");
    assert!(url.ends_with("/topics/tariffs"), "{url}");
    let history = get(&server.url("/topics/tariffs.json"), false).json();
    let figures = history["entries"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["status"] != "removed")
        .count();
    assert_eq!(b.find_all("circle.point").len(), figures);
    let chart = b.find("figure.chart svg");
    let (w, h) = b.size(&chart);
    assert!(w > 600.0 && h > 150.0, "the chart is drawn wide: {w}×{h}");
    b.screenshot(&shot("topic"));

    // On a phone the chart shrinks to the screen and the page does not scroll sideways.
    b.resize(390, 844);
    b.open(&server.url("/topics/tariffs"));
    let (w, _) = b.size(&b.find("figure.chart svg"));
    assert!(w <= 390.0 && w > 250.0, "the chart fits a phone: {w}");
    let (page_w, _) = b.size(&b.find("main"));
    assert!(page_w <= 390.0, "main fits a phone: {page_w}");
    b.screenshot(&shot("topic-phone"));
    b.open(&server.url("/sources/courier-sheinbaum-trump/wire-sheinbaum-trump"));
    assert!(
        !b.find_all("table.sides tr.conflict").is_empty()
            || !b.find_all("table.sides tr.agree").is_empty()
    );
    b.screenshot(&shot("sources-phone"));
}
