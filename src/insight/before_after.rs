//! A before and an after said by how the sentence opens or closes rather than by a change word:
//! "Before the service, people went to A&E", "After: 94 calls were covered", "she's had one fall
//! since June", "she's eating again" (issue 17).

use super::clause::{self, Clause, Time};
use super::words::Token;
use crate::text::MONTH_WORDS;
use std::ops::Range;

/// "She sleeps through the night again", "her son says she's eating again and knows the staff": a
/// state regained, said at the end of a present clause or in a present continuous before "again"
/// (which holds in reported speech under a past "told"), or "back" somewhere in the present.
pub(super) fn regained(ts: &[Token], time: Time) -> bool {
    let last_word = ts.iter().rev().find(|t| t.is_word());
    if time != Time::Past && last_word.is_some_and(|t| t.norm == "again") {
        return true;
    }
    ts.windows(2).enumerate().any(|(k, w)| {
        // "she's been back at work since the spring", "they have been back home a month": the
        // present perfect says the same regained state has lasted until now ("had been" is past).
        let has_been = w[0].norm == "been"
            && k > 0
            && (matches!(ts[k - 1].norm.as_str(), "has" | "have")
                || ts[k - 1].norm.ends_with("'ve")
                || (ts[k - 1].norm.ends_with("'s")
                    && !matches!(ts[k - 1].norm.as_str(), "it's" | "that's" | "there's")));
        let be = matches!(w[0].norm.as_str(), "is" | "are")
            || has_been
            || (w[0].norm.ends_with("'s") || w[0].norm.ends_with("'re"))
                && !matches!(w[0].norm.as_str(), "it's" | "that's" | "there's" | "what's");
        // "they're back home in under a week", "she's back at the lunch club": a place regained.
        let at = |d: usize| ts.get(k + d).map_or("", |t| t.norm.as_str());
        let possessive = |x: &str| matches!(x, "her" | "his" | "their" | "my" | "our" | "its");
        // "she's back to her old weight", "he's back to normal", "they're back on their feet": a
        // state regained.
        let back_to = (at(2) == "to"
            && (matches!(at(3), "normal" | "work" | "school" | "college" | "full")
                || (possessive(at(3))
                    && matches!(
                        at(4),
                        "old" | "usual" | "normal" | "former" | "own" | "best"
                    ))))
            || (at(2) == "on" && possessive(at(3)) && at(4) == "feet");
        let back =
            w[1].norm == "back" && (matches!(at(2), "home" | "at" | "in" | "with") || back_to);
        be && (back
            || w[1].norm.len() > 4
                && w[1].norm.ends_with("ing")
                && ts[k + 2..]
                    .iter()
                    .take(4)
                    .take_while(|t| t.is_word())
                    .any(|t| t.norm == "again"))
    })
}

/// Whether a clause opens with a label: "Before:", "After:" in notes, perhaps after a bullet ("-
/// before:") and with a time in brackets ("- after (Apr-Sep 2026):"). A label may be more than one
/// word ("Start point:").
fn labelled(ts: &[Token], label: &str) -> bool {
    let k = ts
        .iter()
        .take_while(|t| matches!(t.norm.as_str(), "-" | "•" | "*" | "·" | "–"))
        .count();
    let words: Vec<&str> = label.split(' ').collect();
    let n = words.len();
    if !ts
        .get(k..k + n)
        .is_some_and(|said| said.iter().zip(&words).all(|(t, w)| t.norm == *w))
    {
        return false;
    }
    // "Start of 2025 - 288 waiting", "Now - 96 waiting": in notes a dash with a space before it
    // ends a label as a colon does, and the label may say when ("of 2025", "in March").
    let when = ts[k + n..]
        .iter()
        .take_while(|t| {
            matches!(t.norm.as_str(), "of" | "in") || MONTH_WORDS.contains(&t.norm.as_str()) || {
                t.norm.len() == 4
                    && t.norm.starts_with("20")
                    && t.norm.bytes().all(|b| b.is_ascii_digit())
            }
        })
        .count();
    ts.get(k + n)
        .is_some_and(|t| t.norm == ":" || t.norm == "(")
        || ts.get(k + n + when).is_some_and(|t| {
            matches!(t.norm.as_str(), "-" | "–" | "—") && ts[k + n + when - 1].end < t.start
        })
}

