//! One-line summaries of a note's facts for people, used by the transcript view.

use super::*;

/// Why a follow-up was asked, for people.
pub fn reason_text(reason: &FollowUpReason) -> String {
    match reason {
        FollowUpReason::Gap(gap) => {
            let what = match gap.as_str() {
                "done" => "what you did",
                "difference" => "the difference it made",
                "evidence" => "how you know",
                "people" => "the difference for people",
                "next" => "what comes next, and when",
                "example" => "a specific example",
                "own-part" => "your own part",
                other => other,
            };
            format!("Asked to draw out {what}, missing from the answer.")
        }
        FollowUpReason::Heard(word) => format!("Asked because the answer mentioned “{word}”."),
    }
}

/// The coaching summary in one line: what the answer gives, what it could add, and the counts.
pub fn coaching_text(c: &Coaching) -> String {
    let flags = [
        (c.done, "what you did"),
        (c.difference, "the difference"),
        (c.evidence, "how you know"),
        (c.then, "where things were"),
        (c.now, "where they are now"),
        (c.next, "what comes next"),
        (c.people, "the difference for people"),
        (c.example, "a specific example"),
        (c.own_part, "your own part"),
    ];
    let gives: Vec<&str> = flags.iter().filter(|f| f.0).map(|f| f.1).collect();
    let lacks: Vec<&str> = flags.iter().filter(|f| !f.0).map(|f| f.1).collect();
    let mut parts = Vec::new();
    if !gives.is_empty() {
        parts.push(format!("Gives {}", gives.join(", ")));
    }
    if !lacks.is_empty() {
        parts.push(format!("could add {}", lacks.join(", ")));
    }
    let count = |n: u32, one: &str, many: &str| match n {
        1 => format!("1 {one}"),
        n => format!("{n} {many}"),
    };
    parts.push(count(c.softeners, "softener", "softeners"));
    parts.push(count(
        c.acronyms,
        "acronym to spell out",
        "acronyms to spell out",
    ));
    parts.push(count(
        c.identifying,
        "detail that could identify someone",
        "details that could identify someone",
    ));
    parts.push(count(c.words, "word", "words"));
    let mut text = parts.join(" · ");
    if let Some(first) = text.get(..1) {
        text = first.to_uppercase() + &text[1..];
    }
    text
}

/// A colleague's marks in one line.
pub fn pair_text(p: &PairMarks) -> String {
    let rating = p
        .rating
        .map(|r| format!("Interviewer rated {r} of 5"))
        .unwrap_or_else(|| "Interviewer did not rate".to_string());
    let heard: Vec<&str> = [
        (p.heard.done, "what was done"),
        (p.heard.difference, "the difference"),
        (p.heard.evidence, "how you know"),
    ]
    .iter()
    .filter(|h| h.0)
    .map(|h| h.1)
    .collect();
    let heard = if heard.is_empty() {
        "heard none of the three parts".to_string()
    } else {
        format!("heard {}", heard.join(", "))
    };
    let probes = match p.probes_asked.len() {
        0 => "no follow-ups asked".to_string(),
        1 => "1 follow-up asked".to_string(),
        n => format!("{n} follow-ups asked"),
    };
    format!("{rating} · {heard} · {probes}")
}
