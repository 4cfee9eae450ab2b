//! The command line as a PSW or a script uses it.

use crate::common;

use assert_cmd::Command;
use predicates::prelude::*;

fn coach(data: &std::path::Path) -> Command {
    let mut cmd = Command::cargo_bin("psw-coach").unwrap();
    cmd.env("PSW_COACH_DATA_DIR", data).env_remove("NO_COLOR");
    cmd
}

#[test]
fn bundled_banks_check_clean() {
    let data = tempfile::tempdir().unwrap();
    coach(data.path())
        .args(["banks", "check"])
        .assert()
        .success()
        .stdout(predicate::str::contains("no problems found"));
}

/// A bank author checking the bundled bank's own file wants it checked on its own, not reported as a
/// duplicate of the built-in copy of itself (it used to give one problem per question).
#[test]
fn the_bundled_bank_file_named_by_path_checks_clean() {
    let data = tempfile::tempdir().unwrap();
    coach(data.path())
        // A fixed date, so the bank's "checked" dates do not turn this test red a year from now.
        .args([
            "banks",
            "check",
            "--today",
            "2026-12-04",
            "question_banks/cqc-psw-adults.yaml",
        ])
        .assert()
        .success()
        .stderr("")
        .stdout(predicate::str::contains("All clear: 1 bank checked"));
}

#[test]
fn a_good_file_checks_clean() {
    let data = tempfile::tempdir().unwrap();
    coach(data.path())
        .args(["banks", "check", "tests/fixtures/good.yaml"])
        .assert()
        .success()
        .stderr("");
}

#[test]
fn a_broken_file_gives_located_messages_and_exit_1() {
    let data = tempfile::tempdir().unwrap();
    let out = coach(data.path())
        .args(["banks", "check", "tests/fixtures/broken.yaml"])
        .assert()
        .code(1)
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    for expected in [
        "tests/fixtures/broken.yaml:7:11: unknown kind `wide`",
        "tests/fixtures/broken.yaml:9:26: unknown quality statement `equality`",
        "tests/fixtures/broken.yaml:11:5: unknown field `folow_ups` in a question: did you mean `follow_ups`?",
        "tests/fixtures/broken.yaml:15:9: duplicate question id `broken-q1`: it is already used on line 6",
        "tests/fixtures/broken.yaml:19:10: `ask` is empty",
        "tests/fixtures/broken.yaml:22:17: `listen_for` should be a list",
        // One bank is "it", not "those banks".
        "found in 1 bank; it will be skipped until it is fixed.",
    ] {
        assert!(
            stderr.contains(expected),
            "missing {expected:?} in:\n{stderr}"
        );
    }
}

