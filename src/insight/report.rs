//! What the analysis found, as data (serialised to JSON for `psw-coach analyse --json`) and as the
//! readable plain-text report.

use serde::Serialize;

/// Something found in the answer, and where. Offsets are bytes into the analysed text; line and column
/// count from 1, the column in characters.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ConfidentialKind {
    NhsNumber,
    Postcode,
    Phone,
    Email,
    DateOfBirth,
    TitledName,
}

impl ConfidentialKind {
    /// The kind as the JSON writes it.
    pub fn slug(self) -> &'static str {
        match self {
            ConfidentialKind::NhsNumber => "nhs-number",
            ConfidentialKind::Postcode => "postcode",
            ConfidentialKind::Phone => "phone",
            ConfidentialKind::Email => "email",
            ConfidentialKind::DateOfBirth => "date-of-birth",
            ConfidentialKind::TitledName => "titled-name",
        }
    }

    /// The kind in plain words, for the report.
    pub fn label(self) -> &'static str {
        match self {
            ConfidentialKind::NhsNumber => "NHS number",
            ConfidentialKind::Postcode => "postcode",
            ConfidentialKind::Phone => "phone number",
            ConfidentialKind::Email => "email address",
            ConfidentialKind::DateOfBirth => "possible date of birth",
            ConfidentialKind::TitledName => "name with a title",
        }
    }
}

/// A detail that could identify someone who uses services.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Confidential {
    pub kind: ConfidentialKind,
    pub text: String,
    pub start: usize,
    pub end: usize,
    pub line: usize,
    pub column: usize,
}

/// The three questions inspectors press: what have you done, what difference has it made, how do you
/// know?
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Covers {
    pub done: bool,
    pub difference: bool,
    pub evidence: bool,
}

/// Where things were, where they are, and what comes next.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct ThenNowNext {
    pub then: bool,
    pub now: bool,
    pub next: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub word_count: usize,
    /// At about 140 words a minute.
    pub speaking_seconds: u32,
    pub target_seconds: Option<u32>,
    pub over_target: bool,
    pub covers: Covers,
    pub then_now_next: ThenNowNext,
    /// Figures, percentages, trends, dates and named sources. Dates alone do not make `covers.evidence`
    /// true: they say when, not how you know.
    pub evidence_markers: Vec<Finding>,
    pub people_mentions: Vec<Finding>,
    pub hedges: Vec<Finding>,
    /// The first unexplained use of each acronym: the place to spell it out.
    pub unexplained_acronyms: Vec<Finding>,
    pub confidentiality: Vec<Confidential>,
    /// Two or three next steps, most important first.
    pub suggestions: Vec<String>,
    /// Where the answer says what the speaker did ("I set up", "we introduced").
    pub done_markers: Vec<Finding>,
    /// Where the answer says what changed.
    pub difference_markers: Vec<Finding>,
    /// Process-only words (policy, pathway, paperwork...), to weigh against `people_mentions`.
    pub process_mentions: Vec<Finding>,
    /// True when some sentence ties a change to people, carers or families.
    pub difference_for_people: bool,
}

/// How long something takes to say, as a person would write it: "1 min 30 s", "45 s", "2 min".
pub fn duration(seconds: u32) -> String {
    match (seconds / 60, seconds % 60) {
        (0, s) => format!("{s} s"),
        (m, 0) => format!("{m} min"),
        (m, s) => format!("{m} min {s} s"),
    }
}

fn yes_no(b: bool) -> &'static str {
    if b { "yes" } else { "no" }
}

