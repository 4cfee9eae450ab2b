//! `psw-coach evidence import|list|check`: a CSV with broken rows keeps its good rows and names the
//! bad ones as FILE:LINE:COLUMN; a re-import updates; a damaged register is reported and left as it
//! is; `check` quotes the answer's words and gives the JSON the issue names.

use assert_cmd::Command;
use psw_coach::notes::{Note, NoteQuestion, NotesStore, PromptAnswer};

fn psw(data: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("psw-coach").expect("binary");
    cmd.arg("--data-dir").arg(data);
    cmd
}

const SHEET: &str = "measure,value,unit,as_at,source,statements,comment\n\
people waiting for a Care Act assessment,310,people,2026-10-31,monthly performance report,assessing-needs,\n\
social worker vacancy rate,9%,,2026-06-30,workforce dashboard,governance,from HR\n\
median wait for a Care Act assessment,28 days,,31/10/2026,monthly performance report,assessing-needs,\n\
carers' assessments,many,,2026-10-31,carers return,assessing-needs,\n\
average caseload,22,cases,2026-11-01,,governance,\n";

fn imported() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("figures.csv");
    std::fs::write(&csv, SHEET).unwrap();
    psw(&dir.path().join("data"))
        .arg("evidence")
        .arg("import")
        .arg(&csv)
        .assert()
        .code(1);
    dir
}

#[test]
fn import_keeps_good_rows_and_locates_bad_ones_and_a_reimport_updates() {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("figures.csv");
    std::fs::write(&csv, SHEET).unwrap();
    let data = dir.path().join("data");
    let out = psw(&data)
        .arg("evidence")
        .arg("import")
        .arg(&csv)
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    let shown = csv.display().to_string();
    assert!(
        err.contains(&format!("{shown}:5:21: `many` is not a number")),
        "{err}"
    );
    assert!(
        err.contains(&format!("{shown}:6:38: the source is empty")),
        "{err}"
    );
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains("3 added, 0 updated"), "{text}");

    std::fs::write(
        &csv,
        SHEET.replace(",310,people,2026-10-31,", ",290,people,2026-11-30,"),
    )
    .unwrap();
    let out = psw(&data)
        .arg("evidence")
        .arg("import")
        .arg(&csv)
        .assert()
        .code(1);
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains("0 added, 1 updated, 2 unchanged"), "{text}");

    let out = psw(&data)
        .args(["evidence", "list", "--json"])
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let figures = json["figures"].as_array().unwrap();
    assert_eq!(figures.len(), 3);
    assert_eq!(figures[0]["value"], 290.0);
    assert_eq!(figures[0]["previous"]["value"], 310.0);
    assert_eq!(figures[2]["value"], 28.0);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(data.join("evidence.yaml"))
            .unwrap()
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}

/// Walk item 30: a change the register holds nothing for is one finding quoting the whole change,
/// not "…rose from 70% to" and "to 88%…"; and one figure imported is "1 figure".
#[test]
fn check_quotes_a_change_whole_once_and_import_counts_one_figure() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let csv = dir.path().join("figures.csv");
    std::fs::write(
        &csv,
        "measure,value,unit,as_at,source,statements\n\
         average caseload,22,cases,2026-11-01,caseload report,governance\n",
    )
    .unwrap();
    let out = psw(&data)
        .args(["evidence", "import"])
        .arg(&csv)
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains("(1 figure)."), "{text}");
    let answer = dir.path().join("answer.txt");
    std::fs::write(
        &answer,
        "Agreement between auditors rose from 70% to 88% after we ran the calibration sessions.\n",
    )
    .unwrap();
    let out = psw(&data)
        .args(["evidence", "check"])
        .arg(&answer)
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert_eq!(text.matches("unsourced").count(), 1, "{text}");
    assert!(
        text.contains("\"Agreement between auditors rose from 70% to 88% after we ran"),
        "{text}"
    );
    assert!(text.contains("1 thing to check"), "{text}");
}

