//! The command line as a PSW or a script uses it.

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
        stderr.contains("tests/fixtures/probes.yaml:58:9: warning: this probe refers back to something the answer may never have mentioned (\"that partnership\")"),
        "{stderr}"
    );
    assert!(
        stderr.contains("tests/fixtures/probes.yaml:60:16: warning: `when` word `partners` is in the question's own ask"),
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
