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
pub const MAX_NOTE_BYTES: u64 = 16 * 1024 * 1024;

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

/// A file that could not be read as a note. `line` is 0 when the trouble is not on any one line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteProblem {
    pub path: PathBuf,
    pub line: usize,
    pub message: String,
}

impl fmt::Display for NoteProblem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.line == 0 {
            write!(f, "{}: {}", self.path.display(), self.message)
        } else {
            write!(f, "{}:{}: {}", self.path.display(), self.line, self.message)
        }
    }
}

impl std::error::Error for NoteProblem {}

/// Something a hand edit damaged in a note that still reads (see [`super::FormatWarning`]), with
/// the file it is in, shown as `file:line:column: message` as compilers and editors do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteWarning {
    pub path: PathBuf,
    pub line: usize,
    pub column: Option<usize>,
    pub message: String,
}

impl fmt::Display for NoteWarning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.path.display(), self.line)?;
        if let Some(c) = self.column {
            write!(f, ":{c}")?;
        }
        write!(f, ": {}", self.message)
    }
}

/// What kind of trouble stopped a write, so the caller can decide what to offer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StoreErrorKind {
    ReadOnly,
    PermissionDenied,
    DiskFull,
    /// A draft to recover could not be read as a note; it is left untouched.
    Malformed,
    /// Nothing was typed or rated, so there is no note to keep (and none was written).
    NothingToSave,
    /// The draft belongs to a psw-coach that is still running; it was left alone.
    InUse,
    Other,
}

impl StoreErrorKind {
    pub fn from_io(kind: io::ErrorKind) -> StoreErrorKind {
        match kind {
            io::ErrorKind::ReadOnlyFilesystem => StoreErrorKind::ReadOnly,
            io::ErrorKind::PermissionDenied => StoreErrorKind::PermissionDenied,
            io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => StoreErrorKind::DiskFull,
            _ => StoreErrorKind::Other,
        }
    }
}

/// A write that failed. `message` is the whole plain-English sentence to show, and Display shows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoreError {
    pub path: PathBuf,
    pub kind: StoreErrorKind,
    pub message: String,
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for StoreError {}

#[derive(Debug, Clone, Copy)]
enum Action {
    Save,
    Draft,
    Recover,
    Discard,
}

impl StoreError {
    fn io(action: Action, path: &Path, err: &io::Error) -> StoreError {
        let kind = StoreErrorKind::from_io(err.kind());
        let (reason, advice) = match kind {
            StoreErrorKind::ReadOnly => ("the disk is read-only".to_string(), "make it writable"),
            StoreErrorKind::PermissionDenied => (
                "psw-coach is not allowed to write there".to_string(),
                "check who owns that folder",
            ),
            StoreErrorKind::DiskFull => ("the disk is full".to_string(), "free some space"),
            StoreErrorKind::Malformed
            | StoreErrorKind::NothingToSave
            | StoreErrorKind::InUse
            | StoreErrorKind::Other => match os_error_in_words(err) {
                Some(words) => (words.to_string(), "check that folder"),
                None => (
                    format!("the disk reported a problem ({})", without_os_error(err)),
                    "check the disk",
                ),
            },
        };
        let shown = path.display();
        let message = match action {
            // Which key tries again depends on the screen, so the caller says that part.
            Action::Save => format!(
                "Could not save your answer: {reason} ({shown}). {advice_cap}, then try again.",
                advice_cap = capitalise(advice)
            ),
            Action::Draft => format!(
                "Could not keep a safety copy of your answer: {reason} ({shown}). {advice_cap}.",
                advice_cap = capitalise(advice)
            ),
            Action::Recover => format!(
                "Could not recover the unfinished session: {reason} ({shown}). The draft is kept \
                 as it was; {advice} and try again."
            ),
            Action::Discard => format!(
                "Could not remove the draft: {reason} ({shown}). {advice_cap} and try again.",
                advice_cap = capitalise(advice)
            ),
        };
        StoreError {
            path: path.to_path_buf(),
            kind,
            message,
        }
    }

    fn nothing_to_save(path: &Path) -> StoreError {
        StoreError {
            path: path.to_path_buf(),
            kind: StoreErrorKind::NothingToSave,
            message: "Nothing was typed, so no note was saved.".to_string(),
        }
    }

    fn in_use(path: &Path) -> StoreError {
        StoreError {
            path: path.to_path_buf(),
            kind: StoreErrorKind::InUse,
            message: format!(
                "{} belongs to a rehearsal that is still running in another psw-coach, so it was \
                 left alone.",
                path.display()
            ),
        }
    }

    fn not_a_draft(path: &Path) -> StoreError {
        StoreError {
            path: path.to_path_buf(),
            kind: StoreErrorKind::Other,
            message: format!(
                "{} is not a psw-coach draft, so it was left alone.",
                path.display()
            ),
        }
    }
}

fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

impl NotesStore {
    pub fn new(data_dir: impl Into<PathBuf>) -> NotesStore {
        NotesStore {
            data_dir: data_dir.into(),
        }
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
        self.save_for(note, Action::Save)
    }

