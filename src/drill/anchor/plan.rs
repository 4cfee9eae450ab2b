//! A plan with a date: who owns it, and how they will know it worked. A plan whose owner the answer
//! names is asked only how they will know.

use super::frame::slot;
use super::read::{Reading, anchor, said_slot, words};
use super::{Anchor, Shape};
use crate::insight::clause::{self, Clause, Stance};

/// Words a date is said in, besides months and years: "by the end of March", "in the new year".
const DATE_WORDS: &[&str] = &[
    "the",
    "end",
    "start",
    "beginning",
    "middle",
    "of",
    "this",
    "next",
    "new",
    "year",
    "month",
    "quarter",
    "term",
    "spring",
    "summer",
    "autumn",
    "winter",
];

/// Words that say who owns a step.
const OWNER: &[&str] = &[
    "owns",
    "owner",
    "lead",
    "leads",
    "leading",
    "responsible",
    "accountable",
    "chair",
    "chairs",
];

/// Verbs a plan is said with that say nothing of what is: "I want carers' reviews on the same model
/// by the summer".
const PLAN_VERBS: &[&str] = &[
    "want", "wants", "plan", "plans", "aim", "aims", "intend", "intends", "expect", "expects",
    "hope", "hopes", "start", "starts", "begin", "begins", "launch", "launches", "move", "moves",
];

/// "You said the tool goes to every team by June: who owns that, and how will you know it worked?"
/// Every clause with a when is tried in turn: "since last year we have..." is done, and the plan
/// that follows it ("From April every team will have...") is still found.
pub(super) fn find_plan(r: &Reading) -> Option<Anchor> {
    r.clauses
        .iter()
        .filter(|c| {
            (c.when || opens_with_a_step_to_come(r, c))
                && matches!(c.stance, Stance::Planned | Stance::Asserted)
        })
        .find_map(|c| plan_in(r, c))
}

/// Verbs in the present that, after a month, say what will be done then: "and in January the same
/// rule applies to our own referrals", "in June we do the same for the hospital teams". Spoken,
/// a step to come is often put in the present, and the clause reader does not mark it as dated;
/// "in March we audited forty files" has none of these and stays done.
const SCHEDULED: &[&str] = &[
    "applies", "apply", "goes", "go", "starts", "start", "begins", "begin", "do", "does", "moves",
    "move", "opens", "open", "runs", "run", "extends", "extend", "rolls", "roll", "comes", "come",
    "joins", "join", "takes", "take", "switches", "switch", "becomes", "become", "launches",
    "launch", "will",
];

/// True when a clause opens ("and", "so" aside) with a month or season after "in" or "from" and
/// goes on in the present or the future: a dated step the clause reader left unmarked.
fn opens_with_a_step_to_come(r: &Reading, c: &Clause) -> bool {
    let mut j = c.toks.start;
    while j < c.toks.end && super::frame::JOINERS.contains(&r.n(j)) {
        j += 1;
    }
    let month = |k: usize| {
        crate::text::MONTH_WORDS.contains(&r.n(k))
            || r.n(k) == "the" && matches!(r.n(k + 1), "spring" | "summer" | "autumn" | "winter")
    };
    matches!(r.n(j), "in" | "from")
        && month(j + 1)
        && c.time != clause::Time::Past
        && (j + 2..c.toks.end.min(j + 10))
            .any(|k| SCHEDULED.contains(&r.n(k)) || r.n(k).ends_with("'ll"))
}

