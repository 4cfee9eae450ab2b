//! The durable-write primitives: private folders, synced writes, links that never replace a file, and leftover temp files.

use super::*;

/// Creates the folder privately. Folders made just now are synced into their parents too, or a
/// note synced inside them could vanish with them in a power cut.
pub(super) fn ensure_dir(dir: &Path) -> io::Result<()> {
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
pub(super) const STALE_TEMP_AGE: Duration = Duration::from_secs(60 * 60);
/// ...or once it is this old and the process named in it is gone. The wait covers a writer on
/// another machine sharing the folder, whose process number means nothing here.
pub(super) const ORPHAN_TEMP_AGE: Duration = Duration::from_secs(60);

/// The process that wrote a temp file named by [`write_temp`]: `.<name>.<pid>.<n>.tmp`. None for
/// any other name, so nothing else is ever taken for one of ours.
pub(super) fn temp_owner(file_name: &str) -> Option<u32> {
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
pub(super) fn process_alive(pid: u32) -> bool {
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
pub(in crate::notes) fn write_temp(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
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
pub(super) fn link_new(dir: &Path, stem: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    let temp = write_temp(dir, &format!("{stem}.md"), bytes)?;
    let result = link_first_free(dir, stem, &temp, bytes, true);
    let _ = fs::remove_file(&temp);
    result
}

pub(super) fn link_first_free(
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
pub(super) fn write_new(path: &Path, bytes: &[u8]) -> io::Result<()> {
    let mut file = create_private(path)?;
    write_synced(&mut file, bytes).inspect_err(|_| {
        let _ = fs::remove_file(path);
    })
}

pub(super) fn create_private(path: &Path) -> io::Result<File> {
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

pub(super) fn write_synced(file: &mut File, bytes: &[u8]) -> io::Result<()> {
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

/// Makes a new, renamed or removed name in `dir` survive a power cut.
pub(super) fn sync_dir(dir: &Path) -> io::Result<()> {
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

pub(super) fn remove_if_present(path: &Path) -> io::Result<()> {
    match fs::remove_file(path) {
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(()),
        other => other,
    }
}

/// The `.md` files in `dir` that are not hidden (temp files are hidden), in name order, and what
/// is named like a note there but is not a file (a FIFO, a folder), said as a problem. A missing
/// folder is empty. The index's listing, without its stamps: one rule for what counts as a note.
pub(super) fn markdown_files(dir: &Path) -> io::Result<(Vec<PathBuf>, Vec<NoteProblem>)> {
    crate::notes::index::markdown_files_with_stamps(dir).map(|found| {
        let paths = found.files.into_iter().map(|(path, _, _)| path).collect();
        (paths, found.not_files)
    })
}

pub(super) fn modified(path: &Path) -> DateTime<Utc> {
    fs::metadata(path)
        .and_then(|m| m.modified())
        .map(DateTime::<Utc>::from)
        .unwrap_or_default()
}

/// Replaces `dir/name` with `bytes` whole (private temp file, sync, rename, sync the folder), in a
/// private folder, for a file the PSW also edits by hand (the evidence register). Never writes
/// through a symbolic link: a link in the file's place is refused, not followed or replaced.
pub fn replace_private(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<PathBuf> {
    ensure_dir(dir)?;
    let target = dir.join(name);
    if fs::symlink_metadata(&target).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(io::Error::other(format!(
            "{} is a symbolic link, so psw-coach will not write through it",
            target.display()
        )));
    }
    let temp = write_temp(dir, name, bytes)?;
    if let Err(e) = fs::rename(&temp, &target) {
        let _ = fs::remove_file(&temp);
        return Err(e);
    }
    sync_dir(dir)?;
    Ok(target)
}

/// Fault injection for tests: a write that fails part-way, as on a disk that fills up.
#[cfg(test)]
pub(super) mod fault {
    use std::cell::Cell;
    thread_local! {
        pub static FAIL_AFTER: Cell<Option<usize>> = const { Cell::new(None) };
    }
}
