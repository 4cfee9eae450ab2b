//! The one weak spot the PSW names, said back with its specifics (issue 23, round 9).
//!
//! On strong and middling answers the assessor almost always took the weak spot the answer admits
//! (the group waiting longest, the four closed with the person still refusing, the team over its
//! limit), said it back whole, with its group, figure and cause, and asked what it means for the
//! people affected, who owns putting it right, and a test: "People whose main need is their mental
//! health wait a median of 41 days because...: who decides whose it is, ... and when do you expect
//! that figure to move?" A stock frame hung on the first figure was judged "nonsensical"
//! (probes-7). So each piece of each sentence is scored for the words of admission in it, and the
//! best, when it clears a bar, is said back in the second person.
//!
//! The weights were set by hand from the pressed sentences of probes 1-6 and, for three rules,
//! probes-7 (`docs/scripts/weak_spot.py`; docs/probes.md, ninth round), and held back on the strong
//! sets, where a strength must not be pressed as a weak spot.

use super::frame::slot_up_to;
use super::read::{FALLS, PEOPLE, Reading, STAFF, WAITING, anchor, still_to_reach};
use super::{Anchor, Shape};
use crate::insight::clause::Stance;

/// Most words of the answer said back: with the questions after it the follow-up stays under about
/// 45 words.
const MOST_WORDS: usize = 24;
/// Most words said back when the piece carries its cause: the cause is what is pressed, so it is
/// said back with the weak spot rather than cut off at the comma before it (probes-7 p01).
const CAUSE_WORDS: usize = 32;
/// Fewest: below this a piece is a fragment ("the mental health one hasn't moved").
const FEWEST_WORDS: usize = 6;
/// The score a piece must reach to be pressed: a clear word of admission with a figure and a group.
/// At 6 it pressed strengths on the strong sets ("31 closed with no action", down from a third).
const BAR: i32 = 7;
/// A score that outranks what the other finders read as admitted: several words of admission with a
/// figure and a group.
const HIGH: i32 = 10;

/// Words of admission, weighted: what has not moved, the worst off, the worry, the exception.
fn weight(word: &str) -> i32 {
    match word {
        "hasn't" | "haven't" | "hadn't" | "isn't" | "aren't" | "wasn't" | "weren't" | "didn't"
        | "don't" | "doesn't" | "can't" | "couldn't" | "cannot" | "worst" | "least" | "lowest"
        | "worry" | "worries" | "worried" | "worrying" | "concern" | "concerned" | "cracked"
        | "struggle" | "struggling" | "harder" | "hardest" | "weaker" | "weakest" | "missing"
        | "missed" | "except" | "refusing" | "refused" | "overdue" | "gap" | "gaps" | "slower"
        | "slowest" | "fewer" | "lower" | "wider" | "unhappy" | "stuck" | "lost" | "failed"
        | "shortfall" | "vacancies" | "watching" | "behind" | "undercount" | "undercounts" => 3,
        "longest" | "exception" => 4,
        "not" | "still" | "only" | "yet" | "few" | "less" | "delayed" | "vary" | "varies"
        | "patchy" | "uneven" => 2,
        "no" | "upheld" => 1,
        "rose" | "increased" | "good" | "well" | "strong" | "proud" | "pleased" | "achieved"
        | "every" | "all" | "now" => -1,
        // What got better, or how things were: the strength an answer reports, not its weak spot.
        "improved" | "better" | "narrowed" | "halved" | "suited" | "content" | "helped"
        | "safer" | "listened" | "positive" | "ago" | "used" | "none" => -3,
        _ => 0,
    }
}

/// Words that say a piece is a plan or a hope, not a weak spot admitted.
const PLANNED: &[&str] = &[
    "will",
    "hope",
    "hoping",
    "plan",
    "planning",
    "aim",
    "going",
    "want",
    "training",
    "recruiting",
    "starting",
    "piloting",
];

/// Openings that lean on something said before: said back alone they are fragments.
const LEANS_BACK: &[&str] = &[
    "it", "it's", "that", "this", "these", "those", "they", "they're", "them", "which", "he",
    "she", "both", "second", "first", "other", "latter", "former", "here", "what", "so", "their",
    "its", "his", "her", "that's", "they've",
];

