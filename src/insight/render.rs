//! The readable plain-text report of an analysis, as `psw-coach analyse` prints it.

use super::report::{Finding, Report};

/// How long something takes to say, as a person would write it: "1 min 30 s", "45 s", "2 min".
/// One format for every duration in prose (see [`crate::text`]).
pub fn duration(seconds: u32) -> String {
    crate::text::duration(u64::from(seconds))
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// A yes with no words to quote: the optional reader model (docs/model.md) found it in the answer
/// as a whole, where the rules found no phrase.
const WHOLE: &str = "read in the answer as a whole";

/// The quoted findings behind a yes, or [`WHOLE`] when there are none.
fn behind_yes(quoted: String) -> String {
    if quoted.is_empty() {
        WHOLE.to_string()
    } else {
        quoted
    }
}

/// Up to `max` distinct findings, quoted: "audit", "88%" and 3 more.
fn quoted_list<'a>(texts: impl Iterator<Item = &'a str>, max: usize) -> String {
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::new();
    let mut distinct: Vec<&str> = Vec::new();
    for t in texts {
        if seen.insert(t.to_lowercase()) {
            distinct.push(t);
        }
    }
    let shown: Vec<String> = distinct
        .iter()
        .take(max)
        .map(|t| format!("\"{}\"", one_line(t)))
        .collect();
    let mut out = shown.join(", ");
    if distinct.len() > max {
        out.push_str(&format!(" and {} more", distinct.len() - max));
    }
    out
}

/// A finding may run across a line break; the report keeps each item on one line.
pub(crate) use crate::text::one_line;

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
    }
}

/// Where a finding is, as a person reads it: "(line 3)", or "(line 3, column 12)" when the same words
/// are found more than once on that line and the column tells them apart.
fn place(f: &Finding, all: &[Finding]) -> String {
    let twice_on_line = all
        .iter()
        .filter(|o| o.line == f.line && o.text.eq_ignore_ascii_case(&f.text))
        .count()
        > 1;
    if twice_on_line {
        format!("(line {}, column {})", f.line, f.column)
    } else {
        format!("(line {})", f.line)
    }
}