/// Labels in notes for where things were, and for where they are after the change.
const BEFORE_LABELS: &[&str] = &[
    "before",
    "baseline",
    "start",
    "start point",
    "starting point",
];
const AFTER_LABELS: &[&str] = &["after", "now", "today", "latest"];

/// Where things were, said by what a past clause opens with: "Before: people rang the EDT",
/// "Before COAST, 70% of first contacts ended with a package", "Before the service, people went to
/// A&E". "Before we merged them" and "Before the panel met, I rang" date an action, no before.
pub(super) fn before_opened(toks: &[Token], clauses: &[Clause]) -> Option<Range<usize>> {
    clauses.iter().enumerate().find_map(|(i, c)| {
        let ts = &toks[c.toks.clone()];
        // "- start: 260 people on 117 aftercare", "Baseline: 38% overdue": a before in notes.
        let label = BEFORE_LABELS.iter().any(|l| labelled(ts, l));
        if (!label && ts.first().is_none_or(|t| t.norm != "before")) || !c.stance.claims() {
            return None;
        }
        if !label
            && ts
                .get(1)
                .is_some_and(|t| clause::SUBJECTS.contains(&t.norm.as_str()))
        {
            return None;
        }
        // "Before the service," is cut from the words it dates by its comma.
        let target = if !label && ts.last().is_some_and(|t| t.norm == ",") {
            clauses.get(i + 1).filter(|n| n.sentence == c.sentence)?
        } else {
            c
        };
        let speaker_acts = toks[target.toks.clone()].first().is_some_and(|t| {
            matches!(
                t.norm.as_str(),
                "i" | "we" | "i've" | "we've" | "i'd" | "we'd" | "my" | "our"
            )
        });
        // The opener sets the time of words whose verb the reader does not know ("ended").
        let past = matches!(target.time, Time::Past | Time::Unknown);
        (past && target.stance.claims() && !speaker_acts).then(|| target.bytes.clone())
    })
}

/// Where things stand after a before said by its opener: the words under "After:" ([`after_label`]),
/// or, after "Before the service, people went to A&E", the first later figure that is no action of
/// the speaker's ("Of 190 people seen, 152 stayed at home").
pub(super) fn after(
    toks: &[Token],
    clauses: &[Clause],
    done: &[Range<usize>],
) -> Option<Range<usize>> {
    after_label(toks, clauses)
        .or_else(|| {
            let before = before_opened(toks, clauses)?;
            // "Baseline: every PPN screened by a worker; 1,140 a quarter; 8% went on": the line a
            // label opens is all before, so the after is in a later one.
            let labelled_line = clauses
                .iter()
                .find(|c| c.bytes == before)
                .filter(|c| {
                    BEFORE_LABELS
                        .iter()
                        .any(|l| labelled(&toks[c.toks.clone()], l))
                })
                .map(|c| c.sentence);
            clauses
                .iter()
                .filter(|c| c.bytes.start >= before.end && c.figure && c.stance.claims())
                .filter(|c| labelled_line.is_none_or(|s| c.sentence != s))
                .filter(|c| !clause::nobody_checked(&toks[c.toks.clone()]))
                .filter(|c| c.time != Time::ToCome)
                .find(|c| {
                    !done
                        .iter()
                        .any(|d| c.bytes.start <= d.start && d.end <= c.bytes.end)
                })
                .map(|c| c.bytes.clone())
        })
        .or_else(|| present_since_done(toks, clauses, done))
}

