//! A figure given bare, with nothing else to press on: what it means for people, and what was done.
//!
//! On middling answers in probes 1-6 the assessor took the answer's own figure ("Sickness is up to
//! 6.8%", "Of the 60 flats at Oakmere", "a nine-month wait") and asked what it meant for people and
//! what had been done, where the coach asked the question's stock "what difference has it made?".
//! It does not ask "what have you done?": on strong answers that say it, that re-asked
//! (insight-strong-2 and -4). Only offered when no other anchor is found: a weak spot or a remainder, where the answer gives
//! one, is pressed first.

use super::frame::slot;
use super::read::{DURATIONS, Reading, anchor, figure, said_slot};
use super::{Anchor, Shape};

/// The answer's biggest figure (not a year), said back with what it counts: "You said 60 flats:
/// what does that figure tell you about how people are doing?"
pub(super) fn find_figure_meaning(r: &Reading) -> Option<Anchor> {
    let i = (0..r.toks.len())
        .filter(|&i| {
            // A share, or a count of ten or more: a handful counts the structure ("three
            // localities", "six members", "two sessions"), not how people are doing.
            r.value(i).is_some_and(|v| v >= 10.0 || r.percent_at(i).is_some())
                && !r.is_year(i)
                && !r.is_year(i.wrapping_sub(1))
                // "thirty four" said in two words: neither half is the figure.
                && r.value(i + 1).is_none()
                && r.value(i.wrapping_sub(1)).is_none()
                // The raw word: its hyphen is taken out of the read form ("2025-28" reads 202528).
                && !r.raw(i, i + 1).contains(['-', '‑', '/', '–'])
                && r.claims(i)
                // "2024/25", "2025-28", "section 37", "every 12 weeks": a date, a label or a
                // rhythm, not a measure.
                && !matches!(r.n(i.wrapping_sub(1)), "/" | "-" | "–" | "section" | "every")
                // "from 40 to 25 days", "across 12 teams", "in 93% of enquiries": a change said
                // with its own measure, or how the work was done, not a figure left bare.
                && !matches!(
                    r.n(i.wrapping_sub(1)),
                    "from" | "to" | "than" | "in" | "of" | "over" | "across" | "after" | "within" | "during"
                )
                && !DURATIONS.contains(&r.n(i + 1))
        })
        .max_by(|&a, &b| r.value(a).partial_cmp(&r.value(b)).unwrap_or(std::cmp::Ordering::Equal))?;
    let (a, b) = r.phrase(i);
    // "a workforce of 34 and we're on the regional group": the figure's own part, not what follows.
    let b = (i + 1..b).find(|&k| r.n(k) == "and").unwrap_or(b);
    let (quote, at) = match said_slot(r, a, b) {
        Some(s) => (s, (a, b)),
        None => {
            let end = r.percent_at(i).unwrap_or(i + 1) + 1;
            (slot(r.text, &r.toks, i, end)?, (i, end))
        }
    };
    let said = figure(r.value(i)?);
    anchor(
        r,
        Shape::Process,
        at,
        said,
        "asking what the figure means for people".to_string(),
        format!("You said {quote}: what does that figure tell you about how people are doing?"),
    )
}
