//! The clause reader: an answer cut into clauses, each read for its stance (asserted, denied, planned,
//! hoped, hedged, conditional, reported, or a turn of speech such as "I'll give you an example"), its
//! time (past, present, to come), and the figures it holds.
//!
//! Findings rest on clauses: nothing in a denied, planned, hoped, hedged or conditional clause counts
//! as done, a difference, evidence or a "then" (issue 17). Clauses are cut at sentence marks, colons,
//! semicolons, brackets, dashes, line breaks, commas, and before the words that open a new clause in
//! speech with little punctuation ("but", "because", "so we", "and now"), so a transcript is read
//! clause by clause too.

use super::words::Token;
use crate::text::{MONTH_WORDS, NUMBER_OR_WHOLE_WORDS as NUMBER_WORDS};
use std::ops::Range;

/// How a clause holds what it says.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Stance {
    Asserted,
    /// "They told us...", "families say": asserted, with a source.
    Reported,
    Denied,
    /// Planned or hoped: still to come.
    Planned,
    Hedged,
    Conditional,
    /// "I'll give you an example", "I'll be honest": a way of speaking, not a step.
    Discourse,
}

impl Stance {
    /// Whether what the clause says counts as done, a difference, evidence or a "then".
    pub fn claims(self) -> bool {
        matches!(self, Stance::Asserted | Stance::Reported)
    }
}

/// When a clause is set.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Time {
    Past,
    Present,
    ToCome,
    Unknown,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Clause {
    /// Token indices.
    pub toks: Range<usize>,
    /// Bytes of the text.
    pub bytes: Range<usize>,
    pub stance: Stance,
    pub time: Time,
    /// It holds a figure ("19 days", "a third", "half", "a handful").
    pub figure: bool,
    /// The sentence it is in.
    pub sentence: usize,
    /// It says when a step will happen ("from January", "by the end of February", "in the spring").
    pub when: bool,
}

const STOPS: &[&str] = &[".", "!", "?", ";", ":", "(", ")", "–", "—", "•", "·", ","];

/// Words that open a new clause wherever they stand.
const OPENERS: &[&str] = &[
    "but", "because", "although", "though", "whereas", "while", "which", "whilst", "since",
    "until", "after", "unless", "if",
];

/// Subjects that, after "and", "so" or "now" in speech, open a new clause.
const SUBJECTS: &[&str] = &[
    "i", "we", "they", "he", "she", "it", "there", "people", "i'm", "we're", "we've", "i've",
    "it's", "they're", "i'll", "we'll", "i'd", "we'd", "you", "everyone", "nobody", "families",
    "carers",
];

const SEASONS: &[&str] = &[
    "spring",
    "summer",
    "autumn",
    "winter",
    "easter",
    "christmas",
    "new",
];

/// Verbs that after "I'll" or "let me" are a way of speaking ("I'll walk you through it").
const DISCOURSE: &[&str] = &[
    "give", "tell", "walk", "talk", "say", "start", "explain", "describe", "be", "take", "show",
    "come", "focus", "share", "pick", "just", "admit", "use", "mention", "add", "leave", "answer",
    "turn", "go", "try",
];

const DENIALS: &[&str] = &["not", "never", "cannot", "nothing", "neither", "nor"];

/// A word is a figure: digits ("19", "2.5", "1,140", "48%"), or a number word.
pub(crate) fn is_figure_word(norm: &str) -> bool {
    norm.starts_with(|c: char| c.is_ascii_digit()) || NUMBER_WORDS.contains(&norm)
}

fn is_digits(norm: &str) -> bool {
    norm.starts_with(|c: char| c.is_ascii_digit())
}

/// A year such as 2024, or a short month ("Apr"), which is no figure of a measure.
fn is_date_word(norm: &str) -> bool {
    (norm.len() == 4 && (norm.starts_with("19") || norm.starts_with("20")) && is_digits(norm))
        || MONTH_WORDS.contains(&norm)
}

