//! Two outlets' stories side by side: agreements, conflicts and what only one of them says,
//! each row with both sentences (JSON: `diff A B --sources`). `/sources` picks the two.

use axum::extract::{Path, State};
use axum::response::Response;
use maud::{html, Markup};

use super::article::{diff_report, resolve};
use super::{json_of, respond, Out};
use crate::diff::{ClaimChange, Kind, Mode};
use crate::model::Claim;
use crate::render::vref;
use crate::report::DiffReport;
use crate::serve::html::{article_href, figure, kind_word, layout, seg, version_href, Nav, Text};
use crate::serve::params::Params;
use crate::serve::{Failure, Shared};

/// `/sources?a=KEY&b=KEY`: the picker, or a redirect to the pair's stable URL.
pub(crate) async fn form(State(app): State<Shared>, p: Params) -> Response {
    respond(&app, p, &["a", "b"], move |_, _, p| {
        if let (Some(a), Some(b)) = (p.text("a"), p.text("b")) {
            return Ok(Out::Redirect(format!("/sources/{}/{}", seg(a), seg(b))));
        }
        if p.json {
            let missing = if p.text("a").is_none() { "a" } else { "b" };
            return Err(Failure::bad(
                missing,
                "give the two articles to compare, a and b",
            ));
        }
        Ok(Out::Html(layout(
            "Compare outlets",
            Nav::Sources,
            picker(&p),
        )))
    })
    .await
}

fn picker(p: &Params) -> Markup {
    let field = |name: &str, label: &str| {
        let given = p.text(name).unwrap_or("");
        html! {
            label { (label) " " input name=(name) required value=(Text(given)) placeholder="KEY or KEY@N"; }
        }
    };
    html! {
        h1 { "Compare two outlets" }
        p { "Give two articles on the same story (their keys, as the " a href="/" { "articles page" } " shows them): their figures are matched, and each pair shows both sentences." }
        form.compare method="get" action="/sources" {
            (field("a", "Article A")) (field("b", "Article B"))
            button type="submit" { "Compare" }
        }
    }
}

/// `/sources/{a}/{b}`: article refs (`KEY`, `KEY@N`) compared as two outlets' stories.
pub(crate) async fn diff(
    State(app): State<Shared>,
    Path((a, b)): Path<(String, String)>,
    p: Params,
) -> Response {
    respond(&app, p, &[], move |store, _, p| {
        let (va, vb) = (resolve(store, &a)?, resolve(store, &b)?);
        if va.id == vb.id {
            return Err(Failure::NotFound {
                what: format!("{a} and {b} are the same version: nothing to compare"),
                back: ("/sources".into(), "compare outlets".into()),
            });
        }
        let report = diff_report(store, &va, &vb, Mode::Sources, true)?;
        if p.json {
            return Ok(json_of(&report));
        }
        let side = |v: &crate::model::Version| {
            html! { a href=(version_href(&v.article, v.number)) { (Text(&v.source)) } " (" a href=(article_href(&v.article)) { (Text(&vref(v))) } ")" }
        };
        Ok(Out::Html(layout(
            &report.title,
            Nav::Sources,
            html! {
                h1 { (Text(&va.source)) " vs " (Text(&vb.source)) }
                p.meta { "A: " (side(&va)) " · B: " (side(&vb)) }
                p.summary { (crate::render::diff::summary_line(&report.diff)) }
                (side_by_side(&report, &va.source, &vb.source))
            },
        )))
    })
    .await
}

/// Every matched pair and lone claim in a table: A's figure and sentence, the verdict, B's.
fn side_by_side(report: &DiffReport, a: &str, b: &str) -> Markup {
    let (side_a, side_b) = (format!("A: {a}"), format!("B: {b}"));
    let cell = |c: Option<&Claim>, side: &str| {
        html! {
            @match c {
                Some(c) => td data-side=(Text(side)) { strong.figure { (Text(&figure(c))) } " " (Text(&c.subject)) p.sentence { (Text(&c.sentence)) } },
                None => td.none data-side=(Text(side)) { "—" },
            }
        }
    };
    html! {
        div.scroll {
            table.sides {
                thead { tr { th scope="col" { "A: " (Text(a)) } th scope="col" { "Verdict" } th scope="col" { "B: " (Text(b)) } } }
                tbody {
                    @for c in &report.diff.claims {
                        @let (class, verdict) = verdict(c);
                        tr.(class) {
                            (cell(c.before(), &side_a)) td.verdict { (verdict) } (cell(c.after(), &side_b))
                        }
                    }
                }
            }
        }
    }
}

fn verdict(c: &ClaimChange) -> (&'static str, String) {
    match c {
        ClaimChange::Unchanged { .. } => ("agree", "agree".to_string()),
        ClaimChange::Changed { kind, .. } if *kind == Kind::Conflict => {
            ("conflict", "conflict".to_string())
        }
        ClaimChange::Changed { .. } => ("changed", kind_word(c.kind())),
        ClaimChange::Added { .. } => ("only-b", "only in B".to_string()),
        ClaimChange::Removed { .. } => ("only-a", "only in A".to_string()),
    }
}
