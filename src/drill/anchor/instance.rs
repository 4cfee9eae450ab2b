//! A vague answer that says instances exist without giving one: "honestly there are so many
//! examples I could give", "I still do direct work". The coach asked a stock line ("What difference
//! has the change made to people since?", "Where could we see that for ourselves?", judged 3) where
//! the assessor took the PSW at their word and asked for the one instance: "Pick one complaint:
//! what was it about, and what do practitioners now do differently because of it?", "What direct
//! work have you done in the last month, and what did you learn from it that you then changed?"
//! (probes-11 p26, p31). Ranked as a claim given without proof (`Shape::Claim`).

use super::read::{Reading, anchor, said_back};
use super::{Anchor, Shape};

/// Words of plenty before "examples": "so many examples", "loads of examples".
const PLENTY: &[&str] = &["many", "lots", "plenty", "loads", "countless"];

/// Verbs after "I still" that keep up a habit: "I still do direct work", "I still sit in".
const KEEPS_UP: &[&str] = &["do", "go", "sit", "carry", "visit", "take", "hold", "run"];

/// Words that open what is said back but say nothing of it: "honestly", "oh", "well".
const FILLERS: &[&str] = &[
    "honestly", "really", "actually", "and", "but", "so", "oh", "well", "yeah", "um",
];

/// Nouns for the one person an example is told about: "one lady with dementia".
const ONE_PERSON: &[&str] = &[
    "lady",
    "man",
    "woman",
    "gentleman",
    "person",
    "family",
    "carer",
    "chap",
    "lad",
    "girl",
    "boy",
    "mum",
    "dad",
];

/// The instance asked for, or `None`.
pub(super) fn find(r: &Reading) -> Option<Anchor> {
    examples_exist(r).or_else(|| habit_kept(r))
}

/// "There are so many examples I could give": the most recent one asked for, unless the answer
/// goes on to tell one ("loads of examples, I think of one lady with dementia...").
fn examples_exist(r: &Reading) -> Option<Anchor> {
    if r.tells_a_case() {
        return None;
    }
    let i = (1..r.toks.len()).find(|&i| {
        matches!(r.n(i), "examples" | "instances" | "stories")
            && (PLENTY.contains(&r.n(i - 1))
                || r.n(i - 1) == "of" && i >= 2 && PLENTY.contains(&r.n(i - 2)))
    })?;
    // "Loads of examples, I think of one lady with dementia...": the answer gives one.
    let (_, told) = r.with_next_sentence(i);
    if (i + 1..told).any(|k| matches!(r.n(k), "one" | "a") && ONE_PERSON.contains(&r.n(k + 1))) {
        return None;
    }
    let (mut a, end) = r.span(i);
    while a < i && FILLERS.contains(&r.n(a)) {
        a += 1;
    }
    said_back(
        r,
        Shape::Claim,
        (a, end),
        "asking for one of them",
        "take the most recent one: what happened, and what is different now because of it?",
    )
}

/// "I still do direct work": when it last happened, and what came of it. Not when the answer
/// counts it ("I still do two reviews a month myself"), which is the proof.
fn habit_kept(r: &Reading) -> Option<Anchor> {
    let i = (0..r.toks.len())
        .find(|&i| r.n(i) == "i" && r.n(i + 1) == "still" && KEEPS_UP.contains(&r.n(i + 2)))?;
    let (_, end) = r.span(i);
    if (i..end).any(|k| r.value(k).is_some()) || !r.claims(i) {
        return None;
    }
    said_back(
        r,
        Shape::Claim,
        (i, end),
        "asking when it last happened",
        "when did you last do that, and what did you learn from it that you then changed?",
    )
}

/// A vague answer about working with the board ("We get on very well with the board, we contribute
/// to everything the board does"): the board is its own noun, and the assessor asked for the most
/// recent time it pressed adult social care and what changed (probes-19 p32, probes-7 p31), where
/// the coach said back one of its claims. Only where the board is the answer's subject (named twice
/// or more) and the answer gives no figures and tells no case.
pub(super) fn find_board(r: &Reading) -> Option<Anchor> {
    let named: Vec<usize> = (0..r.toks.len())
        .filter(|&i| r.n(i) == "the" && r.n(i + 1) == "board")
        .collect();
    let figures = (0..r.toks.len())
        .filter(|&k| r.value(k).is_some_and(|v| v >= 2.0))
        .count();
    if named.len() < 2 || figures > 0 || r.tells_a_case() {
        return None;
    }
    let i = *named.first()?;
    anchor(
        r,
        Shape::Claim,
        (i, i + 2),
        r.raw(i, i + 2),
        "asking for the last thing the board pressed".to_string(),
        "Take the most recent thing the board challenged adult social care on: what was it, and \
         what changed for people because of it?"
            .to_string(),
    )
}