/// Cuts `toks` into clauses and reads each. `text` is what the tokens came from.
pub(crate) fn read(text: &str, toks: &[Token]) -> Vec<Clause> {
    let mut bounds: Vec<usize> = vec![0];
    let mut sentence_starts: Vec<usize> = vec![0];
    for (i, t) in toks.iter().enumerate() {
        let n = t.norm.as_str();
        let gap_newline = i > 0
            && text
                .get(toks[i - 1].end..t.start)
                .is_some_and(|g| g.contains('\n'));
        if gap_newline {
            bounds.push(i);
            sentence_starts.push(i);
        }
        if matches!(n, "." | "!" | "?") {
            bounds.push(i + 1);
            sentence_starts.push(i + 1);
        } else if STOPS.contains(&n) || n == "-" && i > 0 && !gap_newline {
            bounds.push(i + 1);
        } else if (OPENERS.contains(&n) && i > 0)
            || (matches!(n, "and" | "so" | "now" | "then")
                && toks
                    .get(i + 1)
                    .is_some_and(|x| SUBJECTS.contains(&x.norm.as_str())))
        {
            bounds.push(i);
        }
    }
    bounds.push(toks.len());
    bounds.sort_unstable();
    bounds.dedup();
    sentence_starts.dedup();

    let mut out: Vec<Clause> = Vec::new();
    let mut carry: Option<usize> = None;
    for w in bounds.windows(2) {
        let (mut a, b) = (w[0], w[1]);
        if let Some(c) = carry.take() {
            a = c;
        }
        let words = toks[a..b].iter().filter(|t| t.is_word()).count();
        // "Next," and "Honestly," lean on the clause after them.
        if words > 0 && words <= 1 && b < toks.len() && !toks[b - 1].norm.eq(".") {
            carry = Some(a);
            continue;
        }
        if words == 0 {
            continue;
        }
        let sentence = sentence_starts
            .partition_point(|&s| s <= a)
            .saturating_sub(1);
        out.push(read_clause(toks, a..b, sentence));
    }
    if let Some(a) = carry
        && a < toks.len()
    {
        let sentence = sentence_starts
            .partition_point(|&s| s <= a)
            .saturating_sub(1);
        out.push(read_clause(toks, a..toks.len(), sentence));
    }
    out
}

