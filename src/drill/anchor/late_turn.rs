//! The weak spot a strong answer ends on, found by its shape rather than by an opener the rules
//! know (issue 23, probes-13).
//!
//! A strong answer almost always closes by turning against what it has just shown, in its last one
//! to three sentences, with a count: "The catch is that 11 of the 19 closed actions were closed
//! before January, and nobody outside the council has looked at those"; "But 31 agencies employ
//! workers on sponsored visas, and so far we have visited 8". The assessor pressed exactly that
//! sentence every time; the coach, reading for known openers, pressed an earlier result already
//! put right, or fell back on a stock line. So: of the answer's last sentences, the last one that
//! both turns (a negative, "only", "but", "nobody", "outside", "the catch") and counts something is
//! said back, with the short sentence before it when that one only frames it ("The exception is
//! the hospital discharge team."), and asked about in words fitted to what it counts.

use super::few_of;
use super::frame::slot_up_to;
use super::group_share;
use super::read::{DURATIONS, PEOPLE, Reading, WAITING, anchor};
use super::{Anchor, Shape};
use crate::insight::clause::Stance;

/// How many of the answer's last sentences are read: the weak spot closes the answer.
const LAST: usize = 3;
/// Fewest sentences in an answer that closes on a weak spot: results first, then the turn.
const FEWEST_SENTENCES: usize = 3;
/// Most words said back: the sentence whole when it is short, else the piece with the count.
const MOST_WORDS: usize = 26;
/// A sentence that only frames the weak spot ("Where I'm less sure is what happens after we place
/// someone.") is short.
const FRAME_WORDS: usize = 16;

/// Words that turn against what came before by themselves.
const TURNS: &[&str] = &[
    "nothing",
    "isn't",
    "aren't",
    "don't",
    "doesn't",
    "haven't",
    "hasn't",
    "didn't",
    "can't",
    "cannot",
    "couldn't",
    "weren't",
    "wasn't",
    "won't",
    "catch",
    "bothers",
    "worries",
    "worried",
    "worry",
    "exception",
    "snag",
    "trouble",
    "downside",
    "except",
    "weak",
    "weaker",
    "weakest",
    "outside",
    "missing",
    "unknown",
];

/// Words that turn only with another: "but only 3 of the 88 are".
const SOFT_TURNS: &[&str] = &[
    "but", "only", "still", "yet", "not", "no", "fewer", "less", "nobody", "nobody's", "none",
];

/// Records, actions and the like: what falls short is asked what has been done since.
pub(super) const RECORDS: &[&str] = &[
    "records",
    "record",
    "files",
    "file",
    "actions",
    "plans",
    "reviews",
    "assessments",
    "audits",
    "sessions",
    "cases",
    "letters",
    "decisions",
    "reports",
    "visits",
];

/// People a count may be of, beyond the reader's list.
const PERSONS: &[&str] = &[
    "them", "young", "partners", "tenants", "students", "members", "elders", "holders",
];

/// Conditions only people have: "eleven of the 29 have dementia" counts people, though no noun
/// for them follows the count (probes-15 p01 was asked what had been done since, as of files).
const CONDITIONS: &[&str] = &["dementia", "autism", "autistic", "frail", "disabled"];

/// Staff a count may be of: asked what it means for the people they work with.
const WORKERS: &[&str] = &[
    "staff",
    "workers",
    "supervisees",
    "practitioners",
    "managers",
    "assessors",
    "colleagues",
];

/// Things a count may be of, beyond records: a count of these is asked what was found or done.
const THINGS: &[&str] = &[
    "agencies",
    "providers",
    "homes",
    "teams",
    "services",
    "places",
    "placements",
    "concerns",
    "complaints",
    "contracts",
    "beds",
    "packages",
    "hours",
    "calls",
    "referrals",
    "schools",
    "centres",
    "schemes",
    "units",
    "flats",
    "enquiries",
    "checks",
    "organisations",
    "charities",
];

/// Words that say the people counted fare worse as a group.
const GROUP: &[&str] = &[
    "heritage",
    "ethnicity",
    "ethnic",
    "black",
    "asian",
    "gay",
    "lesbian",
    "trans",
    "deaf",
    "dependent",
    "language",
    "interpreter",
    "under",
    // "The group it hasn't reached is...": a group the work misses, whatever it is called.
    "reached",
];

/// Words that say nobody has looked, or the PSW cannot tell.
const UNSEEN: &[&str] = &[
    "looked", "checked", "visited", "seen", "audited", "reviewed",
];

/// Shapes whose readers ask about an admitted weak spot in words made for it.
const KEPT: &[Shape] = &[
    Shape::WeakSpot,
    Shape::SetApart,
    Shape::Weakness,
    Shape::Exception,
    Shape::Unresolved,
    Shape::NotYet,
];

