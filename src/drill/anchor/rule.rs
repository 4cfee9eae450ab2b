//! A rule the answer gives as proof that something happens: "if someone goes over fifty the
//! manager has to move work", "the communication needs field is mandatory at first contact", "our
//! policy gives them up to six days a year for learning". On middling answers the coach asked a
//! bank line ("What difference has the protected time made?", judged 3) where the assessor quoted
//! the rule and asked whether it happens: "When did a manager last move work because someone went
//! over fifty points?", "The policy allows 'up to' six days: how many actually took them?", "The
//! field is mandatory, but have you checked...?" (probes-11 p15, p18, p21; probes-3 r23, probes-4
//! s16: "That's what should happen: how do you know it does?"). Ranked with a claim given
//! without proof (`Shape::Claim`), after what the answer admits and its figures: on strong answers
//! those are what an assessor presses first.

use super::read::{DURATIONS, Reading, said_back, words};
use super::{Anchor, Shape};

/// Who a rule binds, before "has to", "must" or "should": not the PSW or the council ("we have to
/// live within the budget" is a constraint, not a rule for practice).
const NOT_BOUND: &[&str] = &["we", "i", "you", "don't", "doesn't", "not", "won't"];

/// Who a rule spares: "so nobody has to argue for the same adjustment twice" says what should
/// never happen, so "when did that last happen" cannot be asked of it (insight-strong-17 z15);
/// whether anyone still has to is.
const SPARED: &[&str] = &["nobody", "noone", "none"];

/// Words that set when the rule applies: "if someone goes over fifty", "before a case is closed".
const TRIGGERS: &[&str] = &["if", "when", "whenever", "before", "once", "unless"];

/// Words a rule said back may not end on: it was cut before what it says ("the practitioner
/// should explore what \"no fuss\" means").
const OPEN_ENDS: &[&str] = &[
    "what", "that", "to", "the", "a", "an", "of", "how", "whether",
];

/// Words before "should" or "must" that make it no rule: "who should pay", "longer than they
/// should".
const NOT_RULE: &[&str] = &["who", "what", "which", "how", "than", "whether", "longer"];

/// Words after "should" or "must" that show it has no verb of its own: "longer than they should
/// while we find a package".
const NO_VERB: &[&str] = &["while", "and", "but", "or", "if", "when", "to"];

/// Past participles after "should have": "the enquiry should have gone further" is what did not
/// happen, not a rule ("should have an advocate" is one).
const DONE: &[&str] = &[
    "gone", "been", "done", "seen", "known", "taken", "given", "had",
];

/// Verbs of giving before "up to": "our policy gives them up to six days".
const GIVES: &[&str] = &[
    "gives", "give", "allows", "allow", "offers", "offer", "entitles", "entitled",
];

/// Fewest and most words of the rule said back.
const FEWEST_WORDS: usize = 5;
const MOST_WORDS: usize = 22;

/// The kind of rule found at a token.
enum Kind {
    /// "Has to", "must", "should": what is meant to happen.
    Duty,
    /// "Is mandatory": a field or a step that cannot be skipped.
    Mandatory,
    /// "Up to six days": an allowance, which may go untaken.
    Allowance,
    /// "Whoever raised the concern is told the outcome within 5 working days": a standard with a
    /// deadline, which may be missed (probes-14 p22).
    Deadline,
}

/// Verbs of what a person is given by a deadline, after "is" or "are".
const DUE: &[&str] = &[
    "told",
    "seen",
    "contacted",
    "visited",
    "sent",
    "rung",
    "called",
    "given",
    "offered",
];

