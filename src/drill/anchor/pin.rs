//! The vaguest confident claim in an answer, pinned down in its own words: "I have a say in most
//! things" is asked what sits outside it, "we're a council that knows itself" where it is weakest,
//! "I do some co-working" when it last happened. A stock line ("Where could we see that for
//! ourselves?") scored 1-2 every time on vague answers in three blind runs; an assessor quotes the
//! claim and asks for the one thing that would make it real (issue 23, probes-5).
//!
//! A pin is offered after the question's own pointed probes and before the bank's stock lines
//! (see `drill::probe::rank`): where the bank has a question of its own that fits, it was judged
//! the better one.

use super::frame::{JOINERS, pick, slot};
use super::read::{Reading, anchor, words};
use super::{Anchor, Shape};
use crate::insight::clause::{Stance, Time};

/// What makes a claim vague, in the order an assessor would pin them, each with how to ask.
const MARKERS: &[(&[&str], &[&str])] = &[
    // Self-knowledge claimed: where is it weakest?
    (
        &[
            "honest",
            "knows",
            "realistic",
            "candid",
            "selfaware",
            "transparent",
        ],
        &[
            "where are you weakest, and how would we see that for ourselves?",
            "what is the weakest part of practice here, and how do you know?",
        ],
    ),
    // "Most" claimed: what sits outside it?
    (
        &["most", "nearly", "almost", "mostly"],
        &["what sits outside that, and how do you get assurance there?"],
    ),
    // Something done now and then: when was the last time?
    (
        &["some", "odd", "occasional", "occasionally", "sometimes"],
        &["when was the last time, and what came of it?"],
    ),
    // Something said of everyone or always: where does it hold least?
    (
        &["everyone", "everybody", "everything", "always", "every"],
        &["where does that hold least, and what would people there tell us?"],
    ),
    // An amount or an intensity with no figure: one example, and what it changed.
    (
        &[
            "lot",
            "lots",
            "plenty",
            "many",
            "loads",
            "closely",
            "regularly",
            "often",
            "constantly",
            "really",
            "very",
        ],
        &[
            "what is a recent example, and what changed because of it?",
            "can you take one recent example and tell us what it changed for the person?",
        ],
    ),
];

/// Subjects a claim about the PSW or the council opens with.
const OWN: &[&str] = &[
    "i", "we", "i'm", "we're", "i've", "we've", "our", "my", "there's",
];

/// Lead-ins before the claim itself: "I'd just say we're...", "I think we...".
const LEAD_INS: &[&str] = &["say", "think", "feel", "believe"];

/// Words that make a clause no vague claim: it names its proof or a case.
const PROVEN: &[&str] = &[
    "survey", "audit", "audited", "example", "data", "figures", "found", "showed", "shows",
];

/// Past forms a subject may be followed by that the clause reader may not set in the past: "I
/// wrote most of that section" tells of one piece of work.
const DID: &[&str] = &[
    "wrote", "did", "had", "was", "were", "made", "ran", "took", "went", "set", "gave", "got",
    "put", "led", "built", "brought", "sent", "saw", "said", "told",
];

/// Where the amount claims sit in [`MARKERS`]: the only ones "there's" may open ("there's a lot of
/// good practice"); "there's always more to do" is a saying, not a claim.
const AMOUNT: usize = 4;

/// "You said you have a say in most things across adults: what sits outside that...?"
pub(super) fn find_pin(r: &Reading) -> Option<Anchor> {
    MARKERS
        .iter()
        .enumerate()
        .find_map(|(m, (markers, frames))| {
            r.clauses.iter().find_map(|c| {
                // How things are, not one event: "I wrote most of that section" is no claim to pin.
                if !(c.stance.claims() || c.stance == Stance::Hedged)
                    || c.figure
                    || c.time == Time::Past
                {
                    return None;
                }
                let (mut a, end) = (c.toks.start, c.toks.end);
                // "Honestly, I..." and "Really we...": the claim starts after the adverb.
                while a < end
                    && (JOINERS.contains(&r.n(a)) || r.n(a).ends_with("ly") || r.n(a) == ",")
                {
                    a += 1;
                }
                // "I'd just say we're a council that knows itself": the claim is after the lead-in.
                if let Some(k) = (a..(a + 4).min(end)).find(|&k| LEAD_INS.contains(&r.n(k)))
                    && OWN.contains(&r.n(k + 1))
                {
                    a = k + 1;
                }
                // "The group I'm most uneasy about is the newly qualified": a clause that
                // describes a noun just named ("the group") is part of that noun's phrase, and said
                // back alone it loses its head ("you're most uneasy about is...", probes-9 p03).
                let describes_a_noun = a == c.toks.start
                    && a >= 2
                    && r.toks[a - 1].is_word()
                    && !JOINERS.contains(&r.n(a - 1))
                    && matches!(r.n(a - 2), "the" | "a" | "an");
                if describes_a_noun
                    || !OWN.contains(&r.n(a))
                    || r.n(a) == "there's" && m != AMOUNT
                    || DID.contains(&r.n(a + 1))
                    // "I rebuilt...", "we delivered...": one event. "I'm involved" is how
                    // things are.
                    || matches!(r.n(a), "i" | "we")
                        && r.n(a + 1).len() > 4
                        && r.n(a + 1).ends_with("ed")
                    || !(3..=16).contains(&words(r, a, end))
                    || r.has_in(a, end, PROVEN)
                    || (a..end).any(|k| r.value(k).is_some())
                {
                    return None;
                }
                // "not a lot", "not always": denied, so nothing to pin.
                // "We know ourselves", "we know where our gaps are": self-knowledge said with "know".
                let knows_self = |k: usize| {
                    m == 0
                        && r.n(k) == "know"
                        && matches!(r.n(k + 1), "ourselves" | "itself" | "myself" | "where")
                };
                let at = (a..end).find(|&k| {
                    (markers.contains(&r.n(k)) || knows_self(k)) && r.n(k.wrapping_sub(1)) != "not"
                })?;
                // "We always follow them": said back, the quote would lose what "them" are.
                let mut last = end;
                while last > a && !r.toks[last - 1].is_word() {
                    last -= 1;
                }
                if matches!(
                    r.n(last.wrapping_sub(1)),
                    "them" | "it" | "this" | "that" | "those" | "these" | "one"
                ) {
                    return None;
                }
                let quote = slot(r.text, &r.toks, a, end)?;
                anchor(
                    r,
                    Shape::Pin,
                    (a, end),
                    r.raw(at, at + 1),
                    "pinning down what you claimed".to_string(),
                    format!("You said {quote}: {}", pick(&quote, frames)),
                )
            })
        })
}
