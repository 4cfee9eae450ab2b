//! The recordings kept in the data folder's `recordings/`: found by the name `notes show` lists,
//! transcribed again into a new note (the note they came from is never changed), or let go.
//!
//! A recording stays there when the PSW keeps recordings, when its part could not be transcribed,
//! or when the rehearsal closed before its words came back. Finding one is strict, because deleting
//! is one of the things done with it: only a plain file directly in that folder, named as the
//! recorder names them (`SESSION-qN-partN.wav`), and never through a symbolic link.

use crate::notes::{FollowUpAnswer, Note, NoteQuestion, PromptAnswer, Transcribed};
use chrono::{DateTime, FixedOffset};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// Which part of a question a recording holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeptPart {
    /// A prompt ("What have you done?" ...), from 0.
    Prompt(usize),
    /// A follow-up, from 0.
    FollowUp(usize),
    /// Pair practice: the PSW's whole answer to the question.
    Answer,
}

/// A recording found in the recordings folder, and what it is a recording of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Kept {
    pub path: PathBuf,
    /// The file's name, as `notes show` lists it and as the PSW types it back.
    pub name: String,
    /// The rehearsal it was made in: the note of that session holds its part.
    pub session_id: String,
    /// The question, from 0.
    pub question: usize,
    pub part: KeptPart,
}

impl Kept {
    /// "question 2, part 1", "question 1, follow-up 2", "question 3, the PSW's answer".
    pub fn describe(&self) -> String {
        let label = self.part_label();
        // "Part 1" to "part 1"; "PSW" keeps its capitals.
        let mut chars = label.chars();
        let part: String = chars
            .next()
            .map(|c| c.to_lowercase().chain(chars).collect())
            .unwrap_or_default();
        format!("question {}, {part}", self.question + 1)
    }

    /// "Part 1", "Follow-up 2", "The PSW's answer".
    pub fn part_label(&self) -> String {
        match self.part {
            KeptPart::Prompt(i) => format!("Part {}", i + 1),
            KeptPart::FollowUp(i) => format!("Follow-up {}", i + 1),
            KeptPart::Answer => "The PSW's answer".to_string(),
        }
    }
}

/// Reads a recording's name as the recorder writes it: `SESSION-qN-partN.wav`,
/// `SESSION-qN-follow-upN.wav` or (pair practice) `SESSION-qN-answer.wav`, each with `-2`, `-3`...
/// for a second take after a pause. The session's id may hold dashes itself, so the name is read
/// from its end.
pub fn parse_name(name: &str) -> Option<(String, usize, KeptPart)> {
    let stem = name.strip_suffix(".wav")?;
    let mut search = stem.len();
    while let Some(at) = stem[..search].rfind("-q") {
        search = at;
        if at == 0 {
            break;
        }
        if let Some((question, part)) = read_place(&stem[at + 2..]) {
            return Some((stem[..at].to_string(), question, part));
        }
    }
    None
}

/// "2-part1", "1-follow-up2-2", "3-answer": the question (from 0) and the part.
fn read_place(rest: &str) -> Option<(usize, KeptPart)> {
    let (number, rest) = rest.split_once('-')?;
    let question = positive(number)?;
    let (part, tail) = if let Some(r) = rest.strip_prefix("follow-up") {
        let (n, tail) = split_number(r)?;
        (KeptPart::FollowUp(n), tail)
    } else if let Some(r) = rest.strip_prefix("part") {
        let (n, tail) = split_number(r)?;
        (KeptPart::Prompt(n), tail)
    } else {
        (KeptPart::Answer, rest.strip_prefix("answer")?)
    };
    // Nothing after the part but a take's number.
    match tail {
        "" => Some((question, part)),
        _ => tail
            .strip_prefix('-')
            .and_then(positive)
            .map(|_| (question, part)),
    }
}

/// A number counted from 1, as names hold it, to one counted from 0.
fn positive(digits: &str) -> Option<usize> {
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse::<usize>().ok()?.checked_sub(1)
}

/// "1-2" to (0, "-2"): the part's number (from 0) and what follows it.
fn split_number(text: &str) -> Option<(usize, &str)> {
    let end = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    Some((positive(&text[..end])?, &text[end..]))
}

