//! The fault run of issue 18 (items 29-37 and the command-line items 7, 8, 9, 14), through the
//! real binary: special and huge files refused at once and by name, signals that keep the draft
//! and give the terminal back, banks checked as they load, exports that never write over a file.

use crate::common;

use assert_cmd::Command;
use common::{Coach, mkfifo};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

fn coach(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("psw-coach").unwrap();
    cmd.arg("--data-dir")
        .arg(data)
        .env_remove("PSW_COACH_DATA_DIR")
        .timeout(Duration::from_secs(20));
    cmd
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Runs the command, which must end within a second or two (debug build, busy machine: the
/// failures this guards against took 10 s to forever), and gives its standard error.
fn quick_stderr(mut cmd: Command, what: &str) -> (std::process::Output, String) {
    let started = Instant::now();
    let out = cmd.output().unwrap();
    assert!(
        started.elapsed() < Duration::from_secs(3),
        "{what} took {:?}",
        started.elapsed()
    );
    let stderr = text(&out.stderr);
    (out, stderr)
}

/// A small bank that checks clean on its own.
fn bank(id: &str, question: &str) -> String {
    format!(
        "id: {id}\ntitle: {id}\ndescription: d\nversion: 1\nquestions:\n  - id: {question}\n    \
         kind: broad\n    topic: role-remit\n    quality_statements: [governance]\n    \
         ask: \"What is your role?\"\n    follow_ups: [\"And then?\"]\n    listen_for: [\"x\"]\n"
    )
}

const NESTED: usize = 100_000;

fn nested_flow() -> String {
    format!("{}{}", "[".repeat(NESTED), "]".repeat(NESTED))
}

#[cfg(unix)]
#[test]
fn a_lexicon_that_is_a_pipe_a_device_or_nested_yaml_is_named_and_skipped_at_once() {
    let data = tempfile::tempdir().unwrap();
    let answer = data.path().join("answer.txt");
    std::fs::write(&answer, "We cut waiting times by a third.\n").unwrap();
    let lexicon = data.path().join("lexicon.yaml");
    for (make, words) in [
        (
            Box::new(|p: &Path| mkfifo(p)) as Box<dyn Fn(&Path)>,
            "not an ordinary file",
        ),
        (
            Box::new(|p: &Path| std::os::unix::fs::symlink("/dev/zero", p).unwrap()),
            "not an ordinary file",
        ),
        (
            Box::new(|p: &Path| {
                std::fs::write(p, format!("glossary: {}\n", nested_flow())).unwrap()
            }),
            "nested more than 64",
        ),
    ] {
        let _ = std::fs::remove_file(&lexicon);
        make(&lexicon);
        let mut cmd = coach(data.path());
        cmd.arg("analyse").arg(&answer);
        let (out, stderr) = quick_stderr(cmd, "analyse with a bad lexicon");
        assert!(out.status.success(), "{stderr}");
        assert!(stderr.contains("lexicon.yaml"), "names the file: {stderr}");
        assert!(stderr.contains(words), "{stderr}");
        assert!(
            text(&out.stdout).contains("third"),
            "the answer is still analysed"
        );
    }
}

#[test]
fn a_note_whose_front_matter_is_nested_yaml_is_skipped_at_once_by_name() {
    let data = tempfile::tempdir().unwrap();
    coach(data.path())
        .args(["rehearse", "--plain", "--plan", "random 1", "--seed", "3"])
        .write_stdin("Waits fell by half.\n.\n")
        .assert()
        .success();
    let notes = data.path().join("notes");
    let note = std::fs::read_dir(&notes)
        .unwrap()
        .next()
        .unwrap()
        .unwrap()
        .path();
    let raw = std::fs::read_to_string(&note).unwrap();
    std::fs::write(
        &note,
        raw.replacen("plan: ", &format!("odd: {}\nplan: ", nested_flow()), 1),
    )
    .unwrap();
    let mut cmd = coach(data.path());
    cmd.args(["notes", "list"]);
    let (out, stderr) = quick_stderr(cmd, "notes list");
    let all = stderr + &text(&out.stdout);
    assert!(all.contains("nested more than 64"), "{all}");
    let name = note.file_name().unwrap().to_string_lossy().into_owned();
    assert!(all.contains(&name), "names the note: {all}");
}

#[test]
fn banks_check_refuses_two_banks_in_one_file_as_loading_does() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("two.yaml");
    std::fs::write(
        &file,
        format!("{}---\n{}", bank("one", "one-1"), bank("two", "two-1")),
    )
    .unwrap();
    let out = coach(data.path())
        .args(["banks", "check"])
        .arg(&file)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("two.yaml:13:1: a second document"),
        "{stderr}"
    );
    // Loading says the same, instead of keeping the first bank and dropping the second.
    let out = coach(data.path())
        .arg("--bank")
        .arg(&file)
        .args(["banks", "list"])
        .output()
        .unwrap();
    assert!(
        text(&out.stderr).contains("a second document"),
        "{}",
        text(&out.stderr)
    );
    assert!(!text(&out.stdout).contains("one-1"));
}

