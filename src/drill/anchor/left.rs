//! Some of those a scheme counted as its gain have since left it: "six of the fourteen have been
//! promoted... but two of the six who were promoted have since left". That undoes part of the
//! gain, and the assessor pressed it first: said back by its count, and asked what has been done
//! about why they went (what they said, where the answer tells it) and how the PSW will know the
//! next ones stay (probes-8 p09, where the coach asked the stock "What is the next step...?").
//! People who draw on care who left a scheme are asked what happened for them afterwards.

use super::figures::{past_year, set_as_before};
use super::frame::{JOINERS, slot};
use super::read::{PEOPLE, Reading, STAFF, anchor};
use super::{Anchor, Shape};

/// Words that say a count of staff is meant: they were taken on, trained or moved up.
const TAKEN_ON: &[&str] = &[
    "promoted",
    "recruited",
    "appointed",
    "trained",
    "qualified",
    "apprentices",
    "apprenticeship",
    "students",
    "graduates",
    "starters",
    "manager",
    "employees",
    "colleagues",
];

/// Words after "left" that make it a place left behind for the better, or something left over:
/// "left hospital", "left with a plan".
const NOT_GONE: &[&str] = &[
    "hospital",
    "home",
    "with",
    "without",
    "behind",
    "over",
    "out",
    "alone",
    "to",
    "in",
    "on",
    "at",
    "a",
    "an",
    "unchanged",
    "waiting",
];

/// Words in the sentence after that say why they went, in their own words.
const TOLD_WHY: &[&str] = &[
    "said",
    "told",
    "say",
    "says",
    "interview",
    "interviews",
    "because",
    "feedback",
];

/// "You said two of the six who were promoted have since left: what have you done about what they
/// told you, and how will you know the next ones stay?"
pub(super) fn find_left(r: &Reading) -> Option<Anchor> {
    (1..r.toks.len()).find_map(|k| {
        let gone = match r.n(k) {
            "left" => !NOT_GONE.contains(&r.n(k + 1)),
            "resigned" | "quit" => true,
            "out" => r.n(k - 1) == "dropped",
            _ => false,
        };
        if !gone || !r.claims(k) {
            return None;
        }
        let (sa, _) = r.sentence(k);
        // "Two of the six", "three of them": a part of a count given before, in the same sentence.
        let i = (sa..k).find(|&i| {
            r.value(i).is_some_and(|v| v >= 1.0)
                && !r.is_year(i)
                && r.percent_at(i).is_none()
                && r.n(i + 1) == "of"
                && match r.n(i + 2) {
                    "them" | "those" | "these" => true,
                    "the" => r.value(i + 3) > r.value(i),
                    _ => r.value(i + 2) > r.value(i),
                }
        })?;
        // "Seven of the eighteen who started in 2024 had left, so I set up...", dated or told as
        // "had left": where things were before the change the answer goes on to tell, not who it
        // is losing now (insight-strong-4 w01).
        let whole = r.value(if r.n(i + 2) == "the" { i + 3 } else { i + 2 });
        if (i..k).any(|j| r.n(j) == "had" || past_year(r, j)) || set_as_before(r, i, whole) {
            return None;
        }
        let end = if r.n(k) == "out" { k + 1 } else { k + 1 + usize::from(r.n(k + 1) == "us") };
        // "Five of the six who left named the driving": "left" in a clause about the count, whose
        // own verb comes after it. Cut at "left", the quote lost its verb ("You said five of the
        // six who left: ...", probes-10 p09), so it runs to the phrase's end.
        let about_the_count = r.has_in(i + 2, k, &["who", "that"]);
        let end = if about_the_count
            && end < r.toks.len()
            && r.toks[end].is_word()
            && !JOINERS.contains(&r.n(end))
        {
            r.span(k).1
        } else {
            end
        };
        let said = slot(r.text, &r.toks, i, end)?;
        // Staff by what the scheme did for them, in this sentence or the next: "promoted".
        let (_, pe) = r.with_next_sentence(k);
        let staff =
            r.has_in(sa, pe, TAKEN_ON) || r.has_in(sa, pe, STAFF) && !r.has_in(i, end, PEOPLE);
        let told = r.has_in(k + 1, pe, TOLD_WHY);
        let tail = match (staff, told) {
            (true, true) => {
                "what have you done about what they told you, and how will you know the next ones stay?"
            }
            (true, false) => {
                "what have you found out about why they went, and how will you know the next ones stay?"
            }
            (false, _) => {
                "what happened for them after they left, and what have they told you about why?"
            }
        };
        anchor(
            r,
            Shape::SetApart,
            (i, end),
            r.raw(i, end),
            "asking about those who left".to_string(),
            format!("You said {said}: {tail}"),
        )
    })
}
