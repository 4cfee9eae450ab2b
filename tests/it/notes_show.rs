//! `notes list` numbers, and `notes show` by number, `latest` or name; wrapped and paged only for a
//! person at a terminal, never when piped.

use assert_cmd::Command;
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use psw_coach::notes::{
    AnswerStyle, Coaching, Cue, FORMAT_VERSION, FollowUpAnswer, FollowUpReason, Note, NoteQuestion,
    NotesStore, PromptAnswer,
};
use std::io::Read;
use std::path::{Path, PathBuf};

const LONG_ANSWER: &str = "We set up a weekly triage huddle in every locality team, chaired by a \
    senior practitioner, and every case waiting more than 28 days is reviewed there by name.";

fn note(started: &str, plan: &str, title: &str, answer: &str, questions: usize) -> Note {
    let started = chrono::DateTime::parse_from_rfc3339(started).unwrap();
    let question = NoteQuestion {
        id: "waiting-times-01".into(),
        topic: "waiting-times".into(),
        ask: "How do you know people are not waiting too long for a Care Act assessment?".into(),
        answers: vec![PromptAnswer {
            transcribed: None,
            id: "done".into(),
            ask: "What have you done?".into(),
            seconds: 65,
            text: answer.into(),
        }],
        follow_ups: vec![FollowUpAnswer {
            answered_in_refine: false,
            transcribed: None,
            ask: "Can you give me an example of one person who waited?".into(),
            seconds: 30,
            text: "Mr A waited 40 days; the huddle found him.".into(),
            skipped: false,
            reason: Some(FollowUpReason::Gap("example".into())),
        }],
        cues: vec![
            Cue {
                text: "A figure for the longest wait".into(),
                ticked: true,
            },
            Cue {
                text: "How people are kept safe while they wait".into(),
                ticked: false,
            },
        ],
        coaching: Some(Coaching {
            done: true,
            evidence: true,
            words: 31,
            ..Coaching::default()
        }),
        total_seconds: 95,
        target_seconds: 120,
        rating: Some(3),
        ..NoteQuestion::default()
    };
    Note {
        format: FORMAT_VERSION,
        session_id: format!("s-{plan}-{}", started.timestamp()),
        plan: plan.into(),
        plan_title: title.into(),
        banks: vec!["cqc-psw-adults".into()],
        started,
        finished: None,
        style: AnswerStyle::Written,
        questions: vec![question; questions],
        ..Note::default()
    }
}

/// Three notes: the oldest a mock, then a topic, then (newest) a random one.
fn history() -> (tempfile::TempDir, Vec<PathBuf>) {
    let data = tempfile::tempdir().unwrap();
    let store = NotesStore::new(data.path());
    let paths = vec![
        store
            .save(&note(
                "2026-11-20T09:00:00+00:00",
                "mock",
                "Mock interview",
                "First.",
                1,
            ))
            .unwrap(),
        store
            .save(&note(
                "2026-11-21T09:00:00+00:00",
                "topic waiting-times",
                "Topic: Waiting times",
                "Second.",
                1,
            ))
            .unwrap(),
        store
            .save(&note(
                "2026-11-22T09:00:00+00:00",
                "random 5",
                "5 questions at random",
                LONG_ANSWER,
                5,
            ))
            .unwrap(),
    ];
    (data, paths)
}

fn coach(data: &Path, args: &[&str]) -> std::process::Output {
    Command::cargo_bin("psw-coach")
        .unwrap()
        .arg("--data-dir")
        .arg(data)
        .args(args)
        // A pager that marks what it shows: piped output must never reach it.
        .env("PAGER", "sed s/^/PAGED:/")
        .output()
        .unwrap()
}

fn stdout(out: &std::process::Output) -> String {
    String::from_utf8(out.stdout.clone()).unwrap()
}