#[test]
fn banks_check_refuses_a_question_id_another_bank_already_uses() {
    let data = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(data.path().join("banks")).unwrap();
    std::fs::write(data.path().join("banks/a.yaml"), bank("a", "same-1")).unwrap();
    let b = data.path().join("b.yaml");
    std::fs::write(&b, bank("b", "same-1")).unwrap();
    let out = coach(data.path())
        .args(["banks", "check"])
        .arg(&b)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("duplicate question id `same-1`"),
        "{stderr}"
    );
}

#[test]
fn banks_check_refuses_a_bank_id_the_bundled_bank_uses() {
    let data = tempfile::tempdir().unwrap();
    let mine = data.path().join("mine.yaml");
    std::fs::write(&mine, bank("cqc-psw-adults", "mine-1")).unwrap();
    let out = coach(data.path())
        .args(["banks", "check"])
        .arg(&mine)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("bank id `cqc-psw-adults` is already used"),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn banks_list_says_which_banks_in_the_folder_could_not_be_read() {
    let data = tempfile::tempdir().unwrap();
    let banks = data.path().join("banks");
    std::fs::create_dir_all(&banks).unwrap();
    mkfifo(&banks.join("pipe.yaml"));
    std::os::unix::fs::symlink("/dev/zero", banks.join("zero.yaml")).unwrap();
    std::os::unix::fs::symlink(banks.join("gone.yaml"), banks.join("dangling.yaml")).unwrap();
    std::os::unix::fs::symlink("loop.yaml", banks.join("loop.yaml")).unwrap();
    let mut cmd = coach(data.path());
    cmd.args(["banks", "list"]);
    let (out, stderr) = quick_stderr(cmd, "banks list");
    assert!(out.status.success());
    for (file, why) in [
        ("pipe.yaml", "not an ordinary file"),
        ("zero.yaml", "not an ordinary file"),
        ("dangling.yaml", "a link to a file that is not there"),
        ("loop.yaml", "a link to a file that is not there"),
    ] {
        let line = stderr
            .lines()
            .find(|l| l.starts_with("Skipped") && l.contains(file))
            .unwrap_or_else(|| panic!("{file} not reported: {stderr}"));
        assert!(line.contains(why), "{line}");
    }
}

fn notes_in(data: &Path) -> Vec<PathBuf> {
    std::fs::read_dir(data.join("notes"))
        .map(|d| {
            d.map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_some_and(|e| e == "md"))
                .collect()
        })
        .unwrap_or_default()
}

fn drafts_holding(data: &Path, text: &str) -> bool {
    std::fs::read_dir(data.join("drafts"))
        .ok()
        .into_iter()
        .flatten()
        .any(|e| std::fs::read_to_string(e.unwrap().path()).is_ok_and(|t| t.contains(text)))
}

#[cfg(target_os = "linux")]
#[test]
fn every_signal_that_ends_the_app_keeps_the_draft_and_gives_the_terminal_back() {
    for (name, number) in [
        ("USR2", libc::SIGUSR2),
        ("PROF", libc::SIGPROF),
        ("VTALRM", libc::SIGVTALRM),
        ("PWR", libc::SIGPWR),
        ("XCPU", libc::SIGXCPU),
        ("IO", libc::SIGIO),
        ("STKFLT", libc::SIGSTKFLT),
        ("RTMIN", libc::SIGRTMIN()),
    ] {
        let data = tempfile::tempdir().unwrap();
        let mut coach = Coach::start(data.path(), &["rehearse", "--seed", "5"]);
        coach.wait_for("Part 1 of 3");
        let typed = format!("Typed just before SIG{name}");
        coach.type_text(&typed);
        coach.wait_for(&typed);
        let pid = coach.child.process_id().unwrap() as i32;
        // SAFETY: sends a signal to the child this test started.
        assert_eq!(unsafe { libc::kill(pid, number) }, 0);
        coach.wait_exit();
        // The terminal is given back before the process ends, but the reading thread may see
        // those last bytes a little after the exit: wait for the screen to go, within reason.
        let restored = coach.wait_for_gone("Part 1 of 3", Duration::from_secs(10));
        assert!(
            restored,
            "SIG{name} left the app's screen up:\n{}",
            coach.contents()
        );
        assert!(
            drafts_holding(data.path(), &typed),
            "SIG{name} lost the answer"
        );
        assert!(notes_in(data.path()).is_empty());
    }
}

