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
const MOST_WORDS: usize = 14;

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