#[test]
fn list_numbers_the_notes_oldest_first() {
    let (data, paths) = history();
    let out = coach(data.path(), &["notes", "list"]);
    assert!(out.status.success());
    let text = stdout(&out);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.len(), 3, "only the notes when piped:\n{text}");
    assert!(
        lines[0].starts_with("  1  2026-11-20 09:00  Mock interview  1 question"),
        "{text}"
    );
    assert!(
        lines[1].starts_with("  2  2026-11-21 09:00  Topic: Waiting times"),
        "{text}"
    );
    assert!(
        lines[2].starts_with("  3  2026-11-22 09:00  5 questions at random  5 questions"),
        "{text}"
    );
    assert!(lines[2].ends_with(&paths[2].display().to_string()));

    let json: serde_json::Value =
        serde_json::from_slice(&coach(data.path(), &["notes", "list", "--json"]).stdout).unwrap();
    assert_eq!(json[2]["number"], 3);
    assert_eq!(json[2]["kind"], "rehearse");
    // The plan as typed stays under `plan`; its title is added beside it.
    assert_eq!(json[2]["plan"], "random 5");
    assert_eq!(json[2]["title"], "5 questions at random");
}

#[test]
fn show_latest_by_number_and_by_name() {
    let (data, paths) = history();
    let latest = stdout(&coach(data.path(), &["notes", "show", "latest"]));
    assert!(
        latest.starts_with("5 questions at random · Sunday 22 November 2026"),
        "{latest}"
    );

    let first = stdout(&coach(data.path(), &["notes", "show", "1"]));
    assert!(
        first.starts_with("Mock interview · Friday 20 November 2026"),
        "{first}"
    );
    let second = stdout(&coach(data.path(), &["notes", "show", "2"]));
    assert!(second.starts_with("Topic: Waiting times"), "{second}");
    assert_eq!(stdout(&coach(data.path(), &["notes", "show", "3"])), latest);

    let stem = paths[1].file_stem().unwrap().to_str().unwrap();
    assert_eq!(
        stdout(&coach(data.path(), &["notes", "show", stem])),
        second
    );
    let name = paths[1].file_name().unwrap().to_str().unwrap();
    assert_eq!(
        stdout(&coach(data.path(), &["notes", "show", name])),
        second
    );
    let full = paths[1].to_str().unwrap();
    assert_eq!(
        stdout(&coach(data.path(), &["notes", "show", full])),
        second
    );
}

#[test]
fn show_explains_a_note_that_is_not_there() {
    let (data, _) = history();
    let out = coach(data.path(), &["notes", "show", "4"]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("there is no note 4: `psw-coach notes list` numbers the notes 1 to 3"),
        "{err}"
    );

    let out = coach(data.path(), &["notes", "show", "2026-01-01-0000-mock"]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("there is no note called 2026-01-01-0000-mock"),
        "{err}"
    );

    let empty = tempfile::tempdir().unwrap();
    let out = coach(empty.path(), &["notes", "show", "latest"]);
    assert!(!out.status.success());
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("there are no notes yet")
    );
}

#[test]
fn piped_show_is_neither_wrapped_nor_paged() {
    let (data, _) = history();
    let text = stdout(&coach(data.path(), &["notes", "show", "latest"]));
    assert!(!text.contains("PAGED:"), "{text}");
    assert!(
        text.contains(&format!("      {LONG_ANSWER}\n")),
        "kept on one line:\n{text}"
    );
}

