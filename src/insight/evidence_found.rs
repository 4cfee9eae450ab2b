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
    if mk.kind != MarkerKind::Date && before_an_unmeasured_outcome(r, &mk.range) {
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
                || never_asked_for(r, mk)
                || only_under_way(r, mk)
                || clause::at(&r.clauses, mk.range.start).is_some_and(|c| {
                    nobody_took(r.text, &r.toks, c, &mk.range)
                        || feedback_unsourced(r.text, &r.toks, c, &mk.range)
                })))
}

/// The label a line of notes opens with ("- Before:", "Then (2024):", "Our change:"), lowercased,
/// without its bullet or its bracket; "" when the line has none.
fn line_label(line: &str) -> String {
    let line = line.trim_start_matches(['-', '•', '*', '·', '–', ' ']);
    let Some(colon) = line.find(':') else {
        return String::new();
    };
    let label = &line[..colon];
    let label = label.split('(').next().unwrap_or(label).trim();
    // A label is a few words, not a sentence that holds a colon.
    if label.split_whitespace().count() > 4 {
        return String::new();
    }
    label.to_ascii_lowercase()
}

/// Whether a line of notes says the outcome was not measured: "Outcome: not measured yet", "Not
/// measured: number of reports", "Impact on people: Not measured - ...".
fn says_unmeasured(line: &str) -> bool {
    let label = line_label(line);
    let lower = line.to_ascii_lowercase();
    let rest = lower
        .split_once(':')
        .map_or("", |(_, rest)| rest)
        .trim_start();
    label.starts_with("not measured")
        || (!label.is_empty()
            && ["not measured", "not yet measured", "not known", "unknown"]
                .iter()
                .any(|d| rest.starts_with(d)))
}

/// "Baseline: 2024-25, 37 self-funders hit the limit ... Change: our officer writes to every
/// self-funder ... Outcome: not measured yet": in notes that say the outcome was not measured, the
/// figures of the heading, of the before and of the change say where things were and what was done,
/// not how anyone knows what changed ("After: down to 1 in 2025 (complaints log)" still counts).
fn before_an_unmeasured_outcome(r: &Reading, at: &Range<usize>) -> bool {
    let text = r.text;
    let notes = *r
        .unmeasured_notes
        .get_or_init(|| text.split('\n').nth(2).is_some() && text.split('\n').any(says_unmeasured));
    if !notes {
        return false;
    }
    // The line the figure is on: from the last line break before it to the next one.
    let start = text[..at.start].rfind('\n').map_or(0, |i| i + 1);
    let end = text[start..].find('\n').map_or(text.len(), |i| start + i);
    let label = line_label(&text[start..end]);
    let heading = start == 0 && label.is_empty();
    // "Now: 7 centres open for reporting", "day centre places cut to 2 centres": how many places a
    // service runs in says where it is, not what it changed.
    let noun = text[at.end..]
        .split(|c: char| !c.is_ascii_alphabetic())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let said = text[at.clone()].to_ascii_lowercase();
    let places = [
        noun.to_ascii_lowercase().as_str(),
        said.split_whitespace().last().unwrap_or(""),
    ]
    .iter()
    .any(|w| {
        matches!(
            *w,
            "centres"
                | "villages"
                | "libraries"
                | "hubs"
                | "sites"
                | "venues"
                | "localities"
                | "branches"
                | "towns"
                | "wards"
                | "surgeries"
                | "schools"
        )
    });
    heading
        || places
        || matches!(
            label.as_str(),
            "then"
                | "before"
                | "baseline"
                | "start point"
                | "starting point"
                | "change"
                | "our change"
                | "the change"
                | "what changed"
                | "done"
                | "what we did"
                | "what i did"
        )
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

/// "the trust has that data and we haven't asked", "the contact centre has the data and we've never
/// asked for it": a source someone else holds, in a sentence that denies asking for or seeing it,
/// is how it could be known, not what is known.
fn never_asked_for(r: &Reading, mk: &Marker) -> bool {
    let Some(c) = clause::at(&r.clauses, mk.range.start) else {
        return false;
    };
    r.clauses
        .iter()
        .filter(|o| o.sentence == c.sentence && o.stance == clause::Stance::Denied)
        .any(|o| {
            r.toks[o.toks.clone()].iter().any(|t| {
                matches!(
                    t.norm.as_str(),
                    "asked" | "ask" | "requested" | "seen" | "looked" | "shown" | "show"
                )
            })
        })
}

/// "audits are being carried out", "surveys are being done": a source still being gathered, with no
/// figure or finding in its clause, says work under way, not what it found.
fn only_under_way(r: &Reading, mk: &Marker) -> bool {
    clause::at(&r.clauses, mk.range.start).is_some_and(|c| {
        let ts = &r.toks[c.toks.clone()];
        let from = ts.partition_point(|t| t.start < mk.range.end);
        let rest = &ts[from.min(ts.len())..];
        let under_way = rest.windows(2).any(|p| {
            matches!(p[0].norm.as_str(), "being")
                && matches!(
                    p[1].norm.as_str(),
                    "carried" | "done" | "undertaken" | "completed" | "rolled" | "run" | "set"
                )
        });
        under_way
            && !rest.iter().any(|t| {
                clause::is_figure_word(&t.norm)
                    || matches!(
                        t.norm.as_str(),
                        "shows" | "showed" | "found" | "finds" | "tells" | "says" | "suggests"
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
    // A change measured only in places a service runs, in notes that say the outcome was not
    // measured ("Then: 4 centres ... Now: 7 centres open ... Not measured: reports"), is no measure
    // of what it changed.
    let places_only = |m: &Range<usize>| {
        let inside: Vec<&Marker> = r
            .markers
            .iter()
            .filter(|mk| {
                m.start <= mk.range.start
                    && mk.range.end <= m.end
                    && !matches!(mk.kind, MarkerKind::Date | MarkerKind::Source)
            })
            .collect();
        !inside.is_empty()
            && inside
                .iter()
                .all(|mk| before_an_unmeasured_outcome(r, &mk.range))
    };
    if evidence_found.is_empty()
        && let Some(m) = measured_change.filter(|m| !places_only(m))
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
