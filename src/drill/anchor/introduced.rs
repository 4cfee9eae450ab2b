//! A change the PSW brought in, dated, with nothing said of what it has changed (issue 23,
//! probes-22 p17).
//!
//! Middling answers often list what was put in place ("Took the region's self-neglect toolkit and
//! adapted it for Wraysdale; teams had it from July", "since January our hub sits with the police
//! two days a week") and stop there: a process offered as the answer. With no figure or weak spot
//! for another reader, the coach fell back on a stock line ("Where could we see that for
//! ourselves?", scored 1); the assessor took the dated change and asked what it has made different
//! for people, and how the PSW knows. Read only when nothing else in the answer is anchored.

use super::frame::JOINERS;
use super::read::{FALLS, Reading, anchor, said_slot};
use super::{Anchor, Shape};

/// Verbs that bring something in by themselves.
const BROUGHT_IN: &[&str] = &[
    "introduced",
    "launched",
    "started",
    "created",
    "built",
    "adapted",
    "rewrote",
    "redesigned",
    "piloted",
    "established",
];

/// Verbs that bring something in with a particle after them: "set up", "brought in", "rolled out".
const WITH_PARTICLE: &[(&str, &[&str])] = &[
    ("set", &["up"]),
    ("brought", &["in", "back"]),
    ("rolled", &["out"]),
];

/// Words that date a change: "since January", "from July", "last spring".
const DATING: &[&str] = &["since", "from", "last", "this", "in"];

/// Words after a dating word that make it a time.
/// Words for a stretch of time that date a change ("since the spring", "from March"); the months
/// come from the one list in `text.rs`.
const SEASONS_AND_SPANS: &[&str] = &["spring", "summer", "autumn", "winter", "year", "month"];

fn a_time(word: &str) -> bool {
    SEASONS_AND_SPANS.contains(&word) || crate::text::MONTH_WORDS.contains(&word)
}

/// Words that say a figure moved: the answer tells a result, and another reader or the bank asks it.
const RISES: &[&str] = &["rose", "risen", "increased", "doubled", "grew", "improved"];

/// Most words in an answer read here: a long answer tells more than a list of changes.
const MOST_ANSWER_WORDS: usize = 160;

pub(super) fn find(r: &Reading) -> Option<Anchor> {
    let n = r.toks.iter().filter(|t| t.is_word()).count();
    if n > MOST_ANSWER_WORDS || r.has_any(FALLS) || r.has_any(RISES) || r.text.contains('%') {
        return None;
    }
    r.sentences()
        .into_iter()
        .filter(|&(a, b)| dated(r, a, b))
        .find_map(|(a, b)| {
            pieces(r, a, b)
                .into_iter()
                .find_map(|(p, q)| piece(r, p, q))
        })
}

/// True when the sentence or list line `a..b` dates something: "from July", "since January",
/// "last year", "in 2025".
fn dated(r: &Reading, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        DATING.contains(&r.n(k)) && (a_time(r.n(k + 1)) || r.is_year(k + 1) || r.n(k) == "since")
    })
}

/// The pieces of a sentence between semicolons, colons and brackets: a slot holds none of them.
fn pieces(r: &Reading, a: usize, b: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = a;
    for k in a..=b.min(r.toks.len()) {
        if k == b || matches!(r.n(k), ";" | ":" | "(" | ")") {
            if k > start {
                out.push((start, k));
            }
            start = k + 1;
        }
    }
    out
}

/// Verbs that start something only with an object after them: "we started a monthly forum", not
/// "two apprentices started in September" (people who joined) or "we started preparing".
const NEEDS_OBJECT: &[&str] = &["started", "launched", "established", "created", "built"];

/// Words that open the object of a change brought in.
const OBJECTS: &[&str] = &[
    "a", "an", "the", "our", "new", "monthly", "weekly", "joint", "regular", "its", "their",
];

/// Words before a verb that make it a clause of its own: "we introduced", "it was adapted", "and
/// adapted it".
const SUBJECTS_AND_AUXILIARIES: &[&str] = &[
    "i", "we", "they", "he", "she", "it", "you", "have", "has", "had", "was", "were", "been", "be",
    "is", "are", "and", "then", "also", "jointly", "recently", "just", "first",
];

fn brings_in(r: &Reading, k: usize) -> bool {
    !NEEDS_OBJECT.contains(&r.n(k)) || OBJECTS.contains(&r.n(k + 1))
}

fn piece(r: &Reading, a: usize, b: usize) -> Option<Anchor> {
    let mut a = a;
    while a < b && (!r.toks[a].is_word() || JOINERS.contains(&r.n(a))) {
        a += 1;
    }
    let verb = (a..b).find(|&k| {
        BROUGHT_IN.contains(&r.n(k)) && brings_in(r, k)
            || WITH_PARTICLE
                .iter()
                .any(|(v, ps)| r.n(k) == *v && ps.contains(&r.n(k + 1)))
    })?;
    // "We were told it had started": a change the PSW brought in, not one reported.
    if (a..verb).any(|k| matches!(r.n(k), "not" | "never" | "didn't" | "haven't" | "hasn't")) {
        return None;
    }
    let quote = said_slot(r, a, b)?;
    // A list line opens on its verb ("Took the toolkit and adapted it"): the PSW is its subject.
    // A note that drops its "were" ("Integrated neighbourhood teams piloted in two areas") has it
    // put back, or the teams would read as doing the piloting.
    let dropped_be = verb > a && !SUBJECTS_AND_AUXILIARIES.contains(&r.n(verb - 1));
    let quote = if verb == a || r.n(a) == "took" {
        format!("you {quote}")
    } else if dropped_be {
        let be = if r.n(verb - 1).ends_with('s') {
            "were"
        } else {
            "was"
        };
        let verb_word = &r.text[r.toks[verb].start..r.toks[verb].end];
        let at = quote.find(&format!(" {verb_word}"))?;
        format!("{} {be}{}", &quote[..at], &quote[at..])
    } else {
        quote
    };
    anchor(
        r,
        Shape::Process,
        (a, b),
        r.raw(a, b),
        "asking what the change has made different for people".to_string(),
        format!("You said {quote}: what has it changed for people so far, and how do you know?"),
    )
}
