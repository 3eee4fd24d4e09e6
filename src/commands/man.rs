//! `claimdiff man [--dir DIR]`: the manual page (roff, clap_mangen) on stdout, or with `--dir`
//! one page per command written into DIR (`claimdiff.1`, `claimdiff-record.1`, ...).

use std::io::Write;
use std::path::PathBuf;

use anyhow::{Context, Result};
use clap::Args;

use super::WRITE_ERROR;

#[derive(Args)]
#[command(
    after_help = "Examples:\n  claimdiff man | man -l -\n  claimdiff man --dir /usr/local/share/man/man1"
)]
pub struct ManArgs {
    /// Write one page per command into this directory instead.
    #[arg(long)]
    dir: Option<PathBuf>,
}

pub fn run(args: &ManArgs, cli: clap::Command, out: &mut dyn Write) -> Result<()> {
    let Some(dir) = &args.dir else {
        return clap_mangen::Man::new(cli).render(out).context(WRITE_ERROR);
    };
    std::fs::create_dir_all(dir).with_context(|| format!("cannot create {}", dir.display()))?;
    let name = cli.get_name().to_string();
    let mut pages = vec![(name.clone(), cli.clone())];
    for sub in cli.get_subcommands() {
        let page = format!("{name}-{}", sub.get_name());
        // clap names commands with `&'static str`; the process ends right after writing.
        let static_name: &'static str = Box::leak(page.clone().into_boxed_str());
        pages.push((page, sub.clone().name(static_name)));
    }
    for (page, cmd) in pages {
        let path = dir.join(format!("{page}.1"));
        let mut buf = Vec::new();
        clap_mangen::Man::new(cmd).render(&mut buf)?;
        std::fs::write(&path, buf).with_context(|| format!("cannot write {}", path.display()))?;
        writeln!(out, "wrote {}", path.display()).context(WRITE_ERROR)?;
    }
    Ok(())
}
