//! An answer given part by part: joining the parts, which parts are empty, whether each answers its
//! own question, and which part a tick rests on when it is not its own.

use super::PART_SEPARATOR;
use super::report::{Covers, PartCoverage, TickSource, part_label};
use std::ops::Range;

pub(super) fn is_part(id: &str, wanted: &str) -> bool {
    id.eq_ignore_ascii_case(wanted)
}

/// The parts joined with [`PART_SEPARATOR`], and each part's id and place in the joined text.
pub(super) fn join<'a>(parts: &[(&'a str, &str)]) -> (String, Vec<(&'a str, Range<usize>)>) {
    let mut joined = String::new();
    let mut spans: Vec<(&str, Range<usize>)> = Vec::new();
    for (i, (id, part)) in parts.iter().enumerate() {
        if i > 0 {
            joined.push_str(PART_SEPARATOR);
        }
        let start = joined.len();
        joined.push_str(part);
        spans.push((id.trim(), start..joined.len()));
    }
    (joined, spans)
}

/// A part left empty never gets a tick, even when its question is answered in another part: the
/// panel would otherwise tick "How you know" beside "your 'How do you know?' part is empty".
pub(super) fn is_empty(text: &str, parts: &[(&str, Range<usize>)], wanted: &str) -> bool {
    parts
        .iter()
        .any(|(id, span)| is_part(id, wanted) && text[span.clone()].trim().is_empty())
}

/// The places found for each of the three questions, for telling which part answers which.
pub(super) struct Answered<'f> {
    pub done: &'f [Range<usize>],
    pub difference: &'f [Range<usize>],
    /// The evidence markers that count, wherever they are.
    pub evidence_markers: &'f [Range<usize>],
    /// The evidence found, which may be a change measured rather than a marker.
    pub evidence_found: &'f [Range<usize>],
}

/// Each part, whether it is empty and whether it answers its own question, named by the title the
/// screen shows it under.
pub(super) fn coverage(
    text: &str,
    parts: &[(&str, Range<usize>)],
    titles: &[(&str, &str)],
    answered: &Answered,
) -> Vec<PartCoverage> {
    parts
        .iter()
        .map(|(id, span)| {
            let inside = |r: &Range<usize>| r.start >= span.start && r.end <= span.end;
            let answers_own = if is_part(id, "done") {
                Some(answered.done.iter().any(inside))
            } else if is_part(id, "difference") {
                Some(answered.difference.iter().any(inside))
            } else if is_part(id, "evidence") {
                Some(answered.evidence_markers.iter().any(inside))
            } else {
                None
            };
            PartCoverage {
                id: id.to_string(),
                label: titles
                    .iter()
                    .find(|(t, _)| is_part(t, id))
                    .map_or_else(|| part_label(id), |(_, title)| title.to_string()),
                start: span.start,
                end: span.end,
                empty: text[span.clone()].trim().is_empty(),
                answers_own,
            }
        })
        .collect()
}

/// A tick that rests on another part than its own says which: "evidence" from 'What difference...'.
pub(super) fn ticks_from_other_parts(
    covers: &Covers,
    part_coverage: &[PartCoverage],
    answered: &Answered,
) -> Vec<TickSource> {
    let mut ticks: Vec<TickSource> = Vec::new();
    for (question, ticked, found) in [
        ("done", covers.done, answered.done),
        ("difference", covers.difference, answered.difference),
        ("evidence", covers.evidence, answered.evidence_found),
    ] {
        let own = part_coverage
            .iter()
            .find(|p| is_part(&p.id, question) && !p.empty);
        if !ticked || own.is_none_or(|p| p.answers_own != Some(false)) {
            continue;
        }
        let from = found.iter().find_map(|r| {
            part_coverage
                .iter()
                .find(|p| r.start >= p.start && r.end <= p.end)
        });
        if let Some(p) = from {
            ticks.push(TickSource {
                question: question.to_string(),
                part: p.label.clone(),
            });
        }
    }
    ticks
}