/// The rule in the answer said back and asked whether it happens: one with a trigger first ("if
/// someone goes over fifty the manager has to move work" is asked when it last happened, where a
/// ceiling stated before it is only asked whether it holds), else the first.
pub(super) fn find_rule(r: &Reading) -> Option<Anchor> {
    let mut first = None;
    for i in 1..r.toks.len() {
        let Some(kind) = kind_at(r, i) else {
            continue;
        };
        if r.clause_of(i).is_some_and(|c| c.hoped) {
            continue;
        }
        let (a, end) = r.span(i);
        if !(FEWEST_WORDS..=MOST_WORDS).contains(&words(r, a, end))
            || OPEN_ENDS.contains(&r.n(end - 1))
        {
            continue;
        }
        // A share in its sentence or the next already says how often: "supervision should happen
        // monthly... the compliance report shows 81% did" (probes-3 r14), and what is pressed then
        // is what it is like, not whether it happens.
        let (s0, s1) = r.with_next_sentence(i);
        if (s0..s1).any(|k| r.percent_at(k).is_some()) {
            continue;
        }
        // The trigger may open the sentence before a comma: "If a worker goes over forty points,
        // the manager has to move cases".
        let triggered = matches!(kind, Kind::Duty) && r.has_in(r.sentence(i).0, i, TRIGGERS);
        let spared = SPARED.contains(&r.n(i - 1)) || (r.n(i - 1) == "one" && r.n(i - 2) == "no");
        let ask = match kind {
            Kind::Duty if triggered && spared => {
                "who has still had to, and what happened for them?"
            }
            Kind::Duty if triggered => "when did that last happen, and what came of it?",
            Kind::Duty => {
                "that is what should happen, so how do you know it does, and what happens when it does not?"
            }
            Kind::Mandatory => {
                "that tells you it is filled in, so have you checked what is done with it, and what did that show?"
            }
            Kind::Allowance => {
                "how many actually had it last year, and what stopped the ones who did not?"
            }
            Kind::Deadline => {
                "that is the standard, so how many have actually had that in time, and what happens when it is missed?"
            }
        };
        let found = said_back(r, Shape::Claim, (a, end), "asking whether it happens", ask);
        if triggered && found.is_some() {
            return found;
        }
        if first.is_none() {
            first = found;
        }
    }
    first
}

/// The rule at token `i`, if one starts there.
fn kind_at(r: &Reading, i: usize) -> Option<Kind> {
    let before = r.n(i - 1);
    let verb_next = r.toks.get(i + 1).is_some_and(|t| t.is_word());
    match r.n(i) {
        // "The manager has to move work"; not "we have to live within the budget", "he no longer
        // has to tell his story again".
        "has" | "have"
            if r.n(i + 1) == "to"
                && !NOT_BOUND.contains(&before)
                && !NOT_RULE.contains(&before)
                && r.toks.get(i + 2).is_some_and(|t| t.is_word()) =>
        {
            Some(Kind::Duty)
        }
        "must" | "should"
            if verb_next
                && !NOT_BOUND.contains(&before)
                && !NOT_RULE.contains(&before)
                && !NO_VERB.contains(&r.n(i + 1))
                && !(r.n(i + 1) == "have"
                    && (DONE.contains(&r.n(i + 2)) || r.n(i + 2).ends_with("ed"))) =>
        {
            Some(Kind::Duty)
        }
        "mandatory" | "compulsory" if matches!(before, "is" | "are") => Some(Kind::Mandatory),
        w if DUE.contains(&w)
            && matches!(before, "is" | "are")
            && (i + 1..(i + 8).min(r.toks.len())).any(|k| {
                r.n(k) == "within"
                    && r.value(k + 1).is_some()
                    && (k + 2..k + 4).any(|d| DURATIONS.contains(&r.n(d)))
            }) =>
        {
            Some(Kind::Deadline)
        }
        "up" if r.n(i + 1) == "to"
            && r.value(i + 2).is_some_and(|v| v >= 2.0)
            && r.percent_at(i + 2).is_none()
            && DURATIONS.contains(&r.n(i + 3))
            && r.has_in(i.saturating_sub(3), i, GIVES) =>
        {
            Some(Kind::Allowance)
        }
        _ => None,
    }
}
