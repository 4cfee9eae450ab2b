//! A note as text: YAML front matter for the session, a Markdown transcript for everything else.
//!
//! # Layout (format 2)
//!
//! ```text
//! ---
//! format: 2
//! session_id: 20261201-200817-5783
//! kind: rehearse
//! plan: topic waiting-times
//! title: 'Topic: Waiting times'
//! banks:
//! - cqc-psw-adults
//! started: 2026-12-01T20:08:17+00:00
//! finished: 2026-12-01T20:31:02+00:00
//! style: written
//! ---
//!
//! Rehearsal: Topic: Waiting times · started 1 December 2026 20:08 · ...
//!
//! # How long do people wait for a review?
//! <!-- question {"id":"waiting-times-06","topic":"waiting-times","ask":"How long ...?",...} -->
//!
//! Time 2 min 35 s against a target of 2 min 30 s · rated 4 of 5 · topic: Waiting times
//!
//! ## What have you done? (1 min 05 s)
//! <!-- part {"id":"done","ask":"What have you done?","seconds":65} -->
//!
//! <!-- answer q:waiting-times-06 p:done -->
//! ...the text, exactly as typed...
//! <!-- end answer -->
//! ```
//!
//! The front matter holds only the session's facts, so the first answer is near the top of the file
//! however many questions there are. Each question's facts are one JSON line in an HTML comment just
//! under its heading (`question`), and each part of it the same just under the part's heading:
//! `part` (a prompt), `probe` (a follow-up: ask, seconds, skipped, and the `gap` or word `heard`
//! that chose it), `cues` (what assessors listen for, each with `ticked`), `coaching` (the answer
//! analysis in brief) and `pair` (what a colleague playing the assessor marked). A data line belongs
//! to the `question` line above it. Headings, the summary lines and the cue checklist are decoration
//! for people, written from the data lines and never read back: to change a fact, edit its data line.
//! Markdown viewers hide the comments, so a note renders as a clean transcript.
//!
//! A draft also has one `resume` data line just under the header line, belonging to no question:
//! every planned question's id, the options and the part on screen (see
//! [`ResumePoint`](super::model::ResumePoint)), so an unfinished rehearsal can go on where it
//! stopped. Saved notes never have it; drafts written before it existed simply cannot be resumed.
//!
//! Everything a person typed (answers, follow-up answers, reflections, and a colleague's
//! observations and Keep / Stop / Start) lives only in the body, so a PSW who corrects an answer in
//! any editor changes the one copy that is read back. Each of those texts sits between markers:
//!
//! ```text
//! <!-- answer q:<question id> p:<prompt id> -->
//! ...the text, exactly as typed...
//! <!-- end answer -->
//! ```
//!
//! The other kinds are `follow-up`, `reflection`, `observations`, `keep`, `stop` and `start`, with
//! `q:` only. Blocks are matched to questions by id, in order, so a question asked twice keeps its
//! own answers.
//!
//! A text line that starts with optional backslashes and then `<!-- ` gets one more backslash on the
//! way out and loses one on the way in, so a typed line can never pass for a marker. That backslash
//! is also Markdown's own escape, so a viewer shows the line as it was typed. A non-empty text is
//! followed by exactly one newline before the end marker and an empty one by none; that is enough
//! to bring back every trailing newline exactly, so the end marker needs no count. In data lines
//! every `>` is written `\u003e`, so no text can close the comment early.
//!
//! # Format 1
//!
//! Version 1 kept every question's facts in the front matter (`questions:`, with at most one
//! `follow_up`), and is still read: its follow-up becomes the one entry of `follow_ups`, its kind is
//! rehearse, and it has no plan title (see [`Note::title`]).

use std::collections::{HashMap, VecDeque};
use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::model::{
    AnswerStyle, Coaching, Cue, FORMAT_VERSION, FollowUpAnswer, FollowUpReason, Note, NoteKind,
    NoteQuestion, PairMarks, PartsHeard, PromptAnswer, ResumePoint,
};

/// Why a note's text could not be read, and on which line (counted from 1, as editors do).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatError {
    pub line: usize,
    pub message: String,
}

impl fmt::Display for FormatError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.message)
    }
}

impl std::error::Error for FormatError {}

/// Something wrong in a note that still reads: a hand edit that removed an answer's markers, a
/// rating out of range. The note is read as well as it can be and the warning says where and what.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FormatWarning {
    /// Counted from 1, as editors do.
    pub line: usize,
    /// Counted from 1 in characters, where one place on the line is to blame.
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for FormatWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.column {
            Some(c) => write!(f, "line {}, column {c}: {}", self.line, self.message),
            None => write!(f, "line {}: {}", self.line, self.message),
        }
    }
}

const FENCE: &str = "---";
const MARKER_OPEN: &str = "<!-- ";

// Lists and flags default when missing so a hand-trimmed note still opens.
#[derive(Debug, Serialize, Deserialize)]
struct FrontMatter {
    format: u32,
    session_id: String,
    #[serde(default)]
    kind: NoteKind,
    plan: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    interviewer: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    psw: Option<String>,
    #[serde(default)]
    banks: Vec<String>,
    #[serde(with = "rfc3339")]
    started: DateTime<FixedOffset>,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "rfc3339_option"
    )]
    finished: Option<DateTime<FixedOffset>>,
    #[serde(default)]
    style: AnswerStyle,
    /// Format 1 only.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    questions: Vec<V1Question>,
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

mod rfc3339_option {
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
struct V1Question {
    id: String,
    #[serde(default)]
    topic: String,
    #[serde(default)]
    quality_statements: Vec<String>,
    #[serde(default)]
    ask: String,
    #[serde(default)]
    prompts: Vec<PartLine>,
    #[serde(default)]
    follow_up: Option<V1FollowUp>,
    #[serde(default)]
    total_seconds: u64,
    #[serde(default)]
    target_seconds: u32,
    /// Read as any value so a hand-edited `rating: 9` or `rating: four` is a warning, not a note
    /// that cannot be opened.
    #[serde(default)]
    rating: Option<serde_yaml::Value>,
    #[serde(default)]
    reflection: bool,
    #[serde(default)]
    recovered: bool,
}

#[derive(Debug, Deserialize, Serialize)]
struct V1FollowUp {
    #[serde(default)]
    ask: String,
    #[serde(default)]
    seconds: u64,
    #[serde(default)]
    skipped: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// `<!-- question {...} -->`: a question's facts, everything but what was typed.
#[derive(Debug, Serialize, Deserialize)]
struct QuestionLine {
    id: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    topic: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    statements: Vec<String>,
    #[serde(default)]
    ask: String,
    #[serde(default)]
    seconds: u64,
    #[serde(default)]
    target: u32,
    /// Any JSON value on reading, so a hand-edited rating out of range is a located warning.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rating: Option<serde_json::Value>,
    /// Whether the body holds a reflection block; the words themselves are in the body.
    #[serde(default, skip_serializing_if = "is_false")]
    reflection: bool,
    #[serde(default, skip_serializing_if = "is_false")]
    recovered: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    refined_from: Option<String>,
    #[serde(default, skip_serializing_if = "is_false")]
    best: bool,
}

/// `<!-- part {...} -->`: one prompt of a question (also format 1's `prompts` entries).
#[derive(Debug, Serialize, Deserialize)]
struct PartLine {
    id: String,
    #[serde(default)]
    ask: String,
    #[serde(default)]
    seconds: u64,
}

/// `<!-- probe {...} -->`: one follow-up.
#[derive(Debug, Serialize, Deserialize)]
struct ProbeLine {
    #[serde(default)]
    ask: String,
    #[serde(default)]
    seconds: u64,
    #[serde(default, skip_serializing_if = "is_false")]
    skipped: bool,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    gap: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    heard: Option<String>,
}

/// One entry of `<!-- cues [...] -->`.
#[derive(Debug, Serialize, Deserialize)]
struct CueLine {
    cue: String,
    #[serde(default)]
    ticked: bool,
}

/// `<!-- pair {...} -->`: a colleague's marks; their typed words are blocks in the body.
#[derive(Debug, Serialize, Deserialize)]
struct PairLine {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rating: Option<serde_json::Value>,
    #[serde(default)]
    heard: PartsHeard,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    probes_asked: Vec<String>,
}

/// What a question's data lines say, whichever format they came from, before the typed texts are
/// matched to it.
#[derive(Debug, Default)]
struct Facts {
    question: NoteQuestion,
    reflection: bool,
    /// The question's data line (format 2); 0 in format 1, which keeps it in the front matter.
    line: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum BlockKind {
    Answer,
    FollowUp,
    Reflection,
    Observations,
    Keep,
    Stop,
    Start,
}

impl BlockKind {
    const ALL: [BlockKind; 7] = [
        BlockKind::Answer,
        BlockKind::FollowUp,
        BlockKind::Reflection,
        BlockKind::Observations,
        BlockKind::Keep,
        BlockKind::Stop,
        BlockKind::Start,
    ];

    fn word(self) -> &'static str {
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

    fn from_word(word: &str) -> Option<BlockKind> {
        BlockKind::ALL.into_iter().find(|k| k.word() == word)
    }
}

/// The data lines' words, as they follow `<!-- `.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum DataKind {
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
    const ALL: [DataKind; 7] = [
        DataKind::Question,
        DataKind::Part,
        DataKind::Probe,
        DataKind::Cues,
        DataKind::Coaching,
        DataKind::Pair,
        DataKind::Resume,
    ];

