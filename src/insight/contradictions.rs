//! No suggestion asks for what a finding says is there (issue 17): every answer in every table is read
//! and each suggestion checked against the report's own findings.

use super::accuracy::{HELD_OUT_YAML, TUNING_YAML, cases};
use super::{Lexicon, Report, analyse};

/// What a suggestion asks for, by its words, and whether the report's findings say it is there.
fn contradictions(r: &Report) -> Vec<String> {
    let tnn = r.then_now_next;
    let checks: [(&[&str], bool); 12] = [
        (
            &[
                "what you did yourself",
                "say what you did",
                "include what you did",
            ],
            r.covers.done,
        ),
        (
            &[
                "say what changed",
                "say what difference it made",
                "include what difference it made",
            ],
            r.covers.difference,
        ),
        (
            &[
                "add how you know",
                "include how you know",
                "has no evidence",
            ],
            r.covers.evidence,
        ),
        (
            &["where things were before", "where things were when"],
            tnn.then,
        ),
        (&["where things stand today"], tnn.now),
        (&["what comes next"], tnn.next),
        (
            &["add one short case", "include a case"],
            !r.example_markers.is_empty(),
        ),
        (
            &["bring in the people", "do not yet mention people"],
            r.speaks_of_people(),
        ),
        (
            &[
                "tie the change to people",
                "say what the change meant for them",
            ],
            r.difference_for_people,
        ),
        // A quote pressed on: "You say "...": compare it with before" asks for the change.
        (&["compare it with before"], r.covers.difference),
        (&["say whether that is where things stand today"], tnn.now),
        (
            &["make your own part plain"],
            !r.own_part_markers.is_empty(),
        ),
    ];
    let mut out = Vec::new();
    for s in &r.suggestions {
        let lower = s.to_lowercase();
        for (words, there) in &checks {
            if *there && words.iter().any(|w| lower.contains(w)) {
                out.push(s.clone());
            }
        }
    }
    // "Show the change over time" asks for both ends.
    if tnn.then && tnn.now {
        out.extend(
            r.suggestions
                .iter()
                .filter(|s| s.to_lowercase().contains("show the change over time"))
                .cloned(),
        );
    }
    out
}

/// Every used-up insight set, named one by one: set A (eval/insight/set-a), sets B to N and the
/// strong sets 1 to 10 (eval/hidden/...), each scored once first-time, then tuning material. A set
/// still in reserve is never read here, so no glob is used.
const USED_UP_SETS: &[&str] = &[
    "insight/set-a",
    "hidden/insight-set-b",
    "hidden/insight-set-c",
    "hidden/insight-set-d",
    "hidden/insight-set-e",
    "hidden/insight-set-f",
    "hidden/insight-set-g",
    "hidden/insight-set-h",
    "hidden/insight-set-i",
    "hidden/insight-set-j",
    "hidden/insight-set-k",
    "hidden/insight-set-l",
    "hidden/insight-set-m",
    "hidden/insight-set-n",
    "hidden/insight-set-o",
    "hidden/insight-strong",
    "hidden/insight-strong-2",
    "hidden/insight-strong-3",
    "hidden/insight-strong-4",
    "hidden/insight-strong-5",
    "hidden/insight-strong-6",
    "hidden/insight-strong-7",
    "hidden/insight-strong-8",
    "hidden/insight-strong-9",
    "hidden/insight-strong-10",
    "hidden/insight-strong-11",
];

/// The answers of every set in [`USED_UP_SETS`], each with its path.
fn used_up_answers() -> Vec<(String, String)> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval");
    let mut out = Vec::new();
    let entries = USED_UP_SETS.iter().flat_map(|set| {
        std::fs::read_dir(root.join(set))
            .into_iter()
            .flatten()
            .flatten()
    });
    for entry in entries {
        let path = entry.path();
        if path.extension().is_some_and(|e| e == "txt") {
            let text = std::fs::read_to_string(&path).expect("readable answer");
            out.push((path.display().to_string(), text));
        }
    }
    out
}