#[cfg(unix)]
#[test]
fn notes_import_of_a_pipe_or_a_device_is_refused_at_once_by_name() {
    let data = tempfile::tempdir().unwrap();
    let fifo = data.path().join("sheet-pipe.md");
    mkfifo(&fifo);
    let zero = data.path().join("sheet-zero.md");
    std::os::unix::fs::symlink("/dev/zero", &zero).unwrap();
    for (file, words) in [
        (fifo.as_path(), "not an ordinary file"),
        (zero.as_path(), "not an ordinary file"),
    ] {
        let mut cmd = coach(data.path());
        cmd.args(["notes", "import"]).arg(file);
        let (out, stderr) = quick_stderr(cmd, "notes import");
        assert_eq!(out.status.code(), Some(1), "{stderr}");
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        assert!(stderr.contains(&name) && stderr.contains(words), "{stderr}");
    }
}

#[cfg(unix)]
#[test]
fn banks_try_with_a_pipe_or_dev_zero_is_refused_at_once() {
    let data = tempfile::tempdir().unwrap();
    let fifo = data.path().join("answer-pipe.txt");
    mkfifo(&fifo);
    let mut cmd = coach(data.path());
    cmd.args(["banks", "try", "role-remit-01"]).arg(&fifo);
    let (out, stderr) = quick_stderr(cmd, "banks try with a pipe");
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("answer-pipe.txt") && stderr.contains("not an ordinary file"));

    let mut cmd = coach(data.path());
    cmd.args(["banks", "try", "role-remit-01", "/dev/zero"]);
    let (out, stderr) = quick_stderr(cmd, "banks try /dev/zero");
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("/dev/zero"), "{stderr}");

    let started = Instant::now();
    let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("psw-coach"))
        .arg("--data-dir")
        .arg(data.path())
        .args(["banks", "try", "role-remit-01", "-"])
        .stdin(std::fs::File::open("/dev/zero").unwrap())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    while child.try_wait().unwrap().is_none() {
        if started.elapsed() > Duration::from_secs(3) {
            child.kill().unwrap();
            panic!("banks try - < /dev/zero was still reading after 3 s");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    let out = child.wait_with_output().unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("longer than 200 KB"), "{stderr}");
}

/// Runs a one-question plain rehearsal with `answer` as the first part and gives its output.
fn plain_rehearsal(data: &Path, answer: &str) -> String {
    let out = coach(data)
        .args(["rehearse", "--plain", "--plan", "random 1", "--seed", "3"])
        .write_stdin(format!("{answer}\n.\n"))
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    text(&out.stdout)
}

#[test]
fn a_huge_answer_in_plain_mode_is_kept_to_the_limit_and_the_note_still_lists() {
    let data = tempfile::tempdir().unwrap();
    let long = "We reviewed every case. ".repeat(20_000); // 480 KB on one line
    let said = plain_rehearsal(data.path(), &long);
    assert!(said.contains("reached 200 KB"), "the PSW is told: {said}");
    let notes = notes_in(data.path());
    assert_eq!(notes.len(), 1);
    let out = coach(data.path()).args(["notes", "list"]).output().unwrap();
    assert!(out.status.success());
    assert!(
        !text(&out.stderr).contains("skipped"),
        "{}",
        text(&out.stderr)
    );
    assert!(text(&out.stdout).contains("1."), "{}", text(&out.stdout));
    let note = std::fs::read_to_string(&notes[0]).unwrap();
    assert!(note.contains("We reviewed every case."));
    assert!(
        note.len() < 260 * 1024,
        "kept to the limit: {} bytes",
        note.len()
    );
}