#[test]
fn a_damaged_register_is_reported_with_its_place_and_left_alone() {
    let dir = imported();
    let data = dir.path().join("data");
    let file = data.join("evidence.yaml");
    let damaged = std::fs::read_to_string(&file)
        .unwrap()
        .replace("value: 310", "value: [310");
    std::fs::write(&file, &damaged).unwrap();
    let out = psw(&data).args(["evidence", "list"]).assert().failure();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(err.contains("evidence.yaml:"), "{err}");
    let csv = dir.path().join("figures.csv");
    psw(&data)
        .arg("evidence")
        .arg("import")
        .arg(&csv)
        .assert()
        .failure();
    assert_eq!(std::fs::read_to_string(&file).unwrap(), damaged);
}

/// The readable check says "out of date", the words `evidence list`, progress and the pack use;
/// "stale" stays only in the JSON, for scripts that read it.
#[test]
fn the_readable_check_says_out_of_date_not_stale() {
    let dir = imported();
    let data = dir.path().join("data");
    let out = psw(&data)
        .args(["evidence", "check", "-", "--today", "2026-12-04"])
        .write_stdin("Our social worker vacancy rate is nine per cent.")
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).into_owned();
    assert!(text.contains("  out of date  "), "{text}");
    assert!(text.contains("count as out of date"), "{text}");
    assert!(!text.contains("stale"), "{text}");
}

#[test]
fn check_quotes_the_words_and_gives_the_json_the_issue_names() {
    let dir = imported();
    let data = dir.path().join("data");
    let out = psw(&data)
        .args(["evidence", "check", "-", "--json", "--today", "2026-12-04"])
        .write_stdin("We have 265 people waiting for a Care Act assessment. Our social worker vacancy rate is nine per cent. We run 47 care homes. The median wait for a Care Act assessment is four weeks.")
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    let kinds: Vec<&str> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|f| f["kind"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["differs", "stale", "unsourced"]);
    let differs = &json[0];
    assert_eq!(
        differs["measure"],
        "people waiting for a Care Act assessment"
    );
    assert_eq!(
        differs["said"],
        "We have 265 people waiting for a Care Act assessment"
    );
    assert_eq!(differs["register"], 310.0);
    assert_eq!(differs["as_at"], "2026-10-31");
    assert_eq!(differs["source"], "monthly performance report");
    assert!(json[2]["register"].is_null());
}

#[test]
fn check_with_no_answer_named_finds_saved_answers_that_disagree() {
    let dir = imported();
    let data = dir.path().join("data");
    let store = NotesStore::new(&data);
    for (session, text) in [
        (
            "20261201-0900-a",
            "Right now 310 people are waiting for a Care Act assessment.",
        ),
        (
            "20261202-0900-b",
            "We have about 350 people waiting for a Care Act assessment.",
        ),
    ] {
        let note = Note {
            format: psw_coach::notes::FORMAT_VERSION,
            session_id: session.to_string(),
            plan: "random 1".to_string(),
            questions: vec![NoteQuestion {
                id: "waiting-times-01".to_string(),
                ask: "How long do people wait?".to_string(),
                answers: vec![PromptAnswer {
                    transcribed: None,
                    id: "done".to_string(),
                    ask: "What have you done?".to_string(),
                    seconds: 30,
                    text: text.to_string(),
                }],
                ..NoteQuestion::default()
            }],
            ..Note::default()
        };
        store.save(&note).unwrap();
    }
    let out = psw(&data)
        .args(["evidence", "check", "--today", "2026-12-04"])
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains("inconsistent"), "{text}");
    assert!(
        text.contains("differs      You said \"We have about 350 people waiting"),
        "{text}"
    );
    assert!(text.contains("3 things to check in 2 answers"), "{text}");
}

#[test]
fn analyse_adds_the_register_section_and_json_key_when_there_is_a_register() {
    let dir = imported();
    let data = dir.path().join("data");
    let answer = "We have 265 people waiting for a Care Act assessment.";
    let out = psw(&data)
        .arg("analyse")
        .write_stdin(answer)
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        text.contains("Figures against your evidence register"),
        "{text}"
    );
    assert!(text.contains("the register says 310 people"), "{text}");
    let out = psw(&data)
        .args(["analyse", "--json"])
        .write_stdin(answer)
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert_eq!(json["evidence"][0]["kind"], "differs");
    // Without a register, analyse is as it was: no section, no key.
    let empty = tempfile::tempdir().unwrap();
    let out = psw(empty.path())
        .args(["analyse", "--json"])
        .write_stdin(answer)
        .assert()
        .success();
    let json: serde_json::Value = serde_json::from_slice(&out.get_output().stdout).unwrap();
    assert!(json.get("evidence").is_none());
}

