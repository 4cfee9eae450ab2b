//! Uptake offered as the proof that something works: a training completion rate ("completion is
//! 92%"), page views of a website ("about 38,000 page views last year"), sessions "well attended".
//! Each tells the assessor people took it up, not that anything changed: they said so and asked
//! what it changed, and for whom it does not work (probes-8 p14, p17, p19, where the coach asked a
//! stock or gap line and was scored 2).

use super::read::{Reading, said_back, words};
use super::{Anchor, Shape};

/// Words that say the answer is about training: a completion rate there is of courses finished.
const TRAINING: &[&str] = &[
    "training",
    "trained",
    "elearning",
    "e-learning",
    "course",
    "courses",
    "modules",
    "module",
    "induction",
    "mandatory",
    "workshops",
];

/// Counts of use of a website or a directory.
const VIEWS: &[&str] = &["views", "pageviews", "downloads", "hits", "visitors"];

/// Most words said back.
const MOST_WORDS: usize = 16;

/// Words that say, anywhere in the answer, what changed: uptake is then not all it offers
/// ("Difference for people: the afternoons led to a rise in...", insight-strong-6 y05).
const CHANGED: &[&str] = &[
    "difference",
    "led",
    "changed",
    "improved",
    "rise",
    "rose",
    "fell",
    "fallen",
    "halved",
    "doubled",
];

/// One kind of uptake: where it is said, why the coach asks, and what it asks after "You said
/// ...: ". Each says people took something up, so each is quoted and asked the same way.
struct Uptake {
    /// Words one of which the answer must hold for this kind (none: any answer), looked for once.
    about: &'static [&'static str],
    /// Whether token `i` says this kind of uptake: cheap, since it is asked of every token.
    at: fn(&Reading, usize) -> bool,
    why: &'static str,
    ask: &'static str,
}

/// The kinds, tried in this order.
const KINDS: &[Uptake] = &[
    Uptake {
        about: TRAINING,
        at: completion,
        why: "asking what the training changed in practice",
        ask: "that tells us people finished the training, so what has it changed in what practitioners do, and where would we see that in case records?",
    },
    Uptake {
        about: &[],
        at: page_views,
        why: "asking whether people find what they need",
        ask: "that tells us people opened the pages, so how do you know they found what they needed, and what about people who can't use a website?",
    },
    Uptake {
        about: &[],
        at: took_in,
        why: "asking what changed in practice because of it",
        ask: "that tells us it reached them, so how have you found out whether anything changed in practice because of it, and what about those it did not reach?",
    },
    Uptake {
        about: ON_TIME_ABOUT,
        at: on_time,
        why: "asking whether it is good, not only on time",
        ask: "that tells us it happens, so how do you know it is good, and what difference does it make to the people practitioners work with?",
    },
    Uptake {
        about: &[],
        at: well_attended,
        why: "asking who does not come and what it changed",
        ask: "which teams or staff don't come, and what has changed in someone's work with a person because of it?",
    },
];

/// The follow-up on uptake offered as proof, or `None`.
pub(super) fn find_uptake(r: &Reading) -> Option<Anchor> {
    if r.has_any(CHANGED) {
        return None;
    }
    KINDS.iter().find_map(|kind| ask(r, kind))
}

/// The follow-up on the first place the answer says `kind`, when it is short enough to say back.
fn ask(r: &Reading, kind: &Uptake) -> Option<Anchor> {
    if !kind.about.is_empty() && !r.has_any(kind.about) {
        return None;
    }
    let i = (0..r.toks.len()).find(|&i| (kind.at)(r, i) && r.claims(i))?;
    said_back(r, Shape::Process, said(r, i)?, kind.why, kind.ask)
}