#[test]
fn no_suggestion_asks_for_what_a_finding_says_is_there() {
    let lexicon = Lexicon::bundled();
    let mut seen = 0;
    let mut wrong: Vec<String> = Vec::new();
    for yaml in [TUNING_YAML, HELD_OUT_YAML] {
        for case in cases(yaml) {
            let (_, r) = case.run(&lexicon);
            seen += 1;
            for s in contradictions(&r) {
                wrong.push(format!("{}: {s}", case.name));
            }
        }
    }
    let a = used_up_answers();
    assert!(
        a.len() >= 1000,
        "sets A to O and strong 1 to 11 are read ({} answers)",
        a.len()
    );
    for (name, text) in a {
        let r = analyse(&lexicon, &text, None);
        seen += 1;
        for s in contradictions(&r) {
            wrong.push(format!("{name}: {s}"));
        }
    }
    assert!(seen > 1090);
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_check_itself_finds_a_contradiction() {
    let lexicon = Lexicon::bundled();
    let mut r = analyse(&lexicon, "We set up a forum.", None);
    assert!(contradictions(&r).is_empty());
    r.covers.evidence = true;
    assert!(!contradictions(&r).is_empty(), "{:?}", r.suggestions);
}

/// Changes, befores and actions said in forms the reader once missed, each written for this test:
/// a suggestion never asks for them or presses on them as missing.
#[test]
fn no_suggestion_asks_for_a_change_said_without_a_change_word() {
    let lexicon = Lexicon::bundled();
    for text in [
        "She had missed eight appointments in the spring. We rewrote her care plan with her daughter. She has kept every appointment since, and she told her worker she feels safe.",
        "We paid for taxis on the late visits and the visit times came down by about a third, and the audit in October showed it.",
        "I opened a drop-in at the library and ninety carers have a named worker where there were hardly any before.",
        "We set up a weekend rota. The log shows no missed visit since the rota started, against eleven missed visits recorded in the three months before it.",
        "Relief cover\n- Mar 2025: 600 shifts a month not covered\n- I set up a bank of relief staff\n- Sep 2026: 90 shifts a month not covered",
        "We linked him with a befriending scheme near his flat, and his sister says he goes out twice a week now where he never went out before.",
    ] {
        let r = analyse(&lexicon, text, None);
        let asks: Vec<&String> = r
            .suggestions
            .iter()
            .filter(|s| {
                let s = s.to_lowercase();
                s.contains("compare it with before")
                    || s.contains("say what changed")
                    || s.contains("where things were before")
                    || s.contains("what you did yourself")
            })
            .collect();
        assert!(asks.is_empty(), "{text}: {asks:?}");
        assert!(contradictions(&r).is_empty(), "{text}: {:?}", r.suggestions);
    }
}

/// The opening words of each suggestion that asks for something, and the findings of a set's table
/// (expected.json) it asks for; as docs/scripts/insight_contradictions.py reads them.
const ASKS: &[(&str, &[&str])] = &[
    ("Close with what comes next", &["next"]),
    ("Add what comes next", &["next"]),
    ("Add one short case", &["example"]),
    ("Start with what you did yourself", &["own_part"]),
    (
        "Say what difference it made for people",
        &["difference", "people"],
    ),
    ("Show the change over time", &["then", "now"]),
    ("Add how you know", &["evidence"]),
    ("Say what changed", &["difference"]),
    ("Say where things stand today", &["now"]),
    ("Say where things were before", &["then"]),
    ("Say what you did, not what exists", &["done"]),
];

/// Whether a set's table says the answer gives `finding`: true and not borderline. The speaker's
/// own part is given only when something is done too (set F marks it on answers where nothing is).
fn table_gives(expected: &serde_json::Value, finding: &str) -> bool {
    let plain = |f: &str| {
        expected[f] == serde_json::Value::Bool(true)
            && !expected["borderline"]
                .as_array()
                .is_some_and(|b| b.iter().any(|x| x == f))
    };
    plain(finding) && (finding != "own_part" || plain("done"))
}

/// Suggestions that ask for what the answer gives by its set's table, over sets A to Q: issue 17's
/// goal is none. This many are left (36 over sets A to O once set O joined, after a story's before
/// was read as a then and a decision told with "would" as done; with sets P and Q, used up since,
/// 47, then 45 once a new subject and a time said first in speech opened sentences of their own
/// (set Q, q37); each listed when the test fails); the ceiling only ever comes down, so a change
/// that makes one more fails here.
const ASKS_FOR_WHAT_IS_GIVEN_CEILING: usize = 45;

/// Used-up sets scored after [`USED_UP_SETS`] was last widened, held to the ceiling too.
const LATER_SETS: &[&str] = &["hidden/insight-set-p", "hidden/insight-set-q"];

#[test]
fn suggestions_asking_for_what_the_answer_gives_never_rise_on_a_used_up_set() {
    let lexicon = Lexicon::bundled();
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("eval");
    let mut wrong: Vec<String> = Vec::new();
    let mut read = 0;
    let sets = USED_UP_SETS.iter().chain(LATER_SETS);
    for set in sets.filter(|s| !s.contains("strong")) {
        let table: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root.join(set).join("expected.json")).expect("a table"),
        )
        .expect("a JSON table");
        let answers = table["answers"].as_object().expect("answers");
        for (key, expected) in answers {
            let text = std::fs::read_to_string(root.join(set).join(format!("{key}.txt")))
                .expect("readable answer");
            read += 1;
            let r = analyse(&lexicon, &text, None);
            for s in &r.suggestions {
                let Some((_, findings)) = ASKS.iter().find(|(opens, _)| s.starts_with(opens))
                else {
                    continue;
                };
                if findings.iter().all(|f| table_gives(expected, f)) {
                    wrong.push(format!("{set}/{key}: {s}"));
                }
            }
        }
    }
    assert!(read >= 1070, "sets A to Q are read ({read} answers)");
    assert!(
        wrong.len() <= ASKS_FOR_WHAT_IS_GIVEN_CEILING,
        "{} suggestions ask for what the answer gives (ceiling {ASKS_FOR_WHAT_IS_GIVEN_CEILING}):\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}
