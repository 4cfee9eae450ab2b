//! Long text for a person at a terminal: wrapped to the window and shown through their pager.
//! Anything piped or redirected is printed exactly as it is, for scripts.

use std::io::{IsTerminal, Write};
use std::process::{Command, Stdio};

/// The size of the terminal standard output goes to, or `None` when it goes to a pipe or a file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TerminalSize {
    pub columns: usize,
    pub rows: usize,
}

impl TerminalSize {
    pub fn of_stdout() -> Option<TerminalSize> {
        if !std::io::stdout().is_terminal() {
            return None;
        }
        // A terminal that will not say its size is treated as the classic 80 by 24.
        let (columns, rows) = crossterm::terminal::size().unwrap_or((80, 24));
        Some(TerminalSize {
            columns: usize::from(columns.max(1)),
            rows: usize::from(rows.max(1)),
        })
    }

    /// True when `text` would scroll off the top, leaving room for the shell's prompt.
    pub fn overflows(&self, text: &str) -> bool {
        text.lines().count() >= self.rows
    }
}

/// Options for `less` when the PSW has set none. As git does: quit if it fits after all (F), keep
/// colour (R), leave the text on screen after quitting (X). And a prompt that says how to go on
/// and how to leave, where less shows only ":" to someone who has never met it: at the end
/// "End of the note, q to leave", else "Space for more, b to go back, q to leave". (In a less
/// prompt "?e…:….", is "at the end ? … else … end"; "$" ends the option.)
pub const LESS: &str =
    "FRX -Ps?eEnd of the note, q to leave:Space for more, b to go back, q to leave.$";

/// Shows `text` through `$PAGER`, or `less` when that is not set. Returns false when no pager
/// could be started, so the caller prints the text instead.
pub fn page(text: &str) -> bool {
    let pager = std::env::var("PAGER")
        .ok()
        .filter(|p| !p.trim().is_empty())
        .unwrap_or_else(|| "less".to_string());
    let mut words = pager.split_whitespace();
    let Some(program) = words.next() else {
        return false;
    };
    let mut command = Command::new(program);
    command.args(words).stdin(Stdio::piped());
    if std::env::var_os("LESS").is_none() {
        command.env("LESS", LESS);
    }
    let Ok(mut child) = command.spawn() else {
        return false;
    };
    if let Some(mut stdin) = child.stdin.take() {
        // A pager quit before the end closes its input; that is the PSW's choice, not an error.
        let _ = stdin.write_all(text.as_bytes());
    }
    let _ = child.wait();
    true
}