/// "Since we moved the clinics into the library, nobody waits more than ten days": a present state
/// after a "since" clause that holds something done is where things stand after the work.
fn present_since_done(
    toks: &[Token],
    clauses: &[Clause],
    done: &[Range<usize>],
) -> Option<Range<usize>> {
    clauses.windows(2).find_map(|w| {
        let opens_since = toks[w[0].toks.clone()]
            .iter()
            .find(|t| t.is_word())
            .is_some_and(|t| t.norm == "since");
        let acted = done
            .iter()
            .any(|d| w[0].bytes.start <= d.start && d.end <= w[0].bytes.end);
        (opens_since
            && acted
            && w[1].sentence == w[0].sentence
            && w[1].stance.claims()
            && w[1].time == Time::Present)
            .then(|| w[1].bytes.clone())
    })
}

/// "After: 94 calls last year were covered ... and none ended in a hospital admission": the words
/// under an "After:" label, in notes that set a "Before:" against them, are where things stand after
/// the change. The clauses of its sentence after the label come along.
fn after_label(toks: &[Token], clauses: &[Clause]) -> Option<Range<usize>> {
    let before = clauses.iter().position(|c| {
        BEFORE_LABELS
            .iter()
            .any(|l| labelled(&toks[c.toks.clone()], l))
    })?;
    let (i, c) = clauses.iter().enumerate().skip(before + 1).find(|(_, c)| {
        AFTER_LABELS
            .iter()
            .any(|l| labelled(&toks[c.toks.clone()], l))
            && c.stance.claims()
    })?;
    let last = clauses[i..]
        .iter()
        .take_while(|n| n.sentence == c.sentence)
        .last()
        .unwrap_or(c);
    Some(c.bytes.start..last.bytes.end)
}

/// "She had six falls in a month in the spring ... she's had one fall since June": a figure closed by
/// "since" and a time, after a past clause with a figure, is where things stand since. The clause
/// with the figure and its "since" are returned.
pub(super) fn figure_since_a_time(toks: &[Token], clauses: &[Clause]) -> Option<Range<usize>> {
    let figure_before = |i: usize| {
        clauses[..i]
            .iter()
            .any(|b| b.figure && b.time == Time::Past && b.stance.claims())
    };
    let time_word = |t: &Token| {
        MONTH_WORDS.contains(&t.norm.as_str())
            || t.norm.len() == 4 && t.norm.starts_with("20")
            || matches!(t.norm.as_str(), "spring" | "summer" | "autumn" | "winter")
    };
    // "... the carer would go home with nothing from us. Since March she's seen 88 carers there":
    // "since" and a time may open the clause with the figure, its before in an earlier sentence.
    let opened = clauses.iter().enumerate().find_map(|(i, c)| {
        let ts = &toks[c.toks.clone()];
        let k = ts
            .iter()
            .position(|t| t.is_word() && !matches!(t.norm.as_str(), "and" | "so" | "but"))?;
        let figure_after = ts
            .get(k + 2..)
            .unwrap_or_default()
            .iter()
            .any(|t| clause::is_figure_word(&t.norm) && t.norm != "one");
        (ts[k].norm == "since"
            && ts.get(k + 1).is_some_and(time_word)
            && figure_after
            && c.stance.claims()
            && !matches!(c.time, Time::ToCome | Time::Past)
            && figure_before(i))
        .then(|| c.bytes.clone())
    });
    if opened.is_some() {
        return opened;
    }
    clauses.windows(2).enumerate().find_map(|(i, w)| {
        let (c, s) = (&w[0], &w[1]);
        let ts = &toks[s.toks.clone()];
        let time_word = ts.get(1).is_some_and(time_word);
        let closes = ts
            .get(2..)
            .is_some_and(|rest| rest.iter().all(|t| !t.is_word()));
        let figure_before = figure_before(i);
        (s.sentence == c.sentence
            && ts.first().is_some_and(|t| t.norm == "since")
            && time_word
            && closes
            && c.figure
            && c.stance.claims()
            && c.time != Time::ToCome
            && figure_before)
            .then_some(c.bytes.start..s.bytes.end)
    })
}

