//! The article's text, written straight from the readability pass's DOM in claimdiff's form
//! (one paragraph a line, a blank line between paragraphs, single spaces, no spaces at either
//! end of a line): what dom_query's formatted text of the article, tidied line by line, was,
//! without holding that formatted text and its copy next to the DOM (the peak of recording a
//! large page, issue 14).
//!
//! The formatted text breaks the line at the start and the end of a block element and after
//! `br`, `hr`, `li` and `tr`, puts a space after a table cell, keeps a `pre`'s text as it is
//! (its newlines break the line), and runs every other text together, its whitespace as word
//! breaks. Tidied, only those line breaks and word breaks are left.

use dom_query::{NodeData, NodeRef};

/// Elements that start and end a paragraph of the formatted text.
const BLOCKS: &[&str] = &[
    "article",
    "blockquote",
    "section",
    "div",
    "p",
    "pre",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "dl",
    "table",
];

/// Elements after which the formatted text breaks the line.
const LINE_ENDS: &[&str] = &["br", "hr", "li", "tr"];

/// Elements after which the formatted text puts a space.
const CELLS: &[&str] = &["td", "th"];

/// The text of `root`'s descendants (the root's own element name is not read), tidied; it
/// ends with a newline.
pub(crate) fn article_text(root: &NodeRef) -> String {
    let mut out = Tidy::with_capacity(capacity_bound(root) + 1);
    // Depth first, in document order: a node, or the end of an element (its local name).
    enum Step<'a> {
        Open(NodeRef<'a>),
        Close(Option<&'static str>),
    }
    let mut steps: Vec<Step> = root.children_it(true).map(Step::Open).collect();
    while let Some(step) = steps.pop() {
        let node = match step {
            Step::Open(node) => node,
            Step::Close(name) => {
                match name {
                    Some(n) if BLOCKS.contains(&n) || LINE_ENDS.contains(&n) => out.line_break(),
                    Some(n) if CELLS.contains(&n) => out.space(),
                    _ => {}
                }
                continue;
            }
        };
        if node.is_text() {
            node.query(|n| {
                if let NodeData::Text { contents } = &n.data {
                    out.words(contents);
                }
            });
            continue;
        }
        if !node.is_element() {
            continue;
        }
        let name = element_name(&node);
        if name.is_some_and(|n| BLOCKS.contains(&n)) {
            out.line_break();
        }
        steps.push(Step::Close(name));
        if name == Some("pre") {
            for d in node.descendants_it() {
                d.query(|n| {
                    if let NodeData::Text { contents } = &n.data {
                        out.preformatted(contents);
                    }
                });
            }
            continue;
        }
        steps.extend(node.children_it(true).map(Step::Open));
    }
    out.finish()
}

/// The element's local name when it is one the formatted text treats apart.
fn element_name(node: &NodeRef) -> Option<&'static str> {
    let name = node.qual_name_ref()?;
    let local: &str = &name.local;
    BLOCKS
        .iter()
        .chain(LINE_ENDS)
        .chain(CELLS)
        .find(|n| **n == local)
        .copied()
}

/// Bytes the tidied text of `root` can take at most, so that it is written in one buffer that
/// never grows (a grown buffer is copied, and a doubled one takes up to twice the text): the
/// text's bytes, one more for each newline (in `pre`, a line break of two), and four for each
/// element (the blank lines before and after a block, a space after a cell).
fn capacity_bound(root: &NodeRef) -> usize {
    root.descendants_it()
        .map(|d| {
            d.query_or(0, |n| match &n.data {
                NodeData::Text { contents } => {
                    contents.len() + contents.bytes().filter(|b| *b == b'\n').count()
                }
                NodeData::Element(_) => 4,
                _ => 0,
            })
        })
        .sum()
}

/// The tidied text as it is written: a word break or a line break is held until the next
/// word, so that none is left at the end of a line or of the text, or doubled.
struct Tidy {
    out: String,
    space: bool,
    line: bool,
}

