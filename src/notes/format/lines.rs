//! The line types: the front matter, each data line's JSON, and the kinds of typed block.

use super::*;

// Lists and flags default when missing so a hand-trimmed note still opens.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct FrontMatter {
    pub(super) format: u32,
    pub(super) session_id: String,
    #[serde(default)]
    pub(super) kind: NoteKind,
    pub(super) plan: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub(super) title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) interviewer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) psw: Option<String>,
    #[serde(default)]
    pub(super) banks: Vec<String>,
    #[serde(with = "rfc3339")]
    pub(super) started: DateTime<FixedOffset>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rfc3339_option"
    )]
    pub(super) finished: Option<DateTime<FixedOffset>>,
    #[serde(default)]
    pub(super) style: AnswerStyle,
    /// Format 1 only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) questions: Vec<V1Question>,
}

// chrono's own serde writes UTC as `Z`; a PSW in the UK reads `+00:00` beside `+01:00` more easily,
// and the offset is what says the time is local.
pub(crate) mod rfc3339 {
    use chrono::{DateTime, FixedOffset, SecondsFormat};
    use serde::{Deserialize, Deserializer, Serializer, de::Error};

    pub fn serialize<S: Serializer>(t: &DateTime<FixedOffset>, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(&t.to_rfc3339_opts(SecondsFormat::AutoSi, false))
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<DateTime<FixedOffset>, D::Error> {
        let text = String::deserialize(d)?;
        DateTime::parse_from_rfc3339(text.trim()).map_err(|_| {
            D::Error::custom(format!(
                "`{text}` is not a date and time like 2026-11-23T17:40:00+00:00"
            ))
        })
    }
}

pub(super) mod rfc3339_option {
    use chrono::{DateTime, FixedOffset};
    use serde::{Deserialize, Deserializer, Serializer};

    pub fn serialize<S: Serializer>(
        t: &Option<DateTime<FixedOffset>>,
        s: S,
    ) -> Result<S::Ok, S::Error> {
        match t {
            Some(t) => super::rfc3339::serialize(t, s),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(
        d: D,
    ) -> Result<Option<DateTime<FixedOffset>>, D::Error> {
        #[derive(Deserialize)]
        struct Wrap(#[serde(with = "super::rfc3339")] DateTime<FixedOffset>);
        Ok(Option::<Wrap>::deserialize(d)?.map(|w| w.0))
    }
}

/// A question as format 1 kept it in the front matter.
#[derive(Debug, Deserialize, Serialize)]
pub(super) struct V1Question {
    pub(super) id: String,
    #[serde(default)]
    pub(super) topic: String,
    #[serde(default)]
    pub(super) quality_statements: Vec<String>,
    #[serde(default)]
    pub(super) ask: String,
    #[serde(default)]
    pub(super) prompts: Vec<PartLine>,
    #[serde(default)]
    pub(super) follow_up: Option<V1FollowUp>,
    #[serde(default)]
    pub(super) total_seconds: u64,
    #[serde(default)]
    pub(super) target_seconds: u32,
    /// Read as any value so a hand-edited `rating: 9` or `rating: four` is a warning, not a note
    /// that cannot be opened.
    #[serde(default)]
    pub(super) rating: Option<serde_yaml::Value>,
    #[serde(default)]
    pub(super) reflection: bool,
    #[serde(default)]
    pub(super) recovered: bool,
}

#[derive(Debug, Deserialize, Serialize)]
pub(super) struct V1FollowUp {
    #[serde(default)]
    pub(super) ask: String,
    #[serde(default)]
    pub(super) seconds: u64,
    #[serde(default)]
    pub(super) skipped: bool,
}

pub(super) fn is_false(b: &bool) -> bool {
    !*b
}

/// `<!-- question {...} -->`: a question's facts, everything but what was typed.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct QuestionLine {
    pub(super) id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub(super) topic: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) statements: Vec<String>,
    #[serde(default)]
    pub(super) ask: String,
    #[serde(default)]
    pub(super) seconds: u64,
    #[serde(default)]
    pub(super) target: u32,
    /// Any JSON value on reading, so a hand-edited rating out of range is a located warning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) rating: Option<serde_json::Value>,
    /// Whether the body holds a reflection block; the words themselves are in the body.
    #[serde(default, skip_serializing_if = "is_false")]
    pub(super) reflection: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    pub(super) recovered: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) refined_from: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub(super) best: bool,
}

/// `<!-- part {...} -->`: one prompt of a question (also format 1's `prompts` entries).
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct PartLine {
    pub(super) id: String,
    #[serde(default)]
    pub(super) ask: String,
    #[serde(default)]
    pub(super) seconds: u64,
    #[serde(default, skip_serializing_if = "is_false")]
    pub(super) transcribed: bool,
    /// The words as transcribed, when the PSW corrected them (the answer block holds the correction).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) transcript: Option<String>,
}

impl PartLine {
    /// A transcribed part's data line flags, as `(transcribed, transcript)`.
    pub(super) fn transcription(t: &Option<Transcribed>) -> (bool, Option<String>) {
        match t {
            None => (false, None),
            Some(Transcribed::AsHeard) => (true, None),
            Some(Transcribed::Corrected { heard }) => (true, Some(heard.clone())),
        }
    }

