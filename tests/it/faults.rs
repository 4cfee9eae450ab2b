//! Hostile input and faults, through the real binary: nothing typed is lost, nothing from a file
//! reaches the terminal raw, nothing outside the data folder changes, and bad files get a clear
//! message instead of a hang or a crash (issue 11).

use assert_cmd::Command;
use psw_coach::notes::{NotesStore, to_markdown};
use std::io::Write;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

fn coach(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("psw-coach").unwrap();
    cmd.arg("--data-dir")
        .arg(data)
        .env_remove("PSW_COACH_DATA_DIR")
        .timeout(Duration::from_secs(20));
    cmd
}

/// For the few tests that set up standard input or output by hand.
fn std_coach(data: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("psw-coach"));
    cmd.arg("--data-dir")
        .arg(data)
        .env_remove("PSW_COACH_DATA_DIR");
    cmd
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// Control characters a terminal would act on: C0 but line feed and tab, DEL, and C1.
fn has_raw_controls(s: &str) -> bool {
    s.chars().any(|c| c.is_control() && c != '\n' && c != '\t')
}

const EVIL_BANK: &str = "id: evil\ntitle: \"Evil \\e]0;pwned\\a bank\"\ndescription: d\nversion: 1\nquestions:\n  - id: evil-1\n    kind: broad\n    topic: escapes\n    quality_statements: [governance]\n    ask: \"What \\e[2J\\e]52;c;cm0gLXJmIH4=\\a now \\u009b31m?\"\n    follow_ups:\n      - \"Link \\e]8;;http://x.example\\e\\\\here\\e]8;;\\e\\\\\"\n    listen_for:\n      - \"A \\x07 bell\"\n";

#[test]
fn escape_sequences_in_a_bank_never_reach_the_terminal_raw() {
    let data = tempfile::tempdir().unwrap();
    let bank = data.path().join("evil.yaml");
    std::fs::write(&bank, EVIL_BANK).unwrap();

    let out = coach(data.path())
        .arg("--bank")
        .arg(&bank)
        .args(["banks", "list"])
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        stdout.contains("What ␛[2J␛]52;c;cm0gLXJmIH4=␇ now �31m?"),
        "{stdout}"
    );
    assert!(!has_raw_controls(&stdout) && !has_raw_controls(&text(&out.stderr)));

    // A broken bank's own words come back in `banks check` messages.
    let broken = data.path().join("broken.yaml");
    std::fs::write(
        &broken,
        "id: b\ntitle: t\n\"\\e]0;x\\a\": 1\nquestions: []\n",
    )
    .unwrap();
    let out = coach(data.path())
        .args(["banks", "check"])
        .arg(&broken)
        .output()
        .unwrap();
    let stderr = text(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr.contains("␛]0;x␇"), "{stderr}");
    assert!(!has_raw_controls(&stderr) && !has_raw_controls(&text(&out.stdout)));

    let out = coach(data.path())
        .arg("--bank")
        .arg(&bank)
        .args(["rehearse", "--plain", "--plan", "topic escapes"])
        .write_stdin("An answer \u{1b}[31mred\n.\n.\n.\n.\n\n\n")
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(stdout.contains("What ␛[2J"), "{stdout}");
    assert!(!has_raw_controls(&stdout), "{stdout:?}");
}