/// The phrase around token `i`, cut before an "and" that joins a second claim ("all well attended
/// and the feedback forms are positive"), when short enough to say back: `(start, end)`.
fn said(r: &Reading, i: usize) -> Option<(usize, usize)> {
    let (a, end) = r.phrase(i);
    let end = (i + 1..end).find(|&k| r.n(k) == "and").unwrap_or(end);
    // "we audit it quarterly and the last one had 92% of supervisions happening within the
    // month": a first claim joined on before it is left out too (probes-15 p23).
    let a = (a + 1..i)
        .rfind(|&k| r.n(k) == "and" && words(r, k + 1, i) >= 3)
        .map_or(a, |k| k + 1);
    (words(r, a, end) <= MOST_WORDS).then_some((a, end))
}

/// "Completion is 92%", "92% completion" (in an answer about training): people finished it.
fn completion(r: &Reading, i: usize) -> bool {
    matches!(r.n(i), "completion" | "completed")
        && (i.saturating_sub(3)..(i + 4).min(r.toks.len())).any(|k| r.percent_at(k).is_some())
}

/// "It had about 38,000 page views last year": people opened the pages.
fn page_views(r: &Reading, i: usize) -> bool {
    i > 0
        && VIEWS.contains(&r.n(i))
        && (i.saturating_sub(3)..i).any(|k| r.value(k).is_some_and(|v| v >= 100.0))
}

/// "All well attended", "the sessions are fully booked": people came.
fn well_attended(r: &Reading, i: usize) -> bool {
    i > 0
        && (r.n(i) == "attended" && r.n(i - 1) == "well"
            || r.n(i) == "booked" && r.n(i - 1) == "fully"
            || r.n(i) == "oversubscribed")
}

/// Verbs that say staff or providers took a briefing in: "310 staff have watched it", "81% said
/// they had read the summary", "142 returned the sign-off sheet" (probes-16 p18,
/// probes-9 p23, probes-11 p24: the assessor asked what changed in practice, and about the rest).
/// Not "came": "48 people came to us that way" and "all 48 came from the older people's teams"
/// count referrals and records (insight-strong-5 x12, insight-strong-11 z11).
const TOOK_IN: &[&str] = &["watched", "read", "attended", "returned", "viewed"];

/// Words after a count that name who took it in: staff or the providers the council works with.
const TAKERS: &[&str] = &[
    "staff",
    "practitioners",
    "managers",
    "workers",
    "providers",
    "homes",
    "agencies",
    "social",
];

/// "310 staff have watched it", "81% said they had read the summary", "142 returned the sign-off
/// sheet": a count of those who took a briefing in, just before its verb.
fn took_in(r: &Reading, i: usize) -> bool {
    if !TOOK_IN.contains(&r.n(i)) || !r.claims(i) {
        return false;
    }
    // "read" is also the PSW reading files ("I read ten a month"): only after a count's "said
    // they had" or "have".
    (i.saturating_sub(6)..i).any(|k| {
        let counted = r.value(k).is_some_and(|v| v >= 2.0) && !r.is_year(k);
        counted
            && (TAKERS.contains(&r.n(k + 1))
                || r.percent_at(k).is_some_and(|e| r.n(e) == "said")
                || r.n(k + 1) == r.n(i))
            && !(k + 1..i).any(|j| r.is_stop(j) || matches!(r.n(j), "i" | "we"))
    })
}

/// What an on-time figure may be of: supervision, reviews, forms.
const ON_TIME_ABOUT: &[&str] = &["supervision", "supervisions", "form", "forms"];

/// "92% of supervisions happening within the month", "81% of supervisions happened in the month
/// they were due", "the form has been filled in, which is at 88%": a compliance share, told as if
/// it showed quality (probes-15 p23, probes-3 r14, probes-4 s13).
fn on_time(r: &Reading, i: usize) -> bool {
    let verb = matches!(r.n(i), "happening" | "happened" | "held")
        || r.n(i) == "filled" && r.n(i + 1) == "in";
    verb && r.claims(i)
        && (i.saturating_sub(6)..(i + 8).min(r.toks.len())).any(|k| {
            r.percent_at(k).is_some() && !(k + 1..i).any(|j| r.is_stop(j) && r.n(j) != ",")
        })
}