/// The speaker, after a "what" that frames an admission.
const SPEAKERS: &[&str] = &["i", "we", "i'm", "we're", "i've", "we've", "i'd", "we'd"];

/// Words that open a piece only to join it on: dropped before it is said back.
const OPENERS: &[&str] = &[
    "and",
    "but",
    "so",
    "well",
    "now",
    "also",
    "though",
    "although",
    "yes",
    "um",
    "umm",
    "er",
    "erm",
    "uh",
    "uhm",
    "ah",
    "then",
    "honestly",
    "frankly",
    "actually",
    "basically",
    "look",
];

/// After "one" or "ones", words that show it stands for a noun said before ("the mental health one
/// hasn't moved", "the ones I'd say feel it less"), not a count ("one agency").
const ONE_STANDS_FOR: &[&str] = &[
    "hasn't", "has", "haven't", "have", "is", "isn't", "was", "wasn't", "are", "were", "that",
    "which", "who", "where", "i", "we", "i'd", "we'd", "i'm", "we're", "still",
];

/// After "the", words that lean on something said before: "the second hasn't moved".
const LEANS_BACK_AFTER_THE: &[&str] = &[
    "second", "first", "third", "other", "latter", "former", "one", "ones", "rest", "same",
];

/// A piece of a sentence: between colons, semicolons and dashes, or after a ", but".
struct Piece {
    a: usize,
    b: usize,
    score: i32,
    /// It gives a figure of its own.
    figure: bool,
    /// Its verb is left to what was said before ("the eight that didn't were...").
    elided: bool,
}

/// Shapes whose finders read an admitted weak spot and ask about it in words made for it ("who is
/// keeping those people safe meanwhile" of paused cases; "what is happening for those 46 now" of
/// the few left out): where one is found, it is kept, and nothing is said back here.
const TAILORED: &[Shape] = &[
    Shape::SetApart,
    Shape::Exception,
    Shape::Unresolved,
    Shape::NotYet,
];

/// The best weak spot the answer admits, said back with its specifics, or `None`. `found` holds what
/// the other finders read in the answer.
pub(super) fn find_weak_spot(r: &Reading, found: &[Anchor]) -> Option<Anchor> {
    let mut scored: Vec<(Piece, (usize, usize))> = Vec::new();
    let mut i = 0;
    let mut carried = 0;
    while i < r.toks.len() {
        let (sa, sb) = r.sentence(i);
        i = sb.max(i) + 1;
        let (ps, frame) = pieces(r, sa, sb, carried);
        carried = frame;
        scored.extend(
            ps.into_iter()
                .filter(|p| p.score >= BAR)
                .map(|p| (p, (sa, sb))),
        );
    }
    // Best first; of two as good, the later: an answer names its strengths before its weak spot.
    scored.sort_by_key(|(p, _)| std::cmp::Reverse((p.score, p.a)));
    if found.iter().any(|f| TAILORED.contains(&f.shape)) {
        return None;
    }
    if let Some(a) = super::under_reached::find(r)
        .or_else(|| super::team_gap::find(r))
        .or_else(|| super::concentrated::find_concentrated(r))
    {
        return Some(a);
    }
    // Where a weakness was read in general words, it is said back here only with the figure that
    // makes it specific, and only about the same spot (its sentence, or two of its words: "the
    // mental health one hasn't moved yet" is said back as "people whose main need is their mental
    // health wait longest, a median of 41 days"), unless this one scores far above the bar. A
    // weakness read with its figure keeps the ask made for it.
    let weakness: Vec<&Anchor> = found
        .iter()
        .filter(|f| f.shape == Shape::Weakness)
        .collect();
    // A figure in words counts too: "three concerns this year where the assistant was also the
    // appointee" is the substance after the announced weak spot (`substance`, probes-11 p09).
    let figured = |quote: &str| {
        r.text.find(quote).is_some_and(|at| {
            let end = at + quote.len();
            (0..r.toks.len()).any(|k| {
                r.toks[k].start >= at
                    && r.toks[k].end <= end
                    && r.value(k).is_some_and(|v| v >= 2.0)
            })
        })
    };
    if weakness
        .iter()
        .any(|f| f.quote.contains(|c: char| c.is_ascii_digit()) || figured(&f.quote))
    {
        return None;
    }
    let admitted: Vec<(usize, Vec<String>)> = weakness
        .iter()
        .filter_map(|f| Some((r.text.find(f.quote.as_str())?, content(&f.quote))))
        .collect();
    let fits = |(p, (sa, sb)): &(Piece, (usize, usize))| {
        let start = r.toks[*sa].start;
        let end = r.toks[sb.saturating_sub(1).max(*sa)].end;
        let said = content(&r.text[r.toks[p.a].start..r.toks[p.b - 1].end]);
        weakness.is_empty()
            || p.figure
                && (p.score >= HIGH
                    || admitted.iter().any(|(at, words)| {
                        (start..end).contains(at)
                            || words.iter().filter(|w| said.contains(w)).count() >= 2
                    }))
    };
    scored
        .into_iter()
        .filter(fits)
        .find_map(|(p, _)| ask(r, &p))
}

