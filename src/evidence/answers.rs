//! Saved answers as the matcher reads them: each answered question of each note, labelled so a
//! PSW can find it ("2026-11-30 mock interview, question 3").

use chrono::NaiveDate;

use super::matcher::{Flag, Found, Matcher, inconsistencies};
use crate::notes::Note;

/// One answer to check: where it is, the question, and its text.
#[derive(Debug, Clone)]
pub struct Answer {
    pub label: String,
    pub ask: String,
    pub text: String,
}

/// Every answered question of a note, its parts joined.
pub fn of_note(note: &Note, name: &str) -> Vec<Answer> {
    note.questions
        .iter()
        .enumerate()
        .filter_map(|(i, q)| {
            let text = q
                .parts()
                .iter()
                .map(|(_, t)| t.trim())
                .filter(|t| !t.is_empty())
                .collect::<Vec<_>>()
                .join("\n");
            (!text.is_empty()).then(|| Answer {
                label: format!("{name}, question {}", i + 1),
                ask: q.ask.clone(),
                text,
            })
        })
        .collect()
}

/// The flags of every answer in `checked`, including where it disagrees with any of `saved` (the
/// other saved answers). Returned per checked answer, in order.
pub fn check(
    matcher: &Matcher,
    checked: &[Answer],
    saved: &[Answer],
    today: NaiveDate,
    stale_months: u32,
) -> Vec<Vec<Flag>> {
    let read: Vec<(String, Vec<Found>)> = checked
        .iter()
        .chain(saved)
        .map(|a| (a.label.clone(), matcher.read(&a.text)))
        .collect();
    let mut flags: Vec<Vec<Flag>> = read[..checked.len()]
        .iter()
        .map(|(_, found)| matcher.flags(found, today, stale_months))
        .collect();
    for (i, flag) in inconsistencies(matcher, &read) {
        if i < checked.len() {
            flags[i].push(flag);
        }
    }
    flags
}