/// The weak spot the answer ends on, said back, or `None` when its last sentences do not turn
/// against what came before with a count.
pub(super) fn find(r: &Reading, found: &[Anchor]) -> Option<Anchor> {
    let all = r.sentences();
    // An answer of a sentence or two has no results to turn against.
    if all.len() < FEWEST_SENTENCES {
        return None;
    }
    let from = all.len().saturating_sub(LAST);
    // The last sentence that turns and counts; a later one that turns hard with no count and leans
    // on nothing before it ("Not done yet: any audit of their assessments.") is the weak spot
    // itself, uncounted, and is left to the other readers.
    let i = (from..all.len()).rev().find_map(|i| {
        let (a, b) = all[i];
        // "I read ten case files a month that aren't part of the audit": a routine the PSW keeps,
        // not a weak spot (probes-17 p18 was asked "what has been done since").
        if routine(r, a, b) {
            return None;
        }
        if !counts(r, a, b) {
            return (turn(r, a, b) >= 2 && !leans_anywhere(r, a, b) && !only_when(r, a, b))
                .then_some(None);
        }
        let frame = i
            .checked_sub(1)
            .map(|j| all[j])
            .filter(|&(fa, fb)| frames(r, fa, fb));
        // "only 5 of whom have had a review": the few a result reached turn on their own count;
        // so do "fewer than 10 have had a visit" and "only six have used it".
        let few = few_of::find(r, (a, b)).is_some() || (a..b).any(|k| few_did(r, k));
        // "38 men on the register's waiting list have asked for a man to help them wash": the
        // answer ends on people counted as still waiting, with no word that turns (probes-19 p09,
        // where the assessor asked how long they had waited and what they got meanwhile).
        let waits = i + 1 == all.len() && waiting_counted(r, a, b);
        (turns_on_count(r, a, b) || few || waits || frame.is_some() && !changed(r, a, b))
            .then_some(Some(i))
    })??;
    let (a, b) = all[i];
    // The few of a counted group are said back with their group, and the ask is about the rest
    // (or the few, when they are those missed); another reader would say back "only 5 of whom".
    if let Some(f) = few_of::find(r, (a, b)) {
        return anchor(
            r,
            Shape::WeakSpot,
            (a, b),
            f.quote.clone(),
            "pressing the weak spot you ended on".to_string(),
            format!("You said {}: {}", f.quote, f.tail),
        );
    }
    let frame = i
        .checked_sub(1)
        .map(|j| all[j])
        .filter(|&(fa, fb)| frames(r, fa, fb));
    // A weak spot another reader found in these sentences, or the one after, and would ask first,
    // keeps its ask, made for it ("the other 49 paid for their own care" after "what the review didn't cover: ...").
    let next = all.get(i + 1).copied().unwrap_or((b, b));
    let start = r.toks[frame.map_or(a, |f| f.0)].start;
    let end = r.toks[next.1.saturating_sub(1).max(a)].end;
    let first = found.iter().min_by_key(|f| f.shape);
    // The few of a group a share describes ("64 ... are men ..., and only 9 of them have had a
    // break") are read here, with the rest taken from that group; another reader would say back
    // "only 9 of them" with no group to be of.
    let few_of_group = group_share::few_of_share(r, (a, b)).is_some();
    // "Of our 610 direct payment holders, 188 haven't been reviewed": another reader would say
    // back the 188 without the group they are of.
    let count_of_group = (a..b).any(|k| missed_by(r, k));
    // "We know of about 60, and only five have been": another reader's quote that counts no one by
    // name loses to the frame that says who they are ("The group it hasn't reached is older men").
    // So does a quote of the frame alone ("what bothers you is the rest"), which says neither who
    // nor how many.
    let (sa, sb) = (r.toks[a].start, r.toks[b.saturating_sub(1).max(a)].end);
    let unnamed = frame.is_some_and(|(fa, fb)| {
        let (fa, fb) = (r.toks[fa].start, r.toks[fb.saturating_sub(1).max(fa)].end);
        first.is_some_and(|f| {
            let at = r.text.find(f.quote.as_str());
            counts_no_one(&f.quote) && at.is_some_and(|at| (sa..sb).contains(&at))
                || !names_any(&f.quote)
                    && at.is_some_and(|at| (fa..fb).contains(&at) && at + f.quote.len() <= fb)
        })
    });
    if !few_of_group
        && !count_of_group
        && !unnamed
        && first.is_some_and(|f| {
            KEPT.contains(&f.shape)
                && r.text
                    .find(f.quote.as_str())
                    .is_some_and(|at| (start..end).contains(&at))
        })
    {
        return None;
    }
    ask(r, (a, b), frame, next)
}

/// The words of a quote, lower case, without their marks.
fn quote_words(quote: &str) -> Vec<String> {
    quote
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .to_lowercase()
        })
        .collect()
}

/// True when a quote names people, staff, records or things.
fn names_any(quote: &str) -> bool {
    quote_words(quote)
        .iter()
        .any(|w| Noun::of(w).is_some() || PEOPLE.contains(&w.as_str()))
}

/// True when a quote holds a count but names no one it counts.
fn counts_no_one(quote: &str) -> bool {
    quote_words(quote)
        .iter()
        .any(|w| crate::text::number_value(w).is_some_and(|v| v >= 2.0))
        && !names_any(quote)
}

/// True when the sentence `a..b` turns where it counts: a long sentence is judged by the piece
/// holding its count and the piece before, so a turn far off in another clause does not count.
fn turns_on_count(r: &Reading, a: usize, b: usize) -> bool {
    if changed(r, a, b) {
        return false;
    }
    let words = (a..b).filter(|&k| r.toks[k].is_word()).count();
    if words <= LONG {
        return turn(r, a, b) >= 2;
    }
    counted_pieces(r, (a, b))
        .first()
        .is_some_and(|&(pa, pb)| turn(r, pa, pb) >= 2)
}

/// A sentence longer than this is judged by its counted piece.
const LONG: usize = 40;

/// True when the sentence `a..b` tells a routine the PSW or the council keeps: "I" or "we" before
/// a count given per month, week or year ("I read ten case files a month", "we audit 20 files
/// every quarter").
fn routine(r: &Reading, a: usize, b: usize) -> bool {
    const PERIODS: &[&str] = &["day", "week", "fortnight", "month", "quarter", "year"];
    (a..b).any(|k| {
        r.value(k).is_some_and(|v| v >= 2.0)
            && r.has_in(a, k, &["i", "we"])
            && (k + 1..(k + 6).min(b)).any(|j| {
                matches!(r.n(j), "a" | "each" | "every" | "per") && PERIODS.contains(&r.n(j + 1))
            })
    })
}

