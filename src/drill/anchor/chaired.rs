//! A forum the PSW chairs, offered as support or oversight: "a monthly reflective group for
//! supervisors that I chair". The assessor asked into that forum: what comes up there most often,
//! and what the PSW has changed because of it (probes-6 p13, where the coach asked a bank line).
//! Read only in an answer with no figure: one that gives counts or admits a weak spot is pressed
//! on those first.

use super::frame::slot;
use super::read::{Reading, anchor};
use super::{Anchor, Shape};

/// Nouns that name a forum: the last word of what is chaired.
const FORUMS: &[&str] = &[
    "group",
    "panel",
    "board",
    "forum",
    "meeting",
    "network",
    "committee",
    "huddle",
    "clinic",
];

/// Words that open the forum's name, turned to "the" when said back.
const DETERMINERS: &[&str] = &["a", "an", "the", "our", "my"];

/// "In the monthly reflective group for supervisors you chair, what comes up there most often, and
/// what have you changed because of it?"
pub(super) fn find_chaired(r: &Reading) -> Option<Anchor> {
    // Only where the answer offers activity and no figure of its own: a strong answer's counts
    // ("it looked at 130 cases") and weak spots are pressed before the forum (probes-2 q06).
    if (0..r.toks.len()).any(|k| r.n(k).starts_with(|c: char| c.is_ascii_digit()) && !r.is_year(k))
    {
        return None;
    }
    let i = (1..r.toks.len()).find(|&i| r.n(i) == "chair" && r.n(i - 1) == "i" && r.claims(i))?;
    let (a, b) = if matches!(r.n(i.wrapping_sub(2)), "that" | "which") || r.n(i + 1) != "the" {
        // "...group for supervisors that I chair": back to its determiner, within a few words.
        let end = if matches!(r.n(i.wrapping_sub(2)), "that" | "which") {
            i - 2
        } else {
            i - 1
        };
        let start = (end.saturating_sub(8)..end)
            .rev()
            .find(|&k| DETERMINERS.contains(&r.n(k)) || r.is_stop(k))?;
        (start, end)
    } else {
        // "I chair the safeguarding practice group": on to the forum's noun.
        let end = (i + 2..(i + 9).min(r.toks.len()))
            .take_while(|&k| !r.is_stop(k))
            .find(|&k| FORUMS.contains(&r.n(k)))?
            + 1;
        (i + 1, end)
    };
    if !DETERMINERS.contains(&r.n(a)) || !FORUMS.iter().any(|f| r.has_in(a, b, &[f])) {
        return None;
    }
    // What changed because of it is said: asking it again would re-ask.
    if r.difference_near(i) {
        return None;
    }
    let forum = slot(r.text, &r.toks, a + 1, b)?;
    anchor(
        r,
        Shape::Process,
        (a, b),
        r.raw(a, b),
        "asking what comes up in the forum you chair".to_string(),
        format!(
            "In the {forum} you chair, what comes up most often, and what have you changed because of it?"
        ),
    )
}
