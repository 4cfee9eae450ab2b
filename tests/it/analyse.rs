//! `psw-coach analyse`: a note is read as a note (each answer under its question, the reflection
//! checked), `--json` keeps its keys, and an answer over the stated size is refused plainly.

use assert_cmd::Command;
use psw_coach::notes::{Note, NoteQuestion, PromptAnswer, to_markdown};

fn psw(data: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("psw-coach").expect("binary");
    cmd.arg("--data-dir").arg(data);
    cmd
}

fn answer(id: &str, ask: &str, text: &str) -> PromptAnswer {
    PromptAnswer {
        id: id.to_string(),
        ask: ask.to_string(),
        seconds: 40,
        text: text.to_string(),
        transcribed: None,
    }
}

fn note() -> Note {
    let first = NoteQuestion {
        id: "waiting-times-01".to_string(),
        topic: "waiting-times".to_string(),
        ask: "How long do people wait for an assessment, and what happens while they wait?"
            .to_string(),
        answers: vec![
            answer(
                "done",
                "What have you done?",
                "I set up a waiting well team.",
            ),
            answer(
                "difference",
                "What difference has it made?",
                "The list is now 265, down from 612, and people now get a call within five days.",
            ),
            answer("evidence", "How do you know?", ""),
        ],
        target_seconds: 120,
        reflection: Some("Mention Mrs Okafor's case next time.".to_string()),
        ..NoteQuestion::default()
    };
    let second = NoteQuestion {
        id: "workforce-02".to_string(),
        topic: "workforce".to_string(),
        ask: "What have you done about recruitment and retention?".to_string(),
        answers: vec![answer(
            "done",
            "What have you done?",
            "We have a recruitment strategy.",
        )],
        target_seconds: 90,
        ..NoteQuestion::default()
    };
    Note {
        format: psw_coach::notes::FORMAT_VERSION,
        session_id: "20261201-2100-test".to_string(),
        plan: "random 2".to_string(),
        questions: vec![first, second],
        ..Note::default()
    }
}

#[test]
fn a_note_is_reported_answer_by_answer_under_its_question() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("note.md");
    std::fs::write(&path, to_markdown(&note())).expect("write");
    let out = psw(dir.path()).arg("analyse").arg(&path).assert().success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        text.contains("=== Question 1 of 2: How long do people wait for an assessment"),
        "{text}"
    );
    assert!(
        text.contains("=== Question 2 of 2: What have you done about recruitment"),
        "{text}"
    );
    // Never the front matter read as if it were the answer.
    assert!(!text.contains("session_id"), "{text}");
    assert!(!text.contains("20261201"), "{text}");
    // The empty 'How do you know?' part is named, not ticked.
    assert!(
        text.contains("Evidence: no: your 'How do you know?' part is empty"),
        "{text}"
    );
    assert!(
        text.contains("Difference: yes, including for people"),
        "{text}"
    );
    // The reflection line is checked like an answer.
    assert!(
        text.contains(
            "!! Your reflection could identify someone: name with a title \"Mrs Okafor\""
        ),
        "{text}"
    );
    // Each answer is judged against its own question's target.
    assert!(text.contains("within the 2 min target"), "{text}");
    assert!(text.contains("within the 1 min 30 s target"), "{text}");
}

#[test]
fn a_note_as_json_lists_each_answer_with_the_usual_report() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("note.md");
    std::fs::write(&path, to_markdown(&note())).expect("write");
    let out = psw(dir.path())
        .arg("analyse")
        .arg(&path)
        .arg("--json")
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
    let questions = json["questions"].as_array().expect("questions");
    assert_eq!(questions.len(), 2);
    assert_eq!(questions[0]["number"], 1);
    assert_eq!(questions[0]["id"], "waiting-times-01");
    let report = &questions[0]["report"];
    for key in [
        "covers",
        "then_now_next",
        "people_mentions",
        "hedges",
        "gaps",
    ] {
        assert!(report.get(key).is_some(), "missing {key}");
    }
    assert_eq!(report["covers"]["evidence"], false);
    assert_eq!(
        questions[0]["reflection_confidentiality"][0]["text"],
        "Mrs Okafor"
    );
}

#[test]
fn an_old_version_1_note_is_still_analysed() {
    let dir = tempfile::tempdir().expect("temp dir");
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/notes-v1/v1-topic-waiting-times.md");
    let out = psw(dir.path())
        .arg("analyse")
        .arg(&fixture)
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(!text.contains("session_id"), "{text}");
    assert!(
        text.contains("=== Question") || text.contains("holds no answers yet"),
        "{text}"
    );
}

