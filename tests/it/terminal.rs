//! The real binary in a pseudo-terminal, read back through a terminal parser as a person sees it.

use crate::common;

use common::{Coach, wait_until};
use std::io::Write;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, Instant};

const TAB: &str = "\t";
const CTRL_S: &str = "\x13";

fn notes_in(data: &Path) -> Vec<std::path::PathBuf> {
    let Ok(entries) = std::fs::read_dir(data.join("notes")) else {
        return Vec::new();
    };
    entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect()
}

#[test]
fn a_rehearsal_typed_in_three_parts_is_saved_as_a_note() {
    let data = tempfile::tempdir().unwrap();
    let mut coach = Coach::start(
        data.path(),
        &["rehearse", "--plan", "topic caseloads", "--seed", "7"],
    );
    coach.wait_for("Part 1 of 3: What have you done?");
    coach.type_text("We introduced a weekly caseload review in every team.");
    coach.send(TAB);
    coach.wait_for("Part 2 of 3: What difference has it made?");
    coach.type_text("Average caseloads fell from 28 to 21 in a year.");
    coach.send(TAB);
    coach.wait_for("Part 3 of 3: How do you know?");
    coach.type_text("Our audit of 40 cases and the staff survey 😀 both show it.");
    coach.send(CTRL_S);
    coach.wait_for("Your note is saved at:");
    coach.send("q");
    assert!(coach.wait_exit().success());

    let notes = notes_in(data.path());
    assert_eq!(notes.len(), 1, "one note: {notes:?}");
    let text = std::fs::read_to_string(&notes[0]).unwrap();
    for expected in [
        "We introduced a weekly caseload review in every team.",
        "Average caseloads fell from 28 to 21 in a year.",
        "Our audit of 40 cases and the staff survey 😀 both show it.",
        "plan: topic caseloads",
        "## What have you done? (",
        "\"seconds\":",
    ] {
        assert!(text.contains(expected), "note lacks {expected:?}:\n{text}");
    }
    let note = psw_coach::notes::NotesStore::read(&notes[0]).unwrap();
    assert_eq!(note.questions[0].answers.len(), 3);
    assert!(note.questions[0].answers.iter().all(|a| !a.text.is_empty()));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&notes[0]).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "notes are private");
    }
}

#[test]
fn an_answer_survives_kill_9_and_is_recovered_on_the_next_start() {
    let data = tempfile::tempdir().unwrap();
    let mut coach = Coach::start(data.path(), &["rehearse", "--seed", "3"]);
    coach.wait_for("Part 1 of 3");
    coach.type_text("Half an answer about our strengths-based practice");
    wait_for_draft(data.path(), "strengths-based practice");
    coach.child.kill().unwrap();
    coach.wait_exit();
    assert!(notes_in(data.path()).is_empty());

    let mut coach = Coach::start(data.path(), &[]);
    coach.wait_for("Unfinished rehearsal found");
    coach.wait_for("Half an answer about our strengths-based practice");
    // A letter typed here does nothing: the choice is made with the arrows and Enter. Resuming
    // comes first; saving as a note is the next choice down.
    coach.send("r");
    coach.wait_for("> Resume the rehearsal where it stopped");
    coach.send("\x1b[B");
    coach.wait_for("> Save it as a note");
    coach.send("\r");
    coach.wait_for("Recovered and saved as a note");
    coach.send("q");
    assert!(coach.wait_exit().success());
    let notes = notes_in(data.path());
    assert_eq!(notes.len(), 1);
    let note = psw_coach::notes::NotesStore::read(&notes[0]).unwrap();
    assert!(note.questions[0].recovered);
    assert_eq!(
        note.questions[0].answers[0].text,
        "Half an answer about our strengths-based practice"
    );
}

/// Waits until a draft holds `text`: it is written within about two seconds of the last key.
fn wait_for_draft(data: &Path, text: &str) {
    wait_until(&format!("no draft held {text:?}"), || {
        drafts_holding(data, text)
    });
}

