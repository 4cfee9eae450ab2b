//! A note as text: YAML front matter for the facts, a Markdown transcript for the words.
//!
//! Everything a person typed (answers, follow-up answers, reflections) lives only in the body, so a
//! PSW who corrects an answer in any editor changes the one copy that is read back. Each of those
//! texts sits between invisible HTML comment markers:
//!
//! ```text
//! <!-- answer q:<question id> p:<prompt id> -->
//! ...the text, exactly as typed...
//! <!-- end answer -->
//! ```
//!
//! A text line that starts with optional backslashes and then `<!-- ` gets one more backslash on the
//! way out and loses one on the way in, so a typed line can never pass for a marker. That backslash
//! is also Markdown's own escape, so a viewer shows the line as it was typed. A non-empty text is
//! followed by exactly one newline before the end marker and an empty one by none; that is enough
//! to bring back every trailing newline exactly, so the end marker needs no count.

use std::collections::{HashMap, VecDeque};
use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::model::{AnswerStyle, FORMAT_VERSION, FollowUpAnswer, Note, NoteQuestion, PromptAnswer};

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

const FENCE: &str = "---";
const MARKER_OPEN: &str = "<!-- ";

// The front matter mirrors the model minus every typed text, so the body is the only copy of those.
// Lists and flags default when missing so a hand-trimmed note still opens.
#[derive(Debug, Serialize, Deserialize)]
struct FrontMatter {
    format: u32,
    session_id: String,
    plan: String,
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
    #[serde(default)]
    questions: Vec<FrontQuestion>,
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

#[derive(Debug, Serialize, Deserialize)]
struct FrontQuestion {
    id: String,
    #[serde(default)]
    topic: String,
    #[serde(default)]
    quality_statements: Vec<String>,
    #[serde(default)]
    ask: String,
    #[serde(default)]
    prompts: Vec<FrontPrompt>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    follow_up: Option<FrontFollowUp>,
    #[serde(default)]
    total_seconds: u64,
    #[serde(default)]
    target_seconds: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    rating: Option<u8>,
    /// Whether the body holds a reflection block; the words themselves are in the body.
    #[serde(default)]
    reflection: bool,
    #[serde(default)]
    recovered: bool,
}

#[derive(Debug, Serialize, Deserialize)]
struct FrontPrompt {
    id: String,
    #[serde(default)]
    ask: String,
    #[serde(default)]
    seconds: u64,
}

#[derive(Debug, Serialize, Deserialize)]
struct FrontFollowUp {
    #[serde(default)]
    ask: String,
    #[serde(default)]
    seconds: u64,
    #[serde(default)]
    skipped: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum BlockKind {
    Answer,
    FollowUp,
    Reflection,
}

impl BlockKind {
    fn word(self) -> &'static str {
        match self {
            BlockKind::Answer => "answer",
            BlockKind::FollowUp => "follow-up",
            BlockKind::Reflection => "reflection",
        }
    }

