//! Pair practice with the real binary in a pseudo-terminal: one question with ticks and both
//! ratings, saved as a note of kind pair.

use portable_pty::{CommandBuilder, PtySize, native_pty_system};
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
    /// Asks the reading thread to let go of its handle on the terminal after its next read.
    stop_reading: Arc<std::sync::atomic::AtomicBool>,
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

    fn contents(&self) -> String {
        self.screen.lock().unwrap().screen().contents()
    }

    /// Waits until the screen shows `text`; the binary is real, so this polls rather than sleeps once.
    fn wait_for(&self, text: &str) {
        let deadline = Instant::now() + Duration::from_secs(20);
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

    /// Types text a few characters at a time, as a person would.
    fn type_text(&mut self, text: &str) {
        for chunk in text.as_bytes().chunks(8) {
            self.writer.write_all(chunk).unwrap();
            self.writer.flush().unwrap();
            std::thread::sleep(Duration::from_millis(5));
        }
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
fn one_pair_question_with_ticks_and_both_ratings_is_saved_as_a_pair_note() {
    let data = tempfile::tempdir().unwrap();
    let mut coach = Coach::start(data.path(), &["pair", "--plan", "random 1", "--seed", "5"]);
    coach.wait_for("Pair practice · Question 1 of 1");
    coach.wait_for("Tip hidden");

    // Listening: parts 1 and 3 heard, the first probe asked, an observation typed.
    coach.send("1");
    coach.send("3");
    coach.send("\r");
    coach.wait_for("[x] 1 Done  [ ] 2 Difference  [x] 3 How they know");
    coach.send("\t");
    coach.type_text("Named the triage tool");
    coach.send("\t");
    coach.wait_for("Named the triage tool");
    coach.send("d");
    coach.wait_for("Your feedback");

    // The interviewer rates 3 and hands over; the PSW does not see it.
    coach.send("3");
    coach.wait_for("3 of 5");
    coach.send("\r");
    coach.wait_for("Please hand the keyboard to the PSW");
    assert!(!coach.contents().contains("3 of 5"), "{}", coach.contents());
    coach.send("4");
    coach.send("\r");
    coach.wait_for("Both ratings");
    let screen = coach.contents();
    assert!(screen.contains("Interviewer's rating  3 of 5"), "{screen}");
    assert!(screen.contains("PSW's own rating  4 of 5"), "{screen}");
    assert!(
        screen.contains("[x] Done  [ ] Difference  [x] How they know"),
        "{screen}"
    );

    // The end: initials, save, and leave.
    coach.send("\r");
    coach.wait_for("Initials, if you would like them");
    coach.send("AB");
    coach.send("\t");
    coach.send("CD");
    coach.send("\r");
    coach.wait_for("Saved as");
    coach.send("q");
    assert!(coach.wait_exit().success());
    coach
        .stop_reading
        .store(true, std::sync::atomic::Ordering::Relaxed);

    let notes: Vec<_> = std::fs::read_dir(data.path().join("notes"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(notes.len(), 1);
    let note = psw_coach::notes::NotesStore::read(&notes[0]).unwrap();
    assert_eq!(note.kind, psw_coach::notes::NoteKind::Pair);
    assert_eq!(note.interviewer.as_deref(), Some("AB"));
    assert_eq!(note.psw.as_deref(), Some("CD"));
    let q = &note.questions[0];
    assert_eq!(q.rating, Some(4));
    let marks = q.pair.as_ref().unwrap();
    assert_eq!(marks.rating, Some(3));
    assert!(marks.heard.done && !marks.heard.difference && marks.heard.evidence);
    assert_eq!(marks.probes_asked.len(), 1);
    assert_eq!(marks.observations, "Named the triage tool");
}