/// "140 carers were seen last year and they used to see maybe ten a year", "they used to wait
/// twelve weeks; it is four now": a figure told with "used to" is where things were, so a figure
/// claimed in the present near it, or a past one told just before it, is where things are. A past
/// figure after it tells more of the before ("used to be put to bed at half six; our review found
/// 112 in bed before 8pm"), and "we got used to ten calls a day" is a habit learnt, no before.
pub(super) fn used_to_against(toks: &[Token], clauses: &[Clause]) -> Option<Range<usize>> {
    let used_to = |c: &Clause| {
        let ts = &toks[c.toks.clone()];
        ts.windows(2).enumerate().any(|(k, w)| {
            w[0].norm == "used"
                && w[1].norm == "to"
                && !(k > 0
                    && matches!(
                        ts[k - 1].norm.as_str(),
                        "get" | "got" | "getting" | "be" | "been" | "is" | "are" | "was" | "were"
                    ))
        })
    };
    // "the one that stays with me", "once a week": "one" alone is no measure.
    let measured = |c: &Clause| {
        c.figure
            && toks[c.toks.clone()]
                .iter()
                .any(|t| clause::is_figure_word(&t.norm) && t.norm != "one")
    };
    let b = clauses
        .iter()
        .position(|c| measured(c) && c.stance.claims() && used_to(c))?;
    // Spoken answers are cut at each "and", so nearness stands in for the sentence.
    let near = b.saturating_sub(3)..(b + 4).min(clauses.len());
    clauses[near.clone()]
        .iter()
        .zip(near)
        .filter(|(c, i)| {
            *i != b
                && measured(c)
                && c.stance.claims()
                && !used_to(c)
                && (c.time == Time::Present || (c.time == Time::Past && *i < b))
        })
        .min_by_key(|(c, i)| (c.time != Time::Present, i.abs_diff(b)))
        .map(|(c, _)| c.bytes.clone())
}

/// Units a length of time is said in: "an hour", "six weeks", "a fortnight".
const TIME_UNITS: &[&str] = &[
    "minute",
    "minutes",
    "hour",
    "hours",
    "day",
    "days",
    "week",
    "weeks",
    "fortnight",
    "month",
    "months",
    "year",
    "years",
];

/// "took an hour", "lasted about six weeks", "takes ten minutes", "take up to three days": one of
/// `verbs` and a length of time after it, with at most a few words of size between ("about",
/// "up to", "well over"); not "took part", "took place", "took over the service".
fn says_how_long(ts: &[Token], verbs: &[&str]) -> bool {
    ts.iter().enumerate().any(|(k, t)| {
        verbs.contains(&t.norm.as_str())
            && (k + 1..(k + 6).min(ts.len()))
                .take_while(|&j| {
                    let w = ts[j].norm.as_str();
                    !TIME_UNITS.contains(&w)
                        && (clause::is_figure_word(w)
                            || matches!(
                                w,
                                "a" | "an"
                                    | "about"
                                    | "around"
                                    | "roughly"
                                    | "nearly"
                                    | "almost"
                                    | "over"
                                    | "under"
                                    | "up"
                                    | "to"
                                    | "well"
                                    | "just"
                                    | "only"
                                    | "half"
                                    | "us"
                                    | "them"
                                    | "people"
                                    | "families"
                            ))
                })
                .last()
                .map_or(k, |j| j)
                .checked_add(1)
                .and_then(|j| ts.get(j))
                .is_some_and(|u| {
                    TIME_UNITS.contains(&u.norm.as_str())
                        && ts[k + 1..].iter().take(5).any(|x| {
                            clause::is_figure_word(&x.norm)
                                || matches!(x.norm.as_str(), "a" | "an" | "half")
                        })
                })
    })
}

