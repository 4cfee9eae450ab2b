//! An open figure a middling answer leaves unexplained: a rating out of five or ten ("came out at
//! 3.8 out of 5"), or a rough share in words ("about two thirds were rated good or better", "in
//! about a third of cases there was no plan"). The judge scored the bank's stock line on such
//! answers 2 ("generic", probes-12 p17, p18); the assessor said the figure back and asked what sits
//! behind it: who scored lowest, what the other third were getting wrong and what it meant for the
//! people concerned.

use super::read::{PEOPLE, Reading, anchor, said_slot};
use super::{Anchor, Shape};

pub(super) fn find(r: &Reading) -> Option<Anchor> {
    rating(r).or_else(|| word_share(r))
}

/// Words near a rating that say people or partners gave it: then they are asked who scored
/// lowest and what they said.
const ASKED: &[&str] = &[
    "survey",
    "surveyed",
    "asked",
    "feedback",
    "partners",
    "staff",
    "practitioners",
    "carers",
    "people",
    "residents",
    "families",
    "respondents",
];

/// Words that make "X out of N" a rating: "rated", "scored 7 out of 10", "came out at 3.8 out of 5".
const RATED: &[&str] = &[
    "rated", "rating", "ratings", "scored", "score", "scores", "marked", "at", "gave", "averaged",
];

/// "You said adult social care came out at 3.8 out of 5 for being easy to work with: who gave the
/// lowest scores, and what did they say is hard?"
fn rating(r: &Reading) -> Option<Anchor> {
    let k = (1..r.toks.len()).find(|&k| {
        r.n(k) == "out"
            && r.n(k + 1) == "of"
            && matches!(r.value(k + 2), Some(v) if v == 5.0 || v == 10.0)
            && r.value(k - 1).is_some_and(|v| v <= r.value(k + 2).unwrap_or(0.0))
            // "7 out of 10 carers said...": a share of people, read as a share elsewhere.
            && !PEOPLE.contains(&r.n(k + 3))
            && (r.n(k - 1).contains('.') || RATED.contains(&r.n(k.saturating_sub(2))))
            && r.claims(k)
    })?;
    let (a, end) = r.phrase(k);
    let asked = r.has_any(ASKED);
    let ask = if asked {
        "who gave the lowest scores, and what did they say is hard?"
    } else {
        "what sits behind the lower scores, and what is being done about them?"
    };
    // "In the spring survey ... scored 6.9 out of 10 for...": a phrase a slot may not open is
    // said back from the score.
    let quote = said_slot(r, a, end).or_else(|| said_slot(r, k - 1, end))?;
    anchor(
        r,
        Shape::OutsideFigure,
        (a, end),
        r.raw(k - 1, k + 3),
        "asking what sits behind the lower scores".to_string(),
        format!("You said {quote}: {ask}"),
    )
}

/// Rough shares said in words: the words, how much of the whole (in hundredths), and the rest
/// named as the answer would name it ("the other third").
const FRACTIONS: &[(&[&str], f64, &str)] = &[
    (&["two", "thirds"], 67.0, "third"),
    (&["twothirds"], 67.0, "third"),
    (&["three", "quarters"], 75.0, "quarter"),
    (&["threequarters"], 75.0, "quarter"),
    (&["four", "fifths"], 80.0, "fifth"),
    (&["a", "third"], 33.0, ""),
    (&["one", "third"], 33.0, ""),
    (&["a", "quarter"], 25.0, ""),
    (&["one", "quarter"], 25.0, ""),
    (&["a", "fifth"], 20.0, ""),
    (&["one", "in", "five"], 20.0, ""),
    (&["one", "in", "four"], 25.0, ""),
    (&["one", "in", "three"], 33.0, ""),
];

/// Words that make a small share the part that fell short: "in about a third of cases there was
/// no plan", "a quarter weren't reviewed".
const SHORT: &[&str] = &[
    "no",
    "not",
    "never",
    "without",
    "missing",
    "weren't",
    "wasn't",
    "didn't",
    "hadn't",
    "haven't",
    "lacked",
    "poor",
    "inadequate",
    "overdue",
    "late",
];

/// Words after a share that make it money or time, not people or records: "a third of the
/// budget".
const NOT_COUNTED: &[&str] = &[
    "budget", "spend", "money", "funding", "time", "cost", "costs",
];

/// "You said in the last round about two thirds were rated good or better: what lies behind the
/// other third, and what has it meant for the people concerned?"; "You said in about a third of
/// cases the plan was missing: what has it meant for the people concerned, and what is being done
/// about it?". A share that changed ("up by about a third") is not pressed.
fn word_share(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|k| {
        let (words, _, rest) = FRACTIONS
            .iter()
            .find(|(w, _, _)| w.iter().enumerate().all(|(j, x)| r.n(k + j) == *x))?;
        let after = k + words.len();
        let before = (k.saturating_sub(3)..k).rev().find(|&j| {
            !matches!(
                r.n(j),
                "about" | "around" | "roughly" | "nearly" | "almost" | "over" | "just" | "some"
                    | "only"
            )
        });
        // "up by about a third", "the rise of a third": a change, not a share of people.
        if before.is_some_and(|j| matches!(r.n(j), "by" | "of" | "than")) {
            return None;
        }
        if NOT_COUNTED.iter().any(|w| r.has_in(after, after + 4, &[w])) || !r.claims(k) {
            return None;
        }
        let (a, end) = r.phrase(k);
        let said = r.raw(k, after);
        // "in the last round about two thirds were...": a phrase a slot may not open is said back
        // from the share, with its softening word.
        let from = if ROUGHLY.contains(&r.n(k.wrapping_sub(1))) { k - 1 } else { k };
        if rest.is_empty() {
            if !r.has_in(after, end, SHORT) {
                return None;
            }
            let quote = share_slot(r, a, end).or_else(|| share_slot(r, from, end))?;
            return anchor(
                r,
                Shape::Remainder,
                (a, end),
                said,
                "asking about the share that fell short".to_string(),
                format!(
                    "You said {quote}: what has it meant for the people concerned, and what is being done about it?"
                ),
            );
        }
        // A share with its failure in it ("two thirds had no plan") is not asked about "the other
        // third", which did well.
        if r.has_in(after, end, SHORT) {
            return None;
        }
        let verb_ok = matches!(
            r.n(after),
            "of" | "were" | "are" | "was" | "is" | "had" | "have" | "has" | "said" | "say" | "got"
                | "told"
        );
        if !verb_ok {
            return None;
        }
        let quote = share_slot(r, a, end).or_else(|| share_slot(r, from, end))?;
        let told = r.has_in(after, end, &["said", "say", "told", "tell"]);
        let ask = if told {
            format!("You said {quote}: what is the other {rest} telling you, and who are they?")
        } else {
            format!(
                "You said {quote}: what lies behind the other {rest}, and what has it meant for the people concerned?"
            )
        };
        anchor(
            r,
            Shape::Remainder,
            (a, end),
            said,
            format!("asking about the other {rest}"),
            ask,
        )
    })
}

/// Words that soften a share; a slot may not open on "about", so one opening the phrase is said
/// before the slot: "about two thirds of the carers you asked...".
const ROUGHLY: &[&str] = &["about", "around", "roughly", "nearly", "almost"];

/// Tokens `a..b` said back, with a softening word that opens them kept.
fn share_slot(r: &Reading, a: usize, b: usize) -> Option<String> {
    if ROUGHLY.contains(&r.n(a)) {
        return Some(format!("{} {}", r.n(a), said_slot(r, a + 1, b)?));
    }
    said_slot(r, a, b)
}