#[test]
fn a_bad_bank_in_the_data_folder_is_skipped_and_the_rest_load() {
    let data = tempfile::tempdir().unwrap();
    let banks = data.path().join("banks");
    std::fs::create_dir_all(&banks).unwrap();
    std::fs::copy("tests/fixtures/broken.yaml", banks.join("broken.yaml")).unwrap();
    std::fs::copy("tests/fixtures/good.yaml", banks.join("good.yaml")).unwrap();
    let out = coach(data.path())
        .args(["banks", "list", "--json"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Skipped").and(predicate::str::contains("broken.yaml")))
        .get_output()
        .stdout
        .clone();
    let list: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let ids: Vec<&str> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|q| q["id"].as_str().unwrap())
        .collect();
    assert!(ids.contains(&"fixture-q1") && ids.contains(&"fixture-q2"));
    assert!(!ids.iter().any(|id| id.starts_with("broken")));
}

#[test]
fn banks_list_json_has_the_documented_keys() {
    let data = tempfile::tempdir().unwrap();
    let out = coach(data.path())
        .args([
            "banks",
            "list",
            "--json",
            "--bank",
            "tests/fixtures/good.yaml",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let list: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let list = list.as_array().unwrap();
    assert!(list.len() > 2, "bundled and fixture questions both listed");
    let q = list.iter().find(|q| q["id"] == "fixture-q2").unwrap();
    let keys: Vec<&str> = q.as_object().unwrap().keys().map(|k| k.as_str()).collect();
    for key in [
        "bank",
        "id",
        "kind",
        "topic",
        "quality_statements",
        "ask",
        "follow_ups",
        "listen_for",
        "target_seconds",
    ] {
        assert!(keys.contains(&key), "missing {key}");
    }
    assert_eq!(q["bank"], "fixture-good");
    assert_eq!(q["kind"], "focused");
    assert_eq!(q["follow_ups"][0], "How do you know staff can manage them?");
    assert_eq!(q["target_seconds"], 150);
}

#[test]
fn version_names_the_data_folder() {
    let data = tempfile::tempdir().unwrap();
    coach(data.path())
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains(data.path().to_str().unwrap()));
}

/// A folder given as a relative path (`--data-dir notes-folder`) is named where it is, so the PSW
/// can find it from anywhere.
#[test]
fn version_names_a_relative_data_folder_by_where_it_is() {
    let parent = tempfile::tempdir().unwrap();
    std::fs::create_dir(parent.path().join("coach-data")).unwrap();
    let out = Command::cargo_bin("psw-coach")
        .unwrap()
        .current_dir(parent.path())
        .args(["--data-dir", "coach-data", "--version"])
        .assert()
        .success()
        .get_output()
        .clone();
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    let whole = parent.path().join("coach-data");
    assert!(
        text.contains(&format!("data folder: {}\n", whole.display())),
        "{text}"
    );
}

#[test]
fn version_names_the_data_folder_without_creating_it() {
    let parent = tempfile::tempdir().unwrap();
    let data = parent.path().join("not-made-yet");
    coach(&data)
        .arg("--version")
        .assert()
        .success()
        .stdout(predicate::str::contains("not-made-yet"));
    assert!(!data.exists(), "--version created the data folder");
}

#[test]
fn banks_check_warns_but_passes_on_dangling_and_self_triggered_probes() {
    let data = tempfile::tempdir().unwrap();
    let out = coach(data.path())
        .args(["banks", "check", "tests/fixtures/probes.yaml"])
        .assert()
        .success()
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert!(
        stderr.contains("tests/fixtures/probes.yaml:59:9: warning: this probe refers back to something the answer may never have mentioned (\"that partnership\")"),
        "{stderr}"
    );
    assert!(
        stderr.contains("tests/fixtures/probes.yaml:61:16: warning: `when` word `partners` is in the question's own ask"),
        "{stderr}"
    );
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    assert!(
        stdout.contains("no problems found (2 warnings above are worth a look)"),
        "{stdout}"
    );
}

#[test]
fn banks_list_json_gives_the_prompts_that_apply_and_tags() {
    let data = tempfile::tempdir().unwrap();
    let out = coach(data.path())
        .args([
            "banks",
            "list",
            "--json",
            "--bank",
            "tests/fixtures/probes.yaml",
        ])
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let list: serde_json::Value = serde_json::from_slice(&out).unwrap();
    let find = |id: &str| {
        list.as_array()
            .unwrap()
            .iter()
            .find(|q| q["id"] == id)
            .unwrap()
            .clone()
    };
    let asks = |q: &serde_json::Value| -> Vec<String> {
        q["prompts"]
            .as_array()
            .unwrap()
            .iter()
            .map(|p| p["ask"].as_str().unwrap().to_string())
            .collect()
    };
    let scene = find("probe-scene");
    assert_eq!(
        asks(&scene),
        [
            "Your role and remit",
            "Where it sits and who you report to",
            "How you are heard"
        ]
    );
    assert_eq!(scene["prompts"][0]["id"], "remit");
    assert_eq!(scene["tags"], serde_json::json!(["remit"]));
    let wait = find("probe-wait");
    assert_eq!(
        asks(&wait),
        [
            "What have you done?",
            "What difference has it made?",
            "How do you know?"
        ]
    );
    assert_eq!(
        wait["tags"],
        serde_json::json!(["young-carers", "triangulation"])
    );
    let bundled = find("role-remit-01");
    assert_eq!(bundled["tags"], serde_json::json!([]));
    assert_eq!(bundled["prompts"].as_array().unwrap().len(), 3);
}

const STRONG_ANSWER: &str = "I set up a duty triage team in April. We cut the waiting list from 420 to 180 \
people, and the longest wait fell from 26 to 9 weeks, according to our monthly performance report. One carer \
told us her mother was seen within a week. Next, we will extend triage to the east locality by March.";

const VAGUE_ANSWER: &str = "We have worked hard on the waiting list and things are better.";

fn try_json(answer: &str) -> Vec<serde_json::Value> {
    let data = tempfile::tempdir().unwrap();
    let out = coach(data.path())
        .args([
            "--bank",
            "tests/fixtures/probes.yaml",
            "banks",
            "try",
            "probe-wait",
            "-",
            "--json",
        ])
        .write_stdin(answer)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    serde_json::from_slice::<serde_json::Value>(&out)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn banks_try_json_orders_probes_with_their_reasons() {
    let vague = try_json(VAGUE_ANSWER);
    for p in &vague {
        let keys: Vec<&str> = p.as_object().unwrap().keys().map(|k| k.as_str()).collect();
        assert_eq!(
            keys,
            ["anchor", "ask", "gap", "heard", "reason"],
            "keys (sorted)"
        );
    }
    // A vague answer's own claim is pressed first, in its words; then the bank's probes, with no
    // words anchored.
    assert_eq!(
        vague[0]["anchor"],
        "We have worked hard on the waiting list and things are better"
    );
    assert!(
        vague[0]["ask"].as_str().unwrap().starts_with(
            "You said you have worked hard on the waiting list and things are better:"
        )
    );
    assert!(vague[1..].iter().all(|p| p["anchor"].is_null()));
    assert_eq!(
        vague[1]["ask"],
        "What is the longest anyone is waiting now, and how has that changed this year?"
    );
    assert_eq!(vague[1]["gap"], "evidence");
    assert_eq!(vague[1]["heard"], serde_json::Value::Null);
    let heard = vague.iter().find(|p| p["heard"] == "waiting list").unwrap();
    assert!(
        heard["ask"]
            .as_str()
            .unwrap()
            .starts_with("Who owns the risk")
    );

    // The strong answer is pressed first on its own words: the people still waiting after the
    // list came down, quoted; `anchor` holds the words it rests on.
    let strong = try_json(STRONG_ANSWER);
    assert_eq!(
        strong[0]["anchor"], "We cut the waiting list from 420 to 180 people",
        "{strong:#?}"
    );
    assert!(
        strong[0]["ask"]
            .as_str()
            .unwrap()
            .starts_with("You said you cut the waiting list from 420 to 180 people: "),
        "{strong:#?}"
    );
    assert_eq!(
        strong[0]["reason"],
        "you said \"180\": asking about the 180 still waiting"
    );
    // It gives the figure, so it is not asked for it; what it said is probed deeper.
    let bank_first = strong.iter().find(|p| p["anchor"].is_null()).unwrap();
    assert_eq!(bank_first["heard"], "waiting list", "{strong:#?}");
    assert!(strong.iter().all(|p| p["gap"] != "evidence"), "{strong:#?}");
    // Neither answer says "multi-agency" or "agency", so those probes wait.
    for p in vague.iter().chain(&strong) {
        assert!(!p["ask"].as_str().unwrap().contains("agency"), "{p}");
    }
}

#[test]
fn banks_try_explains_the_choice_in_words() {
    let data = tempfile::tempdir().unwrap();
    let answer = data.path().join("answer.txt");
    std::fs::write(&answer, STRONG_ANSWER).unwrap();
    let out = coach(data.path())
        .args([
            "--bank",
            "tests/fixtures/probes.yaml",
            "banks",
            "try",
            "probe-wait",
        ])
        .arg(&answer)
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let text = String::from_utf8(out).unwrap();
    for expected in [
        "probe-wait: How long are people waiting for an assessment?",
        // The longest wait is given (9 weeks), so it is not asked for again.
        "  1. You said you cut the waiting list from 420 to 180 people: how do you check on the 180 still waiting, and what is happening for them?\n     why: you said \"180\": asking about the 180 still waiting",
        "  3. Who owns the risk for people on the waiting list, and how often is it reviewed?\n     why: heard \"waiting list\" in the answer",
        "Not asked for this answer:",
        "why not: it asks for what the answer already gives (evidence)",
        "why not: waits for one of its words, none heard: multi-agency",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in:\n{text}");
    }
}

#[test]
fn banks_try_with_an_unknown_id_suggests_the_close_one() {
    let data = tempfile::tempdir().unwrap();
    coach(data.path())
        .args([
            "--bank",
            "tests/fixtures/probes.yaml",
            "banks",
            "try",
            "probe-wiat",
        ])
        .write_stdin("x")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "there is no question with the id `probe-wiat`. Did you mean `probe-wait`?",
        ));
}

/// The help for `--plan` says what to type in plain words, with examples, on every command that
/// takes it: no "SLUG", no "ID[,ID...]", no escaped brackets.
#[test]
fn plan_help_is_plain_words_with_examples() {
    let data = tempfile::tempdir().unwrap();
    for command in ["rehearse", "pair", "cards"] {
        let out = coach(data.path())
            .args([command, "--help"])
            .output()
            .unwrap();
        let help = String::from_utf8(out.stdout).unwrap();
        assert!(help.contains("\"topic waiting-times\""), "{help}");
        assert!(help.contains("\"weakest 5\""), "{help}");
        for jargon in ["SLUG", "ID[", "\\[", " N\""] {
            assert!(
                !help.contains(jargon),
                "{command} --help says {jargon:?}:\n{help}"
            );
        }
    }
    coach(data.path())
        .args(["rehearse", "--plan", "topic"])
        .assert()
        .failure()
        .stderr(
            predicate::str::contains("needs the topic after it")
                .and(predicate::str::contains("slug").not()),
        );
}

/// A PSW adding a bank starts from the small example in question_banks/README.md: copied as it
/// is, it must check clean, with no warning to puzzle over, and the count must read as English.
#[test]
fn the_bank_writers_small_example_checks_clean_as_printed() {
    let guide = std::fs::read_to_string("question_banks/README.md").unwrap();
    let start = guide
        .find("```yaml\nid: my-council")
        .expect("the small example")
        + 8;
    let example = &guide[start..start + guide[start..].find("```").unwrap()];
    let data = tempfile::tempdir().unwrap();
    let bank = data.path().join("my-council.yaml");
    std::fs::write(&bank, example).unwrap();
    coach(data.path())
        .args(["banks", "check"])
        .arg(&bank)
        .assert()
        .success()
        .stderr("")
        .stdout("All clear: 1 bank checked, 1 question, no problems found.\n");
}

#[test]
fn banks_try_with_an_empty_answer_says_it_was_empty_and_how_to_give_one() {
    let data = tempfile::tempdir().unwrap();
    coach(data.path())
        .args(["banks", "try", "waiting-times-01"])
        .write_stdin("")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "The answer is empty, so these are the follow-ups an empty answer would get.",
        ))
        .stdout(predicate::str::contains("The answer lacks").not());
}