#[test]
fn a_plain_answer_keeps_its_json_keys_and_gets_spoken_figures() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = psw(dir.path())
        .args(["analyse", "--json", "--spoken-seconds", "30"])
        .write_stdin("Um, I set up the carers' hub, you know, and waits fell from 12 weeks to 4.")
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).expect("JSON");
    for key in [
        "covers",
        "then_now_next",
        "people_mentions",
        "hedges",
        "unexplained_acronyms",
        "confidentiality",
        "word_count",
        "speaking_seconds",
        "suggestions",
        "gaps",
        "fillers",
    ] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    assert_eq!(json["fillers"].as_array().map(Vec::len), Some(2));
    assert_eq!(json["spoken"]["seconds"], 30);
    assert!(json["spoken"]["words_per_minute"].as_u64().is_some());
}

#[test]
fn an_answer_over_the_stated_size_is_refused_plainly() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("huge.txt");
    std::fs::write(&path, "We set up a panel. ".repeat(15_000)).expect("write");
    let out = psw(dir.path()).arg("analyse").arg(&path).assert().failure();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(err.contains("huge.txt: this answer is 279 KB"), "{err}");
    assert!(
        err.contains("answers of up to 200 KB (about 30,000 words) are analysed"),
        "{err}"
    );
    assert!(err.contains("split it into single answers"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

/// Walk item 10: a question whose parts the bank titles its own way ("What your own evidence shows")
/// has an empty part named as the screen shows it, never as "How do you know?".
#[test]
fn an_empty_part_is_named_by_the_title_the_screen_shows() {
    let dir = tempfile::tempdir().expect("temp dir");
    let q = NoteQuestion {
        id: "carers-07".to_string(),
        topic: "carers".to_string(),
        ask: "Carers told us they do not know who you are. What do you make of that?".to_string(),
        answers: vec![
            answer(
                "response",
                "What you make of it",
                "It stings, but it is fair: I have spoken at the carers' forum once in two years.",
            ),
            answer("evidence", "What your own evidence shows", ""),
            answer(
                "next",
                "What you will do, and by when",
                "I will attend the forum every quarter from January.",
            ),
        ],
        target_seconds: 120,
        ..NoteQuestion::default()
    };
    let note = Note {
        format: psw_coach::notes::FORMAT_VERSION,
        session_id: "20261206-0500-test".to_string(),
        plan: "random 1".to_string(),
        questions: vec![q],
        ..Note::default()
    };
    let path = dir.path().join("note.md");
    std::fs::write(&path, to_markdown(&note)).expect("write");
    let out = psw(dir.path()).arg("analyse").arg(&path).assert().success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        text.contains("your 'What your own evidence shows' part is empty"),
        "{text}"
    );
    assert!(!text.contains("How do you know?"), "{text}");
}

/// Walk 8: a file with bytes that are not UTF-8 part-way through was refused with "this is not
/// plain text (UTF-8) from here on" and no place, so "here" pointed nowhere; the message now
/// starts FILE:LINE:COLUMN, as every other message about a file does, for an answer, a bank and a
/// sheet of figures alike.
#[test]
fn a_file_that_is_not_utf8_is_refused_at_its_line_and_column() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("answer.txt");
    std::fs::write(
        &path,
        b"I set up a panel.\nWaits fell to 9 \xff\xfe days.\n",
    )
    .expect("write");
    let out = psw(dir.path()).arg("analyse").arg(&path).assert().failure();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        err.contains("answer.txt:2:17: this is not plain text (UTF-8) from here on"),
        "{err}"
    );
    let bank = dir.path().join("bank.yaml");
    std::fs::write(&bank, b"id: mine\ntitle: Caf\xc3\xa9 \xe9 questions\n").expect("write");
    let out = psw(dir.path())
        .args(["banks", "check"])
        .arg(&bank)
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        err.contains("bank.yaml:2:13: could not read the file"),
        "{err}"
    );
}

/// Walk 8: `analyse - < /dev/zero` was told "this answer is 16.0 MB … split it into single
/// answers": reading stops at the limit, so the size is not known and there is nothing to split.
#[test]
fn endless_input_is_refused_without_a_made_up_size() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = psw(dir.path())
        .args(["analyse", "-"])
        .write_stdin(vec![0u8; 17 * 1024 * 1024])
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        err.contains("standard input: more than 16 MB came in"),
        "{err}"
    );
    assert!(!err.contains("split it"), "{err}");
}
