//! A weak spot the PSW names as something not yet done or looked at: "what we haven't done yet is
//! ask the families themselves", "what I haven't looked at is people who chose a phone call", "what
//! I can't see is people who pay for their own care". Nothing has been found wrong yet, so asking
//! what has been found about why and who is putting it right assumes a fault the answer never named
//! (probes-14 p05, p09, p13, the judge calling it an ill-fitting template). The assessor asked when
//! and how it will be done and what comes of it, so that is asked instead.

use super::read::Reading;

/// Words that say nothing has been done yet, with one of [`NOT`] before them.
const LOOKED: &[&str] = &[
    "done", "looked", "look", "asked", "ask", "checked", "check", "tested", "test", "audited",
    "measured", "counted", "tracked", "explored", "reviewed", "seen", "see", "tell", "know",
    "heard", "started", "tried",
];

/// Counted things that are themselves a fault found: a count of them is asked about as one.
pub(super) const CONCERNS: &[&str] = &[
    "concern",
    "concerns",
    "complaint",
    "complaints",
    "incident",
    "incidents",
    "safeguarding",
];

/// The denials that, with a word of [`LOOKED`], tell something not yet done.
const NOT: &[&str] = &[
    "haven't", "hasn't", "not", "don't", "can't", "cannot", "didn't",
];

/// Words that make the clause name a fault after all: "what we haven't done well", "haven't got
/// right", "haven't fixed".
const FAULT: &[&str] = &[
    "well", "right", "enough", "properly", "fixed", "solved", "cracked", "managed",
];

/// True when the clause in tokens `a..b` ("we haven't done yet", "I can't see") tells something
/// not yet done or looked at, rather than a fault.
pub(super) fn told(r: &Reading, (a, b): (usize, usize)) -> bool {
    r.has_in(a, b, NOT) && r.has_in(a, b, LOOKED) && !r.has_in(a, b, FAULT)
}

/// The ask after the not-yet-done part opening at token `a`, the clause before it in `clause`: when
/// and how it will be done, and what comes of what it shows.
pub(super) fn ask(r: &Reading, a: usize, clause: (usize, usize)) -> String {
    if matches!(r.n(a), "ask" | "asking") {
        "when and how will you ask them, and what will you do with what they tell you?".to_string()
    } else if r.has_in(clause.0, clause.1, &["looked", "look"]) {
        "when and how will you look at that, and what will you do with what it shows?".to_string()
    } else {
        "how will you find out, by when, and what will you do with what it shows?".to_string()
    }
}

/// The ask after a count the not-yet-seen weak spot goes on to give (`those`, "those 190
/// people"): what happened for them is what the PSW says they cannot see, so how they will find
/// out is asked, not who is putting it right.
pub(super) fn count_ask(happening: &str) -> String {
    format!("how will you find out {happening}, and what will you do with what it shows?")
}
