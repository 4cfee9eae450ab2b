//! The real binary in a pseudo-terminal opening review over a generated history of 1,000 sessions,
//! read back through a terminal parser as a person sees it.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use psw_coach::bank::Library;
use psw_coach::bank::model::Question;
use std::io::{Read, Write};
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const ROWS: u16 = 30;
const COLS: u16 = 100;

struct Coach {
    child: Box<dyn portable_pty::Child + Send + Sync>,
    writer: Box<dyn Write + Send>,
    screen: Arc<Mutex<vt100::Parser>>,
    _master: Box<dyn portable_pty::MasterPty + Send>,
}

impl Coach {
    fn start(data: &Path, args: &[&str]) -> Coach {
        let pair = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_psw-coach"));
        cmd.arg("--data-dir");
        cmd.arg(data);
        cmd.args(args);
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
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                feed.lock().unwrap().process(&buf[..n]);
            }
        });
        Coach {
            child,
            writer,
            screen,
            _master: pair.master,
        }
    }

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if self.contents().contains(text) {
                return;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        panic!(
            "the screen never showed {text:?}; it shows:\n{}",
            self.contents()
        );
    }

    fn send(&mut self, bytes: &str) {
        self.writer.write_all(bytes.as_bytes()).unwrap();
        self.writer.flush().unwrap();
    }

    fn wait_exit(&mut self) -> portable_pty::ExitStatus {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status;
            }
            assert!(Instant::now() < deadline, "the app did not exit");
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

#[test]
fn review_opens_over_a_generated_history_and_reads_a_session_back() {
    let data = tempfile::tempdir().unwrap();
    let questions: Vec<Question> = Library::load(None, &[]).questions().cloned().collect();
    let end = chrono::DateTime::parse_from_rfc3339("2026-11-30T18:00:00+00:00").unwrap();
    let answers =
        psw_coach::review::generate::write_history(data.path(), &questions, 1_000, 10, 84, end, 3)
            .unwrap();
    assert_eq!(answers, 10_000);
    // One broken note among them: listed as skipped, never hiding the rest.
    std::fs::write(
        data.path().join("notes/2026-11-30-2300-broken.md"),
        "---\nformat: 2\nplan: [\n",
    )
    .unwrap();

    let mut coach = Coach::start(data.path(), &["review"]);
    coach.wait_for("1000 of 1000 sessions");
    // A frame may arrive in pieces: wait for the whole of it.
    coach.wait_for("1 note could not be read");
    let screen = coach.contents();
    // Newest first: the last generated session, on 30 November.
    let first_row = screen
        .lines()
        .find(|l| l.contains("Nov 2026"))
        .unwrap_or_default()
        .to_string();
    assert!(first_row.contains("30 Nov 2026"), "{screen}");

    coach.send("u");
    coach.wait_for("2026-11-30-2300-broken.md");

    // Filter to the weak answers, then open the newest such session.
    coach.send("r");
    coach.wait_for("Showing: rated 1-2");
    coach.send("\r");
    coach.wait_for("What have you done?");
    coach.wait_for("you rated it");

    coach.send("\x1b");
    coach.wait_for("Showing: rated 1-2");
    coach.send("\x1b");
    coach.wait_exit();
}