    fn save_for(&self, note: &Note, action: Action) -> Result<PathBuf, StoreError> {
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
                Err(e) => Err(StoreError::io(Action::Draft, &dir, &e)),
            };
        }
        let fail = |e: io::Error| StoreError::io(Action::Draft, &dir, &e);
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
    /// and `drafts/`: only files named as [`write_temp`] names them, only regular files (a symlink
    /// is never followed or removed), only in folders that really are in the data folder (not a
    /// symlink to elsewhere), and only once stale: [`STALE_TEMP_AGE`] old, or [`ORPHAN_TEMP_AGE`]
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
                let stale =
                    age >= STALE_TEMP_AGE || (age >= ORPHAN_TEMP_AGE && !process_alive(owner));
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
        let mut drafts: Vec<(DateTime<Utc>, Draft)> = markdown_files(&self.drafts_dir())
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
        let mut note = Self::read(draft).map_err(|problem| StoreError {
            path: draft.to_path_buf(),
            kind: StoreErrorKind::Malformed,
            message: format!(
                "Could not recover the unfinished session: {problem}. The draft is kept as it \
                 was; it can be opened in any text editor."
            ),
        })?;
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
        let saved = self.save_for(&note, Action::Recover)?;
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
    pub fn resume(&self, draft: &Path) -> Result<Note, StoreError> {
        if !self.is_draft(draft) {
            return Err(StoreError::not_a_draft(draft));
        }
        let Some(owner) = DraftLock::take(draft) else {
            return Err(StoreError::in_use(draft));
        };
        let note = Self::read(draft).map_err(|problem| StoreError {
            path: draft.to_path_buf(),
            kind: StoreErrorKind::Malformed,
            message: format!(
                "Could not resume the unfinished session: {problem}. The draft is kept as it \
                 was; it can be opened in any text editor."
            ),
        })?;
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
        let fail = |path: &Path, e: &io::Error| StoreError::io(Action::Discard, path, e);
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
            Ok(paths) => paths,
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
            .sort_by(|a, b| a.1.started.cmp(&b.1.started).then_with(|| a.0.cmp(&b.0)));
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
                    path: n.path,
                    started: n.started,
                    kind: n.kind,
                    title: super::summary::title_of(&n.plan_title),
                    plan: n.plan,
                    questions: n.questions,
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
            ReadError::NotText { line } => problem(line, e.plain()),
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

/// Stands in for this process ending, for tests that play a crash and a new start in one process:
/// the locks it holds on live drafts under `data_dir` are let go, as the system lets go a killed
/// process's locks. The drafts and lock files stay, as they do after a kill.
#[doc(hidden)]
pub fn forget_live_drafts(data_dir: &Path) {
    let Ok(mut held) = HELD.lock() else { return };
    if let Some(held) = held.as_mut() {
        held.retain(|path, _| !path.starts_with(data_dir));
    }
}

/// The locks this process holds on its own live drafts, by draft path. A static, because callers
/// make a new `NotesStore` whenever they need one, and the lock must outlive each of them.
static HELD: Mutex<Option<HashMap<PathBuf, DraftLock>>> = Mutex::new(None);

/// `drafts/.<draft name>.lock`: hidden, so it is never listed as a draft.
fn lock_path(draft: &Path) -> PathBuf {
    let name = draft
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    draft.with_file_name(format!(".{name}.lock"))
}

/// Marks `draft` as this process's own, once; later calls do nothing.
fn hold_lock(draft: &Path) {
    let Ok(mut held) = HELD.lock() else { return };
    let held = held.get_or_insert_with(HashMap::new);
    if !held.contains_key(draft)
        && let Some(lock) = DraftLock::take(draft)
    {
        held.insert(draft.to_path_buf(), lock);
    }
}

fn held_here(draft: &Path) -> bool {
    HELD.lock()
        .ok()
        .is_some_and(|held| held.as_ref().is_some_and(|h| h.contains_key(draft)))
}

/// The draft is saved or discarded: its lock file goes and the lock is released.
fn release_lock(draft: &Path) {
    let lock = HELD
        .lock()
        .ok()
        .and_then(|mut held| held.as_mut().and_then(|h| h.remove(draft)));
    if let Some(lock) = lock {
        lock.remove();
    }
}

/// An exclusive advisory lock on a draft's lock file, released when dropped (and by the system
/// when the process ends, however it ends).
#[derive(Debug)]
struct DraftLock {
    path: PathBuf,
    file: Option<File>,
}

impl DraftLock {
    /// Takes the draft's lock, or None when a running psw-coach (this one included) holds it.
    /// Where locks cannot be made (a read-only disk, a file system without them) nobody can hold
    /// one, so the draft counts as ownerless and is returned with no lock.
    fn take(draft: &Path) -> Option<DraftLock> {
        let path = lock_path(draft);
        // Twice at most: the lock file can be removed by its owner between opening and locking.
        for _ in 0..2 {
            let file = match open_lock_file(&path) {
                Ok(file) => file,
                Err(_) => return Some(DraftLock { path, file: None }),
            };
            match file.try_lock() {
                Ok(()) => {}
                Err(fs::TryLockError::WouldBlock) => return None,
                Err(fs::TryLockError::Error(_)) => return Some(DraftLock { path, file: None }),
            }
            if same_file(&file, &path) {
                return Some(DraftLock {
                    path,
                    file: Some(file),
                });
            }
        }
        None
    }

    /// Removes the lock file, then lets the lock go.
    fn remove(self) {
        if self.file.is_some() {
            let _ = remove_if_present(&self.path);
        }
    }
}

fn open_lock_file(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.read(true).write(true).create(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    options.open(path)
}

/// True when the open lock file is still the one at `path` (not removed and made anew).
#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

/// A system error a PSW can act on, in words rather than "Not a directory (os error 20)".
fn os_error_in_words(err: &io::Error) -> Option<&'static str> {
    // Errors made here already say what is wrong in words; only the system's own are translated.
    err.raw_os_error()?;
    match err.kind() {
        io::ErrorKind::NotADirectory => Some("part of that path is a file, not a folder"),
        io::ErrorKind::NotFound => Some("a folder on that path does not exist"),
        io::ErrorKind::AlreadyExists => Some("a file of that name is in the way"),
        _ => None,
    }
}

/// The system's description without its error number, which means nothing to a PSW.
fn without_os_error(err: &io::Error) -> String {
    let text = err.to_string();
    match (err.raw_os_error(), text.rfind(" (os error ")) {
        (Some(_), Some(at)) => text[..at].to_string(),
        _ => text,
    }
}

pub(super) fn plain_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "it does not exist".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::NotADirectory => "it is a file, not a folder".to_string(),
        _ => e.to_string(),
    }
}

/// `2026-11-23-1740-mock`, from the start time as the PSW saw it on their clock.
fn note_stem(note: &Note) -> String {
    format!(
        "{}-{}",
        note.started.format("%Y-%m-%d-%H%M"),
        plan_slug(&note.plan)
    )
}

/// ASCII letters and digits only, so the name is safe on every disk and in every sync tool.
fn plan_slug(plan: &str) -> String {
    let mut slug = String::new();
    for c in plan.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') {
            slug.push('-');
        }
    }
    let slug: String = slug.trim_matches('-').chars().take(60).collect();
    let slug = slug.trim_end_matches('-');
    if slug.is_empty() {
        "session".to_string()
    } else {
        slug.to_string()
    }
}

/// `<session_id>.md`. An id that is not already a safe name is cleaned and given a short fixed
/// hash of the original, so two odd ids cannot end up sharing (and replacing) one draft.
fn draft_file_name(session_id: &str) -> String {
    let clean: String = session_id
        .chars()
        .take(100)
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '-'
            }
        })
        .collect();
    if clean == session_id && !clean.is_empty() {
        format!("{clean}.md")
    } else {
        format!("{clean}-{:016x}.md", fnv1a(session_id.as_bytes()))
    }
}

