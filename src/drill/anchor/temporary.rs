//! What rests on money or staff that will go: agency staff, one-off money, fixed-term contracts,
//! a fund that runs out. An assessor asks what happens when it ends.

use super::frame::slot;
use super::read::{Reading, STAFF, anchor, said_slot, words};
use super::{Anchor, Shape};
use crate::insight::clause::Stance;

/// Words that say money or a post will end: "one-off", "fixed-term" (hyphens are taken out).
const ENDS: &[&str] = &[
    "oneoff",
    "nonrecurrent",
    "nonrecurring",
    "temporary",
    "fixedterm",
    "shortterm",
    "timelimited",
    // "a one-year allocation that ends in March": money for a year is money that ends.
    "oneyear",
    "twoyear",
];

/// The sentence holding token `i`, quoted whole when it is short enough to say back.
/// True when the words around token `i` count the agency staff down, then and now: "Agency
/// social workers: 31 two years ago, 24 now" is a result, and asking what happens when they leave
/// misreads it (probes-20 p21).
fn counted_down(r: &Reading, i: usize) -> bool {
    let (s, e) = r.sentence(i);
    // Near the word: a transcript with no full stops is one long sentence.
    let (s, e) = (s.max(i.saturating_sub(2)), e.min(i + 9));
    let figures = (s..e)
        .filter(|&k| r.value(k).is_some() && !r.is_year(k))
        .count();
    figures >= 2 && (r.has_in(s, e, &["now", "ago", "from"]) || r.has_in(s, e, super::read::FALLS))
}

/// True when the pilot at token `i` is over, its result told: "12 days by the panel route in the
/// pilot" sets the pilot's figure against what replaced it (probes-20 p06), and asking what happens
/// when it ends misreads it. A pilot that runs, ends or continues is not over.
fn pilot_over(r: &Reading, i: usize) -> bool {
    let (s, e) = r.sentence(i);
    let told = r.n(i.wrapping_sub(1)) == "the"
        && matches!(r.n(i.wrapping_sub(2)), "in" | "during" | "after" | "by");
    let running = r.has_in(
        s,
        e,
        &[
            "runs",
            "running",
            "ends",
            "until",
            "till",
            "continues",
            "current",
            "piloting",
            "will",
        ],
    );
    told && !running && (s..e).any(|k| r.value(k).is_some() && !r.is_year(k)) || widened(r, s, e)
}

/// True when the sentence of a pilot says the work then went wider: "it went into two teams as a
/// pilot in 2025 and into all adult teams in April 2026", "rolled out after the pilot". The pilot
/// is over, and asking what happens when it ends misreads it (insight-strong-19 z08).
fn widened(r: &Reading, s: usize, e: usize) -> bool {
    const WIDER: &[&str] = &[
        "teams",
        "areas",
        "localities",
        "services",
        "practitioners",
        "staff",
    ];
    (s..e).any(|k| {
        matches!(r.n(k), "rolled" | "rollout" | "countywide" | "everywhere")
            && !(r.n(k.wrapping_sub(1)) == "a" && r.n(k.wrapping_sub(2)) == "not")
    }) || (s..e).any(|k| {
        matches!(r.n(k), "all" | "every")
            && (k + 1..(k + 4).min(e)).any(|j| WIDER.contains(&r.n(j)) || r.n(j) == "team")
    })
}

fn short_sentence(r: &Reading, i: usize) -> Option<String> {
    let (s, e) = r.sentence(i);
    if words(r, s, e) > 16 || matches!(r.n(s), "it" | "this" | "that" | "they" | "which") {
        return None;
    }
    said_slot(r, s, e)
}