#[test]
fn escape_sequences_in_a_note_never_reach_the_terminal_raw() {
    let data = tempfile::tempdir().unwrap();
    let out = coach(data.path())
        .args(["rehearse", "--plain", "--plan", "random 1", "--seed", "3"])
        .write_stdin("Waits fell \u{1b}]0;pwned\u{7} \u{1b}[2J by half.\n.\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stdout));
    let notes = std::fs::read_dir(data.path().join("notes")).unwrap();
    let note = notes.map(|e| e.unwrap().path()).next().unwrap();
    // A hand edit puts an escape in the front matter too.
    let raw = std::fs::read_to_string(&note).unwrap();
    std::fs::write(
        &note,
        raw.replacen("plan: ", "plan: \"\\e]0;x\\a\"\n_was: ", 1)
            // The listing shows the plan's title, so one goes there as well.
            .replacen("\ntitle: ", "\ntitle: \"\\e]0;y\\a\"\n_was_title: ", 1),
    )
    .unwrap();

    for args in [vec!["notes", "list"], vec!["notes", "show"]] {
        let mut cmd = coach(data.path());
        cmd.args(&args);
        if args[1] == "show" {
            cmd.arg(&note);
        }
        let out = cmd.output().unwrap();
        let all = text(&out.stdout) + &text(&out.stderr);
        assert!(!has_raw_controls(&all), "{args:?}: {all:?}");
        assert!(
            all.contains('␛'),
            "{args:?} shows where the escape was: {all}"
        );
    }
}

#[test]
fn a_deeply_nested_bank_is_a_located_error_and_the_rest_loads() {
    let data = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(data.path().join("banks")).unwrap();
    let deep = format!("id: deep\nquestions:\n  {}a\n", "- ".repeat(30_000));
    std::fs::write(data.path().join("banks/deep.yaml"), deep).unwrap();
    let out = coach(data.path()).args(["banks", "list"]).output().unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stderr = text(&out.stderr);
    assert!(stderr.contains("deep.yaml: line 3, column "), "{stderr}");
    assert!(stderr.contains("nested more than 64 levels"), "{stderr}");
    assert!(
        text(&out.stdout).contains("role-remit-01"),
        "the bundled bank loads"
    );
}

#[cfg(unix)]
#[test]
fn pipes_devices_and_huge_files_are_refused_not_waited_on() {
    let data = tempfile::tempdir().unwrap();
    let fifo = data.path().join("bank.yaml");
    crate::common::mkfifo(&fifo);
    let huge = data.path().join("huge.yaml");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(psw_coach::bank::load::MAX_BANK_BYTES + 1)
        .unwrap();
    for (bank, words) in [
        (fifo.as_path(), "not an ordinary file"),
        (Path::new("/dev/zero"), "not an ordinary file"),
        (huge.as_path(), "larger than 16 MB"),
    ] {
        let started = Instant::now();
        let out = coach(data.path())
            .arg("--bank")
            .arg(bank)
            .args(["banks", "list"])
            .output()
            .unwrap();
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no hang on {bank:?}"
        );
        assert!(out.status.success());
        let stderr = text(&out.stderr);
        assert!(stderr.contains(words), "{bank:?}: {stderr}");
    }
}

/// Walk 9, row 21: a 54 MB file given to `--bank` was "larger than 8 MB, far larger than any
/// note, bank or sheet of figures psw-coach reads" and to `analyse` "larger than 16 MB" in the same
/// words. One file too large for any of them is told one limit, whichever way it is given.
#[test]
fn a_file_too_large_is_told_the_same_limit_as_a_bank_a_sheet_or_an_answer() {
    let data = tempfile::tempdir().unwrap();
    let huge = data.path().join("huge.txt");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(12 * 1024 * 1024)
        .unwrap();
    for args in [
        vec!["--bank", "HUGE", "banks", "list"],
        vec!["banks", "check", "HUGE"],
        vec!["evidence", "import", "HUGE"],
        vec!["analyse", "HUGE"],
    ] {
        let args: Vec<_> = args
            .iter()
            .map(|a| {
                if *a == "HUGE" {
                    huge.as_os_str()
                } else {
                    std::ffi::OsStr::new(a)
                }
            })
            .collect();
        let out = coach(data.path()).args(&args).output().unwrap();
        let stderr = text(&out.stderr);
        // Under the one limit, each reads the file (and finds it is not a bank, a sheet or an
        // answer); none refuses it for its size.
        assert!(!stderr.contains("larger than"), "{args:?}: {stderr}");
    }
}

#[test]
fn plain_mode_carries_on_past_bytes_that_are_not_utf8() {
    let data = tempfile::tempdir().unwrap();
    let out = coach(data.path())
        .args(["rehearse", "--plain", "--plan", "random 1", "--seed", "3"])
        .write_stdin(&b"We met the caf\xe9 owners.\nThen waits fell.\n.\nBy half.\n.\n"[..])
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.contains("not plain text (UTF-8)"), "{stdout}");
    let listing = NotesStore::new(data.path()).list();
    let q = &listing.notes[0].1.questions[0];
    assert_eq!(
        q.answers[0].text,
        "We met the caf\u{fffd} owners.\nThen waits fell."
    );
    assert_eq!(q.answers[1].text, "By half.");
}

