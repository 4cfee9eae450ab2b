//! Notes and drafts on disk.
//!
//! Two promises shape everything here. Nothing typed is lost: a draft is replaced only by a complete,
//! synced copy (temp file, fsync, rename, fsync the folder), and a session's draft is removed only
//! after its note is safely on disk. No note is ever overwritten or deleted: a note gets its final
//! name through `hard_link`, which fails rather than replace a file that is already there, even one
//! that appeared a moment ago from another psw-coach.
//!
//! A draft belongs to the session writing it: while it runs it holds an advisory lock on
//! `drafts/.<draft>.lock`, so a second psw-coach on the same data folder never offers, recovers or
//! deletes a draft that is still being written. Only drafts whose owner is gone are offered.
//! The lock is released when the draft is saved or discarded, or by the system when the process
//! ends in any way, including `kill -9`.
//!
//! No empty notes: a note or draft with nothing typed or rated in it is never written, and an
//! empty draft left by a crash right after a start is removed instead of offered.

mod durable;
mod error;
mod lock;
mod naming;

use durable::*;
use error::*;
use lock::*;
use naming::*;

pub use durable::replace_private;

/// For tests elsewhere in the crate: this thread's note and draft writes fail as on a disk that
/// fills up after `bytes` more bytes; `None` mends the disk.
#[cfg(test)]
pub(crate) fn simulate_full_disk(bytes: Option<usize>) {
    durable::fault::FAIL_AFTER.set(bytes);
}
pub(super) use durable::write_temp;
pub(super) use error::plain_io;
pub use error::{NoteProblem, NoteWarning, StoreError, StoreErrorKind, not_written};
pub use lock::forget_live_drafts;

use std::collections::HashMap;
use std::fmt;
use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU32, Ordering};
use std::time::{Duration, SystemTime};

use chrono::{DateTime, Utc};

use super::format::{read_markdown, to_markdown};
use super::model::Note;
use super::summary::NoteSummary;
use crate::paths::{ReadError, ensure_private_dir, read_text_file};

/// The largest note or draft read. A long mock interview is under 100 KB; a file past this is not a
/// note psw-coach wrote, and reading it whole on every listing would be slow and fill the memory.
pub const MAX_NOTE_BYTES: u64 = crate::paths::MAX_TEXT_BYTES;

/// Enough `-2`, `-3`... names for any number of sessions started in one minute.
const MAX_NAME_TRIES: u32 = 10_000;
const TEMP_SUFFIX: &str = ".tmp";

/// Where notes and drafts live: `<data>/notes` and `<data>/drafts`.
#[derive(Debug, Clone)]
pub struct NotesStore {
    data_dir: PathBuf,
}

/// A draft left by a session that did not finish, read or not.
#[derive(Debug)]
pub struct Draft {
    pub path: PathBuf,
    pub result: Result<Note, NoteProblem>,
}

/// Every readable note, oldest first, and every file that could not be read.
#[derive(Debug, Default)]
pub struct Listing {
    pub notes: Vec<(PathBuf, Note)>,
    pub problems: Vec<NoteProblem>,
    /// The notes folder itself could not be read, so `notes` says nothing about what is there.
    pub folder_problem: Option<NoteProblem>,
}

/// What `notes list` shows: a summary of every readable note, oldest first, and every file that
/// could not be read.
#[derive(Debug, Default)]
pub struct Summaries {
    pub summaries: Vec<NoteSummary>,
    pub problems: Vec<NoteProblem>,
    /// The notes folder itself could not be read.
    pub folder_problem: Option<NoteProblem>,
}

impl NotesStore {
    pub fn new(data_dir: impl Into<PathBuf>) -> NotesStore {
        NotesStore {
            data_dir: data_dir.into(),
        }
    }

    /// The data folder the notes are kept in.
    pub fn data_dir(&self) -> &Path {
        &self.data_dir
    }