/// True when the sentence `a..b` reports a change as its result ("went from 2.1% to 3.4%", "up
/// from 54%", "has narrowed", "callers now get"), a problem already put right, or a plan ("we're
/// training two more so cover doesn't rest on four people"): not a weak spot.
fn changed(r: &Reading, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        (r.n(k) == "from" && matches!(r.n(k.wrapping_sub(1)), "up" | "down" | "went" | "rose" | "fell"))
            || matches!(r.n(k), "narrowed" | "improved" | "halved")
            || r.n(k) == "now" && now_changed(r, k)
            // "91% of calls this quarter against 60% last year".
            || r.n(k) == "against" && (k + 1..k + 5).any(|j| r.n(j) == "last")
            // "I changed it", "we fixed that": a weak spot already put right.
            || matches!(r.n(k), "changed" | "fixed") && matches!(r.n(k.wrapping_sub(1)), "i" | "we")
            // "it's the first time recording hasn't eaten their evenings": relief at what no
            // longer happens, a result (probes-19 p13 was asked "what has been done since").
            || r.n(k) == "first" && r.n(k + 1) == "time" && (k + 2..b).any(|j| turn(r, j, j + 1) >= 2)
    }) || (a..b).any(|k| planned_at(r, k))
}

/// True when token `k` tells a plan or a hope: "will", "hope", "aim", or a verb in "-ing" after
/// its subject or "be" ("we're training two more"). "Mobility training is where I'm worried" and
/// "people waiting for mobility training" name the training, and plan nothing.
fn planned_at(r: &Reading, k: usize) -> bool {
    let w = r.n(k);
    if !PLANNED.contains(&w) {
        return false;
    }
    !w.ends_with("ing")
        || matches!(
            r.n(k.wrapping_sub(1)),
            "we're"
                | "i'm"
                | "they're"
                | "are"
                | "is"
                | "am"
                | "we"
                | "they"
                | "also"
                | "now"
                | "currently"
        )
}

/// True when the sentence `a..b` turns only on when something comes ("the next intake isn't until
/// May", "the money won't be there until April"): a date that keeps the weak spot before it open,
/// not a weak spot of its own, so the counted one before it is still read (probes-16 p05).
fn only_when(r: &Reading, a: usize, b: usize) -> bool {
    let hard = (a..b)
        .filter(|&k| turn(r, k, k + 1) >= 2)
        .collect::<Vec<_>>();
    !hard.is_empty()
        && hard
            .iter()
            .all(|&k| r.n(k + 1) == "until" || r.n(k + 1) == "be" && r.n(k + 2) == "until")
}

/// True when "now" at token `k` tells a result: before its verb ("callers now get", "it's now
/// 40"), or closing a figure ("it's 88% now", "down to 26 now"). "There are 11 deafblind people
/// waiting for an assessment now" only dates a count: the people still waiting are the weak spot,
/// not a change (probes-16 p05 was asked the stock "what is the next step").
fn now_changed(r: &Reading, k: usize) -> bool {
    let closes = k + 1 >= r.toks.len() || r.is_stop(k + 1);
    let figure = k > 0
        && (r.value(k - 1).is_some() || matches!(r.n(k - 1), "%" | "percent" | "cent" | "by"));
    !closes || figure
}

/// Words of a plan or a hope: "we're training two more so cover doesn't rest on four people".
/// Not "plan", which names a care plan as often as the PSW's own.
const PLANNED: &[&str] = &[
    "will",
    "going",
    "hope",
    "hoping",
    "aim",
    "training",
    "recruiting",
    "starting",
    "piloting",
];

/// True when a pronoun in `a..b` points back to what was said before ("they didn't want",
/// "how many of them had one"): the sentence goes on about the counted weak spot before it.
fn leans_anywhere(r: &Reading, a: usize, b: usize) -> bool {
    r.has_in(
        a,
        b,
        &["they", "them", "those", "they're", "their", "that's", "it"],
    )
}

/// How strongly tokens `a..b` turn: two for a word that turns alone, one for a soft one. What is
/// hedged or conditional does not turn ("when someone isn't detained"); "nobody" is soft, as it
/// boasts as often as it admits ("nobody arrived without their care in place").
fn turn(r: &Reading, a: usize, b: usize) -> usize {
    // "I wanted to know the new route wasn't missing things": what the PSW set out to check is
    // not a weak spot admitted, up to the next stop.
    let mut checking = false;
    (a..b)
        .filter(|&k| {
            if r.is_stop(k) {
                checking = false;
            }
            if matches!(r.n(k), "know" | "check" | "sure" | "see" | "test")
                && matches!(r.n(k.wrapping_sub(1)), "to" | "make" | "making" | "be")
            {
                checking = true;
            }
            // "so nothing falls away at 18", "so they don't have to repeat it": what the practice
            // is for, not a weak spot (probes-20 p20, a routine asked who owns putting it right).
            let purpose = r.n(k.wrapping_sub(1)) == "so"
                || matches!(r.n(k), "don't" | "doesn't" | "isn't" | "aren't")
                    && r.n(k.wrapping_sub(2)) == "so";
            !checking && !purpose && super::weak_spot::admits(r, k)
        })
        .map(|k| {
            let w = r.n(k);
            let pair = |x: &str, y: &str| w == x && r.n(k + 1) == y;
            // "31 had it, but in 9 it just said...": a split with the few after "but".
            let split = w == "but" && (k + 1..k + 4).any(|j| count_at(r, j));
            if TURNS.contains(&w)
                || split
                || pair("leave", "out")
                || pair("leaves", "out")
                || pair("left", "out")
                || pair("not", "typical")
                // "The people still slipping through are those on direct payments": people the
                // work misses, said as a movement (probes-16 p12).
                || pair("slipping", "through")
                || pair("slip", "through")
                || pair("falling", "through")
                || pair("fall", "through")
                || pair("left", "behind")
                || pair("losing", "out")
                // "Residential care is another story.": a frame that turns against the results.
                || pair("another", "story")
                || pair("different", "story")
                || pair("less", "sure")
                // "and nobody checks whether the corrections caught everything": what nobody
                // checks is the weak spot (probes-19 p13); "nobody audits their own team's work"
                // is a safeguard.
                || matches!(w, "nobody" | "nobody's")
                    && matches!(r.n(k + 1), "checks" | "checked" | "looks" | "looked")
                    && matches!(r.n(k + 2), "whether" | "if" | "at")
                // "The figure I'm not pleased with": a weak spot announced.
                || w == "not"
                    && matches!(
                        r.n(k + 1),
                        "pleased" | "happy" | "satisfied" | "proud" | "content"
                    )
            {
                2
            } else {
                usize::from(SOFT_TURNS.contains(&w) || pair("so", "far") || pair("no", "one"))
            }
        })
        .sum()
}

