//! A box, field or question added to a form as the change a story ends on: "there's now a box on
//! the assessment to say that conversation's happened". The assessor asked for proof it is used
//! and for what it changed ("how many assessments have the box ticked, and have complaints or
//! surprise bills about charges gone down?", probes-17 p15), where the coach, finding nothing to
//! anchor on in a spoken answer, gave the stock "What happens next, and by when?" (scored 1).

use super::read::{Reading, anchor, said_slot, words};
use super::{Anchor, Shape};

/// What is added to a form.
const PARTS: &[&str] = &["box", "field", "prompt", "section", "checkbox", "tickbox"];

/// The forms it is added to, and how their count is said.
const FORMS: &[(&str, &str)] = &[
    ("assessment", "assessments"),
    ("assessments", "assessments"),
    ("review", "reviews"),
    ("reviews", "reviews"),
    ("form", "forms"),
    ("record", "records"),
    ("records", "records"),
    ("plan", "plans"),
    ("screen", "contacts"),
];

/// Words where speech moves on from the change to the next thing said.
const BREAKS: &[&str] = &["and", "so", "which", "but", "because"];

/// Most words said back.
const MOST_WORDS: usize = 18;

/// "You said there's now a box on the assessment to say that conversation's happened: in how many
/// assessments has it been filled in so far, and what has it changed for people?"
pub(super) fn find(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|k| {
        if !PARTS.contains(&r.n(k)) || !matches!(r.n(k - 1), "a" | "an" | "new") {
            return None;
        }
        // Added, or there now: "there's now a box", "we added a field", "now has a prompt".
        let from = k.saturating_sub(5);
        let added = (from..k).any(|j| matches!(r.n(j), "added" | "now" | "introduced"));
        if !added || !r.claims(k) {
            return None;
        }
        // On or in a form: "on the assessment", "to the review record".
        let on = (k + 1..(k + 3).min(r.toks.len()))
            .find(|&j| matches!(r.n(j), "on" | "in" | "to" | "into"))?;
        let (form, count) = (on + 1..(on + 4).min(r.toks.len()))
            .find_map(|j| FORMS.iter().find(|(f, _)| r.n(j) == *f).map(|(_, c)| (j, *c)))?;
        let (a, end) = r.span(k);
        let end = (form + 1..end)
            .find(|&j| BREAKS.contains(&r.n(j)) || r.n(j) == ",")
            .unwrap_or(end);
        // Said from "there's" or the speaker: never from the middle of an earlier clause.
        let a = (a..k)
            .rev()
            .find(|&j| matches!(r.n(j), "there's" | "there" | "we" | "i" | "we've" | "i've"))
            .unwrap_or(a);
        if words(r, a, end) > MOST_WORDS {
            return None;
        }
        let quote = said_slot(r, a, end)?;
        anchor(
            r,
            Shape::Pin,
            (a, end),
            r.raw(a, end),
            "asking whether the change is used".to_string(),
            format!(
                "You said {quote}: in how many {count} has it been filled in so far, and what has it changed for people?"
            ),
        )
    })
}