    pub fn notes_dir(&self) -> PathBuf {
        self.data_dir.join("notes")
    }

    pub fn drafts_dir(&self) -> PathBuf {
        self.data_dir.join("drafts")
    }

    /// Saves `note` under a new name such as `2026-11-23-1740-mock.md` and returns where. An existing
    /// file is never replaced: the name takes `-2`, `-3`... instead. The session's draft is removed
    /// once the note is safely on disk.
    ///
    /// A note with nothing typed or rated is not kept: the session's draft is removed and the error
    /// is [`StoreErrorKind::NothingToSave`], whose message says so in plain words.
    pub fn save(&self, note: &Note) -> Result<PathBuf, StoreError> {
        self.save_for(note, Operation::Save)
    }

    fn save_for(&self, note: &Note, action: Operation) -> Result<PathBuf, StoreError> {
        if !note.has_content() {
            let draft = self.draft_path(&note.session_id);
            let _ = remove_if_present(&draft);
            release_lock(&draft);
            return Err(StoreError::nothing_to_save(&self.notes_dir()));
        }
        let dir = self.notes_dir();
        // The folder is what a PSW can act on (free space there, fix its owner), so errors name it.
        let fail = |e: io::Error| StoreError::io(action, &dir, &e);
        ensure_dir(&dir).map_err(fail)?;
        let stem = note_stem(note);
        // Where a draft stopped means nothing once it is a note, so a note never says it.
        let text = match note.resume {
            Some(_) => to_markdown(&Note {
                resume: None,
                ..note.clone()
            }),
            None => to_markdown(note),
        };
        let target = link_new(&dir, &stem, text.as_bytes()).map_err(fail)?;
        sync_dir(&dir).map_err(fail)?;

        // Best effort: the note is safe, so failing here must not send the PSW to save it again. A
        // draft left behind is offered for recovery later, which at worst makes a marked duplicate.
        let drafts = self.drafts_dir();
        let draft = drafts.join(draft_file_name(&note.session_id));
        let _ = remove_if_present(&draft);
        let _ = sync_dir(&drafts);
        release_lock(&draft);
        Ok(target)
    }

    /// Where the draft of this session is (or would be) kept.
    pub fn draft_path(&self, session_id: &str) -> PathBuf {
        self.drafts_dir().join(draft_file_name(session_id))
    }

    /// Keeps the latest state of a session in `drafts/<session_id>.md`, replacing its previous draft
    /// only with a complete copy, and marks the draft as this process's own (see the module notes).
    /// A note with nothing in it is not written: its draft, if any, is removed, and the path where
    /// it would be is returned.
    pub fn write_draft(&self, note: &Note) -> Result<PathBuf, StoreError> {
        let dir = self.drafts_dir();
        let name = draft_file_name(&note.session_id);
        let target = dir.join(&name);
        if !note.has_content() {
            return match remove_if_present(&target) {
                Ok(()) => {
                    release_lock(&target);
                    Ok(target)
                }
                Err(e) => Err(StoreError::io(Operation::Draft, &dir, &e)),
            };
        }
        let fail = |e: io::Error| StoreError::io(Operation::Draft, &dir, &e);
        ensure_dir(&dir).map_err(fail)?;
        // Best effort: a disk without locks still keeps the draft, which matters more.
        hold_lock(&target);
        let temp = write_temp(&dir, &name, to_markdown(note).as_bytes()).map_err(fail)?;
        if let Err(e) = fs::rename(&temp, &target) {
            let _ = fs::remove_file(&temp);
            return Err(fail(e));
        }
        sync_dir(&dir).map_err(fail)?;
        Ok(target)
    }