/// True when tokens `a..b` count something: a figure that is not a year, a length of time or the
/// start of a change ("from 48% to 71%"), or "one in five".
fn counts(r: &Reading, a: usize, b: usize) -> bool {
    (a..b).any(|k| count_at(r, k))
}

fn count_at(r: &Reading, k: usize) -> bool {
    let Some(v) = r.value(k) else {
        return false;
    };
    let one_in = r.n(k) == "one" && r.n(k + 1) == "in" && r.value(k + 2).is_some();
    (v >= 2.0 || one_in)
        && r.toks[k].is_word()
        // "We haven't got 90% of people reviewed": a figure a negative governs is not the answer's
        // own; "what it doesn't cover are the 31 people" still counts them.
        && !denied(r, k)
        && !r.is_year(k)
        // "22 weeks", but not "17 day centres".
        && !(DURATIONS.contains(&r.n(k + 1)) && Noun::of(r.n(k + 2)).is_none())
        && r.n(k.wrapping_sub(1)) != "from"
        && !(r.n(k.wrapping_sub(1)) == "to" && (k.saturating_sub(4)..k).any(|j| r.n(j) == "from"))
        && (one_in
            || r.percent_at(k).is_some()
            || r.n(k + 1) == "of"
            || noun_of(r, k).is_some()
            || missed_by(r, k)
            || few_did(r, k))
}

/// True when the figure at `k` is the few of a group that did something, with no noun after it:
/// "only six have used the scheme", "just 4 had a review" (probes-15 p02 ended on this and the
/// young adult carers it left out were never pressed).
///
/// "fewer than 10 have had a home visit" is the same few, said as an upper bound.
fn few_did(r: &Reading, k: usize) -> bool {
    let bound =
        r.n(k.wrapping_sub(1)) == "than" && matches!(r.n(k.wrapping_sub(2)), "fewer" | "less");
    (matches!(r.n(k.wrapping_sub(1)), "only" | "just") || bound)
        && matches!(r.n(k + 1), "have" | "has" | "had")
        && r.toks.get(k + 2).is_some_and(|t| t.is_word())
        && r.n(k + 2) != "to"
}

/// True when the figure at `k` is the subject of a verb of missing out, after the group it is of:
/// "Of our 610 direct payment holders, 188 haven't been reviewed" counts the 188 the result missed,
/// though no noun follows it (probes-14 p01 said back the framing sentence instead).
///
/// "most of the 58 couldn't follow what it was for" counts the part of a group named before it in
/// the same way (probes-15 p07's consent worry was never read).
fn missed_by(r: &Reading, k: usize) -> bool {
    matches!(
        r.n(k + 1),
        "haven't"
            | "hasn't"
            | "hadn't"
            | "weren't"
            | "wasn't"
            | "aren't"
            | "didn't"
            | "never"
            | "couldn't"
            | "can't"
            | "cannot"
            | "don't"
    ) && (r.n(k.wrapping_sub(1)) == ","
        || r.n(k.wrapping_sub(1)) == "the" && r.n(k.wrapping_sub(2)) == "of")
}

/// What the count at `k` counts: the first known noun in the few words after it ("30 best
/// interests records", "11 of the 19 closed actions", "seven were people"), or `None` for a figure
/// that counts nothing said ("the ninety two isn't safe to quote").
fn noun_of(r: &Reading, k: usize) -> Option<Noun> {
    (k + 1..(k + 6).min(r.toks.len()))
        .take_while(|&j| {
            !r.is_stop(j)
                && !BREAKS.contains(&r.n(j))
                && (!matches!(r.n(j), "were" | "are") || j == k + 1)
        })
        .find_map(|j| Noun::of(r.n(j)))
}

/// Words after a count that end the search for what it counts: its verb ("only 11 said what the
/// person wanted" counts no person).
const BREAKS: &[&str] = &[
    "said", "say", "says", "had", "have", "has", "did", "do", "does", "told", "came", "went",
    "got", "wanted", "is", "was", "who", "that", "which", "when", "where", "what", "with",
];

/// True when a negative governs the figure at `k` ("haven't got 90%"): one of the three words
/// before it, with no "is" or "are" between.
fn denied(r: &Reading, k: usize) -> bool {
    (k.saturating_sub(3)..k)
        .rev()
        .take_while(|&j| !matches!(r.n(j), "is" | "are" | "was" | "were") && !r.is_stop(j))
        .any(|j| {
            r.clause_of(j).is_some_and(|c| c.stance == Stance::Denied)
                && (r.n(j).ends_with("n't") || matches!(r.n(j), "not" | "never" | "no"))
        })
}

