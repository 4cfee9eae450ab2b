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
    assert!(text.contains("**Plan:** Mock interview, 7 cards."));
    assert!(text.contains("    psw-coach pair --plan \"mock\" --seed 4\n"));
    assert_eq!(text.matches("\n## Card ").count(), 7);
    assert!(text.contains("## Card 1 of 7: Scene-setting"));
    assert!(text.contains("## Card 7 of 7: Focused"));
    // Every card carries the target, the three parts, probes ending in evidence, and a rating line.
    assert_eq!(text.matches("**Target: ").count(), 7);
    assert_eq!(text.matches("- [ ] How they know").count(), 7);
    // The evidence rung is the question's own evidence probe, the bank's default one, or the
    // generic "show me the evidence"; whichever it is, each card ends its ladder with one.
    assert_eq!(
        text.lines()
            .filter(|l| l
                .split_once(". Evidence: ")
                .is_some_and(|(n, _)| n.parse::<u32>().is_ok()))
            .count(),
        7
    );
    assert_eq!(text.matches("**Rating:** 1 - 2 - 3 - 4 - 5").count(), 7);
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