/// The follow-up on piece `p`, or `None` when it cannot be said back. A weak spot given with its
/// cause is said back cause and all, and the cause is pressed (`cause`); when that will not fit,
/// the weak spot alone is.
fn ask(r: &Reading, p: &Piece) -> Option<Anchor> {
    let words = (p.a..p.b).filter(|&k| r.toks[k].is_word()).count();
    // A team's figure or a count of people keeps the ask made for it: the people first.
    let own = counted_tail(r, (p.a, p.b), super::pointed::dated(r)).is_some();
    super::cause::find(r, p.a, p.b)
        .filter(|_| words <= CAUSE_WORDS && !own)
        .and_then(|c| said_back(r, p, (p.a, p.b), Some(c)))
        .or_else(|| said_back(r, p, fitted(r, p)?, None))
}

/// The follow-up saying back tokens `a..b` of piece `p`, pressing the cause at `cause` if given.
fn said_back(
    r: &Reading,
    p: &Piece,
    (a, b): (usize, usize),
    cause: Option<usize>,
) -> Option<Anchor> {
    let most = if cause.is_some() {
        CAUSE_WORDS
    } else {
        MOST_WORDS
    };
    // "Of the 200 people overdue, 35...": a slot may not open on "of", so it is said back after it.
    let of = r.n(a) == "of";
    let said = slot_up_to(r.text, &r.toks, a + usize::from(of), b, most)?;
    // Spoken "who doesn't come, it's mostly the hospital team" reads as a splice when written back:
    // "who doesn't come, mostly the hospital team".
    let said = [", it's mostly ", ", it's largely ", ", it's mainly "]
        .iter()
        .fold(said, |s, splice| {
            s.replace(splice, &splice.replace("it's ", ""))
        });
    let dated = super::pointed::dated(r);
    let tail = match cause {
        Some(c) => super::cause::tail(r, (a, b), c),
        None => tail(r, (a, b), dated),
    };
    // A piece opening on a figure cannot open a sentence: "You said 1,140 people overdue...".
    let opening = if of {
        format!("Of {said}")
    } else if p.elided || said.starts_with(|c: char| c.is_ascii_digit()) || speakers_own(&said) {
        format!("You said {said}")
    } else {
        capital(&said)
    };
    let ask = format!("{opening}: {tail}");
    anchor(
        r,
        Shape::WeakSpot,
        (a, b),
        said,
        "pressing the weak spot you named".to_string(),
        ask,
    )
}

/// True when words said back open the way only the speaker could put them, so they need "You
/// said" before them: a time phrase before a count ("Since March 46 people have had...", read as
/// "March 46" when it opens the question) or the speaker's own framing ("The catch is that 40
/// people..." would be the coach's own catch).
pub(super) fn speakers_own(said: &str) -> bool {
    let words: Vec<String> = said
        .split_whitespace()
        .take(3)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let word = |i: usize| words.get(i).map_or("", String::as_str);
    matches!(
        word(0),
        "since" | "in" | "by" | "from" | "until" | "after" | "before" | "during" | "over"
    ) || word(0) == "the"
        && matches!(
            word(1),
            "catch" | "trouble" | "snag" | "problem" | "downside" | "worry" | "thing"
        )
        && word(2) == "is"
}