#[test]
fn a_rehearsal_killed_mid_answer_is_resumed_at_that_part_and_saved_as_one_note() {
    let data = tempfile::tempdir().unwrap();
    let mut coach = Coach::start(
        data.path(),
        &["rehearse", "--plan", "random 2", "--seed", "5"],
    );
    coach.wait_for("Part 1 of 3");
    coach.type_text("We brought in a weekly review of every waiting case.");
    coach.send(TAB);
    coach.wait_for("Part 2 of 3");
    coach.type_text("The longest wait fell from 19 to 11 weeks");
    wait_for_draft(data.path(), "from 19 to 11 weeks");
    coach.child.kill().unwrap(); // SIGKILL: nothing is saved on the way out
    coach.wait_exit();
    assert!(notes_in(data.path()).is_empty());

    let mut coach = Coach::start(data.path(), &[]);
    coach.wait_for("Unfinished rehearsal found");
    coach.wait_for("stopped at question 1 of 2");
    coach.wait_for("> Resume the rehearsal where it stopped");
    coach.send("\r");
    coach.wait_for("Resumed at question");
    coach.wait_for("Part 2 of 3");
    coach.wait_for("The longest wait fell from 19 to 11 weeks");
    coach.wait_for("We brought in a weekly review of every waiting case.");
    coach.type_text(" by March.");
    coach.wait_for("11 weeks by March.");
    coach.send(CTRL_S);
    coach.wait_for("Your note is saved at:");
    coach.send("q"); // back to the home menu, where the app was started
    coach.wait_for("Practise");
    coach.send("q");
    assert!(coach.wait_exit().success());

    let notes = notes_in(data.path());
    assert_eq!(notes.len(), 1, "one note: {notes:?}");
    assert!(
        !drafts_holding(data.path(), "19 to 11"),
        "the draft is gone"
    );
    let note = psw_coach::notes::NotesStore::read(&notes[0]).unwrap();
    let answers: Vec<&str> = note.questions[0]
        .answers
        .iter()
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(
        answers[..2],
        [
            "We brought in a weekly review of every waiting case.",
            "The longest wait fell from 19 to 11 weeks by March."
        ]
    );
}

#[test]
fn sigterm_saves_a_draft_and_restores_the_terminal() {
    let data = tempfile::tempdir().unwrap();
    let mut coach = Coach::start(data.path(), &["rehearse", "--seed", "5"]);
    coach.wait_for("Part 1 of 3");
    coach.type_text("Typed just before the window closed");
    // On screen means the app has read it (keys still in the terminal's queue are not typed yet).
    coach.wait_for("Typed just before the window closed");
    let pid = coach.child.process_id().unwrap();
    std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .unwrap();
    coach.wait_exit();
    // Leaving the alternate screen puts back what was there before: the app's screen is gone.
    wait_restored(&coach, "Part 1 of 3");
    assert!(
        drafts_holding(data.path(), "Typed just before the window closed"),
        "SIGTERM kept the answer in a draft"
    );
}

#[test]
fn a_huge_paste_sent_as_key_presses_arrives_whole_and_quickly() {
    let data = tempfile::tempdir().unwrap();
    let mut coach = Coach::start(data.path(), &["rehearse", "--seed", "2"]);
    coach.wait_for("Part 1 of 3");
    // No bracketed-paste markers: this is how many terminals and tmux deliver a paste.
    let huge = format!("{} END", "word ".repeat(20_000).trim_end());
    let writer = std::thread::spawn({
        let mut w = std::mem::replace(&mut coach.writer, Box::new(std::io::sink()));
        move || {
            w.write_all(huge.as_bytes()).unwrap();
            w.write_all(b" after").unwrap();
            w.flush().unwrap();
            w
        }
    });
    coach.writer = writer.join().unwrap();
    coach.wait_for("END after");
    coach.send(CTRL_S);
    coach.wait_for("Your note is saved at:");
    let note = psw_coach::notes::NotesStore::read(&notes_in(data.path())[0]).unwrap();
    let text = &note.questions[0].answers[0].text;
    assert_eq!(text.matches("word").count(), 20_000);
    assert!(text.ends_with("END after"));
}

