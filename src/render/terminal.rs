//! Text for a terminal: stored and fetched strings (keys, titles, sources, URLs, sentences) may
//! carry control characters, and a page must not be able to retitle, clear or redraw the user's
//! terminal, ring its bell or forge output lines. [`neutralise`] drops every escape sequence
//! (CSI, OSC, DCS, ...), every C0 control but newline and tab, DEL and every C1 control from
//! text about to be written; only the colour sequences [`Style`](super::Style) itself writes
//! survive, and only when colour is on.

use std::borrow::Cow;

/// The SGR sequences [`Style`](super::Style) writes (colour, bold, dim, reset): the only escape
/// sequences kept, and only with colour on. None of them can move the cursor or hide text.
const STYLE_SEQUENCES: &[&str] = &["0", "1", "2", "31", "32", "33"];

/// True for the chars [`neutralise`] removes on their own: C0 controls but `\n` and `\t`, DEL,
/// and C1 controls.
fn is_control(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t') || c == '\u{7f}'
}

/// `text` without control characters and escape sequences (see the module doc); borrowed when
/// there are none, as in almost all text.
pub fn neutralise(text: &str, keep_style: bool) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\x1b' => match chars.peek() {
                Some('[') => {
                    chars.next();
                    match csi(&mut chars) {
                        Some(p) if keep_style && STYLE_SEQUENCES.contains(&p.as_str()) => {
                            out.push_str(&format!("\x1b[{p}m"));
                        }
                        _ => {}
                    }
                }
                Some(']' | 'P' | '_' | '^' | 'X') => {
                    chars.next();
                    string_body(&mut chars);
                }
                // A two-char escape (ESC c resets the terminal, ESC 7 saves the cursor, ...).
                Some(&n) if (' '..='~').contains(&n) => {
                    chars.next();
                }
                _ => {}
            },
            '\u{9b}' => {
                csi(&mut chars);
            }
            '\u{9d}' | '\u{90}' | '\u{9e}' | '\u{9f}' | '\u{98}' => string_body(&mut chars),
            c if is_control(c) => {}
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Consumes a CSI sequence after its introducer; returns its parameters when it is an SGR
/// (`m`) sequence.
fn csi(chars: &mut std::iter::Peekable<std::str::Chars>) -> Option<String> {
    let mut params = String::new();
    while let Some(&c) = chars.peek() {
        chars.next();
        match c {
            '\x30'..='\x3f' => params.push(c),
            '\x20'..='\x2f' => params.push(c),
            '\x40'..='\x7e' => return (c == 'm').then_some(params),
            // Anything else ends the sequence unfinished.
            _ => return None,
        }
    }
    None
}

/// Consumes the body of an OSC, DCS, APC, PM or SOS string, up to BEL, ST or ESC \.
fn string_body(chars: &mut std::iter::Peekable<std::str::Chars>) {
    while let Some(c) = chars.next() {
        match c {
            '\x07' | '\u{9c}' => return,
            '\x1b' => {
                if chars.peek() == Some(&'\\') {
                    chars.next();
                }
                return;
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_sequences_and_controls_are_dropped() {
        for (given, want) in [
            ("plain text\n\twith tab", "plain text\n\twith tab"),
            ("\x1b]0;pwned\x07title", "title"),
            ("\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\", "link"),
            ("a\x1b[2J\x1b[Hb", "ab"),
            ("bell\x07 and \x1bc reset", "bell and  reset"),
            ("forged\rline\x08", "forgedline"),
            ("c1\u{9b}31mcsi\u{9d}0;t\u{9c}x\u{85}", "c1csix"),
            ("\x1b[31mred\x1b[0m", "red"),
            ("unfinished \x1b[12", "unfinished "),
            ("México €5 — “quoted”", "México €5 — “quoted”"),
        ] {
            assert_eq!(neutralise(given, false), want, "{given:?}");
        }
    }

    #[test]
    fn only_the_styles_own_colours_survive_with_colour_on() {
        assert_eq!(neutralise("\x1b[31mred\x1b[0m", true), "\x1b[31mred\x1b[0m");
        assert_eq!(neutralise("\x1b[8mhidden\x1b[2J", true), "hidden");
        assert!(matches!(neutralise("no controls", true), Cow::Borrowed(_)));
    }
}
