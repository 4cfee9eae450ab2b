//! The model file, mapped into memory rather than read: the 23 MB of word embeddings are then only
//! paged in for the words an answer uses, which halves what loading costs a one-off `analyse`.

use std::ops::Deref;
use std::path::Path;

pub enum Bytes {
    Read(Vec<u8>),
    #[cfg(unix)]
    Mapped {
        ptr: *const u8,
        len: usize,
    },
}

// SAFETY: the mapping is read-only and private, and lives until the value is dropped.
unsafe impl Send for Bytes {}
unsafe impl Sync for Bytes {}

impl Bytes {
    /// Maps the file where the system can; reads it otherwise.
    pub fn open(path: &Path) -> Result<Bytes, String> {
        let fail = |e: std::io::Error| format!("cannot read {}: {e}", path.display());
        #[cfg(unix)]
        {
            use std::os::fd::AsRawFd;
            let file = std::fs::File::open(path).map_err(fail)?;
            let len = file.metadata().map_err(fail)?.len() as usize;
            if len > 0 {
                // SAFETY: a read-only private mapping of a file we opened; checked for failure.
                let ptr = unsafe {
                    libc::mmap(
                        std::ptr::null_mut(),
                        len,
                        libc::PROT_READ,
                        libc::MAP_PRIVATE,
                        file.as_raw_fd(),
                        0,
                    )
                };
                if ptr != libc::MAP_FAILED {
                    return Ok(Bytes::Mapped {
                        ptr: ptr as *const u8,
                        len,
                    });
                }
            }
        }
        std::fs::read(path).map(Bytes::Read).map_err(fail)
    }
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
            // SAFETY: ptr and len are the live mapping made in `open`.
            #[cfg(unix)]
            Bytes::Mapped { ptr, len } => unsafe { std::slice::from_raw_parts(*ptr, *len) },
        }
    }
}

impl Drop for Bytes {
    fn drop(&mut self) {
        #[cfg(unix)]
        if let Bytes::Mapped { ptr, len } = *self {
            // SAFETY: unmapping the mapping made in `open`, once, as the value goes.
            unsafe {
                libc::munmap(ptr as *mut libc::c_void, len);
            }
        }
    }
}