/// The tenth walk's row 11: in plain spoken practice what is typed is key points, and the coverage
/// line calls it so, as the suggestions under it do ("Your key points do not yet include…"); a
/// written answer is still "Your answer".
#[test]
fn plain_spoken_practice_calls_what_was_typed_key_points() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let run = coach(&data)
        .args([
            "rehearse", "--plain", "--spoken", "--plan", "random 1", "--seed", "3",
        ])
        .write_stdin(
            "- a new duty rota\n.\n- fewer calls waiting\n.\n- staff survey\n.\n.\n\n\n4\n",
        )
        .assert()
        .success();
    let out = String::from_utf8_lossy(&run.get_output().stdout).to_string();
    assert!(out.contains("Your key points say what you did:"), "{out}");
    assert!(!out.contains("Your answer says"), "{out}");
    let run = coach(&data)
        .args([
            "rehearse",
            "--plain",
            "--written",
            "--plan",
            "random 1",
            "--seed",
            "3",
        ])
        .write_stdin(
            "I set up a new duty rota.\n.\nFewer calls wait.\n.\nA staff survey.\n.\n.\n\n\n4\n",
        )
        .assert()
        .success();
    let out = String::from_utf8_lossy(&run.get_output().stdout).to_string();
    assert!(out.contains("Your answer says what you did:"), "{out}");
}