#[test]
fn plain_mode_tells_of_drafts_left_from_before() {
    let data = tempfile::tempdir().unwrap();
    // A draft left by a session that crashed (written by hand: no running process owns it).
    let out = coach(data.path())
        .args(["rehearse", "--plain", "--plan", "random 1", "--seed", "3"])
        .write_stdin("Half an answer.\n.\n")
        .output()
        .unwrap();
    assert!(out.status.success());
    let store = NotesStore::new(data.path());
    let (_, mut note) = store.list().notes.pop().unwrap();
    note.session_id = "crashed-1".into();
    std::fs::create_dir_all(store.drafts_dir()).unwrap();
    std::fs::write(store.drafts_dir().join("crashed-1.md"), to_markdown(&note)).unwrap();

    let out = coach(data.path())
        .args(["rehearse", "--plain", "--plan", "random 1"])
        .write_stdin("")
        .output()
        .unwrap();
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("An earlier rehearsal did not finish; it is kept as a draft:"),
        "{stdout}"
    );
    assert!(stdout.contains("crashed-1.md"), "{stdout}");
    assert!(
        stdout.contains("start psw-coach without --plain"),
        "{stdout}"
    );
}

/// A second copy on the same data folder must not see a running session's draft as crashed.
#[test]
fn a_running_sessions_draft_is_not_offered_to_a_second_copy() {
    let data = tempfile::tempdir().unwrap();
    let mut first = std::process::Command::new(assert_cmd::cargo::cargo_bin("psw-coach"))
        .arg("--data-dir")
        .arg(data.path())
        .args(["rehearse", "--plain", "--plan", "random 1", "--seed", "3"])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .unwrap();
    let mut stdin = first.stdin.take().unwrap();
    stdin.write_all(b"Typed in the first window.\n").unwrap();
    stdin.flush().unwrap();
    let store = NotesStore::new(data.path());
    let started = Instant::now();
    while std::fs::read_dir(store.drafts_dir()).map_or(true, |d| {
        !d.flatten()
            .any(|e| e.file_name().to_string_lossy().ends_with(".md"))
    }) {
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "no draft written"
        );
        std::thread::sleep(Duration::from_millis(20));
    }

    assert!(store.drafts().is_empty(), "the live draft is not offered");
    let out = coach(data.path())
        .args(["rehearse", "--plain", "--plan", "random 1"])
        .write_stdin("")
        .output()
        .unwrap();
    assert!(
        !text(&out.stdout).contains("did not finish"),
        "{}",
        text(&out.stdout)
    );

    drop(stdin);
    assert!(first.wait().unwrap().success());
    let listing = store.list();
    assert_eq!(listing.notes.len(), 1, "exactly one note, no duplicate");
    assert_eq!(
        listing.notes[0].1.questions[0].answers[0].text,
        "Typed in the first window."
    );
    assert!(store.drafts().is_empty());
}

#[test]
fn rehearse_without_a_terminal_leaves_no_empty_draft() {
    let data = tempfile::tempdir().unwrap();
    let out = std_coach(data.path())
        .arg("rehearse")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(!out.status.success());
    let drafts = data.path().join("drafts");
    let left: Vec<_> = std::fs::read_dir(&drafts)
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(left.is_empty(), "{left:?}");
    assert!(NotesStore::new(data.path()).drafts().is_empty());
}

#[cfg(unix)]
fn mode(path: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::symlink_metadata(path)
        .unwrap()
        .permissions()
        .mode()
        & 0o7777
}