/// "The risk tool took an hour to fill in ... It now takes ten minutes", "reviews lasted six weeks;
/// they take ten days": how long something took, told in the past, set against how long it takes in
/// the present near it, is a before and an after with no "from" or "to". The present clause is the
/// after.
pub(super) fn took_against_takes(toks: &[Token], clauses: &[Clause]) -> Option<Range<usize>> {
    let took = clauses.iter().position(|c| {
        c.stance.claims()
            && c.time == Time::Past
            && says_how_long(&toks[c.toks.clone()], &["took", "lasted"])
    })?;
    let near = took.saturating_sub(3)..(took + 6).min(clauses.len());
    clauses[near.clone()]
        .iter()
        .zip(near)
        .find(|(c, i)| {
            *i != took
                && c.stance.claims()
                // "and they take three days": "take" is the present, whatever else the clause
                // reader made of it.
                && matches!(c.time, Time::Present | Time::Unknown)
                && says_how_long(&toks[c.toks.clone()], &["take", "takes", "lasts", "last"])
        })
        .map(|(c, _)| c.bytes.clone())
}

/// Whether a clause opens on the time just before another ("the year before,", "a month earlier",
/// "in the previous quarter", "and the year before that"), after "and", "but", "whereas" or
/// "while".
fn opens_on_the_time_before(ts: &[Token]) -> bool {
    let words: Vec<&str> = ts
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str())
        .skip_while(|w| {
            matches!(
                *w,
                "and" | "but" | "whereas" | "while" | "in" | "over" | "for"
            )
        })
        .take(3)
        .collect();
    let period = |w: &str| {
        matches!(
            w,
            "year" | "month" | "quarter" | "week" | "fortnight" | "term" | "winter" | "summer"
        )
    };
    match words.as_slice() {
        [a, p, b, ..] if matches!(*a, "the" | "a") && period(p) => {
            matches!(*b, "before" | "earlier" | "previously" | "prior")
        }
        [a, p, ..] if matches!(*a, "the" | "a") && period(p) => false,
        [a, b, p, ..] => {
            *a == "the" && matches!(*b, "previous" | "preceding" | "prior") && period(p)
        }
        _ => false,
    }
}

/// "In the first year 41 of 160 were readmitted; the year before, about 60 were", "this winter 12
/// people were admitted, and the winter before it was 30": a figure for the time just before, set
/// against a figure said earlier in the same sentence, makes that earlier figure where things are
/// (in any tense: both are told as done with). The earlier clause is the after.
pub(super) fn period_before_against(toks: &[Token], clauses: &[Clause]) -> Option<Range<usize>> {
    let measured = |c: &Clause| {
        c.figure
            && c.stance.claims()
            && toks[c.toks.clone()]
                .iter()
                .any(|t| clause::is_figure_word(&t.norm) && t.norm != "one")
    };
    clauses.iter().enumerate().find_map(|(b, c)| {
        if !opens_on_the_time_before(&toks[c.toks.clone()]) {
            return None;
        }
        // Its figure is in the clause or one of the next two of its sentence ("the year before,
        // about 60 were"), or an estimate of how many there would have been ("the year before, by
        // the team's estimate, about 60 would have been"): a baseline reckoned, not a supposing.
        let estimate = |n: &Clause| {
            n.stance == clause::Stance::Conditional
                && n.figure
                && toks[n.toks.clone()]
                    .windows(2)
                    .any(|w| w[0].norm == "would" && w[1].norm == "have")
        };
        let own = measured(c)
            || clauses[b + 1..]
                .iter()
                .take(2)
                .take_while(|n| n.sentence == c.sentence)
                .any(|n| measured(n) || estimate(n));
        if !own {
            return None;
        }
        clauses[..b]
            .iter()
            .rev()
            .take_while(|a| a.sentence == c.sentence)
            .find(|a| measured(a) && a.time != Time::ToCome)
            .map(|a| a.bytes.clone())
    })
}
