//! The line-by-line mode for screen readers and scripts.

use crate::cli::RehearseArgs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

pub fn run(
    data: Option<&Path>,
    banks: &[PathBuf],
    args: &RehearseArgs,
) -> Result<ExitCode, String> {
    let _ = (data, banks, args);
    Err("plain mode is not available yet".to_string())
}