    /// Removes temp files that writes cut short by a crash, a kill or a power cut left in `notes/`
    /// and `drafts/`: only files named as `write_temp` names them, only regular files (a symlink
    /// is never followed or removed), only in folders that really are in the data folder (not a
    /// symlink to elsewhere), and only once stale: `STALE_TEMP_AGE` old, or `ORPHAN_TEMP_AGE`
    /// old with the process named in it gone. Best effort: trouble is left for next time. A temp
    /// file hard-linked to a saved note is only one of its names, so the note is untouched.
    pub fn clean_stale_temps(&self) -> Vec<PathBuf> {
        let now = SystemTime::now();
        let mut removed = Vec::new();
        for dir in [self.notes_dir(), self.drafts_dir()] {
            if !fs::symlink_metadata(&dir).is_ok_and(|m| m.is_dir()) {
                continue;
            }
            let Ok(entries) = fs::read_dir(&dir) else {
                continue;
            };
            for entry in entries.flatten() {
                let Some(owner) = entry.file_name().to_str().and_then(temp_owner) else {
                    continue;
                };
                // Neither looks through a symlink.
                if !entry.file_type().is_ok_and(|t| t.is_file()) {
                    continue;
                }
                let Ok(meta) = entry.metadata() else { continue };
                let age = meta
                    .modified()
                    .ok()
                    .and_then(|m| now.duration_since(m).ok())
                    .unwrap_or_default();
                // The index is only a cache, so its temp file left by a psw-coach that has gone
                // (quit while the index was being written) need not wait a minute.
                let index_temp = entry
                    .file_name()
                    .to_str()
                    .is_some_and(|n| n.starts_with(&format!(".{}.", super::index::INDEX_FILE)));
                let orphan_age = if index_temp {
                    Duration::ZERO
                } else {
                    ORPHAN_TEMP_AGE
                };
                let stale = age >= STALE_TEMP_AGE || (age >= orphan_age && !process_alive(owner));
                let path = entry.path();
                if stale && fs::remove_file(&path).is_ok() {
                    removed.push(path);
                }
            }
        }
        removed
    }

    /// Drafts left by sessions that did not finish, oldest session first: only those whose
    /// psw-coach is gone (a draft still being written by a running session, in this process or
    /// another, is not listed). Temp files are skipped, drafts that cannot be read are listed with
    /// their problem, and empty drafts are removed.
    pub fn drafts(&self) -> Vec<Draft> {
        // Every start looks for drafts, so a crash's leftovers go on the next start.
        self.clean_stale_temps();
        // Only psw-coach writes in the drafts folder: anything there that is not a file is its
        // own, and never opened.
        let mut drafts: Vec<(DateTime<Utc>, Draft)> = markdown_files(&self.drafts_dir())
            .map(|(paths, _)| paths)
            .unwrap_or_default()
            .into_iter()
            .filter_map(|path| {
                // Held while the draft is looked at, so it is not removed from under another copy.
                let _owner = DraftLock::take(&path)?;
                let result = Self::read(&path);
                if result.as_ref().is_ok_and(|note| !note.has_content()) {
                    // Nothing to offer: a crash right after a start. Nothing typed is lost.
                    let _ = remove_if_present(&path);
                    let _ = remove_if_present(&lock_path(&path));
                    return None;
                }
                let when = match &result {
                    Ok(note) => note.started.with_timezone(&Utc),
                    Err(_) => modified(&path),
                };
                Some((when, Draft { path, result }))
            })
            .collect();
        drafts.sort_by(|a, b| a.0.cmp(&b.0).then_with(|| a.1.path.cmp(&b.1.path)));
        drafts.into_iter().map(|(_, d)| d).collect()
    }

