//! A share that says who some of a group are, and the few of that share a later "only N of them"
//! counts.
//!
//! "64 of the 410 carers assessed last year are men caring for a wife with dementia" describes a
//! group; it is not a result that fell short, so "the other 346" are nobody in particular. When the
//! same sentence goes on "and only 9 of them have had a break since", the weak spot is the 55 men
//! who have not, and the remainder is taken from the 64, not from the 410.

use super::read::{PEOPLE, Reading};

/// Words after "are" that say who the people of a share are: "are men", "are aged over 85", "are
/// from Eastern Europe", or a people noun ("are carers themselves").
const WHO: &[&str] = &[
    "men",
    "man",
    "women",
    "woman",
    "boys",
    "girls",
    "husbands",
    "wives",
    "sons",
    "daughters",
    "mothers",
    "fathers",
    "parents",
    "aged",
    "over",
    "from",
];

/// Words between "are" and who they are: "are mostly men", "are also carers".
const SOFTENERS: &[&str] = &["mostly", "all", "largely", "also", "themselves", "older"];

/// True when the share starting at token `k` ("64 of the 410 carers ... are men ...") says who
/// some of a group are rather than what happened to them.
pub(super) fn describes(r: &Reading, k: usize) -> bool {
    if r.value(k).is_none() || r.n(k + 1) != "of" {
        return false;
    }
    let (_, end) = r.sentence(k);
    let Some(be) = (k + 2..end.min(k + 12))
        .take_while(|&j| !r.is_stop(j) && r.n(j) != ",")
        .find(|&j| matches!(r.n(j), "are" | "were" | "is" | "was"))
    else {
        return false;
    };
    let who = (be + 1..end)
        .find(|&j| !SOFTENERS.contains(&r.n(j)))
        .map(|j| r.n(j));
    who.is_some_and(|w| WHO.contains(&w) || PEOPLE.contains(&w) && w != "those")
}

/// The share of `s` before an "only N of them" that counts a few of it, and those few: "64 of the
/// 410 carers ... are men ..., and only 9 of them have had a break" gives (64, 9), with the token
/// the share starts at. `None` when the sentence has no such pair, or the few are not fewer than
/// the share.
pub(super) fn few_of_share(r: &Reading, (a, b): (usize, usize)) -> Option<(usize, f64, f64)> {
    let few = (a + 1..b).find(|&k| {
        matches!(r.n(k - 1), "only" | "just")
            && r.value(k).is_some()
            && r.n(k + 1) == "of"
            && matches!(r.n(k + 2), "them" | "those" | "these")
    })?;
    let share = (a..few).rev().find(|&k| describes(r, k))?;
    let (group, part) = (r.value(share)?, r.value(few)?);
    (part < group).then_some((share, group, part))
}

/// What is asked of the few of a group a share describes ("64 ... are men caring for a wife with
/// dementia, and only 9 of them have had a break"): the rest of that group, who is reaching them,
/// and what the thing they have not had ("a break") would look like for them.
pub(super) fn reach_the_rest(r: &Reading, (a, b): (usize, usize), rest: f64) -> String {
    let rest = super::read::figure(rest);
    let had = (a..b).find(|&k| r.n(k) == "had" && matches!(r.n(k + 1), "a" | "an"));
    let thing = had.and_then(|k| {
        let end = (k + 2..(k + 5).min(b))
            .find(|&j| !r.toks[j].is_word() || THING_ENDS.contains(&r.n(j)))
            .unwrap_or((k + 5).min(b));
        (end > k + 2).then(|| r.raw(k + 1, end))
    });
    match thing {
        Some(t) => {
            format!("who is reaching the other {rest}, and what would {t} look like for them?")
        }
        None => format!("who is reaching the other {rest}, and what is standing in their way?"),
    }
}

/// Words that end what was had ("a break since", "a review this year").
const THING_ENDS: &[&str] = &[
    "since", "this", "last", "in", "from", "yet", "so", "and", "or", "at", "for", "with",
];