#[cfg(unix)]
#[test]
fn with_umask_000_every_folder_made_is_private() {
    let root = tempfile::tempdir().unwrap();
    let data = root.path().join("a/b");
    let script = format!(
        "umask 000; exec '{}' --data-dir '{}' rehearse --plain --plan 'random 1'",
        assert_cmd::cargo::cargo_bin("psw-coach").display(),
        data.display()
    );
    let out = std::process::Command::new("sh")
        .args(["-c", &script])
        .env_remove("PSW_COACH_DATA_DIR")
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .and_then(|mut child| {
            child.stdin.take().unwrap().write_all(b"An answer.\n.\n")?;
            child.wait_with_output()
        })
        .unwrap();
    assert!(out.status.success());
    for dir in ["a", "a/b", "a/b/notes"] {
        assert_eq!(mode(&root.path().join(dir)), 0o700, "{dir}");
    }
    let note = std::fs::read_dir(data.join("notes"))
        .unwrap()
        .next()
        .unwrap();
    assert_eq!(mode(&note.unwrap().path()), 0o600);
}

#[cfg(unix)]
#[test]
fn a_symlinked_notes_folder_keeps_its_own_mode() {
    use std::os::unix::fs::PermissionsExt;
    let root = tempfile::tempdir().unwrap();
    let shared = root.path().join("shared");
    std::fs::create_dir(&shared).unwrap();
    std::fs::set_permissions(&shared, std::fs::Permissions::from_mode(0o1777)).unwrap();
    let data = root.path().join("data");
    std::fs::create_dir(&data).unwrap();
    std::os::unix::fs::symlink(&shared, data.join("notes")).unwrap();
    let out = coach(&data)
        .args(["rehearse", "--plain", "--plan", "random 1"])
        .write_stdin("An answer.\n.\n")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stdout));
    assert_eq!(
        mode(&shared),
        0o1777,
        "the shared folder keeps its sticky bit"
    );
    assert_eq!(
        std::fs::read_dir(&shared).unwrap().count(),
        1,
        "the note is there"
    );
}

#[test]
fn an_unreadable_notes_folder_is_an_error_not_no_notes_yet() {
    let data = tempfile::tempdir().unwrap();
    std::fs::write(
        data.path().join("notes"),
        "a file where the folder should be",
    )
    .unwrap();
    let out = coach(data.path()).args(["notes", "list"]).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let all = text(&out.stdout) + &text(&out.stderr);
    assert!(!all.contains("No notes yet"), "{all}");
    assert!(
        all.contains("the notes folder could not be read: it is a file, not a folder"),
        "{all}"
    );
}

#[cfg(target_os = "linux")]
#[test]
fn output_that_cannot_be_written_is_an_error() {
    let data = tempfile::tempdir().unwrap();
    let full = std::fs::OpenOptions::new()
        .write(true)
        .open("/dev/full")
        .unwrap();
    let out = std_coach(data.path())
        .args(["notes", "list"])
        .stdout(full)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).contains("could not write the output"));
}

#[test]
fn an_empty_data_dir_variable_counts_as_unset() {
    let home = tempfile::tempdir().unwrap();
    let out = Command::cargo_bin("psw-coach")
        .unwrap()
        .env("PSW_COACH_DATA_DIR", "")
        .env("HOME", home.path())
        .env_remove("XDG_DATA_HOME")
        .arg("--version")
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("psw-coach"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn a_bank_with_a_byte_order_mark_checks_clean() {
    let data = tempfile::tempdir().unwrap();
    let good = std::fs::read_to_string("tests/fixtures/good.yaml").unwrap();
    let bank = data.path().join("bom.yaml");
    std::fs::write(&bank, format!("\u{feff}{good}")).unwrap();
    coach(data.path())
        .args(["banks", "check"])
        .arg(&bank)
        .assert()
        .success();
}

#[test]
fn emoji_combining_accents_and_right_to_left_answers_are_kept_exactly() {
    let data = tempfile::tempdir().unwrap();
    let answer =
        "Families 👨‍👩‍👧 said 🙂; Zoe\u{301} led it.\nقالت العائلة إن الانتظار قصير. והצוות הסכים.";
    let out = coach(data.path())
        .args(["rehearse", "--plain", "--plan", "random 1", "--seed", "3"])
        .write_stdin(format!("{answer}\n.\n"))
        .output()
        .unwrap();
    assert!(out.status.success());
    let listing = NotesStore::new(data.path()).list();
    assert_eq!(listing.notes[0].1.questions[0].answers[0].text, answer);
}
