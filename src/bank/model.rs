//! What a question bank holds once it has been read and checked.

use chrono::NaiveDate;
use serde::Serialize;

pub use super::gap::Gap;

/// How an assessor opens a line of enquiry.
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
            QualityStatement::SafePathways => "Safe systems, pathways and transitions",
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
        "re-assessment" => "Since your last assessment",
        "mental-health" => "Mental health social work",
        "access" => "Access, information and advice",
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
    /// The three questions assessors press on every topic.
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

/// A probe an assessor may add. `when` holds words that, heard in the answer, make it the natural
/// one; `gap` names what it goes after when the answer lacks it. With neither, it is a plain probe.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FollowUp {
    pub ask: String,
    pub when: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub gap: Option<Gap>,
}

impl FollowUp {
    /// A plain probe, asked whatever was heard.
    pub fn plain(ask: impl Into<String>) -> FollowUp {
        FollowUp {
            ask: ask.into(),
            when: Vec::new(),
            gap: None,
        }
    }

    /// True when the probe only makes sense after one of its `when` words was heard.
    pub fn is_conditional(&self) -> bool {
        !self.when.is_empty()
    }

    /// True when the answer mentions one of this probe's trigger words (see [`Words`]).
    pub fn is_triggered_by(&self, answer: &str) -> bool {
        self.heard_in(&Words::new(answer)).is_some()
    }

    /// The first trigger word heard in an answer already split into words.
    pub fn heard_in(&self, answer: &Words) -> Option<&str> {
        self.when
            .iter()
            .find(|w| answer.contains(w))
            .map(String::as_str)
    }
}

/// A default gap probe a bank gives every question of the named kinds (all kinds when none are named).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct GapProbe {
    pub gap: Gap,
    pub ask: String,
    pub kinds: Vec<Kind>,
}

impl GapProbe {
    pub fn applies_to(&self, kind: Kind) -> bool {
        self.kinds.is_empty() || self.kinds.contains(&kind)
    }
}

/// A text cut into the words trigger matching compares: lower case; apostrophes dropped, so
/// "carers'" and "carer's" both read "carers"; a hyphenated word kept whole, so "multi-agency" is not
/// "agency"; numbers kept with their decimal point or thousands comma ("1,200", "2.5"); and `%` a word
/// of its own, so "85%" is "85" then "%".
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Words(Vec<String>);

impl Words {
    pub fn new(text: &str) -> Words {
        // Read as a stream, a character ahead and one behind, with no copy of the text: a long
        // answer is read this way sentence by sentence each time a follow-up is chosen.
        let mut words = Vec::with_capacity(text.len() / 6 + 1);
        let mut word = String::new();
        let flush = |word: &mut String, words: &mut Vec<String>| {
            if !word.is_empty() {
                words.push(std::mem::take(word));
            }
        };
        let mut prev: Option<char> = None;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let next = chars.peek().copied();
            if c.is_ascii_alphanumeric() {
                word.push(c.to_ascii_lowercase());
            } else if c.is_alphanumeric() {
                word.extend(c.to_lowercase());
            } else if is_apostrophe(c) {
                // Dropped inside or at the end of a word; a quote before a word starts nothing.
            } else if c == '-' && !word.is_empty() && next.is_some_and(char::is_alphanumeric) {
                word.push('-');
            } else if matches!(c, '.' | ',')
                && prev.is_some_and(|p| p.is_ascii_digit())
                && next.is_some_and(|n| n.is_ascii_digit())
                && word
                    .chars()
                    .all(|w| w.is_ascii_digit() || w == '.' || w == ',')
            {
                word.push(c);
            } else if c == '%' {
                flush(&mut word, &mut words);
                words.push("%".to_string());
            } else {
                flush(&mut word, &mut words);
            }
            prev = Some(c);
        }
        flush(&mut word, &mut words);
        Words(words)
    }

    pub fn as_slice(&self) -> &[String] {
        &self.0
    }

    /// The words of several pieces of one text, in order: the same as reading the whole text when
    /// the pieces are cut between words (as sentences are), without reading it again.
    pub fn joined(pieces: &[Words]) -> Words {
        Words(pieces.iter().flat_map(|w| w.0.iter().cloned()).collect())
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// True when `phrase` (one word or several) appears here as whole words, in order.
    pub fn contains(&self, phrase: &str) -> bool {
        let wanted = Words::new(phrase);
        !wanted.is_empty()
            && self
                .0
                .windows(wanted.0.len())
                .any(|window| window == wanted.0.as_slice())
    }
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '`')
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
    /// The bank's default gap probes for this question's kind, less any gap it has its own probe for.
    pub default_probes: Vec<FollowUp>,
    pub listen_for: Vec<String>,
    pub target_seconds: u32,
    pub tip: Option<String>,
    /// The question's own prompts, when it sets them; otherwise its bank's apply.
    pub prompts: Option<Vec<Prompt>>,
    /// Free slugs (`triangulation`, `closing`, `young-carers`) for plans and review.
    pub tags: Vec<String>,
    /// Where the question's `id` is written, for messages about duplicates across banks.
    #[serde(skip)]
    pub line: usize,
    #[serde(skip)]
    pub column: usize,
}