/// Finds the recording `which` (its name, or its path as `notes show` prints it) in the data
/// folder's recordings. Anything else is refused with a sentence saying why, and left alone: a
/// file elsewhere, a symbolic link, a folder, a name the recorder would not have written.
pub fn find(data: &Path, which: &Path) -> Result<Kept, String> {
    let dir = data.join(super::recorder::RECORDINGS_DIR);
    let how_to_list = "`psw-coach notes show NOTE` lists the recordings kept with each note";
    match std::fs::symlink_metadata(&dir) {
        Ok(meta) if meta.is_dir() => {}
        Ok(_) => {
            return Err(format!(
                "{} is not the folder psw-coach keeps recordings in (it is a symbolic link or a \
                 file), so nothing in it was touched",
                dir.display()
            ));
        }
        Err(e) if e.kind() == ErrorKind::NotFound => {
            return Err(format!(
                "there are no kept recordings: {} does not exist",
                dir.display()
            ));
        }
        Err(e) => {
            return Err(format!(
                "{} could not be read: {}",
                dir.display(),
                super::model::plain_io(&e)
            ));
        }
    }
    let Some(name) = which.file_name().and_then(|n| n.to_str()) else {
        return Err(format!(
            "{} does not name a recording: {how_to_list}",
            which.display()
        ));
    };
    // A path must lead to that same folder: nothing elsewhere is transcribed or deleted.
    if let Some(parent) = which.parent().filter(|p| !p.as_os_str().is_empty()) {
        let same = match (parent.canonicalize(), dir.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        };
        if !same {
            return Err(format!(
                "{} is not in your recordings folder, {}: psw-coach only transcribes again or \
                 deletes the recordings it kept there ({how_to_list})",
                which.display(),
                dir.display()
            ));
        }
    }
    let path = dir.join(name);
    match std::fs::symlink_metadata(&path) {
        Ok(meta) if meta.file_type().is_symlink() => {
            return Err(format!(
                "{} is a symbolic link, not a recording psw-coach made, so it was left alone",
                path.display()
            ));
        }
        Ok(meta) if !meta.is_file() => {
            return Err(format!(
                "{} is not a recording file, so it was left alone",
                path.display()
            ));
        }
        Ok(_) => {}
        Err(e) if e.kind() == ErrorKind::NotFound => {
            return Err(format!(
                "there is no recording called {name} in {}: {how_to_list}",
                dir.display()
            ));
        }
        Err(e) => {
            return Err(format!(
                "{} could not be read: {}",
                path.display(),
                super::model::plain_io(&e)
            ));
        }
    }
    let Some((session_id, question, part)) = parse_name(name) else {
        return Err(format!(
            "{name} is not named like a recording psw-coach made (such as \
             SESSION-q1-part1.wav), so it was left alone"
        ));
    };
    Ok(Kept {
        path,
        name: name.to_string(),
        session_id,
        question,
        part,
    })
}

/// The note of the rehearsal the recording was made in, if it was saved.
pub fn note_of<'a>(notes: &'a [(PathBuf, Note)], kept: &Kept) -> Option<&'a (PathBuf, Note)> {
    notes.iter().find(|(_, n)| n.session_id == kept.session_id)
}

/// The text the note keeps for the recording's part, if the note has that part.
pub fn part_text(question: &NoteQuestion, part: KeptPart) -> Option<&str> {
    match part {
        KeptPart::Prompt(i) => question.answers.get(i).map(|a| a.text.as_str()),
        KeptPart::FollowUp(i) => question.follow_ups.get(i).map(|f| f.text.as_str()),
        KeptPart::Answer => question
            .answers
            .iter()
            .find(|a| a.id == crate::drill::pair::SPOKEN_ANSWER_ID)
            .map(|a| a.text.as_str()),
    }
}

/// The recording's question in its note and in every attempt made from that note since (each
/// with the note holding it): where its words may already be.
fn attempts<'a>(
    notes: &'a [(PathBuf, Note)],
    kept: &'a Kept,
) -> impl Iterator<Item = (&'a PathBuf, &'a NoteQuestion)> + 'a {
    let id = note_of(notes, kept)
        .and_then(|(_, n)| n.questions.get(kept.question))
        .map(|q| q.id.as_str());
    notes.iter().filter_map(move |(path, n)| {
        let q = if n.session_id == kept.session_id {
            n.questions.get(kept.question)
        } else {
            n.questions.iter().find(|q| {
                Some(q.id.as_str()) == id && q.refined_from.as_deref() == Some(&kept.session_id)
            })
        }?;
        Some((path, q))
    })
}

/// True when the recording's part has words in its note or in an attempt made from it, so
/// deleting the recording loses no words that are nowhere else.
pub fn part_has_words(notes: &[(PathBuf, Note)], kept: &Kept) -> bool {
    attempts(notes, kept)
        .any(|(_, q)| part_text(q, kept.part).is_some_and(|t| !t.trim().is_empty()))
}