/// What is asked after the weak spot said back, by its kind, as the assessor asked (probes-7: one
/// tail for every kind was judged "a stock template"): the few it counts (what has happened for
/// them since, and what now stops it), a team over its limit or short of staff (what it does to the
/// people waiting on it, and the plan to bring it back), or else one pointed ask tied to what the
/// piece names (`pointed`). "With a date" is left out when the answer gives a date ahead.
fn tail(r: &Reading, (a, b): (usize, usize), dated: bool) -> String {
    counted_tail(r, (a, b), dated).unwrap_or_else(|| super::pointed::ask(r, (a, b)))
}

/// Words that make a team's figure its own load or gaps, which the people waiting on it feel.
const TEAM_LOAD: &[&str] = &[
    "caseload",
    "caseloads",
    "vacancies",
    "vacancy",
    "vacant",
    "posts",
    "limit",
    "target",
    "cases",
    "backlog",
    "allocated",
    "unallocated",
    "short",
    "sickness",
    "agency",
    "leavers",
    "turnover",
    "managers",
    "interim",
];

/// The ask for a team's figure or for the few a weak spot counts, or `None` when it names neither.
fn counted_tail(r: &Reading, (a, b): (usize, usize), dated: bool) -> Option<String> {
    let waiting = r.has_in(a, b, WAITING) || r.has_in(a, b, &["overdue"]);
    let when = if dated { "" } else { ", with a date," };
    let teams = r.has_in(a, b, &["teams"]);
    // A team's figure (its caseload, its vacancies): without one, "who doesn't come, mostly the
    // hospital team" is about staff, not the people waiting on the team.
    let figure = (a..b).any(|k| r.value(k).is_some());
    // The figure must be the team's own load or gaps: "14 of the 30 moves were arranged by the
    // provider's allocations team" counts moves, and nobody waits on that team (probes-17 p10).
    let load = r.has_in(a, b, TEAM_LOAD) || r.has_in(a, b, WAITING);
    if figure
        && load
        && !r.has_in(a, b, PEOPLE)
        && !super::pointed::about_records(r, (a, b))
        && (teams || r.has_in(a, b, &["team", "caseload", "caseloads"]))
    {
        let which = if teams { "those teams" } else { "that team" };
        let back = if r.has_in(a, b, &["vacancies", "vacancy", "posts"]) {
            "to fill those posts".to_string()
        } else if r.has_in(a, b, &["limit", "target"]) {
            match limit(r) {
                Some(l) => format!("to bring it back under {l}"),
                None => "to bring it back within the limit".to_string(),
            }
        } else {
            "to put it right".to_string()
        };
        return Some(format!(
            "what is that doing for the people waiting on {which} now, and what is the plan{when} {back}?"
        ));
    }
    counted(r, a, b).map(|k| {
        let n = r.raw(k, k + 1).to_lowercase();
        // "118 people are waiting for allocation; duty team rings them every fortnight": the
        // answer says how they are kept in touch with, so the assessor asks what that has found
        // (the walk of 2026-12-07c, row 14), not what is happening for them.
        let (sa, sb) = r.with_next_sentence(a);
        let rung = r.has_in(sa, sb, super::read::CHECKED_ON)
            || r.has_in(sa, sb, &["rings", "ringing", "calls", "phones", "visits"]);
        if waiting && rung {
            let checks = if r.has_in(sa, sb, &["visit", "visited", "visits"]) {
                "visits"
            } else {
                "calls"
            };
            format!("what have those {checks} found for the {n}, and when will they be seen?")
        } else if waiting {
            format!("what is happening for those {n} while they wait, and when will they be seen?")
        } else if still_to_reach(r, a, b) {
            format!(
                "who is looking out for those {n} in the meantime, and by when will every one of them have been seen?"
            )
        } else if super::late_turn::lost_touch(r, a, b) {
            format!(
                "who would know now if something went wrong for those {n}, and what is in place so the next people in their position are not lost the same way?"
            )
        } else {
            format!("what has happened for those {n} since, and what now stops it happening again?")
        }
    })
}

/// The limit or target the answer gives for a caseload: "our limit is 24", "a limit of 24".
fn limit(r: &Reading) -> Option<String> {
    (0..r.toks.len())
        .filter(|&k| matches!(r.n(k), "limit" | "target"))
        .find_map(|k| {
            (k + 1..(k + 4).min(r.toks.len()))
                .take_while(|&j| !r.is_stop(j))
                .find(|&j| r.value(j).is_some() && !r.is_year(j))
                .map(|j| r.raw(j, j + 1))
        })
}