    fn from_word(word: &str) -> Option<BlockKind> {
        match word {
            "answer" => Some(BlockKind::Answer),
            "follow-up" => Some(BlockKind::FollowUp),
            "reflection" => Some(BlockKind::Reflection),
            _ => None,
        }
    }
}

/// Writes a note as Markdown with YAML front matter. [`from_markdown`] gives back an equal note.
pub fn to_markdown(note: &Note) -> String {
    let front = FrontMatter {
        format: note.format,
        session_id: note.session_id.clone(),
        plan: note.plan.clone(),
        banks: note.banks.clone(),
        started: note.started,
        finished: note.finished,
        style: note.style,
        questions: note
            .questions
            .iter()
            .map(|q| FrontQuestion {
                id: q.id.clone(),
                topic: q.topic.clone(),
                quality_statements: q.quality_statements.clone(),
                ask: q.ask.clone(),
                prompts: q
                    .answers
                    .iter()
                    .map(|a| FrontPrompt {
                        id: a.id.clone(),
                        ask: a.ask.clone(),
                        seconds: a.seconds,
                    })
                    .collect(),
                follow_up: q.follow_up.as_ref().map(|f| FrontFollowUp {
                    ask: f.ask.clone(),
                    seconds: f.seconds,
                    skipped: f.skipped,
                }),
                total_seconds: q.total_seconds,
                target_seconds: q.target_seconds,
                rating: q.rating,
                reflection: q.reflection.is_some(),
                recovered: q.recovered,
            })
            .collect(),
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

    out.push_str(&format!(
        "Rehearsal: {} · started {}",
        one_line(&crate::drill::Plan::title_of(&note.plan)),
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
    out.push_str(&format!(
        " · {} answers · {} in all\n",
        note.style.slug(),
        duration(note.total_seconds())
    ));

    for q in &note.questions {
        out.push_str(&format!("\n# {}\n\n", one_line(&q.ask)));
        out.push_str(&question_summary(q));
        out.push('\n');

        for a in &q.answers {
            out.push_str(&format!(
                "\n## {} ({})\n\n",
                one_line(&a.ask),
                duration(a.seconds)
            ));
            push_block(&mut out, BlockKind::Answer, &q.id, Some(&a.id), &a.text);
        }
        if let Some(f) = &q.follow_up {
            let time = if f.skipped {
                "skipped".to_string()
            } else {
                duration(f.seconds)
            };
            out.push_str(&format!(
                "\n## Follow-up: {} ({time})\n\n",
                one_line(&f.ask)
            ));
            push_block(&mut out, BlockKind::FollowUp, &q.id, None, &f.text);
        }
        if let Some(r) = &q.reflection {
            out.push_str("\n## Reflection\n\n");
            push_block(&mut out, BlockKind::Reflection, &q.id, None, r);
        }
    }
    out
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
    parts.join(" · ")
}

/// `40 s`, `1 min 05 s`, `2 min`, `1 h 02 min 05 s`: how a person reads a stopwatch.
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

enum Marker {
    Open(BlockKey),
    End(BlockKind),
}

fn parse_marker(line: &str) -> Option<Marker> {
    let inner = line
        .trim_end()
        .strip_prefix(MARKER_OPEN)?
        .strip_suffix("-->")?;
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
        BlockKind::FollowUp | BlockKind::Reflection => None,
    };
    words.next().is_none().then_some(Marker::Open(BlockKey {
        kind,
        question,
        prompt,
    }))
}

/// Every marked text in the body, by key, in the order written. A block whose end marker was lost in
/// an edit runs to the next marker, because keeping too much text beats dropping any.
fn read_blocks<'a>(lines: impl Iterator<Item = &'a str>) -> HashMap<BlockKey, VecDeque<String>> {
    let mut blocks: HashMap<BlockKey, VecDeque<String>> = HashMap::new();
    let mut open: Option<(BlockKey, Vec<&str>)> = None;
    for line in lines {
        let marker = if line.starts_with(MARKER_OPEN) {
            parse_marker(line)
        } else {
            None
        };
        match (marker, open.take()) {
            (Some(Marker::End(kind)), Some((key, body))) if kind == key.kind => {
                blocks.entry(key).or_default().push_back(join(&body));
            }
            (Some(Marker::Open(next)), current) => {
                if let Some((key, body)) = current {
                    blocks.entry(key).or_default().push_back(join(&body));
                }
                open = Some((next, Vec::new()));
            }
            (_, Some((key, mut body))) => {
                body.push(line);
                open = Some((key, body));
            }
            (_, None) => {}
        }
    }
    if let Some((key, body)) = open {
        blocks.entry(key).or_default().push_back(join(&body));
    }
    blocks
}

fn join(lines: &[&str]) -> String {
    lines
        .iter()
        .map(|l| unescape(l))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Reads a note written by [`to_markdown`], or one a person has since edited.
pub fn from_markdown(text: &str) -> Result<Note, FormatError> {
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

    let mut blocks = read_blocks(lines);
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
    for q in &front.questions {
        *id_count.entry(q.id.clone()).or_default() += 1;
    }
    let questions = front
        .questions
        .into_iter()
        .map(|q| {
            let answers = q
                .prompts
                .into_iter()
                .map(|p| PromptAnswer {
                    text: take(BlockKind::Answer, &q.id, Some(&p.id)).unwrap_or_default(),
                    id: p.id,
                    ask: p.ask,
                    seconds: p.seconds,
                })
                .collect();
            let follow_up = q.follow_up.map(|f| FollowUpAnswer {
                text: take(BlockKind::FollowUp, &q.id, None).unwrap_or_default(),
                ask: f.ask,
                seconds: f.seconds,
                skipped: f.skipped,
            });
            // A reflection block a person added by hand counts, unless another question shares
            // this id: then only the front matter can say which of them the block belongs to.
            let reflection = if q.reflection || id_count.get(q.id.as_str()) == Some(&1) {
                take(BlockKind::Reflection, &q.id, None).or_else(|| q.reflection.then(String::new))
            } else {
                None
            };
            NoteQuestion {
                id: q.id,
                topic: q.topic,
                quality_statements: q.quality_statements,
                ask: q.ask,
                answers,
                follow_up,
                total_seconds: q.total_seconds,
                target_seconds: q.target_seconds,
                rating: q.rating,
                reflection,
                recovered: q.recovered,
            }
        })
        .collect();

    Ok(Note {
        format: front.format,
        session_id: front.session_id,
        plan: front.plan,
        banks: front.banks,
        started: front.started,
        finished: front.finished,
        style: front.style,
        questions,
    })
}

/// serde_yaml appends its own position, counted inside the YAML; the caller reports the note's line.
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
    use proptest::prelude::*;

    fn sample() -> Note {
        let started = DateTime::parse_from_rfc3339("2026-11-23T17:40:00+00:00").unwrap();
        Note {
            format: FORMAT_VERSION,
            session_id: "20261123-174000-ab12".to_string(),
            plan: "mock".to_string(),
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
                follow_up: Some(FollowUpAnswer {
                    ask: "How do you hear from people who are waiting?".to_string(),
                    seconds: 40,
                    text: "Monthly calls from the duty team.".to_string(),
                    skipped: false,
                }),
                total_seconds: 155,
                target_seconds: 120,
                rating: Some(4),
                reflection: Some("Lead with the numbers next time.".to_string()),
                recovered: false,
            }],
        }
    }