#[test]
fn a_closed_terminal_ends_the_app_and_keeps_the_draft() {
    let data = tempfile::tempdir().unwrap();
    let coach = Coach::start(data.path(), &["rehearse", "--seed", "4"]);
    coach.wait_for("Part 1 of 3");
    let Coach {
        mut child,
        mut writer,
        stop_reading,
        screen,
        _master,
    } = coach;
    writer
        .write_all(b"Said just before the window was closed")
        .unwrap();
    writer.flush().unwrap();
    // On screen means the app has it; the draft timer has not yet fired (it waits for a pause).
    wait_until("the typing never showed", || {
        screen
            .lock()
            .unwrap()
            .screen()
            .contents()
            .contains("window was closed")
    });
    // Closing the terminal's master side is what closing a window or losing SSH does. The app
    // redraws its timer every second, which wakes the reading thread so it lets go too.
    stop_reading.store(true, Ordering::Relaxed);
    drop(writer);
    drop(_master);
    let mut status = None;
    wait_until("the app kept running without a terminal", || {
        status = child.try_wait().unwrap();
        status.is_some()
    });
    let drafts = draft_texts(data.path());
    let kept = drafts
        .iter()
        .any(|t| t.contains("Said just before the window was closed"));
    assert!(kept, "the draft kept the answer ({status:?}): {drafts:#?}");
}

fn signal(coach: &Coach, name: &str) {
    let pid = coach.child.process_id().unwrap();
    std::process::Command::new("kill")
        .args([&format!("-{name}"), &pid.to_string()])
        .status()
        .unwrap();
}

fn drafts_holding(data: &Path, text: &str) -> bool {
    draft_texts(data).iter().any(|t| t.contains(text))
}

/// The drafts' texts. Not the hidden temp files a draft is written through: one caught mid-write
/// by a kill stays until it is stale (a minute), and it is not a draft the app would resume, so
/// a test that counted it would wait for words not yet in the draft, or find them after the save.
fn draft_texts(data: &Path) -> Vec<String> {
    std::fs::read_dir(data.join("drafts"))
        .ok()
        .into_iter()
        .flatten()
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .is_some_and(|n| !n.to_string_lossy().starts_with('.'))
        })
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// Waits until the app's screen is gone (the alternate screen left) or fails.
fn wait_restored(coach: &Coach, app_text: &str) {
    assert!(
        coach.wait_for_gone(app_text, common::PATIENCE),
        "terminal not restored:\n{}",
        coach.contents()
    );
}

#[test]
fn other_fatal_signals_keep_the_draft_and_restore_the_terminal() {
    for name in ["QUIT", "USR1", "ALRM"] {
        let data = tempfile::tempdir().unwrap();
        let mut coach = Coach::start(data.path(), &["rehearse", "--seed", "5"]);
        coach.wait_for("Part 1 of 3");
        let typed = format!("Typed just before SIG{name}");
        coach.type_text(&typed);
        coach.wait_for(&typed);
        signal(&coach, name);
        coach.wait_exit();
        wait_restored(&coach, "Part 1 of 3");
        assert!(
            drafts_holding(data.path(), &typed),
            "SIG{name} lost the answer"
        );
    }
}

#[test]
fn sigtstp_gives_the_terminal_back_and_sigcont_takes_it_again() {
    let data = tempfile::tempdir().unwrap();
    let mut coach = Coach::start(data.path(), &["rehearse", "--seed", "5"]);
    coach.wait_for("Part 1 of 3");
    coach.type_text("Before the stop");
    coach.wait_for("Before the stop");
    signal(&coach, "TSTP");
    wait_restored(&coach, "Part 1 of 3");
    // Stopped, the draft is on disk: a machine that dies now loses nothing.
    assert!(drafts_holding(data.path(), "Before the stop"));
    signal(&coach, "CONT");
    coach.wait_for("Before the stop");
    coach.wait_for("Part 1 of 3");
    // Keys reach the app one by one again (raw mode), not held back until Enter.
    coach.type_text(" and after");
    coach.wait_for("Before the stop and after");
    coach.send(CTRL_S);
    coach.wait_for("Your note is saved at:");
    coach.send("q");
    assert!(coach.wait_exit().success());
}