/// What the part asked, as its note has it ("What have you done?", a follow-up's question).
pub fn part_ask(question: &NoteQuestion, part: KeptPart) -> Option<&str> {
    match part {
        KeptPart::Prompt(i) => question.answers.get(i).map(|a| a.ask.as_str()),
        KeptPart::FollowUp(i) => question.follow_ups.get(i).map(|f| f.ask.as_str()),
        KeptPart::Answer => None,
    }
}

/// What becomes of words transcribed again from a kept recording.
#[derive(Debug, Clone, PartialEq)]
pub enum Keeping {
    /// A new note: the question as its note has it, with the words in their part.
    New(Box<Note>),
    /// The words are already in this note (the recording was kept by the setting, or was
    /// transcribed again before): nothing new to keep.
    AlreadyIn(PathBuf),
    /// No saved note holds the rehearsal (it was closed without saving, or is a draft).
    NoNote,
    /// The note has no such question or follow-up.
    NoPart,
}

/// Keeps `words`, heard in `kept`, without changing any note: they go into a new note holding
/// the question as its note has it, with the words after anything already in their part (as the
/// full-screen app puts words that come back into a part's box), marked as transcribed. The new
/// note is an attempt at the same question, refined from the one it came from.
pub fn keep_words(
    notes: &[(PathBuf, Note)],
    kept: &Kept,
    words: &str,
    session_id: String,
    now: DateTime<FixedOffset>,
) -> Keeping {
    let Some((_, original)) = note_of(notes, kept) else {
        return Keeping::NoNote;
    };
    let Some(question) = original.questions.get(kept.question) else {
        return Keeping::NoPart;
    };
    let words = words.trim();
    // Words already in the note or an attempt made from it are not kept again.
    let flat = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    for (path, q) in attempts(notes, kept) {
        if part_text(q, kept.part).is_some_and(|t| flat(t).contains(&flat(words))) {
            return Keeping::AlreadyIn(path.clone());
        }
    }
    let mut edited = question.clone();
    match kept.part {
        KeptPart::Prompt(i) => {
            let Some(a) = edited.answers.get_mut(i) else {
                return Keeping::NoPart;
            };
            add_words(&mut a.text, &mut a.transcribed, words);
        }
        KeptPart::FollowUp(i) => {
            let Some(FollowUpAnswer {
                text,
                transcribed,
                skipped,
                ..
            }) = edited.follow_ups.get_mut(i)
            else {
                return Keeping::NoPart;
            };
            add_words(text, transcribed, words);
            *skipped = false;
        }
        KeptPart::Answer => {
            let spoken = crate::drill::pair::SPOKEN_ANSWER_ID;
            match edited.answers.iter_mut().find(|a| a.id == spoken) {
                Some(a) => add_words(&mut a.text, &mut a.transcribed, words),
                None => edited.answers.push(PromptAnswer {
                    id: spoken.to_string(),
                    ask: "The PSW's answer, as heard".to_string(),
                    seconds: edited.total_seconds,
                    text: words.to_string(),
                    transcribed: Some(Transcribed::AsHeard),
                }),
            }
        }
    }
    // What the note kept as coaching was about the words without these.
    edited.coaching = None;
    let mut note = crate::review::refine_note(original, edited, None, session_id, now);
    note.plan_title = "Transcribed again".to_string();
    Keeping::New(Box::new(note))
}

/// Puts `words` after the part's `text`, and marks the part as transcribed: as heard when the
/// words are all it holds, otherwise with what was heard kept beside what the PSW typed.
fn add_words(text: &mut String, transcribed: &mut Option<Transcribed>, words: &str) {
    let join = |a: &str, b: &str| {
        if a.trim().is_empty() {
            b.to_string()
        } else {
            format!("{}\n\n{b}", a.trim_end())
        }
    };
    let heard_before = transcribed
        .as_ref()
        .map(|t| t.heard(text).to_string())
        .unwrap_or_default();
    let heard = join(&heard_before, words);
    let kept = join(text, words);
    *transcribed = Some(Transcribed::of(&heard, &kept));
    *text = kept;
}

/// Deletes a recording found by [`find`] (which never returns a link or a folder).
pub fn delete(kept: &Kept) -> Result<(), String> {
    std::fs::remove_file(&kept.path).map_err(|e| {
        format!(
            "{} could not be deleted: {}",
            kept.path.display(),
            super::model::plain_io(&e)
        )
    })
}

#[cfg(test)]
mod tests;
