//! The few of a counted group a weak spot names, and the rest of that group (issue 23).
//!
//! "23 people placed out of area, only 5 of whom have had a review" is about the 18 who have not;
//! "we audited 48 cases. Only 6 of them had a follow-up call" is about the other 42. Said back as it
//! stands, "only 5 of whom" loses its group and the ask fell on the 5 who had one; "55 of them
//! haven't had a break" was turned into "Of the 55 haven't had a break since". So the few are said
//! back with their group named ("only 5 of the 23 people placed out of area have had a review"),
//! and the ask is about the rest when the few are those it reached, or about the few themselves
//! when they are those it missed. A share that describes who a group are is `group_share`'s.

use super::group_share;
use super::read::{PEOPLE, Reading, figure};

/// Words after "of" that stand for the group counted before: "only 5 of whom", "6 of them".
const BACK: &[&str] = &["whom", "them", "those", "these"];

/// Words that say the few were missed: "55 of them haven't had a break".
const MISSED: &[&str] = &[
    "haven't", "hasn't", "hadn't", "didn't", "weren't", "wasn't", "aren't", "don't", "never",
];

/// Helping verbs said back with the few's verb: "have had", "haven't yet had".
const HELPERS: &[&str] = &[
    "have", "has", "had", "haven't", "hasn't", "hadn't", "didn't", "don't", "weren't", "wasn't",
    "aren't", "were", "was", "are", "is", "not", "never", "yet", "still", "been", "ever",
];

/// Words that end the group's own words: "23 people placed out of area, only 5 of whom",
/// "130 carers of people with dementia last year", "48 cases where someone was signposted".
const GROUP_ENDS: &[&str] = &[
    "who", "which", "that", "where", "whose", "when", "and", "but", "last", "this", "we", "i",
    "have", "has", "had", "were", "are", "was", "is", "since", "so", "because", "in", "at", "on",
];

/// Words that end what the few did: "had a follow-up call to see whether...".
const DID_ENDS: &[&str] = &[
    "to", "so", "because", "which", "who", "where", "when", "and", "but", "while", "though",
];

/// Most words of the group said back, and of what the few did.
const MOST_GROUP_WORDS: usize = 8;
const MOST_DID_WORDS: usize = 8;

/// People a group may be of, beyond the reader's list.
const PERSONS: &[&str] = &["tenants", "students", "members", "partners", "couples"];

/// Records and things a group may be of: the people in them are asked about.
const HELD: &[&str] = &[
    "cases",
    "records",
    "files",
    "plans",
    "assessments",
    "reviews",
    "referrals",
    "contacts",
    "enquiries",
    "concerns",
    "complaints",
    "calls",
    "requests",
    "packages",
    "placements",
];

/// The few of a group named in the sentence `s` (or the one before it), with that group.
pub(super) struct Few {
    /// The few with their group: "only 5 of the 23 people placed out of area have had a review".
    pub quote: String,
    /// What is asked after the quote.
    pub tail: String,
}