    fn word(self) -> &'static str {
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
    fn what(self) -> &'static str {
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

/// Writes a note as Markdown with YAML front matter. [`from_markdown`] gives back an equal note.
///
/// Always writes the current format, whatever `note.format` says: the layout below is the only one
/// this code writes.
pub fn to_markdown(note: &Note) -> String {
    let front = FrontMatter {
        format: FORMAT_VERSION,
        session_id: note.session_id.clone(),
        kind: note.kind,
        plan: note.plan.clone(),
        title: note.plan_title.clone(),
        interviewer: note.interviewer.clone(),
        psw: note.psw.clone(),
        banks: note.banks.clone(),
        started: note.started,
        finished: note.finished,
        style: note.style,
        questions: Vec::new(),
    };

    let mut out = String::new();
    out.push_str(FENCE);
    out.push('\n');
    // Serialising plain structs of strings and numbers cannot fail; if it ever did, an empty front
    // matter makes the note fail loudly on reading rather than silently lose its words here.
    let yaml = crate::yaml::to_string(&front).unwrap_or_default();
    out.push_str(&yaml);
    if !yaml.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(FENCE);
    out.push_str("\n\n");

    let what = match note.kind {
        NoteKind::Rehearse => "Rehearsal",
        NoteKind::Pair => "Pair practice",
    };
    out.push_str(&format!(
        "{what}: {} · started {}",
        one_line(&note.title()),
        note.started.format("%-d %B %Y %H:%M")
    ));
    if let Some(finished) = note.finished {
        let shown = if finished.date_naive() == note.started.date_naive() {
            finished.format("%H:%M")
        } else {
            finished.format("%-d %B %Y %H:%M")
        };
        out.push_str(&format!(" · finished {shown}"));
    }
    if let Some(i) = &note.interviewer {
        out.push_str(&format!(" · asked by {}", one_line(i)));
    }
    if let Some(p) = &note.psw {
        out.push_str(&format!(" · answered by {}", one_line(p)));
    }
    out.push_str(&format!(
        " · {} answers · {} in all\n",
        note.style.slug(),
        duration(note.total_seconds())
    ));
    if let Some(resume) = &note.resume {
        push_data(&mut out, DataKind::Resume, resume);
    }

    for q in &note.questions {
        push_question(&mut out, q);
    }
    out
}

fn push_question(out: &mut String, q: &NoteQuestion) {
    out.push_str(&format!("\n# {}\n", one_line(&q.ask)));
    push_data(
        out,
        DataKind::Question,
        &QuestionLine {
            id: q.id.clone(),
            topic: q.topic.clone(),
            statements: q.quality_statements.clone(),
            ask: q.ask.clone(),
            seconds: q.total_seconds,
            target: q.target_seconds,
            rating: q.rating.map(serde_json::Value::from),
            reflection: q.reflection.is_some(),
            recovered: q.recovered,
            refined_from: q.refined_from.clone(),
            best: q.best,
        },
    );
    out.push('\n');
    out.push_str(&question_summary(q));
    out.push('\n');

    for a in &q.answers {
        out.push_str(&format!(
            "\n## {} ({})\n",
            one_line(&a.ask),
            duration(a.seconds)
        ));
        push_data(
            out,
            DataKind::Part,
            &PartLine {
                id: a.id.clone(),
                ask: a.ask.clone(),
                seconds: a.seconds,
            },
        );
        out.push('\n');
        push_block(out, BlockKind::Answer, &q.id, Some(&a.id), &a.text);
    }
    for f in &q.follow_ups {
        let time = if f.skipped {
            "skipped".to_string()
        } else {
            duration(f.seconds)
        };
        out.push_str(&format!("\n## Follow-up: {} ({time})\n", one_line(&f.ask)));
        let (gap, heard) = match &f.reason {
            Some(FollowUpReason::Gap(g)) => (Some(g.clone()), None),
            Some(FollowUpReason::Heard(w)) => (None, Some(w.clone())),
            None => (None, None),
        };
        push_data(
            out,
            DataKind::Probe,
            &ProbeLine {
                ask: f.ask.clone(),
                seconds: f.seconds,
                skipped: f.skipped,
                gap,
                heard,
            },
        );
        out.push('\n');
        if let Some(why) = &f.reason {
            out.push_str(&format!("*{}*\n\n", one_line(&reason_text(why))));
        }
        push_block(out, BlockKind::FollowUp, &q.id, None, &f.text);
    }
    if !q.cues.is_empty() {
        out.push_str(&format!(
            "\n## What assessors listen for ({} of {} covered)\n",
            q.cues_ticked(),
            q.cues.len()
        ));
        let cues: Vec<CueLine> = q
            .cues
            .iter()
            .map(|c| CueLine {
                cue: c.text.clone(),
                ticked: c.ticked,
            })
            .collect();
        push_data(out, DataKind::Cues, &cues);
        out.push('\n');
        for c in &q.cues {
            let tick = if c.ticked { 'x' } else { ' ' };
            out.push_str(&format!("- [{tick}] {}\n", one_line(&c.text)));
        }
    }
    if let Some(c) = &q.coaching {
        out.push_str("\n## Coaching\n");
        push_data(out, DataKind::Coaching, c);
        out.push('\n');
        out.push_str(&one_line(&coaching_text(c)));
        out.push('\n');
    }
    if let Some(p) = &q.pair {
        out.push_str("\n## Interviewer's marks\n");
        push_data(
            out,
            DataKind::Pair,
            &PairLine {
                rating: p.rating.map(serde_json::Value::from),
                heard: p.heard,
                probes_asked: p.probes_asked.clone(),
            },
        );
        out.push('\n');
        out.push_str(&one_line(&pair_text(p)));
        out.push('\n');
        for (kind, heading, text) in [
            (BlockKind::Observations, "Observations", &p.observations),
            (BlockKind::Keep, "Keep (what worked)", &p.keep),
            (BlockKind::Stop, "Stop (what to drop)", &p.stop),
            (BlockKind::Start, "Start (what to add)", &p.start),
        ] {
            out.push_str(&format!("\n### {heading}\n\n"));
            push_block(out, kind, &q.id, None, text);
        }
    }
    if let Some(r) = &q.reflection {
        out.push_str("\n## Reflection\n\n");
        push_block(out, BlockKind::Reflection, &q.id, None, r);
    }
}

fn push_data<T: Serialize + ?Sized>(out: &mut String, kind: DataKind, data: &T) {
    // Plain structs of strings, numbers and flags always serialise.
    let json = serde_json::to_string(data).unwrap_or_default();
    out.push_str(MARKER_OPEN);
    out.push_str(kind.word());
    out.push(' ');
    // JSON only ever has `>` inside strings, where `\u003e` means the same; without any `>` no
    // text can end the comment early in a Markdown viewer.
    out.push_str(&json.replace('>', "\\u003e"));
    out.push_str(" -->\n");
}

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

fn question_summary(q: &NoteQuestion) -> String {
    let mut parts = vec![format!(
        "Time {} against a target of {}",
        duration(q.total_seconds),
        duration(u64::from(q.target_seconds))
    )];
    parts.push(match q.rating {
        Some(r) => format!("rated {r} of 5"),
        None => "not rated".to_string(),
    });
    if !q.topic.is_empty() {
        parts.push(format!(
            "topic: {}",
            one_line(&crate::bank::topic_title(&q.topic))
        ));
    }
    if !q.quality_statements.is_empty() {
        let titles: Vec<String> = q
            .quality_statements
            .iter()
            .map(|slug| {
                crate::bank::QualityStatement::from_slug(slug)
                    .map(|s| s.title().to_string())
                    .unwrap_or_else(|| slug.clone())
            })
            .collect();
        parts.push(format!(
            "quality statements: {}",
            one_line(&titles.join("; "))
        ));
    }
    if q.recovered {
        parts.push("recovered from a draft".to_string());
    }
    if q.refined_from.is_some() {
        parts.push("refined from an earlier answer".to_string());
    }
    if q.best {
        parts.push("marked as your best".to_string());
    }
    parts.join(" · ")
}

pub(crate) fn duration(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    match (h, m, s) {
        (0, 0, s) => format!("{s} s"),
        (0, m, 0) => format!("{m} min"),
        (0, m, s) => format!("{m} min {s:02} s"),
        (h, m, 0) => format!("{h} h {m:02} min"),
        (h, m, s) => format!("{h} h {m:02} min {s:02} s"),
    }
}

/// Headings and summaries are decoration read by people only; keeping each on one line also means
/// nothing taken from the front matter can start a line of the body, so none can pass for a marker.
fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

fn push_block(out: &mut String, kind: BlockKind, qid: &str, pid: Option<&str>, text: &str) {
    out.push_str(MARKER_OPEN);
    out.push_str(kind.word());
    out.push_str(" q:");
    out.push_str(&encode_id(qid));
    if let Some(pid) = pid {
        out.push_str(" p:");
        out.push_str(&encode_id(pid));
    }
    out.push_str(" -->\n");
    if !text.is_empty() {
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            if needs_escape(line) {
                out.push('\\');
            }
            out.push_str(line);
        }
        out.push('\n');
    }
    out.push_str(&format!("{MARKER_OPEN}end {} -->\n", kind.word()));
}

/// True for a line that, as written, would start with `<!-- ` after any run of backslashes.
fn needs_escape(line: &str) -> bool {
    line.trim_start_matches('\\').starts_with(MARKER_OPEN)
}

fn unescape(line: &str) -> &str {
    match line.strip_prefix('\\') {
        Some(rest) if needs_escape(rest) => rest,
        _ => line,
    }
}

// Ids come from bank files and are normally slugs, which pass through untouched and stay readable.
// Anything else is percent-encoded so an id can never hold a space, `-->` or a line break.
fn encode_id(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~/+@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn decode_id(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[derive(Debug, PartialEq, Eq, Hash)]
struct BlockKey {
    kind: BlockKind,
    question: String,
    prompt: Option<String>,
}

enum Marker<'a> {
    Open(BlockKey),
    End(BlockKind),
    Data(DataKind, &'a str),
}

fn parse_marker(line: &str) -> Option<Marker<'_>> {
    let inner = line
        .trim_end()
        .strip_prefix(MARKER_OPEN)?
        .strip_suffix("-->")?;
    let (first, rest) = inner.split_once(' ').unwrap_or((inner, ""));
    if let Some(kind) = DataKind::ALL.into_iter().find(|k| k.word() == first) {
        return Some(Marker::Data(kind, rest.trim()));
    }
    let mut words = inner.split_whitespace();
    let first = words.next()?;
    if first == "end" {
        let kind = BlockKind::from_word(words.next()?)?;
        return words.next().is_none().then_some(Marker::End(kind));
    }
    let kind = BlockKind::from_word(first)?;
    let question = decode_id(words.next()?.strip_prefix("q:")?)?;
    let prompt = match kind {
        BlockKind::Answer => Some(decode_id(words.next()?.strip_prefix("p:")?)?),
        _ => None,
    };
    words.next().is_none().then_some(Marker::Open(BlockKey {
        kind,
        question,
        prompt,
    }))
}

/// Text outside every marker that is not decoration the app wrote: words whose markers were lost in
/// a hand edit, or lines a person added.
#[derive(Debug)]
struct Run<'a> {
    first: usize,
    last: usize,
    /// The question it sits under: 0 before the first, `n` under the `n`th.
    region: usize,
    /// The heading it sits under, as written.
    heading: Option<&'a str>,
    /// True when a marked text came between the heading and this run, so the run belongs to none.
    after_block: bool,
    lines: Vec<&'a str>,
    used: bool,
}

/// A heading line outside the marked texts, with the question it sits under.
struct Heading<'a> {
    line: usize,
    text: &'a str,
    region: usize,
}

/// What the app writes just after a heading or a data line, for people only, so not text typed.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Skip {
    Nothing,
    /// The session line, a question's summary, the coaching or interviewer's marks line.
    OneLine,
    /// Why a follow-up was asked, in `*...*`.
    Starred,
    /// The cue checklist, `- [x] ...` lines.
    Checklist,
}

