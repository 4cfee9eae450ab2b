//! Where psw-coach keeps its files, making those folders private, and reading files safely.
//!
//! Two rules here keep the data folder's privacy from leaking into the rest of the disk: a folder
//! is made with its mode given at creation (so `umask 000` cannot widen it), and a mode is only ever
//! changed on a real folder, never through a symbolic link (a linked `notes/` pointing at a shared
//! folder must not have that folder's mode changed).

use std::fs::{self, File, OpenOptions};
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// The environment variable that sets the data folder, as `--data-dir` does.
pub const DATA_DIR_ENV: &str = "PSW_COACH_DATA_DIR";

/// The platform's data folder for psw-coach (on Linux `~/.local/share/psw-coach`).
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "psw-coach").map(|d| d.data_dir().to_path_buf())
}

/// Creates `dir` (and any missing parents) readable by its owner only (0700), whatever the umask.
/// A folder that is already there is made private only when it is a real folder: through a
/// symbolic link it is left exactly as it is.
pub fn ensure_private_dir(dir: &Path) -> io::Result<()> {
    let missing: Vec<&Path> = dir
        .ancestors()
        .filter(|d| !d.as_os_str().is_empty())
        .take_while(|d| fs::symlink_metadata(d).is_err())
        .collect();
    for new in missing.iter().rev() {
        match make_private_dir(new) {
            Ok(()) => {}
            // Another process made it a moment ago; it is treated as already there.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    match fs::symlink_metadata(dir) {
        Ok(meta) if meta.file_type().is_symlink() => {
            // The PSW chose to keep this folder elsewhere; it must still be a folder.
            if fs::metadata(dir)?.is_dir() {
                Ok(())
            } else {
                Err(io::Error::new(
                    io::ErrorKind::NotADirectory,
                    format!("{} is not a folder", dir.display()),
                ))
            }
        }
        Ok(meta) if meta.is_dir() => set_private_mode(dir, &meta),
        Ok(_) => Err(io::Error::new(
            io::ErrorKind::NotADirectory,
            format!("{} is a file, not a folder", dir.display()),
        )),
        Err(e) => Err(e),
    }
}

fn make_private_dir(dir: &Path) -> io::Result<()> {
    let mut builder = fs::DirBuilder::new();
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

#[cfg(unix)]
fn set_private_mode(dir: &Path, meta: &fs::Metadata) -> io::Result<()> {
    use std::os::unix::fs::{MetadataExt, PermissionsExt};
    if meta.mode() & 0o777 == 0o700 {
        return Ok(());
    }
    // The umask may have taken bits away (0500 under `umask 277`): the owner needs them back.
    fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
}

#[cfg(not(unix))]
fn set_private_mode(_dir: &Path, _meta: &fs::Metadata) -> io::Result<()> {
    Ok(())
}

/// The one limit on a file the PSW gives psw-coach to read: a question bank, a sheet or register
/// of figures, a note or an answer. Far above any real one (the bundled bank is about 310 KB, a long
/// mock interview under 100 KB, 5,000 figures about 1 MB), and below what would fill the memory.
/// One limit, so the sentence that names it ("far larger than any note, bank or sheet of figures")
/// is true whichever file it is said of: banks and sheets had 8 MB, notes 16 MB, in the same words.
pub const MAX_TEXT_BYTES: u64 = 16 * 1024 * 1024;

/// Why a file could not be read as text.
#[derive(Debug)]
pub enum ReadError {
    /// Not a regular file: a folder, a pipe (which would wait forever), a device.
    NotAFile,
    /// Larger than the limit, which is given in bytes.
    TooLarge(u64),
    /// Not UTF-8 from this line and column (both counted from 1, the column in characters) on.
    NotText {
        line: usize,
        column: usize,
    },
    Io(io::Error),
}

impl ReadError {
    /// A plain sentence saying what is wrong, for a PSW.
    pub fn plain(&self) -> String {
        match self {
            ReadError::NotAFile => {
                "this is not an ordinary file (it may be a folder, a pipe or a device), so it was \
                 not read"
                    .to_string()
            }
            ReadError::TooLarge(limit) => format!(
                "this file is larger than {}, far larger than any note, bank or sheet of figures \
                 psw-coach reads, so it was not read: check that it is the right file",
                size_in_words(*limit)
            ),
            ReadError::NotText { .. } => {
                "this is not plain text (UTF-8) from here on; it may have \
                 been saved in another encoding"
                    .to_string()
            }
            ReadError::Io(e) => match e.kind() {
                io::ErrorKind::NotFound => "it does not exist".to_string(),
                io::ErrorKind::PermissionDenied => {
                    "permission denied (you may not be allowed to read it)".to_string()
                }
                _ => e.to_string(),
            },
        }
    }

    /// The line the problem is on, or 0 when it is not on any one line.
    pub fn line(&self) -> usize {
        match self {
            ReadError::NotText { line, .. } => *line,
            _ => 0,
        }
    }

    /// The column (in characters, from 1) the problem starts at, or 0 when it is not on any line.
    pub fn column(&self) -> usize {
        match self {
            ReadError::NotText { column, .. } => *column,
            _ => 0,
        }
    }

    /// The sentence after the file's name, as every message about a file reads: `FILE:LINE:COLUMN:
    /// what is wrong` where the problem is at one place ("from here on" then points somewhere),
    /// else `FILE: what is wrong`.
    pub fn located(&self, file: &str) -> String {
        match self.line() {
            0 => format!("{file}: {}", self.plain()),
            line => format!("{file}:{line}:{}: {}", self.column().max(1), self.plain()),
        }
    }
}

fn size_in_words(bytes: u64) -> String {
    const MB: u64 = 1024 * 1024;
    if bytes >= MB {
        format!("{} MB", bytes / MB)
    } else {
        format!("{} KB", bytes.div_ceil(1024))
    }
}

/// Reads a regular file of at most `limit` bytes as UTF-8 text. A pipe or device is refused
/// without waiting on it, and a file that grows while it is read stops at the limit.
pub fn read_text_file(path: &Path, limit: u64) -> Result<String, ReadError> {
    String::from_utf8(read_file(path, limit)?).map_err(|e| {
        let good = &e.as_bytes()[..e.utf8_error().valid_up_to()];
        let line_start = good
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(0, |at| at + 1);
        ReadError::NotText {
            line: good.iter().filter(|&&b| b == b'\n').count() + 1,
            // The bytes before it on its line are good UTF-8, so they count as characters.
            column: String::from_utf8_lossy(&good[line_start..]).chars().count() + 1,
        }
    })
}

/// Reads a regular file of at most `limit` bytes, as [`read_text_file`] does, for the callers
/// that take text in any encoding (a feedback sheet saved by a mail program).
pub fn read_file(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let file = open_regular(path)?;
    let mut bytes = Vec::new();
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(limit));
    }
    Ok(bytes)
}