#[test]
fn the_figures_drill_runs_in_plain_mode_through_a_pipe() {
    let dir = imported();
    let data = dir.path().join("data");
    let out = psw(&data)
        .args(["rehearse", "--plain", "--plan", "figures 3"])
        .write_stdin("310 as at 31 October\n12%\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(
        !out.contains('\u{1b}'),
        "no escape codes in plain mode: {out}"
    );
    assert!(
        out.contains(
            "Figure 1 of 3: How many people are waiting for a Care Act assessment, and as at when?"
        ),
        "{out}"
    );
    assert!(
        out.contains("Right: 310 people, as at 31 October 2026."),
        "{out}"
    );
    assert!(
        out.contains("Not quite: you said 12%. The register says 9%"),
        "{out}"
    );
    assert!(out.contains("The input ended"), "{out}");
    assert!(
        out.contains("1 of 2 right in") && out.contains("Missed: social worker vacancy rate."),
        "{out}"
    );
    // The miss comes back first.
    let out = psw(&data)
        .args(["rehearse", "--plain", "--plan", "figures 1"])
        .write_stdin("9%, June 2026\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert!(
        out.contains("Figure 1 of 1: What is your social worker vacancy rate, and as at when?"),
        "{out}"
    );
    assert!(out.contains("1 of 1 right"), "{out}");
}

#[test]
fn spoken_figures_without_voice_or_a_model_say_why_in_one_line_and_are_typed() {
    let dir = imported();
    let data = dir.path().join("data");
    let out = psw(&data)
        .env_remove("PSW_COACH_VOICE_MODEL")
        .args(["rehearse", "--plain", "--record", "--plan", "figures 1"])
        .write_stdin("310, 31 October\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    let first = out.lines().next().unwrap_or_default();
    // Without the feature: "built without voice"; with it but no model: how to add one.
    assert!(first.contains("voice") || first.contains("model"), "{out}");
    assert!(out.contains("Answer each on one line"), "{out}");
    assert!(out.contains("1 of 1 right"), "{out}");
}

#[test]
fn the_figures_drill_with_an_empty_register_says_how_to_add_figures() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = psw(&dir.path().join("data"))
        .args(["rehearse", "--plain", "--plan", "figures"])
        .assert()
        .code(2)
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    assert_eq!(out.lines().count(), 1, "{out}");
    assert!(out.contains("psw-coach evidence import"), "{out}");
}