#[test]
fn show_reads_the_coaching_cues_and_follow_ups() {
    let (data, _) = history();
    let text = stdout(&coach(data.path(), &["notes", "show", "1"]));
    for expected in [
        "   Follow-up: Can you give me an example of one person who waited? (30 s)\n",
        "      Asked to draw out a specific example, missing from the answer.\n",
        "      Mr A waited 40 days; the huddle found him.\n",
        "   What assessors listen for: 1 of 2 covered\n",
        "      [x] A figure for the longest wait\n",
        "      [ ] How people are kept safe while they wait\n",
        "   Coaching: Gives what you did, how you know · could add the difference,",
        "31 words\n",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

/// Runs `notes show` in a pseudo-terminal of the given size and returns everything it printed.
fn show_in_terminal(data: &Path, which: &str, cols: u16, rows: u16) -> String {
    in_terminal(data, &["notes", "show", which], cols, rows)
}

fn in_terminal(data: &Path, args: &[&str], cols: u16, rows: u16) -> String {
    in_terminal_paged_by(data, args, cols, rows, "sed s/^/PAGED:/")
}

/// A long note at a terminal, with no LESS of the PSW's own: the pager is told to say how to go
/// on and how to leave, where less showed only ":". (The pager here is a script that prints the
/// options it was given; the prompt itself was checked in less 590 by hand.)
#[cfg(unix)]
#[test]
fn the_pager_is_told_to_say_how_to_go_on_and_how_to_leave() {
    let (data, _) = history();
    let script = data.path().join("show-less-options");
    std::fs::write(&script, "#!/bin/sh\necho \"LESS=$LESS\"\ncat >/dev/null\n").unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o700)).unwrap();
    let text = in_terminal_paged_by(
        data.path(),
        &["notes", "show", "latest"],
        40,
        12,
        script.to_str().unwrap(),
    );
    assert!(text.contains("LESS=FRX -Ps"), "{text}");
    assert!(
        text.contains("Space for more, b to go back, q to leave"),
        "{text}"
    );
    assert!(text.contains("End of the note, q to leave"), "{text}");
}

fn in_terminal_paged_by(data: &Path, args: &[&str], cols: u16, rows: u16, pager: &str) -> String {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows,
            cols,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_psw-coach"));
    cmd.arg("--data-dir");
    cmd.arg(data);
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    cmd.env("PAGER", pager);
    cmd.env_remove("LESS");
    let mut child = pair.slave.spawn_command(cmd).unwrap();
    drop(pair.slave);
    let mut reader = pair.master.try_clone_reader().unwrap();
    let reading = std::thread::spawn(move || {
        let mut out = Vec::new();
        let mut buf = [0u8; 4096];
        while let Ok(n) = reader.read(&mut buf) {
            if n == 0 {
                break;
            }
            out.extend_from_slice(&buf[..n]);
        }
        out
    });
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
    while child.try_wait().unwrap().is_none() {
        assert!(
            std::time::Instant::now() < deadline,
            "notes show did not end"
        );
        std::thread::sleep(std::time::Duration::from_millis(20));
    }
    drop(pair.master);
    let out = reading.join().unwrap();
    String::from_utf8_lossy(&out).replace("\r\n", "\n")
}

#[test]
fn at_a_terminal_a_long_note_is_wrapped_and_paged() {
    let (data, _) = history();
    let text = show_in_terminal(data.path(), "latest", 40, 12);
    assert!(text.contains("PAGED:"), "{text}");
    for line in text.lines() {
        let line = line.strip_prefix("PAGED:").unwrap_or(line);
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 40,
            "{line:?} is wider than the terminal:\n{text}"
        );
    }
    // The answer is wrapped under its own indent, every word kept.
    assert!(
        text.contains("PAGED:      We set up a weekly triage huddle\n"),
        "{text}"
    );
    let words: Vec<&str> = text
        .lines()
        .map(|l| l.strip_prefix("PAGED:").unwrap_or(l))
        .flat_map(str::split_whitespace)
        .collect();
    assert!(
        words
            .join(" ")
            .contains(&LONG_ANSWER.split_whitespace().collect::<Vec<_>>().join(" "))
    );
}

#[test]
fn at_a_terminal_a_note_that_fits_is_not_paged() {
    let (data, _) = history();
    let text = show_in_terminal(data.path(), "1", 120, 60);
    assert!(!text.contains("PAGED:"), "{text}");
    assert!(
        text.starts_with("Mock interview · Friday 20 November 2026"),
        "{text}"
    );
}

#[test]
fn at_a_terminal_the_list_names_its_folder_once() {
    let (data, paths) = history();
    let text = in_terminal(data.path(), &["notes", "list"], 120, 30);
    let folder = paths[0].parent().unwrap().display().to_string();
    assert!(
        text.starts_with(&format!("Your notes, in {folder}:\n")),
        "{text}"
    );
    let name = paths[0].file_name().unwrap().to_str().unwrap();
    let row = text
        .lines()
        .find(|l| l.starts_with("  1  "))
        .unwrap_or_default();
    assert!(
        row.starts_with("  1  2026-11-20 09:00  Mock interview ") && row.ends_with(name),
        "{text}"
    );
    assert!(
        text.contains("Read one with `psw-coach notes show N`"),
        "{text}"
    );
}