/// Writes `bytes` to a new file at `path`, readable by its owner only, and never over anything:
/// a file already there (a note, a pack from last week) or a symbolic link (which would write to
/// wherever it points) is refused and left exactly as it was. The text is written to a temporary
/// file beside it first and linked into place, so a failure part-way leaves no half-written file.
pub fn write_new_file(path: &Path, bytes: &[u8]) -> io::Result<()> {
    use std::io::Write;
    if fs::symlink_metadata(path).is_ok() {
        return Err(io::Error::from(io::ErrorKind::AlreadyExists));
    }
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "export".into(), |n| n.to_string_lossy().into_owned());
    let create = |at: &Path| {
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        options.open(at)
    };
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let written = create(&temp).and_then(|mut f| {
        f.write_all(bytes)?;
        f.sync_all()
    });
    let placed = written.and_then(|()| fs::hard_link(&temp, path));
    let _ = fs::remove_file(&temp);
    match placed {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Err(e),
        // A folder that does not take links (a FAT memory stick): write the file directly, still
        // only as a new file.
        Err(e) if fs::metadata(dir).is_ok_and(|m| m.is_dir()) && e.raw_os_error().is_some() => {
            let mut file = create(path)?;
            let result = file.write_all(bytes).and_then(|()| file.sync_all());
            if result.is_err() {
                let _ = fs::remove_file(path);
            }
            result
        }
        Err(e) => Err(e),
    }
}

