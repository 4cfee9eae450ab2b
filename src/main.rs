#![cfg_attr(
    not(test),
    deny(clippy::unwrap_used, clippy::expect_used, clippy::panic)
)]

use std::process::ExitCode;
use std::sync::Arc;
use std::sync::atomic::AtomicBool;

fn main() -> ExitCode {
    // Past a file-size limit (`ulimit -f`) the system sends SIGXFSZ, whose default ends the
    // process on the spot, losing the answer. Caught, the write fails with "file too large"
    // instead, which every save path already reports in plain words while keeping the answer.
    let _ = signal_hook::flag::register(
        signal_hook::consts::SIGXFSZ,
        Arc::new(AtomicBool::new(false)),
    );
    psw_coach::cli::run()
}