fn plan_in(r: &Reading, c: &Clause) -> Option<Anchor> {
    // "We have a gap of about £9 million for next year": money short, dated, is no plan anyone
    // owns or that could make a difference for people (probes-17 p24, judged so).
    if r.has_in(
        c.toks.start,
        c.toks.end,
        &["gap", "deficit", "overspend", "shortfall", "savings"],
    ) {
        return None;
    }
    let asserted = c.stance == Stance::Asserted;
    // The word that says when: a deadline ("by March", "next year") before a start ("from", "in").
    let next_period = |j: usize| {
        r.n(j) == "next"
            && matches!(
                r.n(j + 1),
                "year"
                    | "month"
                    | "week"
                    | "quarter"
                    | "term"
                    | "spring"
                    | "summer"
                    | "autumn"
                    | "winter"
            )
    };
    // "A re-audit is booked for June": the month a step is set for.
    let booked_for = |j: usize| {
        r.n(j) == "for"
            && j > c.toks.start
            && matches!(
                r.n(j - 1),
                "booked" | "planned" | "scheduled" | "set" | "due" | "timetabled"
            )
            && crate::text::MONTH_WORDS.contains(&r.n(j + 1))
    };
    // "...in spring 2025 nearly every one was a list of cases ... and what's next is taking the
    // observed visits into the OT team from January": in speech run on with "and", the step opens
    // at "what's next", and a date told before it is of what was done (insight-strong-7 z10).
    let from = (c.toks.start..c.toks.end)
        .rev()
        .find(|&k| {
            r.n(k) == "what's" && r.n(k + 1) == "next"
                || r.n(k) == "what" && r.n(k + 1) == "is" && r.n(k + 2) == "next"
        })
        .unwrap_or(c.toks.start);
    let within = from..c.toks.end;
    let lead = within
        .clone()
        .find(|&j| r.n(j) == "by" || next_period(j) || booked_for(j))
        .or_else(|| {
            // "Up from 47%", "in 53 of them": a comparison or a count, not a date.
            // "47% in the spring audit": the date of a figure, not of a step.
            within.clone().find(|&j| {
                matches!(r.n(j), "from" | "in" | "until")
                    && (r.value(j + 1).is_none() || r.is_year(j + 1))
                    // (Within the clause: "...at 48%. From April" is a date after a figure.)
                    && !(j.saturating_sub(2).max(c.toks.start)..j).any(|k| r.n(k) == "%")
            })
        })?;
    // An asserted clause is a plan only with a deadline to come ("goes live by March"): "from
    // January to March we audited 40 files" is done.
    // "Which goes to all teams in January" is a step to come too: a month or season after "in"
    // or "from", in a clause not set in the past.
    let dated = matches!(r.n(lead), "in" | "from")
        && (crate::text::MONTH_WORDS.contains(&r.n(lead + 1))
            || r.n(lead + 1) == "the"
                && matches!(
                    r.n(lead + 2),
                    "spring" | "summer" | "autumn" | "winter" | "new"
                ))
        && (matches!(c.time, clause::Time::Present | clause::Time::ToCome)
            || opens_with_a_step_to_come(r, c));
    if asserted
        && (c.time == clause::Time::Past || !(matches!(r.n(lead), "by" | "next" | "for") || dated))
    {
        return None;
    }
    // "The hospital changed how it codes them in the summer": a change already made, whose month
    // is when it happened. The clause reader may read it as present from the verb after "how".
    if asserted && matches!(r.n(lead), "in" | "from") && told_as_done(r, from, lead) {
        return None;
    }
    let (mut a, end) = r.span(lead);
    // "...and because applications have fallen the council plans to take £180,000 out from
    // April": spoken without a comma, a reason runs straight into the plan, and said back from
    // its start the two read as one garbled clause (probes-9 p12). The plan is the main clause:
    // said back from its subject, or not at all.
    if let Some(k) = run_on_reason(r, a, lead) {
        a = k;
    }
    // "...and in January the same rule applies": the quote opens at the date, so that it is said
    // back as "that in January the same rule applies". Only for such a step: "So from July the
    // team rings..." and "and it opens next month" may be done, or lose what "it" is, and stay
    // unasked as before.
    let spoken_step = opens_with_a_step_to_come(r, c);
    while spoken_step && a < lead && super::frame::JOINERS.contains(&r.n(a)) {
        a += 1;
    }
    // "...and the survey figure is up to 69% and what's next is taking the visits into the OT
    // team from January": in speech run on with "and", the step opens at "what's next".
    if let Some(k) = (a + 1..lead).rev().find(|&k| {
        r.n(k) == "what's" && r.n(k + 1) == "next"
            || r.n(k) == "what" && r.n(k + 1) == "is" && r.n(k + 2) == "next"
    }) {
        a = k;
    }
    // "Next, by the end of March, I want every application...": the date stands alone between
    // commas, and the plan is the phrase after it.
    let date_alone = a == lead
        && r.n(end) == ","
        && end + 1 < r.toks.len()
        && (lead + 1..end).all(|k| {
            DATE_WORDS.contains(&r.n(k))
                || crate::text::MONTH_WORDS.contains(&r.n(k))
                || r.is_year(k)
        });
    let (quote, end) = if date_alone {
        let (_, plan_end) = r.span(end + 1);
        let date = slot(r.text, &r.toks, a + 1, end)?;
        let plan = said_slot(r, end + 1, plan_end)?;
        (format!("that {} {date} {plan}", r.n(a)), plan_end)
    } else if r.n(a) == "which" && a >= 2 && r.n(a - 1) == "," {
        // "I wrote guidance on trial placements, which goes to all teams in January": said back
        // with what "which" stands for.
        let (before, _) = r.phrase(a - 2);
        (said_slot(r, before, end)?, end)
    } else if words(r, a, end) < 4 {
        return None;
    // "From April every team will have...": quoted after "that", the when kept at the front.
    } else if matches!(r.n(a), "from" | "by" | "in" | "until" | "next") {
        let rest = slot(r.text, &r.toks, a + 1, end)?;
        (format!("that {} {rest}", r.n(a)), end)
    } else {
        (said_slot(r, a, end)?, end)
    };
    // "It covers the audits, and my priorities for the next year": a list's last item, with no
    // verb of its own, is no step; said back it would lose what was said of it.
    let infinitive = (a..end).any(|k| {
        r.n(k) == "to"
            && r.toks.get(k + 1).is_some_and(|t| t.is_word())
            && !matches!(
                r.n(k + 1),
                "the" | "a" | "an" | "our" | "my" | "their" | "all" | "every"
            )
    });
    // A verb says what the step is; a present one ("applies") only in a step opened by its month.
    let scheduled = spoken_step && r.has_in(a, end, SCHEDULED);
    if !date_alone
        && !infinitive
        && !scheduled
        && !r.has_in(a, end, PLAN_VERBS)
        && !super::claim::has_verb(r, a, end)
    {
        return None;
    }
    let owned = r.has_any(OWNER)
        || r.has_phrase(&["i", "own"]).is_some()
        || r.has_phrase(&["we", "own"]).is_some()
        || r.toks[a..end.min(r.toks.len())]
            .iter()
            .any(|t| matches!(t.norm.as_str(), "i" | "i'll" | "i'm"));
    let (ask, presses) = if money_taken(r, a, end) {
        (
            format!(
                "You said {quote}: what will that stop paying for, and what will it mean for the people who rely on that work?"
            ),
            "asking what the cut will mean for people",
        )
    } else if owned {
        (
            format!(
                "You said {quote}: {}",
                super::frame::pick(
                    &quote,
                    &[
                        "how will you know it has worked, and what would make you change course?",
                        "how will you know it has made a difference for people, and what would tell you early that it has not?",
                    ]
                )
            ),
            "asking how you will know it worked",
        )
    } else {
        (
            format!(
                "You said {quote}: {}",
                super::frame::pick(
                    &quote,
                    &[
                        "who owns that, and how will you know it has worked?",
                        "who is accountable for it, and how will you know it has made a difference for people?",
                    ]
                )
            ),
            "asking who owns it and how you will know it worked",
        )
    };
    let mut when_end = c.toks.end.min(end);
    while when_end > lead + 1 && !r.toks[when_end - 1].is_word() {
        when_end -= 1;
    }
    let when = r.raw(lead, when_end);
    // "a new home care framework going out to tender in the spring": an item of a list, with no
    // verb of its own, is mentioned, not said.
    let verbless = quote
        .split_whitespace()
        .all(|w| !FINITE.contains(&w) && !w.ends_with("'s"))
        && quote.split_whitespace().any(|w| w.ends_with("ing"));
    let ask = if verbless && (quote.starts_with("a ") || quote.starts_with("an ")) {
        ask.replacen("You said", "You mentioned", 1)
    } else {
        ask
    };
    anchor(r, Shape::Plan, (a, end), when, presses.to_string(), ask)
}

