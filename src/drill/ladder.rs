//! The interviewer's probe ladder for pair practice: a question's follow-ups in the order a
//! colleague playing the assessor climbs them, with when to ask each.

use crate::bank::model::{FollowUp, Gap, Question};

use super::pair::PARTS;

/// The last rung of every ladder: assessors end a line of enquiry by asking to see it.
pub const EVIDENCE_PROBE: &str = "Can you show me the evidence for that? What would I see if I \
looked at it?";

/// How far up the ladder a probe sits: ask the plain ones first, then go deeper, then ask for proof.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Rung {
    /// Anchored in what the PSW has just said, found in the interviewer's observations: first.
    FromAnswer,
    /// Worth asking of any answer.
    Plain,
    /// Worth asking when the PSW mentions one of the probe's words.
    Deeper,
    /// "Show me the evidence".
    Evidence,
}

impl Rung {
    pub fn label(self) -> &'static str {
        match self {
            Rung::FromAnswer => "From the answer",
            Rung::Plain => "Plain",
            Rung::Deeper => "Deeper",
            Rung::Evidence => "Evidence",
        }
    }
}

/// One probe on the interviewer's ladder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LadderProbe {
    pub ask: String,
    pub rung: Rung,
    /// Words that make a deeper probe the natural one, for the interviewer to listen for.
    pub when: Vec<String>,
    /// What the probe goes after when the answer lacks it.
    pub gap: Option<Gap>,
}

impl LadderProbe {
    /// "\"waiting list\" or \"wait\"", at most `max` words then "or similar": what to listen for
    /// before asking a deeper probe. Empty for a probe with no words.
    pub fn cue_words(&self, max: usize) -> String {
        let quoted: Vec<String> = self
            .when
            .iter()
            .take(max)
            .map(|w| format!("\"{w}\""))
            .collect();
        match quoted.as_slice() {
            [] => String::new(),
            [one] if self.when.len() == 1 => one.clone(),
            _ if self.when.len() > max => format!("{} or similar", quoted.join(", ")),
            [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
        }
    }
}

/// What a gap probe waits for, in the interviewer's words.
pub fn gap_condition(gap: Gap) -> &'static str {
    match gap {
        Gap::Done => "if they have not said what they did",
        Gap::Difference => "if they have not said what difference it made",
        Gap::Evidence => "if they have not said how they know",
        Gap::People => "if they have not said who it helped",
        Gap::Next => "if they have not said what comes next, and when",
        Gap::Example => "if they have not given a specific example",
        Gap::OwnPart => "if they have not said what they did themselves",
    }
}

/// The part whose tick, left empty, makes this gap probe the one to ask.
pub fn part_for_gap(gap: Gap) -> Option<usize> {
    PARTS.iter().position(|p| p.id == gap.slug())
}

/// The probes for a question in the order an interviewer climbs them: the plain ones; then the
/// deeper ones (gap probes, biggest gap first, then those that follow a word heard); then the
/// evidence, the question's own evidence probe or "show me the evidence". The bank's order is kept
/// within a rung. The question's own probes come before its bank's defaults.
pub fn ladder(question: &Question) -> Vec<LadderProbe> {
    let probe = |f: &FollowUp, rung: Rung| LadderProbe {
        ask: f.ask.clone(),
        rung,
        when: f.when.clone(),
        gap: f.gap,
    };
    let all: Vec<&FollowUp> = question.probes().collect();
    let mut probes: Vec<LadderProbe> = all
        .iter()
        .filter(|f| f.when.is_empty() && f.gap.is_none())
        .map(|f| probe(f, Rung::Plain))
        .collect();
    let mut gaps: Vec<&&FollowUp> = all
        .iter()
        .filter(|f| f.when.is_empty() && f.gap.is_some_and(|g| g != Gap::Evidence))
        .collect();
    gaps.sort_by_key(|f| f.gap.map(Gap::rank));
    probes.extend(gaps.into_iter().map(|f| probe(f, Rung::Deeper)));
    probes.extend(
        all.iter()
            .filter(|f| !f.when.is_empty())
            .map(|f| probe(f, Rung::Deeper)),
    );
    let evidence: Vec<LadderProbe> = all
        .iter()
        .filter(|f| f.when.is_empty() && f.gap == Some(Gap::Evidence))
        .map(|f| probe(f, Rung::Evidence))
        .collect();
    if evidence.is_empty() {
        probes.push(LadderProbe {
            ask: EVIDENCE_PROBE.to_string(),
            rung: Rung::Evidence,
            when: Vec::new(),
            gap: Some(Gap::Evidence),
        });
    } else {
        probes.extend(evidence);
    }
    probes
}

impl LadderProbe {
    /// When to ask it, for the interviewer: "if they mention \"wait\"", "if they have not said how
    /// they know"; `None` for a plain probe.
    pub fn condition(&self) -> Option<String> {
        if !self.when.is_empty() {
            Some(format!("if they mention {}", self.cue_words(3)))
        } else {
            self.gap.map(|g| gap_condition(g).to_string())
        }
    }
}

/// The follow-ups anchored in what the interviewer has noted of the answer ("96% reached in a
/// week"), as rungs to put before the rest.
pub fn from_the_answer(observations: &str) -> Vec<LadderProbe> {
    super::anchor::anchors(&without_reporting_words(observations))
        .into_iter()
        .map(|a| LadderProbe {
            ask: a.ask,
            rung: Rung::FromAnswer,
            when: Vec::new(),
            gap: None,
        })
        .collect()
}

/// How a colleague starts a note about what the PSW said; the words after it are the PSW's.
const REPORTING: &[&str] = &[
    "talked about",
    "talks about",
    "spoke about",
    "speaks about",
    "described",
    "describes",
    "mentioned",
    "mentions",
    "referred to",
    "refers to",
    "discussed",
    "discusses",
    "went through",
    "goes through",
    "explained",
    "explains",
];

/// The interviewer's notes with the reporting words that start a note or a sentence in it left
/// out ("Talked about the audit" is "the audit"), so what is pressed on is what the PSW said, not
/// "You said talked about the audit" (the twelfth walk's row 3).
fn without_reporting_words(observations: &str) -> String {
    let mut out = String::with_capacity(observations.len());
    let mut at_start = true;
    let mut rest = observations;
    while let Some(c) = rest.chars().next() {
        if at_start && !c.is_whitespace() {
            at_start = false;
            if let Some(skip) = REPORTING.iter().find_map(|phrase| {
                let head = rest.get(..phrase.len())?;
                let after = rest[phrase.len()..].chars().next()?;
                (head.eq_ignore_ascii_case(phrase) && after == ' ').then_some(phrase.len() + 1)
            }) {
                rest = &rest[skip..];
                continue;
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
        if c == '\n' || ((c == '.' || c == ';') && rest.starts_with(' ')) {
            at_start = true;
        }
    }
    out
}