/// Cards, the prep pack and a feedback sheet are never written into the notes or drafts folder,
/// where every screen would then name them as notes that cannot be read.
#[test]
fn nothing_is_written_into_psw_coachs_own_notes_or_drafts_folder() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    coach(&data)
        .args(["rehearse", "--plain", "--plan", "random 1"])
        .write_stdin("I chair the practice panel.\n.\n")
        .assert()
        .success();
    let notes = data.join("notes");
    let drafts = data.join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    for (args, out) in [
        (vec!["cards", "--out"], notes.join("cards.md")),
        (
            vec!["notes", "export", "--pack", "--out"],
            notes.join("pack.md"),
        ),
        (
            vec!["notes", "export", "latest", "--out"],
            drafts.join("sheet.md"),
        ),
    ] {
        let run = coach(&data).args(&args).arg(&out).assert().failure();
        let err = String::from_utf8_lossy(&run.get_output().stderr).to_string();
        assert!(
            err.contains("is where psw-coach keeps your")
                && err.contains("was not written. Choose another folder, such as your Documents"),
            "{args:?}: {err}"
        );
        assert!(!out.exists(), "{args:?}");
    }
    // The notes read as they did, with nothing skipped.
    let list = coach(&data).args(["notes", "list"]).assert().success();
    assert!(
        !String::from_utf8_lossy(&list.get_output().stderr).contains("Skipped"),
        "{:?}",
        list.get_output()
    );
    // Anywhere else is fine.
    coach(&data)
        .args(["notes", "export", "--pack", "--out"])
        .arg(dir.path().join("pack.md"))
        .assert()
        .success();
}