/// The piece cut to at most [`MOST_WORDS`] words at a comma, keeping its opening (the group it
/// names) and enough of its admission to stand alone.
fn fitted(r: &Reading, p: &Piece) -> Option<(usize, usize)> {
    let words = |b: usize| (p.a..b).filter(|&k| r.toks[k].is_word()).count();
    if words(p.b) <= MOST_WORDS {
        return Some((p.a, p.b));
    }
    (p.a..p.b)
        .rev()
        .filter(|&k| r.n(k) == ",")
        .find(|&k| {
            (FEWEST_WORDS..=MOST_WORDS).contains(&words(k))
                && cues(r, p.a, k) >= 3
                && !opens_a_clause(r, p.a, k)
        })
        .map(|k| (p.a, k))
}

/// The pieces of the sentence `sa..sb` that could be said back, scored. A piece after one that
/// frames an admission ("What I'm less sure of is what happens when we close: four of the 25...")
/// takes the frame's words as its own; so does a sentence after a short one that only frames it
/// ("Where we're still falling short is interpreting. Six of the 40..."). Returns the frame this
/// sentence passes on to the next.
fn pieces(r: &Reading, sa: usize, sb: usize, from_before: i32) -> (Vec<Piece>, i32) {
    let mut out = Vec::new();
    let mut a = sa;
    let mut carried = from_before;
    let mut k = sa;
    while k <= sb {
        let cut = k == sb
            || matches!(r.n(k), ":" | ";" | "—" | "–")
            || (r.n(k) == "but" && k > sa && r.n(k - 1) == ",");
        if cut {
            let cues = cues(r, a, k);
            if let Some(p) = piece(r, a, k, cues + carried) {
                out.push(p);
            }
            // A frame passes its admission on: "what worries me is this: ...".
            carried = if r.n(k) == ":" && cues >= 3 { cues } else { 0 };
            a = k + 1;
        }
        k += 1;
    }
    let words = (sa..sb).filter(|&k| r.toks[k].is_word()).count();
    // A frame names no figure: "Where we're still falling short is interpreting."
    let figure = (sa..sb).any(|k| r.value(k).is_some());
    let frame = match cues(r, sa, sb) {
        c if c >= 3 && words <= 2 * FEWEST_WORDS && !figure => c,
        _ => 0,
    };
    (out, frame)
}

