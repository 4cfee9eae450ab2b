//! One line per note, for `notes list` and `notes list --json`.

use std::fmt;
use std::path::{Path, PathBuf};

use chrono::{DateTime, FixedOffset};
use serde::{Serialize, Serializer};

use super::format::{duration, rfc3339};
use super::model::{Note, NoteKind};

/// The most of a question a listing row gives: a row then fits 100 columns with its file name,
/// and the rest of the question is a `notes show N` away.
pub const ASK_WIDTH: usize = 44;

/// The keys are part of the `--json` output that scripts rely on: number, path, started, kind, plan,
/// title (added later: null for a version 1 note), questions, total_seconds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoteSummary {
    /// The note's place in the listing, oldest first, from 1: what `notes show N` takes.
    pub number: usize,
    #[serde(serialize_with = "lossy_path")]
    pub path: PathBuf,
    #[serde(serialize_with = "rfc3339::serialize")]
    pub started: DateTime<FixedOffset>,
    pub kind: NoteKind,
    /// The plan as typed: `mock`, `random 5`.
    pub plan: String,
    /// The plan as the app named it ("Mock interview"); none in a version 1 note.
    pub title: Option<String>,
    /// Questions practised ([`crate::notes::practised`]), as review and the read-back count them.
    pub questions: usize,
    pub total_seconds: u64,
    /// The one question practised, for a session of one question on its own or a refined answer:
    /// the listing names those by it ([`one_question_name`]). Not a key of `--json`, whose
    /// `plan` and `questions` already say it.
    #[serde(skip)]
    pub only_ask: Option<String>,
}

impl NoteSummary {
    pub fn new(number: usize, path: &Path, note: &Note) -> NoteSummary {
        let practised: Vec<_> = note
            .questions
            .iter()
            .filter(|q| super::index::practised(q))
            .collect();
        NoteSummary {
            number,
            path: path.to_path_buf(),
            started: note.started,
            kind: note.kind,
            plan: note.plan.clone(),
            title: title_of(&note.plan_title),
            questions: practised.len(),
            total_seconds: note.total_seconds(),
            only_ask: match practised[..] {
                [only] => Some(only.ask.clone()),
                _ => None,
            },
        }
    }
}

/// What a session of one question is called where a list names it: for one question practised
/// on its own (a `question ID` plan, as practising again makes) the question itself, for a
/// refined answer "Refined: " and the question, and for any other plan nothing (its title names
/// it). After weeks of those every row read "1 chosen question" and could not be told apart
/// without opening each (the twelfth walk's row 5, the thirteenth's row 8).
pub fn one_question_name(plan: &str, ask: &str) -> Option<String> {
    let ask = crate::text::one_line(ask);
    if plan.starts_with("refine ") {
        Some(format!("Refined: {ask}"))
    } else if plan.starts_with("question ") && !plan.contains(',') {
        Some(ask)
    } else {
        None
    }
}

/// What follows a pair session's count of questions when some were saved before both had
/// rated them (", 1 not yet rated by both"); nothing when none were. The saved screen and the
/// read-back in review say it in these words, so both say how far the session got.
pub fn not_yet_rated_by_both(unrated: usize) -> String {
    match unrated {
        0 => String::new(),
        n => format!(", {n} not yet rated by both"),
    }
}

/// A stored plan title, or none when the note has none (version 1 notes).
pub(crate) fn title_of(plan_title: &str) -> Option<String> {
    let title = plan_title.trim();
    (!title.is_empty()).then(|| title.to_string())
}

impl NoteSummary {
    /// What the listing calls the plan: its title where the note has one, else the plan as typed;
    /// a session of one question by the question, cut to [`ASK_WIDTH`] columns.
    pub fn plan_name(&self) -> String {
        self.only_ask
            .as_deref()
            .and_then(|ask| one_question_name(&self.plan, ask))
            .map(|name| crate::text::cut_line(&name, ASK_WIDTH))
            .unwrap_or_else(|| self.title.as_deref().unwrap_or(&self.plan).to_string())
    }

    /// Every note of a listing (oldest first), numbered from 1.
    pub fn numbered<'a>(notes: impl IntoIterator<Item = &'a (PathBuf, Note)>) -> Vec<NoteSummary> {
        notes
            .into_iter()
            .enumerate()
            .map(|(i, (path, note))| NoteSummary::new(i + 1, path, note))
            .collect()
    }
}

/// `  3  2026-11-23 17:40  Mock interview  3 questions  12 min 05 s  <path>`; a version 1 note,
/// with no title, shows its plan as typed (`mock`); a pair practice note says so after its plan.
/// The form for scripts, with the whole path; a person at a terminal gets [`fitted_rows`].
impl fmt::Display for NoteSummary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{:>3}  {}  {}{}  {}  {}  {}",
            self.number,
            self.started.format("%Y-%m-%d %H:%M"),
            self.plan_name(),
            kind_words(self.kind),
            question_words(self.questions),
            duration(self.total_seconds),
            self.path.to_string_lossy()
        )
    }
}

/// " (pair practice)" after a pair session's plan; nothing after a rehearsal's.
fn kind_words(kind: NoteKind) -> &'static str {
    match kind {
        NoteKind::Rehearse => "",
        NoteKind::Pair => " (pair practice)",
    }
}

