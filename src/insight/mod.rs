//! Answer insights: does an answer say what was done, what difference it made, and how you know?
//!
//! Reads an answer against a [`Lexicon`] (word lists kept as data) and reports coverage of the three
//! questions, then-now-next, people, softeners, unexplained acronyms, identifying details and length,
//! with a few kind next steps. No terminal code lives here: the CLI and TUI only show a [`Report`].
//!
//! Three ways in: [`analyse`] for one text (suggestions point at lines), [`analyse_parts`] for an answer
//! given prompt by prompt (suggestions name the part, and [`Report::parts`] says which parts are empty),
//! and [`analyse_key_points`] for the notes jotted while an answer is said aloud (no length judgements).

mod acronyms;
mod actions;
mod before_after;
mod changes;
mod claims;
pub(crate) mod clause;
mod confidential;
mod difference;
mod done;
mod evidence;
mod evidence_found;
mod fillers;
mod has_not_did;
mod heard;
mod lexicon;
mod lexicon_file;
#[cfg(feature = "model")]
pub mod model;
mod next_steps;
mod overrule;
mod parts;
mod pattern;
#[cfg(test)]
mod pattern_src;
mod people;
mod people_found;
mod reading;
mod render;
mod report;
mod size;
mod softeners;
mod spoken;
mod staff_people;
mod story;
mod suggest;
mod text;
mod then_now;
mod titled;
pub(crate) mod words;

#[cfg(test)]
mod accuracy;
#[cfg(test)]
mod classes_tests;
#[cfg(test)]
mod contradictions;
#[cfg(test)]
mod difference_tests;
#[cfg(test)]
mod evidence_tests;
#[cfg(test)]
mod next_step_tests;
#[cfg(test)]
mod now_tests;
#[cfg(test)]
mod own_action_tests;
#[cfg(test)]
mod softener_tests;
#[cfg(test)]
mod tests;

pub use confidential::nhs_number_is_valid;
pub use lexicon::{BUNDLED_YAML, Lexicon, USER_FILE};
pub use render::{duration, render_report};
pub use report::{
    Confidential, ConfidentialKind, Covers, Finding, Gap, PartCoverage, Report, SpokenFigures,
    ThenNowNext, TickSource, part_label,
};
pub use size::{MAX_ANSWER_BYTES, answer_over_limit, answer_too_long, check_answer_size};

use parts::is_part;
#[cfg(test)]
use parts::join as join_parts;
use reading::Reading;
use std::ops::Range;
use text::Lines;

/// Speaking pace used for timings: the middle of the usual 130-150 words a minute.
pub const WORDS_PER_MINUTE: u32 = 140;

/// The length an answer is judged against when its question gives no target: about two minutes, a
/// usual answer in the interview.
pub const DEFAULT_TARGET_SECONDS: u32 = 120;

/// Details in `text` that could identify someone (names with a title, NHS numbers, phones, emails,
/// postcodes, addresses, dates of birth), for a line that gets no full analysis, such as the
/// reflection after an answer. Places are in `text`.
pub fn identifying_details(lexicon: &Lexicon, text: &str) -> Vec<Confidential> {
    let lines = Lines::new(text);
    confidential::scan(lexicon, text, this_year())
        .into_iter()
        .map(|(kind, r)| {
            let (line, column) = lines.place(text, r.start);
            Confidential {
                kind,
                text: text[r.clone()].to_string(),
                start: r.start,
                end: r.end,
                line,
                column,
            }
        })
        .collect()
}

/// What joins the parts of an answer in [`analyse_parts`].
pub const PART_SEPARATOR: &str = "\n\n";

/// How the answer was given: written out in full, or jotted as key points while it was said aloud.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mode {
    Written,
    KeyPoints,
}

/// Reads one answer. `target_seconds` is the question's target length, when it has one.
/// Suggestions point at places by line ("on line 3").
pub fn analyse(lexicon: &Lexicon, text: &str, target_seconds: Option<u32>) -> Report {
    analyse_at(lexicon, text, target_seconds, &[], this_year())
}