// Stable across Rust releases, unlike the standard library's hasher, so a draft keeps its name.
fn fnv1a(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf2_9ce4_8422_2325, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
    })
}

/// Creates the folder privately. Folders made just now are synced into their parents too, or a
/// note synced inside them could vanish with them in a power cut.
fn ensure_dir(dir: &Path) -> io::Result<()> {
    let created: Vec<&Path> = dir
        .ancestors()
        .take_while(|d| !d.as_os_str().is_empty() && !d.is_dir())
        .collect();
    ensure_private_dir(dir)?;
    for new in created.iter().rev() {
        if let Some(parent) = new.parent().filter(|p| !p.as_os_str().is_empty()) {
            sync_dir(parent)?;
        }
    }
    Ok(())
}

/// A temp file of a write cut short by a crash (see [`write_temp`]) is removed once it is this old,
/// whoever wrote it: a write takes milliseconds, so one this old was never finished.
const STALE_TEMP_AGE: Duration = Duration::from_secs(60 * 60);
/// ...or once it is this old and the process named in it is gone. The wait covers a writer on
/// another machine sharing the folder, whose process number means nothing here.
const ORPHAN_TEMP_AGE: Duration = Duration::from_secs(60);

/// The process that wrote a temp file named by [`write_temp`]: `.<name>.<pid>.<n>.tmp`. None for
/// any other name, so nothing else is ever taken for one of ours.
fn temp_owner(file_name: &str) -> Option<u32> {
    let inner = file_name.strip_prefix('.')?.strip_suffix(TEMP_SUFFIX)?;
    let mut parts = inner.rsplitn(3, '.');
    let counter = parts.next()?;
    let pid = parts.next()?;
    let name = parts.next()?;
    let digits = |s: &str| !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit());
    if name.is_empty() || !digits(counter) || !digits(pid) {
        return None;
    }
    pid.parse().ok()
}

/// Whether a process with this number is running here (one owned by another user counts).
fn process_alive(pid: u32) -> bool {
    if pid == std::process::id() {
        return true;
    }
    #[cfg(unix)]
    {
        let Ok(pid) = libc::pid_t::try_from(pid) else {
            return false;
        };
        if pid <= 0 {
            return false;
        }
        // Signal 0 checks only that the process exists and may be signalled.
        // SAFETY: kill with signal 0 sends nothing and touches no memory.
        let result = unsafe { libc::kill(pid, 0) };
        result == 0 || io::Error::last_os_error().raw_os_error() == Some(libc::EPERM)
    }
    #[cfg(not(unix))]
    {
        true
    }
}

/// Creates a hidden temp file beside its final place, writes and syncs it, and returns its path.
/// On failure the temp file is gone.
pub(super) fn write_temp(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    static COUNTER: AtomicU32 = AtomicU32::new(0);
    loop {
        let n = COUNTER.fetch_add(1, Ordering::Relaxed);
        let temp = dir.join(format!(".{name}.{}.{n}{TEMP_SUFFIX}", std::process::id()));
        match create_private(&temp) {
            Ok(mut file) => {
                return match write_synced(&mut file, bytes) {
                    Ok(()) => Ok(temp),
                    Err(e) => {
                        drop(file);
                        let _ = fs::remove_file(&temp);
                        Err(e)
                    }
                };
            }
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
}

/// Gives `bytes` the first free name `<stem>.md`, `<stem>-2.md`, ... in `dir`, never replacing a file.
fn link_new(dir: &Path, stem: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    let temp = write_temp(dir, &format!("{stem}.md"), bytes)?;
    let result = link_first_free(dir, stem, &temp, bytes, true);
    let _ = fs::remove_file(&temp);
    result
}

fn link_first_free(
    dir: &Path,
    stem: &str,
    temp: &Path,
    bytes: &[u8],
    mut use_links: bool,
) -> io::Result<PathBuf> {
    for n in 1..=MAX_NAME_TRIES {
        let target = if n == 1 {
            dir.join(format!("{stem}.md"))
        } else {
            dir.join(format!("{stem}-{n}.md"))
        };
        let attempt = if use_links {
            fs::hard_link(temp, &target)
        } else {
            write_new(&target, bytes)
        };
        match attempt {
            Ok(()) => return Ok(target),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
            // Some disks (FAT, some network shares) have no hard links. Creating the file with
            // create_new still never replaces one; if the folder is truly not writable this fails
            // again with the real reason.
            Err(e)
                if use_links
                    && matches!(
                        e.kind(),
                        io::ErrorKind::Unsupported | io::ErrorKind::PermissionDenied
                    ) =>
            {
                use_links = false;
                match write_new(&target, bytes) {
                    Ok(()) => return Ok(target),
                    Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                    Err(e) => return Err(e),
                }
            }
            Err(e) => return Err(e),
        }
    }
    Err(io::Error::other(format!(
        "every name for {stem}.md is already taken"
    )))
}

/// Writes a brand-new file; a half-written one is removed, since it is ours and not yet a note.
fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = create_private(path)?;
    write_synced(&mut file, bytes).inspect_err(|_| {
        let _ = fs::remove_file(path);
    })
}

fn create_private(path: &Path) -> io::Result<File> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = options.open(path)?;
    // The mode above is filtered by the umask; set it outright so the file is exactly 0600.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        file.set_permissions(fs::Permissions::from_mode(0o600))?;
    }
    Ok(file)
}

fn write_synced(file: &mut File, bytes: &[u8]) -> io::Result<()> {
    #[cfg(test)]
    if let Some(allowed) = fault::FAIL_AFTER.get() {
        // An injected fault: the disk fills after `allowed` more bytes.
        let n = allowed.min(bytes.len());
        file.write_all(&bytes[..n])?;
        fault::FAIL_AFTER.set(Some(allowed - n));
        if n < bytes.len() {
            return Err(io::Error::from(io::ErrorKind::StorageFull));
        }
        return file.sync_all();
    }
    file.write_all(bytes)?;
    file.sync_all()
}

/// Fault injection for tests: a write that fails part-way, as on a disk that fills up.
#[cfg(test)]
mod fault {
    use std::cell::Cell;
    thread_local! {
        pub static FAIL_AFTER: Cell<Option<usize>> = const { Cell::new(None) };
    }
}