#[test]
fn a_sheet_holding_an_answer_over_the_limit_is_not_imported() {
    let from = tempfile::tempdir().unwrap();
    plain_rehearsal(from.path(), "Waits fell by half.");
    let note = notes_in(from.path()).remove(0);
    let raw = std::fs::read_to_string(&note).unwrap();
    let long = "We reviewed every case. ".repeat(20_000);
    std::fs::write(&note, raw.replacen("Waits fell by half.", &long, 1)).unwrap();
    let sheet = from.path().join("sheet.md");
    coach(from.path())
        .args(["notes", "export", "1", "--out"])
        .arg(&sheet)
        .assert()
        .success();
    let to = tempfile::tempdir().unwrap();
    let out = coach(to.path())
        .args(["notes", "import"])
        .arg(&sheet)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("not added") && stderr.contains("200 KB"),
        "{stderr}"
    );
    assert!(notes_in(to.path()).is_empty());
}

/// Every command that takes `--out`, writing to `out`.
fn exports_to(data: &Path, out: &Path) -> Vec<(&'static str, Command)> {
    let mut sheet = coach(data);
    sheet.args(["notes", "export", "1", "--out"]).arg(out);
    let mut pack = coach(data);
    pack.args(["notes", "export", "--pack", "--out"]).arg(out);
    let mut cards = coach(data);
    cards
        .args(["cards", "--plan", "random 2", "--out"])
        .arg(out);
    vec![("sheet", sheet), ("pack", pack), ("cards", cards)]
}

#[test]
fn no_export_ever_writes_over_a_note_and_each_says_so_plainly() {
    let data = tempfile::tempdir().unwrap();
    plain_rehearsal(data.path(), "Waits fell by half.");
    let note = notes_in(data.path()).remove(0);
    let before = std::fs::read(&note).unwrap();
    let other = data.path().join("pack.md");
    std::fs::write(&other, "last week's pack").unwrap();
    for target in [&note, &other] {
        for (what, mut cmd) in exports_to(data.path(), target) {
            let out = cmd.output().unwrap();
            let stderr = text(&out.stderr);
            assert_eq!(
                out.status.code(),
                Some(1),
                "{what} onto {target:?}: {stderr}"
            );
            if target == &note {
                // A note is in the notes folder, where nothing else may go: no other name there
                // is offered.
                assert!(
                    stderr.contains("is where psw-coach keeps your notes")
                        && stderr.contains("Choose another folder"),
                    "{what}: {stderr}"
                );
            } else {
                assert!(stderr.contains("is already there"), "{what}: {stderr}");
                assert!(stderr.contains("Nothing was changed"), "{what}: {stderr}");
                assert!(
                    stderr.contains("such as") && stderr.contains("-2.md"),
                    "{what}: {stderr}"
                );
            }
            assert!(!stderr.contains("os error"), "{what}: {stderr}");
        }
    }
    assert_eq!(
        std::fs::read(&note).unwrap(),
        before,
        "the note is as it was"
    );
    assert_eq!(std::fs::read_to_string(&other).unwrap(), "last week's pack");
}

#[cfg(unix)]
#[test]
fn no_export_writes_through_a_link_to_a_file_elsewhere() {
    let data = tempfile::tempdir().unwrap();
    plain_rehearsal(data.path(), "Waits fell by half.");
    let elsewhere = tempfile::tempdir().unwrap();
    let outside = elsewhere.path().join("important.txt");
    std::fs::write(&outside, "not psw-coach's").unwrap();
    let link = data.path().join("cards.md");
    std::os::unix::fs::symlink(&outside, &link).unwrap();
    let dangling = data.path().join("new.md");
    std::os::unix::fs::symlink(elsewhere.path().join("made-through-a-link.md"), &dangling).unwrap();
    for target in [&link, &dangling] {
        for (what, mut cmd) in exports_to(data.path(), target) {
            let out = cmd.output().unwrap();
            let stderr = text(&out.stderr);
            assert_eq!(
                out.status.code(),
                Some(1),
                "{what} onto {target:?}: {stderr}"
            );
            assert!(stderr.contains("is a link"), "{what}: {stderr}");
        }
    }
    assert_eq!(
        std::fs::read_to_string(&outside).unwrap(),
        "not psw-coach's"
    );
    assert!(!elsewhere.path().join("made-through-a-link.md").exists());
}

