//! A status colour offered as progress: "All four have action plans... Three are green." Green
//! says the actions are on track, not that people are better off; the assessor asked which it
//! means, and what figure shows it (probes-7 p22, where the coach asked a bank line).

use super::read::{Reading, said_back};
use super::{Anchor, Shape};

/// Words before a colour that make it a rating: "three are green", "rated green", "now amber".
const RATED: &[&str] = &["is", "are", "was", "were", "rated", "as", "now", "all"];

/// "You said three are green: does green mean the actions are done, or that people are better
/// off, and what shows it?"
pub(super) fn find_status(r: &Reading) -> Option<Anchor> {
    let i = (1..r.toks.len()).find(|&i| {
        r.n(i) == "green"
            && RATED.contains(&r.n(i - 1))
            // "green space", "green and blue badges": the colour ends its phrase.
            && (i + 1 >= r.toks.len() || r.is_stop(i + 1) || r.newline_before(i + 1))
            && r.claims(i)
    })?;
    let (a, _) = r.phrase(i);
    said_back(
        r,
        Shape::Process,
        (a, i + 1),
        "asking what green means for people",
        "does green mean the actions are done, or that people are better off, and what shows it?",
    )
}