fn read_clause(toks: &[Token], range: Range<usize>, sentence: usize) -> Clause {
    let ts = &toks[range.clone()];
    let w = |k: usize| ts.get(k).map_or("", |t| t.norm.as_str());
    let mut denied = false;
    let mut planned = false;
    let mut hedged = false;
    let mut conditional = false;
    let mut reported = false;
    let mut discourse = false;
    let mut past = false;
    let mut present = false;
    let mut when = false;
    let mut figure = false;
    for k in 0..ts.len() {
        let n = w(k);
        let next = w(k + 1);
        if DENIALS.contains(&n) && !(n == "not" && next == "only") {
            denied = true;
        }
        if n.ends_with("n't") {
            // "I can't stress enough", "don't just": still a claim; "haven't", "isn't" deny.
            denied = true;
        }
        if (n == "yet" && next == "to") || (n == "too" && next == "early") {
            denied = true;
        }
        let discourse_after = |k2: usize| DISCOURSE.contains(&w(k2)) || w(k2) == "you";
        if n == "i'll" || (n == "i" && next == "will") || (n == "let" && next == "me") {
            let verb = if n == "i'll" { k + 1 } else { k + 2 };
            if discourse_after(verb) && !matches!(w(verb + 1), "to" | "it" | "this" | "the") {
                discourse = true;
                continue;
            }
        }
        if n == "will" || n == "shall" || n.ends_with("'ll") {
            planned = true;
        }
        if (n == "going" && next == "to") && !matches!(w(k + 2), "be") {
            planned = true;
        }
        // "plan" and "aim" as verbs ("we plan to", "I'm planning a review"), not as nouns ("I led the
        // workforce plan", "care planning").
        let before = if k > 0 { w(k - 1) } else { "" };
        let as_verb = next == "to"
            || matches!(
                before,
                "we" | "i"
                    | "they"
                    | "we're"
                    | "i'm"
                    | "they're"
                    | "are"
                    | "am"
                    | "is"
                    | "also"
                    | "now"
                    | "still"
            );
        if (matches!(n, "plan" | "plans" | "planning" | "aim" | "aims" | "aiming") && as_verb)
            || matches!(
                n,
                "intend" | "intends" | "hope" | "hoping" | "hopes" | "hopefully" | "due" | "wish"
            )
        {
            planned = true;
        }
        if (n == "want" || n == "wants" || n == "like") && next == "to" {
            planned = true;
        }
        if n == "next" && k == 0 {
            planned = true;
        }
        if matches!(
            n,
            "maybe"
                | "perhaps"
                | "might"
                | "could"
                | "probably"
                | "possibly"
                | "seems"
                | "seem"
                | "seemed"
                | "apparently"
                | "presumably"
        ) {
            hedged = true;
        }
        if n == "i"
            && matches!(
                next,
                "think" | "feel" | "believe" | "suppose" | "guess" | "reckon" | "imagine"
            )
            && w(k + 2) != "through"
        {
            hedged = true;
        }
        if n == "i'd" && matches!(next, "say" | "hope" | "like" | "think") {
            if next == "like" || next == "hope" {
                planned = true;
            } else {
                hedged = true;
            }
        }
        if matches!(n, "if" | "unless" | "whether") || (n == "would" && next != "like") {
            conditional = true;
        }
        if matches!(
            n,
            "said" | "told" | "say" | "says" | "tell" | "tells" | "feedback" | "reported"
        ) {
            reported = true;
        }
        if matches!(
            n,
            "was"
                | "were"
                | "had"
                | "did"
                | "ago"
                | "previously"
                | "used"
                | "before"
                | "last"
                | "prev"
                | "historically"
                | "originally"
                // Irregular pasts that are never a present perfect ("we've got", "we've made" are):
                // without them "the list fell from 420 to 180 by October and the wait fell too" had
                // no past verb, and its "by October" made it read as a plan.
                | "fell"
                | "rose"
                | "went"
                | "grew"
                | "came"
                | "began"
                | "took"
                | "became"
        ) {
            past = true;
        }
        if matches!(
            n,
            "is" | "are"
                | "am"
                | "'s"
                | "it's"
                | "there's"
                | "now"
                | "today"
                | "currently"
                | "gets"
                | "get"
                | "has"
                | "have"
                | "this"
                | "remains"
                | "stands"
                | "takes"
                | "waits"
                | "wait"
        ) {
            present = true;
        }
        if n.ends_with("'re") || n.ends_with("'ve") {
            present = true;
        }
        let prev = if k > 0 { w(k - 1) } else { "" };
        // Ward numbers, ages, references, "24/7" and years of service are no measure.
        let not_a_measure = matches!(
            prev,
            "ward"
                | "wards"
                | "aged"
                | "age"
                | "ages"
                | "reference"
                | "ref"
                | "number"
                | "room"
                | "/"
        ) || next == "/"
            || (prev == "for" && matches!(next, "years" | "year" | "decades"));
        if is_figure_word(n) && !is_date_word(n) && !not_a_measure {
            // "no" and "every" are figures only as "no one", "every post": a whole.
            if !matches!(n, "no" | "every" | "all" | "none" | "nobody") || k + 1 < ts.len() {
                figure = true;
            }
        }
        // "from January", "by the end of February", "in the spring", "next year", "due in March".
        let future_lead =
            matches!(n, "from" | "by" | "in" | "next" | "until") || (n == "this" && k > 0);
        if future_lead {
            let mut j = k + 1;
            while matches!(
                w(j),
                "the" | "end" | "of" | "start" | "early" | "late" | "mid"
            ) {
                j += 1;
            }
            let t = w(j);
            // "in April" may be past or to come; "from April", "by April", "in the spring" look ahead.
            let ahead = n != "in" || j > k + 1;
            if (ahead && (MONTH_WORDS.contains(&t) || SEASONS.contains(&t)))
                || (n == "next" && matches!(t, "year" | "month" | "week" | "quarter" | "term"))
                || (matches!(n, "from" | "by") && t == "next")
            {
                when = true;
            }
        }
    }
    let stance = if discourse && !planned {
        Stance::Discourse
    } else if denied {
        Stance::Denied
    } else if planned {
        Stance::Planned
    } else if conditional {
        Stance::Conditional
    } else if hedged {
        Stance::Hedged
    } else if reported {
        Stance::Reported
    } else {
        Stance::Asserted
    };
    // "From January I'm taking it round": the present continuous with a when to come is a plan.
    let continuous = ts
        .iter()
        .any(|t| t.norm.ends_with("ing") && t.norm.len() > 5)
        && ts.iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "i'm" | "we're" | "am" | "are" | "is" | "goes" | "go"
            )
        });
    let stance = if stance == Stance::Asserted && when && !past && (continuous || present) {
        Stance::Planned
    } else {
        stance
    };
    let time = if stance == Stance::Planned {
        Time::ToCome
    } else if past && !present {
        Time::Past
    } else if present {
        Time::Present
    } else if past {
        Time::Past
    } else {
        Time::Unknown
    };
    Clause {
        bytes: ts.first().map_or(0, |t| t.start)..ts.last().map_or(0, |t| t.end),
        toks: range,
        stance,
        time,
        figure,
        sentence,
        when,
    }
}

