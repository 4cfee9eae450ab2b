//! What the tests share (`mod common;` in each): the real binary in a pseudo-terminal, read back
//! through a terminal parser as a person sees it (here), and for the in-process screen tests, keys
//! sent to the app, the app drawn as text, and a stand-in microphone (the modules below).

// Each test binary uses only part of the harness.
#![allow(dead_code)]

pub mod drawn;
pub mod keys;
pub mod library;
pub mod microphone;
pub mod rehearsal;
pub mod settings;

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

pub const ROWS: u16 = 30;
pub const COLS: u16 = 100;

/// How long a test waits for the real binary to show, write or do something before it fails.
/// Generous, because the machine may be shared with builds that leave the app seconds behind; a
/// test that passes waits only as long as the app takes, since every wait polls for what it needs.
pub const PATIENCE: Duration = Duration::from_secs(30);

/// Makes a FIFO (a named pipe) at `path`: the special file that, opened for reading, waits for
/// ever for a writer, which every fault test puts where psw-coach reads.
#[cfg(unix)]
pub fn mkfifo(path: &Path) {
    let c = std::ffi::CString::new(path.as_os_str().as_encoded_bytes()).unwrap();
    // SAFETY: a valid NUL-terminated path; mkfifo only creates a file.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
}

/// Polls `done` until it holds, failing with `what` after [`PATIENCE`].
pub fn wait_until(what: &str, done: impl FnMut() -> bool) {
    assert!(holds_within_patience(done), "{what}");
}

/// Polls `done` until it holds; says whether it did within [`PATIENCE`].
pub fn holds_within_patience(done: impl FnMut() -> bool) -> bool {
    holds_within(PATIENCE, done)
}

/// Polls `done` until it holds; says whether it did within `patience`.
pub fn holds_within(patience: Duration, mut done: impl FnMut() -> bool) -> bool {
    let deadline = Instant::now() + patience;
    loop {
        if done() {
            return true;
        }
        if Instant::now() >= deadline {
            return false;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
}

pub struct Coach {
    pub child: Box<dyn portable_pty::Child + Send + Sync>,
    pub writer: Box<dyn Write + Send>,
    pub screen: Arc<Mutex<vt100::Parser>>,
    /// Asks the reading thread to let go of its handle on the terminal after its next read.
    pub stop_reading: Arc<std::sync::atomic::AtomicBool>,
    pub _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Coach {
    pub fn start(data: &Path, args: &[&str]) -> Coach {
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_psw-coach"));
        cmd.arg("--data-dir");
        cmd.arg(data);
        cmd.args(args);
        Coach::spawn(cmd)
    }

    /// The app started through `sh -c`, so a test can set limits first (`ulimit -f 1; exec ...`).
    pub fn start_in_shell(data: &Path, before: &str, args: &str) -> Coach {
        let mut cmd = CommandBuilder::new("sh");
        cmd.arg("-c");
        cmd.arg(format!(
            "{before}; exec '{}' --data-dir '{}' {args}",
            env!("CARGO_BIN_EXE_psw-coach"),
            data.display()
        ));
        Coach::spawn(cmd)
    }

    pub fn spawn(mut cmd: CommandBuilder) -> Coach {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        cmd.env("TERM", "xterm-256color");
        let child = pair.slave.spawn_command(cmd).unwrap();
        drop(pair.slave);
        let mut reader = pair.master.try_clone_reader().unwrap();
        let writer = pair.master.take_writer().unwrap();
        let screen = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(ROWS).unwrap(),
            std::num::NonZeroU16::new(COLS).unwrap(),
            0,
        )));
        let feed = Arc::clone(&screen);
        let stop_reading = Arc::new(std::sync::atomic::AtomicBool::new(false));
        let stop = Arc::clone(&stop_reading);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 || stop.load(std::sync::atomic::Ordering::Relaxed) {
                    break;
                }
                feed.lock().unwrap().process(&buf[..n]);
            }
        });
        Coach {
            child,
            writer,
            screen,
            stop_reading,
            _master: pair.master,
        }
    }

    pub fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`; the binary is real, so this polls rather than sleeps once.
    pub fn wait_for(&self, text: &str) {
        self.wait_for_within(text, PATIENCE);
    }

    /// As `wait_for`, for screens that take longer (review over a large history).
    pub fn wait_for_within(&self, text: &str, patience: Duration) {
        if !holds_within(patience, || self.contents().contains(text)) {
            panic!(
                "the screen never showed {text:?}; it shows:\n{}",
                self.contents()
            );
        }
    }

    /// Waits until the screen no longer shows `text`, giving up after `patience`; says whether it
    /// went. The last bytes an app writes (leaving the alternate screen) can reach the reading
    /// thread after the process has exited, so a test polls for them instead of reading once.
    pub fn wait_for_gone(&self, text: &str, patience: Duration) -> bool {
        holds_within(patience, || !self.contents().contains(text))
    }

    pub fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    /// Types text a few characters at a time, as a person would.
    pub fn type_text(&mut self, text: &str) {
        for chunk in text.as_bytes().chunks(8) {
            self.writer.write_all(chunk).unwrap();
            self.writer.flush().unwrap();
            std::thread::sleep(Duration::from_millis(5));
        }
    }

    pub fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let mut status = None;
        wait_until("the app did not exit", || {
            status = self.child.try_wait().unwrap();
            status.is_some()
        });
        status.expect("wait_until returns only once the app has exited")
    }
}
