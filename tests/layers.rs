//! The library's layers, as written in `src/lib.rs` ("## Layers"), checked against the code:
//! every `crate::MODULE` a file of `src/` names (in a `use` or inline path) must be its own
//! module or one its layer line allows. A new dependency that runs against the layering fails
//! here with the file and the line; to allow one, change the list in `lib.rs`, where a reader
//! sees it.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Parses lib.rs's "## Layers" list: lines "//! - `module`: `dep`, `dep`" (or "nothing").
fn layers() -> BTreeMap<String, BTreeSet<String>> {
    let lib = fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let mut in_section = false;
    let mut out = BTreeMap::new();
    for line in lib.lines() {
        let Some(doc) = line.strip_prefix("//!") else {
            continue;
        };
        let doc = doc.trim();
        if doc.starts_with("## ") {
            in_section = doc == "## Layers";
            continue;
        }
        if !in_section {
            continue;
        }
        let Some(item) = doc.strip_prefix("- `") else {
            continue;
        };
        let (module, rest) = item.split_once('`').expect("- `module`: ...");
        let deps = rest.trim_start_matches(':').split(',').filter_map(|d| {
            let d = d.trim();
            d.strip_prefix('`')
                .and_then(|d| d.split('`').next())
                .map(str::to_string)
        });
        out.insert(module.to_string(), deps.collect());
    }
    assert!(!out.is_empty(), "src/lib.rs has no \"## Layers\" list");
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The top-level module a file of src/ belongs to (None for lib.rs, main.rs and src/bin).
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let rel = file.strip_prefix(src).unwrap();
    let first = rel.components().next()?.as_os_str().to_str()?.to_string();
    match first.as_str() {
        "lib.rs" | "main.rs" | "bin" | "commands" => None,
        f => Some(f.trim_end_matches(".rs").to_string()),
    }
}

/// The code of a file before its `#[cfg(test)]` module (tests may use anything).
fn production(text: &str) -> &str {
    text.find("#[cfg(test)]").map_or(text, |i| &text[..i])
}

/// Every module named as `crate::NAME` in `code`, with its line number; `use crate::{a, b}`
/// groups count each name.
fn crate_refs(code: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    for (n, line) in code.lines().enumerate() {
        let line = line.split("//").next().unwrap_or("");
        let mut rest = line;
        while let Some(i) = rest.find("crate::") {
            let after = &rest[i + 7..];
            if let Some(group) = after.strip_prefix('{') {
                let inner = group.split('}').next().unwrap_or("");
                for part in inner.split(',') {
                    let name: String = part
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        out.push((n + 1, name));
                    }
                }
            } else {
                let name: String = after
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                let is_macro = after[name.len()..].starts_with('!');
                if !name.is_empty()
                    && !is_macro
                    && name.chars().next().is_some_and(|c| c.is_lowercase())
                {
                    out.push((n + 1, name));
                }
            }
            rest = after;
        }
    }
    out
}

#[test]
fn modules_only_use_the_layers_below_them() {
    let layers = layers();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let mut wrong = Vec::new();
    for file in &files {
        let Some(module) = module_of(&src, file) else {
            continue;
        };
        if file.file_name().is_some_and(|n| n == "tests.rs") {
            continue; // a `#[cfg(test)] mod tests;` file
        }
        let allowed = layers.get(&module).unwrap_or_else(|| {
            panic!(
                "module `{module}` ({}) is missing from lib.rs's layer list",
                file.display()
            )
        });
        let text = fs::read_to_string(file).unwrap();
        for (line, dep) in crate_refs(production(&text)) {
            // `crate::NAME` that is no module of src/ (an exported macro such as `word_set`).
            let is_module = src.join(format!("{dep}.rs")).exists() || src.join(&dep).is_dir();
            if dep != module && is_module && !allowed.contains(&dep) {
                wrong.push(format!(
                    "{}:{line}: `{module}` uses `{dep}`",
                    file.strip_prefix(&src).unwrap().display()
                ));
            }
        }
    }
    assert!(
        wrong.is_empty(),
        "dependencies against the layers in lib.rs:\n{}",
        wrong.join("\n")
    );
}

#[test]
fn the_layer_list_is_acyclic() {
    let layers = layers();
    // Depth-first search for a cycle among the modules' allowed dependencies.
    fn visit<'a>(
        m: &'a str,
        l: &'a BTreeMap<String, BTreeSet<String>>,
        path: &mut Vec<&'a str>,
        done: &mut BTreeSet<&'a str>,
    ) {
        if done.contains(m) {
            return;
        }
        assert!(
            !path.contains(&m),
            "layer cycle: {} -> {m}",
            path.join(" -> ")
        );
        path.push(m);
        for d in l.get(m).into_iter().flatten() {
            visit(d, l, path, done);
        }
        path.pop();
        done.insert(m);
    }
    let mut done = BTreeSet::new();
    for m in layers.keys() {
        visit(m, &layers, &mut Vec::new(), &mut done);
    }
}

#[test]
fn the_library_has_no_clap() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    for file in files.iter().filter(|f| module_of(&src, f).is_some()) {
        let text = fs::read_to_string(file).unwrap();
        assert!(
            !text.contains("clap::") && !text.contains("use clap"),
            "{} uses clap: the command line belongs to src/commands/",
            file.display()
        );
    }
}

#[test]
fn crate_refs_reads_groups_and_paths() {
    let refs = crate_refs(
        "use crate::{model::Claim, text};\nlet x = crate::store::open(); // crate::nope\n",
    );
    let names: Vec<_> = refs.iter().map(|(l, n)| format!("{l}:{n}")).collect();
    assert_eq!(names, ["1:model", "1:text", "2:store"]);
}