/// Walk item 18: Ctrl-Z, pressed as on any terminal program, stops psw-coach from a list (the
/// terminal is given back, as `kill -TSTP` does); continued, it draws the same screen again.
#[test]
fn ctrl_z_on_a_list_gives_the_terminal_back_and_continuing_takes_it_again() {
    let data = tempfile::tempdir().unwrap();
    let mut coach = Coach::start(data.path(), &[]);
    coach.wait_for("Mock interview");
    coach.send("\x1a");
    wait_restored(&coach, "Mock interview");
    // The terminal given back says what happened and how to go back: Ctrl-Z is undo elsewhere.
    coach.wait_for("psw-coach is stopped for now; what you typed is kept.");
    coach.wait_for("type fg and press Enter.");
    signal(&coach, "CONT");
    coach.wait_for("Mock interview");
    coach.send("q");
    assert!(coach.wait_exit().success());
}

#[test]
fn sigterm_ends_the_app_even_while_the_terminal_is_not_reading() {
    let data = tempfile::tempdir().unwrap();
    let mut coach = Coach::start(data.path(), &["rehearse", "--seed", "5"]);
    coach.wait_for("Part 1 of 3");
    coach.type_text("Typed before the connection stalled");
    wait_for_draft(data.path(), "connection stalled");
    // Nobody reads the terminal any more; typing makes the app draw until its writes block, and
    // then it takes no more keys, so the typing blocks too.
    coach.stop_reading.store(true, Ordering::Relaxed);
    let mut writer = std::mem::replace(&mut coach.writer, Box::new(std::io::sink()));
    let typed = Arc::new(AtomicUsize::new(0));
    let ended = Arc::new(AtomicBool::new(false));
    std::thread::spawn({
        let (typed, ended) = (Arc::clone(&typed), Arc::clone(&ended));
        move || {
            while !ended.load(Ordering::Relaxed) && writer.write_all(b"more words ").is_ok() {
                let _ = writer.flush();
                typed.fetch_add(1, Ordering::Relaxed);
                std::thread::sleep(Duration::from_millis(1));
            }
        }
    });
    // Stalled: no key has gone in for a second. (Should the app never stall, the signal below
    // must end it all the same.)
    let mut last = (typed.load(Ordering::Relaxed), Instant::now());
    let give_up = Instant::now() + common::PATIENCE;
    while last.1.elapsed() < Duration::from_secs(1) && Instant::now() < give_up {
        std::thread::sleep(Duration::from_millis(50));
        let now = typed.load(Ordering::Relaxed);
        if now != last.0 {
            last = (now, Instant::now());
        }
    }
    signal(&coach, "TERM");
    wait_until(
        "SIGTERM did not end an app whose terminal stopped reading",
        || coach.child.try_wait().unwrap().is_some(),
    );
    ended.store(true, Ordering::Relaxed);
    assert!(drafts_holding(
        data.path(),
        "Typed before the connection stalled"
    ));
}

#[test]
fn a_draft_that_cannot_be_written_never_freezes_the_app() {
    let data = tempfile::tempdir().unwrap();
    // A file where the drafts folder should be.
    std::fs::write(data.path().join("drafts"), "").unwrap();
    let mut coach = Coach::start(data.path(), &["rehearse", "--seed", "5"]);
    coach.wait_for("Part 1 of 3");
    coach.type_text("Typed on a broken disk");
    coach.wait_for("Could not keep a safety copy");
    // Still reading keys: typing shows, Tab moves on.
    coach.type_text(" and still typing");
    coach.wait_for("Typed on a broken disk and still typing");
    coach.send(TAB);
    coach.wait_for("Part 2 of 3");
    coach.send("\x03"); // Ctrl-C
    coach.wait_exit();
    // What the app prints once the terminal is back can reach the screen after it has exited.
    coach.wait_for("could not be kept");
    let shown = coach.contents();
    assert!(
        !shown.contains("is kept as a draft"),
        "claimed a draft that is not on disk:\n{shown}"
    );
    assert!(
        shown.contains("Typed on a broken disk and still typing"),
        "the answer is printed:\n{shown}"
    );
}