/// What the body holds: every marked text by key, in the order written, every data line with its
/// line number and the whole line, and whatever else a person left outside the markers.
#[derive(Default)]
struct Body<'a> {
    blocks: HashMap<BlockKey, VecDeque<String>>,
    data: Vec<(usize, DataKind, &'a str, &'a str)>,
    runs: Vec<Run<'a>>,
    headings: Vec<Heading<'a>>,
    warnings: Vec<FormatWarning>,
}

impl<'a> Body<'a> {
    fn end_run(&mut self, run: &mut Option<Run<'a>>) {
        if let Some(mut r) = run.take() {
            while r.lines.last().is_some_and(|l| l.trim().is_empty()) {
                r.lines.pop();
            }
            self.runs.push(r);
        }
    }
}

/// Reads the body, whose first line is line `first_line` of the note. A block whose end marker was
/// lost in an edit runs to the next marker, because keeping too much text beats dropping any.
/// Questions start at `question` data lines (format 2) or at `# ` headings (format 1, which has
/// no data lines in the body).
fn read_body<'a>(lines: impl Iterator<Item = &'a str>, first_line: usize, v1: bool) -> Body<'a> {
    let mut body = Body::default();
    let mut open: Option<(usize, BlockKey, Vec<&str>)> = None;
    let mut run: Option<Run> = None;
    let mut region = 0;
    let mut heading: Option<&str> = None;
    let mut after_block = false;
    let mut skip = Skip::OneLine;
    let mut last_line = first_line;
    for (i, line) in lines.enumerate() {
        let n = first_line + i;
        last_line = n;
        let marker = if line.starts_with(MARKER_OPEN) {
            parse_marker(line)
        } else {
            None
        };
        if let Some((start, key, mut text)) = open.take() {
            match marker {
                Some(Marker::End(kind)) if kind == key.kind => {
                    body.blocks.entry(key).or_default().push_back(join(&text));
                    after_block = true;
                    continue;
                }
                None | Some(Marker::End(_)) => {
                    text.push(line);
                    open = Some((start, key, text));
                    continue;
                }
                Some(_) => {
                    body.warnings.push(no_end_marker(start, key.kind, n - 1));
                    body.blocks.entry(key).or_default().push_back(join(&text));
                    after_block = true;
                }
            }
        }
        match marker {
            Some(Marker::Open(key)) => {
                body.end_run(&mut run);
                open = Some((n, key, Vec::new()));
            }
            Some(Marker::End(kind)) => {
                body.end_run(&mut run);
                body.warnings.push(FormatWarning {
                    line: n,
                    column: None,
                    message: format!(
                        "this end marker `<!-- end {} -->` has no start marker above it, so any \
                         text just above it is not read as part of an answer",
                        kind.word()
                    ),
                });
            }
            Some(Marker::Data(kind, json)) => {
                body.end_run(&mut run);
                body.data.push((n, kind, json, line));
                if kind == DataKind::Question && !v1 {
                    region += 1;
                }
                skip = match kind {
                    DataKind::Question | DataKind::Coaching | DataKind::Pair => Skip::OneLine,
                    DataKind::Probe => Skip::Starred,
                    DataKind::Cues => Skip::Checklist,
                    DataKind::Part => Skip::Nothing,
                    // Not decoration: it leaves whatever was expected next as it was.
                    DataKind::Resume => skip,
                };
            }
            None if line.trim().is_empty() => {
                if let Some(r) = &mut run {
                    r.lines.push(line);
                }
            }
            None if line.starts_with('#') => {
                body.end_run(&mut run);
                let level = line.chars().take_while(|&c| c == '#').count();
                if level == 1 && v1 {
                    region += 1;
                }
                let text = line.trim_end();
                heading = Some(text);
                body.headings.push(Heading {
                    line: n,
                    text,
                    region,
                });
                after_block = false;
                skip = if level == 1 {
                    Skip::OneLine
                } else if text.starts_with("## Follow-up: ") {
                    Skip::Starred
                } else {
                    Skip::Nothing
                };
            }
            None => {
                let trimmed = line.trim_end();
                let decoration = match skip {
                    Skip::Nothing => false,
                    Skip::OneLine => true,
                    Skip::Starred => {
                        trimmed.len() > 1 && trimmed.starts_with('*') && trimmed.ends_with('*')
                    }
                    Skip::Checklist => trimmed.starts_with("- ["),
                };
                if !(decoration && skip == Skip::Checklist) {
                    skip = Skip::Nothing;
                }
                if decoration {
                    continue;
                }
                let r = run.get_or_insert_with(|| Run {
                    first: n,
                    last: n,
                    region,
                    heading,
                    after_block,
                    lines: Vec::new(),
                    used: false,
                });
                r.lines.push(line);
                r.last = n;
            }
        }
    }
    if let Some((start, key, text)) = open {
        body.warnings
            .push(no_end_marker(start, key.kind, last_line));
        body.blocks.entry(key).or_default().push_back(join(&text));
    }
    body.end_run(&mut run);
    body
}

fn no_end_marker(start: usize, kind: BlockKind, last: usize) -> FormatWarning {
    FormatWarning {
        line: start,
        column: None,
        message: format!(
            "the {} that starts here has no end marker `<!-- end {} -->`, so everything up to \
             line {last} is read as its text",
            kind.word(),
            kind.word()
        ),
    }
}

