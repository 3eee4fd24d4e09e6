//! Query parameters: each page names the ones it takes; an unknown one, or a value that does
//! not parse, is a 400 naming it.

use std::collections::HashMap;
use std::str::FromStr;

use super::Failure;

/// A page's query parameters, checked against the names it takes.
pub(crate) struct Params(HashMap<String, String>);

impl Params {
    /// The parameters of `raw`, refusing names the page does not take.
    pub(crate) fn new(raw: HashMap<String, String>, allowed: &[&str]) -> Result<Params, Failure> {
        let mut names: Vec<&String> = raw.keys().collect();
        names.sort();
        if let Some(bad) = names.into_iter().find(|k| !allowed.contains(&k.as_str())) {
            let takes = if allowed.is_empty() {
                "this page takes no query parameters".to_string()
            } else {
                format!("this page takes {}", allowed.join(", "))
            };
            return Err(Failure::bad(bad, format!("unknown parameter; {takes}")));
        }
        Ok(Params(raw))
    }

    /// The value of `name`, unless absent or blank.
    pub(crate) fn text(&self, name: &str) -> Option<&str> {
        self.0.get(name).map(|s| s.trim()).filter(|s| !s.is_empty())
    }

    /// The value of `name` parsed as `T` (`what` says what it must be).
    pub(crate) fn parse<T: FromStr>(&self, name: &str, what: &str) -> Result<Option<T>, Failure> {
        self.text(name)
            .map(|s| {
                s.parse::<T>()
                    .map_err(|_| Failure::bad(name, format!("{s:?} is not {what}")))
            })
            .transpose()
    }

    /// A yes/no parameter: present (empty, `1`, `true`, `on`, `yes`) or `0`, `false`, `off`, `no`.
    pub(crate) fn flag(&self, name: &str) -> Result<bool, Failure> {
        match self.0.get(name).map(|s| s.trim().to_ascii_lowercase()) {
            None => Ok(false),
            Some(v) => match v.as_str() {
                "" | "1" | "true" | "on" | "yes" => Ok(true),
                "0" | "false" | "off" | "no" => Ok(false),
                _ => Err(Failure::bad(name, format!("{v:?} is not true or false"))),
            },
        }
    }

    /// A 1-based page number (`page`), 1 when absent.
    pub(crate) fn page(&self) -> Result<usize, Failure> {
        match self.parse::<usize>("page", "a page number from 1")? {
            Some(0) => Err(Failure::bad("page", "pages count from 1")),
            p => Ok(p.unwrap_or(1)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn params(pairs: &[(&str, &str)], allowed: &[&str]) -> Result<Params, Failure> {
        let raw = pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Params::new(raw, allowed)
    }

    #[test]
    fn unknown_and_unparsable_parameters_are_named() {
        let e = params(&[("colour", "red")], &["limit"]).err().unwrap();
        assert!(e.message().contains("\"colour\""), "{}", e.message());
        let p = params(&[("limit", "ten"), ("all", "maybe")], &["limit", "all"]).unwrap();
        let e = p.parse::<usize>("limit", "a count").err().unwrap();
        assert!(e.message().contains("\"limit\""), "{}", e.message());
        assert!(p.flag("all").is_err());
    }

    #[test]
    fn blank_values_are_absent() {
        let p = params(&[("source", "  "), ("all", "")], &["source", "all"]).unwrap();
        assert_eq!(p.text("source"), None);
        assert!(p.flag("all").unwrap());
        assert_eq!(p.page().unwrap(), 1);
    }
}
