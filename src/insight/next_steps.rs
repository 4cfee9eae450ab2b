//! The "next" of then-now-next: steps still to come, in any grammar, and whether one says when.

use super::claims::stray_next;
use super::clause;
use super::pattern::WHEN;
use super::reading::Reading;
use super::text::Taken;
use super::words;
use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

/// The steps still to come, in text order, and where the first of them starts in each sentence.
pub(super) struct NextSteps {
    pub places: Vec<Range<usize>>,
    /// Sentence index to the start of its first step to come.
    pub first_in_sentence: HashMap<usize, usize>,
}

pub(super) fn find(r: &Reading) -> NextSteps {
    let (text, clauses) = (r.text, &r.clauses);
    let mut future = words::all_matches(r.m.next.as_ref(), &r.toks);
    future.retain(|f| {
        !stray_next(text, f)
            && clause::at(clauses, f.start).is_none_or(|c| {
                !c.hoped
                    && !matches!(c.stance, clause::Stance::Discourse | clause::Stance::Denied)
                    && !asked(r, c, f.start)
                    && !dated_in_the_past(r, c, f)
                    && !only_years_gone(r, c)
                    && !standing_next(r, c, f)
            })
            && !a_document_sets_out(r, f)
            && !going_somewhere(r, f)
            && !intention_to_be(r, f)
    });
    // A step still to come in any grammar: "from January I'm taking it round", "we're planning an
    // audit in the spring", "first one due in January".
    let listed_future = Taken::covering(&future);
    for c in clauses {
        if c.stance == clause::Stance::Planned
            && !listed_future.overlaps(&c.bytes)
            && !only_years_gone(r, c)
            && !a_document_sets_out(r, &c.bytes)
            && !naming_aside(r, c)
        {
            future.push(c.bytes.clone());
        }
    }
    // "The young farmers want us at their February meeting, and we're going": "we're going" closing
    // a sentence that names a month or season is a step with its when.
    let listed_future = Taken::covering(&future);
    for c in clauses {
        if !listed_future.overlaps(&c.bytes) && going_to_a_dated_event(r, c) {
            future.push(c.bytes.clone());
        }
    }
    future.sort_by_key(|f| f.start);
    let mut first_future: HashMap<usize, usize> = HashMap::new();
    for f in &future {
        first_future
            .entry(r.sentences.index_of(f.start))
            .or_insert(f.start);
    }
    NextSteps {
        places: future,
        first_in_sentence: first_future,
    }
}

/// "All 32 were fitted by the end of August", "over the next year waits fell": a time that only says
/// when, in a clause told in the past, dates what was done; it is no step to come.
fn dated_in_the_past(r: &Reading, c: &clause::Clause, f: &Range<usize>) -> bool {
    const ONLY_WHEN: &[&str] = &[
        "by the end of",
        "over the next",
        "in the coming",
        "coming year",
        "coming months",
        "later this year",
        "next",
    ];
    // "- Next: survey carers who had the phone conversation": "Next:" labels a step.
    let label = r.text[f.end..].starts_with(':');
    !label
        && c.time == clause::Time::Past
        && c.stance == clause::Stance::Asserted
        && ONLY_WHEN.contains(&r.text[f.clone()].to_lowercase().as_str())
}

/// "in the autumn of 2024, 37 people waited", "by March 2025 the list was gone": a time whose every
/// year has gone by dates what happened, with no "will", "going to" or plan of anyone's to make it
/// a step ("we'll clear the 2024 backlog by March" is one).
fn only_years_gone(r: &Reading, c: &clause::Clause) -> bool {
    let ts = &r.toks[c.toks.clone()];
    // A year that says when ("in 2024", "autumn of 2024", "from May 2024"), not "the 2025
    // baseline" in a step still to do.
    let years: Vec<i32> = ts
        .iter()
        .enumerate()
        .filter(|(k, t)| {
            let before = k.checked_sub(1).map_or("", |p| ts[p].norm.as_str());
            t.norm.len() == 4
                && (t.norm.starts_with("19") || t.norm.starts_with("20"))
                && (crate::text::MONTH_WORDS.contains(&before)
                    || matches!(
                        before,
                        "in" | "of"
                            | "from"
                            | "since"
                            | "until"
                            | "by"
                            | "during"
                            | "spring"
                            | "summer"
                            | "autumn"
                            | "winter"
                    ))
        })
        .filter_map(|(_, t)| t.norm.parse().ok())
        .collect();
    let looks_ahead = ts.iter().any(|t| {
        let n = t.norm.as_str();
        n.ends_with("'ll")
            || matches!(
                n,
                "will"
                    | "shall"
                    | "going"
                    | "plan"
                    | "planning"
                    | "planned"
                    | "booked"
                    | "scheduled"
            )
    });
    !years.is_empty() && years.iter().all(|&y| y < r.this_year) && !looks_ahead
}