/// "You mentioned eight agency BIAs: what happens when they leave?"
pub(super) fn find_temporary(r: &Reading) -> Option<Anchor> {
    // Temporary staff: "eight agency BIAs", "locum social workers".
    if let Some(i) = (0..r.toks.len()).find(|&i| {
        matches!(r.n(i), "agency" | "locum" | "locums" | "interim")
            && !matches!(r.n(i + 1), "spend" | "costs" | "cost" | "bill" | "use")
            && !counted_down(r, i)
    }) {
        let mut a = i;
        if a > 0 && r.value(a - 1).is_some() {
            a -= 1;
        }
        let mut end = i + 1;
        while end < r.toks.len() && end < i + 3 && STAFF.contains(&r.n(end)) {
            end += 1;
        }
        let who = if end == i + 1 && !matches!(r.n(i), "locums") {
            None
        } else {
            slot(r.text, &r.toks, a, end)
        };
        if let Some(who) = who {
            let tail = super::frame::pick(
                &who,
                &[
                    "what happens when they leave, and how will you keep what has improved?",
                    "what happens for people when they go, and what has been agreed to keep what has improved?",
                ],
            );
            let ask = match short_sentence(r, i) {
                Some(q) => format!("You said {q}: {tail}"),
                None => format!("You mentioned {who}: {tail}"),
            };
            return anchor(
                r,
                Shape::Temporary,
                (a, end),
                r.raw(a, end),
                "asking what happens when they leave".to_string(),
                ask,
            );
        }
    }
    // A post paid for a term: "an adviser, funded by the PCC for two years".
    if let Some(a) = super::funded_for::find(r) {
        return Some(a);
    }
    // Money or time that ends: "the discharge fund", "fixed-term contracts", "the pilot". A
    // candidate that cannot be named cleanly ("we jointly fund a hub") gives way to the next.
    let marked = r.has_any(ENDS) || r.has_phrase(&["this", "year", "and", "next"]).is_some();
    // Money whose own words say it ends ("a one-year fund that ends in March") before money only
    // named in an answer that says so elsewhere ("the snag is money"), which would be said back
    // without what ends.
    let money = |i: usize, strict: bool| {
        matches!(
            r.n(i),
            "fund"
                | "grant"
                | "pilot"
                | "contract"
                | "contracts"
                | "funding"
                | "money"
                | "posts"
                | "allocation"
        ) && (marked && !strict
            || r.has_in(i.saturating_sub(4), i, ENDS)
            || r.n(i) == "pilot" && !pilot_over(r, i)
            || (i > 0 && r.n(i - 1).ends_with("month"))
            || r.n(i.wrapping_sub(1)) == "discharge"
            || matches!(r.n(i + 1), "runs" | "ends" | "expires")
            || matches!(r.n(i + 1), "that" | "which")
                && matches!(r.n(i + 2), "runs" | "ends" | "expires"))
            // Money said to run out is a fact even in a clause that looks ahead ("this year and
            // next"); only a denied or doubted one is not.
            && r.clause_of(i).is_some_and(|c| {
                !matches!(c.stance, Stance::Denied | Stance::Hedged | Stance::Conditional)
            })
    };
    // "an allocation week", "the longest wait for allocation": work handed out, not money; an
    // allocation is money only where its sentence speaks of money (strong-20 z10).
    let not_money = |i: usize| {
        r.n(i) == "allocation" && {
            let (s0, s1) = r.sentence(i);
            !r.has_in(
                s0,
                s1,
                &[
                    "£", "fund", "funding", "funded", "budget", "grant", "money", "million",
                    "pounds", "spend", "ends", "runs", "expires",
                ],
            ) && !r.has_in(s0, s1, ENDS)
                && !r.text[r.toks[s0].start..r.toks[s1.min(r.toks.len()) - 1].end].contains('£')
        }
    };
    [true, false].into_iter().find_map(|strict| {
        (0..r.toks.len()).find_map(|i| {
            if money(i, strict) && !not_money(i) {
                money_ends(r, i)
            } else {
                None
            }
        })
    })
}

/// "You said most of the hub is paid for through the discharge fund this year and next: what
/// happens when that money ends...?"
fn money_ends(r: &Reading, i: usize) -> Option<Anchor> {
    let mut a = i;
    while a > 0 && a + 3 > i && r.toks[a - 1].is_word() && !matches!(r.n(a - 1), "the" | "a" | "an")
    {
        if matches!(r.n(a - 1), "on" | "from" | "by" | "with" | "through") {
            break;
        }
        a -= 1;
    }
    if a > 0 && matches!(r.n(a - 1), "the" | "a" | "an") {
        a -= 1;
    } else if !(a > 0 && matches!(r.n(a - 1), "on" | "from" | "by" | "with" | "through")) {
        return None;
    }
    let what = slot(r.text, &r.toks, a, i + 1)?;
    let ends = if matches!(r.n(i), "contracts" | "posts") {
        format!("those {} end", r.n(i))
    } else if matches!(r.n(i), "contract" | "pilot") {
        "it ends".to_string()
    } else {
        "that money ends".to_string()
    };
    // "...and nothing has been agreed yet for after that": asking what has been agreed re-asks
    // what the answer gives; the assessor asked what happens if nothing is, and who decides.
    let (s, e) = r.with_next_sentence(i);
    // So does "I've put a business case to the director and haven't had an answer yet"
    // (probes-17 p13, which was asked "what has been agreed so far").
    let unagreed = (s..e).any(|k| {
        matches!(r.n(k), "nothing" | "no" | "not")
            && r.has_in(k + 1, (k + 5).min(e), &["agreed", "decided", "confirmed"])
    }) || (i..r.toks.len()).any(|k| {
        matches!(r.n(k), "no" | "not" | "haven't" | "hasn't" | "still")
            && r.has_in(
                k + 1,
                (k + 4).min(r.toks.len()),
                &["answer", "decision", "reply", "response", "heard"],
            )
    });
    let tail = if unagreed && matches!(r.n(i), "contracts" | "posts") {
        "what happens for the people who rely on them if nothing is agreed, who is deciding, and by when?"
            .to_string()
    } else if unagreed {
        "what happens for the people it pays for if nothing is agreed, who is deciding, and by when?"
            .to_string()
    } else {
        super::frame::pick(
        &what,
        &[
            "what happens when {ends}, and what has been agreed to keep the gains?",
            "how will you hold on to what has improved when {ends}, and what has been agreed so far?",
        ],
    )
    .replace("{ends}", &ends)
    };
    let ask = match short_sentence(r, i) {
        Some(q) => format!("You said {q}: {tail}"),
        None => format!("You mentioned {what}: {tail}"),
    };
    anchor(
        r,
        Shape::Temporary,
        (a, i + 1),
        r.raw(a, i + 1),
        format!("asking what happens when {ends}"),
        ask,
    )
}