#[test]
fn a_file_size_limit_is_a_plain_message_not_the_end_of_the_app() {
    let data = tempfile::tempdir().unwrap();
    // 1 block of 512 bytes: any draft longer than that hits the limit.
    let mut coach = Coach::start_in_shell(data.path(), "ulimit -f 1", "rehearse --seed 5");
    coach.wait_for("Part 1 of 3");
    let long = "We review every case that waits longer than four weeks. ".repeat(12);
    coach.type_text(&long);
    coach.wait_for("Could not keep a safety copy");
    coach.type_text("still here");
    coach.wait_for("still here");
    coach.send("\x03");
    let status = coach.wait_exit();
    assert!(status.success(), "{status:?}");
}

/// Sets the pseudo-terminal's window size as a person resizing the window does: the kernel sends
/// the app SIGWINCH. The parser reading the screen takes the size first, so that a frame the app
/// draws for the new size is never read at the old one, and starts blank, as a window does that
/// has lost what it showed: what shows after this, the app has drawn since.
fn resize(coach: &Coach, cols: u16, rows: u16) {
    let nz = |n: u16| std::num::NonZeroU16::new(n).unwrap();
    {
        let mut screen = coach.screen.lock().unwrap();
        screen.screen_mut().set_size(nz(rows), nz(cols));
        screen.process(b"\x1b[H\x1b[2J");
    }
    coach
        ._master
        .resize(portable_pty::PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
}

/// The screen as a person sees it: a row's trailing blanks look the same whether written or not.
fn seen(coach: &Coach) -> String {
    let contents = coach.contents();
    let rows: Vec<&str> = contents.lines().map(str::trim_end).collect();
    rows.join("\n")
}

/// Pauses a rehearsal, so its clocks stop and its screen can be compared cell for cell, and gives
/// the paused screen once it is all there.
fn pause(coach: &mut Coach) -> String {
    coach.send("\x1b");
    // A frame can arrive in pieces, drawn top to bottom: the pause's whole footer, on the last
    // row, means the paused screen is all there.
    wait_until("the paused screen never showed whole", || {
        seen(coach).ends_with("\nr resume  s save and finish  d discard  ? help")
    });
    seen(coach)
}

/// Issue 11: the real binary, mid-answer, in a window shrunk to 1x1 and back: it keeps running,
/// draws the same screen again, and the typing carries on where it was.
#[test]
fn a_window_shrunk_to_1x1_and_back_redraws_the_same_screen_and_keeps_the_answer() {
    let data = tempfile::tempdir().unwrap();
    let mut coach = Coach::start(
        data.path(),
        &["rehearse", "--plan", "topic caseloads", "--seed", "7"],
    );
    coach.wait_for("Part 1 of 3: What have you done?");
    // More lines than a small window's box holds, so shrinking scrolls the box.
    for n in 1..=8 {
        coach.type_text(&format!("Line {n} of the answer.\r"));
    }
    coach.type_text("We introduced a weekly caseload review.");
    coach.wait_for("weekly caseload review.");
    // Paused, the clocks stop, so the whole screen can be compared cell for cell.
    let before = pause(&mut coach);
    // Dragged smaller through the smallest size the screen is drawn at, down to 1x1, the app
    // drawing at each size: the screen starts blank at each, and what it waits for is drawn only
    // at that size (below 40x12 the app asks for a larger window, "Please make...", cut short).
    for (cols, rows, drawn) in [
        (60, 20, "PAUSED"),
        (40, 12, "PAUSED"),
        (1, 1, "P"),
        (2, 1, "Pl"),
        (1, 1, "P"),
    ] {
        resize(&coach, cols, rows);
        wait_until(&format!("nothing was drawn at {cols}x{rows}"), || {
            let shown = coach.contents();
            if rows == 1 {
                shown.trim() == drawn
            } else {
                shown.contains(drawn)
            }
        });
    }
    resize(&coach, common::COLS, common::ROWS);
    assert!(
        common::holds_within_patience(|| seen(&coach) == before),
        "after 1x1 and back the screen differs.\nBefore:\n{before}\nAfter:\n{}",
        coach.contents()
    );
    assert!(coach.child.try_wait().unwrap().is_none(), "still running");
    coach.send("r");
    coach.type_text(" Every team.");
    coach.wait_for("weekly caseload review. Every team.");
    coach.send(CTRL_S);
    coach.wait_for("Your note is saved at:");
    coach.send("q");
    assert!(coach.wait_exit().success());
    let notes = notes_in(data.path());
    let text = std::fs::read_to_string(&notes[0]).unwrap();
    assert!(
        text.contains("Line 1 of the answer.\nLine 2 of the answer."),
        "{text}"
    );
    assert!(
        text.contains("We introduced a weekly caseload review. Every team."),
        "{text}"
    );
}

/// A window made smaller and back before the app has drawn a frame (tmux zooming a pane in and
/// out, a tiling window manager, or a resize while the app is busy) has lost what it showed; the
/// app sees the same size as before, and still draws the whole screen again.
#[test]
fn a_window_resized_and_back_between_two_frames_is_drawn_whole_again() {
    let data = tempfile::tempdir().unwrap();
    let mut coach = Coach::start(
        data.path(),
        &["rehearse", "--plan", "topic caseloads", "--seed", "7"],
    );
    coach.wait_for("Part 1 of 3: What have you done?");
    coach.type_text("We introduced a weekly caseload review.");
    coach.wait_for("weekly caseload review.");
    let before = pause(&mut coach);
    // The terminal cuts its lines to the small window and keeps them cut when it grows back.
    {
        let nz = |n: u16| std::num::NonZeroU16::new(n).unwrap();
        let mut screen = coach.screen.lock().unwrap();
        screen.screen_mut().set_size(nz(1), nz(1));
        screen
            .screen_mut()
            .set_size(nz(common::ROWS), nz(common::COLS));
    }
    assert_ne!(seen(&coach), before, "the window lost what it showed");
    // Small and back at once: by the time the app draws, the size is what it was.
    for (cols, rows) in [(1, 1), (common::COLS, common::ROWS)] {
        coach
            ._master
            .resize(portable_pty::PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }
    assert!(
        common::holds_within_patience(|| seen(&coach) == before),
        "the screen was not drawn again.\nBefore:\n{before}\nAfter:\n{}",
        coach.contents()
    );
    coach.send("r");
    coach.type_text(" Every team.");
    coach.wait_for("weekly caseload review. Every team.");
}

/// Walk 6, row 10: `rehearse --plain` at a terminal with no style flag takes the answer style set
/// in Settings and says so first.
#[test]
fn a_plain_rehearsal_at_a_terminal_takes_the_answer_style_from_settings_and_says_so() {
    let data = tempfile::tempdir().unwrap();
    common::settings::answer_style_saved(data.path(), psw_coach::notes::AnswerStyle::Spoken);
    let mut coach = Coach::start(
        data.path(),
        &["rehearse", "--plain", "--plan", "random 1", "--seed", "3"],
    );
    coach.wait_for("Answer style from Settings: spoken.");
    coach.wait_for("Say each answer aloud, then type the key points.");
    coach.send("\x04");
    coach.wait_exit();
}

/// The eleventh walk, row 1: `psw-coach --plain` at a terminal is `rehearse --plain`, so it too
/// takes the answer style set in Settings (it was always written).
#[test]
fn psw_coach_plain_at_a_terminal_takes_the_answer_style_from_settings() {
    let data = tempfile::tempdir().unwrap();
    common::settings::answer_style_saved(data.path(), psw_coach::notes::AnswerStyle::Spoken);
    let mut coach = Coach::start(data.path(), &["--plain"]);
    coach.wait_for("Answer style from Settings: spoken.");
    coach.wait_for("Mock interview, 8 questions.");
    coach.wait_for("Say each answer aloud, then type the key points.");
    coach.send("\x04");
    coach.wait_exit();
}