fn question_words(questions: usize) -> String {
    match questions {
        1 => "1 question".to_string(),
        n => format!("{n} questions"),
    }
}

/// The fewest columns a listing row gives its plan in a window too narrow for it.
const PLAN_ROOM: usize = 24;

/// The listing for a person at a terminal `width` columns wide, under a line naming the notes
/// folder: one row a note within the width, its columns lined up, each row ending with its
/// file's name where every plan is whole beside it. In a narrower window the names are left
/// out (the second value is then true): the plan is what a person reads a row by, and a name
/// is a `notes list | cat` away. The rows ran to about 130 columns, so at 80 each note wrapped
/// over two lines.
pub fn fitted_rows(summaries: &[NoteSummary], width: usize) -> (Vec<String>, bool) {
    use unicode_width::UnicodeWidthStr;
    let cells: Vec<[String; 5]> = summaries
        .iter()
        .map(|s| {
            [
                format!("{:>3}  {}", s.number, s.started.format("%Y-%m-%d %H:%M")),
                s.plan_name(),
                question_words(s.questions),
                duration(s.total_seconds),
                s.path
                    .file_name()
                    .unwrap_or(s.path.as_os_str())
                    .to_string_lossy()
                    .into_owned(),
            ]
        })
        .collect();
    let widest = |i: usize| cells.iter().map(|c| c[i].width()).max().unwrap_or(0);
    let (questions, time, name) = (widest(2), widest(3), widest(4));
    let plan = summaries
        .iter()
        .zip(&cells)
        .map(|(s, c)| c[1].width() + kind_words(s.kind).width())
        .max()
        .unwrap_or(0);
    // The number and date, then two spaces before each column after them.
    let fixed = widest(0) + 2 + 2 + questions + 2 + time;
    let beside_names = width.saturating_sub(fixed + 2 + name);
    let names = beside_names >= plan;
    let room = if names {
        plan
    } else {
        // A window too narrow even for that still gets a readable plan; its rows wrap.
        plan.min(width.saturating_sub(fixed))
            .max(PLAN_ROOM.min(plan))
    };
    let pad =
        |text: &str, to: usize| format!("{text}{}", " ".repeat(to.saturating_sub(text.width())));
    let rows = summaries
        .iter()
        .zip(&cells)
        .map(|(s, [head, plan, questions_text, time_text, file])| {
            // A pair session says so however much of its plan is cut.
            let kind = kind_words(s.kind);
            let plan = crate::text::cut_line(plan, room.saturating_sub(kind.width()));
            let mut row = format!(
                "{head}  {}  {}  {}",
                pad(&format!("{plan}{kind}"), room),
                pad(questions_text, questions),
                pad(time_text, time)
            );
            if names {
                row.push_str("  ");
                row.push_str(file);
            }
            row.trim_end().to_string()
        })
        .collect();
    (rows, !names)
}

// serde refuses a path that is not valid UTF-8; a listing should still show it, near enough.
fn lossy_path<S: Serializer>(path: &Path, s: S) -> Result<S::Ok, S::Error> {
    s.serialize_str(&path.to_string_lossy())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notes::model::{AnswerStyle, FORMAT_VERSION};

    #[test]
    fn json_keys_are_exact() {
        let note = Note {
            format: FORMAT_VERSION,
            session_id: "s".to_string(),
            plan: "topic waiting-times".to_string(),
            banks: vec![],
            started: DateTime::parse_from_rfc3339("2026-11-23T17:40:00+00:00").unwrap(),
            finished: None,
            style: AnswerStyle::Spoken,
            questions: vec![],
            ..Note::default()
        };
        let summary = NoteSummary::new(7, Path::new("/d/notes/x.md"), &note);
        let json = serde_json::to_string(&summary).unwrap();
        assert_eq!(
            json,
            r#"{"number":7,"path":"/d/notes/x.md","started":"2026-11-23T17:40:00+00:00","kind":"rehearse","plan":"topic waiting-times","title":null,"questions":0,"total_seconds":0}"#
        );
        assert_eq!(
            summary.to_string(),
            "  7  2026-11-23 17:40  topic waiting-times  0 questions  0 s  /d/notes/x.md"
        );
        assert_eq!(
            fitted_rows(std::slice::from_ref(&summary), 80),
            (
                vec![
                    "  7  2026-11-23 17:40  topic waiting-times  0 questions  0 s  x.md"
                        .to_string()
                ],
                false
            )
        );
        let pair = Note {
            kind: NoteKind::Pair,
            ..note.clone()
        };
        let summary = NoteSummary::new(12, Path::new("/d/notes/y.md"), &pair);
        assert_eq!(
            summary.to_string(),
            " 12  2026-11-23 17:40  topic waiting-times (pair practice)  0 questions  0 s  /d/notes/y.md"
        );
        // A version 2 note names its plan as the app did.
        let titled = Note {
            plan_title: "Topic: Waiting times".to_string(),
            ..note
        };
        let summary = NoteSummary::new(3, Path::new("/d/notes/z.md"), &titled);
        assert_eq!(
            summary.to_string(),
            "  3  2026-11-23 17:40  Topic: Waiting times  0 questions  0 s  /d/notes/z.md"
        );
        let json = serde_json::to_string(&summary).unwrap();
        assert!(
            json.contains(r#""plan":"topic waiting-times","title":"Topic: Waiting times","#),
            "{json}"
        );
    }
}