/// Why a file could not be written at `path`, in words a PSW can act on, with another name to use
/// when one is already there. Every sentence ends with a full stop, the last included: callers add
/// their own sentence after it ("The words are transcribed as usual."), and the name offered is
/// followed by the full stop alone, so it is still copied clean.
pub fn plain_write_error(path: &Path, e: &io::Error) -> String {
    let shown = path.display();
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.display().to_string(),
        _ => "this folder".to_string(),
    };
    match e.kind() {
        io::ErrorKind::AlreadyExists => {
            let what = if fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink()) {
                "is a link to another file, and psw-coach never writes through a link"
            } else {
                "is already there, and psw-coach never writes over a file"
            };
            format!(
                "{shown} {what}. Nothing was changed. Choose another name, such as {}.",
                free_name(path).display()
            )
        }
        io::ErrorKind::NotFound => format!(
            "the folder {folder} does not exist, so {shown} was not written. Make the folder \
             first, or choose one that exists."
        ),
        io::ErrorKind::PermissionDenied => format!(
            "permission denied: you may not be allowed to write in {folder}, so {shown} was not \
             written. Choose another folder, such as your Documents."
        ),
        _ => crate::text::sentence(&format!("{shown} could not be written: {e}")),
    }
}

/// `name-2.ext`, `name-3.ext`... the first that is not there.
fn free_name(path: &Path) -> PathBuf {
    let stem = path
        .file_stem()
        .map_or_else(|| "export".into(), |s| s.to_string_lossy().into_owned());
    let ext = path
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    (2..1000)
        .map(|n| path.with_file_name(format!("{stem}-{n}{ext}")))
        .find(|p| fs::symlink_metadata(p).is_err())
        .unwrap_or_else(|| path.with_file_name(format!("{stem}-new{ext}")))
}

/// Reads standard input as text, stopping at `limit` bytes: `< /dev/zero` or an endless pipe is
/// refused once the limit is passed instead of being read until memory runs out. Bytes that are
/// not UTF-8 are shown as `�`, as a person pasting would expect, not refused.
pub fn read_stdin_text(limit: u64) -> Result<String, ReadError> {
    let mut bytes = Vec::new();
    io::stdin()
        .lock()
        .take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(ReadError::Io)?;
    if bytes.len() as u64 > limit {
        return Err(ReadError::TooLarge(limit));
    }
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Opens a file for reading only if it is a regular file. Opening does not wait: a FIFO opened
/// for reading would otherwise block until some other program wrote to it.
pub fn open_regular(path: &Path) -> Result<File, ReadError> {
    let mut options = OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path).map_err(|e| match e.raw_os_error() {
        #[cfg(unix)]
        Some(libc::ENXIO) => ReadError::NotAFile,
        _ => ReadError::Io(e),
    })?;
    let meta = file.metadata().map_err(ReadError::Io)?;
    if !meta.is_file() {
        return Err(ReadError::NotAFile);
    }
    Ok(file)
}

