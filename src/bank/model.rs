//! What a question bank holds once it has been read and checked.

use serde::Serialize;

/// How an inspector opens a line of enquiry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Kind {
    SceneSetting,
    Broad,
    Focused,
}

impl Kind {
    pub const ALL: [Kind; 3] = [Kind::SceneSetting, Kind::Broad, Kind::Focused];

    pub fn slug(self) -> &'static str {
        match self {
            Kind::SceneSetting => "scene-setting",
            Kind::Broad => "broad",
            Kind::Focused => "focused",
        }
    }

    pub fn from_slug(slug: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.slug() == slug)
    }

    /// A sensible answer length when a question does not set its own.
    pub fn default_target_seconds(self) -> u32 {
        match self {
            Kind::SceneSetting => 120,
            Kind::Broad => 180,
            Kind::Focused => 150,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Kind::SceneSetting => "Scene-setting",
            Kind::Broad => "Broad",
            Kind::Focused => "Focused",
        }
    }
}

/// CQC's nine quality statements for local authorities, in the framework's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum QualityStatement {
    AssessingNeeds,
    HealthierLives,
    Equity,
    CareProvision,
    Partnerships,
    SafePathways,
    Safeguarding,
    Governance,
    LearningImprovement,
}

impl QualityStatement {
    pub const ALL: [QualityStatement; 9] = [
        QualityStatement::AssessingNeeds,
        QualityStatement::HealthierLives,
        QualityStatement::Equity,
        QualityStatement::CareProvision,
        QualityStatement::Partnerships,
        QualityStatement::SafePathways,
        QualityStatement::Safeguarding,
        QualityStatement::Governance,
        QualityStatement::LearningImprovement,
    ];

    pub fn slug(self) -> &'static str {
        match self {
            QualityStatement::AssessingNeeds => "assessing-needs",
            QualityStatement::HealthierLives => "healthier-lives",
            QualityStatement::Equity => "equity",
            QualityStatement::CareProvision => "care-provision",
            QualityStatement::Partnerships => "partnerships",
            QualityStatement::SafePathways => "safe-pathways",
            QualityStatement::Safeguarding => "safeguarding",
            QualityStatement::Governance => "governance",
            QualityStatement::LearningImprovement => "learning-improvement",
        }
    }

    pub fn from_slug(slug: &str) -> Option<QualityStatement> {
        QualityStatement::ALL.into_iter().find(|q| q.slug() == slug)
    }

    /// The statement's title as CQC writes it.
    pub fn title(self) -> &'static str {
        match self {
            QualityStatement::AssessingNeeds => "Assessing needs",
            QualityStatement::HealthierLives => "Supporting people to live healthier lives",
            QualityStatement::Equity => "Equity in experience and outcomes",
            QualityStatement::CareProvision => "Care provision, integration and continuity",
            QualityStatement::Partnerships => "Partnerships and communities",
            QualityStatement::SafePathways => "Safe pathways, systems and transitions",
            QualityStatement::Safeguarding => "Safeguarding",
            QualityStatement::Governance => "Governance, management and sustainability",
            QualityStatement::LearningImprovement => "Learning, improvement and innovation",
        }
    }
}

/// A topic as a PSW would say it: `edi` -> "Equality, diversity and inclusion". Topics a bank
/// invents are shown with their dashes as spaces.
pub fn topic_title(slug: &str) -> String {
    let known = match slug {
        "role-remit" => "Role and remit",
        "proud" => "What you are proud of",
        "pressures" => "Pressures and plans",
        "workforce" => "Workforce",
        "quality-assurance" => "Quality assurance and governance",
        "practice" => "Practice",
        "caseloads" => "Caseloads",
        "waiting-times" => "Waiting times",
        "voice-of-people" => "The voice of people",
        "edi" => "Equality, diversity and inclusion",
        "safeguarding" => "Safeguarding",
        "carers" => "Carers",
        "transitions" => "Transitions",
        "partnerships" => "Partnerships",
        "mental-capacity" => "Mental capacity and DoLS",
        "supervision" => "Supervision",
        "data-and-performance" => "Data and performance",
        "self-assessment" => "Self-assessment",
        "learning-improvement" => "Learning and improvement",
        other => {
            let words = other.replace('-', " ");
            let mut chars = words.chars();
            return match chars.next() {
                Some(first) => first.to_uppercase().chain(chars).collect(),
                None => String::new(),
            };
        }
    };
    known.to_string()
}

/// One stage every answer passes through ("What have you done?").
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Prompt {
    pub id: String,
    pub ask: String,
}

impl Prompt {
    /// The three questions inspectors press on every topic.
    pub fn default_three() -> Vec<Prompt> {
        [
            ("done", "What have you done?"),
            ("difference", "What difference has it made?"),
            ("evidence", "How do you know?"),
        ]
        .into_iter()
        .map(|(id, ask)| Prompt {
            id: id.to_string(),
            ask: ask.to_string(),
        })
        .collect()
    }
}

/// A probe an inspector may add; `when` holds words that, heard in the answer, make it the natural one.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUp {
    pub ask: String,
    pub when: Vec<String>,
}

impl FollowUp {
    /// True when the answer mentions one of this probe's trigger words (whole words, any case).
    pub fn is_triggered_by(&self, answer: &str) -> bool {
        let answer = answer.to_lowercase();
        self.when
            .iter()
            .any(|word| contains_phrase(&answer, &word.to_lowercase()))
    }
}

fn contains_phrase(haystack: &str, phrase: &str) -> bool {
    if phrase.trim().is_empty() {
        return false;
    }
    haystack.match_indices(phrase).any(|(at, m)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + m.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Question {
    pub id: String,
    /// The id of the bank it came from.
    pub bank: String,
    pub kind: Kind,
    pub topic: String,
    pub quality_statements: Vec<QualityStatement>,
    pub ask: String,
    pub follow_ups: Vec<FollowUp>,
    pub listen_for: Vec<String>,
    pub target_seconds: u32,
    pub tip: Option<String>,
    /// Where the question's `id` is written, for messages about duplicates across banks.
    #[serde(skip)]
    pub line: usize,
    #[serde(skip)]
    pub column: usize,
}

/// Where a bank was read from, for messages and the home screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Bundled(&'static str),
    File(std::path::PathBuf),
}

impl std::fmt::Display for Source {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Source::Bundled(name) => write!(f, "question_banks/{name} (bundled)"),
            Source::File(path) => write!(f, "{}", path.display()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bank {
    pub id: String,
    pub title: String,
    pub description: String,
    pub version: String,
    pub prompts: Vec<Prompt>,
    pub questions: Vec<Question>,
    pub source: Source,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follow_up_triggers_on_whole_words_only() {
        let f = FollowUp {
            ask: "How do you keep in touch while people wait?".into(),
            when: vec!["waiting list".into(), "wait".into()],
        };
        assert!(f.is_triggered_by("Our Waiting List fell by a third"));
        assert!(f.is_triggered_by("people wait too long"));
        assert!(!f.is_triggered_by("we await the audit"));
    }

    #[test]
    fn topics_read_as_plain_english() {
        assert_eq!(topic_title("edi"), "Equality, diversity and inclusion");
        assert_eq!(topic_title("hospital-discharge"), "Hospital discharge");
        assert_eq!(topic_title(""), "");
    }

    #[test]
    fn slugs_round_trip() {
        for q in QualityStatement::ALL {
            assert_eq!(QualityStatement::from_slug(q.slug()), Some(q));
        }
        for k in Kind::ALL {
            assert_eq!(Kind::from_slug(k.slug()), Some(k));
        }
    }
}
