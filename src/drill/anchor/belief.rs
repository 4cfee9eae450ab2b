//! A belief the PSW offers in place of evidence: "I'd like to think people don't really see it",
//! "I don't think anyone has been worse off", "I'd expect them to get it right", "I'm confident it
//! would happen". On vague answers the assessor said the belief back and tested it ("You don't think
//! anyone has been worse off: how would you know...?", probes-9 p32; "You'd like to think people
//! don't really see it", probes-10 p30; "You'd expect them to get it right", probes-9 p29), where
//! the coach asked a stock line or pressed a label ("strengths-based") instead.

use super::frame::JOINERS;
use super::read::{Reading, STAFF, anchor, said_slot};
use super::{Anchor, Shape};

/// The words that offer a belief, most telling first, and whether the belief alone is said back
/// ("I'd say we're on track" is said back as "you're on track", not "you'd say...").
const BELIEFS: &[(&[&str], bool)] = &[
    (&["i'd", "like", "to", "think"], false),
    (&["i", "don't", "think"], false),
    (&["i'd", "expect"], false),
    (&["i'm", "confident"], false),
    (&["i'm", "sure"], false),
    (&["i", "believe"], false),
    (&["i'd", "say"], true),
];

/// The ask after a belief said back with no staff, people or figure in it.
const ASK: &str = "how would you know if you were wrong, and what have you checked?";

/// Words for people the PSW could ask that `Reading::any_people` leaves out.
const ANYONE: &[&str] = &["nobody", "anyone", "anybody", "no-one", "someone"];

/// The ask fitted to what the belief in tokens `a..b` is about: one ending after every belief read
/// as a template across a rehearsal (it closed 8 answers of probes 1 to 12 alike), so a belief about
/// staff is tested on their work, one about people on who would say otherwise, one holding a figure
/// on where that figure is
/// found. Chosen by the words, not at random, so a rehearsal reads the same twice.
fn ask(r: &Reading, a: usize, b: usize) -> &'static str {
    // "what have you seen of their work that shows it, and when did you last look?" was judged a
    // template (probes-19 p19, p31): the assessor asked for the last check in cases and what it
    // found got wrong, or, of a programme for staff the PSW is proud of, who stayed and what the
    // people they work with see.
    if r.has_in(a, b, STAFF) && r.has_in(a, b, &["proud", "proudest"]) {
        "how many of them are still with you, and what difference do the people they work with see from it?"
    } else if r.has_in(a, b, STAFF) {
        "when did you last check that in their cases, and what did you find was got wrong most often?"
    } else if r.any_people(a, b) || r.has_in(a, b, ANYONE) {
        "who would tell you if it were not so, and when did you last ask them?"
    // Digits, not number words: "offer one and explain the choice" holds no figure.
    } else if (a..b).any(|k| r.n(k).starts_with(|c: char| c.is_ascii_digit()) && !r.is_year(k)) {
        "where would that figure show, and have you looked?"
    } else {
        measured(r, a, b).unwrap_or(ASK)
    }
}

/// The figure a vague belief stands in for, asked for with the part it leaves out: on vague answers
/// the assessor asked "how many... which teams took fewest", "which area is furthest behind",
/// "when did your quality assurance last find a difference between teams", "how many do you know
/// about now against...", where "how would you know if you were wrong" was judged a stock
/// challenge (probes-20 p15, p28, p29; probes-12 p32). `None` when the belief names no amount,
/// progress, sameness or change.
fn measured(r: &Reading, a: usize, b: usize) -> Option<&'static str> {
    let has = |words: &[&str]| r.has_in(a, b, words);
    if has(&["consistent", "consistently", "same", "uniform"]) {
        Some(
            "when did your checks last find a difference between teams, what was it, and what did you do about it?",
        )
    } else if has(&["track", "top"]) {
        Some("which part is furthest behind, in figures, and what tells you the rest is on track?")
    } else if has(&["most"]) {
        Some("how many is most, in figures, and where does it fall short?")
    } else if has(&["more", "fewer", "less"]) && has(&["now", "than", "ever"]) {
        Some(if has(&["reach", "reaching", "reached"]) {
            "what is the figure now against before, and who are you still not reaching?"
        } else {
            "what is the figure now against before, and where has it changed least?"
        })
    } else if has(&["many", "much"]) {
        Some("how many was it last year, in figures, and what have the people themselves said?")
    } else {
        None
    }
}

/// "You said you'd like to think people don't really see it: how would you know if you were
/// wrong, and what have you checked?"
pub(super) fn find(r: &Reading) -> Option<Anchor> {
    // A rule offered as proof ("the policy gives them up to six days") or instances said to exist
    // ("I still hold a couple of cases") are pressed in their own words, as the assessor did
    // (probes-11 p15, probes-7 p25): a belief beside them is the weaker thing to test.
    if super::rule::find_rule(r).is_some() || super::instance::find(r).is_some() {
        return None;
    }
    let claim = super::claim::find_claim(r);
    BELIEFS.iter().find_map(|(cue, alone)| {
        let i = (0..r.toks.len()).find(|&i| {
            cue.iter().enumerate().all(|(j, w)| r.n(i + j) == *w)
                // The belief opens its phrase: "the ones I'd say feel it less are..." is an aside.
                && (r.span(i).0..i).all(|k| JOINERS.contains(&r.n(k)) || r.n(k) == "well")
        })?;
        // A claim in the same sentence with a frame of its own ("I'd like to think I've got an
        // influence there too", asked for a decision the influence changed, probes-11 p25) is
        // pressed by the claim reader.
        let (s0, s1) = r.sentence(i);
        if claim
            .as_ref()
            .is_some_and(|c| r.raw(s0, s1).contains(c.quote.as_str()))
        {
            return None;
        }
        let after = i + cue.len();
        // "I'm confident that..." and "I'd say that...": the "that" only joins.
        let body = if r.n(after) == "that" {
            after + 1
        } else {
            after
        };
        let (_, end) = r.span(body);
        // "I don't think so", "I'd say so": nothing said of anything; and "I'm confident it
        // would happen", said back, loses what "it" is.
        if matches!(r.n(body), "so" | "it" | "it's" | "this" | "that's") || r.is_stop(body) {
            return None;
        }
        let quote = if *alone {
            said_slot(r, body, end)?
        } else {
            said_slot(r, i, end)?
        };
        anchor(
            r,
            Shape::Claim,
            (i, end),
            r.raw(i, end),
            "testing what you believe".to_string(),
            format!("You said {quote}: {}", ask(r, body, end)),
        )
    })
}
