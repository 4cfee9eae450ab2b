//! Work concentrated on a few named staff: "60% of the complex safeguarding work sits with just four
//! experienced workers across the whole service". The assessor pressed it as a risk to the people
//! in that work and as a question of who else is brought on: what happens if one of the few is off,
//! and how others will take it on (probes-8 p11, where the coach pressed the 120 reviews moved and
//! was scored 2).

use super::read::{Reading, STAFF, anchor, said_slot, words};
use super::{Anchor, Shape};

/// Verbs that put work with people: "sits with", "rests with", "carried by".
const LIES: &[&str] = &[
    "sits", "sit", "sat", "rests", "rest", "rested", "falls", "fall", "fell", "lies", "lie",
];
const CARRIED: &[&str] = &["carried", "held", "done", "covered"];

/// Words for a large part of the work, when no share is given: "most of", "the bulk of".
const MOST: &[&str] = &["most", "bulk", "majority", "half"];

/// Most words said back.
const MOST_WORDS: usize = 20;

/// "You said 60% of the complex safeguarding work sits with just four experienced workers: what
/// happens to that work, and the people in it, if one of them is off, and how are others being
/// brought on to take it?"
pub(super) fn find_concentrated(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|k| {
        let with = LIES.contains(&r.n(k)) && r.n(k + 1) == "with"
            || CARRIED.contains(&r.n(k)) && r.n(k + 1) == "by";
        if !with || !r.claims(k) {
            return None;
        }
        // "just four experienced workers": a small count of staff, within a few words.
        let n = (k + 2..(k + 5).min(r.toks.len()))
            .find(|&j| r.value(j).is_some_and(|v| (1.0..=12.0).contains(&v)) && !r.is_year(j))?;
        if !r.has_in(n + 1, (n + 4).min(r.toks.len()), STAFF)
            && !r.has_in(n + 1, (n + 4).min(r.toks.len()), &["people", "colleagues"])
        {
            return None;
        }
        let (a, end) = r.phrase(k);
        // A large part of the work, a share of it or "most of", opens what is said back: "when
        // we looked, 60% of..." is said from the 60%.
        let a = (a..k).find(|&j| {
            r.percent_at(j).is_some_and(|_| r.value(j) >= Some(30.0)) || MOST.contains(&r.n(j))
        })?;
        if words(r, a, end) > MOST_WORDS {
            return None;
        }
        let quote = said_slot(r, a, end)?;
        anchor(
            r,
            Shape::WeakSpot,
            (a, end),
            r.raw(a, end),
            "asking about work resting on a few".to_string(),
            format!(
                "You said {quote}: what happens to that work, and the people in it, if one of them is off, and how are others being brought on to take it?"
            ),
        )
    })
}
