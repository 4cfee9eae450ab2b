//! Plain-words errors: what went wrong with a note, a draft or the notes folder, said so a PSW can act on it.

use super::*;

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

/// Something a hand edit damaged in a note that still reads (see [`FormatWarning`](crate::notes::FormatWarning)), with
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

/// What the store was doing when the disk failed, for the message.
#[derive(Debug, Clone, Copy)]
pub(super) enum Operation {
    Save,
    Draft,
    Recover,
    Discard,
}

impl StoreError {
    pub(super) fn io(action: Operation, path: &Path, err: &io::Error) -> StoreError {
        let kind = StoreErrorKind::from_io(err.kind());
        let (reason, advice) = why_not_written(err);
        let shown = path.display();
        let message = match action {
            // Which key tries again depends on the screen, so the caller says that part.
            Operation::Save => format!(
                "Could not save your answer: {reason} ({shown}). {advice_cap}, then try again.",
                advice_cap = capitalise(advice)
            ),
            Operation::Draft => format!(
                "Could not keep a safety copy of your answer: {reason} ({shown}). {advice_cap}.",
                advice_cap = capitalise(advice)
            ),
            Operation::Recover => format!(
                "Could not recover the unfinished session: {reason} ({shown}). The draft is kept \
                 as it was; {advice} and try again."
            ),
            Operation::Discard => format!(
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

    pub(super) fn nothing_to_save(path: &Path) -> StoreError {
        StoreError {
            path: path.to_path_buf(),
            kind: StoreErrorKind::NothingToSave,
            message: "Nothing was typed, so no note was saved.".to_string(),
        }
    }

    pub(super) fn in_use(path: &Path) -> StoreError {
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

    pub(super) fn not_a_draft(path: &Path) -> StoreError {
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

/// Why a file could not be written, and what to do, in words a PSW can act on ("the disk is
/// read-only", "make it writable") rather than the system's "Read-only file system (os error 30)".
fn why_not_written(err: &io::Error) -> (String, &'static str) {
    match StoreErrorKind::from_io(err.kind()) {
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
    }
}

/// "Could not save WHAT: the disk is read-only (PATH). Make it writable, then try again.": a
/// file other than a note (the register, settings, the figures drill's record) not written.
pub fn not_written(what: &str, path: &Path, err: &io::Error) -> String {
    let (reason, advice) = match err.get_ref() {
        // psw-coach's own refusal (a link it will not write through) is already in words.
        Some(words) if err.raw_os_error().is_none() => (words.to_string(), "check that file"),
        _ => why_not_written(err),
    };
    format!(
        "Could not save {what}: {reason} ({}). {}, then try again.",
        path.display(),
        capitalise(advice)
    )
}

pub(super) fn capitalise(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// A system error a PSW can act on, in words rather than "Not a directory (os error 20)".
pub(super) fn os_error_in_words(err: &io::Error) -> Option<&'static str> {
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
pub(super) fn without_os_error(err: &io::Error) -> String {
    let text = err.to_string();
    match (err.raw_os_error(), text.rfind(" (os error ")) {
        (Some(_), Some(at)) => text[..at].to_string(),
        _ => text,
    }
}

pub(in crate::notes) fn plain_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "it does not exist".to_string(),
        io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        io::ErrorKind::NotADirectory => "it is a file, not a folder".to_string(),
        _ => e.to_string(),
    }
}