/// The weight of the words of admission in tokens `a..b`, bigrams included.
fn cues(r: &Reading, a: usize, b: usize) -> i32 {
    let mut score = 0;
    // "I wanted to know the quicker route wasn't missing things": what the PSW set out to check is
    // not a weak spot admitted (probes-10 p02, where it was pressed over 31 people sleeping
    // downstairs). Its words count for nothing up to the next stop.
    let mut checking = false;
    // "There isn't much in adult social care that doesn't touch practice": a negative, then another
    // in the clause it opens, says almost everything, a breadth claimed, not a weak spot admitted
    // (probes-17 p31 was pressed on it).
    let mut negated = false;
    for k in a..b {
        let w = r.n(k);
        if r.is_stop(k) {
            checking = false;
        }
        if negated
            && w.ends_with("n't")
            && matches!(r.n(k.wrapping_sub(1)), "that" | "which" | "who")
        {
            score -= 6;
            continue;
        }
        negated |= matches!(w, "isn't" | "aren't" | "nothing" | "hardly" | "little");
        if matches!(w, "know" | "check" | "sure" | "confirm" | "test")
            && matches!(r.n(k.wrapping_sub(1)), "to" | "make" | "making" | "be")
        {
            checking = true;
        }
        // What is hedged, planned or hoped is not admitted: "I don't think it's worst at night".
        if checking || !admits(r, k) {
            continue;
        }
        score += weight(w);
        if w == "over"
            && matches!(r.n(k + 1), "the" | "our" | "its" | "their")
            && matches!(r.n(k + 2), "limit" | "target" | "cap" | "threshold")
        {
            score += 3;
        }
        if w == "less" && matches!(r.n(k + 1), "sure" | "confident" | "happy") {
            score += 2;
        }
        // "the four with no meeting"; "no one" and "nobody" are left out: "nobody moves without a
        // meeting" is a boast.
        // "At all" stresses a negative; "all" alone is a boast ("all 164 practitioners").
        if w == "all" && r.n(k.wrapping_sub(1)) == "at" {
            score += 1;
        }
        // "Still wrong:", not "people aren't blamed when things go wrong".
        if w == "wrong" && r.n(k.wrapping_sub(1)) == "still" {
            score += 3;
        }
        // "Not everyone takes the call": the people a result leaves out, said in general words
        // before their share ("27% declined it"). "Not only" adds to a boast.
        if w == "not" && matches!(r.n(k + 1), "everyone" | "everybody" | "all") {
            score += 3;
        }
        if w == "with" && r.n(k + 1) == "no" {
            score += 3;
        }
        // "where we're still falling short", "short of": not "a short guide".
        if w == "short"
            && (matches!(r.n(k.wrapping_sub(1)), "falling" | "fall" | "fell") || r.n(k + 1) == "of")
        {
            score += 3;
        }
        if FALLS.contains(&w) {
            score -= 2;
        }
        // "Financial abuse was then our second most common concern", "a concern had been closed as
        // lifestyle choice": the state before the change the answer tells, put right since, not a
        // weak spot now (strong-18 z11, z16).
        if w == "then" && matches!(r.n(k.wrapping_sub(1)), "was" | "were") {
            score -= 6;
        }
        // Not "no letter saying what support had been agreed": a clause inside the weak spot.
        if w == "had"
            && r.n(k + 1) == "been"
            && !r.has_in(a, b, &["still", "now"])
            && !r.has_in(k.saturating_sub(3), k, &["what", "which", "that", "who"])
        {
            score -= 4;
        }
        // "I also read the returns for the homes that score lowest each quarter": a routine the
        // PSW keeps, not a weak spot (strong-18 z10).
        if matches!(w, "each" | "every")
            && matches!(
                r.n(k + 1),
                "quarter" | "month" | "week" | "fortnight" | "year" | "day"
            )
            && r.has_in(a, b, &["i", "we"])
        {
            score -= 4;
        }
        // A change told as "from 24 points to 7" is the answer's result.
        if w == "from" && r.value(k + 1).is_some() && (k + 2..k + 5).any(|j| r.n(j) == "to") {
            score -= 3;
        }
    }
    score
}

/// Tokens `a..b` as a piece to say back, scored, or `None` when it cannot stand alone.
fn piece(r: &Reading, a: usize, b: usize, cues: i32) -> Option<Piece> {
    let mut a = a;
    while a < b && (OPENERS.contains(&r.n(a)) || !r.toks[a].is_word()) {
        a += 1;
    }
    let mut b = b;
    // A share ending the piece keeps its sign: "by about 20%", not "by about 20".
    while b > a && !r.toks[b - 1].is_word() && r.n(b - 1) != "%" {
        b -= 1;
    }
    let words = (a..b).filter(|&k| r.toks[k].is_word()).count();
    // "What we haven't cracked is...", "What I worry about is...": a frame that carries its own
    // subject, said back as it stands.
    let framed = r.n(a) == "what" && SPEAKERS.contains(&r.n(a + 1));
    if words < FEWEST_WORDS
        || LEANS_BACK.contains(&r.n(a)) && !framed
        || r.n(a) == "the" && LEANS_BACK_AFTER_THE.contains(&r.n(a + 1))
    {
        return None;
    }
    // "the mental health one", "the ones who...": the noun is somewhere before.
    let leans = (a..b).any(|k| {
        matches!(r.n(k), "one" | "ones")
            && r.value(k.saturating_sub(1)).is_none()
            && (r.is_stop(k + 1) || ONE_STANDS_FOR.contains(&r.n(k + 1)))
    });
    // "I don't think it's worst at night": what the speaker doubts is not admitted.
    let doubted = (a..b).any(|k| {
        matches!(r.n(k), "don't" | "not")
            && matches!(r.n(k + 1), "think" | "believe" | "sure")
            && matches!(r.n(k.wrapping_sub(1)), "i" | "we" | "i'm" | "we're")
    });
    if leans || doubted {
        return None;
    }
    // "The eight that didn't were...", "the two that missed it were...": what they didn't do, or
    // what "it" is, was said before, so the piece is quoted as said ("You said the eight that
    // didn't..."), not restated as if it stood alone.
    let elided = (a..b).any(|k| {
        matches!(
            r.n(k),
            "don't" | "didn't" | "doesn't" | "haven't" | "hasn't" | "can't"
        ) && matches!(r.n(k + 1), "are" | "were" | "is" | "was")
    }) || (a..b.min(a + 5)).any(|k| matches!(r.n(k), "it" | "them"));
    // A figure only in a denied clause ("we haven't got 90% reviewed") is not the answer's own.
    let figure = (a..b).any(|k| {
        r.value(k).is_some_and(|v| v >= 2.0)
            && !r.is_year(k)
            && r.clause_of(k).is_none_or(|c| c.stance != Stance::Denied)
    });
    let who = r.has_in(a, b, PEOPLE) || r.has_in(a, b, STAFF);
    let planned = r.has_in(a, b, PLANNED);
    // A dated figure is most often the "before" of a change: "our 2024 audit found only 9 of 40".
    let year = (a..b).any(|k| r.is_year(k));
    let score =
        cues + 2 * i32::from(figure) + i32::from(who) + i32::from(counted(r, a, b).is_some())
            - 2 * i32::from(planned)
            - 2 * i32::from(year);
    Some(Piece {
        a,
        b,
        score,
        figure,
        elided,
    })
}

