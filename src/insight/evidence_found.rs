//! How you know: which evidence markers the answer claims, and the evidence found when none is
//! named outright (a change measured on both sides, a count of none since the work).

use super::claims::{
    count_denied_after, feedback_unsourced, feedback_valued, nobody_took, speaker_feeds_back,
};
use super::clause;
use super::evidence::{Marker, MarkerKind};
use super::next_steps::NextSteps;
use super::reading::Reading;
use std::ops::Range;

/// "We have not measured it yet", "I hope to audit": a source or figure not claimed.
fn counts(r: &Reading, next: &NextSteps, mk: &Marker) -> bool {
    if matches!(mk.kind, MarkerKind::Figure | MarkerKind::FigureWords)
        && (size_of_a_service(r, mk) || worked_with(r, mk) || a_threshold(r, mk))
    {
        return false;
    }
    mk.kind != MarkerKind::Date
        && !(mk.kind == MarkerKind::Source
            && (only_watched(r, mk) || next.promised(r, mk.range.start)))
        && !r.unclaimed(&mk.range)
        && (mk.kind != MarkerKind::Source
            || !(speaker_feeds_back(r.text, &mk.range)
                || feedback_valued(r.text, &mk.range)
                || count_denied_after(r.text, &r.toks, &r.clauses, &mk.range)
                || clause::at(&r.clauses, mk.range.start).is_some_and(|c| {
                    nobody_took(r.text, &r.toks, c, &mk.range)
                        || feedback_unsourced(r.text, &r.toks, c, &mk.range)
                })))
}

/// "It's monitored", "the plan is monitored regularly", "we track it": that something is watched,
/// with nothing the watching found (no figure and no "shows" or "found" in its clause), says how
/// it could be known, not what is known. "Our monitoring shows 14%" still counts.
fn only_watched(r: &Reading, mk: &Marker) -> bool {
    let said = r.text[mk.range.clone()].to_lowercase();
    if !(said.starts_with("monitor") || said.starts_with("track") || said == "measured") {
        return false;
    }
    // A count in the clause is what the watching found ("monitored, and 84% are on time"); "every
    // quarter" says how often it is watched, no count.
    clause::at(&r.clauses, mk.range.start).is_some_and(|c| {
        let ts = &r.toks[c.toks.clone()];
        let count = |k: usize| {
            let n = ts[k].norm.as_str();
            clause::is_figure_word(n)
                && !matches!(n, "every" | "each" | "all" | "none")
                && !(k > 0 && matches!(ts[k - 1].norm.as_str(), "every" | "each" | "a" | "per"))
        };
        !(0..ts.len()).any(count)
            && !ts.iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "shows"
                        | "showed"
                        | "show"
                        | "shown"
                        | "found"
                        | "finds"
                        | "tells"
                        | "told"
                        | "says"
                        | "said"
                        | "suggests"
                        | "confirms"
                        | "confirmed"
                        | "picked"
                        | "flagged"
                        | "highlighted"
                )
            })
    })
}

/// "The mobile library visits 46 villages every three weeks", "around twenty staff come each
/// month": a count in a clause that tells the round a service keeps says how big the service is,
/// who or what it reaches, not how anyone knows what it changed.
fn size_of_a_service(r: &Reading, mk: &Marker) -> bool {
    clause::at(&r.clauses, mk.range.start)
        .is_some_and(|c| super::heard::describes_a_service(&r.toks[c.toks.clone()]))
}

/// "tested the leaflets with 14 people with lived experience", "wrote it with six carers": how many
/// people the work was done with says who shaped it, not how anyone knows what it changed.
fn worked_with(r: &Reading, mk: &Marker) -> bool {
    let i = r.toks.partition_point(|t| t.end <= mk.range.start);
    let before = i.checked_sub(1).map(|k| r.toks[k].norm.as_str());
    let with = matches!(before, Some("with" | "w/"))
        || (matches!(before, Some("/")) && i.checked_sub(2).is_some_and(|k| r.toks[k].norm == "w"));
    let after = r.toks[i..]
        .iter()
        .skip_while(|t| t.start < mk.range.end)
        .find(|t| t.is_word())
        .map(|t| t.norm.as_str());
    let people = |w: &str| {
        matches!(
            w,
            "people"
                | "carers"
                | "families"
                | "residents"
                | "members"
                | "practitioners"
                | "staff"
                | "users"
                | "parents"
                | "tenants"
                | "young"
                | "older"
        )
    };
    // The marker may hold its noun ("14 people").
    let said = r.text[mk.range.clone()].to_lowercase();
    let named = said.split_whitespace().last().is_some_and(people);
    with && (after.is_some_and(people) || named)
}

/// "a named worker for anyone caring more than fifty hours a week", "for those waiting over 28
/// days": a figure that says who qualifies for something is a rule, not how anyone knows.
fn a_threshold(r: &Reading, mk: &Marker) -> bool {
    let i = r.toks.partition_point(|t| t.end <= mk.range.start);
    let before: Vec<&str> = r.toks[..i]
        .iter()
        .rev()
        .take(6)
        .map(|t| t.norm.as_str())
        .collect();
    let bound = matches!(before.first(), Some(&("over" | "under")))
        || matches!(before.get(..2), Some(["than", "more" | "less" | "fewer"]));
    bound
        && before
            .iter()
            .any(|w| matches!(*w, "anyone" | "everyone" | "whoever" | "those"))
}

/// The evidence markers that count, in text order.
pub(super) fn counted(r: &Reading, next: &NextSteps) -> Vec<Range<usize>> {
    r.markers
        .iter()
        .filter(|mk| counts(r, next, mk))
        .map(|mk| mk.range.clone())
        .collect()
}

/// The evidence found: the markers that count, else a change measured on both sides, else a count
/// of none since the work.
pub(super) fn found(
    r: &Reading,
    counted: &[Range<usize>],
    measured_change: Option<Range<usize>>,
    since_done: &[Range<usize>],
) -> Vec<Range<usize>> {
    let toks = &r.toks;
    let mut evidence_found = counted.to_vec();
    if evidence_found.is_empty()
        && let Some(m) = measured_change
    {
        evidence_found.push(m);
    }
    // "In the six months since, none has been cancelled without a review": a count of none over a
    // time since the work is a figure, the way "2 of 212" is.
    if evidence_found.is_empty() {
        let counts_none = |s: &Range<usize>| {
            let ts: Vec<&str> = toks
                .iter()
                .filter(|t| t.start >= s.start && t.end <= s.end)
                .map(|t| t.norm.as_str())
                .collect();
            ts.contains(&"none")
                || ts.contains(&"nobody")
                || ts.windows(2).any(|w| matches!(w, ["no" | "not", "one"]))
        };
        evidence_found.extend(since_done.iter().filter(|s| counts_none(s)).cloned());
    }
    evidence_found
}