/// Makes a new, renamed or removed name in `dir` survive a power cut.
fn sync_dir(dir: &Path) -> io::Result<()> {
    #[cfg(unix)]
    {
        match File::open(dir).and_then(|d| d.sync_all()) {
            // Some file systems cannot sync a folder; there is nothing more to be done there.
            Err(e)
                if matches!(
                    e.kind(),
                    io::ErrorKind::InvalidInput | io::ErrorKind::Unsupported
                ) =>
            {
                Ok(())
            }
            other => other,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = dir;
        Ok(())
    }
}

fn remove_if_present(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

/// The `.md` files in `dir` that are not hidden (temp files are hidden), in name order. A missing
/// folder is empty. The index's listing, without its stamps: one rule for what counts as a note.
fn markdown_files(dir: &Path) -> io::Result<Vec<PathBuf>> {
    super::index::markdown_files_with_stamps(dir)
        .map(|files| files.into_iter().map(|(path, _, _)| path).collect())
}

fn modified(path: &Path) -> DateTime<Utc> {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .map(DateTime::<Utc>::from)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notes::model::{AnswerStyle, FORMAT_VERSION, NoteQuestion, PromptAnswer};
    use chrono::{DateTime, FixedOffset};

    fn note(session: &str, started: &str, plan: &str) -> Note {
        Note {
            format: FORMAT_VERSION,
            session_id: session.to_string(),
            plan: plan.to_string(),
            banks: vec!["cqc-core".to_string()],
            started: DateTime::<FixedOffset>::parse_from_rfc3339(started).unwrap(),
            finished: None,
            style: AnswerStyle::Written,
            questions: vec![NoteQuestion {
                id: "q1".to_string(),
                topic: "waiting-times".to_string(),
                quality_statements: vec!["assessing-needs".to_string()],
                ask: "How do you know people are not waiting too long?".to_string(),
                answers: vec![PromptAnswer {
                    id: "done".to_string(),
                    ask: "What have you done?".to_string(),
                    seconds: 65,
                    text: "Weekly triage huddle.".to_string(),
                }],
                follow_ups: vec![],
                total_seconds: 65,
                target_seconds: 120,
                rating: None,
                reflection: None,
                recovered: false,
                ..NoteQuestion::default()
            }],
            ..Note::default()
        }
    }

    fn sample() -> Note {
        note("s-1", "2026-11-23T17:40:00+00:00", "mock")
    }

    /// Every file in `dir` but the lock files of live drafts.
    fn names(dir: &Path) -> Vec<String> {
        let mut names: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| !n.ends_with(".lock"))
            .collect();
        names.sort();
        names
    }

    #[cfg(unix)]
    fn mode(path: &Path) -> u32 {
        use std::os::unix::fs::PermissionsExt;
        fs::metadata(path).unwrap().permissions().mode() & 0o777
    }

    /// What the system does when a process ends: every lock it held is released. (Tests in this
    /// process use different folders, so only this test's drafts are let go.)
    fn process_ends(data_dir: &Path) {
        forget_live_drafts(data_dir);
    }

    #[test]
    fn new_does_no_io() {
        let store = NotesStore::new("/nonexistent/psw-coach");
        assert_eq!(store.notes_dir(), Path::new("/nonexistent/psw-coach/notes"));
        assert_eq!(
            store.drafts_dir(),
            Path::new("/nonexistent/psw-coach/drafts")
        );
        assert!(store.list().notes.is_empty());
        assert!(store.drafts().is_empty());
    }

    #[test]
    fn file_names_come_from_local_start_and_plan() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let summer = note("a", "2026-06-23T17:40:00+01:00", "topic waiting-times");
        let path = store.save(&summer).unwrap();
        assert_eq!(
            path.file_name().unwrap(),
            "2026-06-23-1740-topic-waiting-times.md"
        );
        assert_eq!(plan_slug("Random 5"), "random-5");
        assert_eq!(plan_slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(plan_slug("équipe  / ünits"), "quipe-nits");
        assert_eq!(plan_slug("///"), "session");
    }

    #[test]
    fn saved_note_reads_back() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let path = store.save(&sample()).unwrap();
        assert_eq!(path.parent().unwrap(), store.notes_dir());
        assert_eq!(NotesStore::read(&path).unwrap(), sample());
    }

    #[test]
    fn save_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        fs::create_dir_all(store.notes_dir()).unwrap();
        let taken = store.notes_dir().join("2026-11-23-1740-mock.md");
        fs::write(&taken, "my own file, not a note").unwrap();

        let first = store.save(&sample()).unwrap();
        let second = store.save(&sample()).unwrap();
        assert_eq!(first.file_name().unwrap(), "2026-11-23-1740-mock-2.md");
        assert_eq!(second.file_name().unwrap(), "2026-11-23-1740-mock-3.md");
        assert_eq!(
            fs::read_to_string(&taken).unwrap(),
            "my own file, not a note"
        );
        assert_eq!(
            names(&store.notes_dir()),
            [
                "2026-11-23-1740-mock-2.md",
                "2026-11-23-1740-mock-3.md",
                "2026-11-23-1740-mock.md"
            ]
        );
    }

    #[test]
    fn without_hard_links_names_are_still_never_reused() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("n.md"), "first").unwrap();
        let temp = dir.path().join(".n.md.tmp");
        let path = link_first_free(dir.path(), "n", &temp, b"second", false).unwrap();
        assert_eq!(path, dir.path().join("n-2.md"));
        assert_eq!(
            fs::read_to_string(dir.path().join("n.md")).unwrap(),
            "first"
        );
        assert_eq!(fs::read_to_string(&path).unwrap(), "second");
        #[cfg(unix)]
        assert_eq!(mode(&path), 0o600);
    }

    #[test]
    fn two_saves_of_one_note_make_two_files() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let a = store.save(&sample()).unwrap();
        let b = store.save(&sample()).unwrap();
        assert_ne!(a, b);
        assert_eq!(store.list().notes.len(), 2);
    }

    #[test]
    fn saves_racing_in_threads_never_share_a_file() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let paths: Vec<PathBuf> = std::thread::scope(|s| {
            let handles: Vec<_> = (0..8).map(|_| s.spawn(|| store.save(&sample()))).collect();
            handles
                .into_iter()
                .map(|h| h.join().unwrap().unwrap())
                .collect()
        });
        let mut unique = paths.clone();
        unique.sort();
        unique.dedup();
        assert_eq!(unique.len(), 8);
        assert_eq!(names(&store.notes_dir()).len(), 8, "no temp files left");
    }

    #[cfg(unix)]
    #[test]
    fn notes_and_drafts_are_private() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let draft = store.write_draft(&sample()).unwrap();
        assert_eq!(mode(&draft), 0o600);
        assert_eq!(mode(&store.drafts_dir()), 0o700);
        let saved = store.save(&sample()).unwrap();
        assert_eq!(mode(&saved), 0o600);
        assert_eq!(mode(&store.notes_dir()), 0o700);
    }

    #[test]
    fn draft_is_replaced_whole_and_leaves_no_temp_files() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let mut n = sample();
        let first = store.write_draft(&n).unwrap();
        n.questions[0].answers[0]
            .text
            .push_str(" And a second thought.");
        let second = store.write_draft(&n).unwrap();
        assert_eq!(first, second);
        assert_eq!(first.file_name().unwrap(), "s-1.md");
        assert_eq!(names(&store.drafts_dir()), ["s-1.md"]);
        assert_eq!(NotesStore::read(&second).unwrap(), n);
    }

    #[test]
    fn odd_session_ids_make_safe_distinct_draft_names() {
        let a = draft_file_name("../x y");
        let b = draft_file_name("../x-y");
        assert!(a.starts_with("---x-y-") && a.ends_with(".md"), "{a}");
        assert_ne!(a, b);
        assert_eq!(
            draft_file_name("20261123-174000-ab12"),
            "20261123-174000-ab12.md"
        );
        assert!(!draft_file_name("").starts_with('.'));
    }

    #[test]
    fn saving_removes_the_sessions_draft_only() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        store.write_draft(&sample()).unwrap();
        let other = note("s-2", "2026-11-24T09:00:00+00:00", "mock");
        store.write_draft(&other).unwrap();
        store.save(&sample()).unwrap();
        assert_eq!(names(&store.drafts_dir()), ["s-2.md"]);
    }

    #[test]
    fn a_live_draft_is_never_offered_recovered_or_discarded_by_another_copy() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let draft = store.write_draft(&sample()).unwrap();
        // Another psw-coach on the same folder, seen through a store of its own.
        let other = NotesStore::new(dir.path());
        assert!(
            other.drafts().is_empty(),
            "a running session's draft is not offered"
        );
        let err = other.recover(&draft).unwrap_err();
        assert_eq!(err.kind, StoreErrorKind::InUse);
        assert!(err.message.contains("still running"), "{err}");
        assert!(draft.exists());
        assert!(other.list().notes.is_empty(), "no duplicate note");

        // Stand in for the other process with a lock taken the way another process takes it.
        process_ends(dir.path());
        let elsewhere = DraftLock::take(&draft).unwrap();
        assert!(store.drafts().is_empty());
        assert_eq!(
            store.discard_draft(&draft).unwrap_err().kind,
            StoreErrorKind::InUse
        );
        assert!(draft.exists());
        drop(elsewhere);

        // Its owner is gone: now it is offered, once.
        let drafts = store.drafts();
        assert_eq!(drafts.len(), 1);
        store.recover(&drafts[0].path).unwrap();
        assert!(store.drafts().is_empty());
        assert_eq!(names(&store.drafts_dir()), Vec::<String>::new());
        assert!(
            !store.drafts_dir().join(".s-1.md.lock").exists(),
            "the lock file goes with the draft"
        );
    }

    #[test]
    fn own_draft_can_be_discarded_and_saving_releases_it() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let draft = store.write_draft(&sample()).unwrap();
        NotesStore::new(dir.path()).discard_draft(&draft).unwrap();
        assert!(!draft.exists());
        assert!(!held_here(&draft));

        store.write_draft(&sample()).unwrap();
        assert!(held_here(&draft));
        store.save(&sample()).unwrap();
        assert!(!held_here(&draft));
        assert!(fs::read_dir(store.drafts_dir()).unwrap().next().is_none());
    }

    #[test]
    fn no_empty_notes_and_no_empty_drafts() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let mut empty = sample();
        empty.questions[0].answers[0].text = "  \n ".into();
        let path = store.write_draft(&empty).unwrap();
        assert!(!path.exists(), "an empty draft is not written");
        let err = store.save(&empty).unwrap_err();
        assert_eq!(err.kind, StoreErrorKind::NothingToSave);
        assert_eq!(err.to_string(), "Nothing was typed, so no note was saved.");
        assert!(store.list().notes.is_empty());

        // Typed, then all deleted again: the old draft goes too, since it no longer says anything.
        store.write_draft(&sample()).unwrap();
        store.write_draft(&empty).unwrap();
        assert!(!path.exists());

        // An empty draft left by a crash right after a start (an older psw-coach wrote these).
        fs::create_dir_all(store.drafts_dir()).unwrap();
        fs::write(store.drafts_dir().join("old.md"), to_markdown(&empty)).unwrap();
        assert!(store.drafts().is_empty(), "not offered");
        assert!(!store.drafts_dir().join("old.md").exists(), "and removed");
        fs::write(store.drafts_dir().join("old.md"), to_markdown(&empty)).unwrap();
        let err = store
            .recover(&store.drafts_dir().join("old.md"))
            .unwrap_err();
        assert_eq!(err.kind, StoreErrorKind::NothingToSave);
        assert!(
            store.list().notes.is_empty(),
            "never recovered as an empty note"
        );
    }

    #[test]
    fn special_and_huge_files_are_reported_not_read() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        store.save(&sample()).unwrap();
        let huge = store.notes_dir().join("2026-01-01-0000-huge.md");
        let file = File::create(&huge).unwrap();
        file.set_len(MAX_NOTE_BYTES + 1).unwrap();
        let listing = store.list();
        assert_eq!(listing.notes.len(), 1);
        assert_eq!(listing.problems.len(), 1);
        assert!(
            listing.problems[0].message.contains("larger than 16 MB"),
            "{}",
            listing.problems[0]
        );
        #[cfg(unix)]
        {
            let fifo = store.notes_dir().join("2026-01-02-0000-pipe.md");
            let c = std::ffi::CString::new(fifo.as_os_str().as_encoded_bytes()).unwrap();
            // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
            assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
            let err = NotesStore::read(&fifo).unwrap_err();
            assert!(err.message.contains("not an ordinary file"), "{err}");
        }
    }

    #[test]
    fn a_note_with_a_byte_order_mark_reads() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("n.md");
        fs::write(&path, format!("\u{feff}{}", to_markdown(&sample()))).unwrap();
        assert_eq!(NotesStore::read(&path).unwrap(), sample());
    }

    #[test]
    fn a_write_that_fails_part_way_loses_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let mut n = sample();
        let draft = store.write_draft(&n).unwrap();
        let before = fs::read(&draft).unwrap();

        // The disk fills 100 bytes into the next draft.
        n.questions[0].answers[0]
            .text
            .push_str(" Then a long second thought.");
        fault::FAIL_AFTER.set(Some(100));
        let err = store.write_draft(&n).unwrap_err();
        assert_eq!(err.kind, StoreErrorKind::DiskFull);
        assert!(err.message.contains("the disk is full"), "{err}");
        assert_eq!(
            fs::read(&draft).unwrap(),
            before,
            "the last good draft is whole"
        );
        assert_eq!(
            names(&store.drafts_dir()),
            ["s-1.md"],
            "no half-written temp file"
        );

        // The note itself fails part-way too: no note, no stray file, the draft still there.
        fault::FAIL_AFTER.set(Some(100));
        let err = store.save(&n).unwrap_err();
        assert_eq!(err.kind, StoreErrorKind::DiskFull);
        assert_eq!(names(&store.notes_dir()), Vec::<String>::new());
        assert_eq!(fs::read(&draft).unwrap(), before);

        // Space is freed: the retry keeps every word.
        fault::FAIL_AFTER.set(None);
        let saved = store.save(&n).unwrap();
        assert_eq!(NotesStore::read(&saved).unwrap(), n);
        assert!(!draft.exists());
    }

    #[test]
    fn emoji_combining_accents_and_right_to_left_text_are_kept_exactly() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let mut n = sample();
        n.questions[0].answers[0].text =
            "Families 👨‍👩‍👧 said 🙂; Zoe\u{301} and Rene\u{301}e led it.\nقالت العائلة إن الانتظار قصير. והצוות הסכים.\n\u{202b}mixed עברית 40%\u{202c} end".into();
        let draft = store.write_draft(&n).unwrap();
        assert_eq!(NotesStore::read(&draft).unwrap(), n);
        let saved = store.save(&n).unwrap();
        assert_eq!(NotesStore::read(&saved).unwrap(), n);
    }

    #[test]
    fn summaries_match_the_notes_and_come_from_the_index_once_read() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        store
            .save(&note("b", "2026-11-24T09:00:00+00:00", "mock"))
            .unwrap();
        let a = store
            .save(&note("a", "2026-11-23T09:00:00+00:00", "topic caseloads"))
            .unwrap();
        fs::write(
            store.notes_dir().join("2026-01-01-0000-bad.md"),
            "not a note",
        )
        .unwrap();

        let expected = NoteSummary::numbered(&store.list().notes);
        let first = store.summaries();
        assert_eq!(first.summaries, expected);
        assert_eq!(first.problems.len(), 1, "a bad note is reported every time");
        let index = store.notes_dir().join(super::super::index::INDEX_FILE);
        #[cfg(unix)]
        assert_eq!(mode(&index), 0o600, "the index is as private as the notes");
        assert_eq!(
            store.list().notes.len(),
            2,
            "the index is never listed as a note"
        );

        // The second listing trusts the index for unchanged files: a planted plan shows through.
        let planted = fs::read_to_string(&index)
            .unwrap()
            .replace("topic caseloads", "from the index");
        fs::write(&index, planted).unwrap();
        let second = store.summaries();
        assert_eq!(second.summaries[0].plan, "from the index");
        assert_eq!(second.problems.len(), 1);

        // A note edited by hand is read again.
        let text = fs::read_to_string(&a)
            .unwrap()
            .replace("topic caseloads", "edited");
        fs::write(&a, text).unwrap();
        assert_eq!(store.summaries().summaries[0].plan, "edited");

        // A broken index is rebuilt, a removed note leaves it.
        fs::write(&index, "{ not json").unwrap();
        fs::remove_file(&a).unwrap();
        let third = store.summaries();
        assert_eq!(third.summaries.len(), 1);
        assert_eq!(third.summaries[0].plan, "mock");
    }

    /// Issue 11: temp files left by writes a crash cut short are cleaned from `notes/` and
    /// `drafts/` once stale, and nothing else is touched: not a live writer's, not a fresh one, not
    /// a name that is not ours, not a symlink or what it points at, not a folder outside the data
    /// folder, and a note hard-linked from its temp keeps every word.
    #[cfg(unix)]
    #[test]
    fn stale_temp_files_are_cleaned_and_nothing_else() {
        use std::time::{Duration, SystemTime};
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let (notes, drafts) = (store.notes_dir(), store.drafts_dir());
        fs::create_dir_all(&notes).unwrap();
        fs::create_dir_all(&drafts).unwrap();
        // A process number no system hands out (Linux's pid_max is at most 2^22), rather than a
        // child spawned and reaped: a spawned child shares this test process's open files until
        // it execs, which would briefly hold other tests' draft locks and make drafts look live.
        let dead: u32 = 2_000_000_000;
        assert!(!process_alive(dead));
        let me = std::process::id();
        let age = |path: &Path, seconds: u64| {
            let file = File::options().write(true).open(path).unwrap();
            file.set_modified(SystemTime::now() - Duration::from_secs(seconds))
                .unwrap();
        };
        let make = |path: PathBuf, seconds: u64| {
            fs::write(&path, "half a draft").unwrap();
            age(&path, seconds);
            path
        };
        let saved = store.save(&sample()).unwrap();
        let linked = notes.join(format!(
            ".{}.{dead}.4.tmp",
            saved.file_name().unwrap().to_str().unwrap()
        ));
        fs::hard_link(&saved, &linked).unwrap();
        age(&linked, 7200);
        let gone = [
            // A dead writer's, a few minutes old.
            make(drafts.join(format!(".s-1.md.{dead}.0.tmp")), 300),
            make(notes.join(format!("..index.json.{dead}.7.tmp")), 120),
            // Two hours old, whoever wrote it (a number may have been reused).
            make(
                notes.join(format!(".2026-11-23-1740-mock.md.{me}.3.tmp")),
                7200,
            ),
            linked,
        ];
        let kept = [
            // Just written by a writer that is gone: another machine may share the folder.
            make(drafts.join(format!(".s-2.md.{dead}.0.tmp")), 0),
            // A live writer's, five minutes old.
            make(drafts.join(format!(".s-3.md.{me}.0.tmp")), 300),
            // Not our names.
            make(drafts.join("notes.tmp"), 7200),
            make(drafts.join(".s-4.md.tmp"), 7200),
            make(notes.join(".x.md.12a.0.tmp"), 7200),
            make(notes.join(format!("x.md.{dead}.0.tmp")), 7200),
            make(notes.join("mine.md"), 7200),
        ];
        // A temp-like name that is a symlink to a file outside the data folder.
        let outside = tempfile::tempdir().unwrap();
        let target = make(outside.path().join(format!(".t.md.{dead}.0.tmp")), 7200);
        let link = drafts.join(format!(".link.md.{dead}.0.tmp"));
        std::os::unix::fs::symlink(&target, &link).unwrap();
        // A temp-like name that is a folder.
        let folder = drafts.join(format!(".f.md.{dead}.0.tmp"));
        fs::create_dir(&folder).unwrap();

        store.drafts();

        for path in &gone {
            assert!(!path.exists(), "{} should be cleaned", path.display());
        }
        for path in &kept {
            assert!(path.exists(), "{} should be kept", path.display());
        }
        assert!(fs::symlink_metadata(&link).is_ok(), "the symlink is left");
        assert_eq!(fs::read_to_string(&target).unwrap(), "half a draft");
        assert!(folder.is_dir());
        assert_eq!(
            NotesStore::read(&saved).unwrap(),
            sample(),
            "the note keeps every word"
        );

        // A notes folder that is a symlink to somewhere else: nothing there is ours.
        let data = tempfile::tempdir().unwrap();
        let elsewhere = tempfile::tempdir().unwrap();
        std::os::unix::fs::symlink(elsewhere.path(), data.path().join("notes")).unwrap();
        let stale = make(elsewhere.path().join(format!(".n.md.{dead}.0.tmp")), 7200);
        NotesStore::new(data.path()).drafts();
        assert!(stale.exists(), "nothing outside the data folder is removed");
    }

    #[test]
    fn crash_then_recover() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = NotesStore::new(dir.path());
            store.write_draft(&sample()).unwrap();
            // The process dies here: no save.
            process_ends(dir.path());
        }
        // A stray temp file from a write cut short must not be offered as a draft.
        fs::write(dir.path().join("drafts/.s-1.md.99.0.tmp"), "half").unwrap();

        let store = NotesStore::new(dir.path());
        let drafts = store.drafts();
        assert_eq!(drafts.len(), 1);
        assert_eq!(drafts[0].result.as_ref().unwrap(), &sample());

        let saved = store.recover(&drafts[0].path).unwrap();
        let back = NotesStore::read(&saved).unwrap();
        assert!(back.questions.iter().all(|q| q.recovered));
        assert_eq!(back.questions[0].answers, sample().questions[0].answers);
        assert!(!drafts[0].path.exists());
        assert!(store.drafts().is_empty());
        assert_eq!(store.list().notes.len(), 1);
    }

    #[test]
    fn a_resumed_draft_is_this_copys_own_and_ends_as_one_note_without_its_resume_line() {
        let dir = tempfile::tempdir().unwrap();
        let mut draft = sample();
        draft.resume = Some(crate::notes::model::ResumePoint {
            questions: vec!["q1".into(), "q2".into()],
            probes: 1,
            ..Default::default()
        });
        {
            let store = NotesStore::new(dir.path());
            store.write_draft(&draft).unwrap();
            process_ends(dir.path());
        }
        let store = NotesStore::new(dir.path());
        let offered = store.drafts();
        assert_eq!(offered.len(), 1);
        let path = offered[0].path.clone();

        let back = store.resume(&path).unwrap();
        assert_eq!(back, draft);
        // Live again: not offered, not recoverable nor resumable by another copy.
        assert!(store.drafts().is_empty());
        let elsewhere = std::thread::spawn({
            let dir = dir.path().to_path_buf();
            let path = path.clone();
            move || {
                NotesStore::new(&dir).drafts().len() + usize::from(DraftLock::take(&path).is_some())
            }
        });
        assert_eq!(elsewhere.join().unwrap(), 0);

        // Going on writes the same draft, and the note replaces it: one note, no draft.
        let mut more = draft.clone();
        more.questions[0].answers[0]
            .text
            .push_str(" And a second line.");
        assert_eq!(store.write_draft(&more).unwrap(), path);
        assert_eq!(names(&store.drafts_dir()), vec!["s-1.md".to_string()]);
        let saved = store.save(&more).unwrap();
        assert!(names(&store.drafts_dir()).is_empty());
        assert_eq!(store.list().notes.len(), 1);
        let text = fs::read_to_string(&saved).unwrap();
        assert!(text.contains("And a second line."));
        assert!(!text.contains("<!-- resume"), "{text}");
        assert_eq!(NotesStore::read(&saved).unwrap().resume, None);
    }

    #[test]
    fn a_draft_given_back_or_renamed_is_offered_again_and_never_doubled() {
        let dir = tempfile::tempdir().unwrap();
        {
            let store = NotesStore::new(dir.path());
            store.write_draft(&sample()).unwrap();
            process_ends(dir.path());
        }
        let store = NotesStore::new(dir.path());
        let path = store.drafts()[0].path.clone();
        store.resume(&path).unwrap();
        store.let_go(&path);
        assert_eq!(store.drafts().len(), 1, "given back, it is offered again");

        let renamed = store.drafts_dir().join("renamed.md");
        fs::rename(&path, &renamed).unwrap();
        let e = store.resume(&renamed).unwrap_err();
        assert!(e.message.contains("has been renamed"), "{e}");
        assert_eq!(store.drafts().len(), 1, "refused, it is left as it was");
        assert!(store.resume(&dir.path().join("elsewhere.md")).is_err());
    }

    #[test]
    fn drafts_come_oldest_first_and_broken_ones_are_reported() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        store
            .write_draft(&note("late", "2026-11-24T09:00:00+00:00", "mock"))
            .unwrap();
        store
            .write_draft(&note("early", "2026-11-23T09:00:00+00:00", "mock"))
            .unwrap();
        fs::write(store.drafts_dir().join("broken.md"), "not a note\n").unwrap();
        process_ends(dir.path());
        let drafts = store.drafts();
        let ids: Vec<_> = drafts
            .iter()
            .filter_map(|d| d.result.as_ref().ok().map(|n| n.session_id.clone()))
            .collect();
        assert_eq!(ids, ["early", "late"]);
        let broken = drafts.iter().find(|d| d.result.is_err()).unwrap();
        assert_eq!(broken.result.as_ref().unwrap_err().line, 1);

        let err = store.recover(&broken.path).unwrap_err();
        assert_eq!(err.kind, StoreErrorKind::Malformed);
        assert!(broken.path.exists(), "a broken draft is kept");
    }

    #[test]
    fn discard_removes_only_drafts() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let draft = store.write_draft(&sample()).unwrap();
        let saved = store
            .save(&note("s-9", "2026-11-23T17:40:00+00:00", "mock"))
            .unwrap();

        let err = store.discard_draft(&saved).unwrap_err();
        assert!(err.message.contains("not a psw-coach draft"), "{err}");
        assert!(saved.exists());
        assert!(store.recover(&saved).is_err());
        assert!(saved.exists());

        store.discard_draft(&draft).unwrap();
        assert!(!draft.exists());
        store.discard_draft(&draft).unwrap();
    }

    #[test]
    fn malformed_note_is_reported_with_line_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let good = store.save(&sample()).unwrap();
        let bad = store.notes_dir().join("2026-01-01-0000-mock.md");
        let text = to_markdown(&sample()).replace("\"target\":120", "\"target\":[");
        fs::write(&bad, &text).unwrap();
        let not_utf8 = store.notes_dir().join("2026-01-02-0000-mock.md");
        fs::write(&not_utf8, b"---\nplan: caf\xe9\n").unwrap();

        let listing = store.list();
        assert_eq!(listing.notes.len(), 1);
        assert_eq!(listing.notes[0].0, good);
        assert_eq!(listing.problems.len(), 2);
        let p = &listing.problems[0];
        assert_eq!(p.path, bad);
        let line = text
            .lines()
            .position(|l| l.contains("\"target\":["))
            .unwrap()
            + 1;
        assert!(p.line >= line && p.line <= line + 1, "{p}");
        assert!(
            p.to_string()
                .starts_with(&format!("{}:{}: ", bad.display(), p.line))
        );
        assert_eq!(listing.problems[1].line, 2);
        assert_eq!(fs::read_to_string(&bad).unwrap(), text, "never rewritten");
    }

    #[test]
    fn list_is_sorted_by_start() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        // Same instant order differs from name order once offsets differ.
        store
            .save(&note("b", "2026-11-23T10:30:00+01:00", "b"))
            .unwrap();
        store
            .save(&note("a", "2026-11-23T10:00:00+00:00", "a"))
            .unwrap();
        let ids: Vec<_> = store
            .list()
            .notes
            .into_iter()
            .map(|(_, n)| n.session_id)
            .collect();
        assert_eq!(ids, ["b", "a"]);
    }

    #[test]
    fn io_kinds_map_to_plain_messages() {
        let path = Path::new("/home/pat/.local/share/psw-coach/notes");
        let cases = [
            (
                io::ErrorKind::ReadOnlyFilesystem,
                StoreErrorKind::ReadOnly,
                "the disk is read-only",
            ),
            (
                io::ErrorKind::PermissionDenied,
                StoreErrorKind::PermissionDenied,
                "not allowed to write",
            ),
            (
                io::ErrorKind::StorageFull,
                StoreErrorKind::DiskFull,
                "the disk is full",
            ),
            (
                io::ErrorKind::QuotaExceeded,
                StoreErrorKind::DiskFull,
                "the disk is full",
            ),
            (
                io::ErrorKind::BrokenPipe,
                StoreErrorKind::Other,
                "the disk reported a problem",
            ),
        ];
        // The system's own errors carry a number ("os error 20") a PSW cannot act on.
        for (code, words) in [
            (20, "part of that path is a file, not a folder"),
            (2, "a folder on that path does not exist"),
            (17, "a file of that name is in the way"),
            (5, "the disk reported a problem (Input/output error)"),
        ] {
            let err = StoreError::io(Action::Save, path, &io::Error::from_raw_os_error(code));
            let text = err.to_string();
            assert!(text.contains(words), "{text}");
            assert!(!text.contains("os error"), "{text}");
        }
        for (io_kind, kind, words) in cases {
            let err = StoreError::io(Action::Save, path, &io::Error::from(io_kind));
            assert_eq!(err.kind, kind);
            let text = err.to_string();
            assert!(text.starts_with("Could not save your answer: "), "{text}");
            assert!(text.contains(words), "{text}");
            assert!(
                text.contains("(/home/pat/.local/share/psw-coach/notes)"),
                "{text}"
            );
            assert!(text.ends_with(", then try again."), "{text}");
        }
        let full = StoreError::io(
            Action::Save,
            path,
            &io::Error::from(io::ErrorKind::StorageFull),
        );
        assert_eq!(
            full.to_string(),
            "Could not save your answer: the disk is full (/home/pat/.local/share/psw-coach/notes). \
             Free some space, then try again."
        );
        let discard = StoreError::io(
            Action::Discard,
            path,
            &io::Error::from(io::ErrorKind::ReadOnlyFilesystem),
        );
        assert!(
            discard
                .to_string()
                .contains("Make it writable and try again."),
            "{discard}"
        );
    }

    // Root can write through any chmod, so use a place even root cannot create folders in.
    #[cfg(target_os = "linux")]
    #[test]
    fn unwritable_place_gives_the_permission_or_read_only_message() {
        let store = NotesStore::new("/sys/psw-coach-test");
        let err = store.save(&sample()).unwrap_err();
        assert!(
            matches!(
                err.kind,
                StoreErrorKind::PermissionDenied | StoreErrorKind::ReadOnly
            ),
            "{err:?}"
        );
        assert!(
            err.to_string().starts_with("Could not save your answer: "),
            "{err}"
        );
        let err = store.write_draft(&sample()).unwrap_err();
        assert!(
            err.to_string().starts_with("Could not keep a safety copy"),
            "{err}"
        );
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_real_full_disk_is_reported_as_full() {
        let Ok(mut full) = OpenOptions::new().write(true).open("/dev/full") else {
            return;
        };
        let err = write_synced(&mut full, &[b'x'; 8192]).unwrap_err();
        assert_eq!(
            StoreErrorKind::from_io(err.kind()),
            StoreErrorKind::DiskFull
        );
    }
}