impl Tidy {
    fn with_capacity(n: usize) -> Tidy {
        Tidy {
            out: String::with_capacity(n),
            space: false,
            line: false,
        }
    }

    fn space(&mut self) {
        self.space = true;
    }

    fn line_break(&mut self) {
        self.line = true;
    }

    fn char(&mut self, c: char) {
        if c == '\n' {
            self.line_break();
        } else if c.is_whitespace() {
            self.space();
        } else {
            if !self.out.is_empty() {
                if self.line {
                    self.out.push_str("\n\n");
                } else if self.space {
                    self.out.push(' ');
                }
            }
            self.line = false;
            self.space = false;
            self.out.push(c);
        }
    }

    /// Text outside `pre`: a newline in it is whitespace like any other.
    fn words(&mut self, text: &str) {
        for c in text.chars() {
            self.char(if c == '\n' { ' ' } else { c });
        }
    }

    /// Text inside `pre`: its newlines break the line.
    fn preformatted(&mut self, text: &str) {
        text.chars().for_each(|c| self.char(c));
    }

    fn finish(mut self) -> String {
        self.out.push('\n');
        self.out.shrink_to_fit();
        self.out
    }
}

/// What the text was before [`article_text`]: dom_query's formatted text of the article, each
/// line's whitespace collapsed, empty lines dropped, a blank line between paragraphs.
#[cfg(test)]
pub(crate) fn tidy(text: &str) -> String {
    let mut out = String::new();
    for para in text.split('\n') {
        let line = para.split_whitespace().collect::<Vec<_>>().join(" ");
        if line.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push_str("\n\n");
        }
        out.push_str(&line);
    }
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The text read both ways; the capacity reserved held it (the buffer never grew).
    fn both(html: &str) -> (String, String) {
        let doc = dom_query::Document::from(html);
        let body = doc.body().unwrap();
        let ours = article_text(&body);
        assert!(ours.len() <= capacity_bound(&body) + 1, "{html:?}");
        (ours, tidy(&body.formatted_text()))
    }

    #[test]
    fn paragraphs_lines_cells_and_preformatted_text_read_as_the_formatted_text() {
        let cases = [
            "<p>The fund grew by <b>4.5</b>%\n to  $2bn.</p><p>Second\u{a0}paragraph.</p>",
            "<div>Inline<span>joined</span> <i>spaced</i><div>nested block</div>tail</div>",
            "<ul><li>Item one</li><li>Item <a href=/x>two</a></li></ul>after the list",
            "<table><tr><td>Cell A</td><td>Cell B</td></tr><tr><th>H</th><td>9%</td></tr></table>",
            "<p>First line<br>second line<hr>third</p>",
            "<pre>  code  line 1\n\tline <b>2</b>\n\n</pre><p>after</p>",
            "<h2>Heading</h2>text<!-- a comment -->more <em> </em> words",
            "   ",
            "<p>&amp; entities &lt;kept&gt;</p><blockquote>Quoted, 12 people.</blockquote>",
        ];
        for html in cases {
            let (ours, theirs) = both(html);
            assert_eq!(ours, theirs, "{html}");
        }
        let (ours, _) = both(cases[0]);
        assert_eq!(
            ours,
            "The fund grew by 4.5% to $2bn.\n\nSecond paragraph.\n"
        );
    }

    /// Inputs that try each break at each place: the two readings agree on all of them.
    #[test]
    fn every_mix_of_breaks_reads_as_the_formatted_text() {
        let parts = [
            "word", " ", "\n", "<p>", "</p>", "<br>", "<b>", "</b>", "<td>", "<li>", "<pre>",
            "</pre>", "\u{a0}",
        ];
        let mut checked = 0;
        for a in parts {
            for b in parts {
                for c in parts {
                    let html = format!("x{a}y{b}z{c}w");
                    let (ours, theirs) = both(&html);
                    assert_eq!(ours, theirs, "{html:?}");
                    checked += 1;
                }
            }
        }
        assert_eq!(checked, parts.len().pow(3));
    }
}