/// The clause holding byte `at`, if any.
pub(crate) fn at(clauses: &[Clause], at: usize) -> Option<&Clause> {
    let i = clauses.partition_point(|c| c.bytes.end <= at);
    clauses.get(i).filter(|c| c.bytes.start <= at)
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    fn stances(text: &str) -> Vec<(String, Stance)> {
        let toks = tokens(text);
        read(text, &toks)
            .into_iter()
            .map(|c| (text[c.bytes].to_string(), c.stance))
            .collect()
    }

    #[test]
    fn clauses_are_read_for_their_stance() {
        let s = stances(
            "We haven't had the survey back yet; next we'll audit 30 files in June. I'll walk you \
             through one family's story. From the autumn I'm taking this to the hospital teams. \
             Waits fell from 19 days to 6.",
        );
        let of = |start: &str| {
            s.iter()
                .find(|(t, _)| t.starts_with(start))
                .map(|(_, st)| *st)
        };
        assert_eq!(of("We haven't"), Some(Stance::Denied));
        assert_eq!(of("next we'll"), Some(Stance::Planned));
        assert_eq!(of("I'll walk"), Some(Stance::Discourse));
        assert_eq!(of("From the autumn"), Some(Stance::Planned));
        assert_eq!(of("Waits fell"), Some(Stance::Asserted));
        // Strong answer s04 (used up): "plan" the noun is no plan.
        assert_eq!(
            stances("I led the workforce plan with HR.")[0].1,
            Stance::Asserted
        );
        assert_eq!(
            stances("We're planning a review in the new year.")[0].1,
            Stance::Planned
        );
    }

    #[test]
    fn a_past_change_with_its_month_is_no_plan() {
        for text in [
            "The list fell from 420 to 180 by October and the wait fell too.",
            "Waits went from 12 weeks to 5 by March and the backlog shrank too.",
        ] {
            let s = stances(text);
            assert!(
                s.iter().all(|(_, st)| *st == Stance::Asserted),
                "{text}: {s:?}"
            );
        }
        // A plan with a month is still a plan.
        let s = stances("By March we are taking it to every team.");
        assert_eq!(s[0].1, Stance::Planned, "{s:?}");
    }

    #[test]
    fn a_transcript_with_little_punctuation_is_cut_into_clauses() {
        let text = "three years ago people were waiting nine days because we assessed in hospital now we assess at home";
        let toks = tokens(text);
        let c = read(text, &toks);
        assert_eq!(c.len(), 3, "{c:?}");
        assert_eq!(c[0].time, Time::Past);
        assert!(c[0].figure);
    }
}
