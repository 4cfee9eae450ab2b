//! How the rest of a count is named in the ask: a rest of one in the singular ("the one file that
//! does not", never "the 1 who"), a small rest in words ("the three who did not"), and things
//! counted (files, records, actions, agencies) asked "which" and what is done about them, never
//! "who" and whether they are safe.

use super::claim::singular;
use super::read::figure;

/// Records a count may be of: asked which they are and what they show.
const RECORDS: &[&str] = &[
    "files",
    "records",
    "audits",
    "assessments",
    "reviews",
    "plans",
    "reports",
    "case files",
    "notes",
    "letters",
];

/// Other things a count may be of: asked which they are and what is being done about them.
const OTHER_THINGS: &[&str] = &[
    "actions",
    "agencies",
    "providers",
    "recommendations",
    "contracts",
    "policies",
    "procedures",
    "referrals",
    "checks",
    "visits",
];

/// What a count is of, when it is a thing rather than people.
#[derive(Clone, Copy, PartialEq, Debug)]
pub(super) enum Thing {
    Record,
    Other,
}

/// The kind of thing the word `w` names, if it is one of [`RECORDS`] or [`OTHER_THINGS`].
pub(super) fn thing(w: &str) -> Option<Thing> {
    if RECORDS.contains(&w) {
        Some(Thing::Record)
    } else if OTHER_THINGS.contains(&w) {
        Some(Thing::Other)
    } else {
        None
    }
}

/// A count the coach writes itself: under ten in words, as a person would say it ("three"), and
/// larger ones in figures.
pub(super) fn count_said(v: f64) -> String {
    const WORDS: [&str; 10] = [
        "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
    ];
    if (v - v.round()).abs() < 1e-9 && (1.0..10.0).contains(&v) {
        WORDS[v.round() as usize].to_string()
    } else {
        figure(v)
    }
}

/// "did not" stays; "do not", "are not", "were not", "have not" agree with a rest of one.
pub(super) fn agree(not: &str, one: bool) -> &str {
    if !one {
        return not;
    }
    match not {
        "do not" => "does not",
        "are not" => "is not",
        "were not" => "was not",
        "have not" => "has not",
        other => other,
    }
}

/// The one of a plural noun: "files" to "file", "people" to "person".
pub(super) fn one_of(noun: &str) -> String {
    match noun {
        "people" => "person".to_string(),
        "children" => "child".to_string(),
        "staff" => "member of staff".to_string(),
        w => singular(w),
    }
}

/// The ask about the rest of a count of things: which they are, what a record shows, and what is
/// being done about them. `rest` is the rest as said ("one", "three", "14"), `noun` the things
/// counted ("files"), `not` the verb's denial agreeing with the rest ("does not").
pub(super) fn thing_ask(kind: Thing, rest: &str, noun: &str, not: &str) -> String {
    if rest == "one" {
        let one = one_of(noun);
        match kind {
            Thing::Record => format!(
                "which is the one {one} that {not}, what does it show, and what is being done about it?"
            ),
            Thing::Other => {
                format!("which is the one {one} that {not}, and what is being done about it?")
            }
        }
    } else {
        match kind {
            Thing::Record => format!(
                "which are the {rest} {noun} that {not}, what do they show, and what is being done about them?"
            ),
            Thing::Other => {
                format!(
                    "which are the {rest} {noun} that {not}, and what is being done about them?"
                )
            }
        }
    }
}