/// "Staff and teachers meet each term to plan the next round of letters": "the next" of a standing
/// arrangement, in a present clause (or one whose verb the reader does not know, "meet") that says
/// it comes round each term or every month, is the habit told, not a step to come.
fn standing_next(r: &Reading, c: &clause::Clause, f: &Range<usize>) -> bool {
    let ts = &r.toks[c.toks.clone()];
    let Some(k) = ts.iter().position(|t| t.start == f.start) else {
        return false;
    };
    let recurs = ts.windows(2).any(|w| {
        matches!(w[0].norm.as_str(), "each" | "every")
            && matches!(
                w[1].norm.as_str(),
                "term" | "week" | "month" | "quarter" | "year" | "fortnight" | "day" | "meeting"
            )
    });
    r.text[f.clone()].eq_ignore_ascii_case("next")
        && k > 0
        && ts[k - 1].norm == "the"
        && matches!(c.time, clause::Time::Present | clause::Time::Unknown)
        && recurs
}

/// Whether clause `c` is only "(and) we're going" / "I'm going", closing its sentence, in a sentence
/// that names a month or season ("... at their February meeting, and we're going").
fn going_to_a_dated_event(r: &Reading, c: &clause::Clause) -> bool {
    let ws: Vec<&str> = r.toks[c.toks.clone()]
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str())
        .collect();
    let ws = ws.strip_prefix(&["and"]).unwrap_or(&ws);
    let going = matches!(
        ws,
        ["we're" | "i'm", "going"] | ["we" | "i", "are" | "am", "going"]
    );
    if !going {
        return false;
    }
    // Only this sentence's words are read: reading every word of the answer for every clause made
    // long answers quadratic.
    let sentence = r.sentences.range(c.sentence, r.text.len());
    let from = r.toks.partition_point(|t| t.start < sentence.start);
    let to = r.toks.partition_point(|t| t.end <= sentence.end);
    let words = &r.toks[from..to.max(from)];
    let closes = words
        .iter()
        .filter(|t| t.start >= c.bytes.end)
        .all(|t| !t.is_word());
    closes
        && words.iter().filter(|t| t.end <= c.bytes.start).any(|t| {
            crate::text::MONTH_WORDS.contains(&t.norm.as_str())
                || clause::SEASONS.contains(&t.norm.as_str()) && t.norm != "new"
        })
}

/// "instead of going to A&E", "going to the café on a Friday": "going to" after a word that makes it
/// a noun, or before a place, is going somewhere, not "going to" do something.
fn going_somewhere(r: &Reading, f: &Range<usize>) -> bool {
    if !r.text[f.clone()].eq_ignore_ascii_case("going to") {
        return false;
    }
    let k = r.toks.partition_point(|t| t.start < f.start);
    let before = k
        .checked_sub(1)
        .and_then(|b| r.toks.get(b))
        .map_or("", |t| t.norm.as_str());
    let after = r.toks[r.toks.partition_point(|t| t.start < f.end)..]
        .iter()
        .find(|t| t.is_word());
    let as_noun = clause::goes_somewhere(before, after.map_or("", |t| t.norm.as_str()));
    let a_place = after.is_some_and(|t| {
        matches!(
            t.norm.as_str(),
            "the" | "a" | "an" | "her" | "his" | "their" | "our" | "my" | "your" | "hospital"
        ) || (t.norm != "i" && r.text[t.start..].starts_with(|c: char| c.is_uppercase()))
    });
    as_noun || a_place
}

/// "the intention is for it to be reflective", "the intention is that it's used by everyone": an
/// intention for how a thing should be, with no time to it, names no step ("the intention is to
/// roll it out in April" is one).
fn intention_to_be(r: &Reading, f: &Range<usize>) -> bool {
    if !r.text[f.clone()].eq_ignore_ascii_case("intention") {
        return false;
    }
    let k = r.toks.partition_point(|t| t.start < f.start);
    let w = |i: usize| r.toks.get(i).map_or("", |t| t.norm.as_str());
    let sentence = r
        .sentences
        .range(r.sentences.index_of(f.start), r.text.len());
    let timed = r.text.get(sentence).is_some_and(|s| WHEN.is_match(s));
    w(k + 1) == "is" && matches!(w(k + 2), "for" | "that") && !timed
}