fn join(lines: &[&str]) -> String {
    lines
        .iter()
        .map(|l| unescape(l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// A rating as a person may have edited it: a whole number from 1 to 5, or a located warning.
fn checked_rating(
    value: Option<String>,
    as_number: Option<u64>,
    who: &str,
    line: usize,
    column: Option<usize>,
    warnings: &mut Vec<FormatWarning>,
) -> Option<u8> {
    let shown = value?;
    match as_number {
        Some(r @ 1..=5) => u8::try_from(r).ok(),
        _ => {
            warnings.push(FormatWarning {
                line,
                column,
                message: format!(
                    "{who} rating {shown} is not a whole number from 1 to 5, so this answer counts \
                     as not rated; change it to 1, 2, 3, 4 or 5, or remove it"
                ),
            });
            None
        }
    }
}

fn json_rating(
    value: Option<serde_json::Value>,
    who: &str,
    line: usize,
    whole_line: &str,
    warnings: &mut Vec<FormatWarning>,
) -> Option<u8> {
    let value = value.filter(|v| !v.is_null());
    let number = value.as_ref().and_then(serde_json::Value::as_u64);
    let column = whole_line
        .find("\"rating\"")
        .map(|i| whole_line[..i].chars().count() + 1);
    checked_rating(
        value.map(|v| v.to_string()),
        number,
        who,
        line,
        column,
        warnings,
    )
}

/// One place a typed text belongs, as the writer lays it out.
struct Slot {
    kind: BlockKind,
    prompt: Option<String>,
    /// How a person would name it in a warning.
    name: String,
    /// The start of the heading it is written under.
    heading: String,
}

fn slots_of(q: &NoteQuestion, reflection: bool) -> Vec<Slot> {
    let mut slots = Vec::new();
    for a in &q.answers {
        slots.push(Slot {
            kind: BlockKind::Answer,
            prompt: Some(a.id.clone()),
            name: format!("the answer to “{}”", one_line(&a.ask)),
            heading: format!("## {} (", one_line(&a.ask)),
        });
    }
    for f in &q.follow_ups {
        slots.push(Slot {
            kind: BlockKind::FollowUp,
            prompt: None,
            name: format!("the answer to the follow-up “{}”", one_line(&f.ask)),
            heading: format!("## Follow-up: {} (", one_line(&f.ask)),
        });
    }
    if q.pair.is_some() {
        for (kind, heading, name) in [
            (
                BlockKind::Observations,
                "### Observations",
                "the interviewer's observations",
            ),
            (
                BlockKind::Keep,
                "### Keep (what worked)",
                "the interviewer's Keep",
            ),
            (
                BlockKind::Stop,
                "### Stop (what to drop)",
                "the interviewer's Stop",
            ),
            (
                BlockKind::Start,
                "### Start (what to add)",
                "the interviewer's Start",
            ),
        ] {
            slots.push(Slot {
                kind,
                prompt: None,
                name: name.to_string(),
                heading: heading.to_string(),
            });
        }
    }
    if reflection {
        slots.push(Slot {
            kind: BlockKind::Reflection,
            prompt: None,
            name: "the reflection".to_string(),
            heading: "## Reflection".to_string(),
        });
    }
    slots
}

/// Reads a note written by [`to_markdown`] (either format), or one a person has since edited.
pub fn from_markdown(text: &str) -> Result<Note, FormatError> {
    read_markdown(text).map(|(note, _)| note)
}

/// Reads a note as [`from_markdown`] does, and says what a hand edit damaged: text whose markers
/// were removed (read as the answer it sits under, and said so), stray end markers, ratings out of
/// range (read as not rated). Warnings are in line order.
pub fn read_markdown(text: &str) -> Result<(Note, Vec<FormatWarning>), FormatError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // psw-coach always writes `\n`; a first line ending `\r\n` means an editor converted the whole
    // file, so the carriage returns are the editor's, not the PSW's.
    let owned;
    let text = if text.starts_with("---\r\n") {
        owned = text.replace("\r\n", "\n");
        owned.as_str()
    } else {
        text
    };

    let mut lines = text.split('\n');
    if lines.next().map(str::trim_end) != Some(FENCE) {
        return Err(FormatError {
            line: 1,
            message: "the note should start with a line `---` followed by its details \
                      (session, plan, questions); this file does not"
                .to_string(),
        });
    }
    let mut yaml = String::new();
    let mut closed = false;
    let mut line_count = 1;
    for line in lines.by_ref() {
        line_count += 1;
        if line.trim_end() == FENCE {
            closed = true;
            break;
        }
        yaml.push_str(line);
        yaml.push('\n');
    }
    if !closed {
        return Err(FormatError {
            line: line_count,
            message: "the details at the top of the note are never closed by a line `---`"
                .to_string(),
        });
    }

    let front: FrontMatter = crate::yaml::from_str(&yaml).map_err(|e| FormatError {
        // The YAML starts on the note's second line.
        line: e.pos.line + 1,
        message: format!(
            "the details at the top of the note could not be read: {}",
            without_position(&e.message)
        ),
    })?;
    if front.format > FORMAT_VERSION {
        return Err(FormatError {
            line: line_of_key(&yaml, "format").map_or(2, |l| l + 1),
            message: format!(
                "this note was written by a newer psw-coach (note format {}, this one reads up to {}); \
                 update psw-coach to open it",
                front.format, FORMAT_VERSION
            ),
        });
    }

    let v1 = front.format < 2;
    let mut body = read_body(lines, line_count + 1, v1);
    let mut warnings = std::mem::take(&mut body.warnings);
    // A draft's resume line belongs to no question. One that cannot be read only means the draft
    // cannot be resumed: it is still a draft whose words can be recovered, so it is no error.
    let resume = body
        .data
        .iter()
        .rev()
        .find(|(_, kind, _, _)| *kind == DataKind::Resume)
        .and_then(|(_, _, json, _)| serde_json::from_str::<ResumePoint>(json.trim()).ok());
    body.data
        .retain(|(_, kind, _, _)| *kind != DataKind::Resume);
    let facts = if v1 {
        v1_facts(front.questions, &yaml, &mut warnings)
    } else {
        v2_facts(&body.data, &mut warnings)?
    };
    let Body {
        mut blocks,
        mut runs,
        headings,
        ..
    } = body;
    let mut take = |kind: BlockKind, question: &str, prompt: Option<&str>| {
        blocks
            .get_mut(&BlockKey {
                kind,
                question: question.to_string(),
                prompt: prompt.map(str::to_string),
            })
            .and_then(VecDeque::pop_front)
    };

    let mut id_count: HashMap<String, usize> = HashMap::new();
    for f in &facts {
        *id_count.entry(f.question.id.clone()).or_default() += 1;
    }
    let mut questions = Vec::with_capacity(facts.len());
    for (
        index,
        Facts {
            mut question,
            reflection,
            line,
        },
    ) in facts.into_iter().enumerate()
    {
        let id = question.id.clone();
        let region = index + 1;
        // A reflection block a person added by hand counts, unless another question shares this
        // id: then only the data line can say which of them the block belongs to.
        let may_reflect = reflection || id_count.get(id.as_str()) == Some(&1);
        let mut texts: Vec<Option<String>> = Vec::new();
        for slot in slots_of(&question, may_reflect) {
            if let Some(text) = take(slot.kind, &id, slot.prompt.as_deref()) {
                texts.push(Some(text));
                continue;
            }
            let under_heading = |heading: Option<&str>| {
                heading.is_some_and(|h| h.starts_with(slot.heading.as_str()))
            };
            let found = runs.iter_mut().find(|r| {
                !r.used && !r.after_block && r.region == region && under_heading(r.heading)
            });
            let mend = match &slot.prompt {
                Some(p) => format!(
                    "<!-- {} q:{} p:{} -->",
                    slot.kind.word(),
                    encode_id(&id),
                    encode_id(p)
                ),
                None => format!("<!-- {} q:{} -->", slot.kind.word(), encode_id(&id)),
            };
            match found {
                Some(r) => {
                    r.used = true;
                    let lines = if r.first == r.last {
                        format!("line {}", r.first)
                    } else {
                        format!("lines {} to {}", r.first, r.last)
                    };
                    warnings.push(FormatWarning {
                        line: r.first,
                        column: None,
                        message: format!(
                            "the markers around {name} are missing or damaged, so the text on \
                             {lines} is read as {name}. To mend the note, put `{mend}` on the line \
                             before the text and `<!-- end {} -->` on the line after it",
                            slot.kind.word(),
                            name = slot.name,
                        ),
                    });
                    texts.push(Some(join(&r.lines)));
                }
                None if slot.kind == BlockKind::Reflection && !reflection => texts.push(None),
                None => {
                    let at = headings
                        .iter()
                        .find(|h| h.region == region && h.text.starts_with(slot.heading.as_str()))
                        .map_or(line, |h| h.line);
                    warnings.push(FormatWarning {
                        line: at.max(1),
                        column: None,
                        message: format!(
                            "the markers around {} are missing (`{mend}` and `<!-- end {} -->`) \
                             and no text was found under its heading, so it shows as nothing typed",
                            slot.name,
                            slot.kind.word()
                        ),
                    });
                    texts.push(Some(String::new()));
                }
            }
        }
        let mut texts = texts.into_iter();
        let mut next = || texts.next().flatten().unwrap_or_default();
        for a in &mut question.answers {
            a.text = next();
        }
        for f in &mut question.follow_ups {
            f.text = next();
        }
        if let Some(p) = &mut question.pair {
            p.observations = next();
            p.keep = next();
            p.stop = next();
            p.start = next();
        }
        question.reflection = if may_reflect {
            texts.next().flatten()
        } else {
            None
        };
        questions.push(question);
    }

    for r in runs.iter().filter(|r| !r.used) {
        let first = r.lines.first().map_or("", |l| l.trim());
        let excerpt: String = first.chars().take(60).collect();
        let more = if first.chars().count() > 60 || r.lines.len() > 1 {
            "…"
        } else {
            ""
        };
        warnings.push(FormatWarning {
            line: r.first,
            column: None,
            message: format!(
                "this text is outside every answer's markers, so it is not read as part of any \
                 answer: “{excerpt}{more}”"
            ),
        });
    }
    warnings.sort_by_key(|w| (w.line, w.column));

    let note = Note {
        format: front.format,
        session_id: front.session_id,
        kind: front.kind,
        plan: front.plan,
        plan_title: front.title,
        interviewer: front.interviewer,
        psw: front.psw,
        banks: front.banks,
        started: front.started,
        finished: front.finished,
        style: front.style,
        questions,
        resume,
    };
    Ok((note, warnings))
}

fn v1_facts(
    questions: Vec<V1Question>,
    yaml: &str,
    warnings: &mut Vec<FormatWarning>,
) -> Vec<Facts> {
    questions
        .into_iter()
        .enumerate()
        .map(|(index, q)| {
            let rating = q.rating.filter(|v| !v.is_null()).map(|v| {
                let shown = match &v {
                    serde_yaml::Value::String(s) => format!("“{s}”"),
                    other => crate::yaml::to_string(other)
                        .unwrap_or_default()
                        .trim()
                        .to_string(),
                };
                (shown, v.as_u64())
            });
            let rating = match rating {
                None => None,
                Some((shown, number)) => {
                    let (line, column) = v1_rating_position(yaml, index).unwrap_or((2, None));
                    checked_rating(Some(shown), number, "the", line, column, warnings)
                }
            };
            Facts {
                reflection: q.reflection,
                line: 0,
                question: NoteQuestion {
                    id: q.id,
                    topic: q.topic,
                    quality_statements: q.quality_statements,
                    ask: q.ask,
                    answers: q.prompts.into_iter().map(part_answer).collect(),
                    follow_ups: q
                        .follow_up
                        .map(|f| FollowUpAnswer {
                            ask: f.ask,
                            seconds: f.seconds,
                            text: String::new(),
                            skipped: f.skipped,
                            reason: None,
                        })
                        .into_iter()
                        .collect(),
                    total_seconds: q.total_seconds,
                    target_seconds: q.target_seconds,
                    rating,
                    recovered: q.recovered,
                    ..NoteQuestion::default()
                },
            }
        })
        .collect()
}

/// Where the `index`th question's `rating:` is in format 1's front matter, as a line of the note
/// and a column: each question starts with a `- ` item at the left edge of `questions:`.
fn v1_rating_position(yaml: &str, index: usize) -> Option<(usize, Option<usize>)> {
    let mut in_questions = false;
    let mut item = None;
    for (i, line) in yaml.lines().enumerate() {
        if !line.starts_with(' ') && !line.starts_with('-') {
            in_questions = line.starts_with("questions:");
            continue;
        }
        if !in_questions {
            continue;
        }
        if line.starts_with("- ") {
            item = Some(item.map_or(0, |n| n + 1));
        }
        let key = line.trim_start_matches(['-', ' ']);
        if item == Some(index) && key.starts_with("rating:") {
            let column = line.len() - key.len() + 1;
            // The YAML starts on the note's second line.
            return Some((i + 2, Some(column)));
        }
    }
    None
}

fn part_answer(p: PartLine) -> PromptAnswer {
    PromptAnswer {
        id: p.id,
        ask: p.ask,
        seconds: p.seconds,
        text: String::new(),
    }
}

fn v2_facts(
    data: &[(usize, DataKind, &str, &str)],
    warnings: &mut Vec<FormatWarning>,
) -> Result<Vec<Facts>, FormatError> {
    let mut facts: Vec<Facts> = Vec::new();
    for &(line, kind, json, whole) in data {
        let json = json.trim();
        let fail = |e: serde_json::Error| FormatError {
            line,
            message: format!(
                "{} could not be read: {}",
                kind.what(),
                without_position(&e.to_string())
            ),
        };
        if kind == DataKind::Question {
            let q: QuestionLine = serde_json::from_str(json).map_err(fail)?;
            let rating = json_rating(q.rating, "the", line, whole, warnings);
            facts.push(Facts {
                reflection: q.reflection,
                line,
                question: NoteQuestion {
                    id: q.id,
                    topic: q.topic,
                    quality_statements: q.statements,
                    ask: q.ask,
                    total_seconds: q.seconds,
                    target_seconds: q.target,
                    rating,
                    recovered: q.recovered,
                    refined_from: q.refined_from,
                    best: q.best,
                    ..NoteQuestion::default()
                },
            });
            continue;
        }
        let Some(current) = facts.last_mut() else {
            return Err(FormatError {
                line,
                message: format!(
                    "{} come before any question: each belongs under a `<!-- question ... -->` line",
                    kind.what()
                ),
            });
        };
        let q = &mut current.question;
        match kind {
            DataKind::Question => {}
            DataKind::Part => {
                q.answers
                    .push(part_answer(serde_json::from_str(json).map_err(fail)?));
            }
            DataKind::Probe => {
                let p: ProbeLine = serde_json::from_str(json).map_err(fail)?;
                let reason = match (p.gap, p.heard) {
                    (Some(gap), _) => Some(FollowUpReason::Gap(gap)),
                    (None, Some(word)) => Some(FollowUpReason::Heard(word)),
                    (None, None) => None,
                };
                q.follow_ups.push(FollowUpAnswer {
                    ask: p.ask,
                    seconds: p.seconds,
                    text: String::new(),
                    skipped: p.skipped,
                    reason,
                });
            }
            DataKind::Cues => {
                let cues: Vec<CueLine> = serde_json::from_str(json).map_err(fail)?;
                q.cues.extend(cues.into_iter().map(|c| Cue {
                    text: c.cue,
                    ticked: c.ticked,
                }));
            }
            DataKind::Coaching => {
                q.coaching = Some(serde_json::from_str(json).map_err(fail)?);
            }
            DataKind::Resume => {}
            DataKind::Pair => {
                let p: PairLine = serde_json::from_str(json).map_err(fail)?;
                let rating = json_rating(p.rating, "the interviewer's", line, whole, warnings);
                q.pair = Some(PairMarks {
                    rating,
                    heard: p.heard,
                    probes_asked: p.probes_asked,
                    ..PairMarks::default()
                });
            }
        }
    }
    Ok(facts)
}

/// serde appends its own position, counted inside the YAML or the line; the caller reports the
/// note's line.
fn without_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(i) if message[i..].contains(" column ") => &message[..i],
        _ => message,
    }
}