/// The one question literal the tests build on: each test's builder names what matters to it and
/// takes the rest from here, so a new field is added in one place.
#[cfg(test)]
impl Question {
    /// A focused question on waiting times asking about `id`, with nothing else set.
    pub(crate) fn example(id: &str) -> Question {
        Question {
            id: id.to_string(),
            bank: "test".to_string(),
            kind: Kind::Focused,
            topic: "waiting-times".to_string(),
            quality_statements: vec![],
            ask: format!("Tell me about {id}."),
            follow_ups: vec![],
            default_probes: vec![],
            listen_for: vec![],
            target_seconds: Kind::Focused.default_target_seconds(),
            tip: None,
            prompts: None,
            tags: vec![],
            line: 0,
            column: 0,
        }
    }
}

impl Question {
    /// The time an answer to it should take.
    pub fn target(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.target_seconds.into())
    }

    /// The slugs of its quality statements, as a note keeps them.
    pub fn statement_slugs(&self) -> Vec<String> {
        self.quality_statements
            .iter()
            .map(|s| s.slug().to_string())
            .collect()
    }

    /// Every probe that may follow this question: its own, then the bank's defaults.
    pub fn probes(&self) -> impl Iterator<Item = &FollowUp> {
        self.follow_ups.iter().chain(&self.default_probes)
    }
}

/// Where a bank was read from, for messages and the home screen.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    Bundled(&'static str),
    File(std::path::PathBuf),
}

impl std::fmt::Display for Origin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Origin::Bundled(name) => write!(f, "question_banks/{name} (bundled)"),
            Origin::File(path) => write!(f, "{}", path.display()),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bank {
    pub id: String,
    pub title: String,
    pub description: String,
    pub version: String,
    /// The default prompts, for any question whose kind has none of its own.
    pub prompts: Vec<Prompt>,
    /// Prompts for one kind of question (scene-setting is not asked "what difference has it made?").
    pub prompts_by_kind: Vec<(Kind, Vec<Prompt>)>,
    /// Gap probes every question of the named kinds gets; already copied into each question's
    /// `default_probes`, and kept here for listing.
    pub gap_probes: Vec<GapProbe>,
    pub questions: Vec<Question>,
    pub origin: Origin,
    /// Things that will not stop the bank loading but that an author should look at.
    pub warnings: Vec<super::check::Problem>,
    /// When the bank as a whole was last read against the law and national guidance (`as_of`).
    pub as_of: Option<NaiveDate>,
    /// Every date the bank gives (its `as_of`, each question's `checked`, each note's `as_of`), with
    /// where it is written, so `banks check` can say which has gone over a year without a look.
    pub dates: Vec<Dated>,
    /// What good looks like for each quality statement, as the bank's authors read CQC's framework.
    pub statement_notes: Vec<StatementNote>,
}

/// What good looks like for one quality statement, drawn from CQC's published framework, with where
/// it came from and when it was last read against it. Shown where a PSW reviews coverage and on the
/// interviewer's cards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct StatementNote {
    pub statement: QualityStatement,
    pub title: String,
    pub what_good_looks_like: String,
    pub source: String,
    pub as_of: NaiveDate,
}

/// What a date in a bank belongs to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DatedItem {
    /// The bank's own `as_of`.
    Bank,
    /// A question's `checked`, by the question's id.
    Question(String),
    /// A quality statement note's `as_of`.
    Statement(QualityStatement),
}

