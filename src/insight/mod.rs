//! Answer insights: does an answer say what was done, what difference it made, and how you know?
//!
//! Reads an answer against a [`Lexicon`] (word lists kept as data) and reports coverage of the three
//! questions, then-now-next, people, softeners, unexplained acronyms, identifying details and length,
//! with a few kind next steps. No terminal code lives here: the CLI and TUI only show a [`Report`].

mod acronyms;
mod confidential;
mod evidence;
mod lexicon;
mod report;
mod text;

#[cfg(test)]
mod tests;

pub use confidential::nhs_number_is_valid;
pub use lexicon::{BUNDLED_YAML, Lexicon, USER_FILE};
pub use report::{
    Confidential, ConfidentialKind, Covers, Finding, Report, ThenNowNext, duration, render_report,
};

use evidence::MarkerKind;
use regex::Regex;
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use text::{Lines, Sentences, Taken, overlaps_any};

/// Speaking pace used for timings: the middle of the usual 130-150 words a minute.
pub const WORDS_PER_MINUTE: u32 = 140;

/// What joins the parts of an answer in [`analyse_parts`].
pub const PART_SEPARATOR: &str = "\n\n";

/// Reads one answer. `target_seconds` is the question's target length, when it has one.
pub fn analyse(lexicon: &Lexicon, text: &str, target_seconds: Option<u32>) -> Report {
    analyse_at(lexicon, text, target_seconds, &[], this_year())
}

/// Reads an answer given as parts, one per prompt: `(prompt id, text)` with ids such as `done`,
/// `difference`, `evidence`, `follow-up`. The parts are joined with a blank line; the joined text is
/// returned with the report, whose offsets point into it.
///
/// The ids are used as hints only. Text written under "How do you know?" that holds no evidence does
/// not count as evidence, but under "What have you done?" a line that starts with an action verb
/// ("Set up a carers' forum") counts as done, because the prompt has already said who.
pub fn analyse_parts(
    lexicon: &Lexicon,
    parts: &[(&str, &str)],
    target_seconds: Option<u32>,
) -> (String, Report) {
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
    let report = analyse_at(lexicon, &joined, target_seconds, &spans, this_year());
    (joined, report)
}

fn this_year() -> i32 {
    use chrono::Datelike;
    chrono::Local::now().year()
}

fn all_matches(regex: Option<&Regex>, text: &str) -> Vec<Range<usize>> {
    regex
        .map(|r| r.find_iter(text).map(|m| m.range()).collect())
        .unwrap_or_default()
}

fn is_part(id: &str, wanted: &str) -> bool {
    id.eq_ignore_ascii_case(wanted)
}

