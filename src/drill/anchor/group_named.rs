//! The group a PSW names as where things still fall short, with a count of it: "The group I'm most
//! uneasy about is the newly qualified: ... 9 of our 14 are above it", "The group it hasn't helped
//! is carers of people with a serious mental illness: 23 of them had the check". The assessor
//! pressed that group, by its count, ahead of the worry the answer opened on and ahead of the
//! strong figure (probes-8 p02, probes-9 p01 and p03): what is happening for those few, and what
//! is being done about it.
//!
//! Only a named group with a count is taken here: without one, the weak-spot readers say it back
//! with the asks made for it.

use super::frame::{JOINERS, slot};
use super::read::{PEOPLE, Reading, STAFF, anchor, words};
use super::{Anchor, Shape};

/// Nouns the group is named by, after "the": "the group ... is", "the ones ... are".
/// People named by who they are count too: "the men we still lose are those released straight
/// from court" (probes-11 p01).
const HEADS: &[&str] = &[
    "group", "groups", "ones", "people", "area", "areas", "part", "bit", "team", "teams", "men",
    "women", "carers", "families", "children",
];

/// Words in what follows the noun that make it a shortfall: "it hasn't helped", "I'm most uneasy
/// about", "still closed too readily", "we reach least".
const SHORT: &[&str] = &[
    "hasn't",
    "haven't",
    "hadn't",
    "don't",
    "doesn't",
    "didn't",
    "isn't",
    "aren't",
    "can't",
    "not",
    "never",
    "still",
    "too",
    "uneasy",
    "uncomfortable",
    "anxious",
    "worried",
    "worry",
    "concerned",
    "watching",
    "least",
    "worst",
    "weakest",
    "lowest",
    "slowest",
    "longest",
    "struggle",
    "struggling",
    "behind",
];

/// Words that make what follows the noun a hope or a condition, not a shortfall owned.
const NOT_OWNED: &[&str] = &["will", "would", "if", "hope", "hoping", "might"];

/// Words after "the newly" or on their own that name staff rather than the people they support.
const STAFF_TOO: &[&str] = &["qualified", "nqsws", "students", "apprentices"];

/// Verbs ending in "s" that may follow a whole: "9 of our 14 does".
const VERBS: &[&str] = &[
    "does", "goes", "says", "seems", "remains", "needs", "gets", "has",
];

/// "You said the group you're most uneasy about is the newly qualified: what is that doing to
/// those 9 and to the people they work with...?"
pub(super) fn find(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|i| named_at(r, i))
}

fn named_at(r: &Reading, i: usize) -> Option<Anchor> {
    if r.n(i) != "the" || !HEADS.contains(&r.n(i + 1)) {
        return None;
    }
    // It opens its sentence (after "and", "so"...): "the part I'm proud of" inside a longer
    // sentence is something else.
    let (s, e) = r.sentence(i);
    let mut lead = s;
    while lead < i && (JOINERS.contains(&r.n(lead)) || r.n(lead) == "so") {
        lead += 1;
    }
    if lead != i {
        return None;
    }
    let k = (i + 2..(i + 12).min(e))
        .take_while(|&k| !r.is_stop(k))
        .find(|&k| {
            matches!(r.n(k), "is" | "are" | "isn't" | "aren't") && r.has_in(i + 2, k, SHORT)
        })?;
    if r.has_in(i, k, NOT_OWNED) {
        return None;
    }
    // "The group I'm worried about isn't in the 231 at all..., it's people in short-term beds
    // after a hospital stay" (probes-11 p06): the group is named after "it's", and said back as
    // what the worry is.
    let (g, end, said) = if matches!(r.n(k), "isn't" | "aren't") {
        let (g, end) = named_instead(r, k, e)?;
        let is = if r.n(k) == "isn't" { "is" } else { "are" };
        let head = slot(r.text, &r.toks, i, k)?;
        (
            g,
            end,
            format!("{head} {is} {}", slot(r.text, &r.toks, g, end)?),
        )
    } else {
        let (_, end) = r.span(k + 1);
        (k + 1, end, slot(r.text, &r.toks, i, end)?)
    };
    if words(r, g, end) < 2 {
        return None;
    }
    let (c, noun) = count_of(r, (end, e), g)?;
    let n = r.raw(c, c + 1);
    let staff = (r.has_in(g, end, STAFF) || r.has_in(g, end, STAFF_TOO)) && !r.any_people(g, end);
    let people = r.any_people(g, end);
    // Staff are asked about by their own count; a count of things ("11 of the 19 such concerns")
    // by the people in them.
    let those = match noun {
        Some(w) if !staff && !PEOPLE.contains(&w.as_str()) => {
            format!("the people in those {n} {w}")
        }
        Some(w) if !staff => format!("those {n} {w}"),
        _ => format!("those {n}"),
    };
    let tail = if staff {
        format!(
            "what is that doing to {those} and to the people they work with, and who is answerable for putting it right?"
        )
    } else if people {
        format!("what is happening for {those} now, and what are you doing differently for them?")
    } else {
        format!("what has happened for {those} since, and what are you changing so it stops?")
    };
    // The quote runs on to the count when it is in the same sentence: a weakness quoted with its
    // figure keeps this ask, and the weak-spot reader does not say the count back without the
    // group it counts (`weak_spot`).
    let quoted = if c < e { r.span(c).1 } else { end };
    anchor(
        r,
        Shape::Weakness,
        (i, quoted),
        r.raw(i, k),
        format!("asking about {those}"),
        format!("You said {said}: {tail}"),
    )
}

