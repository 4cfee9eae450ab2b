//! A need written into a plan, offered as what was done about it: "It's fed into the market
//! position statement, which now says we need more evening support for people with dementia", "it
//! now says we need more home care in the rural east" (probes-13 p18, probes-9 p22). The coach
//! asked the stock "What happens next, and by when?" both times; the assessor asked what had
//! actually been bought or changed because of it, and what it had meant for the people waiting.

use super::frame::slot;
use super::read::{Reading, anchor};
use super::{Anchor, Shape};

/// Documents a need is written into.
const DOCUMENTS: &[&str] = &["statement", "strategy", "plan", "policy", "framework"];

/// Most tokens back from "says" to the document's noun, in the same sentence.
const BACK: usize = 25;

/// The follow-up on a need a document now says the council has, or `None`.
pub(super) fn find(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|k| {
        if r.n(k) != "says"
            || r.n(k - 1) != "now"
            || r.n(k + 1) != "we"
            || r.n(k + 2) != "need"
            || !r.claims(k)
        {
            return None;
        }
        // The document: its noun in the same sentence before "says", said back with its
        // determiner ("the market position statement").
        let (sa, _) = r.sentence(k);
        let noun = (sa.max(k.saturating_sub(BACK))..k - 1)
            .rev()
            .find(|&j| DOCUMENTS.contains(&r.n(j)))?;
        let det = (noun.saturating_sub(4)..noun).rfind(|&j| matches!(r.n(j), "the" | "our"))?;
        // The first need: up to a stop or the "and" that adds a second one.
        let end = (k + 3..r.toks.len())
            .find(|&j| r.is_stop(j) || r.n(j) == "and")
            .unwrap_or(r.toks.len());
        let quote = format!(
            "{} now says {}",
            slot(r.text, &r.toks, det, noun + 1)?,
            slot(r.text, &r.toks, k + 1, end)?
        );
        anchor(
            r,
            Shape::Process,
            (det, end),
            r.raw(det, noun + 1),
            "asking what it has changed for people".to_string(),
            format!(
                "You said {quote}: what is one thing that has actually been bought or changed because of it, and what has it meant for the people who were waiting for it?"
            ),
        )
    })
}
