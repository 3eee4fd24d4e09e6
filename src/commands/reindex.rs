//! `claimdiff reindex`: re-runs extraction over every stored version, in batches of whole
//! articles (each one transaction: see `Store::reindex`), and upgrades the store's extractor
//! version to this claimdiff's once every version is re-extracted (`Store::upgrade`).

use std::io::Write;

use anyhow::Result;
use clap::Args;

use claimdiff::extract::version::EXTRACTOR_VERSION;
use claimdiff::history;
use claimdiff::pipeline::{extractor, process, ProcessOptions};
use claimdiff::render::{Format, Report};
use claimdiff::store::{self, ReindexReport};

use super::{formats, Common, Global};

#[derive(Args)]
pub struct ReindexArgs {
    /// Output format
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(ReindexReport::FORMATS))]
    format: Format,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: &ReindexArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.format);
    // Not `open_read`: its note about older claims is what this command clears.
    let mut store = store::open(&g.db, false)?;
    let before = store.extractor_version()?;
    let ex = extractor(Some(&*store), g.topics_file.as_deref())?;
    let report = store.upgrade(
        EXTRACTOR_VERSION,
        &mut |rv| {
            let known = claimdiff::ingest::boilerplate::source_furniture(&rv.source_texts);
            let opts = ProcessOptions {
                known_furniture: Some(&known),
                ..ProcessOptions::new(&ex)
            };
            Ok(process(&rv.raw, &opts)?.extraction)
        },
        &mut history::lineage,
    )?;
    let after = store.extractor_version()?;
    if let Some(line) = upgrade_line(before, after, report.versions) {
        eprintln!("{line}");
    }
    g.write(&report, out)
}

/// What `reindex` says on stderr about the store's extractor version (`before` and `after`
/// it, over `versions` re-extracted); nothing when it was already this claimdiff's.
fn upgrade_line(before: u32, after: u32, versions: usize) -> Option<String> {
    let now = EXTRACTOR_VERSION;
    if after != now {
        // Versions recorded by another claimdiff while it ran were left out.
        return Some(format!(
            "note: not every version was re-extracted; the store stays at extractor {after} \
             (now {now}): run `claimdiff reindex` again"
        ));
    }
    match before.cmp(&now) {
        std::cmp::Ordering::Equal => None,
        std::cmp::Ordering::Less => Some(format!(
            "upgraded {versions} versions from extractor {before} to {now}"
        )),
        std::cmp::Ordering::Greater => Some(format!(
            "re-extracted {versions} versions with extractor {now}, older than the store's \
             {before}"
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn says_what_it_upgraded() {
        let now = EXTRACTOR_VERSION;
        assert_eq!(
            upgrade_line(0, now, 3).as_deref(),
            Some(format!("upgraded 3 versions from extractor 0 to {now}").as_str())
        );
        assert_eq!(upgrade_line(now, now, 3), None);
        assert!(upgrade_line(now + 1, now, 2)
            .is_some_and(|l| l.contains(&format!("older than the store's {}", now + 1))));
        assert!(upgrade_line(0, 0, 2).is_some_and(|l| l.contains("reindex` again")));
    }
}