/// Walk 6: a command typed without what it needs says in words what is missing and how to type
/// it, not clap's "error: the following required arguments were not provided: <FILE>".
#[test]
fn a_command_missing_what_it_needs_says_so_in_words() {
    let data = tempfile::tempdir().unwrap();
    for (args, says) in [
        (
            &["voice", "add"][..],
            "psw-coach: psw-coach voice add needs FILE, which is missing. Type it as: psw-coach \
             voice add FILE (psw-coach voice add --help says what goes there).",
        ),
        (
            &["notes", "show"][..],
            "psw-coach: psw-coach notes show needs NOTE, which is missing. Type it as: psw-coach \
             notes show NOTE (psw-coach notes show --help says what goes there).",
        ),
    ] {
        let out = coach(data.path()).args(args).assert().code(2);
        let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert_eq!(err.trim(), says, "{args:?}");
    }
}

/// Walk 6, row 10: a script piping answers into `rehearse` never starts the microphone because
/// of the answer style set in the app: its answers are typed, and nothing is said of Settings.
#[test]
fn answers_piped_in_stay_typed_whatever_the_answer_style_setting() {
    let data = tempfile::tempdir().unwrap();
    common::settings::answer_style_saved(data.path(), psw_coach::notes::AnswerStyle::Recorded);
    let run = coach(data.path())
        .args(["rehearse", "--plain", "--plan", "random 1", "--seed", "3"])
        .write_stdin("I chair the practice panel.\n.\n")
        .assert()
        .success();
    let out = String::from_utf8_lossy(&run.get_output().stdout).to_string();
    assert!(
        out.contains("Type each answer on one or more lines."),
        "{out}"
    );
    assert!(!out.contains("Answer style from Settings"), "{out}");
    assert!(!out.contains("Recording"), "{out}");
}

/// Walk 7: a command, option or value mistyped got clap's own words, in American spelling
/// ("error: unrecognized subcommand 'rehersal'", "tip: to pass '--colour' as a value, use
/// '-- --colour'", "invalid digit found in string"). Each is said in words, with what to type.
#[test]
fn a_mistyped_command_option_or_value_is_told_in_words() {
    let data = tempfile::tempdir().unwrap();
    for (args, says) in [
        (
            &["rehersal"][..],
            "psw-coach: psw-coach has no command \"rehersal\". Did you mean psw-coach rehearse? \
             (psw-coach --help lists them.)",
        ),
        (
            &["notes", "search", "hospital"][..],
            "psw-coach: psw-coach notes has no command \"search\". (psw-coach notes --help lists \
             them.)",
        ),
        (
            &["notes", "show", "--colour", "1"][..],
            "psw-coach: psw-coach notes show has no option --colour. (psw-coach notes show --help \
             lists what it takes.)",
        ),
        (
            &["cards", "--outt", "cards.md"][..],
            "psw-coach: psw-coach cards has no option --outt. Did you mean --out? (psw-coach \
             cards --help lists what it takes.)",
        ),
        (
            &["rehearse", "--seed", "x"][..],
            "psw-coach: --seed takes a whole number, such as --seed 3, not \"x\".",
        ),
        // Walk 10: "such as --target 3" offered three seconds as an answer's target.
        (
            &["analyse", "-", "--target", "abc"][..],
            "psw-coach: --target takes a whole number, such as --target 120 (seconds), not \"abc\".",
        ),
        (
            &["analyse", "-", "--spoken-seconds", "abc"][..],
            "psw-coach: --spoken-seconds takes a whole number, such as --spoken-seconds 90, not \"abc\".",
        ),
        // Walk 10: `--spoken-seconds 0` was taken without a word, and the pace left out.
        (
            &["analyse", "-", "--spoken-seconds", "0"][..],
            "psw-coach: --spoken-seconds takes a number of seconds, 1 or more, such as \
             --spoken-seconds 90, not \"0\".",
        ),
        (
            &["analyse", "-", "--target", "0"][..],
            "psw-coach: --target takes a number of seconds, 1 or more, such as --target 120 \
             (seconds), not \"0\".",
        ),
    ] {
        let out = coach(data.path()).args(args).assert().code(2);
        let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
        assert_eq!(err.trim(), says, "{args:?}");
    }
    let out = coach(data.path())
        .args(["rehearse", "--plan", "nonsense"])
        .assert()
        .code(2);
    let err = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    assert!(
        err.starts_with("psw-coach: --plan \"nonsense\" is not a plan. Choose one of: mock"),
        "{err}"
    );
    assert!(!err.contains("error:") && !err.contains("--help'"), "{err}");
}
