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
mod claims;
pub(crate) mod clause;
mod confidential;
mod done;
mod evidence;
mod heard;
mod lexicon;
mod lexicon_file;
#[cfg(feature = "model")]
pub mod model;
mod pattern;
#[cfg(test)]
mod pattern_src;
mod people;
mod render;
mod report;
mod size;
mod softeners;
mod spoken;
mod suggest;
mod text;
mod titled;
pub(crate) mod words;

#[cfg(test)]
mod accuracy;
#[cfg(test)]
mod classes_tests;
#[cfg(test)]
mod contradictions;
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

use claims::{
    compares_places, dated_pairs, limits_a_figure, names_or_purpose, new_states, no_longer_now,
    nobody_took, not_claimed, note_year, reports_a_benefit, says_it_ceased, speaker_feeds_back,
    still_not_right, stray_next, work_going_on,
};
use evidence::MarkerKind;
use pattern::{EXAMPLE_PERSON, FILLER, HAVE_A, PERSON_ACTS, WHEN};
use std::collections::{HashMap, HashSet};
use std::ops::Range;
use text::{Lines, Sentences, Taken};

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
    let (joined, spans) = join_parts(parts);
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

fn join_parts<'a>(parts: &[(&'a str, &str)]) -> (String, Vec<(&'a str, Range<usize>)>) {
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

fn this_year() -> i32 {
    use chrono::Datelike;
    chrono::Local::now().year()
}

fn is_part(id: &str, wanted: &str) -> bool {
    id.eq_ignore_ascii_case(wanted)
}

/// Words that end the quoted thing ("a protocol with children's services" is quoted as "a protocol").
const QUOTE_STOPS: &[&str] = &[
    "with", "for", "and", "in", "on", "that", "which", "to", "of", "at", "from", "so", "but",
    "because", "where", "who", "when", "if", "as", "by",
];

/// "have a lot of", "have a long way to go": not a thing that exists.
const NOT_THINGS: &[&str] = &[
    "lot", "long", "look", "go", "think", "chance", "way", "feeling", "sense", "bit", "little",
    "good", "few",
];

/// The first "we have a ..." in `range`, quoted as far as the thing it names.
fn has_not_did(text: &str, range: Range<usize>) -> Option<String> {
    let within = text.get(range)?;
    for m in HAVE_A.find_iter(within) {
        let rest = &within[m.end..];
        let mut cut = rest.len().min(200);
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let rest = &rest[..cut];
        let clause = rest
            .find(['.', ',', ';', ':', '!', '?', '\n', '(', '"', '“'])
            .map_or(rest, |i| &rest[..i]);
        let words: Vec<&str> = clause
            .split_whitespace()
            .take_while(|w| !QUOTE_STOPS.contains(&w.to_lowercase().as_str()))
            .take(3)
            .collect();
        let Some(first) = words.first() else { continue };
        if NOT_THINGS.contains(&first.to_lowercase().as_str()) {
            continue;
        }
        let head: Vec<&str> = within[m].split_whitespace().collect();
        return Some(format!("{} {}", head.join(" "), words.join(" ")));
    }
    None
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

/// Words before "like" that make it a filler rather than a comparison or a liking.
const LIKE_FILLER_AFTER: &[&str] = &["and", "so", "but", "um", "er", "erm"];

fn fillers(text: &str) -> Vec<Range<usize>> {
    FILLER
        .find_iter(text)
        .filter(|m| {
            let word = text[m.clone()].to_ascii_lowercase();
            if word.starts_with("you") {
                // "you know" asked as a real question, or "you know who to call", is no filler.
                let after = text[m.end..].trim_start_matches([' ', '\t']);
                return after.is_empty()
                    || after.starts_with([',', '.', ';', '-', '–', '…'])
                    || text[..m.start].trim_end().ends_with(',');
            }
            if word.starts_with("i ") || word.starts_with("i\t") || word.starts_with("i\n") {
                // "I mean," opening a thought; "what I mean is" is not a filler.
                return text[m.end..].starts_with(',');
            }
            if word != "like" {
                return true;
            }
            let before = text[..m.start].trim_end();
            let after = &text[m.end..];
            let previous = before
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("")
                .to_lowercase();
            after.starts_with(',')
                || before.ends_with(',')
                || before.is_empty()
                || before.ends_with(['.', '!', '?'])
                || LIKE_FILLER_AFTER.contains(&previous.as_str())
        })
        .collect()
}

/// "He went home in 2 days": a sentence that goes on about the person the last one named.
fn opens_with_pronoun(text: &str, sentences: &Sentences, index: usize) -> bool {
    let start = sentences.start(index);
    let opening: String = text
        .get(start..)
        .unwrap_or("")
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    matches!(
        opening.as_str(),
        "he" | "she" | "they" | "his" | "her" | "their" | "him" | "them" | "both"
    )
}

pub(crate) fn analyse_full(
    lexicon: &Lexicon,
    text: &str,
    target_seconds: Option<u32>,
    parts: &[(&str, Range<usize>)],
    titles: &[(&str, &str)],
    this_year: i32,
    mode: Mode,
) -> Report {
    let m = lexicon.m();
    let key_points = mode == Mode::KeyPoints;
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

    let toks = words::tokens(text);
    let clauses = clause::read(text, &toks);
    // A clause that denies, plans, hopes, hedges or supposes claims nothing (issue 17).
    let unclaimed = |r: &Range<usize>| {
        let found = clause::at(&clauses, r.start);
        not_claimed(text, r, found.map_or(0, |c| c.bytes.start))
            || found.is_some_and(|c| !c.stance.claims())
    };
    let confidential = confidential::scan(lexicon, text, this_year);
    let titled = confidential::titled_names_all(lexicon, text);
    let private: Vec<Range<usize>> = confidential.iter().map(|(_, r)| r.clone()).collect();

    let markers = evidence::scan(lexicon, text, &toks, &private);
    let sentences = Sentences::new(text);
    // "We plan to survey staff" names a source that does not exist yet: a source only counts when no
    // future wording comes before it in its sentence.
    let mut future = words::all_matches(m.next.as_ref(), &toks);
    future.retain(|r| {
        !stray_next(text, r)
            && clause::at(&clauses, r.start).is_none_or(|c| {
                !c.hoped && !matches!(c.stance, clause::Stance::Discourse | clause::Stance::Denied)
            })
    });
    // A step still to come in any grammar: "from January I'm taking it round", "we're planning an
    // audit in the spring", "first one due in January".
    let listed_future = Taken::covering(&future);
    for c in &clauses {
        if c.stance == clause::Stance::Planned && !listed_future.overlaps(&c.bytes) {
            future.push(c.bytes.clone());
        }
    }
    future.sort_by_key(|r| r.start);
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
    // "We have not measured it yet", "I hope to audit": a source or figure not claimed.
    let counts_as_evidence = |mk: &evidence::Marker| {
        mk.kind != MarkerKind::Date
            && !promised(mk)
            && !unclaimed(&mk.range)
            && (mk.kind != MarkerKind::Source
                || !(speaker_feeds_back(text, &mk.range)
                    || clause::at(&clauses, mk.range.start)
                        .is_some_and(|c| nobody_took(text, &toks, c, &mk.range))))
    };

    let (done, own_part) = done::found(m, text, &toks, parts, key_points, &clauses, &unclaimed);

    let example = people::examples(lexicon, text, &toks, &titled);

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
                        && clause::at(&clauses, mk.range.start).is_some_and(|c| {
                            clause::claims_before(text, &toks, c, mk.range.start)
                        })))
        })
        .map(|mk| mk.range.clone())
        .collect();
    trends.extend(dated_pairs(text, &sentences, &markers));
    trends.sort_by_key(|r| r.start);
    // A before-and-after figure is a difference even when no change word is used, and so is a new
    // state ("people now get a call within five days"). A change hoped for, planned, hedged or denied
    // is not one ("we hope to improve", "maybe it is a bit better", "not yet reduced").
    let mut difference = words::all_matches(m.difference.as_ref(), &toks);
    difference.retain(|d| {
        !unclaimed(d) && !compares_places(text, d) && !names_or_purpose(text, &toks, d)
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
    // A person named with a title is a person, whatever else is wrong with writing it down.
    let mut people = words::all_matches(m.people.as_ref(), &toks);
    let listed_people = Taken::covering(&people);
    people.extend(
        people::possessives(m.people.as_ref(), &toks)
            .into_iter()
            .filter(|r| !listed_people.overlaps(r)),
    );
    people.sort_by_key(|r| r.start);
    people.retain(|r| !people::names_a_body(text, &toks, r));
    // "a woman in her seventies", "one man who had been refusing care": a person in a story.
    let listed_people = Taken::covering(&people);
    people.extend(
        EXAMPLE_PERSON
            .find_iter(text)
            .filter(|r| !listed_people.overlaps(r)),
    );
    // "Her brother rang from Canada", "a daughter complained": a relative or one person acting in
    // a story is a person who draws on care or their family.
    let listed_people = Taken::covering(&people);
    let mut acting: Vec<Range<usize>> = PERSON_ACTS.find_iter(text).collect();
    acting.extend(people::one_person_acts(&toks));
    acting.extend(people::brought_into_a_story(&toks));
    acting.retain(|r| !listed_people.overlaps(r));
    acting.sort_by_key(|r| r.start);
    acting.dedup_by(|b, a| b.start < a.end);
    people.extend(acting);
    let people_places = Taken::covering(&people);
    for (r, _) in &titled {
        if !people::is_doctor(&text[r.clone()]) && !people_places.overlaps(r) {
            people.push(r.clone());
        }
    }
    people.sort_by_key(|r| r.start);
    let process = words::all_matches(m.process.as_ref(), &toks);

    let exceptions = Taken::from_disjoint(words::all_matches(m.hedge_except.as_ref(), &toks));
    let listed_hedges: Vec<Range<usize>> = words::all_matches(m.hedges.as_ref(), &toks)
        .into_iter()
        .filter(|r| !exceptions.overlaps(r))
        .collect();
    // "only 4% missed it", "just 12 carers" report a figure; "initials only," restricts.
    let hedges = softeners::find(listed_hedges, &toks, |r| limits_a_figure(text, r));

    let acronyms = acronyms::unexplained(lexicon, text, &private);

    // A trend holds a then and a now; a past year says when things were.
    let trend = !trends.is_empty();
    // Where things were: a past clause with a figure ("it was 1,140 in March", "two years ago a third
    // of posts were agency"); where they are: a present one ("it's 860 today", "every post is filled").
    let then_clause = clauses
        .iter()
        .enumerate()
        .find(|(i, c)| {
            c.stance.claims()
                && c.time == clause::Time::Past
                && clause::figure_outside(&toks, c, &private)
                && clause::states_a_past(&toks, &clauses, *i)
        })
        .map(|(_, c)| c);
    // A before in words, in a story or an answer that goes on to what was done and how things are
    // now: "The rota was short at weekends, so I worked with the EDT manager ... The leads now share
    // a rota."
    let state_before = clauses.iter().find(|c| {
        c.stance.claims()
            && c.time == clause::Time::Past
            && !c.figure
            && clause::past_state_in_words(&toks[c.toks.clone()])
            && done
                .iter()
                .find(|d| d.start >= c.bytes.end)
                .is_some_and(|d| {
                    clauses.iter().any(|n| {
                        n.bytes.start >= d.end
                            && n.stance.claims()
                            && n.time == clause::Time::Present
                    })
                })
    });
    // Where things stand after the change: a later present clause with a figure, or a later figure
    // of any tense once something has been done since the "then" ("only about half recorded it ... I
    // ran sessions ... our audit in October put it at 84%").
    let acted_between =
        |from: usize, to: usize| done.iter().any(|d| d.start >= from && d.end <= to);
    let now_clause = clauses.iter().find(|c| {
        c.stance.claims()
            && clause::figure_outside(&toks, c, &private)
            && match then_clause {
                None => c.time == clause::Time::Present,
                Some(t) => {
                    t.bytes.start < c.bytes.start
                        && (c.time == clause::Time::Present
                            || acted_between(t.bytes.end, c.bytes.start))
                }
            }
    });
    // A year says when things were only beside a figure: "in summer 2024 the team had 190 overdue",
    // not "the team was set up in 2019"; in note form the figure may follow the date on its line
    // ("- Apr-Oct 2026: 96").
    // Each with its year and month (0 where none is said), so two months of one year are in turn.
    let dated: Vec<((i32, u32), Range<usize>)> = markers
        .iter()
        .filter(|mk| mk.kind == MarkerKind::Date)
        .filter_map(|mk| {
            let i = clauses.partition_point(|c| c.bytes.end <= mk.range.start);
            let c = clauses.get(i).filter(|c| c.bytes.start <= mk.range.start)?;
            // The date's clause ends at its colon ("- Mar 2024:"), which the clause holds.
            let ends_in_colon = toks
                .get(c.toks.end.wrapping_sub(1))
                .is_some_and(|t| t.norm == ":");
            let next = clauses.get(i + 1).filter(|n| {
                n.sentence == c.sentence
                    && (ends_in_colon
                        || text
                            .get(c.bytes.end..n.bytes.start)
                            .is_some_and(|gap| gap.trim() == ":"))
            });
            let with_figure = [Some(c), next]
                .into_iter()
                .flatten()
                .find(|c| c.figure && c.stance.claims())?;
            let said = &text[mk.range.clone()];
            // "Apr-Oct 2026": the span ends in its last month.
            let month = said
                .rsplit(|c: char| !c.is_ascii_alphabetic())
                .find_map(crate::text::month_number)
                .unwrap_or(0);
            Some((
                (
                    evidence::year_in(said).or_else(|| note_year(text, &mk.range))?,
                    month,
                ),
                with_figure.bytes.clone(),
            ))
        })
        .collect();
    let dated_years: Vec<i32> = dated.iter().map(|((y, _), _)| *y).collect();
    // Figures against dates in turn ("- Mar 2024: 512 overdue ... - Oct 2026: 88") are a before and
    // an after: the latest is the marker.
    let dated_change = dated
        .iter()
        .max_by_key(|(y, r)| (*y, r.start))
        .filter(|(latest, r)| {
            dated
                .iter()
                .any(|(y, other)| y < latest && other.end <= r.start)
        })
        .map(|(_, r)| r.clone());
    // "In March 23% of reviews recorded an answer; in October it was 71%": figures against two
    // different times in one sentence, in turn, are a before and an after without a year.
    // "In March 23%": the month may have been read with the figure as a day ("March 23"), so the
    // month word after "in" counts too.
    let when_in = |c: &clause::Clause| {
        markers
            .iter()
            .find(|mk| mk.kind == MarkerKind::Date && c.bytes.contains(&mk.range.start))
            .map(|mk| text[mk.range.clone()].to_ascii_lowercase())
            .or_else(|| {
                toks[c.toks.clone()]
                    .windows(2)
                    .find(|w| {
                        w[0].norm == "in"
                            && pattern::MONTH_DATE.is_whole(&text[w[1].start..w[1].end])
                    })
                    .map(|w| w[1].norm.clone())
            })
    };
    let timed_pair = clauses
        .windows(2)
        .find(|w| {
            w[0].sentence == w[1].sentence
                && w.iter().all(|c| c.figure && c.stance.claims())
                && matches!((when_in(&w[0]), when_in(&w[1])), (Some(a), Some(b)) if a != b)
        })
        .map(|w| w[1].bytes.clone());
    // "Since the merge, referrals are picked up the same day; before, one in five sat over a
    // weekend": a present state set against how it was "before" in the same sentence is an after.
    let set_against_before = clauses
        .iter()
        .filter(|b| b.stance.claims() && b.time == clause::Time::Past)
        .filter(|b| {
            // "before," or "before that", not "before the panel met", which dates an action; in
            // speech after "and" ("... and before that the same families came to us").
            let ts = &toks[b.toks.clone()];
            let ts = match ts.first().map(|t| t.norm.as_str()) {
                Some("and" | "so" | "but") => &ts[1..],
                _ => ts,
            };
            let first = ts.first().map_or("", |t| t.norm.as_str());
            // "and before that I was a team manager": the speaker's career, not the service.
            let of_the_speaker = ts
                .iter()
                .skip(1)
                .find(|t| t.is_word() && !matches!(t.norm.as_str(), "that" | "then"))
                .is_some_and(|t| t.norm == "i");
            !of_the_speaker
                && (first == "previously"
                    || (first == "before"
                        && ts.get(1).is_some_and(|n| {
                            !n.is_word() || matches!(n.norm.as_str(), "that" | "then")
                        })))
        })
        .find_map(|b| {
            clauses
                .iter()
                .filter(|c| {
                    c.sentence == b.sentence
                    && c.bytes != b.bytes
                    && c.stance.claims()
                    // A verb the reader does not know ("a carer hears back") leaves the time
                    // unknown; set against "before", it is the present. A figure for a recent
                    // time is the after in any tense ("and last year it was forty").
                    && (matches!(c.time, clause::Time::Present | clause::Time::Unknown)
                        || (c.figure && b.figure && clause::for_a_recent_time(&toks[c.toks.clone()])))
                    && !toks[c.toks.clone()].iter().any(|t| t.norm.ends_with("'d"))
                    // "Before that, I managed the hospital team": a past the reader did not
                    // know, told of the speaker, is no after.
                    && !(c.time == clause::Time::Unknown
                        && toks[c.toks.clone()].windows(2).any(|w| {
                            matches!(w[0].norm.as_str(), "i" | "we")
                                && w[1].norm.len() > 4
                                && w[1].norm.ends_with("ed")
                        }))
                })
                // The clause in the present rather than one of unknown time ("Since the merge,").
                .min_by_key(|c| c.time != clause::Time::Present)
        })
        .map(|c| c.bytes.clone());
    // "We rewrote the pathway ... The therapists say it saves them a phone call on every
    // discharge": a practitioner's or a person's report of what the work does now is a change.
    let reported_benefit = clauses
        .iter()
        .filter(|c| c.stance == clause::Stance::Reported && c.time != clause::Time::ToCome)
        .filter(|c| done.iter().any(|d| d.end <= c.bytes.start))
        .find(|c| reports_a_benefit(&toks[c.toks.clone()], c.time))
        .map(|c| c.bytes.clone());
    // "Missed handovers were recorded 23 times in the six months before the change and twice in the
    // six months since": figures for the time before and the time since something are a then and a
    // now, in any tense.
    let before_and_since = clauses
        .iter()
        .enumerate()
        .filter(|(_, c)| c.stance.claims() && c.figure)
        .find_map(|(i, c)| {
            let k = toks[c.toks.clone()]
                .iter()
                .position(|t| t.norm == "before")?;
            let rest: Vec<&clause::Clause> = clauses[i..]
                .iter()
                .take_while(|n| n.sentence == c.sentence)
                .collect();
            let last = rest.last()?;
            let after = &toks[c.toks.start + k + 1..last.toks.end];
            let since = after
                .iter()
                .any(|t| matches!(t.norm.as_str(), "since" | "after"));
            let figures = toks[c.toks.start..last.toks.end]
                .iter()
                .filter(|t| clause::is_figure_word(&t.norm))
                .count();
            (since && figures >= 2).then_some(c.toks.start..last.toks.end)
        })
        .map(|r| toks[r.start].start..toks[r.end - 1].end);
    // A new arrangement said in the present after how it "used to" be ("Carers used to ring three
    // numbers. There's one carers' line"), or after what people had no way to get ("Deaf people
    // had no way to reach us at night. The duty team takes video calls").
    let used_to = clauses.iter().find(|c| {
        (c.stance.claims()
            && toks[c.toks.clone()]
                .windows(2)
                .any(|w| matches!(w[0].norm.as_str(), "used" | "use") && w[1].norm == "to"))
            || clause::says_a_past_lack(&toks[c.toks.clone()], c)
    });
    // The new arrangement may come first, as an answer often opens with it ("Anyone waiting can
    // get help straight away ... When I set it up, people waiting got a letter and nothing else"),
    // in another sentence than the before.
    let present_after = used_to.and_then(|u| {
        let present = |c: &&clause::Clause| {
            c.stance.claims()
                && c.time == clause::Time::Present
                // "they'd get a no from both teams": what used to happen, not what happens now.
                && !toks[c.toks.clone()].iter().any(|t| t.norm.ends_with("'d"))
        };
        clauses
            .iter()
            .filter(present)
            .find(|c| c.bytes.start > u.bytes.end)
            .or_else(|| {
                clauses
                    .iter()
                    .filter(present)
                    .find(|c| c.bytes.end <= u.bytes.start && c.sentence != u.sentence)
            })
    });
    // "She sleeps through the night again", "she's eating again": a state regained.
    let again: Vec<Range<usize>> = clauses
        .iter()
        .filter(|c| c.stance.claims() && before_after::regained(&toks[c.toks.clone()], c.time))
        .map(|c| c.bytes.clone())
        .collect();
    let after_label = before_after::after(&toks, &clauses, &done);
    let since_a_time = before_after::figure_since_a_time(&toks, &clauses);
    // "Since then 340 people have chosen...", "In the four months since, placements have fallen":
    // a figure said of the time since something was done is where things stand after it.
    let since_done: Vec<Range<usize>> = clauses
        .iter()
        .enumerate()
        .filter_map(|(i, c)| {
            // "since then", or "since" closing its words ("in the six months since, ...").
            let ts = &toks[c.toks.clone()];
            let k = ts.iter().position(|t| t.norm == "since")?;
            if !ts
                .get(k + 1)
                .is_none_or(|t| matches!(t.norm.as_str(), "then" | "," | "." | ";" | ":"))
            {
                return None;
            }
            // "... and there hasn't been a fire death among us since.": "since" closing its
            // sentence says of the words it ends that they have held since the work, with or
            // without a figure ("no one has had to ring twice since").
            let closes_sentence = ts[k + 1..].iter().all(|t| !t.is_word())
                && clauses.get(i + 1).is_none_or(|n| n.sentence != c.sentence);
            let closed = if !closes_sentence {
                None
            } else if ts[..k].iter().any(|t| t.is_word()) {
                Some(c)
            } else {
                i.checked_sub(1)
                    .and_then(|p| clauses.get(p))
                    .filter(|p| p.sentence == c.sentence)
            };
            let target = match closed {
                Some(t) => t,
                None => [Some(c), clauses.get(i + 1)]
                    .into_iter()
                    .flatten()
                    .find(|t| t.sentence == c.sentence && t.figure)?,
            };
            let acted_before = done.iter().any(|d| d.end <= target.bytes.start);
            (acted_before && target.stance.claims() && target.time != clause::Time::ToCome)
                .then(|| target.bytes.clone())
        })
        .collect();
    // "Nine people moved closer to home", "we moved 27 people back into supported living": people
    // counted moving somewhere of their own is a change for them (issue 17 class 2).
    // "he says it's the first time he's felt part of her care", "40 veterans had an assessment who'd
    // never been known to us before": something new for people since the work is a change.
    let first_time: Vec<Range<usize>> = clauses
        .iter()
        .filter(|c| c.stance.claims() && c.time != clause::Time::ToCome)
        .filter(|c| done.iter().any(|d| d.end <= c.bytes.start))
        .filter(|c| {
            let ts = &toks[c.toks.clone()];
            let first = ts
                .windows(3)
                .any(|w| w[0].norm == "the" && w[1].norm == "first" && w[2].norm == "time");
            let never = ts.iter().position(|t| t.norm == "never");
            first || never.is_some_and(|k| ts[k + 1..].iter().any(|t| t.norm == "before"))
        })
        .map(|c| c.bytes.clone())
        .collect();
    let moved_home: Vec<Range<usize>> = clauses
        .iter()
        .filter(|c| c.stance.claims() && c.time != clause::Time::ToCome && c.figure)
        .filter(|c| {
            let ts = &toks[c.toks.clone()];
            ts.iter().enumerate().any(|(k, t)| {
                // A home of their own in any form: "into supported flats", "living in their own
                // tenancies" after "brought back to the county and are".
                matches!(t.norm.as_str(), "moved" | "returned" | "went" | "back")
                    && ts[k + 1..].iter().take(10).any(|h| {
                        matches!(
                            h.norm.as_str(),
                            "home"
                                | "homes"
                                | "own"
                                | "flat"
                                | "flats"
                                | "tenancy"
                                | "tenancies"
                                | "bungalow"
                                | "bungalows"
                        )
                    })
            })
        })
        .map(|c| c.bytes.clone())
        .collect();
    // "We rewrote his plan ... the calls at night have stopped": something ceased since the work is
    // a change and where things stand, with or without a change word.
    let ceased: Vec<Range<usize>> = clauses
        .iter()
        .enumerate()
        // The denial is the claim here ("he's not been back since June").
        .filter(|(_, c)| {
            (c.stance.claims() || c.stance == clause::Stance::Denied)
                && c.time != clause::Time::ToCome
        })
        .filter_map(|(i, c)| {
            // "since June" is a clause of its own: read it with the one it closes.
            let end = clauses
                .get(i + 1)
                .filter(|n| n.sentence == c.sentence && toks[n.toks.start].norm == "since")
                .map_or(c.toks.end, |n| n.toks.end);
            let at = says_it_ceased(&toks[c.toks.start..end])?;
            done.iter().any(|d| d.end <= at).then(|| c.bytes.clone())
        })
        .collect();
    // People moved home, or something new for them since the work, is where they are now too.
    let states: bool = !again.is_empty()
        || !ceased.is_empty()
        || !new_state_places.is_empty()
        || !since_done.is_empty()
        || !moved_home.is_empty()
        || !first_time.is_empty()
        || after_label.is_some()
        || since_a_time.is_some();
    // Notes headed with this year's date ("Unpaid carers, Nov 2026") and figures under it say where
    // things stand.
    let heading_end = text.find('\n').unwrap_or(text.len());
    let dated_heading = heading_end < text.len()
        && markers.iter().any(|mk| {
            mk.kind == MarkerKind::Date
                && mk.range.end <= heading_end
                && evidence::year_in(&text[mk.range.clone()]) == Some(this_year)
        })
        && clauses
            .iter()
            .any(|c| c.bytes.start > heading_end && c.figure && c.stance.claims());
    let then_now_next = ThenNowNext {
        then: trend
            || dated_years.iter().any(|&y| y < this_year)
            // "The last audit found 27 of 30": the latest finding, where things stand.
            || words::all_matches(m.then.as_ref(), &toks).iter().any(|r| {
                let at = clauses
                    .iter()
                    .position(|c| c.bytes.start <= r.start && r.start < c.bytes.end);
                // "I set up the group last year", "last year we took 11 cases to court": a time
                // that dates an action in its clause says when it was done, not how things were.
                let dates_an_action = matches!(
                    text[r.clone()].to_ascii_lowercase().as_str(),
                    "last year" | "ago" | "back in"
                ) && at.is_some_and(|i| {
                    // Its clause, or the one before in its sentence when a bracket or a comma cut
                    // the time from its action ("I set up the group (PAG) last year").
                    let c = &clauses[i];
                    let from = i
                        .checked_sub(1)
                        .map(|p| &clauses[p])
                        .filter(|p| p.sentence == c.sentence)
                        .map_or(c.bytes.start, |p| p.bytes.start);
                    done.iter().any(|d| d.start >= from && d.start < c.bytes.end)
                });
                !unclaimed(r)
                    && !dates_an_action
                    && !at.is_some_and(|i| clause::latest_finding(&toks, &clauses, i))
            })
            || then_clause.is_some()
            || state_before.is_some()
            || before_after::before_opened(&toks, &clauses).is_some()
            || before_and_since.is_some(),
        now: trend
            || dated_years.contains(&this_year)
            || words::all_matches(m.now.as_ref(), &toks)
                .iter()
                .any(|r| !unclaimed(r) && !work_going_on(text, r.start))
            || now_clause.is_some()
            || no_longer_now(&toks, &clauses)
            || still_not_right(&toks, &clauses)
            || present_after.is_some()
            // The latest of figures against times in turn is where things stand.
            || dated_change.is_some()
            || timed_pair.is_some()
            || set_against_before.is_some()
            || reported_benefit.is_some()
            || before_and_since.is_some()
            || states
            || dated_heading,
        next: !future.is_empty(),
    };
    // "A duty worker was placed in the unit. People ready to go home are seen on the day": after
    // something was done, people in a present passive are how the arrangement now works for them.
    let people_places = Taken::covering(&people);
    // The people may be in the clause before, cut off by a relative ("Older people who come in
    // after a fall are seen the same day").
    let served: Vec<Range<usize>> = clauses
        .iter()
        .enumerate()
        .filter(|(_, c)| c.stance.claims() && c.time == clause::Time::Present)
        .filter(|(_, c)| done.iter().any(|d| d.end <= c.bytes.start))
        .filter(|(i, c)| {
            let from = i
                .checked_sub(1)
                .map(|p| &clauses[p])
                .filter(|p| p.sentence == c.sentence)
                .map_or(c.bytes.start, |p| p.bytes.start);
            people_places.overlaps(&(from..c.bytes.end))
        })
        .filter(|(_, c)| clause::present_passive(&toks[c.toks.clone()]))
        .map(|(_, c)| c.bytes.clone())
        .collect();
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
        .chain(after_label.iter())
        .chain(since_a_time.iter())
        .chain(present_after.map(|c| &c.bytes))
    {
        if !listed.overlaps(r) {
            difference.push(r.clone());
        }
    }
    let mut measured_change: Option<Range<usize>> = None;
    // "It was seven weeks last year and it's still seven weeks": "still" says nothing changed.
    let still = |c: &clause::Clause| toks[c.toks.clone()].iter().any(|t| t.norm == "still");
    if let (Some(t), Some(n)) = (then_clause, now_clause)
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
    difference.sort_by_key(|r| r.start);

    let mut evidence_found: Vec<Range<usize>> = markers
        .iter()
        .filter(|mk| counts_as_evidence(mk))
        .map(|mk| mk.range.clone())
        .collect();
    if evidence_found.is_empty()
        && let Some(r) = measured_change
    {
        evidence_found.push(r);
    }
    // "In the six months since, none has been cancelled without a review": a count of none over a
    // time since the work is a figure, the way "2 of 212" is.
    if evidence_found.is_empty() {
        let counts_none = |r: &Range<usize>| {
            let ts: Vec<&str> = toks
                .iter()
                .filter(|t| t.start >= r.start && t.end <= r.end)
                .map(|t| t.norm.as_str())
                .collect();
            ts.contains(&"none")
                || ts.contains(&"nobody")
                || ts.windows(2).any(|w| matches!(w, ["no" | "not", "one"]))
        };
        evidence_found.extend(since_done.iter().filter(|r| counts_none(r)).cloned());
    }
    // A part left empty never gets a tick, even when its question is answered in another part: the
    // panel would otherwise tick "How you know" beside "your 'How do you know?' part is empty".
    let empty_part = |wanted: &str| {
        parts
            .iter()
            .any(|(id, span)| is_part(id, wanted) && text[span.clone()].trim().is_empty())
    };
    let covers = Covers {
        done: !done.is_empty() && !empty_part("done"),
        difference: !difference.is_empty() && !empty_part("difference"),
        evidence: !evidence_found.is_empty() && !empty_part("evidence"),
    };
    // The reader model (feature `model`, docs/model.md) may overrule a yes/no where it is sure; an
    // empty part still never gets a tick, and the quoted words stay the rules'.
    // Only the model may take back an own part.
    #[cfg(feature = "model")]
    let mut own_part = own_part;
    #[cfg(feature = "model")]
    let (covers, then_now_next) = {
        let (c, t) = model::overrule(text, covers, then_now_next);
        // An own part is something done: where the model is sure nothing was ("I joined the team in
        // May"), the rules' own-part quotes go too, or a suggestion would ask for what they claim.
        if covers.done && !c.done {
            own_part.clear();
        }
        let done = c.done && !empty_part("done");
        let difference = c.difference && !empty_part("difference");
        let evidence = c.evidence && !empty_part("evidence");
        (
            Covers {
                done,
                difference,
                evidence,
            },
            t,
        )
    };

    // A change is for people when its sentence names them, or when it opens with "he", "she" or
    // "they" straight after a sentence that does.
    let people_sentences: HashSet<usize> =
        people.iter().map(|r| sentences.index_of(r.start)).collect();
    let difference_for_people = difference.iter().any(|r| {
        let i = sentences.index_of(r.start);
        people_sentences.contains(&i)
            || (i > 0
                && people_sentences.contains(&(i - 1))
                && opens_with_pronoun(text, &sentences, i))
    });

    let word_count = text::word_count(text);
    let speaking_seconds = if key_points {
        0
    } else {
        ((word_count as u64 * 60 + u64::from(WORDS_PER_MINUTE) / 2) / u64::from(WORDS_PER_MINUTE))
            as u32
    };
    let length_target_seconds = target_seconds.unwrap_or(DEFAULT_TARGET_SECONDS);
    let over_target = !key_points && speaking_seconds > length_target_seconds;

    let part_coverage: Vec<PartCoverage> = parts
        .iter()
        .map(|(id, span)| {
            let inside = |r: &Range<usize>| r.start >= span.start && r.end <= span.end;
            let answers_own = if is_part(id, "done") {
                Some(done.iter().any(inside))
            } else if is_part(id, "difference") {
                Some(difference.iter().any(inside))
            } else if is_part(id, "evidence") {
                Some(
                    markers
                        .iter()
                        .any(|mk| counts_as_evidence(mk) && inside(&mk.range)),
                )
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
        .collect();

    // A tick that rests on another part than its own says which: "evidence" from 'What difference...'.
    let mut ticks_from_other_parts: Vec<TickSource> = Vec::new();
    for (question, ticked, found) in [
        ("done", covers.done, &done),
        ("difference", covers.difference, &difference),
        ("evidence", covers.evidence, &evidence_found),
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
            ticks_from_other_parts.push(TickSource {
                question: question.to_string(),
                part: p.label.clone(),
            });
        }
    }

    // Where to look for "we have a protocol" when no action is said: the done part, else everywhere.
    let has_not_did = if covers.done {
        None
    } else {
        let done_part = parts
            .iter()
            .find(|(id, span)| is_part(id, "done") && !text[span.clone()].trim().is_empty());
        match done_part {
            Some((_, span)) => has_not_did(text, span.clone()),
            None => has_not_did(text, 0..text.len()),
        }
    };

    // Each sentence with a next step is searched once for when it will happen.
    let next_sentences: std::collections::BTreeSet<usize> =
        future.iter().map(|r| sentences.index_of(r.start)).collect();
    let next_has_when = next_sentences.into_iter().any(|i| {
        let sentence = sentences.range(i, text.len());
        text.get(sentence).is_some_and(|s| WHEN.is_match(s))
    });

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
        parts: part_coverage,
        key_points,
        example_markers: example.iter().map(&finding).collect(),
        own_part_markers: own_part.iter().map(&finding).collect(),
        next_markers: future.iter().map(&finding).collect(),
        next_has_when,
        gaps: Vec::new(),
        fillers: fillers(text).iter().map(&finding).collect(),
        spoken: None,
        length_target_seconds,
        evidence_found: evidence_found.iter().map(&finding).collect(),
        ticks_from_other_parts,
    };
    report.gaps = report.compute_gaps();
    report.suggestions = suggest::suggestions(&suggest::Facts {
        report: &report,
        has_not_did,
        heard: heard::hear(text, &toks, &clauses, &private),
    });
    report
}