#[test]
fn the_prep_pack_opens_with_the_registers_figures() {
    let dir = imported();
    let out = psw(&dir.path().join("data"))
        .args(["notes", "export", "--pack", "--out", "-"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    let figures = out.find("## Your figures").expect("figures section");
    assert!(
        figures < out.find("No practised questions").unwrap(),
        "{out}"
    );
    assert!(
        out.contains("| people waiting for a Care Act assessment | 310 people | 31 October 2026 | monthly performance report |"),
        "{out}"
    );
}

#[test]
fn interviewer_cards_show_the_figures_a_question_touches() {
    let dir = imported();
    let out = psw(&dir.path().join("data"))
        .args(["cards", "--plan", "question waiting-times-01"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let out = String::from_utf8(out).unwrap();
    let at = out
        .find("### Their figures (from their evidence register)")
        .expect("figures on the card");
    assert!(
        out[at..].contains("- [ ] people waiting for a Care Act assessment: 310 people as at 31 October\n      2026 (monthly performance report)"),
        "{out}"
    );
    // Without a register, no such heading.
    let empty = tempfile::tempdir().unwrap();
    let out = psw(empty.path())
        .args(["cards", "--plan", "question waiting-times-01"])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    assert!(!String::from_utf8(out).unwrap().contains("Their figures"));
}

#[test]
fn a_sheet_excel_saved_in_windows_text_is_imported_and_a_bad_header_imports_nothing() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    // Excel's "CSV (Comma delimited)" on Windows: the £ sign is one byte, 0xA3, not UTF-8.
    let csv = dir.path().join("figures.csv");
    std::fs::write(
        &csv,
        b"measure,value,unit,as_at,source\r\nSpend on reablement,\xa31.9m,,2026-10-31,Finance report\r\n",
    )
    .unwrap();
    let out = psw(&data)
        .arg("evidence")
        .arg("import")
        .arg(&csv)
        .assert()
        .success();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(text.contains("read as Windows text"), "{text}");
    assert!(text.contains("1 added"), "{text}");
    let list = psw(&data).arg("evidence").arg("list").assert().success();
    let listed = String::from_utf8_lossy(&list.get_output().stdout).to_string();
    assert!(listed.contains("Spend on reablement: £1.9m"), "{listed}");

    // A first line without the columns: nothing is read, and nothing claims rows were kept.
    std::fs::write(
        &csv,
        "measure,unit,as_at,source\nDirect payments,%,2026-10-31,DP report\n",
    )
    .unwrap();
    let out = psw(&data)
        .arg("evidence")
        .arg("import")
        .arg(&csv)
        .assert()
        .code(1);
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    let text = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(err.contains("value is missing"), "{err}");
    assert!(
        err.contains("Nothing was imported: fix the first line of the file"),
        "{err}"
    );
    assert!(!err.contains("the other rows were kept"), "{err}");
    assert!(!text.contains("Nothing new to add"), "{text}");

    // A workbook given by mistake is named, with the Save As choice that makes a CSV.
    let xlsx = dir.path().join("figures.xlsx");
    std::fs::write(&xlsx, b"PK\x03\x04\x14\x00\x06\x00rest of the zip").unwrap();
    let out = psw(&data)
        .arg("evidence")
        .arg("import")
        .arg(&xlsx)
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(
        err.contains("this is an Excel workbook (.xlsx), not a CSV file"),
        "{err}"
    );
}

#[test]
fn a_sheet_far_too_large_is_refused_with_what_to_check() {
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("everything.csv");
    std::fs::write(&csv, "measure,value,as_at,source\n".repeat(700_000)).unwrap();
    let out = psw(&dir.path().join("data"))
        .arg("evidence")
        .arg("import")
        .arg(&csv)
        .assert()
        .failure();
    let err = String::from_utf8_lossy(&out.get_output().stderr).to_string();
    assert!(err.contains("this file is larger than 16 MB"), "{err}");
    assert!(err.contains("check that it is the right file"), "{err}");
    // The PSW made the sheet: nothing says psw-coach wrote it.
    assert!(!err.contains("ever writes"), "{err}");
}

#[test]
fn list_shows_a_figures_previous_value_and_its_owner() {
    let dir = tempfile::tempdir().expect("temp dir");
    let data = dir.path().join("data");
    let csv = dir.path().join("figures.csv");
    std::fs::write(
        &csv,
        "measure,value,unit,as_at,source,owner\n\
         people waiting for a Care Act assessment,410,people,2026-04-30,monthly performance report,Head of Service\n\
         social worker vacancy rate,9%,,2026-06-30,workforce dashboard,\n",
    )
    .unwrap();
    psw(&data)
        .args(["evidence", "import"])
        .arg(&csv)
        .assert()
        .success();
    // A month on, the waiting list has come down: the 410 becomes the previous value.
    std::fs::write(
        &csv,
        "measure,value,unit,as_at,source\n\
         people waiting for a Care Act assessment,312,people,2026-10-31,monthly performance report\n",
    )
    .unwrap();
    psw(&data)
        .args(["evidence", "import"])
        .arg(&csv)
        .assert()
        .success();
    let out = psw(&data).args(["evidence", "list"]).assert().success();
    let listed = String::from_utf8_lossy(&out.get_output().stdout).to_string();
    assert!(
        listed.contains(
            "people waiting for a Care Act assessment: 312 people, as at 31 October 2026, monthly performance report\n      previous value: 410 people, as at 30 April 2026; owner: Head of Service\n"
        ),
        "{listed}"
    );
    // A figure with neither has no second line. Walk 7: one older than three months is said to be
    // out of date in those words (it said "(stale)").
    assert!(
        listed.contains(
            "social worker vacancy rate: 9%, as at 30 June 2026, workforce dashboard  (out of date: \
             older than 3 months)\n"
        ),
        "{listed}"
    );
    assert_eq!(listed.matches("\n      ").count(), 1, "{listed}");
}