    /// Turns a draft into a note with every question marked recovered, then removes the draft. A
    /// draft whose session is still running elsewhere is refused ([`StoreErrorKind::InUse`]).
    pub fn recover(&self, draft: &Path) -> Result<PathBuf, StoreError> {
        if !self.is_draft(draft) {
            return Err(StoreError::not_a_draft(draft));
        }
        // Held until the draft is gone, so two copies cannot recover it into two notes.
        let Some(owner) = DraftLock::take(draft) else {
            return Err(StoreError::in_use(draft));
        };
        let mut note = Self::read_draft(draft, "recover")?;
        for q in &mut note.questions {
            q.recovered = true;
        }
        if !note.has_content() {
            let _ = remove_if_present(draft);
            owner.remove();
            return Err(StoreError {
                path: draft.to_path_buf(),
                kind: StoreErrorKind::NothingToSave,
                message: "The unfinished session had nothing typed in it, so it was removed."
                    .to_string(),
            });
        }
        let saved = self.save_for(&note, Operation::Recover)?;
        // The note is saved; a draft that will not go away is the lesser harm than reporting a
        // failure that invites a second, duplicate recovery.
        let _ = remove_if_present(draft);
        let _ = sync_dir(&self.drafts_dir());
        owner.remove();
        Ok(saved)
    }

    /// Takes over a draft left by a session that is gone, so its rehearsal can go on here: the draft
    /// is read and becomes this process's own live draft (locked, so no other psw-coach offers
    /// it). The resumed session's drafts then replace it in place and saving its note removes it,
    /// so resuming never leaves two drafts or a duplicate note. Refused for a draft still being
    /// written by a running psw-coach ([`StoreErrorKind::InUse`]) and for one renamed by hand,
    /// whose session would write its drafts to another file. [`NotesStore::let_go`] gives it up.
    /// Reads a draft to `doing` it ("recover", "resume"); a draft that does not read is kept as
    /// it was, and the error says so.
    fn read_draft(draft: &Path, doing: &str) -> Result<Note, StoreError> {
        Self::read(draft).map_err(|problem| StoreError {
            path: draft.to_path_buf(),
            kind: StoreErrorKind::Malformed,
            message: format!(
                "Could not {doing} the unfinished session: {problem}. The draft is kept as it \
                 was; it can be opened in any text editor."
            ),
        })
    }

    pub fn resume(&self, draft: &Path) -> Result<Note, StoreError> {
        if !self.is_draft(draft) {
            return Err(StoreError::not_a_draft(draft));
        }
        let Some(owner) = DraftLock::take(draft) else {
            return Err(StoreError::in_use(draft));
        };
        let note = Self::read_draft(draft, "resume")?;
        let own = self.draft_path(&note.session_id);
        if draft.file_name() != own.file_name() {
            return Err(StoreError {
                path: draft.to_path_buf(),
                kind: StoreErrorKind::Other,
                message: format!(
                    "{} has been renamed, so it cannot be resumed (its rehearsal keeps its drafts \
                     in {}). Save it as a note instead.",
                    draft.display(),
                    own.display()
                ),
            });
        }
        if let Ok(mut held) = HELD.lock() {
            held.get_or_insert_with(HashMap::new).insert(own, owner);
        }
        Ok(note)
    }

    /// Gives back a draft taken over by [`NotesStore::resume`], unchanged, so it is offered again.
    pub fn let_go(&self, draft: &Path) {
        release_lock(draft);
    }

    /// Deletes a draft the PSW chose not to keep. Only files in the drafts folder are touched, and
    /// never a draft still being written by another running psw-coach. This process's own draft
    /// (a rehearsal discarded on purpose) can be deleted.
    pub fn discard_draft(&self, draft: &Path) -> Result<(), StoreError> {
        if !self.is_draft(draft) {
            return Err(StoreError::not_a_draft(draft));
        }
        let fail = |path: &Path, e: &io::Error| StoreError::io(Operation::Discard, path, e);
        if held_here(draft) {
            remove_if_present(draft).map_err(|e| fail(draft, &e))?;
            release_lock(draft);
        } else {
            let Some(owner) = DraftLock::take(draft) else {
                return Err(StoreError::in_use(draft));
            };
            remove_if_present(draft).map_err(|e| fail(draft, &e))?;
            owner.remove();
        }
        let dir = self.drafts_dir();
        sync_dir(&dir).map_err(|e| fail(&dir, &e))
    }

