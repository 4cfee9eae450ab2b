//! What difference it made: change words and trends that are claimed, new states, and the
//! befores and afters and changes since the work found elsewhere, with whether the change was
//! measured on both sides.

use super::changes::Changes;
use super::claims::{
    compares_places, dated_pairs, impact_noticed, names_or_purpose, new_states,
    short_of_what_was_due,
};
use super::clause;
use super::evidence::MarkerKind;
use super::reading::Reading;
use super::text::Taken;
use super::then_now::Times;
use super::words;
use std::ops::Range;

/// The difference said in words: trends, change words and new states.
pub(super) struct Worded {
    /// Trends claimed, and figures against dates in turn, in text order.
    pub trends: Vec<Range<usize>>,
    /// Every place that says a difference, in text order.
    pub places: Vec<Range<usize>>,
    /// New states claimed ("people now get a call within five days").
    pub new_states: Vec<Range<usize>>,
}

pub(super) fn worded(reading: &Reading) -> Worded {
    let (text, toks, clauses, m) = (reading.text, &reading.toks, &reading.clauses, reading.m);
    let (markers, sentences) = (&reading.markers, &reading.sentences);
    let unclaimed = |x: &Range<usize>| reading.unclaimed(x);
    let mut trends: Vec<Range<usize>> = markers
        .iter()
        .filter(|mk| {
            // "against I think it was six the year before": the softener inside the trend is the
            // old figure's; the clause up to the trend says whether the change is claimed.
            let softened_inside = text[mk.range.clone()]
                .to_ascii_lowercase()
                .contains("against i think");
            mk.kind == MarkerKind::Trend
                && (!unclaimed(&mk.range)
                    || (softened_inside
                        && clause::at(clauses, mk.range.start)
                            .is_some_and(|c| clause::claims_before(text, toks, c, mk.range.start))))
        })
        .map(|mk| mk.range.clone())
        .collect();
    trends.extend(dated_pairs(text, sentences, markers));
    trends.sort_by_key(|r| r.start);
    // A before-and-after figure is a difference even when no change word is used, and so is a new
    // state ("people now get a call within five days"). A change hoped for, planned, hedged or denied
    // is not one ("we hope to improve", "maybe it is a bit better", "not yet reduced").
    let mut difference = words::all_matches(m.difference.as_ref(), toks);
    difference.retain(|d| {
        !unclaimed(d)
            && !compares_places(text, d)
            && !names_or_purpose(text, toks, d)
            && !impact_noticed(toks, d)
            && !short_of_what_was_due(text, d)
            && !outcome_unmet(text, toks, d)
    });
    let trend_places = Taken::from_disjoint(trends.iter().cloned());
    difference.retain(|d| !trend_places.overlaps(d));
    difference.extend(trends.iter().cloned());
    let listed = Taken::covering(&difference);
    let new_state_places: Vec<Range<usize>> = new_states(text)
        .into_iter()
        .filter(|r| !unclaimed(r))
        .collect();
    for r in &new_state_places {
        if !listed.overlaps(r) {
            difference.push(r.clone());
        }
    }
    difference.sort_by_key(|r| r.start);
    Worded {
        trends,
        places: difference,
        new_states: new_state_places,
    }
}

/// Every difference found, in text order, and the change measured on both sides when there is one.
pub(super) fn all(
    reading: &Reading,
    worded: Worded,
    changes: &Changes,
    served: &[Range<usize>],
    times: &Times,
) -> (Vec<Range<usize>>, Option<Range<usize>>) {
    let toks = &reading.toks;
    let mut difference = worded.places;
    let Changes {
        reported_benefit,
        present_after,
        again,
        after_label,
        since_a_time,
        since_done,
        first_time,
        moved_home,
        ceased,
    } = changes;
    let Times {
        then_clause,
        state_after,
        now_clause,
        dated_change,
        timed_pair,
        set_against_before,
        before_and_since,
        closes_on_before,
        ..
    } = times;
    // A before in one clause and an after in a later one is a change: "Families waited six weeks
    // before; this quarter it was four days".
    let listed = Taken::covering(&difference);
    for r in again
        .iter()
        .chain(since_done.iter())
        .chain(moved_home.iter())
        .chain(first_time.iter())
        .chain(ceased.iter())
        .chain(served.iter())
        .chain(dated_change.iter())
        .chain(timed_pair.iter())
        .chain(set_against_before.iter())
        .chain(reported_benefit.iter())
        .chain(before_and_since.iter())
        .chain(closes_on_before.iter())
        .chain(after_label.iter())
        .chain(since_a_time.iter())
        .chain(present_after.iter())
    {
        if !listed.overlaps(r) {
            difference.push(r.clone());
        }
    }
    let mut measured_change: Option<Range<usize>> = None;
    // "It was seven weeks last year and it's still seven weeks": "still" says nothing changed.
    let still = |c: &clause::Clause| toks[c.toks.clone()].iter().any(|t| t.norm == "still");
    if let (Some(t), Some(n)) = (*then_clause, *now_clause)
        && !still(n)
    {
        if difference.is_empty() {
            difference.push(n.bytes.clone());
        }
        // Both sides are figures: the change was measured, however else it was found.
        if t.figure && n.figure {
            measured_change = Some(n.bytes.clone());
        }
    }
    // "She was too frightened to open the door ... we set up a named worker ... she lets the carers
    // in": a before told in words, something done, then where things stand after it, is a change
    // told in words as a then and a now are in figures ("she still won't open it" says none).
    if let Some(n) = *state_after
        && !still(n)
        && difference.is_empty()
    {
        difference.push(n.bytes.clone());
    }
    difference.sort_by_key(|r| r.start);
    // One place found by two readings is one difference.
    difference.dedup();
    (difference, measured_change)
}

/// "a strong focus on outcomes", "an outcomes-based contract", "the right outcome for the person":
/// "outcome" names what is sought, a topic; it is a difference only when said as met or got ("77%
/// said their outcomes were fully or partly met", "got the outcome they wanted").
fn outcome_unmet(text: &str, toks: &[words::Token], d: &Range<usize>) -> bool {
    if !text[d.clone()].to_ascii_lowercase().starts_with("outcome") {
        return false;
    }
    let i = toks.partition_point(|t| t.start < d.start);
    let from = i.saturating_sub(5);
    let to = (i + 7).min(toks.len());
    !toks[from..to].iter().any(|t| {
        matches!(
            t.norm.as_str(),
            "met" | "achieved" | "got" | "get" | "gets" | "reached" | "fully" | "partly"
        )
    })
}
