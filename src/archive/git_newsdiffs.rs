//! NewsDiffs' git archives: one file per article, its path the article's URL without the
//! scheme (`www.nytimes.com/2012/10/01/us/story.html`), one commit per version (the commit's
//! author date is the version's time). A file's text starts with NewsDiffs' header lines (date,
//! title, byline) and then the body; the second line is taken as the title.
//!
//! Read with the `git` program: `git log` lists every (commit, file) pair once (a small index,
//! sorted by file then time so that an article's versions come together, oldest first) and one
//! `git cat-file --batch` process gives the files' contents one at a time. Both run with git's
//! delta-base cache bounded ([`GIT_CACHE`]): its default (96 MB) made git, not claimdiff, the
//! largest process of an import, growing with the archive.

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, ChildStdout, Command, Stdio};

use anyhow::{anyhow, bail, Context, Result};

use super::found::{Found, FoundVersion, Skip};

/// Caps git's cache of unpacked delta bases, so that its memory stays flat in archive size
/// (reading costs the same on the bench archive).
const GIT_CACHE: &str = "core.deltaBaseCacheLimit=8m";

/// One version in the repository: a file as a commit left it.
struct Change {
    path: String,
    commit: String,
    at: String,
}

/// Runs `git -C repo ARGS` and returns its output; a failure is an error with git's message.
fn git(repo: &Path, args: &[&str]) -> Result<Vec<u8>> {
    let out = Command::new("git")
        .arg("-C")
        .arg(repo)
        .args(["-c", GIT_CACHE])
        .args(args)
        .stdin(Stdio::null())
        .output()
        .context("cannot run git (NewsDiffs archives are read with it)")?;
    if !out.status.success() {
        let msg = String::from_utf8_lossy(&out.stderr);
        bail!(
            "git {} failed: {}",
            args[0],
            msg.lines().next().unwrap_or("").trim()
        );
    }
    Ok(out.stdout)
}

/// Every file added or modified by every commit, by file then time.
fn changes(repo: &Path) -> Result<Vec<Change>> {
    if git(repo, &["rev-parse", "--verify", "--quiet", "HEAD"]).is_err() {
        bail!("the git repository has no commits");
    }
    let log = git(
        repo,
        &[
            "log",
            "--reverse",
            "--no-renames",
            "--diff-filter=AM",
            "--name-only",
            "-z",
            "--format=%x01%H %aI",
        ],
    )?;
    let mut all = Vec::new();
    let mut commit: Option<(&str, &str)> = None;
    for token in log.split(|b| *b == 0) {
        let token = std::str::from_utf8(token)
            .map_err(|_| anyhow!("git log gave a file name that is not UTF-8"))?;
        let token = token.strip_prefix('\n').unwrap_or(token);
        if let Some(header) = token.strip_prefix('\u{1}') {
            commit = header.split_once(' ');
        } else if let (Some((hash, at)), false) = (commit, token.is_empty()) {
            all.push(Change {
                path: token.to_string(),
                commit: hash.to_string(),
                at: at.to_string(),
            });
        }
    }
    // Stable: a file's commits stay in history order when two share a time.
    all.sort_by(|a, b| a.path.cmp(&b.path).then_with(|| a.at.cmp(&b.at)));
    Ok(all)
}

/// How many versions the repository holds.
pub fn count(repo: &Path) -> Result<u64> {
    Ok(changes(repo)?.len() as u64)
}

/// A `git cat-file --batch` process: file contents by `COMMIT:PATH`.
struct Contents {
    child: Child,
    input: ChildStdin,
    output: BufReader<ChildStdout>,
}

impl Contents {
    fn start(repo: &Path) -> Result<Contents> {
        let mut child = Command::new("git")
            .arg("-C")
            .arg(repo)
            .args(["-c", GIT_CACHE, "cat-file", "--batch"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .context("cannot run git (NewsDiffs archives are read with it)")?;
        let input = child.stdin.take().context("git cat-file has no stdin")?;
        let output = BufReader::new(child.stdout.take().context("git cat-file has no stdout")?);
        Ok(Contents {
            child,
            input,
            output,
        })
    }

    /// The file at `path` in `commit`; `Ok(None)` when it is not a file there.
    fn get(&mut self, commit: &str, path: &str) -> Result<Option<Vec<u8>>> {
        writeln!(self.input, "{commit}:{path}")?;
        self.input.flush()?;
        let mut header = String::new();
        self.output.read_line(&mut header)?;
        let mut parts = header.split_whitespace();
        let (kind, size) = (parts.nth(1), parts.next());
        let size: usize = match (kind, size) {
            (Some(_), Some(s)) => s.parse().context("git cat-file gave a bad size")?,
            // "<name> missing" (or ambiguous): nothing follows.
            _ => return Ok(None),
        };
        let mut body = vec![0; size + 1];
        self.output.read_exact(&mut body)?;
        body.pop();
        Ok((kind == Some("blob")).then_some(body))
    }
}

impl Drop for Contents {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The title in NewsDiffs' header: the file's second line, when short.
fn title(body: &[u8]) -> Option<String> {
    let text = std::str::from_utf8(body).ok()?;
    let line = text.lines().nth(1)?.trim();
    (!line.is_empty() && line.chars().count() <= 300).then(|| line.to_string())
}

/// Why a file of the repository is not an article: NewsDiffs' paths are the article's URL
/// without the scheme, so they start with a host name (a dotted name) and go on with a path.
fn not_an_article(path: &str) -> Option<String> {
    let (host, rest) = path.split_once('/').unwrap_or((path, ""));
    let hostlike = host.contains('.')
        && !host.starts_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '.' | '-' | ':'));
    if !hostlike || rest.is_empty() {
        Some(format!(
            "{path:?} is not an article (NewsDiffs paths start with the site's host name, then its path)"
        ))
    } else {
        None
    }
}

/// Reads every version of the repository, by article, oldest first.
pub fn read(repo: &Path, each: &mut dyn FnMut(Found) -> Result<()>) -> Result<()> {
    let changes = changes(repo).with_context(|| repo.display().to_string())?;
    let mut contents = Contents::start(repo)?;
    for c in changes {
        let short = &c.commit[..c.commit.len().min(12)];
        let place = format!("commit {short} {}", c.path);
        if let Some(why) = not_an_article(&c.path) {
            each(Err(Skip::new(place, why)))?;
            continue;
        }
        let body = match contents.get(&c.commit, &c.path)? {
            Some(body) => body,
            None => {
                each(Err(Skip::new(place, "not a file in its commit")))?;
                continue;
            }
        };
        each(Ok(FoundVersion {
            place,
            source: None,
            url: format!("https://{}", c.path),
            title: title(&body),
            at: c.at,
            body,
        }))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::not_an_article;

    #[test]
    fn only_host_then_path_files_are_articles() {
        assert_eq!(
            not_an_article("www.example.com/2012/10/01/story.html"),
            None
        );
        assert_eq!(not_an_article("example.co.uk:8080/news/a"), None);
        for other in [
            "README.md",
            ".gitignore",
            "articles/www.example.com/a",
            "www.example.com/",
            "notes/todo.txt",
        ] {
            assert!(not_an_article(other).is_some(), "{other}");
        }
    }
}