/// The listing's rows ran to about 130 columns with a one-question session's name in them, so
/// at 80 each note wrapped over two lines. At a terminal every row fits the window, its columns
/// lined up; below the width the file names need, they are left out, and a line says so and how
/// to see them.
#[test]
fn at_a_terminal_the_list_fits_the_window() {
    let (data, paths) = history();
    let store = NotesStore::new(data.path());
    let mut one = note(
        "2026-11-23T09:00:00+00:00",
        "question waiting-times-01",
        "1 chosen question",
        "Third.",
        1,
    );
    one.questions[0].ask =
        "How long do people wait for a Care Act assessment, and what happens while they wait?"
            .into();
    let one = store.save(&one).unwrap();
    let mut pair = note(
        "2026-11-24T09:00:00+00:00",
        "random 2",
        "2 questions at random",
        "Fourth.",
        2,
    );
    pair.kind = psw_coach::notes::NoteKind::Pair;
    store.save(&pair).unwrap();
    let rows = |text: &str| -> Vec<String> {
        text.lines()
            .filter(|l| l.get(..5).is_some_and(|n| n.trim().parse::<u32>().is_ok()))
            .map(str::to_string)
            .collect()
    };
    use unicode_width::UnicodeWidthStr;

    let narrow = in_terminal(data.path(), &["notes", "list"], 80, 24);
    let listed = rows(&narrow);
    assert_eq!(listed.len(), 5, "{narrow}");
    for line in narrow.lines() {
        assert!(
            line.width() <= 80,
            "wider than the window: {line:?}\n{narrow}"
        );
    }
    // Lined up: every row's count of questions starts in one column.
    let column: Vec<_> = listed
        .iter()
        .map(|r| r.rfind(" question").map(|i| r[..i].width()))
        .collect();
    assert!(column.iter().all(|c| *c == column[0]), "{narrow}");
    assert!(
        listed[3].contains("How long do people wait for a"),
        "the question named as far as the window lets it:\n{narrow}"
    );
    assert!(listed[4].contains("(pair practice)"), "{narrow}");
    assert!(!narrow.contains(".md"), "{narrow}");
    assert!(
        narrow.contains(
            "File names left out to fit the window; `psw-coach notes list | cat` shows them."
        ),
        "{narrow}"
    );

    let wide = in_terminal(data.path(), &["notes", "list"], 140, 24);
    let listed = rows(&wide);
    for line in wide.lines() {
        assert!(
            line.width() <= 140,
            "wider than the window: {line:?}\n{wide}"
        );
    }
    let name = one.file_name().unwrap().to_str().unwrap();
    assert!(listed[3].ends_with(name), "{wide}");
    assert!(listed[0].ends_with(paths[0].file_name().unwrap().to_str().unwrap()));
    assert!(!wide.contains("File names left out"), "{wide}");
}

/// A note whose answer markers were deleted by hand and whose rating was edited to 9: the words
/// are shown, and the reader is told plainly which lines are damaged, instead of "(nothing typed)"
/// and "rated 9 of 5".
fn damaged_note() -> (tempfile::TempDir, PathBuf, usize, usize) {
    let (data, paths) = history();
    let path = paths[1].clone();
    let text = std::fs::read_to_string(&path).unwrap();
    let text = text
        .replacen("<!-- answer q:waiting-times-01 p:done -->\n", "", 1)
        .replacen("<!-- end answer -->\n", "", 1)
        .replacen("\"rating\":3", "\"rating\":9", 1);
    std::fs::write(&path, &text).unwrap();
    let line_of = |needle: &str| text.lines().position(|l| l.contains(needle)).unwrap() + 1;
    (data, path, line_of("Second."), line_of("\"rating\":9"))
}

