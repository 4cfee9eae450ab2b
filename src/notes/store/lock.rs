//! Draft locks: a running session's advisory lock on its draft, so no other psw-coach offers, recovers or deletes it.

use super::*;

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
pub(super) static HELD: Mutex<Option<HashMap<PathBuf, DraftLock>>> = Mutex::new(None);

/// `drafts/.<draft name>.lock`: hidden, so it is never listed as a draft.
pub(super) fn lock_path(draft: &Path) -> PathBuf {
    let name = draft
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    draft.with_file_name(format!(".{name}.lock"))
}

/// Marks `draft` as this process's own, once; later calls do nothing.
pub(super) fn hold_lock(draft: &Path) {
    let Ok(mut held) = HELD.lock() else { return };
    let held = held.get_or_insert_with(HashMap::new);
    if !held.contains_key(draft)
        && let Some(lock) = DraftLock::take(draft)
    {
        held.insert(draft.to_path_buf(), lock);
    }
}

pub(super) fn held_here(draft: &Path) -> bool {
    HELD.lock()
        .ok()
        .is_some_and(|held| held.as_ref().is_some_and(|h| h.contains_key(draft)))
}

/// The draft is saved or discarded: its lock file goes and the lock is released.
pub(super) fn release_lock(draft: &Path) {
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
pub(super) struct DraftLock {
    pub(super) path: PathBuf,
    pub(super) file: Option<File>,
}

impl DraftLock {
    /// Takes the draft's lock, or None when a running psw-coach (this one included) holds it.
    /// Where locks cannot be made (a read-only disk, a file system without them) nobody can hold
    /// one, so the draft counts as ownerless and is returned with no lock.
    pub(super) fn take(draft: &Path) -> Option<DraftLock> {
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
    pub(super) fn remove(self) {
        if self.file.is_some() {
            let _ = remove_if_present(&self.path);
        }
    }
}

pub(super) fn open_lock_file(path: &Path) -> io::Result<File> {
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
pub(super) fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
pub(super) fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}
