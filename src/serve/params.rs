//! What a page request asks: JSON or HTML, and its query parameters. Each page names the
//! parameters it takes; an unknown one, or a value that does not parse, is a 400 naming it.

use std::collections::HashMap;
use std::str::FromStr;

use axum::extract::{FromRequestParts, Query};
use axum::http::request::Parts;
use axum::response::Response;

use super::{wants_json, Failure};

/// A request's query parameters, and whether it asked for JSON.
pub(crate) struct Params {
    raw: HashMap<String, String>,
    /// JSON was asked for (`Accept: application/json`, or the `.json` suffix).
    pub(crate) json: bool,
}

impl<S: Send + Sync> FromRequestParts<S> for Params {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Params, Response> {
        let json = wants_json(&parts.headers);
        match Query::<HashMap<String, String>>::try_from_uri(&parts.uri) {
            Ok(Query(raw)) => Ok(Params { raw, json }),
            Err(e) => Err(Failure::bad("query", e.body_text()).respond(json)),
        }
    }
}

impl Params {
    /// The parameters of `raw`.
    pub(crate) fn new(raw: HashMap<String, String>, json: bool) -> Params {
        Params { raw, json }
    }

    /// Refuses the parameters the page does not take (all but `allowed`).
    pub(crate) fn allow(&self, allowed: &[&str]) -> Result<(), Failure> {
        let mut names: Vec<&String> = self.raw.keys().collect();
        names.sort();
        if let Some(bad) = names.into_iter().find(|k| !allowed.contains(&k.as_str())) {
            let takes = if allowed.is_empty() {
                "this page takes no query parameters".to_string()
            } else {
                format!("this page takes {}", allowed.join(", "))
            };
            return Err(Failure::bad(bad, format!("unknown parameter; {takes}")));
        }
        Ok(())
    }

    /// The value of `name`, unless absent or blank.
    pub(crate) fn text(&self, name: &str) -> Option<&str> {
        self.raw
            .get(name)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
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
        match self.raw.get(name).map(|s| s.trim().to_ascii_lowercase()) {
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
        let p = Params::new(raw, false);
        p.allow(allowed)?;
        Ok(p)
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
