//! `claimdiff serve [--bind ADDR] [--open] [--allow-record]`: a local web view of the store
//! (articles, versions, claim diffs, outlets side by side, topic timelines with charts), every
//! page also JSON. Read-only unless `--allow-record`; bound to loopback unless told otherwise.

use std::io::Write;
use std::net::{SocketAddr, TcpListener};

use anyhow::{anyhow, Context, Result};
use clap::Args;

use claimdiff::render::Format;
use claimdiff::serve::{self, Config};

use super::{Common, Global, WRITE_ERROR};

#[derive(Args)]
pub struct ServeArgs {
    /// The address to listen on; port 0 picks a free one.
    #[arg(long, default_value = "127.0.0.1:8080")]
    bind: SocketAddr,
    /// Open the articles page in a web browser.
    #[arg(long)]
    open: bool,
    /// Also serve a form that records new versions (the only write endpoint).
    #[arg(long)]
    allow_record: bool,
    #[command(flatten)]
    common: Common,
}

pub fn run(args: &ServeArgs, out: &mut dyn Write) -> Result<()> {
    let db = Global::new(&args.common, Format::Text).db;
    serve::check(&db)?;
    if let Ok(store) = claimdiff::store::open(&db, false) {
        super::note_extractor(&*store, &db);
    }
    let listener = TcpListener::bind(args.bind).map_err(|e| {
        let why = match e.kind() {
            std::io::ErrorKind::AddrInUse => "the address is in use".to_string(),
            std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
            _ => e.to_string(),
        };
        anyhow!("cannot listen on {}: {why}", args.bind)
    })?;
    let addr = listener
        .local_addr()
        .context("cannot read the bound address")?;
    if !addr.ip().is_loopback() {
        eprintln!(
            "claimdiff: warning: listening on {addr}, not loopback: anyone who can reach this \
             machine can read the database{}",
            if args.allow_record {
                " and record into it"
            } else {
                ""
            }
        );
    }
    let url = format!("http://{addr}/");
    let mode = if args.allow_record {
        "records allowed at /record"
    } else {
        "read-only"
    };
    writeln!(
        out,
        "serving {} at {url} ({mode}; Ctrl-C stops)",
        db.display()
    )
    .and_then(|()| out.flush())
    .context(WRITE_ERROR)?;
    if args.open {
        open_browser(&url);
    }
    let config = Config {
        db,
        allow_record: args.allow_record,
    };
    serve::run(listener, config).context("the server stopped")
}

/// Opens `url` with the desktop's opener; a failure is a warning, the server runs on.
fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if let Err(e) = std::process::Command::new(opener)
        .arg(url)
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
    {
        eprintln!("claimdiff: warning: cannot open a browser ({opener}: {e}); open {url}");
    }
}