#[test]
fn piped_show_of_a_note_with_its_markers_removed_shows_the_text_and_says_where() {
    let (data, path, text_line, rating_line) = damaged_note();
    let out = coach(data.path(), &["notes", "show", "2"]);
    assert!(out.status.success());
    let shown = stdout(&out);
    let warned = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(shown.contains("      Second."), "{shown}");
    assert!(!shown.contains("(nothing typed)"), "{shown}");
    assert!(!shown.contains("9 of 5"), "{shown}");
    assert!(shown.contains("not rated"), "{shown}");
    let file = path.display().to_string();
    assert!(
        warned.contains(&format!(
            "{file}:{text_line}: the markers around the answer to “What have you done?” are missing"
        )),
        "{warned}"
    );
    let column = std::fs::read_to_string(&path)
        .unwrap()
        .lines()
        .nth(rating_line - 1)
        .unwrap()
        .find("\"rating\"")
        .unwrap()
        + 1;
    assert!(
        warned.contains(&format!(
            "{file}:{rating_line}:{column}: the rating 9 is not a whole number from 1 to 5"
        )),
        "{warned}"
    );
}

#[test]
fn at_a_terminal_the_damage_is_named_above_the_transcript() {
    let (data, _, text_line, _) = damaged_note();
    let screen = show_in_terminal(data.path(), "2", 200, 50);
    assert!(
        screen.contains("This note was changed outside psw-coach"),
        "{screen}"
    );
    assert!(
        screen.contains(&format!(":{text_line}: the markers around")),
        "{screen}"
    );
    assert!(screen.contains("      Second."), "{screen}");
    assert!(!screen.contains("9 of 5"), "{screen}");
}

#[test]
fn a_version_1_note_with_a_rating_out_of_range_is_read_as_not_rated() {
    let data = tempfile::tempdir().unwrap();
    let notes = data.path().join("notes");
    std::fs::create_dir_all(&notes).unwrap();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notes-v1");
    let text = std::fs::read_to_string(fixture.join("v1-random-1.md")).unwrap();
    assert!(text.contains("  rating: 4\n"));
    let text = text.replacen("  rating: 4\n", "  rating: 9\n", 1);
    let line = text.lines().position(|l| l == "  rating: 9").unwrap() + 1;
    let path = notes.join("v1-random-1.md");
    std::fs::write(&path, &text).unwrap();
    let out = coach(data.path(), &["notes", "show", "latest"]);
    assert!(out.status.success());
    let shown = stdout(&out);
    let warned = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!shown.contains("9 of 5"), "{shown}");
    assert!(shown.contains("I set up a caseload panel."), "{shown}");
    assert!(
        warned.contains(&format!("{}:{line}:3: the rating 9", path.display())),
        "{warned}"
    );
}

#[test]
fn undamaged_old_notes_read_with_no_warning() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notes-v1");
    for name in ["v1-mock.md", "v1-random-1.md", "v1-topic-waiting-times.md"] {
        let out = coach(
            Path::new("/nonexistent-data"),
            &["notes", "show", fixture.join(name).to_str().unwrap()],
        );
        assert!(out.status.success(), "{name}");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "", "{name}");
    }
}

/// `notes list` names each plan by its title ("Mock interview"); a version 1 note has none, so it
/// shows its plan as typed, and `--json` gives it a null title.
#[test]
fn the_list_shows_plan_titles_and_an_old_note_its_plan() {
    let (data, _paths) = history();
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/notes-v1");
    std::fs::copy(
        fixture.join("v1-mock.md"),
        data.path().join("notes").join("v1-mock.md"),
    )
    .unwrap();
    let text = stdout(&coach(data.path(), &["notes", "list"]));
    let old = text.lines().find(|l| l.contains("v1-mock.md")).unwrap();
    assert!(old.contains("  mock  1 question"), "{text}");
    assert!(text.contains("  Mock interview  1 question"), "{text}");
    let json: serde_json::Value =
        serde_json::from_slice(&coach(data.path(), &["notes", "list", "--json"]).stdout).unwrap();
    let old = json
        .as_array()
        .unwrap()
        .iter()
        .find(|n| n["path"].as_str().unwrap().ends_with("v1-mock.md"))
        .unwrap();
    assert_eq!(old["plan"], "mock");
    assert!(old["title"].is_null(), "{old}");
}