#[test]
fn an_export_to_a_missing_folder_names_the_folder_and_a_new_name_works() {
    let data = tempfile::tempdir().unwrap();
    plain_rehearsal(data.path(), "Waits fell by half.");
    let missing = data.path().join("no-such-folder").join("out.md");
    for (what, mut cmd) in exports_to(data.path(), &missing) {
        let out = cmd.output().unwrap();
        let stderr = text(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{what}: {stderr}");
        assert!(
            stderr.contains("the folder")
                && stderr.contains("no-such-folder")
                && stderr.contains("does not exist"),
            "{what}: {stderr}"
        );
    }
    for i in 0..3 {
        let fresh = data.path().join(format!("fresh-{i}.md"));
        let (what, mut again) = exports_to(data.path(), &fresh).remove(i);
        again.assert().success();
        assert!(fresh.exists(), "{what}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&fresh).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "{what}");
        }
    }
    let leftovers: Vec<_> = std::fs::read_dir(data.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty(), "{leftovers:?}");
}

#[test]
fn a_draft_with_impossible_times_is_refused_in_words_not_a_crash_and_can_be_saved() {
    let data = tempfile::tempdir().unwrap();
    let drafts = data.path().join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    let draft = include_str!("../fixtures/draft-with-impossible-times.md");
    std::fs::write(drafts.join("20261204-224059-197a.md"), draft).unwrap();
    let mut coach = Coach::start(data.path(), &[]);
    coach.wait_for("Unfinished rehearsal found");
    // The recovery screen checks the draft against the banks before it is drawn, so resuming is
    // not offered and the reason is said at once; the first choice is then saving it as a note.
    // (Pressing Enter before reading the reason raced the app: it could save and move on first.)
    coach.wait_for("its times are damaged");
    assert!(!coach.contents().contains("Resume where it stopped"));
    coach.send("\r"); // Save it as a note (marked “recovered”)
    coach.wait_for("Recovered and saved as a note");
    coach.child.kill().unwrap();
    let notes = notes_in(data.path());
    assert_eq!(notes.len(), 1);
    let note = std::fs::read_to_string(&notes[0]).unwrap();
    assert!(note.contains("We brought in weekly caseload review"));
}

#[test]
fn a_note_claiming_an_older_format_than_it_is_still_shows_its_answers() {
    let data = tempfile::tempdir().unwrap();
    plain_rehearsal(data.path(), "Waits fell by half.");
    let note = notes_in(data.path()).remove(0);
    let raw = std::fs::read_to_string(&note).unwrap();
    assert!(raw.contains("format: 2\n"));
    std::fs::write(&note, raw.replacen("format: 2\n", "format: 1\n", 1)).unwrap();
    let out = coach(data.path())
        .args(["notes", "show", "latest"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("Waits fell by half."),
        "{}",
        text(&out.stdout)
    );
    assert!(
        text(&out.stderr).contains("says it is format 1"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn quitting_after_a_saved_rehearsal_does_not_say_an_earlier_one_was_discarded() {
    const DOWN: &str = "\x1b[B";
    let data = tempfile::tempdir().unwrap();
    let mut coach = Coach::start(data.path(), &[]);
    coach.wait_for("Five at random");
    coach.send(&format!("{DOWN}{DOWN}{DOWN}\r"));
    coach.wait_for("Part 1 of 3");
    coach.type_text("A first try I do not want");
    coach.wait_for("do not want");
    coach.send("\x1b");
    coach.wait_for("discard");
    coach.send("d");
    coach.send("y");
    coach.wait_for("Five at random");
    // Home keeps its place: still on "Five at random".
    coach.send("\r");
    coach.wait_for("Part 1 of 3");
    coach.type_text("The answer I keep");
    coach.wait_for("The answer I keep");
    coach.send("\x13");
    coach.wait_for("Rehearsal saved");
    coach.send("q");
    coach.wait_for("Five at random");
    coach.send("q");
    coach.wait_exit();
    let after = coach.contents();
    assert!(!after.contains("Rehearsal discarded"), "{after}");
    assert!(after.contains("saved as a note"), "{after}");
}

#[cfg(unix)]
#[test]
fn review_with_no_terminal_says_so_without_raw_escape_codes() {
    use std::os::unix::process::CommandExt;
    let data = tempfile::tempdir().unwrap();
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("psw-coach"));
    cmd.arg("--data-dir")
        .arg(data.path())
        .arg("review")
        .stdin(std::process::Stdio::null());
    // SAFETY: setsid only detaches the child from this process's terminal, as cron or a pipe
    // from another program would run it.
    unsafe {
        cmd.pre_exec(|| {
            libc::setsid();
            Ok(())
        });
    }
    let out = cmd.output().unwrap();
    let all = text(&out.stdout) + &text(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{all}");
    assert!(all.contains("needs a terminal window"), "{all}");
    assert!(!all.contains('\u{1b}'), "raw escape codes: {all:?}");
}

#[test]
fn a_notes_index_temp_file_left_by_a_quit_is_cleaned_by_the_next_command() {
    let data = tempfile::tempdir().unwrap();
    plain_rehearsal(data.path(), "Waits fell by half.");
    // As a psw-coach stopped while writing the index leaves it (the number is a process long gone).
    let leftover = data.path().join("notes/..index.json.4194305.0.tmp");
    std::fs::write(&leftover, "{\"half\":").unwrap();
    let out = coach(data.path()).args(["notes", "list"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(!leftover.exists(), "the leftover temp file is still there");
    assert_eq!(notes_in(data.path()).len(), 1);
}

#[test]
fn rehearsals_saved_in_the_same_second_list_in_order_and_latest_is_the_last() {
    let data = tempfile::tempdir().unwrap();
    let notes = data.path().join("notes");
    for word in ["Alpha", "Bravo", "Charlie"] {
        plain_rehearsal(data.path(), &format!("{word} answer."));
        // Each saved note is given the name and start time a fast run in one second gets.
        let newest = notes_in(data.path())
            .into_iter()
            .find(|p| {
                std::fs::read_to_string(p)
                    .unwrap()
                    .contains(&format!("{word} answer."))
            })
            .unwrap();
        let name = match word {
            "Alpha" => "2026-12-04-2248-random-1.md".to_string(),
            "Bravo" => "2026-12-04-2248-random-1-2.md".to_string(),
            _ => "2026-12-04-2248-random-1-3.md".to_string(),
        };
        let raw = std::fs::read_to_string(&newest).unwrap();
        let start = raw.find("\nstarted: ").unwrap() + 1;
        let end = start + raw[start..].find('\n').unwrap();
        let raw = format!(
            "{}started: 2026-12-04T22:48:10+00:00{}",
            &raw[..start],
            &raw[end..]
        );
        std::fs::remove_file(&newest).unwrap();
        std::fs::write(notes.join(name), raw).unwrap();
    }
    let out = coach(data.path()).args(["notes", "list"]).output().unwrap();
    let listed = text(&out.stdout);
    let order: Vec<&str> = listed.lines().collect();
    assert!(order[0].ends_with("random-1.md"), "{listed}");
    assert!(order[1].ends_with("random-1-2.md"), "{listed}");
    assert!(order[2].ends_with("random-1-3.md"), "{listed}");
    for (which, word) in [("latest", "Charlie"), ("2", "Bravo"), ("1", "Alpha")] {
        let out = coach(data.path())
            .args(["notes", "show", which])
            .output()
            .unwrap();
        assert!(
            text(&out.stdout).contains(&format!("{word} answer.")),
            "{which}: {}",
            text(&out.stdout)
        );
    }
}

#[test]
fn analyse_takes_latest_a_number_or_a_name_as_notes_show_does() {
    let data = tempfile::tempdir().unwrap();
    plain_rehearsal(
        data.path(),
        "I set up a weekly panel and waits fell from 40 to 20 days.",
    );
    let name = notes_in(data.path())[0]
        .file_stem()
        .unwrap()
        .to_string_lossy()
        .into_owned();
    for which in ["latest", "1", name.as_str()] {
        let out = coach(data.path())
            .args(["analyse", which])
            .output()
            .unwrap();
        let said = text(&out.stdout);
        assert!(out.status.success(), "{which}: {}", text(&out.stderr));
        assert!(said.contains("=== Question 1 of 1"), "{which}: {said}");
        assert!(said.contains("The three questions"), "{which}: {said}");
    }
    let out = coach(data.path()).args(["analyse", "7"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(
        text(&out.stderr).contains("there is no note 7"),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn notes_show_reads_back_the_coaching_for_each_answer() {
    let data = tempfile::tempdir().unwrap();
    plain_rehearsal(
        data.path(),
        "I set up a weekly panel and waits fell from 40 to 20 days.",
    );
    let out = coach(data.path())
        .args(["notes", "show", "latest"])
        .output()
        .unwrap();
    let shown = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    for words in [
        "Coaching, answer by answer",
        "The three questions",
        "Then, now, next:",
        "Next steps",
    ] {
        assert!(shown.contains(words), "{words}: {shown}");
    }
    // The coaching comes after the answer it is about.
    assert!(
        shown.find("weekly panel").unwrap() < shown.find("Coaching, answer by answer").unwrap()
    );
}
