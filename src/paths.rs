//! Where psw-coach keeps its files, and making those folders private.

use std::path::{Path, PathBuf};

/// The environment variable that sets the data folder, as `--data-dir` does.
pub const DATA_DIR_ENV: &str = "PSW_COACH_DATA_DIR";

/// The platform's data folder for psw-coach (on Linux `~/.local/share/psw-coach`).
pub fn default_data_dir() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "psw-coach").map(|d| d.data_dir().to_path_buf())
}

/// Creates `dir` (and its parents) if needed, readable by its owner only (0700).
pub fn ensure_private_dir(dir: &Path) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700))?;
    }
    Ok(())
}