/// What a count counts, for the ask that fits it.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Noun {
    People,
    Staff,
    Records,
    Things,
}

impl Noun {
    fn of(w: &str) -> Option<Noun> {
        if PEOPLE.contains(&w) && w != "those" || PERSONS.contains(&w) {
            Some(Noun::People)
        } else if WORKERS.contains(&w) {
            Some(Noun::Staff)
        } else if RECORDS.contains(&w) {
            Some(Noun::Records)
        } else if THINGS.contains(&w) {
            Some(Noun::Things)
        } else {
            None
        }
    }
}

/// True when the sentence `a..b` only frames what follows: short, turning, with no count of its own.
fn frames(r: &Reading, a: usize, b: usize) -> bool {
    let words = (a..b).filter(|&k| r.toks[k].is_word()).count();
    // A frame says how things are ("The exception is the night team."), not how they were
    // ("When I set it up in 2024, people got a letter and nothing else.").
    let present = r.has_in(a, b, &["is", "are", "isn't", "aren't", "it's", "that's"]);
    // "The figure I'm not pleased with is for our unqualified staff, the assessment officers and
    // social work assistants, who are...": a frame that goes on to say who they are is judged by
    // its first piece, which is what is said back.
    (words <= FRAME_WORDS || frame_head(r, a, b).is_some())
        && present
        && !(a..b).any(|k| r.is_year(k))
        && !changed(r, a, b)
        && turn(r, a, b) >= 2
        && !counts(r, a, b)
        && !leans(r, a)
        && !super::frame::JOINERS.contains(&r.n(a))
}

/// The end of a long frame's first comma piece, when that piece is short enough to say back and
/// says what the frame is about (a present verb).
fn frame_head(r: &Reading, a: usize, b: usize) -> Option<usize> {
    let end = (a..b).find(|&k| r.n(k) == ",")?;
    let words = (a..end).filter(|&k| r.toks[k].is_word()).count();
    // "When the parent's needs are met, the child doesn't have to": a condition, not a frame.
    ((4..=FRAME_WORDS).contains(&words)
        && !matches!(r.n(a), "when" | "if" | "once" | "because")
        && r.has_in(a, end, &["is", "are", "isn't", "aren't", "it's", "that's"]))
    .then_some(end)
}

/// The follow-up on the sentence `s`, with its frame when it has one, or `None` when neither the
/// whole nor its counted piece can be said back cleanly.
fn ask(
    r: &Reading,
    s: (usize, usize),
    frame: Option<(usize, usize)>,
    next: (usize, usize),
) -> Option<Anchor> {
    let share = group_share::few_of_share(r, s);
    let tail = match share {
        Some((_, group, few)) => group_share::reach_the_rest(r, s, group - few),
        None => tail(r, frame.map_or(s, |f| (f.0, s.1)), next),
    };
    let pieces = counted_pieces(r, s);
    let body = |(a, b): (usize, usize)| said(r, a, b).filter(|_| !leans(r, a));
    let framed_to = |part: (usize, usize), head: bool| {
        let (fa, fb) = frame?;
        let f = if head {
            said(r, fa, frame_head(r, fa, fb)?)?
        } else {
            said(r, fa, fb)?
        };
        let p = said(r, part.0, part.1)?;
        Some(format!("{f}, and {p}"))
    };
    // The frame whole, else its first piece when the whole would not fit.
    let framed = |part: (usize, usize)| [framed_to(part, false), framed_to(part, true)];
    // The few of a group are said back with the share that says who the group is, so "them" is
    // heard as the 64 men, not the 410 carers.
    let whole_share = share.and_then(|(k, _, _)| said(r, k, s.1));
    let options = [whole_share]
        .into_iter()
        .chain(framed(s))
        .chain([body(s)])
        .chain(pieces.iter().flat_map(|&p| {
            let [whole, head] = framed(p);
            [whole, head, body(p)]
        }));
    options.flatten().find_map(|quote| {
        anchor(
            r,
            Shape::WeakSpot,
            s,
            quote.clone(),
            "pressing the weak spot you ended on".to_string(),
            format!("You said {quote}: {tail}"),
        )
    })
}

/// Tokens `a..b` said back, turned to the listener, with a frame that only announces them taken
/// off ("the catch is that", "I'd add that").
fn said(r: &Reading, a: usize, b: usize) -> Option<String> {
    let a = (a..(a + 6).min(b))
        .find(|&k| r.n(k) == "that" && matches!(r.n(k.wrapping_sub(1)), "is" | "add" | "say"))
        .map_or(a, |k| k + 1);
    // "in 7 of the 40 records the worker had to rewrite most of it" opens on where the count is
    // (probes-19 p13): said back as "that in 7 of the 40 records ...".
    let (subordinate, a) = if matches!(r.n(a), "when" | "where" | "once" | "since" | "of")
        || r.n(a) == "in" && r.value(a + 1).is_some()
    {
        (Some(r.n(a).to_string()), a + 1)
    } else {
        (None, a)
    };
    // "but only 3 of the 88 are": the verb left for what was said before is dropped; not the
    // verb that ends its own clause ("what the sensors were").
    let b = if b > a + 3
        && matches!(r.n(b - 1), "are" | "is" | "were" | "was" | "do" | "did")
        && (b.saturating_sub(3)..b - 1).any(|j| r.value(j).is_some())
    {
        b - 1
    } else {
        b
    };
    let said = slot_up_to(r.text, &r.toks, a, b, MOST_WORDS)?;
    Some(match subordinate {
        Some(w) => format!("that {w} {said}"),
        None => said,
    })
}