/// Reads an answer given as parts, one per prompt: `(prompt id, text)` with ids such as `done`,
/// `difference`, `evidence`, `follow-up`. The parts are joined with a blank line; the joined text is
/// returned with the report, whose offsets point into it. Suggestions name the part ("in 'What
/// difference has it made?'"), not a line of the joined text, which the speaker never sees.
///
/// The ids are used as hints only. Under "What have you done?" a line that starts with an action verb
/// ("Set up a carers' forum") counts as done, because the prompt has already said who.
///
/// The rule for parts: `covers` is about the answer as a whole, since an assessor hears it as a whole,
/// so a figure given under "What difference has it made?" still says how you know. But a `done`,
/// `difference` or `evidence` part left empty is never passed over: [`Report::parts`] marks it empty
/// and not answered, and a suggestion names it ("Your 'How do you know?' part is empty: ..."). A part
/// that holds text but nothing for its own question gets a suggestion when the question is not
/// answered anywhere else.
pub fn analyse_parts(
    lexicon: &Lexicon,
    parts: &[(&str, &str)],
    target_seconds: Option<u32>,
) -> (String, Report) {
    analyse_joined(lexicon, parts, target_seconds, Mode::Written)
}

/// Like [`analyse_parts`], for spoken rehearsal, where the PSW says the answer aloud and jots only its
/// key points. Coverage of the three questions, then-now-next, people, confidentiality and acronyms are
/// read as usual, and a line opening with an action verb ("set up MARP") counts as done in any part,
/// since the "I" is said aloud. Nothing is judged on length: `speaking_seconds` is 0 and `over_target`
/// false (notes are not the spoken answer), `key_points` is true, and suggestions speak of the key
/// points ("Your key points do not yet include how you know: ...") rather than of wording.
pub fn analyse_key_points(
    lexicon: &Lexicon,
    parts: &[(&str, &str)],
    target_seconds: Option<u32>,
) -> (String, Report) {
    analyse_joined(lexicon, parts, target_seconds, Mode::KeyPoints)
}

/// Like [`analyse_parts`] (or [`analyse_key_points`] when `key_points`), naming each part by the title
/// the screen shows it under: `titles` holds (prompt id, title) from the bank ("What your own
/// evidence shows"), so a suggestion never names a part the speaker cannot see.
pub fn analyse_titled(
    lexicon: &Lexicon,
    parts: &[(&str, &str)],
    titles: &[(&str, &str)],
    target_seconds: Option<u32>,
    key_points: bool,
) -> (String, Report) {
    let (joined, spans) = parts::join(parts);
    let mode = if key_points {
        Mode::KeyPoints
    } else {
        Mode::Written
    };
    let report = analyse_full(
        lexicon,
        &joined,
        target_seconds,
        &spans,
        titles,
        this_year(),
        mode,
    );
    (joined, report)
}

fn analyse_joined(
    lexicon: &Lexicon,
    parts: &[(&str, &str)],
    target_seconds: Option<u32>,
    mode: Mode,
) -> (String, Report) {
    analyse_titled(lexicon, parts, &[], target_seconds, mode == Mode::KeyPoints)
}

fn this_year() -> i32 {
    use chrono::Datelike;
    chrono::Local::now().year()
}

/// The whole analysis, with the year fixed so tests do not change as the calendar does.
pub(crate) fn analyse_at(
    lexicon: &Lexicon,
    text: &str,
    target_seconds: Option<u32>,
    parts: &[(&str, Range<usize>)],
    this_year: i32,
) -> Report {
    analyse_full(
        lexicon,
        text,
        target_seconds,
        parts,
        &[],
        this_year,
        Mode::Written,
    )
}