/// The whole analysis, with the year fixed so tests do not change as the calendar does.
pub(crate) fn analyse_at(
    lexicon: &Lexicon,
    text: &str,
    target_seconds: Option<u32>,
    parts: &[(&str, Range<usize>)],
    this_year: i32,
) -> Report {
    let m = &lexicon.m;
    let lines = Lines::new(text);
    let finding = |r: &Range<usize>| {
        let (line, column) = lines.place(text, r.start);
        Finding {
            text: text[r.clone()].to_string(),
            start: r.start,
            end: r.end,
            line,
            column,
        }
    };

    let confidential = confidential::scan(lexicon, text, this_year);
    let private: Vec<Range<usize>> = confidential.iter().map(|(_, r)| r.clone()).collect();

    let markers = evidence::scan(lexicon, text, &private);
    let sentences = Sentences::new(text);
    // "We plan to survey staff" names a source that does not exist yet: a source only counts when no
    // future wording comes before it in its sentence.
    let future = all_matches(m.next.as_ref(), text);
    let mut first_future: HashMap<usize, usize> = HashMap::new();
    for r in &future {
        first_future
            .entry(sentences.index_of(r.start))
            .or_insert(r.start);
    }
    let promised = |mk: &evidence::Marker| {
        mk.kind == MarkerKind::Source
            && first_future
                .get(&sentences.index_of(mk.range.start))
                .is_some_and(|&start| start < mk.range.start)
    };
    let counts_as_evidence = |mk: &evidence::Marker| mk.kind != MarkerKind::Date && !promised(mk);

    let mut done = all_matches(m.done.as_ref(), text);
    done.extend(all_matches(m.done_phrases.as_ref(), text));
    if let Some(opening) = &m.done_opening {
        for (_, span) in parts.iter().filter(|(id, _)| is_part(id, "done")) {
            for caps in opening.captures_iter(&text[span.clone()]) {
                if let Some(verb) = caps.name("verb") {
                    let r = span.start + verb.start()..span.start + verb.end();
                    if !overlaps_any(&r, &done) {
                        done.push(r);
                    }
                }
            }
        }
    }
    done.sort_by_key(|r| r.start);

    let trends: Vec<Range<usize>> = markers
        .iter()
        .filter(|mk| mk.kind == MarkerKind::Trend)
        .map(|mk| mk.range.clone())
        .collect();
    // A before-and-after figure is a difference even when no change word is used.
    let mut difference = all_matches(m.difference.as_ref(), text);
    for t in &trends {
        difference.retain(|d| !text::overlaps(d, t));
    }
    difference.extend(trends.iter().cloned());
    difference.sort_by_key(|r| r.start);
    let people = all_matches(m.people.as_ref(), text);
    let process = all_matches(m.process.as_ref(), text);

    let exceptions = Taken::from_disjoint(all_matches(m.hedge_except.as_ref(), text));
    let hedges: Vec<Range<usize>> = all_matches(m.hedges.as_ref(), text)
        .into_iter()
        .filter(|r| !exceptions.overlaps(r))
        // "only 4% missed it" reports a figure; it does not play the work down.
        .filter(|r| {
            !(text[r.clone()].eq_ignore_ascii_case("only")
                && text[r.end..]
                    .trim_start()
                    .starts_with(|c: char| c.is_ascii_digit()))
        })
        .collect();

    let acronyms = acronyms::unexplained(lexicon, text, &private);

    // A trend holds a then and a now; a past year says when things were.
    let trend = !trends.is_empty();
    let years: Vec<i32> = markers
        .iter()
        .filter(|mk| mk.kind == MarkerKind::Date)
        .filter_map(|mk| evidence::year_in(&text[mk.range.clone()]))
        .collect();
    let then_now_next = ThenNowNext {
        then: trend
            || years.iter().any(|&y| y < this_year)
            || m.then.as_ref().is_some_and(|r| r.is_match(text)),
        now: trend
            || years.contains(&this_year)
            || m.now.as_ref().is_some_and(|r| r.is_match(text)),
        next: !future.is_empty(),
    };

    let covers = Covers {
        done: !done.is_empty(),
        difference: !difference.is_empty(),
        evidence: markers.iter().any(counts_as_evidence),
    };

    let people_sentences: HashSet<usize> =
        people.iter().map(|r| sentences.index_of(r.start)).collect();
    let difference_for_people = difference
        .iter()
        .any(|r| people_sentences.contains(&sentences.index_of(r.start)));

    let word_count = text::word_count(text);
    let speaking_seconds = ((word_count as u64 * 60 + u64::from(WORDS_PER_MINUTE) / 2)
        / u64::from(WORDS_PER_MINUTE)) as u32;
    let over_target = target_seconds.is_some_and(|t| speaking_seconds > t);

    let empty_parts: Vec<&str> = parts
        .iter()
        .filter(|(_, span)| !text[span.clone()].trim().is_empty())
        .filter_map(|(id, span)| {
            let inside = |r: &Range<usize>| r.start >= span.start && r.end <= span.end;
            let empty = if is_part(id, "done") {
                !done.iter().any(inside)
            } else if is_part(id, "difference") {
                !difference.iter().any(inside)
            } else if is_part(id, "evidence") {
                !markers
                    .iter()
                    .any(|mk| counts_as_evidence(mk) && inside(&mk.range))
            } else {
                false
            };
            empty.then_some(*id)
        })
        .collect();

    let mut report = Report {
        word_count,
        speaking_seconds,
        target_seconds,
        over_target,
        covers,
        then_now_next,
        evidence_markers: markers.iter().map(|mk| finding(&mk.range)).collect(),
        people_mentions: people.iter().map(&finding).collect(),
        hedges: hedges.iter().map(&finding).collect(),
        unexplained_acronyms: acronyms.iter().map(&finding).collect(),
        confidentiality: confidential
            .iter()
            .map(|(kind, r)| {
                let f = finding(r);
                Confidential {
                    kind: *kind,
                    text: f.text,
                    start: f.start,
                    end: f.end,
                    line: f.line,
                    column: f.column,
                }
            })
            .collect(),
        suggestions: Vec::new(),
        done_markers: done.iter().map(&finding).collect(),
        difference_markers: difference.iter().map(&finding).collect(),
        process_mentions: process.iter().map(&finding).collect(),
        difference_for_people,
    };
    report.suggestions = report::suggestions(&report::Facts {
        report: &report,
        empty_parts,
    });
    report
}