/// True when tokens from `a` lean on something said before ("they", "it", "those"): said back
/// alone they would not say who or what.
fn leans(r: &Reading, a: usize) -> bool {
    let mut a = a;
    while super::frame::JOINERS.contains(&r.n(a)) {
        a += 1;
    }
    // "only 38% of them said yes": the count is of a group named before.
    let of_them = (a..a + 5).any(|k| r.n(k) == "of" && r.n(k + 1) == "them");
    of_them
        || matches!(
            r.n(a),
            "they"
                | "they're"
                | "it"
                | "it's"
                | "those"
                | "these"
                | "them"
                | "this"
                | "that"
                | "its"
                | "their"
                | "he"
                | "she"
                | "both"
        )
}

/// The pieces of the sentence `s` that hold a count, best first: its clause (between semicolons,
/// colons or dashes), then its comma piece with the one before it when that leads into it ("when I
/// read the last eleven cases, seven were people..."), then the comma piece alone. Of several, the
/// last that also turns.
fn counted_pieces(r: &Reading, (sa, sb): (usize, usize)) -> Vec<(usize, usize)> {
    let cut = |stops: &[&str]| {
        let mut pieces = Vec::new();
        let mut a = sa;
        for k in sa..=sb {
            if k == sb || stops.contains(&r.n(k)) {
                if k > a {
                    pieces.push((a, k));
                }
                a = k + 1;
            }
        }
        pieces
    };
    let best = |pieces: &[(usize, usize)]| {
        let counted: Vec<usize> = (0..pieces.len())
            .filter(|&i| counts(r, pieces[i].0, pieces[i].1))
            .collect();
        counted
            .iter()
            .rev()
            .find(|&&i| turn(r, pieces[i].0, pieces[i].1) >= 1)
            .or(counted.last())
            .copied()
    };
    let mut out = Vec::new();
    let clauses = cut(&[";", ":", "—", "–"]);
    if clauses.len() > 1
        && let Some(i) = best(&clauses)
    {
        out.push(clauses[i]);
    }
    let commas = cut(&[",", ";", ":", "—", "–"]);
    if let Some(i) = best(&commas) {
        if i > 0 && !turn_opens(r, commas[i].0) {
            out.push((commas[i - 1].0, commas[i].1));
        }
        out.push(commas[i]);
    }
    out
}

/// True when the piece from `a` opens on its own turn ("but only 3 of the 88 are"), so the piece
/// before it is a different thought.
fn turn_opens(r: &Reading, a: usize) -> bool {
    matches!(
        r.n(a),
        "but" | "and" | "only" | "yet" | "though" | "although"
    )
}

/// What is asked of the weak spot in the sentence `s` (with its frame `f`), by what it counts:
/// things nobody has looked at, what the PSW cannot tell (here or in the next sentence), records or
/// actions that fall short, staff, a group of people who fare worse, people closed, waiting or left
/// out. Nothing here says back more than the answer did: no "still waiting", no "put it right".
fn tail(r: &Reading, (a, b): (usize, usize), next: (usize, usize)) -> String {
    let stock = stock_tail(r, (a, b), next);
    if stock == STAFF_STOCK {
        return staff_tail(r, (a, b));
    }
    // "we've lost touch with three of them": the PSW has said nobody knows how they are, so "how
    // do you know they are safe" misreads the answer (probes-18 p03, judged so); the assessor asked
    // who would know if harm came to them, and what is done for the next people in their place.
    if lost_touch(r, a, b) {
        return "who would know now if something went wrong for them, and what is in place so the next people in their position are not lost the same way?".to_string();
    }
    stock.to_string()
}

/// True when tokens `a..b` say the PSW has lost touch with the people counted: "we've lost touch
/// with three of them", "lost contact with", "lost track of".
pub(super) fn lost_touch(r: &Reading, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        matches!(r.n(k), "lost" | "losing" | "lose")
            && matches!(r.n(k + 1), "touch" | "contact" | "track")
    })
}

/// The stock ask for a count of staff: what it means for the people they work with. It fits a
/// team short of staff; it was judged a template where staff were left out of support or change.
const STAFF_STOCK: &str =
    "what does that mean for the people they work with, and what is being done about it?";

/// Words of a team's load or its gaps in staff: there the people they work with feel it first.
const STAFF_LOAD: &[&str] = &[
    "vacancies",
    "vacancy",
    "vacant",
    "posts",
    "post",
    "caseload",
    "caseloads",
    "agency",
    "leavers",
    "left",
    "leaving",
    "turnover",
    "sickness",
    "recruit",
];

/// Words of what nobody has looked at in a team's work: "we don't have any audit data from them".
const NOT_LOOKED: &[&str] = &["data", "audit", "audited", "audits", "compared", "figures"];