/// The whole answer read: each finding is decided in its own module, in the order they depend on
/// one another, and the model (feature `model`) has its say in [`overrule::by_model`].
pub(crate) fn analyse_full(
    lexicon: &Lexicon,
    text: &str,
    target_seconds: Option<u32>,
    parts: &[(&str, Range<usize>)],
    titles: &[(&str, &str)],
    this_year: i32,
    mode: Mode,
) -> Report {
    let key_points = mode == Mode::KeyPoints;
    let reading = Reading::new(lexicon, text, this_year);
    let unclaimed = |r: &Range<usize>| reading.unclaimed(r);

    let next = next_steps::find(&reading);
    let (done, own_part) = done::found(
        reading.m,
        text,
        &reading.toks,
        parts,
        key_points,
        &reading.clauses,
        &unclaimed,
    );
    let example = people::examples(lexicon, text, &reading.toks, &reading.titled);
    let worded = difference::worded(&reading);
    let people = people_found::mentions(&reading);
    let process = words::all_matches(reading.m.process.as_ref(), &reading.toks);
    let hedges = softeners::in_answer(&reading);
    let acronyms = acronyms::unexplained(lexicon, text, &reading.private);

    let times = then_now::read(&reading, &done);
    let done = {
        let (labelled_before, labelled_after) = done::labelled_before_after(text);
        let before = [
            times.then_clause.map(|c| c.bytes.clone()),
            times.dated_first.clone(),
            labelled_before,
        ]
        .into_iter()
        .flatten()
        .min_by_key(|r| r.start);
        let after = [
            times.dated_change.clone(),
            times.now_clause.map(|c| c.bytes.clone()),
            labelled_after,
        ]
        .into_iter()
        .flatten()
        .max_by_key(|r| r.start);
        let mut done = done;
        let places = text::Taken::covering(&done);
        for r in done::between_before_and_after(text, &reading.clauses, before, after) {
            if !places.overlaps(&r) {
                done.push(r);
            }
        }
        done.sort_by_key(|r| r.start);
        done
    };
    let changes = changes::find(&reading, &done);
    let then_now_next = then_now::then_now_next(
        &reading,
        &times,
        &changes,
        &worded,
        &done,
        !next.places.is_empty(),
    );
    let served = changes::served(&reading, &done, &people);
    let (difference, measured_change) =
        difference::all(&reading, worded, &changes, &served, &times);

    let counted = evidence_found::counted(&reading, &next);
    let evidence_found =
        evidence_found::found(&reading, &counted, measured_change, &changes.since_done);
    let empty_part = |wanted: &str| parts::is_empty(text, parts, wanted);
    let covers = Covers {
        done: !done.is_empty() && !empty_part("done"),
        difference: !difference.is_empty() && !empty_part("difference"),
        evidence: !evidence_found.is_empty() && !empty_part("evidence"),
    };
    let difference_for_people = people_found::difference_for_people(&reading, &people, &difference);
    let verdict = overrule::Verdict {
        covers,
        then_now_next,
        own_part,
        people,
        difference_for_people,
        people_by_model: None,
    };
    #[cfg(feature = "model")]
    let verdict = overrule::by_model(text, verdict, &empty_part);
    let overrule::Verdict {
        covers,
        then_now_next,
        own_part,
        people,
        difference_for_people,
        people_by_model,
    } = verdict;

    let word_count = text::word_count(text);
    let speaking_seconds = if key_points {
        0
    } else {
        ((word_count as u64 * 60 + u64::from(WORDS_PER_MINUTE) / 2) / u64::from(WORDS_PER_MINUTE))
            as u32
    };
    let length_target_seconds = target_seconds.unwrap_or(DEFAULT_TARGET_SECONDS);
    let over_target = !key_points && speaking_seconds > length_target_seconds;

    let answered = parts::Answered {
        done: &done,
        difference: &difference,
        evidence_markers: &counted,
        evidence_found: &evidence_found,
    };
    let part_coverage = parts::coverage(text, parts, titles, &answered);
    let ticks_from_other_parts = parts::ticks_from_other_parts(&covers, &part_coverage, &answered);
    let has_not_did = if covers.done {
        None
    } else {
        has_not_did::quoted(text, parts)
    };

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

    let mut report = Report {
        word_count,
        speaking_seconds,
        target_seconds,
        over_target,
        covers,
        then_now_next,
        evidence_markers: reading
            .markers
            .iter()
            .map(|mk| finding(&mk.range))
            .collect(),
        people_mentions: people.iter().map(&finding).collect(),
        hedges: hedges.iter().map(&finding).collect(),
        unexplained_acronyms: acronyms.iter().map(&finding).collect(),
        confidentiality: reading
            .confidential
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
        parts: part_coverage,
        key_points,
        example_markers: example.iter().map(&finding).collect(),
        own_part_markers: own_part.iter().map(&finding).collect(),
        next_markers: next.places.iter().map(&finding).collect(),
        next_has_when: next.has_when(&reading),
        gaps: Vec::new(),
        fillers: fillers::find(text).iter().map(&finding).collect(),
        spoken: None,
        length_target_seconds,
        evidence_found: evidence_found.iter().map(&finding).collect(),
        ticks_from_other_parts,
        people_by_model,
    };
    report.gaps = report.compute_gaps();
    report.suggestions = suggest::suggestions(&suggest::Facts {
        report: &report,
        has_not_did,
        heard: heard::hear(text, &reading.toks, &reading.clauses, &reading.private),
    });
    report
}