/// "Mr F, we'll say, early seventies": a clause that only gives a name in the telling.
fn naming_aside(r: &Reading, c: &clause::Clause) -> bool {
    let ts: Vec<&str> = r.toks[c.toks.clone()]
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str())
        .collect();
    ts.windows(2)
        .any(|w| matches!(w[0], "we'll" | "i'll") && w[1] == "say" && ts.last() == Some(&"say"))
}

/// "The strategy sets out how the council and the NHS will work together": what a document says
/// will happen, told as its content, is no step the speaker names ("I've set out how we will ..." is
/// the speaker's own).
fn a_document_sets_out(r: &Reading, f: &Range<usize>) -> bool {
    let start = r
        .sentences
        .range(r.sentences.index_of(f.start), r.text.len())
        .start;
    // Tokens are in order: find the sentence's stretch before the step by binary search, and read
    // at most the 40 words before it (a document's "sets out how" comes well within that), so a long
    // answer with no stops is not read from its start again for every "will" in it.
    let lo = r.toks.partition_point(|t| t.start < start);
    // A clause read as a plan as a whole ("Our statement sets out the care Merriton will need") is
    // read up to its own "will".
    let from = r.toks.partition_point(|t| t.end <= f.start).max(lo);
    let hi = r.toks[from..]
        .iter()
        .take(40)
        .take_while(|t| t.start < f.end)
        .position(|t| matches!(t.norm.as_str(), "will" | "shall" | "'ll"))
        .map_or(from, |p| from + p);
    let from = lo.max(hi.saturating_sub(40));
    // "sets out the kinds of care Merriton will need": whatever a document sets out in the step's
    // own clause is its content ("it sets out the need, and we will take it to cabinet" is a step).
    let own_clause = clause::at(&r.clauses, f.start).map_or(hi, |c| c.toks.start);
    r.toks[from..hi].windows(3).enumerate().any(|(i, w)| {
        let opens = |x: &str| matches!(x, "how" | "what" | "who" | "where");
        matches!(
            w[0].norm.as_str(),
            "sets" | "describes" | "explains" | "spells" | "lays"
        ) && (opens(&w[1].norm)
            || (w[1].norm == "out"
                && (opens(&w[2].norm)
                    || (from + i >= own_clause
                        && matches!(w[0].norm.as_str(), "sets" | "lays" | "spells")))))
    })
}

/// "to find out when the power will be back": a "will" inside a question asked or answered, at
/// `at` in clause `c`, is no step.
fn asked(r: &Reading, c: &clause::Clause, at: usize) -> bool {
    let ts = &r.toks[c.toks.clone()];
    ts.iter()
        .position(|t| t.start == at)
        .is_some_and(|k| clause::in_a_question(ts, k))
}

impl NextSteps {
    /// "We plan to survey staff" names a source that does not exist yet: a place counts as said to
    /// exist only when no future wording comes before it in its sentence.
    pub fn promised(&self, r: &Reading, at: usize) -> bool {
        self.first_in_sentence
            .get(&r.sentences.index_of(at))
            .is_some_and(|&start| start < at)
    }

    /// Each sentence with a next step is searched once for when it will happen.
    pub fn has_when(&self, r: &Reading) -> bool {
        let next_sentences: BTreeSet<usize> = self
            .places
            .iter()
            .map(|f| r.sentences.index_of(f.start))
            .collect();
        let text_of = |i: usize| r.text.get(r.sentences.range(i, r.text.len())).unwrap_or("");
        next_sentences.into_iter().any(|i| {
            if WHEN.is_match(text_of(i)) {
                return true;
            }
            // "Next\n- Second audit in February 2027": a heading names the step and the line
            // under it says when, so the first line with words after the heading is searched too.
            is_heading(text_of(i))
                && (i + 1..i + 4)
                    .map(text_of)
                    .find(|s| s.chars().any(char::is_alphanumeric))
                    .is_some_and(|s| WHEN.is_match(s))
        })
    }
}

/// A line standing as a heading: three words at most, ending at a line break, with no full stop
/// ("Next", "Next steps:").
fn is_heading(sentence: &str) -> bool {
    let line = sentence.trim_end_matches([' ', '\t', '\r']);
    let words = line.split_whitespace().count();
    (1..=3).contains(&words)
        && sentence.ends_with('\n')
        && !line.trim_end().ends_with(['.', '!', '?'])
}