/// The group named after a denial at token `k`, before the sentence ends at `e`: in "isn't in
/// the 231 at all, it's people in short-term beds after a hospital stay who are waiting", the
/// tokens of "people in short-term beds after a hospital stay", cut before the clause that says
/// more about them.
fn named_instead(r: &Reading, k: usize, e: usize) -> Option<(usize, usize)> {
    let g = (k + 1..e).find_map(|t| {
        if !r.is_stop(t - 1) {
            return None;
        }
        match (r.n(t), r.n(t + 1)) {
            ("it's" | "they're", _) => Some(t + 1),
            ("it" | "they", "is" | "are") => Some(t + 2),
            _ => None,
        }
    })?;
    let (_, end) = r.span(g);
    let end = (g + 1..end)
        .find(|&t| matches!(r.n(t), "who" | "which" | "that" | "whose"))
        .unwrap_or(end);
    Some((g, end))
}

/// The count of the group named in tokens `x..`: a part of a whole ("9 of our 14", "23 of them")
/// later in its own sentence (`a..e`), or in the next sentence when it counts the same thing ("11
/// of the 19 such concerns", of "concerns from care homes") or "them". The count's token, and the
/// noun it counts when that is said after the whole.
fn count_of(r: &Reading, (a, e): (usize, usize), x: usize) -> Option<(usize, Option<String>)> {
    let named: Vec<&str> = (x..a).map(|k| r.n(k)).collect();
    let own = (a..e).find_map(|c| part(r, c).map(|(_, noun)| (c, noun)));
    if own.is_some() {
        return own;
    }
    let (n0, n1) = r.sentence(e + 1);
    if e + 1 >= r.toks.len() || n0 <= e {
        return None;
    }
    (n0..n1).find_map(|c| {
        let (whole, noun) = part(r, c)?;
        let same = match &noun {
            Some(w) => named.contains(&w.as_str()),
            None => whole == "them",
        };
        same.then_some((c, noun))
    })
}

/// A part of a whole at token `c`: "9 of our 14", "11 of the 19 such concerns", "23 of them". The
/// word the whole is said by, and the noun after it, if any.
fn part(r: &Reading, c: usize) -> Option<(String, Option<String>)> {
    let v = r.value(c)?;
    // "Only 4 of the 30 have had a visit": the few it did reach, not the group left out.
    if matches!(r.n(c.wrapping_sub(1)), "only" | "just") {
        return None;
    }
    if v < 2.0 || r.is_year(c) || r.percent_at(c).is_some() || r.n(c + 1) != "of" {
        return None;
    }
    match r.n(c + 2) {
        "them" | "those" | "these" if r.value(c + 3).is_none() => Some((r.n(c + 2).into(), None)),
        "our" | "the" | "those" | "these" => {
            let m = r.value(c + 3)?;
            if m <= v || r.is_year(c + 3) {
                return None;
            }
            let w = if r.n(c + 4) == "such" { c + 5 } else { c + 4 };
            // A plural noun, not a verb: "of the 19 such concerns", not "of our 14 are".
            let noun = Some(r.n(w))
                .filter(|n| n.len() > 3 && n.ends_with('s') && !VERBS.contains(n))
                .map(str::to_string);
            Some((r.n(c + 2).into(), noun))
        }
        _ => None,
    }
}