/// The few of a counted group in the sentence `s`, or `None` when it names none, or the few are
/// plain results ("9 of them moved in") rather than those a result reached or missed.
pub(super) fn find(r: &Reading, (a, b): (usize, usize)) -> Option<Few> {
    if group_share::few_of_share(r, (a, b)).is_some() {
        return None;
    }
    let k = (a..b).find(|&k| {
        r.value(k).is_some_and(|v| v >= 1.0)
            && !r.is_year(k)
            && r.n(k + 1) == "of"
            && BACK.contains(&r.n(k + 2))
    })?;
    let only = k > a && matches!(r.n(k - 1), "only" | "just");
    let helpers_end = (k + 3..b)
        .take_while(|&j| HELPERS.contains(&r.n(j)))
        .last()
        .map_or(k + 3, |j| j + 1);
    let missed = r.has_in(k + 3, helpers_end, MISSED);
    if !only && !missed {
        return None;
    }
    // The group: the nearest count before, in this sentence, or ("of them") the one before.
    let before = r.sentence(a.saturating_sub(2)).0;
    let from = if r.n(k + 2) == "whom" || a == 0 {
        a
    } else {
        before
    };
    let g = (from..k).rev().find(|&g| group_at(r, g))?;
    let (group, few) = (r.value(g)?, r.value(k)?);
    if few >= group {
        return None;
    }
    let people = (g + 1..(g + 3).min(b))
        .any(|j| PEOPLE.contains(&r.n(j)) && r.n(j) != "those" || PERSONS.contains(&r.n(j)));
    let group_end = (g + 1..(g + 2 + MOST_GROUP_WORDS).min(r.toks.len()))
        .find(|&j| r.is_stop(j) || !r.toks[j].is_word() || GROUP_ENDS.contains(&r.n(j)))
        .unwrap_or(g + 1);
    let did_end = (helpers_end..(helpers_end + 1 + MOST_DID_WORDS).min(b))
        .find(|&j| !r.toks[j].is_word() || DID_ENDS.contains(&r.n(j)))
        .unwrap_or(b);
    if did_end > helpers_end + MOST_DID_WORDS {
        return None;
    }
    let few_said = super::frame::slot(r.text, &r.toks, if only { k - 1 } else { k }, k + 1)?;
    let group_said = super::frame::slot(r.text, &r.toks, g, group_end)?;
    let helpers = r.raw(k + 3, helpers_end).replace('’', "'");
    let did = if did_end > helpers_end {
        format!(
            " {}",
            super::frame::slot(r.text, &r.toks, helpers_end, did_end)?
        )
    } else {
        String::new()
    };
    let quote = format!("{few_said} of the {group_said} {helpers}{did}");
    let thing = thing(r, (helpers_end, did_end));
    let rest = figure(group - few);
    let few = figure(few);
    let tail = match (
        people || !HELD.iter().any(|w| r.has_in(g + 1, g + 3, &[w])),
        missed,
        thing,
    ) {
        (true, false, Some(t)) => format!(
            "when will the other {rest} have {t}, and how do you know they are safe until then?"
        ),
        (true, false, None) => format!(
            "what is happening for the other {rest}, and how do you know they are safe until then?"
        ),
        (true, true, Some(t)) => format!(
            "what is standing in the way of {t} for those {few}, and when will they have one?"
        ),
        (true, true, None) => {
            "what is standing in their way, and what is being done for them, by when?".to_string()
        }
        (false, false, Some(t)) => format!(
            "has anyone gone back to the people in the other {rest}, and how will you know everyone now gets {t}?"
        ),
        (false, false, None) => format!(
            "what has been done about the other {rest} since, and how will you know it has changed?"
        ),
        (false, true, _) => format!(
            "what has been done about those {few} since, and how will you know it has changed?"
        ),
    };
    Some(Few { quote, tail })
}

/// True when the token at `g` counts a group the few can be of: a figure (not a year, a share or
/// the start of a change) with what it counts just after it ("23 people", "48 cases").
fn group_at(r: &Reading, g: usize) -> bool {
    r.value(g).is_some_and(|v| v >= 2.0)
        && r.toks[g].is_word()
        && !r.is_year(g)
        && r.percent_at(g).is_none()
        && r.n(g + 1) != "of"
        && !matches!(r.n(g.wrapping_sub(1)), "from" | "to")
        && (g + 1..g + 3).any(|j| {
            PEOPLE.contains(&r.n(j)) && r.n(j) != "those"
                || PERSONS.contains(&r.n(j))
                || HELD.contains(&r.n(j))
        })
}

/// What the few had ("a review", "a break", "a follow-up call"), from the words after their
/// helping verbs, when the verb is "had".
fn thing(r: &Reading, (a, b): (usize, usize)) -> Option<String> {
    if !matches!(r.n(a.wrapping_sub(1)), "had" | "have" | "has" | "got")
        || !matches!(r.n(a), "a" | "an")
    {
        return None;
    }
    let end = (a + 1..b)
        .find(|&j| !r.toks[j].is_word() || THING_ENDS.contains(&r.n(j)))
        .unwrap_or(b);
    (end > a + 1 && end <= a + 4).then(|| r.raw(a, end))
}

/// Words that end what was had ("a break since", "a review this year").
const THING_ENDS: &[&str] = &[
    "since", "this", "last", "in", "from", "yet", "so", "and", "or", "at", "for", "with", "within",
];
