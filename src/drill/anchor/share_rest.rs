//! The rest of the one share a middling answer gives: "68% feel supported: the third who don't,
//! where are they?", "85% good: what was wrong in the other 15%, in which team?", "28% take a
//! direct payment: of the other 72%, how many were offered one?" (probes-23 p15, p17, p20). The
//! assessor pressed the rest every time; the coach asked what the share changed for people, what
//! the audit found, or a stock line, and the judge marked it down. On a middling answer the one
//! share is what the answer rests on, so its rest is pressed first, after any weak spot the answer
//! admits.

use super::frame::slot;
use super::read::{Reading, anchor, figure};
use super::{Anchor, Shape};

/// The most figures (years aside) a middling answer gives: a strong one has more to press.
const MOST_FIGURES: usize = 3;

/// The fewest sentences (or list lines) of an answer this reads.
const FEWEST_SENTENCES: usize = 4;

/// Verbs after a low share that say people took something up: its rest may not have been offered.
const TAKE_UP: &[&str] = &[
    "take", "took", "use", "used", "have", "had", "get", "got", "receive", "received", "choose",
    "chose", "opt", "opted",
];

/// Words that make a share a result for people or staff: rated good, satisfied, seen within a
/// time, felt supported, took something up. A share of turnover, of contacts or a sample is not.
const RESULT: &[&str] = &[
    "good",
    "outstanding",
    "better",
    "satisfied",
    "supported",
    "safe",
    "agreed",
    "said",
    "felt",
    "feel",
    "within",
    "met",
    "happy",
    "easy",
    "take",
    "took",
    "use",
    "used",
    "listened",
];

/// Staff a share may be of ("68% of frontline staff agreed...").
const STAFF: &[&str] = &[
    "staff",
    "practitioners",
    "workers",
    "managers",
    "referrers",
    "frontline",
];

/// The rest-of-the-share follow-up, when the answer gives one share and few other figures.
pub(super) fn find(r: &Reading, found: &[Anchor]) -> Option<Anchor> {
    // What the answer admits, what rests on money or staff that will go, work done by others and
    // a plan go first: the assessor pressed those over a share's rest (probes-9 p15, probes/p14,
    // probes-20 p22).
    if found.iter().any(|f| {
        f.shape.admitted() || matches!(f.shape, Shape::Temporary | Shape::Boundary | Shape::Plan)
    }) {
        return None;
    }
    // A note or a line or two is read by the share readers of their own (the pair ladder's notes,
    // "81% of practitioners said they felt confident"): a middling answer runs to several sentences.
    if r.sentences().len() < FEWEST_SENTENCES {
        return None;
    }
    let figures = (0..r.toks.len())
        .filter(|&k| r.value(k).is_some() && !r.is_year(k) && r.toks[k].is_word())
        .count();
    if figures > MOST_FIGURES {
        return None;
    }
    let mut shares = (0..r.toks.len()).filter_map(|i| r.percent_at(i).map(|after| (i, after)));
    let (i, after) = shares.next()?;
    if shares.next().is_some() || !r.claims(i) {
        return None;
    }
    let v = r.value(i)?;
    if !(5.0..95.0).contains(&v) || v.fract() != 0.0 {
        return None;
    }
    // "up from 61%", "a target of 90%": not where things are now.
    if matches!(
        r.n(i.wrapping_sub(1)),
        "from" | "than" | "target" | "to" | "of"
    ) {
        return None;
    }
    // "fell by 22%", "12% more contacts", "up 30%": a change, with no rest to press.
    if matches!(r.n(i.wrapping_sub(1)), "by" | "up" | "down" | "about")
        || matches!(
            r.n(after),
            "more" | "fewer" | "less" | "up" | "down" | "increase" | "rise" | "response" | "rate"
        )
    {
        return None;
    }
    // "40% of assessments use the shorter record": a share of things, not of people or staff.
    if r.n(after) == "of"
        && !(r.any_people(after + 1, after + 4) || r.has_in(after + 1, after + 4, STAFF))
    {
        return None;
    }
    // "68% saying they felt supported": no verb of its own to say back.
    if r.n(after).ends_with("ing") {
        return None;
    }
    let (_, end) = r.span(i);
    // "which is up a bit": what the share did, not what it is.
    let end = (after..end)
        .find(|&k| matches!(r.n(k), "which" | "up" | "down"))
        .unwrap_or(end);
    if end <= after || !r.has_in(after, end, RESULT) {
        return None;
    }
    let (a, _) = r.phrase(i);
    let quote = slot(r.text, &r.toks, a, end).or_else(|| slot(r.text, &r.toks, i, end))?;
    let rest = figure(100.0 - v);
    let low_take_up = v < 50.0 && TAKE_UP.contains(&r.n(after));
    let ask = if low_take_up {
        format!(
            "You said {quote}: of the other {rest}%, how many were offered it and chose something else, and does it differ across teams or groups of people?"
        )
    } else {
        format!(
            "You said {quote}: what lies behind the other {rest}%, is it concentrated in any team or group, and what are you doing about it?"
        )
    };
    anchor(
        r,
        Shape::SetApart,
        (a, end),
        r.raw(i, after),
        format!("asking about the other {rest}%"),
        ask,
    )
}