/// Finite verbs that make a quote a clause of its own.
const FINITE: &[&str] = &[
    "is", "are", "was", "were", "has", "have", "had", "will", "go", "goes", "do", "does", "did",
    "can", "start", "starts", "runs", "comes", "opens", "begins", "moves", "takes",
];

/// Words that open a reason or a condition before the clause it belongs to.
const SUBORDINATORS: &[&str] = &[
    "because", "as", "since", "although", "though", "while", "whilst", "if", "once", "when",
];

/// Words a main clause's subject may open with, after a reason run on without a comma.
const SUBJECT_OPENERS: &[&str] = &["the", "our", "my", "we", "i", "they", "their", "its"];

/// Where the main clause starts when the phrase `a..lead` opens (after "and" or "so") with a reason
/// or a condition run on without a comma: the last subject before `lead` that is followed within
/// three words by a verb of a plan ("the council plans to", "we will"). `None` when the phrase
/// opens no reason, or the reason is itself the plan ("because the new system goes live by
/// June", said back without its "because" as before).
fn run_on_reason(r: &Reading, a: usize, lead: usize) -> Option<usize> {
    let mut j = a;
    while j < lead && matches!(r.n(j), "and" | "so" | "but") {
        j += 1;
    }
    if !SUBORDINATORS.contains(&r.n(j)) {
        return None;
    }
    let plan_verb = |k: usize| {
        PLAN_VERBS.contains(&r.n(k))
            || matches!(r.n(k), "will" | "is" | "are")
                && matches!(r.n(k + 1), "going" | "to" | "due")
            || r.n(k) == "will"
            || r.n(k).ends_with("'ll")
    };
    (j + 2..lead)
        .rev()
        .find(|&k| SUBJECT_OPENERS.contains(&r.n(k)) && (k + 1..(k + 4).min(lead)).any(plan_verb))
}