/// Makes a FIFO (a named pipe) at `path`, for the tests of what is refused rather than waited on.
#[cfg(all(test, unix))]
pub(crate) fn make_fifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use std::os::unix::fs::{PermissionsExt, symlink};

    fn mode(path: &Path) -> u32 {
        fs::symlink_metadata(path).unwrap().permissions().mode() & 0o7777
    }

    #[test]
    fn creates_every_missing_folder_private() {
        let dir = tempfile::tempdir().unwrap();
        let deep = dir.path().join("a/b/c");
        ensure_private_dir(&deep).unwrap();
        for d in ["a", "a/b", "a/b/c"] {
            assert_eq!(mode(&dir.path().join(d)), 0o700, "{d}");
        }
    }

    #[test]
    fn never_changes_the_mode_through_a_symlink() {
        let dir = tempfile::tempdir().unwrap();
        let shared = dir.path().join("shared");
        fs::create_dir(&shared).unwrap();
        fs::set_permissions(&shared, fs::Permissions::from_mode(0o1777)).unwrap();
        let link = dir.path().join("notes");
        symlink(&shared, &link).unwrap();
        ensure_private_dir(&link).unwrap();
        assert_eq!(
            mode(&shared),
            0o1777,
            "the shared folder keeps its sticky bit"
        );
    }

    #[test]
    fn a_real_folder_already_there_is_made_private() {
        let dir = tempfile::tempdir().unwrap();
        let notes = dir.path().join("notes");
        fs::create_dir(&notes).unwrap();
        fs::set_permissions(&notes, fs::Permissions::from_mode(0o755)).unwrap();
        ensure_private_dir(&notes).unwrap();
        assert_eq!(mode(&notes), 0o700);
    }

    #[test]
    fn a_file_in_the_way_is_an_error() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("notes");
        fs::write(&file, "x").unwrap();
        assert!(ensure_private_dir(&file).is_err());
        assert!(ensure_private_dir(&file.join("inner")).is_err());
    }

    #[test]
    fn a_pipe_is_refused_without_waiting() {
        let dir = tempfile::tempdir().unwrap();
        let fifo = dir.path().join("bank.yaml");
        make_fifo(&fifo);
        let err = read_text_file(&fifo, 1024).unwrap_err();
        assert!(matches!(err, ReadError::NotAFile), "{err:?}");
        assert!(err.plain().contains("not an ordinary file"));
    }

    #[test]
    fn devices_folders_and_large_files_are_refused() {
        assert!(matches!(
            read_text_file(Path::new("/dev/zero"), 1024),
            Err(ReadError::NotAFile)
        ));
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            read_text_file(dir.path(), 1024),
            Err(ReadError::NotAFile)
        ));
        let big = dir.path().join("big.md");
        fs::write(&big, vec![b'a'; 2048]).unwrap();
        let err = read_text_file(&big, 1024).unwrap_err();
        assert!(matches!(err, ReadError::TooLarge(1024)));
        assert!(err.plain().contains("larger than 1 KB"), "{}", err.plain());
        assert_eq!(read_text_file(&big, 2048).unwrap().len(), 2048);
    }

    #[test]
    fn a_write_that_is_not_allowed_says_write_not_read() {
        let e = io::Error::from(io::ErrorKind::PermissionDenied);
        let said = plain_write_error(Path::new("/shared/pack.md"), &e);
        assert!(said.contains("allowed to write in /shared"), "{said}");
        assert!(!said.contains("read"), "{said}");
    }

    /// Each kind of failure, read as sentences: every one ends with a full stop, and the other
    /// name offered is whole, with nothing but the full stop after it.
    #[test]
    fn every_write_error_ends_its_sentences_and_offers_a_clean_name() {
        let dir = tempfile::tempdir().unwrap();
        let taken = dir.path().join("pack.md");
        fs::write(&taken, "").unwrap();
        let kinds = [
            io::Error::from(io::ErrorKind::AlreadyExists),
            io::Error::from(io::ErrorKind::NotFound),
            io::Error::from(io::ErrorKind::PermissionDenied),
            io::Error::other("the disk is full"),
        ];
        for e in &kinds {
            let said = plain_write_error(&taken, e);
            assert!(said.ends_with('.'), "{said}");
            assert!(!said.ends_with(".."), "{said}");
        }
        let said = plain_write_error(&taken, &kinds[0]);
        let offered = dir.path().join("pack-2.md");
        assert!(
            said.ends_with(&format!(
                "Choose another name, such as {}.",
                offered.display()
            )),
            "{said}"
        );
    }

    #[test]
    fn bad_utf8_names_its_line() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("n.md");
        fs::write(&file, b"one\ntwo\nthr\xe9e\n").unwrap();
        assert_eq!(read_text_file(&file, 1024).unwrap_err().line(), 3);
    }
}
