//! The model file, mapped into memory rather than read: the 23 MB of word embeddings are then only
//! paged in for the words an answer uses (loading 51 ms of CPU mapped, 76 ms read; docs/model.md).
//! Only a regular file is opened: `PSW_COACH_MODEL` naming a FIFO would otherwise hang the opening,
//! and a device or directory would be read as if it were the model.

use std::fs::File;
use std::ops::Deref;
use std::path::Path;

pub enum Bytes {
    Read(Vec<u8>),
    Mapped(memmap2::Mmap),
}

impl Bytes {
    /// Maps the file where the system can; reads it otherwise. Anything but a regular file is
    /// refused before it is opened, and checked again once open (it may have been swapped).
    pub fn open(path: &Path) -> Result<Bytes, String> {
        let fail = |e: std::io::Error| format!("cannot read {}: {e}", path.display());
        let not_file = || format!("{} is not a regular file", path.display());
        let meta = std::fs::metadata(path).map_err(fail)?;
        // A folder is the likeliest slip: say so, and what to give instead.
        if meta.is_dir() {
            return Err(format!(
                "{} is a folder: give the reader model file itself (such as reader.bin, made by \
                 scripts/reader-model)",
                path.display()
            ));
        }
        if !meta.is_file() {
            return Err(not_file());
        }
        let file = open_without_waiting(path).map_err(fail)?;
        if !file.metadata().map_err(fail)?.is_file() {
            return Err(not_file());
        }
        // SAFETY: the mapping is read-only; the file is the user's model, which the program never
        // writes. Were it rewritten while mapped, the forward pass reads changed numbers (bounds are
        // checked on the mapped length), not memory outside the mapping.
        match unsafe { memmap2::Mmap::map(&file) } {
            Ok(map) => Ok(Bytes::Mapped(map)),
            Err(_) => {
                let mut bytes = Vec::new();
                std::io::Read::read_to_end(&mut &file, &mut bytes).map_err(fail)?;
                Ok(Bytes::Read(bytes))
            }
        }
    }
}

/// Opens for reading; on Unix without blocking, so a FIFO put in the file's place between the
/// check and the opening cannot hang the program.
fn open_without_waiting(path: &Path) -> std::io::Result<File> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path)
}

impl From<Vec<u8>> for Bytes {
    fn from(v: Vec<u8>) -> Bytes {
        Bytes::Read(v)
    }
}

impl Deref for Bytes {
    type Target = [u8];
    fn deref(&self) -> &[u8] {
        match self {
            Bytes::Read(v) => v,
            Bytes::Mapped(m) => m,
        }
    }
}