/// Words that say money is taken out: "take £180,000 out of that budget", "cut £50,000".
fn money_taken(r: &Reading, a: usize, end: usize) -> bool {
    (a..end).any(|k| {
        r.n(k) == "£"
            && (matches!(
                r.n(k.wrapping_sub(1)),
                "cut" | "cuts" | "save" | "saving" | "remove"
            ) || r.n(k.wrapping_sub(1)) == "take"
                && r.has_in(k + 1, (k + 4).min(end), &["out"]))
    })
}

/// Words after which a past form describes a noun ("the revised policy"), not what was done.
const BEFORE_A_DESCRIBING_WORD: &[&str] = &[
    "the", "a", "an", "our", "my", "their", "its", "this", "that", "these", "those", "newly",
    "recently", "every", "all",
];

/// True when the words of a clause before its month say what was done ("the council changed how it
/// counts them", "the form was changed") and nothing in them looks ahead ("will", "want to", "is
/// going to", "agreed to move"): the month says when it happened, not when it is due.
fn told_as_done(r: &Reading, start: usize, lead: usize) -> bool {
    let done = (start + 1..lead).any(|k| {
        super::figures::is_past_form(r.n(k)) && !BEFORE_A_DESCRIBING_WORD.contains(&r.n(k - 1))
    });
    let ahead = (start..lead).any(|k| {
        PLAN_VERBS.contains(&r.n(k))
            || matches!(r.n(k), "will" | "going" | "due" | "shall")
            || r.n(k).ends_with("'ll")
            || r.n(k) == "to"
                && r.toks.get(k + 1).is_some_and(|t| t.is_word())
                && !matches!(
                    r.n(k + 1),
                    "the" | "a" | "an" | "our" | "my" | "their" | "all" | "every"
                )
    });
    done && !ahead
}