/// A date written in a bank, and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dated {
    pub item: DatedItem,
    pub date: NaiveDate,
    pub line: usize,
    pub column: usize,
}

impl Bank {
    /// The "what good looks like" note for a quality statement, if the bank has one.
    pub fn statement_note(&self, statement: QualityStatement) -> Option<&StatementNote> {
        self.statement_notes
            .iter()
            .find(|n| n.statement == statement)
    }
}

impl Bank {
    /// The prompts an answer to this question goes through: its own, else its kind's, else the bank's.
    pub fn prompts_for<'a>(&'a self, question: &'a Question) -> &'a [Prompt] {
        if let Some(own) = &question.prompts {
            return own;
        }
        self.prompts_by_kind
            .iter()
            .find(|(kind, _)| *kind == question.kind)
            .map_or(self.prompts.as_slice(), |(_, prompts)| prompts.as_slice())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follow_up_triggers_on_whole_words_only() {
        let f = FollowUp {
            ask: "How do you keep in touch while people wait?".into(),
            when: vec!["waiting list".into(), "wait".into()],
            gap: None,
        };
        assert!(f.is_triggered_by("Our Waiting List fell by a third"));
        assert!(f.is_triggered_by("people wait too long"));
        assert!(f.is_triggered_by("people wait."));
        assert!(!f.is_triggered_by("we await the audit"));
        assert!(
            !f.is_triggered_by("a waiting-list review"),
            "hyphenated: one word"
        );
    }

    fn heard(when: &str, answer: &str) -> bool {
        FollowUp {
            ask: "?".into(),
            when: vec![when.into()],
            gap: None,
        }
        .is_triggered_by(answer)
    }

    #[test]
    fn hyphenated_words_are_one_word() {
        assert!(!heard("agency", "our multi-agency safeguarding hub"));
        assert!(heard("multi-agency", "our Multi-Agency safeguarding hub"));
        assert!(heard("agency", "we cut agency staff by half"));
        assert!(!heard("agency", "agency-led work"));
    }

    #[test]
    fn apostrophes_are_ignored() {
        assert!(heard(
            "carers assessment",
            "a carers' assessment within 28 days"
        ));
        assert!(heard("carers assessment", "each carer's assessment"));
        assert!(heard("carers assessment", "each carer\u{2019}s assessment"));
        assert!(heard("carers' assessment", "a carers assessment"));
        assert!(heard("peoples", "people's voice"));
    }

    #[test]
    fn numbers_and_percent_are_words() {
        assert!(heard("18", "from 14 to 18."));
        assert!(heard("14", "from 14, we plan"));
        assert!(!heard("14", "about 140 people"));
        assert!(heard("85%", "85% were seen in time"));
        assert!(heard("%", "up to 85 % this year"));
        assert!(heard("%", "85%."));
        assert!(!heard("%", "eighty-five per cent"));
        assert!(heard("1,200", "1,200 people"));
        assert!(heard("2.5", "2.5 weeks"));
        assert!(!heard("2", "2.5 weeks"));
    }

    #[test]
    fn words_split_as_documented() {
        let w = Words::new("Carers' multi-agency hub: 85% of 1,200 -- 'quoted' - end.");
        assert_eq!(
            w.as_slice(),
            [
                "carers",
                "multi-agency",
                "hub",
                "85",
                "%",
                "of",
                "1,200",
                "quoted",
                "end"
            ]
        );
        assert!(Words::new(" - ' % ").as_slice() == ["%"]);
        assert!(Words::new("").is_empty());
    }

    #[test]
    fn gaps_round_trip_and_rank_biggest_first() {
        for g in Gap::ALL {
            assert_eq!(Gap::from_slug(g.slug()), Some(g));
        }
        assert_eq!(Gap::from_slug("own-part"), Some(Gap::OwnPart));
        assert_eq!(Gap::Evidence.rank(), 0);
        assert!(Gap::Difference.rank() < Gap::People.rank());
        assert!(Gap::People.rank() < Gap::Next.rank());
        assert!(Gap::Next.rank() < Gap::OwnPart.rank());
        assert!(Gap::OwnPart.rank() < Gap::Example.rank());
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
