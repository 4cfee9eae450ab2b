//! Pair practice from the command line: interviewer cards, and sharing a feedback sheet.

use assert_cmd::Command;
use predicates::prelude::*;

fn coach(data: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("psw-coach").unwrap();
    cmd.env("PSW_COACH_DATA_DIR", data).env_remove("NO_COLOR");
    cmd
}

fn stdout(cmd: &mut Command) -> String {
    String::from_utf8(cmd.assert().success().get_output().stdout.clone()).unwrap()
}

#[test]
fn cards_for_a_mock_interview_print_one_card_per_question() {
    let data = tempfile::tempdir().unwrap();
    let text = stdout(coach(data.path()).args(["cards", "--seed", "4"]));
    assert!(text.starts_with("# Interviewer cards\n"));
    assert!(text.contains("**Plan:** Mock interview, 8 cards."));
    assert!(text.contains("    psw-coach pair --plan \"mock\" --seed 4\n"));
    assert_eq!(text.matches("\n## Card ").count(), 8);
    assert!(text.contains("## Card 1 of 8: Scene-setting"));
    assert!(text.contains("## Card 7 of 8: Focused"));
    // The closing "anything we have not asked" question ends the mock.
    assert!(text.contains("## Card 8 of 8: Broad"));
    // Every card carries the target, the three parts, probes ending in evidence, and a rating line.
    assert_eq!(text.matches("**Target: ").count(), 8);
    assert_eq!(text.matches("- [ ] How they know").count(), 8);
    // The evidence rung is the question's own evidence probe, the bank's default one, or the
    // generic "show me the evidence"; whichever it is, each card ends its ladder with one.
    assert_eq!(
        text.lines()
            .filter(|l| l
                .split_once(". Evidence: ")
                .is_some_and(|(n, _)| n.parse::<u32>().is_ok()))
            .count(),
        8
    );
    assert_eq!(text.matches("**Rating:** 1 - 2 - 3 - 4 - 5").count(), 8);
    for line in text.lines() {
        assert!(line.chars().count() <= 76, "too wide to print: {line:?}");
    }
    // The same seed gives the same cards.
    assert_eq!(
        text,
        stdout(coach(data.path()).args(["cards", "--seed", "4"]))
    );
}

#[test]
fn cards_follow_the_plan_and_can_go_to_a_file() {
    let data = tempfile::tempdir().unwrap();
    let out = data.path().join("cards.md");
    coach(data.path())
        .args(["cards", "--plan", "topic carers", "--out"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("interviewer cards to"));
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("**Plan:** Topic: Carers"));
    let cards = text.matches("\n## Card ").count();
    assert!(cards >= 1);
    assert_eq!(
        text.matches(", Carers\n").count(),
        cards,
        "every card is on carers"
    );
}

#[test]
fn cards_with_a_bad_plan_say_what_plans_there_are() {
    let data = tempfile::tempdir().unwrap();
    coach(data.path())
        .args(["cards", "--plan", "quiz"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("\"quiz\" is not a plan"));
}

/// A pair session as the app would save it: one question marked, rated by both, with feedback.
fn saved_pair_note(data: &std::path::Path) -> (std::path::PathBuf, psw_coach::notes::Note) {
    use psw_coach::bank::Library;
    use psw_coach::drill::FakeClock;
    use psw_coach::drill::pair::{Feedback, Initials, PairSession, PairSetup};
    let library = Library::load(None, &[]);
    let questions: Vec<_> = library.questions().take(2).cloned().collect();
    let clock =
        FakeClock::new(chrono::DateTime::parse_from_rfc3339("2026-12-01T20:15:00+00:00").unwrap());
    let mut s = PairSession::new(
        PairSetup {
            plan_label: "random 2".into(),
            plan_title: "2 questions at random".into(),
            banks: vec!["cqc-psw-adults".into()],
            seed: 1,
            round: 1,
            initials: Initials::default(),
        },
        questions,
        clock.clone(),
    );
    s.toggle_part(0);
    s.toggle_cue(0);
    s.toggle_probe(0);
    s.set_observations("Clear on what was done.\n\nNo figures.".into());
    clock.advance(std::time::Duration::from_secs(140));
    s.finish_asking().unwrap();
    s.rate_interviewer(3);
    s.set_feedback(Feedback::Keep, "Plain words.".into());
    s.set_feedback(Feedback::Stop, "  \"sort of\"  ".into());
    s.set_feedback(Feedback::Start, "Name the survey.".into());
    s.hand_over().unwrap();
    s.rate_psw(4);
    s.compare().unwrap();
    s.finish();
    s.set_initials(Initials {
        interviewer: "AB".into(),
        psw: "CD".into(),
    });
    let note = s.to_note();
    let store = psw_coach::notes::NotesStore::new(data);
    let path = store.save(&note).unwrap();
    (path, note)
}

#[test]
fn a_sheet_exported_from_one_data_folder_imports_into_another_as_the_same_record() {
    let colleague = tempfile::tempdir().unwrap();
    let psw = tempfile::tempdir().unwrap();
    let (path, note) = saved_pair_note(colleague.path());
    let sheet = colleague.path().join("feedback.md");
    let name = path.file_stem().unwrap().to_str().unwrap().to_string();

    // Named as `notes list` shows it, without the folder or `.md`.
    coach(colleague.path())
        .args(["notes", "export", &name, "--out"])
        .arg(&sheet)
        .assert()
        .success()
        .stdout(predicate::str::contains("Wrote the feedback sheet to"));
    let text = std::fs::read_to_string(&sheet).unwrap();
    assert!(text.starts_with("# Pair practice feedback: 2 questions at random\n"));
    assert!(text.contains("Asked by AB, answered by CD"));
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(&sheet).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600, "a sheet holds feedback: private");
    }

    // Never overwritten.
    coach(colleague.path())
        .args(["notes", "export", &name, "--out"])
        .arg(&sheet)
        .assert()
        .failure()
        .stderr(predicate::str::contains("feedback.md"));

    let out = stdout(coach(psw.path()).args(["notes", "import"]).arg(&sheet));
    assert!(out.starts_with("Added to your notes as "), "{out}");
    let list = stdout(coach(psw.path()).args(["notes", "list"]));
    assert!(
        list.contains("2 questions at random (pair practice)"),
        "{list}"
    );
    let listing = psw_coach::notes::NotesStore::new(psw.path()).list();
    assert_eq!(listing.notes.len(), 1);
    assert_eq!(listing.notes[0].1, note, "the same record, exactly");

    // A second import of the same sheet adds nothing.
    let again = stdout(coach(psw.path()).args(["notes", "import"]).arg(&sheet));
    assert!(again.contains("already in your notes"), "{again}");
    assert_eq!(
        psw_coach::notes::NotesStore::new(psw.path())
            .list()
            .notes
            .len(),
        1
    );
}