/// What is asked of staff the weak spot in `a..b` leaves out, by what the answer says of them (the
/// assessor on probes-18 p05, p11 and probes-15 p08 asked what is being changed for them and by
/// when, and what they have meanwhile; on probes-3 r07, how the PSW gets assurance about the
/// practice nobody has audited): staff short in number keep the ask about the people they work
/// with; a partner they work under is asked what is being agreed with it.
fn staff_tail(r: &Reading, (a, b): (usize, usize)) -> String {
    if r.has_in(a, b, STAFF_LOAD) {
        return STAFF_STOCK.to_string();
    }
    let unlooked = (a..b).any(|k| {
        NOT_LOOKED.contains(&r.n(k))
            && (k.saturating_sub(5)..k).any(|j| {
                matches!(
                    r.n(j),
                    "don't" | "haven't" | "hasn't" | "never" | "no" | "didn't" | "without"
                )
            })
    });
    if unlooked {
        return "how do you get assurance about the practice people get from them meanwhile, and by when will you have looked?".to_string();
    }
    // "seconded to the trust", not "the hospital team", which is the council's own.
    let partner = (a..b).find_map(|k| {
        super::cause::partner(r, k, k + 1).filter(|_| {
            !matches!(
                r.n(k + 1),
                "team" | "teams" | "staff" | "social" | "workers" | "ward" | "wards" | "discharge"
            )
        })
    });
    match partner {
        Some(p) => format!("what are you agreeing with {p} to put that right, and by when?"),
        None => {
            "what do they have to lean on meanwhile, and what are you changing for them, by when?"
                .to_string()
        }
    }
}

/// [`tail`] before it is fitted to staff left out and to people the PSW has lost touch with.
fn stock_tail(r: &Reading, (a, b): (usize, usize), next: (usize, usize)) -> &'static str {
    let unseen = (a..b).any(|k| {
        UNSEEN.contains(&r.n(k))
            && (k.saturating_sub(6)..k).any(|j| {
                matches!(
                    r.n(j),
                    "nobody" | "haven't" | "hasn't" | "not" | "never" | "far"
                ) || r.n(j) == "no" && r.n(j + 1) == "one"
            })
    });
    let unknown = (a..next.1.max(b)).any(|k| {
        matches!(r.n(k), "can't" | "cannot" | "don't" | "couldn't")
            && matches!(r.n(k + 1), "tell" | "know" | "say" | "see")
    });
    // "I'm not sure every worker asked them first": the PSW doubts what was done with people, so
    // the assessor asks how it is being checked and what the people said (probes-15 p07).
    let unsure = (a..next.1.max(b)).any(|k| r.n(k) == "not" && r.n(k + 1) == "sure");
    // The last count that says what it counts; people who told the PSW of something are its
    // source, not the people it happened to ("two of the Elders have told us about homes...").
    let noun = (a..b)
        .rev()
        .filter(|&k| count_at(r, k))
        .find_map(|k| noun_of(r, k))
        .map(|n| {
            if r.has_in(a, b, &["told", "reported", "complained"]) {
                Noun::Things
            } else {
                n
            }
        });
    // "our unqualified staff ... Only 49% of them said yes": "them" are the staff the frame named.
    let head = (a..b).find(|&k| r.n(k) == ",").unwrap_or(b);
    let noun = if noun == Some(Noun::People)
        && !r.has_in(a, head, PEOPLE)
        && r.has_in(a, head, WORKERS)
        && r.has_in(a, b, &["them", "they"])
    {
        Some(Noun::Staff)
    } else {
        noun
    };
    // "Fewer than 10 have had a visit": the few are of the group the sentence before names.
    let before = (a > 1 && (a..b).any(|k| few_did(r, k))).then(|| r.sentence(a - 2));
    let of_people = |(a, b): (usize, usize)| {
        r.has_in(a, b, PEOPLE) || r.has_in(a, b, PERSONS) || r.has_in(a, b, CONDITIONS)
    };
    let people = noun == Some(Noun::People)
        || noun.is_none() && (of_people((a, b)) || before.is_some_and(of_people));
    // "five older people are living in a home thirty miles away": people placed far from home
    // are asked how they and their families are doing (probes-16 p08); people placed away whom
    // nobody has seen are asked first whether they are safe.
    if people && !unseen && noun == Some(Noun::People) && super::pointed::placed_away(r, (a, b)) {
        return super::pointed::AWAY;
    }
    // People nobody has seen are not gone back over like files: how they are now comes first.
    if unseen && people && r.has_in(a, b, &["caring", "unpaid"]) {
        // "what I haven't looked at is the people doing the caring": carers nobody has looked at
        // are asked how they are coping and what choice they had, not whether they are safe
        // (probes-17 p02, judged "less apt").
        "who is checking how they are managing, and did they feel they had a real choice about taking it on?"
    } else if unseen && people {
        "how do you know they are safe now, and what is being done for them, by when?"
    } else if unseen {
        "who is going back over them, and by when?"
    } else if unsure && people {
        "how are you checking that, and what have the people themselves said about it?"
    } else if unknown || unsure {
        "how will you find out, and what is being done about it meanwhile?"
    } else if nobody_checks(r, (a, b)) {
        // "nobody checks whether the corrections caught everything": the assessor asked what that
        // check would look like and who would do it (probes-19 p13), not what had been done since.
        "what would that check look like, who would do it, and by when?"
    } else if let Some(ask) = kind_of_shortfall(r, (a, b), noun, people) {
        ask
    } else if matches!(noun, Some(Noun::Records | Noun::Things)) {
        // "12 of their last reviews had no advocate": the assessor asked who puts it right and by
        // when; "what has been done since, and how will you know it has changed?" alone was judged
        // formulaic (probes-19 p06).
        DONE_SINCE
    } else if noun == Some(Noun::Staff) {
        STAFF_STOCK
    } else if people && unrecorded(r, a, b) {
        // "the field is left blank for about 60% of people": a record not kept, not people at
        // risk; the assessor asks how they are heard from and what stops the gap (probes-17 p09).
        "what stops it being recorded, and how are you hearing from those people meanwhile?"
    } else if people && r.has_in(a, b, &["closed", "discharged"]) {
        "has anyone gone back to them since, and what is changing in how those cases are handled?"
    } else if people && r.has_in(a, b, GROUP) {
        "who is finding out what would work for them, and when will that change what is done?"
    } else if people && r.has_in(a, b, WAITING) && r.has_in(a, b, DURATIONS) {
        "what are they getting while they wait, and what will you do about it, by when?"
    } else if people && r.has_in(a, b, WAITING) {
        // The assessor asked how long, what meanwhile, and what will be done (probes-19 p09).
        "how long have they been waiting, what are they getting meanwhile, and what will you do about it, by when?"
    } else if people && shares_set_against(r, (a, b)) {
        // "adults aged 18 to 30 are a fifth of our caseload but got 4% of the benefit gains": a
        // group's share set against another, not a risk to anyone's safety (probes-16 p06).
        "what is closing that gap, and what have they told you themselves?"
    } else if people && before.is_some() {
        // "Fewer than 10 have had a visit": the people at issue are the rest, not the few.
        "what is happening for the others now, who owns putting it right, and by when?"
    } else if people {
        // "how do you know they are safe" was judged vaguer than what they get instead and who
        // will change it (probes-19 p08).
        "what is happening for them now, who owns putting it right, and by when?"
    } else {
        DONE_SINCE
    }
}