    /// Every note, oldest first. A file that cannot be read is reported and left exactly as it is.
    pub fn list(&self) -> Listing {
        let dir = self.notes_dir();
        let mut listing = Listing::default();
        let paths = match markdown_files(&dir) {
            Ok((paths, not_files)) => {
                listing.problems = not_files;
                paths
            }
            Err(e) => {
                listing.folder_problem = Some(NoteProblem {
                    path: dir,
                    line: 0,
                    message: format!("the notes folder could not be read: {}", plain_io(&e)),
                });
                return listing;
            }
        };
        for path in paths {
            match Self::read(&path) {
                Ok(note) => listing.notes.push((path, note)),
                Err(problem) => listing.problems.push(problem),
            }
        }
        listing
            .notes
            .sort_by(|a, b| super::index::note_order((&a.1.started, &a.0), (&b.1.started, &b.0)));
        listing.problems.sort_by(|a, b| a.path.cmp(&b.path));
        listing
    }

    /// One line's worth of facts about every note, oldest first, for `notes list`, from the
    /// notes folder's index ([`NotesStore::index`]): each note is read once, and later listings
    /// only look at each file's metadata and read new or changed notes.
    pub fn summaries(&self) -> Summaries {
        let index = self.index(&|_, _| {});
        Summaries {
            // The same order as `list`, so the numbers match what `notes show N` finds.
            summaries: index
                .notes
                .into_iter()
                .enumerate()
                .map(|(i, n)| NoteSummary {
                    number: i + 1,
                    // The questions practised, as review counts them, not every one the note
                    // holds (a question only glimpsed made "2 questions" where review said 1).
                    questions: n.answers.len(),
                    only_ask: match n.answers[..] {
                        [only] => index
                            .questions
                            .get(only.question as usize)
                            .map(|q| q.ask.clone()),
                        _ => None,
                    },
                    path: n.path,
                    started: n.started,
                    kind: n.kind,
                    title: super::summary::title_of(&n.plan_title),
                    plan: n.plan,
                    total_seconds: n.total_seconds,
                })
                .collect(),
            problems: index.problems,
            folder_problem: index.folder_problem,
        }
    }

    /// Reads one note or draft.
    pub fn read(path: &Path) -> Result<Note, NoteProblem> {
        Self::read_checked(path).map(|(note, _)| note)
    }

    /// Reads one note or draft, with what a hand edit damaged in it, for readers that show a note
    /// to a person (who must be told, not shown "(nothing typed)").
    pub fn read_checked(path: &Path) -> Result<(Note, Vec<NoteWarning>), NoteProblem> {
        let problem = |line: usize, message: String| NoteProblem {
            path: path.to_path_buf(),
            line,
            message,
        };
        let text = read_text_file(path, MAX_NOTE_BYTES).map_err(|e| match e {
            ReadError::NotText { line, .. } => problem(line, e.plain()),
            ReadError::Io(io) => problem(0, format!("could not be read: {}", plain_io(&io))),
            other => problem(0, other.plain()),
        })?;
        // An editor may add a byte-order mark; the note starts after it.
        let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
        let (note, warnings) = read_markdown(text).map_err(|e| problem(e.line, e.message))?;
        let warnings = warnings
            .into_iter()
            .map(|w| NoteWarning {
                path: path.to_path_buf(),
                line: w.line,
                column: w.column,
                message: w.message,
            })
            .collect();
        Ok((note, warnings))
    }

    fn is_draft(&self, path: &Path) -> bool {
        let Some(name) = path.file_name().and_then(|n| n.to_str()) else {
            return false;
        };
        if name.starts_with('.') || !name.ends_with(".md") {
            return false;
        }
        let parent = match path.parent() {
            Some(p) if p.as_os_str().is_empty() => Path::new("."),
            Some(p) => p,
            None => return false,
        };
        match (parent.canonicalize(), self.drafts_dir().canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests;