#[test]
fn a_file_that_is_not_a_sheet_is_refused_with_a_clear_error() {
    let data = tempfile::tempdir().unwrap();
    let file = data.path().join("letter.md");
    std::fs::write(&file, "Dear CD,\n\nWell done today.\n").unwrap();
    coach(data.path())
        .args(["notes", "import"])
        .arg(&file)
        .assert()
        .failure()
        .stderr(predicate::str::contains(
            "letter.md: this is not a psw-coach feedback sheet",
        ));
    coach(data.path())
        .args(["notes", "import", "no-such-file.md"])
        .assert()
        .failure()
        .stderr(predicate::str::contains("no-such-file.md"));
    assert!(
        psw_coach::notes::NotesStore::new(data.path())
            .list()
            .notes
            .is_empty()
    );
}

/// A colleague who edits the readable part of a sheet before sending it (a rating changed, a line
/// added) is not silently ignored: the import keeps the record as it was exported and says
/// plainly that the edits to the readable part are not in the notes. A sheet that mail has only
/// rewrapped and quoted imports without that warning.
#[test]
fn an_edited_readable_part_is_named_on_import_not_silently_ignored() {
    let colleague = tempfile::tempdir().unwrap();
    let psw = tempfile::tempdir().unwrap();
    let (path, note) = saved_pair_note(colleague.path());
    let name = path.file_stem().unwrap().to_str().unwrap().to_string();
    let sheet = colleague.path().join("feedback.md");
    coach(colleague.path())
        .args(["notes", "export", &name, "--out"])
        .arg(&sheet)
        .assert()
        .success();
    let text = std::fs::read_to_string(&sheet).unwrap();

    // Mail quoted it and added a greeting above: no warning.
    let quoted: String = std::iter::once("Hi CD, here is the feedback.\n\n".to_string())
        .chain(text.lines().map(|l| format!("> {l}\n")))
        .collect();
    let mailed = colleague.path().join("mailed.md");
    std::fs::write(&mailed, quoted).unwrap();
    let out = stdout(coach(psw.path()).args(["notes", "import"]).arg(&mailed));
    assert!(out.starts_with("Added to your notes as "), "{out}");
    assert!(!out.contains("readable part"), "{out}");

    // The colleague edited the Keep line and added a sentence.
    let edited = text.replace("Plain words.", "Plain words, and a calm pace. Well done!");
    assert_ne!(edited, text);
    let edited_file = colleague.path().join("edited.md");
    std::fs::write(&edited_file, edited).unwrap();
    let other = tempfile::tempdir().unwrap();
    let out = stdout(
        coach(other.path())
            .args(["notes", "import"])
            .arg(&edited_file),
    );
    assert!(out.starts_with("Added to your notes as "), "{out}");
    assert!(
        out.contains("The readable part of this sheet was changed after it was exported"),
        "{out}"
    );
    assert!(out.contains("not in your notes"), "{out}");
    let listing = psw_coach::notes::NotesStore::new(other.path()).list();
    assert_eq!(listing.notes[0].1, note, "the record as it was exported");
}

#[test]
fn cards_say_where_what_good_looks_like_comes_from_without_the_banks_own_to_do() {
    let data = tempfile::tempdir().unwrap();
    let text = stdout(coach(data.path()).args(["cards", "--plan", "topic carers"]));
    let flowing = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        flowing.contains(
            "*What good looks like* on each card: CQC local authority assessment framework (the \
             we statement and the Making it Real I statements), in our own words (as of 4 \
             December 2026)."
        ),
        "{text}"
    );
    // A note from the bank's authors to themselves is not for the colleague asking (walk item 23).
    assert!(!flowing.contains("not yet checked"), "{text}");
}