/// Up to `max` distinct findings, quoted: "audit", "88%" and 3 more.
fn quoted_list<'a>(texts: impl Iterator<Item = &'a str>, max: usize) -> String {
    let mut seen: Vec<String> = Vec::new();
    let mut distinct: Vec<&str> = Vec::new();
    for t in texts {
        let key = t.to_lowercase();
        if !seen.contains(&key) {
            seen.push(key);
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
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn plural(n: usize, one: &str, many: &str) -> String {
    if n == 1 {
        format!("1 {one}")
    } else {
        format!("{n} {many}")
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
            "   Take these out or anonymise them (\"a woman in her eighties living alone\") before this",
        );
        line("   answer goes into notes, slides or an interview.");
        line("");
    }

    line("The three questions");
    let done = if report.covers.done {
        format!(
            "yes, you say what you did ({})",
            quoted_list(report.done_markers.iter().map(|f| f.text.as_str()), 3)
        )
    } else {
        "no, not yet: say what you did yourself (\"I set up\", \"we introduced\")".to_string()
    };
    line(&format!("  Done: {done}"));
    let difference = match (report.covers.difference, report.difference_for_people) {
        (true, true) => format!(
            "yes, including for people ({})",
            quoted_list(report.difference_markers.iter().map(|f| f.text.as_str()), 3)
        ),
        (true, false) => format!(
            "yes ({}), though not yet tied to people and carers",
            quoted_list(report.difference_markers.iter().map(|f| f.text.as_str()), 3)
        ),
        (false, _) => "no, not yet: say what changed for people and carers".to_string(),
    };
    line(&format!("  Difference: {difference}"));
    // Proof first, dates after: a reader scanning the line should see the figures.
    let (dates, mut proof): (Vec<&Finding>, Vec<&Finding>) = report
        .evidence_markers
        .iter()
        .partition(|f| super::evidence::is_date_text(&f.text));
    proof.sort_by_key(|f| !f.text.chars().any(|c| c.is_ascii_digit()));
    let evidence = if report.covers.evidence {
        format!(
            "yes ({})",
            quoted_list(proof.iter().chain(&dates).map(|f| f.text.as_str()), 5)
        )
    } else if report.evidence_markers.is_empty() {
        "no, not yet: add a figure, an audit finding, or what people told you".to_string()
    } else {
        format!(
            "not yet: {} says when or what is planned, not how you know",
            quoted_list(report.evidence_markers.iter().map(|f| f.text.as_str()), 3)
        )
    };
    line(&format!("  Evidence: {evidence}"));
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
        None => format!(
            "{}, about {spoken} spoken",
            plural(report.word_count, "word", "words")
        ),
    };
    line(&format!("Length: {length}"));

    let people = if report.people_mentions.is_empty() {
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
            .map(|h| format!("\"{}\" {}:{}", one_line(&h.text), h.line, h.column))
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
            .map(|a| format!("{} {}:{}", a.text, a.line, a.column))
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

/// What the suggestions are chosen from.
pub(crate) struct Facts<'a> {
    pub report: &'a Report,
    /// The prompt ids of parts that were answered but hold nothing for their own question
    /// ("evidence" with no evidence in it).
    pub empty_parts: Vec<&'a str>,
}

/// Two or three short, concrete, kind next steps, the most important first.
pub(crate) fn suggestions(facts: &Facts) -> Vec<String> {
    let r = facts.report;
    let mut out: Vec<String> = Vec::new();

    match r.confidentiality.as_slice() {
        [] => {}
        [only] => out.push(format!(
            "Take out the {} on line {} and describe the person instead: \"a man in his seventies\".",
            only.kind.label(),
            only.line
        )),
        [first, ..] => out.push(format!(
            "Take out the {} identifying details (the first is on line {}) and describe the person instead.",
            r.confidentiality.len(),
            first.line
        )),
    }
    if !r.covers.done {
        out.push(
            "Start with what you did yourself: \"I set up...\", \"we introduced...\", \"I led...\"."
                .to_string(),
        );
    }
    if !r.covers.difference {
        if r.people_mentions.is_empty() {
            out.push("Say what difference it made for people and carers: what is better for them now, and by how much.".to_string());
        } else {
            out.push(
                "Say what changed as a result: for the people and carers you mention, what is better now?"
                    .to_string(),
            );
        }
    } else if !r.difference_for_people {
        out.push(
            "Tie the change to people: what does it mean for someone who draws on care, or their carer?"
                .to_string(),
        );
    }
    if !r.covers.evidence {
        if facts.empty_parts.contains(&"evidence") {
            out.push("Your \"how do you know\" answer has no evidence in it yet: add a figure, an audit finding, or what people told you.".to_string());
        } else {
            out.push(
                "Add how you know: a figure, an audit finding, or what people told you."
                    .to_string(),
            );
        }
    }
    let tnn = r.then_now_next;
    if !tnn.then && !tnn.now {
        out.push("Show the change over time: where things were when you started, and where they are now.".to_string());
    } else if !tnn.then {
        out.push(
            "Say where things were before, so the change shows: \"When I came into post, ...\""
                .to_string(),
        );
    } else if !tnn.now {
        out.push(
            "Say where things stand today, with the latest figure if you have it.".to_string(),
        );
    }
    if !tnn.next {
        out.push(
            "Close with what comes next, who owns it and how you will know it is working."
                .to_string(),
        );
    }
    if !r.unexplained_acronyms.is_empty() {
        let names: Vec<&str> = r
            .unexplained_acronyms
            .iter()
            .take(3)
            .map(|a| a.text.as_str())
            .collect();
        out.push(format!(
            "Spell out {} the first time: inspectors will not know local shorthand.",
            join_words(&names)
        ));
    }
    if r.hedges.len() >= 2 {
        let mut words: Vec<String> = Vec::new();
        for h in &r.hedges {
            let w = one_line(&h.text).to_lowercase();
            let w = if w.starts_with("i ") {
                format!("I{}", &w[1..])
            } else {
                w
            };
            if !words.contains(&w) {
                words.push(w);
            }
        }
        let quoted: Vec<String> = words.iter().take(2).map(|w| format!("\"{w}\"")).collect();
        let quoted: Vec<&str> = quoted.iter().map(String::as_str).collect();
        out.push(format!(
            "Let the work speak for itself: drop softeners such as {} and say plainly what you did and know.",
            join_words(&quoted)
        ));
    }
    if let Some(target) = r.target_seconds {
        let target_words = target as usize * 140 / 60;
        if r.over_target {
            let cut = r.word_count.saturating_sub(target_words).max(10);
            out.push(format!(
                "Trim about {cut} words to fit {}: keep the figures and the difference, cut the background.",
                duration(target)
            ));
        } else if r.word_count * 3 < target_words && r.word_count > 0 {
            out.push(format!(
                "You have room for more: the {} target fits about {target_words} words, so add an example or a figure.",
                duration(target)
            ));
        }
    }
    if r.people_mentions.is_empty() && r.covers.difference {
        out.push("Bring in the people who draw on care: what did this mean for them, their carers or families?".to_string());
    }

    out.truncate(3);
    if out.len() < 2 {
        let covers = r.covers;
        out.push(if covers.done && covers.difference && covers.evidence {
            "This answers all three questions: keep it, and practise saying it aloud until it flows."
                .to_string()
        } else {
            "Practise it aloud, then check it again to see what has changed.".to_string()
        });
    }
    if out.len() < 2 {
        out.push(
            "Have the source of each figure to hand, in case the inspector asks to see it."
                .to_string(),
        );
    }
    out
}

fn join_words(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
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
    fn kinds_serialise_kebab_case() {
        for kind in [
            ConfidentialKind::NhsNumber,
            ConfidentialKind::Postcode,
            ConfidentialKind::Phone,
            ConfidentialKind::Email,
            ConfidentialKind::DateOfBirth,
            ConfidentialKind::TitledName,
        ] {
            let json = serde_json::to_string(&kind).expect("serialises");
            assert_eq!(json, format!("\"{}\"", kind.slug()));
        }
    }

    #[test]
    fn lists_join_in_plain_english() {
        assert_eq!(join_words(&["MARP"]), "MARP");
        assert_eq!(join_words(&["MARP", "LAS"]), "MARP and LAS");
        assert_eq!(join_words(&["A", "B", "C"]), "A, B and C");
    }
}
