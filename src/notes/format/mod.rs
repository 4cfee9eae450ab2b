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
//! Time 2 min 35 s of 2 min 30 s target · rated 4 of 5 · topic: Waiting times
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
//! [`ResumePoint`]), so an unfinished rehearsal can go on where it
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

mod body;
mod escape;
mod lines;
mod read;
mod text;
mod write;

use body::*;
use escape::*;
use lines::*;
use write::*;

pub(crate) use crate::text::duration;
pub(crate) use lines::rfc3339;
pub use read::{from_markdown, read_markdown};
pub use text::{coaching_text, pair_text, reason_text};
pub use write::to_markdown;

use std::collections::{HashMap, VecDeque};
use std::fmt;

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::model::{
    AnswerStyle, Coaching, Cue, FORMAT_VERSION, FollowUpAnswer, FollowUpReason, Note, NoteKind,
    NoteQuestion, PairMarks, PartsHeard, PromptAnswer, ResumePoint, Transcribed,
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

#[cfg(test)]
mod tests;