    /// The flags read back; old notes have neither, so their parts read as typed.
    pub(super) fn transcribed_from(
        transcribed: bool,
        transcript: Option<String>,
    ) -> Option<Transcribed> {
        match (transcribed, transcript) {
            (false, _) => None,
            (true, None) => Some(Transcribed::AsHeard),
            (true, Some(heard)) => Some(Transcribed::Corrected { heard }),
        }
    }
}

/// `<!-- probe {...} -->`: one follow-up.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct ProbeLine {
    #[serde(default)]
    pub(super) ask: String,
    #[serde(default)]
    pub(super) seconds: u64,
    #[serde(default, skip_serializing_if = "is_false")]
    pub(super) skipped: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) gap: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) heard: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    pub(super) transcribed: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) transcript: Option<String>,
    /// Answered in refine after being skipped; absent (false) in older notes.
    #[serde(default, skip_serializing_if = "is_false")]
    pub(super) answered_in_refine: bool,
}

/// One entry of `<!-- cues [...] -->`.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct CueLine {
    pub(super) cue: String,
    #[serde(default)]
    pub(super) ticked: bool,
}

/// `<!-- pair {...} -->`: a colleague's marks; their typed words are blocks in the body.
#[derive(Debug, Serialize, Deserialize)]
pub(super) struct PairLine {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub(super) rating: Option<serde_json::Value>,
    #[serde(default)]
    pub(super) heard: PartsHeard,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub(super) probes_asked: Vec<String>,
}

/// What a question's data lines say, whichever format they came from, before the typed texts are
/// matched to it.
#[derive(Debug, Default)]
pub(super) struct QuestionFacts {
    pub(super) question: NoteQuestion,
    pub(super) reflection: bool,
    /// The question's data line (format 2); 0 in format 1, which keeps it in the front matter.
    pub(super) line: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub(super) enum BlockKind {
    Answer,
    FollowUp,
    Reflection,
    Observations,
    Keep,
    Stop,
    Start,
}

impl BlockKind {
    pub(super) const ALL: [BlockKind; 7] = [
        BlockKind::Answer,
        BlockKind::FollowUp,
        BlockKind::Reflection,
        BlockKind::Observations,
        BlockKind::Keep,
        BlockKind::Stop,
        BlockKind::Start,
    ];

    pub(super) fn word(self) -> &'static str {
        match self {
            BlockKind::Answer => "answer",
            BlockKind::FollowUp => "follow-up",
            BlockKind::Reflection => "reflection",
            BlockKind::Observations => "observations",
            BlockKind::Keep => "keep",
            BlockKind::Stop => "stop",
            BlockKind::Start => "start",
        }
    }

    pub(super) fn from_word(word: &str) -> Option<BlockKind> {
        BlockKind::ALL.into_iter().find(|k| k.word() == word)
    }
}

/// The data lines' words, as they follow `<!-- `.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum DataKind {
    Question,
    Part,
    Probe,
    Cues,
    Coaching,
    Pair,
    /// A draft's plan and where it stopped; under the header, belonging to no question.
    Resume,
}

impl DataKind {
    pub(super) const ALL: [DataKind; 7] = [
        DataKind::Question,
        DataKind::Part,
        DataKind::Probe,
        DataKind::Cues,
        DataKind::Coaching,
        DataKind::Pair,
        DataKind::Resume,
    ];

    pub(super) fn word(self) -> &'static str {
        match self {
            DataKind::Question => "question",
            DataKind::Part => "part",
            DataKind::Probe => "probe",
            DataKind::Cues => "cues",
            DataKind::Coaching => "coaching",
            DataKind::Pair => "pair",
            DataKind::Resume => "resume",
        }
    }

    /// How an error names the line to a person.
    pub(super) fn what(self) -> &'static str {
        match self {
            DataKind::Question => "the question's details",
            DataKind::Part => "the part's details",
            DataKind::Probe => "the follow-up's details",
            DataKind::Cues => "the listen-for cues",
            DataKind::Coaching => "the coaching summary",
            DataKind::Pair => "the interviewer's marks",
            DataKind::Resume => "where the rehearsal stopped",
        }
    }
}