/// True when token `k` sits in a clause that is not hedged, conditional or hoped: "the mental
/// health one hasn't moved" admits; "I don't think it's worst at night" does not. A planned clause
/// is let through: the reader reads a list's lines after a "target" as planned ("- 1,140 people
/// overdue"), and the words of a plan take points off instead (`PLANNED`).
pub(super) fn admits(r: &Reading, k: usize) -> bool {
    r.clause_of(k).is_none_or(|c| {
        !c.hoped
            && !matches!(
                c.stance,
                Stance::Hedged | Stance::Conditional | Stance::Discourse
            )
    })
}

/// The words of `text` that say what it is about: four letters or more, not a common word.
fn content(text: &str) -> Vec<String> {
    const COMMON: &[&str] = &[
        "that", "this", "with", "from", "have", "hasn't", "haven't", "been", "were", "they",
        "them", "their", "there", "what", "when", "where", "which", "still", "more", "less",
        "most", "only", "about", "into", "than", "one", "ones", "those", "these", "yet", "moved",
        "people",
    ];
    text.split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(str::to_lowercase)
        .filter(|w| w.len() >= 4 && !COMMON.contains(&w.as_str()))
        .collect()
}

/// The last count of people in `a..b` (the few the answer narrows to): "four of the 25", "the 63 who said no", "60 people". The token.
fn counted(r: &Reading, a: usize, b: usize) -> Option<usize> {
    (a..b).rev().find(|&k| {
        r.value(k).is_some_and(|v| v >= 2.0)
            && !r.is_year(k)
            && r.toks[k].is_word()
            // "nine of the 50 people": the 50 is the whole, not the few.
            && r.n(k.wrapping_sub(1)) != "of"
            && !(r.n(k.wrapping_sub(1)) == "the" && r.n(k.wrapping_sub(2)) == "of")
            && (PEOPLE.contains(&r.n(k + 1))
                || matches!(r.n(k + 1), "who" | "of" | "cases" | "with" | "that"))
            // "four of your eleven locality teams": teams, not people.
            && !r.has_in(k + 1, (k + 6).min(b), STAFF)
    })
}

/// True when the last comma-piece of `a..k` holds a "when", "if" or "because" clause cut off
/// before its main clause ("because when a team is choosing what to pick up next").
fn opens_a_clause(r: &Reading, a: usize, k: usize) -> bool {
    let from = (a..k).rev().find(|&j| r.n(j) == ",").unwrap_or(a);
    (from..k).any(|j| {
        matches!(
            r.n(j),
            "when" | "if" | "while" | "whilst" | "unless" | "once"
        )
    })
}

/// The first letter in capitals: the said-back piece opens the follow-up.
pub(super) fn capital(s: &str) -> String {
    let mut c = s.chars();
    c.next()
        .map(|f| f.to_uppercase().collect::<String>() + c.as_str())
        .unwrap_or_default()
}