fn line_of_key(yaml: &str, key: &str) -> Option<usize> {
    yaml.lines()
        .position(|l| l.strip_prefix(key).is_some_and(|r| r.starts_with(':')))
        .map(|i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notes::model::ResumeStep;
    use proptest::prelude::*;

    fn sample() -> Note {
        let started = DateTime::parse_from_rfc3339("2026-11-23T17:40:00+00:00").unwrap();
        Note {
            format: FORMAT_VERSION,
            session_id: "20261123-174000-ab12".to_string(),
            kind: NoteKind::Rehearse,
            plan: "mock".to_string(),
            plan_title: "Mock interview".to_string(),
            interviewer: None,
            psw: None,
            banks: vec!["cqc-core".to_string()],
            started,
            finished: Some(DateTime::parse_from_rfc3339("2026-11-23T18:02:10+00:00").unwrap()),
            style: AnswerStyle::Written,
            questions: vec![NoteQuestion {
                id: "waiting-times-1".to_string(),
                topic: "waiting-times".to_string(),
                quality_statements: vec!["assessing-needs".to_string()],
                ask: "How do you know people are not waiting too long for a Care Act assessment?"
                    .to_string(),
                answers: vec![
                    PromptAnswer {
                        id: "done".to_string(),
                        ask: "What have you done?".to_string(),
                        seconds: 65,
                        text: "We set up a weekly triage huddle.\n\nEvery case over 28 days is reviewed by a senior.".to_string(),
                    },
                    PromptAnswer {
                        id: "difference".to_string(),
                        ask: "What difference has it made?".to_string(),
                        seconds: 50,
                        text: "Median wait fell from 41 to 19 days.".to_string(),
                    },
                ],
                follow_ups: vec![FollowUpAnswer {
                    ask: "How do you hear from people who are waiting?".to_string(),
                    seconds: 40,
                    text: "Monthly calls from the duty team.".to_string(),
                    skipped: false,
                    reason: Some(FollowUpReason::Gap("people".to_string())),
                }],
                cues: vec![
                    Cue {
                        text: "A figure for the longest wait, and what is done about it".to_string(),
                        ticked: true,
                    },
                    Cue {
                        text: "How people are kept safe while they wait".to_string(),
                        ticked: false,
                    },
                ],
                coaching: Some(Coaching {
                    done: true,
                    difference: true,
                    evidence: true,
                    then: true,
                    now: true,
                    words: 31,
                    softeners: 1,
                    ..Coaching::default()
                }),
                pair: None,
                total_seconds: 155,
                target_seconds: 120,
                rating: Some(4),
                reflection: Some("Lead with the numbers next time.".to_string()),
                recovered: false,
                refined_from: None,
                best: false,
            }],
            resume: None,
        }
    }

    #[test]
    fn sample_reads_well_and_round_trips() {
        let note = sample();
        let text = to_markdown(&note);
        assert!(text.starts_with("---\nformat: 2\n"), "{text}");
        assert!(text.contains("\n# How do you know people are not waiting"));
        assert!(text.contains("\n## What have you done? (1 min 05 s)\n"));
        assert!(
            text.contains("\n## Follow-up: How do you hear from people who are waiting? (40 s)\n")
        );
        assert!(text.contains("Time 2 min 35 s against a target of 2 min · rated 4 of 5"));
        assert!(
            text.contains("started: 2026-11-23T17:40:00+00:00"),
            "{text}"
        );
        assert_eq!(from_markdown(&text).unwrap(), note);
    }

    /// Deletes every line equal to `marker`, the first `count` times.
    fn without_lines(text: &str, marker: &str, count: usize) -> String {
        let mut left = count;
        text.split_inclusive('\n')
            .filter(|l| {
                if left > 0 && l.trim_end() == marker {
                    left -= 1;
                    false
                } else {
                    true
                }
            })
            .collect()
    }

    fn line_with(text: &str, needle: &str) -> usize {
        text.lines().position(|l| l.contains(needle)).unwrap() + 1
    }

    #[test]
    fn removed_markers_keep_the_text_and_say_where() {
        let note = sample();
        let text = to_markdown(&note);
        let cut = without_lines(&text, "<!-- answer q:waiting-times-1 p:done -->", 1);
        let cut = without_lines(&cut, "<!-- end answer -->", 1);
        let (back, warnings) = read_markdown(&cut).unwrap();
        assert_eq!(back, note, "every word still read");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(
            warnings[0].line,
            line_with(&cut, "We set up a weekly triage huddle.")
        );
        assert!(
            warnings[0].message.starts_with(
                "the markers around the answer to “What have you done?” are missing or damaged"
            ),
            "{}",
            warnings[0]
        );
        assert!(
            warnings[0].message.contains(
                "put `<!-- answer q:waiting-times-1 p:done -->` on the line before the text"
            ),
            "{}",
            warnings[0]
        );
    }

    #[test]
    fn every_marker_removed_keeps_every_word() {
        let mut note = pair_sample();
        note.questions[0].reflection = Some("Slow down.".to_string());
        let text = to_markdown(&note);
        let cut: String = text
            .split_inclusive('\n')
            .filter(|l| {
                let l = l.trim_end();
                !l.starts_with("<!-- ")
                    || DataKind::ALL
                        .iter()
                        .any(|k| l.starts_with(&format!("<!-- {} ", k.word())))
            })
            .collect();
        assert!(!cut.contains("<!-- end"), "{cut}");
        let (back, warnings) = read_markdown(&cut).unwrap();
        assert_eq!(back, note, "{cut}");
        let slots = slots_of(&note.questions[0], true).len();
        assert_eq!(warnings.len(), slots, "{warnings:#?}");
    }

    #[test]
    fn a_whole_answer_deleted_is_named_not_silent() {
        let text = to_markdown(&sample());
        let start = text
            .find("<!-- answer q:waiting-times-1 p:done -->")
            .unwrap();
        let end = text[start..].find("<!-- end answer -->").unwrap() + start;
        let cut = format!(
            "{}{}",
            &text[..start],
            &text[end + "<!-- end answer -->\n".len()..]
        );
        let (back, warnings) = read_markdown(&cut).unwrap();
        assert_eq!(back.questions[0].answers[0].text, "");
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(warnings[0].line, line_with(&cut, "## What have you done?"));
        assert!(
            warnings[0].message.contains("shows as nothing typed"),
            "{}",
            warnings[0]
        );
    }

    #[test]
    fn stray_text_and_end_markers_are_named() {
        let text = to_markdown(&sample()).replacen(
            "<!-- end answer -->\n",
            "<!-- end answer -->\nA line added by hand.\n<!-- end answer -->\n",
            1,
        );
        let (back, warnings) = read_markdown(&text).unwrap();
        assert_eq!(back, sample());
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert_eq!(warnings[0].line, line_with(&text, "A line added by hand."));
        assert!(
            warnings[0].message.contains("“A line added by hand.”"),
            "{}",
            warnings[0]
        );
        assert_eq!(warnings[1].line, warnings[0].line + 1);
        assert!(
            warnings[1].message.contains("has no start marker"),
            "{}",
            warnings[1]
        );
    }

    #[test]
    fn a_lost_end_marker_is_named() {
        let text = to_markdown(&sample()).replacen("<!-- end answer -->\n", "", 1);
        let (_, warnings) = read_markdown(&text).unwrap();
        assert_eq!(warnings.len(), 1, "{warnings:?}");
        assert_eq!(
            warnings[0].line,
            line_with(&text, "<!-- answer q:waiting-times-1 p:done -->")
        );
        assert!(
            warnings[0].message.contains("has no end marker"),
            "{}",
            warnings[0]
        );
    }

    #[test]
    fn ratings_out_of_range_are_not_ratings() {
        for bad in ["0", "9", "-1", "300", "4.5", "\"four\""] {
            let text = to_markdown(&sample()).replace("\"rating\":4", &format!("\"rating\":{bad}"));
            let (back, warnings) = read_markdown(&text).unwrap();
            assert_eq!(back.questions[0].rating, None, "{bad}");
            assert_eq!(warnings.len(), 1, "{bad}: {warnings:?}");
            let line = line_with(&text, "\"rating\":");
            let column = text
                .lines()
                .nth(line - 1)
                .unwrap()
                .find("\"rating\"")
                .unwrap()
                + 1;
            assert_eq!((warnings[0].line, warnings[0].column), (line, Some(column)));
            assert!(
                warnings[0]
                    .message
                    .starts_with(&format!("the rating {bad} is not")),
                "{}",
                warnings[0]
            );
        }
        let text = to_markdown(&pair_sample()).replace("{\"rating\":3,", "{\"rating\":7,");
        let (back, warnings) = read_markdown(&text).unwrap();
        assert_eq!(
            back.questions[0].pair.as_ref().unwrap().rating,
            None,
            "{text}"
        );
        assert!(
            warnings[0]
                .message
                .starts_with("the interviewer's rating 7"),
            "{warnings:?}"
        );
    }

    #[test]
    fn version_1_notes_read_with_no_warning_and_name_damage() {
        for v1 in [V1_RANDOM, V1_TOPIC, V1_MOCK] {
            assert_eq!(read_markdown(v1).unwrap().1, Vec::new());
        }
        let cut = without_lines(V1_RANDOM, "<!-- answer q:transitions-01 p:done -->", 1);
        let cut = without_lines(&cut, "<!-- end answer -->", 1);
        let cut = cut.replacen("  rating: 4\n", "  rating: 6\n", 1);
        let (back, warnings) = read_markdown(&cut).unwrap();
        assert_eq!(
            back,
            from_markdown(V1_RANDOM).unwrap().with_rating(None),
            "{cut}"
        );
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert_eq!(
            (warnings[0].line, warnings[0].column),
            (line_with(&cut, "  rating: 6"), Some(3))
        );
        assert_eq!(
            warnings[1].line,
            line_with(&cut, "I set up a caseload panel.")
        );
    }

    impl Note {
        fn with_rating(mut self, rating: Option<u8>) -> Note {
            self.questions[0].rating = rating;
            self
        }
    }

    #[test]
    fn durations_read_like_a_stopwatch() {
        assert_eq!(duration(0), "0 s");
        assert_eq!(duration(40), "40 s");
        assert_eq!(duration(65), "1 min 05 s");
        assert_eq!(duration(120), "2 min");
        assert_eq!(duration(3725), "1 h 02 min 05 s");
        assert_eq!(duration(3600), "1 h 00 min");
    }

    #[test]
    fn hand_edit_of_an_answer_is_read_back() {
        let note = sample();
        let text = to_markdown(&note);
        let edited = text.replace(
            "Median wait fell from 41 to 19 days.",
            "Median wait fell from 41 to 19 days,\nand nobody waits over 60 days now.",
        );
        assert_ne!(edited, text);
        let back = from_markdown(&edited).unwrap();
        assert_eq!(
            back.questions[0].answers[1].text,
            "Median wait fell from 41 to 19 days,\nand nobody waits over 60 days now."
        );
        assert_eq!(back.questions[0].answers[0], note.questions[0].answers[0]);
    }

    #[test]
    fn editor_converted_to_crlf_is_read_as_the_same_note() {
        let note = sample();
        let text = to_markdown(&note).replace('\n', "\r\n");
        assert_eq!(from_markdown(&text).unwrap(), note);
    }

    #[test]
    fn missing_answer_block_reads_as_empty() {
        let note = sample();
        let text = to_markdown(&note);
        let start = text
            .find("<!-- answer q:waiting-times-1 p:done -->")
            .unwrap();
        let end = text[start..].find("<!-- end answer -->").unwrap() + start;
        let cut = format!(
            "{}{}",
            &text[..start],
            &text[end + "<!-- end answer -->\n".len()..]
        );
        let back = from_markdown(&cut).unwrap();
        assert_eq!(back.questions[0].answers[0].text, "");
        assert_eq!(back.questions[0].answers[1], note.questions[0].answers[1]);
    }

    #[test]
    fn lost_end_marker_keeps_the_text() {
        let text = to_markdown(&sample()).replacen("<!-- end answer -->\n", "", 1);
        let back = from_markdown(&text).unwrap();
        assert!(
            back.questions[0].answers[0]
                .text
                .starts_with("We set up a weekly triage huddle.")
        );
    }

    #[test]
    fn broken_front_matter_is_reported_with_its_line() {
        let text = to_markdown(&sample()).replace("style: written", "style: loud");
        let line = text.lines().position(|l| l.contains("style:")).unwrap() + 1;
        let err = from_markdown(&text).unwrap_err();
        assert_eq!(err.line, line, "{err}");
        assert!(err.message.contains("could not be read"), "{err}");
        assert!(!err.message.contains(" at line "), "{err}");
    }

    #[test]
    fn broken_data_line_is_reported_with_its_line() {
        let text = to_markdown(&sample()).replace("\"target\":120", "\"target\":\"lots\"");
        let line = text.lines().position(|l| l.contains("\"lots\"")).unwrap() + 1;
        let err = from_markdown(&text).unwrap_err();
        assert_eq!(err.line, line, "{err}");
        assert!(
            err.message
                .starts_with("the question's details could not be read: invalid type"),
            "{err}"
        );
        assert!(!err.message.contains(" at line "), "{err}");

        let text = to_markdown(&sample()).replace("\"ticked\":true", "\"ticked\":tru");
        let line = text.lines().position(|l| l.contains(":tru}")).unwrap() + 1;
        let err = from_markdown(&text).unwrap_err();
        assert_eq!(err.line, line, "{err}");
        assert!(err.message.contains("listen-for cues"), "{err}");
    }

    #[test]
    fn data_line_before_any_question_is_reported() {
        let text = to_markdown(&sample());
        let at = text.find("\n# ").unwrap();
        let text = format!(
            "{}\n<!-- part {{\"id\":\"done\"}} -->\n{}",
            &text[..at],
            &text[at..]
        );
        let line = text
            .lines()
            .position(|l| l.starts_with("<!-- part"))
            .unwrap()
            + 1;
        let err = from_markdown(&text).unwrap_err();
        assert_eq!(err.line, line, "{err}");
        assert!(err.message.contains("before any question"), "{err}");
    }

    #[test]
    fn first_answer_is_near_the_top() {
        let mut note = sample();
        // A mock interview's worth of questions must not push the first answer down the file.
        for _ in 0..9 {
            note.questions.push(note.questions[0].clone());
        }
        let text = to_markdown(&note);
        let first = text
            .lines()
            .position(|l| l == "We set up a weekly triage huddle.")
            .unwrap();
        assert!(first < 30, "first answer on line {}:\n{text}", first + 1);
        assert_eq!(from_markdown(&text).unwrap(), note);
    }

    #[test]
    fn coaching_cues_and_reasons_read_well() {
        let text = to_markdown(&sample());
        assert!(
            text.contains("\n## What assessors listen for (1 of 2 covered)\n"),
            "{text}"
        );
        assert!(text.contains(
            "\n- [x] A figure for the longest wait, and what is done about it\n- [ ] How people"
        ));
        assert!(
            text.contains(
                "*Asked to draw out the difference for people, missing from the answer.*"
            )
        );
        assert!(text.contains("\n## Coaching\n<!-- coaching {"), "{text}");
        assert!(text.contains(
            "Gives what you did, the difference, how you know, where things were, where they are now"
        ));
        assert!(
            text.contains("1 softener · 0 acronyms to spell out"),
            "{text}"
        );
    }

    #[test]
    fn hand_ticked_cue_in_its_data_line_is_read_back() {
        let text = to_markdown(&sample()).replace("\"ticked\":false", "\"ticked\":true");
        let back = from_markdown(&text).unwrap();
        assert_eq!(back.questions[0].cues_ticked(), 2);
    }

    fn pair_sample() -> Note {
        let mut note = sample();
        note.kind = NoteKind::Pair;
        note.interviewer = Some("JB".to_string());
        note.psw = Some("AK".to_string());
        let q = &mut note.questions[0];
        q.pair = Some(PairMarks {
            rating: Some(3),
            heard: PartsHeard {
                done: true,
                difference: false,
                evidence: true,
            },
            probes_asked: vec!["How do you hear from people who are waiting?".to_string()],
            observations: "Strong start.\nLost the thread at the end.".to_string(),
            keep: "The figures.".to_string(),
            stop: String::new(),
            start: "Name a person.".to_string(),
        });
        q.follow_ups.push(FollowUpAnswer {
            ask: "What did you do yourself?".to_string(),
            seconds: 20,
            text: "I chaired the huddle.".to_string(),
            skipped: false,
            reason: Some(FollowUpReason::Heard("huddle".to_string())),
        });
        q.refined_from = Some("20261120-090000-cd34".to_string());
        q.best = true;
        note
    }

    #[test]
    fn pair_note_round_trips_and_reads_well() {
        let note = pair_sample();
        let text = to_markdown(&note);
        assert!(text.contains("\nkind: pair\n"), "{text}");
        assert!(text.contains("\ninterviewer: JB\npsw: AK\n"), "{text}");
        assert!(text.starts_with("---\nformat: 2\n"));
        assert!(
            text.contains("Pair practice: Mock interview · started"),
            "{text}"
        );
        assert!(text.contains(
            "Interviewer rated 3 of 5 · heard what was done, how you know · 1 follow-up asked"
        ));
        assert!(text.contains(
            "\n### Observations\n\n<!-- observations q:waiting-times-1 -->\nStrong start.\nLost the thread at the end.\n<!-- end observations -->\n"
        ));
        assert!(text.contains("*Asked because the answer mentioned “huddle”.*"));
        assert!(text.contains("refined from an earlier answer · marked as your best"));
        assert_eq!(from_markdown(&text).unwrap(), note);
    }

    #[test]
    fn hand_edited_keep_stop_start_are_read_back() {
        let text = to_markdown(&pair_sample()).replace(
            "<!-- stop q:waiting-times-1 -->\n<!-- end stop -->",
            "<!-- stop q:waiting-times-1 -->\nReading from notes.\n<!-- end stop -->",
        );
        let back = from_markdown(&text).unwrap();
        let pair = back.questions[0].pair.as_ref().unwrap();
        assert_eq!(pair.stop, "Reading from notes.");
        assert_eq!(pair.keep, "The figures.");
    }

    /// Notes written by psw-coach before format 2 (with the code of that day, by `rehearse --plain`),
    /// kept byte for byte.
    const V1_RANDOM: &str = include_str!("../../../tests/fixtures/notes-v1/v1-random-1.md");
    const V1_TOPIC: &str = include_str!("../../../tests/fixtures/notes-v1/v1-topic-waiting-times.md");
    const V1_MOCK: &str = include_str!("../../../tests/fixtures/notes-v1/v1-mock.md");

    #[test]
    fn version_1_notes_still_read() {
        let note = from_markdown(V1_RANDOM).unwrap();
        assert_eq!(note.format, 1);
        assert_eq!(note.kind, NoteKind::Rehearse);
        assert_eq!(note.plan, "random 1");
        assert_eq!(note.plan_title, "");
        assert_eq!(note.title(), "Random 1");
        assert_eq!(note.banks, ["cqc-psw-adults"]);
        let q = &note.questions[0];
        assert_eq!(q.id, "transitions-01");
        assert_eq!(q.quality_statements, ["safe-pathways", "care-provision"]);
        assert_eq!(
            q.answers[0].text,
            "I set up a caseload panel.\nIt meets every fortnight."
        );
        assert_eq!(q.answers[2].ask, "How do you know?");
        assert_eq!(
            q.follow_ups.len(),
            1,
            "v1's one follow-up becomes a list of one"
        );
        assert_eq!(
            q.follow_ups[0].text,
            "Our panel also looks at unallocated work."
        );
        assert_eq!(q.follow_ups[0].reason, None);
        assert!(q.follow_ups[0].ask.starts_with("At what age do you start"));
        assert_eq!(q.rating, Some(4));
        assert_eq!(q.reflection.as_deref(), Some("Lead with the figure."));
        assert!(q.cues.is_empty() && q.coaching.is_none() && q.pair.is_none());

        let note = from_markdown(V1_TOPIC).unwrap();
        assert_eq!(note.style, AnswerStyle::Spoken);
        assert_eq!(note.questions.len(), 2);
        let q = &note.questions[0];
        assert_eq!(
            q.answers[0].text,
            "We mapped waits by ethnicity.\n<!-- end answer -->"
        );
        assert!(q.follow_ups[0].skipped);
        assert_eq!(q.reflection, None);
        assert!(note.questions[1].follow_ups.is_empty());

        let note = from_markdown(V1_MOCK).unwrap();
        assert_eq!(note.title(), "Mock");
        assert_eq!(
            note.questions[0].answers[0].text,
            "Only the first part, then the pipe closed."
        );
        assert_eq!(note.finished, None);
    }

    #[test]
    fn version_1_notes_rewritten_as_version_2_keep_every_word() {
        for v1 in [V1_RANDOM, V1_TOPIC, V1_MOCK] {
            let note = from_markdown(v1).unwrap();
            let text = to_markdown(&note);
            assert!(text.starts_with("---\nformat: 2\n"));
            let back = from_markdown(&text).unwrap();
            assert_eq!(back.format, 2);
            assert_eq!(Note { format: 1, ..back }, note);
        }
    }

    #[test]
    fn a_draft_keeps_where_it_stopped_on_one_line_and_old_drafts_read_without_it() {
        let mut draft = sample();
        draft.finished = None;
        draft.resume = Some(ResumePoint {
            questions: vec!["waiting-times-1".into(), "proud-02".into()],
            at: 0,
            step: ResumeStep::FollowUp,
            part: 0,
            probes: 2,
            seed: 7,
            session_seconds: 190,
            no_more_probes: vec![],
        });
        let text = to_markdown(&draft);
        let line = text
            .lines()
            .find(|l| l.starts_with("<!-- resume "))
            .expect("a resume line");
        assert_eq!(
            line,
            r#"<!-- resume {"questions":["waiting-times-1","proud-02"],"at":0,"step":"follow-up","part":0,"probes":2,"seed":7,"session_seconds":190} -->"#
        );
        // Under the header, before the first question, so it is found without reading on.
        assert!(text.find(line) < text.find("\n# "));
        assert_eq!(from_markdown(&text), Ok(draft.clone()));
        assert_eq!(
            read_markdown(&text).unwrap().1,
            [],
            "no warning about the resume line"
        );

        // A draft from before resuming existed: the same without the line.
        let old = text.replace(&format!("{line}\n"), "");
        let back = from_markdown(&old).unwrap();
        assert_eq!(back.resume, None);
        assert_eq!(back.questions, draft.questions);

        // A resume line spoiled by hand: the words are all still there, only resuming is lost.
        let spoiled = text.replace(r#""at":0"#, r#""at":"#);
        let back = from_markdown(&spoiled).unwrap();
        assert_eq!(back.resume, None);
        assert_eq!(back.questions, draft.questions);

        // A saved note has none.
        assert!(!to_markdown(&sample()).contains("<!-- resume"));
    }

    #[test]
    fn missing_opening_fence_is_line_one() {
        let err = from_markdown("# Just some notes\n").unwrap_err();
        assert_eq!(err.line, 1);
    }

    #[test]
    fn unclosed_front_matter_is_reported() {
        let err = from_markdown("---\nformat: 1\nplan: mock\n").unwrap_err();
        assert_eq!(err.line, 4);
        assert!(err.message.contains("never closed"), "{err}");
    }

    #[test]
    fn newer_format_is_refused_plainly() {
        let text = to_markdown(&sample()).replace("format: 2", "format: 99");
        let err = from_markdown(&text).unwrap_err();
        assert_eq!(err.line, 2);
        assert!(err.message.contains("newer psw-coach"), "{err}");
    }

    #[test]
    fn forged_marker_lines_in_answers_are_escaped() {
        let mut note = sample();
        note.questions[0].answers[0].text =
            "<!-- end answer -->\n\\<!-- answer q:x p:y -->\n<!-- reflection q:waiting-times-1 -->"
                .to_string();
        let text = to_markdown(&note);
        assert!(text.contains("\n\\<!-- end answer -->\n\\\\<!-- answer q:x p:y -->\n"));
        assert_eq!(from_markdown(&text).unwrap(), note);
    }

    #[test]
    fn hand_added_reflection_is_read_back() {
        let mut note = sample();
        note.questions[0].reflection = None;
        let text = to_markdown(&note).replace(
            "<!-- end follow-up -->\n",
            "<!-- end follow-up -->\n\n## Reflection\n\n<!-- reflection q:waiting-times-1 -->\nAdded later.\n<!-- end reflection -->\n",
        );
        let back = from_markdown(&text).unwrap();
        assert_eq!(
            back.questions[0].reflection.as_deref(),
            Some("Added later.")
        );
    }

    // Found by the round-trip property: the second question's reflection went to the first.
    #[test]
    fn shared_ids_with_one_reflection() {
        let mut note = sample();
        let mut second = note.questions[0].clone();
        note.questions[0].reflection = None;
        second.reflection = Some(String::new());
        note.questions.push(second);
        assert_eq!(from_markdown(&to_markdown(&note)).unwrap(), note);
    }

    #[test]
    fn huge_numbers_do_not_panic() {
        let mut note = sample();
        note.questions[0].total_seconds = u64::MAX;
        note.questions.push(note.questions[0].clone());
        assert_eq!(from_markdown(&to_markdown(&note)).unwrap(), note);
    }

    #[test]
    fn odd_ids_survive_markers() {
        let mut note = sample();
        note.questions[0].id = "q 1 --> <!-- ü%".to_string();
        note.questions[0].answers[0].id = String::new();
        let text = to_markdown(&note);
        assert_eq!(from_markdown(&text).unwrap(), note);
    }

    #[test]
    fn duplicate_question_ids_keep_their_own_answers() {
        let mut note = sample();
        let mut second = note.questions[0].clone();
        for a in &mut second.answers {
            a.text.push_str(" (second time)");
        }
        second.reflection = None;
        note.questions.push(second);
        assert_eq!(from_markdown(&to_markdown(&note)).unwrap(), note);
    }

    fn tricky_line() -> impl Strategy<Value = String> {
        prop_oneof![
            Just("---".to_string()),
            Just("...".to_string()),
            Just("# x".to_string()),
            Just("## Follow-up: y".to_string()),
            Just("```".to_string()),
            Just("```rust".to_string()),
            Just("<!-- end answer -->".to_string()),
            Just("<!-- end reflection -->".to_string()),
            Just("<!-- answer q:waiting-times-1 p:done -->".to_string()),
            Just("<!-- follow-up q:waiting-times-1 -->".to_string()),
            Just("<!-- question {\"id\":\"x\"} -->".to_string()),
            Just("<!-- part {} -->".to_string()),
            Just("<!-- cues [] -->".to_string()),
            Just("<!-- keep q:waiting-times-1 -->".to_string()),
            Just("<!-- end start -->".to_string()),
            Just("- [x] ticked".to_string()),
            Just("-->".to_string()),
            Just("\\<!-- ".to_string()),
            Just("\\\\<!-- end answer -->".to_string()),
            Just("<!--".to_string()),
            Just("<!-- ".to_string()),
            Just("\r".to_string()),
            Just(String::new()),
            Just("   ".to_string()),
            Just("👩🏽‍⚕️ 🧑‍🤝‍🧑".to_string()),
            Just("e\u{301}\u{302} a\u{308}".to_string()),
            Just("\u{feff}".to_string()),
            Just("\u{2028}\u{85}".to_string()),
            any::<String>(),
            "[ -~]{0,20}",
        ]
    }

    fn tricky_text() -> impl Strategy<Value = String> {
        prop_oneof![
            any::<String>(),
            prop::collection::vec(
                (
                    tricky_line(),
                    prop_oneof![Just("\n"), Just("\r\n"), Just("")]
                ),
                0..8
            )
            .prop_map(|parts| parts
                .into_iter()
                .map(|(l, end)| format!("{l}{end}"))
                .collect()),
        ]
    }

    fn plain_text() -> impl Strategy<Value = String> {
        prop_oneof![any::<String>(), "[ -~]{0,30}", tricky_line()]
    }

    prop_compose! {
        fn prompt_answer()(
            id in plain_text(),
            ask in plain_text(),
            seconds in any::<u64>(),
            text in tricky_text(),
        ) -> PromptAnswer {
            PromptAnswer { id, ask, seconds, text }
        }
    }

    fn reason() -> impl Strategy<Value = Option<FollowUpReason>> {
        prop::option::of(prop_oneof![
            plain_text().prop_map(FollowUpReason::Gap),
            plain_text().prop_map(FollowUpReason::Heard),
        ])
    }

    prop_compose! {
        fn follow_up()(
            ask in plain_text(),
            seconds in any::<u64>(),
            text in tricky_text(),
            skipped in any::<bool>(),
            reason in reason(),
        ) -> FollowUpAnswer {
            FollowUpAnswer { ask, seconds, text, skipped, reason }
        }
    }

    prop_compose! {
        fn coaching()(
            flags in prop::array::uniform9(any::<bool>()),
            counts in prop::array::uniform4(any::<u32>()),
        ) -> Coaching {
            let [done, difference, evidence, then, now, next, people, example, own_part] = flags;
            let [softeners, acronyms, identifying, words] = counts;
            Coaching {
                done, difference, evidence, then, now, next, people, example, own_part,
                softeners, acronyms, identifying, words,
            }
        }
    }

    prop_compose! {
        fn pair_marks()(
            rating in prop::option::of(1u8..=5),
            heard in prop::array::uniform3(any::<bool>()),
            probes_asked in prop::collection::vec(plain_text(), 0..3),
            observations in tricky_text(),
            keep in tricky_text(),
            stop in tricky_text(),
            start in tricky_text(),
        ) -> PairMarks {
            let [done, difference, evidence] = heard;
            PairMarks {
                rating,
                heard: PartsHeard { done, difference, evidence },
                probes_asked, observations, keep, stop, start,
            }
        }
    }

    prop_compose! {
        fn question_facts()(
            id in plain_text(),
            topic in plain_text(),
            quality_statements in prop::collection::vec(plain_text(), 0..3),
            ask in plain_text(),
            total_seconds in any::<u64>(),
            target_seconds in any::<u32>(),
            rating in prop::option::of(1u8..=5),
            recovered in any::<bool>(),
            refined_from in prop::option::of(plain_text()),
            best in any::<bool>(),
        ) -> NoteQuestion {
            NoteQuestion {
                id, topic, quality_statements, ask, total_seconds, target_seconds, rating,
                recovered, refined_from, best,
                ..NoteQuestion::default()
            }
        }
    }

    prop_compose! {
        fn question()(
            facts in question_facts(),
            answers in prop::collection::vec(prompt_answer(), 0..4),
            follow_ups in prop::collection::vec(follow_up(), 0..3),
            cues in prop::collection::vec((plain_text(), any::<bool>()), 0..4),
            coaching in prop::option::of(coaching()),
            pair in prop::option::of(pair_marks()),
            reflection in prop::option::of(tricky_text()),
        ) -> NoteQuestion {
            NoteQuestion {
                answers,
                follow_ups,
                cues: cues.into_iter().map(|(text, ticked)| Cue { text, ticked }).collect(),
                coaching,
                pair,
                reflection,
                ..facts
            }
        }
    }

    fn initials() -> impl Strategy<Value = Option<String>> {
        prop::option::of(plain_text())
    }

    prop_compose! {
        fn resume_point()(
            questions in prop::collection::vec(tricky_line(), 0..4),
            at in 0usize..6,
            step in prop::sample::select(vec![
                ResumeStep::Prompt, ResumeStep::FollowUp, ResumeStep::Rating, ResumeStep::Finished,
            ]),
            part in 0usize..4,
            probes in 0usize..4,
            seed in any::<u64>(),
            session_seconds in any::<u64>(),
            no_more_probes in prop::collection::vec(0usize..6, 0..3),
        ) -> ResumePoint {
            ResumePoint { questions, at, step, part, probes, seed, session_seconds, no_more_probes }
        }
    }

    prop_compose! {
        fn note()(
            session_id in plain_text(),
            pair in any::<bool>(),
            plan in plain_text(),
            plan_title in plain_text(),
            people in (initials(), initials()),
            banks in prop::collection::vec(plain_text(), 0..3),
            started_secs in 0i64..4_000_000_000,
            offset_quarters in -48i32..=56,
            finished in prop::option::of(0i64..100_000),
            spoken in any::<bool>(),
            questions in prop::collection::vec(question(), 0..4),
            resume in prop::option::of(resume_point()),
        ) -> Note {
            let offset = FixedOffset::east_opt(offset_quarters * 900).unwrap();
            let started = DateTime::from_timestamp(started_secs, 0).unwrap().with_timezone(&offset);
            Note {
                format: FORMAT_VERSION,
                session_id,
                kind: if pair { NoteKind::Pair } else { NoteKind::Rehearse },
                plan, plan_title,
                interviewer: people.0,
                psw: people.1,
                banks, started,
                finished: finished.map(|d| started + chrono::Duration::seconds(d)),
                style: if spoken { AnswerStyle::Spoken } else { AnswerStyle::Written },
                questions,
                resume,
            }
        }
    }

    proptest! {
        // Failing cases are kept beside this file rather than in a crate-level folder.
        #![proptest_config(ProptestConfig {
            cases: 512,
            failure_persistence: Some(Box::new(
                proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"),
            )),
            ..ProptestConfig::default()
        })]

        #[test]
        fn round_trip_is_exact(note in note()) {
            let text = to_markdown(&note);
            let back = read_markdown(&text);
            // Everything the app writes reads back whole and with no warning: decoration is never
            // taken for stray text.
            prop_assert_eq!(back.as_ref(), Ok(&(note.clone(), Vec::new())), "{}", text);
        }

        #[test]
        fn answer_text_round_trips_in_any_slot(text in tricky_text(), reflection in tricky_text()) {
            let mut note = sample();
            note.questions[0].answers[0].text = text.clone();
            note.questions[0].answers[1].text = text;
            note.questions[0].reflection = Some(reflection);
            prop_assert_eq!(read_markdown(&to_markdown(&note)).map(|r| r.1), Ok(Vec::new()));
            let back = from_markdown(&to_markdown(&note));
            prop_assert_eq!(back, Ok(note));
        }
    }
}