    #[test]
    fn sample_reads_well_and_round_trips() {
        let note = sample();
        let text = to_markdown(&note);
        assert!(text.starts_with("---\nformat: 1\n"), "{text}");
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
        let text = to_markdown(&sample()).replace("rating: 4", "rating: lots");
        let line = text.lines().position(|l| l.contains("rating:")).unwrap() + 1;
        let err = from_markdown(&text).unwrap_err();
        assert_eq!(err.line, line, "{err}");
        assert!(err.message.contains("could not be read"), "{err}");
        assert!(!err.message.contains(" at line "), "{err}");
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
        let text = to_markdown(&sample()).replace("format: 1", "format: 99");
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

    prop_compose! {
        fn question()(
            id in plain_text(),
            topic in plain_text(),
            quality_statements in prop::collection::vec(plain_text(), 0..3),
            ask in plain_text(),
            answers in prop::collection::vec(prompt_answer(), 0..4),
            follow_up in prop::option::of((plain_text(), any::<u64>(), tricky_text(), any::<bool>())),
            total_seconds in any::<u64>(),
            target_seconds in any::<u32>(),
            rating in prop::option::of(any::<u8>()),
            reflection in prop::option::of(tricky_text()),
            recovered in any::<bool>(),
        ) -> NoteQuestion {
            NoteQuestion {
                id, topic, quality_statements, ask, answers,
                follow_up: follow_up.map(|(ask, seconds, text, skipped)| FollowUpAnswer { ask, seconds, text, skipped }),
                total_seconds, target_seconds, rating, reflection, recovered,
            }
        }
    }

    prop_compose! {
        fn note()(
            session_id in plain_text(),
            plan in plain_text(),
            banks in prop::collection::vec(plain_text(), 0..3),
            started_secs in 0i64..4_000_000_000,
            offset_quarters in -48i32..=56,
            finished in prop::option::of(0i64..100_000),
            spoken in any::<bool>(),
            questions in prop::collection::vec(question(), 0..4),
        ) -> Note {
            let offset = FixedOffset::east_opt(offset_quarters * 900).unwrap();
            let started = DateTime::from_timestamp(started_secs, 0).unwrap().with_timezone(&offset);
            Note {
                format: FORMAT_VERSION,
                session_id, plan, banks, started,
                finished: finished.map(|d| started + chrono::Duration::seconds(d)),
                style: if spoken { AnswerStyle::Spoken } else { AnswerStyle::Written },
                questions,
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
            let back = from_markdown(&text);
            prop_assert_eq!(back.as_ref(), Ok(&note), "{}", text);
        }

        #[test]
        fn answer_text_round_trips_in_any_slot(text in tricky_text(), reflection in tricky_text()) {
            let mut note = sample();
            note.questions[0].answers[0].text = text.clone();
            note.questions[0].answers[1].text = text;
            note.questions[0].reflection = Some(reflection);
            let back = from_markdown(&to_markdown(&note));
            prop_assert_eq!(back, Ok(note));
        }
    }
}