/// The readable report for `psw-coach analyse`: confidentiality first, next steps last, no colour.
pub fn render_report(report: &Report) -> String {
    let mut out = String::new();
    let mut line = |s: &str| {
        out.push_str(s);
        out.push('\n');
    };

    if !report.confidentiality.is_empty() {
        line(&format!(
            "!! CHECK BEFORE YOU SHARE: {} could identify someone",
            plural(report.confidentiality.len(), "detail", "details")
        ));
        for c in &report.confidentiality {
            line(&format!(
                "   - {} \"{}\" (line {}, column {})",
                c.kind.label(),
                one_line(&c.text),
                c.line,
                c.column
            ));
        }
        line(
            "   Take these out or describe the person instead (for example, their age band and situation)",
        );
        line("   before this answer goes into notes, slides or an interview.");
        line("");
    }

    line("The three questions");
    // A part left empty is named rather than ticked; a tick resting on another part says which.
    let empty = |question: &str| {
        report
            .parts
            .iter()
            .find(|p| p.empty && p.id.eq_ignore_ascii_case(question))
            .map(|p| format!("no: your '{}' part is empty", p.label))
    };
    let from = |question: &str| {
        report
            .ticks_from_other_parts
            .iter()
            .find(|t| t.question == question)
            .map(|t| format!(", from '{}'", t.part))
            .unwrap_or_default()
    };
    let done = if report.covers.done {
        format!(
            "yes{}, you say what you did ({})",
            from("done"),
            behind_yes(quoted_list(
                report.done_markers.iter().map(|f| f.text.as_str()),
                3
            ))
        )
    } else if let Some(e) = empty("done") {
        e
    } else {
        "no, not yet: say what you did yourself (\"I set up\", \"we introduced\")".to_string()
    };
    line(&format!("  Done: {done}"));
    let changes = behind_yes(quoted_list(
        report.difference_markers.iter().map(|f| f.text.as_str()),
        3,
    ));
    let difference = match (report.covers.difference, report.difference_for_people) {
        (true, true) => format!(
            "yes{}, including for people ({changes})",
            from("difference")
        ),
        (true, false) => format!(
            "yes{} ({changes}), though not yet tied to people and carers",
            from("difference")
        ),
        (false, _) => empty("difference")
            .unwrap_or_else(|| "no, not yet: say what changed for people and carers".to_string()),
    };
    line(&format!("  Difference: {difference}"));
    // Proof first, dates after: a reader scanning the line should see the figures.
    let (dates, mut proof): (Vec<&Finding>, Vec<&Finding>) = report
        .evidence_found
        .iter()
        .partition(|f| super::evidence::is_date_text(&f.text));
    proof.sort_by_key(|f| !f.text.chars().any(|c| c.is_ascii_digit()));
    let evidence = if report.covers.evidence {
        format!(
            "yes{} ({})",
            from("evidence"),
            behind_yes(quoted_list(
                proof.iter().chain(&dates).map(|f| f.text.as_str()),
                5
            ))
        )
    } else if let Some(e) = empty("evidence") {
        e
    } else if report.evidence_markers.is_empty() {
        "no, not yet: add a figure, an audit finding, or what people told you".to_string()
    } else {
        format!(
            "not yet: you mention {}, but as a date, a plan or something not done yet, not as how you know",
            quoted_list(report.evidence_markers.iter().map(|f| f.text.as_str()), 3)
        )
    };
    line(&format!("  Evidence: {evidence}"));
    let parts: Vec<String> = report
        .parts
        .iter()
        .filter_map(|p| {
            let state = match p.answers_own {
                None => return None,
                Some(_) if p.empty => "is empty",
                Some(true) => "answers it",
                Some(false) => "does not answer it yet",
            };
            Some(format!("'{}' {state}", p.label))
        })
        .collect();
    if !parts.is_empty() {
        line(&format!("  Parts: {}", parts.join("; ")));
    }
    line("");

    let tnn = report.then_now_next;
    line(&format!(
        "Then, now, next: then {}, now {}, next {}",
        yes_no(tnn.then),
        yes_no(tnn.now),
        yes_no(tnn.next)
    ));

    let spoken = duration(report.speaking_seconds);
    let length = match report.target_seconds {
        _ if report.key_points => format!(
            "{} of key points; not timed, as notes are not the spoken answer",
            plural(report.word_count, "word", "words")
        ),
        Some(target) if report.over_target => format!(
            "{}, about {spoken} spoken: over the {} target by about {}",
            plural(report.word_count, "word", "words"),
            duration(target),
            duration(report.speaking_seconds - target)
        ),
        Some(target) => format!(
            "{}, about {spoken} spoken: within the {} target",
            plural(report.word_count, "word", "words"),
            duration(target)
        ),
        None if report.over_target => format!(
            "{}, about {spoken} spoken: over the usual {} by about {} (no target given)",
            plural(report.word_count, "word", "words"),
            duration(report.length_target_seconds),
            duration(report.speaking_seconds - report.length_target_seconds)
        ),
        None => format!(
            "{}, about {spoken} spoken: within the usual {} (no target given)",
            plural(report.word_count, "word", "words"),
            duration(report.length_target_seconds)
        ),
    };
    line(&format!("Length: {length}"));
    if let Some(spoken) = report.spoken {
        line(&format!(
            "Spoken: {} in {}, about {} words a minute (a steady pace is 130-150)",
            plural(report.word_count, "word", "words"),
            duration(spoken.seconds),
            spoken.words_per_minute
        ));
    }
    if !report.fillers.is_empty() || report.spoken.is_some() {
        let rate = report
            .spoken
            .map(|s| format!(", {:.1} a minute", s.fillers_per_minute))
            .unwrap_or_default();
        if report.fillers.is_empty() {
            line(&format!("Fillers: none{rate}"));
        } else {
            line(&format!(
                "Fillers ({}{rate}): {}",
                report.fillers.len(),
                quoted_list(report.fillers.iter().map(|f| f.text.as_str()), 5)
            ));
        }
    }
    let example = if report.example_markers.is_empty() {
        "no specific case or story yet".to_string()
    } else {
        format!(
            "yes ({})",
            quoted_list(report.example_markers.iter().map(|f| f.text.as_str()), 2)
        )
    };
    line(&format!("Example: {example}"));
    let own = if report.own_part_markers.is_empty() {
        "not yet said in the first person (\"I set up\", \"I led\")".to_string()
    } else {
        format!(
            "yes ({})",
            quoted_list(report.own_part_markers.iter().map(|f| f.text.as_str()), 2)
        )
    };
    line(&format!("Your own part: {own}"));

    let people = if report.people_mentions.is_empty() && report.speaks_of_people() {
        // The reader model is sure of people the rules found no words for: said plainly, with no
        // quote, since any words picked out might be a member of staff's name.
        "yes (the reader model finds people, carers or families in the answer; no one phrase to quote)"
            .to_string()
    } else if report.people_mentions.is_empty() {
        if report.process_mentions.is_empty() {
            "no mention of people, carers or families yet".to_string()
        } else {
            format!(
                "no mention of people, carers or families yet, but {} ({})",
                plural(
                    report.process_mentions.len(),
                    "process word",
                    "process words"
                ),
                quoted_list(report.process_mentions.iter().map(|f| f.text.as_str()), 3)
            )
        }
    } else {
        format!(
            "{} of people, carers or families ({})",
            plural(report.people_mentions.len(), "mention", "mentions"),
            quoted_list(report.people_mentions.iter().map(|f| f.text.as_str()), 4)
        )
    };
    line(&format!("People: {people}"));

    if report.hedges.is_empty() {
        line("Softeners: none, good");
    } else {
        let shown: Vec<String> = report
            .hedges
            .iter()
            .take(8)
            .map(|h| format!("\"{}\" {}", one_line(&h.text), place(h, &report.hedges)))
            .collect();
        let more = report.hedges.len().saturating_sub(8);
        line(&format!(
            "Softeners ({}): {}{}",
            report.hedges.len(),
            shown.join(", "),
            if more > 0 {
                format!(" and {more} more")
            } else {
                String::new()
            }
        ));
    }

    if report.unexplained_acronyms.is_empty() {
        line("Acronyms: none that need spelling out");
    } else {
        let shown: Vec<String> = report
            .unexplained_acronyms
            .iter()
            .map(|a| format!("{} {}", a.text, place(a, &report.unexplained_acronyms)))
            .collect();
        line(&format!(
            "Acronyms to spell out at first use: {}",
            shown.join(", ")
        ));
    }

    line("");
    line("Next steps");
    for (i, s) in report.suggestions.iter().enumerate() {
        line(&format!("  {}. {s}", i + 1));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn durations_read_naturally() {
        assert_eq!(duration(45), "45 s");
        assert_eq!(duration(120), "2 min");
        assert_eq!(duration(95), "1 min 35 s");
    }

    #[test]
    fn a_yes_with_no_words_to_quote_says_it_was_read_as_a_whole() {
        // As the reader model leaves it when it overrules the rules' no: a yes, and no phrase.
        let lexicon = crate::insight::Lexicon::bundled();
        let mut r = crate::insight::analyse(&lexicon, "We talked about it at length.", None);
        assert!(!r.covers.difference && r.difference_markers.is_empty());
        r.covers.difference = true;
        let text = render_report(&r);
        assert!(
            text.contains("Difference: yes (read in the answer as a whole)"),
            "{text}"
        );
        assert!(!text.contains("()"), "{text}");
    }
}