/// What is asked of records, actions or things that fall short: what was done, who owns it, when.
const DONE_SINCE: &str = "what has been done since, who owns putting it right, and by when?";

/// The one thing an assessor asks of a shortfall whose kind the words say, where
/// [`DONE_SINCE`] was judged a templated owner/by-when question (probes-21 p02, p13): cases paused
/// or held up ask what happens for the people in them while they wait; sessions cancelled ask what
/// protects them under pressure; what people told the PSW of asks what was done when they heard.
/// `None` for any other shortfall.
fn kind_of_shortfall(
    r: &Reading,
    (a, b): (usize, usize),
    noun: Option<Noun>,
    people: bool,
) -> Option<&'static str> {
    let (s0, s1) = r.sentence(a);
    let (s0, s1) = (s0.min(a), s1.max(b));
    // "nineteen of those are paused while the police investigate": a delay borne by people.
    // People counted as overdue keep the ask made for people waiting, below.
    let held = r.has_in(a, b, &["paused", "delayed", "overdue"])
        || (a..b).any(|k| r.n(k) == "on" && r.n(k + 1) == "hold");
    if held && !people {
        return Some("what is happening for the people behind them while they wait?");
    }
    if held && !r.has_in(a, b, WAITING) {
        return Some("what is happening for them while they wait?");
    }
    // "three in five of their practice partner sessions have been cancelled since April ... and
    // only 38% of that team agreed": the assessor asked how the team's time to reflect is kept.
    if r.has_in(s0, s1, &["cancelled", "canceled", "postponed"])
        && r.has_in(s0, s1, &["session", "sessions", "supervision"])
    {
        return Some("what are you doing to protect their sessions when the pressure is on?");
    }
    // "two of the Elders have told us about homes where...": the assessor asked what was done
    // about what they told, not who owns it by when (probes-13 p10).
    if noun == Some(Noun::Things) && r.has_in(a, b, &["told", "reported", "complained"]) {
        return Some("what did you do when you heard, and what came of it?");
    }
    None
}

/// True when tokens `a..b` count people and say, just after the count, that they are on a waiting
/// list or waiting ("38 men on the waiting list", "twelve people still waiting"), with no change
/// reported in the sentence.
fn waiting_counted(r: &Reading, a: usize, b: usize) -> bool {
    !changed(r, a, b)
        && !r.has_in(a, b, super::read::FALLS)
        && (a..b).any(|k| {
            r.value(k).is_some_and(|v| v >= 2.0)
                && !r.is_year(k)
                && (PEOPLE.contains(&r.n(k + 1)) || PERSONS.contains(&r.n(k + 1)))
                && (k + 2..(k + 8).min(b)).any(|j| WAITING.contains(&r.n(j)))
        })
}

/// True when tokens `a..b` say nobody checks something: "nobody checks whether", "no one has
/// checked", "nobody reviews them".
fn nobody_checks(r: &Reading, (a, b): (usize, usize)) -> bool {
    (a..b).any(|k| {
        let nobody =
            matches!(r.n(k), "nobody" | "nobody's") || r.n(k) == "no" && r.n(k + 1) == "one";
        nobody
            && (k + 1..(k + 4).min(b)).any(|j| {
                matches!(
                    r.n(j),
                    "checks" | "checked" | "check" | "reviews" | "audits" | "looks"
                )
            })
    })
}

/// True when tokens `a..b` say something about people is not written down: a field left blank, a
/// question skipped, "not recorded".
fn unrecorded(r: &Reading, a: usize, b: usize) -> bool {
    (a..b).any(|k| {
        matches!(r.n(k), "blank" | "unrecorded" | "skipped" | "skip")
            || matches!(r.n(k), "recorded" | "asked" | "filled")
                && matches!(
                    r.n(k.wrapping_sub(1)),
                    "not" | "never" | "isn't" | "aren't" | "wasn't"
                )
    })
}

/// True when tokens `a..b` set one share against another: two shares ("4%", "a fifth", "one in
/// six") with "but", "against" or "compared" between them.
fn shares_set_against(r: &Reading, (a, b): (usize, usize)) -> bool {
    let share = |k: usize| {
        r.percent_at(k).is_some()
            || r.n(k) == "a" && matches!(r.n(k + 1), "fifth" | "quarter" | "third" | "tenth")
            || r.n(k) == "one" && r.n(k + 1) == "in" && r.value(k + 2).is_some()
    };
    let shares: Vec<usize> = (a..b).filter(|&k| share(k)).collect();
    shares
        .windows(2)
        .any(|w| (w[0]..w[1]).any(|k| matches!(r.n(k), "but" | "against" | "compared")))
}
