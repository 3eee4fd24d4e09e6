//! `claimdiff fetch URL... [--source NAME] [--article KEY]`: downloads each page and records
//! it as `record` does. Also the console [`Console`] reporter `fetch` and `watch` share: a
//! progress bar on a terminal's stderr, each page's result on stdout as it comes (text), and
//! one line on stderr per failed URL.

use std::io::{IsTerminal, Write};
use std::time::Duration;

use anyhow::{bail, Result};
use clap::Args;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use claimdiff::fetch::{
    duration_arg, fetch_all, Http, HttpConfig, Outcome, Reporter, Session, Target,
};
use claimdiff::render::fetch::outcome_text;
use claimdiff::render::terminal::neutralise;
use claimdiff::render::{write_sorted_json, Format, Style};
use claimdiff::report::FetchReport;

use super::{formats, Common, Global};

/// The formats `fetch` and `watch` print in.
pub const FORMATS: &[Format] = &[Format::Text, Format::Json];

/// The options `fetch` and `watch` share: politeness and output.
#[derive(Args)]
pub struct SessionArgs {
    /// Minimum time between two requests to one host (500ms, 2s, ...)
    #[arg(long, value_name = "DURATION", default_value = "1s", value_parser = duration_arg)]
    pub delay: Duration,
    /// Output format
    #[arg(long, default_value = "text", global = true, display_order = 101, value_parser = formats(FORMATS))]
    pub format: Format,
}

#[derive(Args)]
pub struct FetchArgs {
    /// Pages to download (http:// or https://)
    #[arg(required = true, value_name = "URL")]
    urls: Vec<String>,
    /// The source (default: the config's name for the host, og:site_name, the host)
    #[arg(long, value_name = "NAME")]
    source: Option<String>,
    /// The article key (one URL only; default: from the canonical or final URL)
    #[arg(long, value_name = "KEY")]
    article: Option<String>,
    #[command(flatten)]
    session: SessionArgs,
    #[command(flatten)]
    common: Common,
}

/// `claimdiff fetch`: prints each page's result as it comes (text) or one document at the end
/// (JSON); errors go to stderr, one line per URL; fails at the end when any URL failed.
pub fn run(args: &FetchArgs, out: &mut dyn Write) -> Result<()> {
    let g = Global::new(&args.common, args.session.format);
    if args.urls.is_empty() {
        bail!("give at least one URL");
    }
    if args.article.is_some() && args.urls.len() > 1 {
        bail!("--article names one article: give it with one URL");
    }
    if let Some(a) = &args.article {
        if a.trim().is_empty() {
            bail!("--article must not be empty");
        }
    }
    let delay = args.session.delay;
    let mut console = Console::new(&g, out);
    let mut session = session(&g, delay, &mut console)?;
    let target = Target {
        source: args.source.clone(),
        article: args.article.as_ref().map(|a| a.trim().to_string()),
    };
    let (results, failed) = fetch_all(&mut session, &args.urls, &target, &mut console);
    if g.format == Format::Json {
        let mut doc = Vec::new();
        write_sorted_json(&FetchReport { results }, &mut doc)?;
        console.print(&doc);
    }
    console.written()?;
    if failed > 0 {
        bail!("{failed} of {} URLs failed", args.urls.len());
    }
    Ok(())
}

/// The session `fetch` and `watch` run: the database and lexicon of `g`, the configuration's
/// source names by host, and its user agent unless `CLAIMDIFF_USER_AGENT` names another.
pub fn session(g: &Global, delay: Duration, console: &mut Console) -> Result<Session> {
    let mut session = Session::new(&g.db, g.topics_file.as_deref(), delay, console)?;
    let config = super::config();
    session.host_sources = config.sources.clone();
    let user_agent = std::env::var("CLAIMDIFF_USER_AGENT")
        .ok()
        .filter(|ua| !ua.trim().is_empty())
        .or_else(|| config.user_agent.clone());
    if user_agent.is_some() {
        session.http = Http::new(HttpConfig {
            user_agent,
            ..HttpConfig::from_env()?
        });
    }
    Ok(session)
}

/// The CLI's [`Reporter`]: progress on a terminal's stderr, pages on `out` (text format only),
/// failures and warnings on stderr, none of them tearing the progress bar.
pub struct Console<'a> {
    out: &'a mut dyn Write,
    progress: ProgressBar,
    /// Print each page's result as it comes (text); JSON prints one document instead.
    pub text: bool,
    pub style: Style,
    /// `watch --once`: the round's JSON is one pretty document, not a line.
    pub once: bool,
    /// The first failure to write the output, other than its reader having gone (`| head`).
    write_error: Option<std::io::Error>,
}

impl<'a> Console<'a> {
    pub fn new(g: &Global, out: &'a mut dyn Write) -> Console<'a> {
        Console {
            out,
            progress: ProgressBar::hidden(),
            text: g.format != Format::Json,
            style: g.style,
            once: false,
            write_error: None,
        }
    }

    /// Writes on the output without tearing the progress bar; a closed output is not an error,
    /// any other failure is kept for [`Console::written`].
    pub fn print(&mut self, text: &[u8]) {
        if text.is_empty() {
            return;
        }
        let out = &mut self.out;
        let written = self
            .progress
            .suspend(|| out.write_all(text).and_then(|()| out.flush()));
        if let Err(e) = written {
            if e.kind() != std::io::ErrorKind::BrokenPipe && self.write_error.is_none() {
                self.write_error = Some(e);
            }
        }
    }

    /// Whether everything printed was written (a closed output aside).
    pub fn written(&mut self) -> Result<()> {
        match self.write_error.take() {
            Some(e) => Err(anyhow::Error::new(e).context(super::WRITE_ERROR)),
            None => Ok(()),
        }
    }
}

impl Reporter for Console<'_> {
    /// Shows a progress bar of `len` steps on stderr, when stderr is a terminal.
    fn start(&mut self, len: u64, what: &str) {
        self.progress.finish_and_clear();
        self.progress = if std::io::stderr().is_terminal() && len > 1 {
            let pb = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template(&format!(
                "{{spinner}} {what} {{pos}}/{{len}} [{{bar:30}}] {{wide_msg}}"
            ))
            .unwrap_or_else(|_| ProgressStyle::default_bar())
            .progress_chars("=> ");
            pb.set_style(style);
            pb.enable_steady_tick(Duration::from_millis(120));
            pb
        } else {
            ProgressBar::hidden()
        };
    }

    fn step(&mut self, url: &str) {
        self.progress.set_message(url.to_string());
    }

    fn step_done(&mut self) {
        self.progress.inc(1);
    }

    fn finish(&mut self) {
        self.progress.finish_and_clear();
    }

    fn page(&mut self, outcome: &Outcome) {
        if self.text {
            let text = outcome_text(outcome, self.style, true);
            self.print(neutralise(&text, self.style.color).as_bytes());
        }
    }

    /// `claimdiff: error: URL: reason` on stderr.
    fn failed(&mut self, url: &str, e: &anyhow::Error) {
        let msg = neutralise(&format!("{url}: {e:#}").replace('\n', " "), false).into_owned();
        self.progress
            .suspend(|| eprintln!("claimdiff: error: {msg}"));
    }

    fn warning(&mut self, message: &str) {
        let message = neutralise(message, false);
        self.progress
            .suspend(|| eprintln!("claimdiff: warning: {message}"));
    }
}
