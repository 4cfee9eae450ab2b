//! The analysis as a whole, read against answers written in the style of real PSW evidence.
//!
//! Every answer here was written for these tests; names, numbers and places are invented, and the
//! identifying details use ranges set aside for examples (Ofcom drama numbers, example.org addresses,
//! a published sample NHS number).

use super::*;

/// Found by the property test below: an answer, or one part of it, ending on a bare bullet ("*",
/// "-", "•") on its last line read past the end of the words and panicked.
#[test]
fn an_answer_ending_on_a_bare_bullet_is_read() {
    for text in [
        "*",
        "- We merged the two duty rotas.\n-",
        "Did:\n• 14 pantries opened\n•",
    ] {
        let r = analyse(&Lexicon::bundled(), text, Some(60));
        let _ = render_report(&r);
    }
    let parts = [("done", ""), ("difference", ""), ("evidence", "*")];
    let (_, r) = analyse_parts(&Lexicon::bundled(), &parts, Some(60));
    assert_eq!(r.parts.len(), 3);
}

/// Fixed so the "year that makes an age" rule does not drift with the calendar.
const YEAR: i32 = 2026;

/// The text of tuning answer `i` (see `answers/tuning.yaml`; the first 43 keep their old order).
fn case_text(i: usize) -> String {
    accuracy::cases(accuracy::TUNING_YAML)[i]
        .text
        .clone()
        .expect("a plain answer")
}

#[test]
fn every_tuning_answer_gets_two_or_three_short_suggestions() {
    let lexicon = Lexicon::bundled();
    for case in accuracy::cases(accuracy::TUNING_YAML) {
        let (_, r) = case.run(&lexicon);
        let count = r.suggestions.len();
        assert!(
            (2..=3).contains(&count),
            "{}: {count} suggestions",
            case.name
        );
        for s in &r.suggestions {
            assert!(s.chars().count() <= 160, "{}: too long: {s}", case.name);
        }
        let mut seen = std::collections::HashSet::new();
        for s in &r.suggestions {
            assert!(seen.insert(s), "{}: said twice: {s}", case.name);
        }
    }
}

#[test]
fn findings_point_at_their_text_with_line_and_column() {
    let lexicon = Lexicon::bundled();
    for case in accuracy::cases(accuracy::TUNING_YAML) {
        let (text, r) = case.run(&lexicon);
        let lines = text::Lines::new(&text);
        let all = r
            .evidence_markers
            .iter()
            .chain(&r.people_mentions)
            .chain(&r.hedges)
            .chain(&r.unexplained_acronyms)
            .chain(&r.done_markers)
            .chain(&r.difference_markers)
            .chain(&r.process_mentions)
            .chain(&r.example_markers)
            .chain(&r.own_part_markers)
            .chain(&r.next_markers)
            .chain(&r.fillers);
        for f in all {
            assert_eq!(&text[f.start..f.end], f.text, "{}", case.name);
            assert_eq!(lines.place(&text, f.start), (f.line, f.column));
        }
        for c in &r.confidentiality {
            assert_eq!(&text[c.start..c.end], c.text, "{}", case.name);
        }
    }
}

#[test]
fn hedges_carry_their_place() {
    let text = "We set it up.\nI think it is just a start.";
    let r = analyse(&Lexicon::bundled(), text, None);
    let places: Vec<(&str, usize, usize)> = r
        .hedges
        .iter()
        .map(|h| (h.text.as_str(), h.line, h.column))
        .collect();
    assert_eq!(places, vec![("I think", 2, 1), ("just", 2, 15)]);
}

#[test]
fn columns_count_characters_not_bytes() {
    let text = "“Carers’ views” – we introduced a survey";
    let r = analyse(&Lexicon::bundled(), text, None);
    let survey = r
        .evidence_markers
        .iter()
        .find(|f| f.text == "survey")
        .expect("survey found");
    assert_eq!(survey.column, text[..survey.start].chars().count() + 1);
    assert_eq!(r.done_markers[0].text, "we introduced");
}

#[test]
fn length_and_speaking_time_use_140_words_a_minute() {
    let text = "word ".repeat(280);
    let r = analyse(&Lexicon::bundled(), &text, Some(90));
    assert_eq!(r.word_count, 280);
    assert_eq!(r.speaking_seconds, 120);
    assert_eq!(r.target_seconds, Some(90));
    assert!(r.over_target);
    let r = analyse(&Lexicon::bundled(), &text, Some(120));
    assert!(!r.over_target, "exactly on target is not over it");
    let r = analyse(&Lexicon::bundled(), "", None);
    assert_eq!((r.word_count, r.speaking_seconds), (0, 0));
    assert_eq!(r.suggestions.len(), 3);
}

#[test]
fn json_has_the_agreed_keys() {
    let r = analyse(
        &Lexicon::bundled(),
        "Mr Okafor said the MARP helped. I set up the audit; 90% were good.",
        Some(60),
    );
    let json = serde_json::to_value(&r).expect("serialises");
    for key in [
        "word_count",
        "speaking_seconds",
        "target_seconds",
        "over_target",
        "covers",
        "then_now_next",
        "evidence_markers",
        "people_mentions",
        "hedges",
        "unexplained_acronyms",
        "confidentiality",
        "suggestions",
    ] {
        assert!(json.get(key).is_some(), "missing {key}");
    }
    for key in ["done", "difference", "evidence"] {
        assert!(json["covers"][key].is_boolean(), "covers.{key}");
    }
    for key in ["then", "now", "next"] {
        assert!(
            json["then_now_next"][key].is_boolean(),
            "then_now_next.{key}"
        );
    }
    let c = &json["confidentiality"][0];
    assert_eq!(c["kind"], "titled-name");
    assert_eq!(c["text"], "Mr Okafor");
    assert_eq!(
        (c["line"].as_u64(), c["column"].as_u64()),
        (Some(1), Some(1))
    );
    assert_eq!(json["unexplained_acronyms"][0]["text"], "MARP");
}

#[test]
fn parts_are_joined_and_offsets_point_into_the_joined_text() {
    let lexicon = Lexicon::bundled();
    let parts = [
        (
            "done",
            "Set up a carers' forum with the hub.\n- Introduced carers' champions in every team.",
        ),
        ("difference", "Carers are identified earlier."),
        ("evidence", "Carers tell us it helps."),
    ];
    let (joined, r) = analyse_parts(&lexicon, &parts, Some(120));
    assert_eq!(
        joined,
        format!("{}\n\n{}\n\n{}", parts[0].1, parts[1].1, parts[2].1)
    );
    let done: Vec<&str> = r.done_markers.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(
        done,
        vec!["Set up", "Introduced"],
        "the done prompt supplies the 'I'"
    );
    assert!(r.covers.done);
    assert!(r.covers.evidence, "'tell us' is people's feedback");
    let evidence = r
        .evidence_markers
        .iter()
        .find(|f| f.text == "tell us")
        .expect("found");
    assert_eq!(&joined[evidence.start..evidence.end], "tell us");
    assert_eq!(evidence.line, 6);

    let plain = analyse(&lexicon, &joined, Some(120));
    let done: Vec<&str> = plain.done_markers.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(
        done,
        vec!["Introduced"],
        "without the hint, only a bulleted action is claimed, and not as the speaker's own"
    );
    assert!(plain.own_part_markers.is_empty());
}

#[test]
fn an_evidence_part_without_evidence_does_not_count() {
    let lexicon = Lexicon::bundled();
    let parts = [
        (
            "done",
            "I set up a hospital discharge huddle with the ward managers.",
        ),
        ("difference", "People get home sooner."),
        (
            "evidence",
            "Everyone says it is working well and the teams are really positive about it.",
        ),
    ];
    let (_, r) = analyse_parts(&lexicon, &parts, Some(120));
    assert!(r.covers.done);
    assert!(r.covers.difference);
    assert!(!r.covers.evidence);
    assert!(
        r.suggestions[0].contains("Your 'How do you know?' part has no evidence in it yet"),
        "{:?}",
        r.suggestions
    );
}

#[test]
fn a_user_lexicon_extends_the_analysis() {
    let mut lexicon = Lexicon::bundled();
    let text = "I set up the MARP. Our practice week showed the change.";
    let before = analyse(&lexicon, text, None);
    assert_eq!(before.unexplained_acronyms.len(), 1);
    assert!(!before.covers.evidence);
    lexicon
        .extend_from_yaml(
            "lexicon.yaml",
            "glossary: [MARP]\nevidence:\n  sources: [practice week]\n",
        )
        .expect("valid");
    let after = analyse(&lexicon, text, None);
    assert!(after.unexplained_acronyms.is_empty());
    assert!(after.covers.evidence);
}

#[test]
fn false_alarms_stay_quiet() {
    let lexicon = Lexicon::bundled();
    for text in [
        "In 2019 we had 412 people waiting; by 2023 it was 96.",
        "CQC met the DASS and the PSW in the CQC site visit.",
        "Reviews on time rose to 93.5% and then 95 per cent.",
        "Titles on the form were Mr\nMrs and Ms.",
        "The B1 team and the NE1 hub share a duty rota; the A38 is closed.",
        "We have 3,400 people on our books and 1,200 carers.",
    ] {
        let r = analyse(&lexicon, text, None);
        assert!(
            r.confidentiality.is_empty(),
            "{text}: {:?}",
            r.confidentiality
        );
        assert!(
            r.unexplained_acronyms.is_empty(),
            "{text}: {:?}",
            r.unexplained_acronyms
        );
    }
}

#[test]
fn suggestions_are_short_kind_and_specific() {
    let lexicon = Lexicon::bundled();
    let vague = analyse(&lexicon, &case_text(1), Some(120));
    assert_eq!(vague.suggestions.len(), 3);
    assert!(vague.suggestions[0].starts_with("Start with what you did yourself"));
    for s in &vague.suggestions {
        assert!(s.len() < 160, "short: {s}");
        assert!(
            !s.contains("You failed") && !s.contains("wrong"),
            "kind: {s}"
        );
    }
    let private = analyse(&lexicon, &case_text(3), None);
    assert!(
        private.suggestions[0].contains("NHS number on line 1"),
        "{:?}",
        private.suggestions
    );
    let strong = analyse(&lexicon, &case_text(0), Some(120));
    assert_eq!(strong.suggestions.len(), 2, "{:?}", strong.suggestions);
}

#[test]
fn the_report_reads_plainly() {
    let lexicon = Lexicon::bundled();
    let r = analyse(&lexicon, &case_text(4), Some(60));
    let text = render_report(&r);
    assert!(
        text.starts_with("!! CHECK BEFORE YOU SHARE: 3 details"),
        "{text}"
    );
    assert!(text.contains("Done: yes"));
    assert!(text.contains("Difference: yes"));
    assert!(text.contains("Evidence: yes"));
    assert!(text.contains("postcode \"BS16 1QY\" (line 1, column"));
    assert!(
        text.trim_end()
            .lines()
            .last()
            .is_some_and(|l| l.starts_with("  3. ") || l.starts_with("  2. "))
    );
    assert!(!text.contains('\x1b'), "no colour codes");

    let vague = render_report(&analyse(&lexicon, &case_text(1), Some(120)));
    assert!(vague.contains("Done: no"));
    assert!(
        vague.contains("Softeners (2): \"I think\" (line 1), \"try to\" (line 1)"),
        "{vague}"
    );
    assert!(
        !vague.contains(" 1:"),
        "no places that read like times: {vague}"
    );
    assert!(!vague.contains("CHECK BEFORE"));
}

fn assert_places_hold(text: &str, r: &Report) {
    let lines = text::Lines::new(text);
    let all = r
        .evidence_markers
        .iter()
        .chain(&r.people_mentions)
        .chain(&r.hedges)
        .chain(&r.unexplained_acronyms)
        .chain(&r.done_markers)
        .chain(&r.difference_markers)
        .chain(&r.process_mentions);
    for f in all {
        assert_eq!(text.get(f.start..f.end), Some(f.text.as_str()));
        assert_eq!(lines.place(text, f.start), (f.line, f.column));
    }
    for c in &r.confidentiality {
        assert_eq!(text.get(c.start..c.end), Some(c.text.as_str()));
    }
    assert!((2..=3).contains(&r.suggestions.len()));
}

proptest::proptest! {
    #[test]
    fn any_text_is_read_without_panicking(text in "\\PC{0,300}") {
        let r = analyse(&Lexicon::bundled(), &text, Some(60));
        assert_places_hold(&text, &r);
        let _ = render_report(&r);
    }

    #[test]
    fn any_parts_are_read_without_panicking(
        done in "\\PC{0,80}",
        difference in "(\\PC|Mr |12 Acacia Road |we have a |  ){0,20}",
        evidence in "\\PC{0,80}",
        key_points in proptest::bool::ANY,
    ) {
        let parts = [("done", done.as_str()), ("difference", difference.as_str()), ("evidence", evidence.as_str())];
        let (joined, r) = if key_points {
            analyse_key_points(&Lexicon::bundled(), &parts, Some(60))
        } else {
            analyse_parts(&Lexicon::bundled(), &parts, Some(60))
        };
        assert_places_hold(&joined, &r);
        assert_eq!(r.parts.len(), 3);
        for p in &r.parts {
            assert!(joined.get(p.start..p.end).is_some());
            if p.empty {
                assert_eq!(p.answers_own, Some(false));
            }
        }
        let _ = render_report(&r);
    }

    #[test]
    fn text_full_of_near_misses_is_read_without_panicking(
        text in "(Mr |Ms |DOB |born |0117 |07700 |\\+44 |943 476 |5919 |BS16 |1QY |\\(|\\)|MARP |SARs |’s |I set up |from |to |78% |2021 |12/03/|1941 |\n|\\. |only |just |[A-Za-z0-9]{1,6} ){0,60}"
    ) {
        let r = analyse(&Lexicon::bundled(), &text, Some(60));
        assert_places_hold(&text, &r);
        let _ = render_report(&r);
    }
}

/// The rehearsal screen's three parts, as the usability tester filled them in.
fn tester_parts() -> [(&'static str, &'static str); 3] {
    [
        (
            "done",
            "We have a transitions protocol with children's services.",
        ),
        (
            "difference",
            "Young people now meet us at 14, and plans in place by 18 rose from 40% to 85%.",
        ),
        ("evidence", ""),
    ]
}

#[test]
fn an_empty_part_is_named_even_when_its_question_is_answered_elsewhere() {
    let (_, r) = analyse_parts(&Lexicon::bundled(), &tester_parts(), Some(120));
    // An empty part never gets a tick, though the trend in the difference part is evidence: the panel
    // must not tick "How you know" beside "your 'How do you know?' part is empty".
    assert!(!r.covers.evidence);
    assert!(r.has_gap(Gap::Evidence));
    let evidence = &r.parts[2];
    assert_eq!(evidence.id, "evidence");
    assert_eq!(evidence.label, "How do you know?");
    assert!(evidence.empty);
    assert_eq!(
        evidence.answers_own,
        Some(false),
        "an empty part answers nothing"
    );
    assert_eq!(r.parts[1].answers_own, Some(true));
    assert!(
        r.suggestions
            .iter()
            .any(|s| s.starts_with("Your 'How do you know?' part is empty:")),
        "{:?}",
        r.suggestions
    );
}

#[test]
fn a_tick_that_rests_on_another_part_says_which() {
    let (_, r) = analyse_parts(
        &Lexicon::bundled(),
        &[
            ("done", "I set up a discharge huddle with the wards."),
            (
                "difference",
                "Delayed discharges fell from 24 a week to 9, and people get home sooner.",
            ),
            ("evidence", "Everyone says it is working well."),
        ],
        Some(120),
    );
    assert!(
        r.covers.evidence,
        "the figures in the difference part count"
    );
    assert_eq!(r.parts[2].answers_own, Some(false));
    assert_eq!(
        r.ticks_from_other_parts,
        vec![TickSource {
            question: "evidence".to_string(),
            part: "What difference has it made?".to_string()
        }]
    );
    let text = render_report(&r);
    assert!(
        text.contains("Evidence: yes, from 'What difference has it made?'"),
        "{text}"
    );
}

#[test]
fn having_a_protocol_is_not_doing_and_the_suggestion_says_how_to_put_it() {
    let (_, r) = analyse_parts(&Lexicon::bundled(), &tester_parts(), Some(120));
    assert!(!r.covers.done);
    assert_eq!(r.parts[0].answers_own, Some(false));
    let done = r
        .suggestions
        .iter()
        .find(|s| s.contains("says what exists"))
        .unwrap_or_else(|| panic!("{:?}", r.suggestions));
    assert!(
        done.starts_with("Your 'What have you done?' part"),
        "{done}"
    );
    assert!(
        done.contains("(\"We have a transitions protocol\")"),
        "{done}"
    );
    assert!(done.contains("\"I wrote…\""), "{done}");
    assert!(r.suggestions[0].starts_with("Your 'How do you know?' part is empty"));
    assert_eq!(r.suggestions[1], *done);

    let plain = analyse(
        &Lexicon::bundled(),
        "We have a strong team. Waits fell.",
        None,
    );
    assert!(
        plain.suggestions[0]
            .starts_with("Say what you did, not what exists (\"We have a strong team\")"),
        "{:?}",
        plain.suggestions
    );
    let lot = analyse(&Lexicon::bundled(), "We have a lot to be proud of.", None);
    assert!(lot.suggestions[0].starts_with("Start with what you did yourself"));
}

#[test]
fn several_empty_parts_are_named_in_one_step() {
    let parts = [
        ("done", ""),
        ("difference", "  \n"),
        ("evidence", "Our audit found 88% of files good."),
    ];
    let (_, r) = analyse_parts(&Lexicon::bundled(), &parts, Some(120));
    assert!(!r.covers.done && !r.covers.difference && r.covers.evidence);
    assert_eq!(
        r.suggestions[0],
        "Your 'What have you done?' and 'What difference has it made?' parts are empty: add what you did and what changed for people."
    );
    assert!(
        !r.suggestions.iter().any(|s| s.starts_with("Start with")),
        "not said twice: {:?}",
        r.suggestions
    );
}

#[test]
fn an_answer_with_every_part_empty_is_told_so_once() {
    for blank in ["", " ", "\n\n"] {
        let parts = [("done", blank), ("difference", ""), ("evidence", "  ")];
        let (_, r) = analyse_parts(&Lexicon::bundled(), &parts, Some(150));
        assert!(r.suggestions[0].starts_with("All three parts are empty"));
        assert!(
            !r.suggestions[1..]
                .iter()
                .any(|s| s.contains("change over time")
                    || s.contains("what comes next")
                    || s.contains("where things")),
            "no more asks after it: {:?}",
            r.suggestions
        );
    }
    // One part written: the other steps still come.
    let parts = [
        ("done", "I set up a carers' hub."),
        ("difference", ""),
        ("evidence", ""),
    ];
    let (_, r) = analyse_parts(&Lexicon::bundled(), &parts, Some(150));
    assert!(r.suggestions.len() > 1, "{:?}", r.suggestions);
}

#[test]
fn a_follow_up_part_is_never_judged_on_its_own() {
    let parts = [
        ("done", "I set up a carers' hub."),
        ("difference", "Carers feel less alone."),
        ("evidence", "Carers told us so in the survey."),
        ("follow-up", ""),
    ];
    let (_, r) = analyse_parts(&Lexicon::bundled(), &parts, Some(120));
    assert_eq!(r.parts[3].answers_own, None);
    assert_eq!(r.parts[3].label, "Follow up");
    assert!(!r.suggestions.iter().any(|s| s.contains("empty")));
}

#[test]
fn staff_feedback_and_re_audits_count_in_parts() {
    let parts = [
        ("done", "We re-audited the 2023 SAR recommendations."),
        ("difference", "Every action is now closed."),
        (
            "evidence",
            "Team managers told me in the March practice forum.",
        ),
    ];
    let (_, r) = analyse_parts(&Lexicon::bundled(), &parts, Some(120));
    assert!(r.covers.done, "{:?}", r.done_markers);
    assert_eq!(r.done_markers[0].text, "We re-audited");
    assert_eq!(r.parts[2].answers_own, Some(true), "'told me' is evidence");
}

#[test]
fn identifying_details_are_placed_by_part_in_parts_and_by_line_in_plain_text() {
    let parts = [
        ("done", "I challenged the delay at the discharge huddle."),
        (
            "difference",
            "Mr John Smith went home in 2 days instead of 3 weeks.",
        ),
        ("evidence", "The ward data shows it."),
    ];
    let lexicon = Lexicon::bundled();
    let (joined, r) = analyse_parts(&lexicon, &parts, Some(120));
    assert!(
        r.difference_for_people,
        "going home is a change for a person"
    );
    assert!(
        !r.suggestions
            .iter()
            .any(|s| s.starts_with("Tie the change") || s.starts_with("You mention")),
        "{:?}",
        r.suggestions
    );
    assert_eq!(
        r.suggestions[0],
        "Take out the name with a title in 'What difference has it made?' and describe the person instead (for example, their age band and situation)."
    );
    assert!(!r.suggestions.iter().any(|s| s.contains("line")));

    let plain = analyse(&lexicon, &joined, Some(120));
    assert!(
        plain.suggestions[0].contains("name with a title on line 3"),
        "{:?}",
        plain.suggestions
    );

    let two = [
        ("done", "I visited Mrs Okafor."),
        ("difference", ""),
        (
            "evidence",
            "She lives at 12 Acacia Road and told us it helped.",
        ),
    ];
    let (_, r) = analyse_parts(&lexicon, &two, Some(120));
    assert_eq!(
        r.suggestions[0],
        "Take out the 2 identifying details (in 'What have you done?' and 'How do you know?') and describe the person instead."
    );
}

#[test]
fn acronyms_and_softeners_always_get_a_step() {
    let lexicon = Lexicon::bundled();
    let style = |r: &Report| {
        r.suggestions
            .iter()
            .filter(|s| s.contains("Spell out") || s.contains("softeners"))
            .count()
    };
    // The tester's answer: five softeners and MARP and QAF, and none of the three questions answered.
    let r = analyse(&lexicon, &case_text(38), Some(90));
    assert_eq!(r.hedges.len(), 5);
    assert_eq!(r.suggestions.len(), 3);
    assert_eq!(style(&r), 1, "{:?}", r.suggestions);
    assert_eq!(
        r.suggestions[2],
        "Spell out MARP and QAF the first time, and drop softeners such as \"I think\" and \"just\": say plainly what you did."
    );
    assert!(r.suggestions[0].starts_with("Start with what you did yourself"));
    assert!(
        r.suggestions[1]
            .starts_with("Say what difference it made for people and carers, and how you know"),
        "difference and evidence said together to make room: {:?}",
        r.suggestions
    );

    // Confidentiality still comes first, and the style step still gets its place.
    let r = analyse(
        &lexicon,
        "Mrs Okafor said I think it is just the MARP.",
        None,
    );
    assert_eq!(r.suggestions.len(), 3);
    assert!(r.suggestions[0].starts_with("Take out the name with a title"));
    assert_eq!(style(&r), 1, "{:?}", r.suggestions);

    // One softener alone is not worth a step; an acronym alone is.
    let r = analyse(
        &lexicon,
        "I set up a carers' hub and it is just great.",
        None,
    );
    assert_eq!(style(&r), 0, "{:?}", r.suggestions);
    let r = analyse(&lexicon, &case_text(6), None);
    assert!(
        r.suggestions
            .iter()
            .any(|s| s.starts_with("Spell out MARP and LAS")),
        "{:?}",
        r.suggestions
    );
    let r = analyse(&lexicon, &case_text(1), Some(120));
    assert!(
        r.suggestions
            .iter()
            .any(|s| s.contains("drop softeners such as \"I think\" and \"try to\"")),
        "{:?}",
        r.suggestions
    );
}

#[test]
fn places_in_the_report_do_not_read_like_times() {
    let lexicon = Lexicon::bundled();
    let text = render_report(&analyse(
        &lexicon,
        "I set up MARP. It is just a start, just a small one.\nMaybe.",
        None,
    ));
    assert!(
        text.contains(
            "Softeners (3): \"just\" (line 1, column 22), \"just\" (line 1, column 36), \"Maybe\" (line 2)"
        ),
        "{text}"
    );
    assert!(
        text.contains("Acronyms to spell out at first use: MARP (line 1)"),
        "{text}"
    );
    assert!(!text.contains(" 1:"), "{text}");
}

#[test]
fn key_points_are_not_judged_on_length_or_wording() {
    let lexicon = Lexicon::bundled();
    let parts = [
        ("done", "- set up MARP with housing\n- weekly"),
        ("difference", "- waits down"),
        ("evidence", ""),
    ];
    let (_, r) = analyse_key_points(&lexicon, &parts, Some(1));
    assert!(r.key_points);
    assert_eq!(r.speaking_seconds, 0);
    assert!(!r.over_target, "jotted notes are never over time");
    assert!(
        r.covers.done,
        "a jotted action counts: the 'I' is said aloud"
    );
    assert_eq!(r.unexplained_acronyms[0].text, "MARP");
    for s in &r.suggestions {
        for wording in ["Start with", "Trim", "room for more", "I set up", "words"] {
            assert!(!s.contains(wording), "{s}");
        }
    }
    assert!(
        r.suggestions
            .iter()
            .any(|s| s == "Your 'How do you know?' part is empty: jot a figure, an audit finding, or what people told you."),
        "{:?}",
        r.suggestions
    );
    assert!(
        r.suggestions
            .iter()
            .any(|s| s.starts_with("Say MARP in full")),
        "{:?}",
        r.suggestions
    );
    let report = render_report(&r);
    assert!(report.contains("of key points; not timed"), "{report}");

    let (_, r) = analyse_key_points(
        &lexicon,
        &[
            ("done", "carers' hub"),
            ("difference", "carers feel less alone"),
        ],
        None,
    );
    assert_eq!(
        r.suggestions[0],
        "Your key points do not yet include what you did yourself: jot the action, e.g. \"set up carers' forum\"."
    );
    assert!(
        r.suggestions
            .iter()
            .any(|s| s.starts_with("Your key points do not yet include how you know")),
        "{:?}",
        r.suggestions
    );

    // Written the same way, the timing and wording advice is back.
    let (_, written) = analyse_parts(&lexicon, &parts, Some(1));
    assert!(!written.key_points);
    assert!(written.over_target);
}

#[test]
fn people_are_found_in_every_way_they_are_written() {
    let lexicon = Lexicon::bundled();
    for text in [
        "Mrs Patel",
        "a young person",
        "residents",
        "tenants",
        "service users",
        "people who draw on care",
        "a man",
        "went home",
        "living at home",
        "back home",
    ] {
        let r = analyse(&lexicon, text, None);
        assert!(!r.people_mentions.is_empty(), "{text}");
    }
}

#[test]
fn addresses_serialise_as_address() {
    let r = analyse(&Lexicon::bundled(), "She lives at 12 Acacia Road.", None);
    let json = serde_json::to_value(&r).expect("serialises");
    assert_eq!(json["confidentiality"][0]["kind"], "address");
    assert_eq!(ConfidentialKind::Address.label(), "street address");
    assert_eq!(json["key_points"], false);
    assert!(json["parts"].as_array().is_some_and(Vec::is_empty));
}

#[test]
fn done_verbs_are_read_broadly_and_may_be_done_again() {
    let lexicon = Lexicon::bundled();
    for text in [
        "We re-audited the SAR actions.",
        "We reaudited the SAR actions.",
        "I reviewed every overdue case.",
        "We commissioned an advocacy service.",
        "I trained 40 practice educators.",
        "We rolled out the new model.",
        "We redesigned the front door.",
        "We recruited eight experts by experience.",
        "We relaunched the carers' forum.",
        "I have re-introduced reflective supervision.",
        "We re-commissioned the service.",
        "I convened a learning review.",
        "We carried out a thematic audit.",
        "Together we revised the guidance.",
        "My team and I consulted carers.",
        // Issue 17: the passive says it was done ("a rota was put in place"); the coaching may still
        // ask for the speaker's own part.
        "The protocol was reviewed.",
        "We merged the two duty rotas.",
    ] {
        let r = analyse(&lexicon, text, None);
        assert!(r.covers.done, "{text}");
    }
    for text in ["We have a transitions protocol.", "I recalled the details."] {
        let r = analyse(&lexicon, text, None);
        assert!(!r.covers.done, "{text}: {:?}", r.done_markers);
    }
}

#[test]
fn what_people_and_staff_said_is_evidence_but_a_meeting_alone_is_not() {
    let lexicon = Lexicon::bundled();
    for text in [
        "Team managers told me in the practice forum.",
        "Practitioners tell me it helps.",
        "We had feedback from carers.",
        "Social workers said it was clearer.",
        "Concerns raised in supervision have stopped.",
        "The staff survey showed it.",
        "We heard from families at a listening event.",
        "They said they felt safer.",
    ] {
        let r = analyse(&lexicon, text, None);
        assert!(r.covers.evidence, "{text}");
    }
    for text in [
        "We discuss risk in supervision.",
        "I chair the practice forum.",
        "As I said, it matters.",
    ] {
        let r = analyse(&lexicon, text, None);
        assert!(!r.covers.evidence, "{text}: {:?}", r.evidence_markers);
    }
}

#[test]
fn gaps_name_what_the_answer_lacks() {
    let lexicon = Lexicon::bundled();
    let strong = analyse_at(
        &lexicon,
        "When I came into post in 2021, 640 people were waiting. I set up a waiting well team. \
         One carer, a woman in her seventies who looks after her husband, told us she now gets a call \
         every four weeks. Today 212 people are waiting, down from 640, and our audit shows no one came \
         to harm. Next, I will bring the wait under 8 weeks by March.",
        None,
        &[],
        YEAR,
    );
    assert_eq!(strong.gaps(), &[] as &[Gap], "{strong:#?}");

    let thin = analyse_at(
        &lexicon,
        "We have a transitions protocol and a panel.",
        None,
        &[],
        YEAR,
    );
    // Every gap, in the order they are listed.
    assert_eq!(thin.gaps(), &Gap::ALL);

    // "We" did it, but nothing says what the speaker did personally; a next step with no when.
    let team = analyse_at(
        &lexicon,
        "We introduced carers' champions and carers tell us they are identified sooner. We will \
         keep going.",
        None,
        &[],
        YEAR,
    );
    assert!(team.covers.done);
    assert!(team.has_gap(Gap::OwnPart));
    assert!(team.has_gap(Gap::Next), "a next step with no when");
    assert!(team.has_gap(Gap::Example));
    assert!(!team.has_gap(Gap::People));

    // Under "What have you done?" a bare verb is the speaker's own.
    let (_, parts) = analyse_parts(
        &lexicon,
        &[
            ("done", "Set up a carers' forum."),
            ("difference", ""),
            ("evidence", ""),
        ],
        None,
    );
    assert!(!parts.has_gap(Gap::OwnPart), "{:?}", parts.own_part_markers);
}

#[test]
fn gaps_serialise_as_bank_slugs() {
    for gap in Gap::ALL {
        let json = serde_json::to_string(&gap).expect("serialises");
        assert_eq!(json, format!("\"{}\"", gap.slug()));
        assert_eq!(Gap::from_slug(gap.slug()), Some(gap));
    }
    assert_eq!(Gap::from_slug("own-part"), Some(Gap::OwnPart));
    assert_eq!(Gap::from_slug("nonsense"), None);
    let r = analyse(&Lexicon::bundled(), "We have a panel.", None);
    let json = serde_json::to_value(&r).expect("serialises");
    assert_eq!(json["gaps"][0], "done");
    assert!(json["gaps"].as_array().is_some_and(|g| g.len() == 7));
}

#[test]
fn titles_in_lower_case_are_only_the_short_ones() {
    let lexicon = Lexicon::bundled();
    let r = analyse(
        &lexicon,
        "We miss carers when the duty line is busy, and mrs hollis waited.",
        None,
    );
    let found: Vec<&str> = r.confidentiality.iter().map(|c| c.text.as_str()).collect();
    assert_eq!(found, vec!["mrs hollis"]);
}

#[test]
fn a_short_answer_is_asked_for_what_it_lacks_not_what_it_has() {
    let lexicon = Lexicon::bundled();
    let room = |text: &str| -> String {
        let r = analyse_at(&lexicon, text, Some(180), &[], 2026);
        r.suggestions
            .into_iter()
            .find(|s| s.starts_with("You have room for more"))
            .unwrap_or_default()
    };
    // An example and a figure are both there: ask for neither.
    let both = room(
        "I set up a weekly duty huddle in March. For example, one man in his eighties went home \
         from the ward the same day because of it. Discharge delays fell from six days to two. \
         Next, in May, we add the weekend.",
    );
    assert!(
        both.ends_with("meant for the person in your example."),
        "{both}"
    );
    // A figure alone, with no action or no change to hang a case on: ask for the example.
    let figure = room(
        "Discharge delays for older people are now two days, by the ward audit, against six \
         before. Next, in May, we add the weekend.",
    );
    assert!(figure.ends_with("so add an example."), "{figure}");
    // Neither: ask for either.
    let neither = room(
        "I set up a weekly duty huddle in March, and now older people go home the same day \
         instead of waiting. Next, in May, we add the weekend.",
    );
    assert!(
        neither.ends_with("so add an example or a figure."),
        "{neither}"
    );
}

#[test]
fn a_short_answer_with_no_case_is_asked_for_one_once() {
    // Done, a change, how it is known and a next step, no example, well under its target: the room
    // and the case are one step, not two that both ask for an example (walk item 43).
    let text = "I brought in a same-day call to every carer whose cared-for person goes into hospital. \
                Carers reaching crisis after a discharge fell from 14 a quarter to 3, by our duty log. \
                Next, in April, I will extend the calls to the mental health wards.";
    let r = analyse_at(&Lexicon::bundled(), text, Some(180), &[], 2026);
    let asking: Vec<&String> = r
        .suggestions
        .iter()
        .filter(|s| s.contains("example") || s.contains("case"))
        .collect();
    assert_eq!(asking.len(), 1, "{:?}", r.suggestions);
    assert!(
        asking[0].starts_with("Add one short case") && asking[0].contains("3 min target has room"),
        "{:?}",
        r.suggestions
    );
}

#[test]
fn a_short_answer_with_its_figure_in_another_part_is_not_asked_for_a_figure() {
    // The figure is in the difference part and the "How do you know?" part is empty: the room step
    // may ask for an example, never for the figure the answer gives.
    let parts = [
        ("done", "We put a carers' lead in each locality team."),
        (
            "difference",
            "Carers' assessments overdue went from 85 to 20 over the year.",
        ),
        ("evidence", ""),
    ];
    let (_, r) = analyse_parts(&Lexicon::bundled(), &parts, Some(180));
    let room = r
        .suggestions
        .iter()
        .find(|s| s.starts_with("You have room for more"))
        .cloned()
        .unwrap_or_default();
    assert!(!room.is_empty(), "{:?}", r.suggestions);
    assert!(!room.contains("figure"), "{room}");
}

#[test]
fn a_thin_answer_ticking_every_question_is_told_it_has_room_and_asked_for_the_finding() {
    let parts = [
        ("done", "We review discharge plans."),
        ("difference", "Things are better now."),
        ("evidence", "The audits show it."),
    ];
    let (_, r) = analyse_parts(&Lexicon::bundled(), &parts, Some(150));
    assert!(r.covers.done && r.covers.difference && r.covers.evidence);
    assert!(
        r.suggestions
            .iter()
            .any(|s| s.contains("room for about") && s.contains("say what the audits found")),
        "{:?}",
        r.suggestions
    );
    // With a figure, or with no target, the step is not given.
    let parts = [
        ("done", "We review discharge plans."),
        ("difference", "Readmissions fell from 40 to 12."),
        ("evidence", "The audits show it."),
    ];
    let (_, r) = analyse_parts(&Lexicon::bundled(), &parts, Some(150));
    assert!(
        !r.suggestions.iter().any(|s| s.contains("room for about")),
        "{:?}",
        r.suggestions
    );
}

#[test]
fn in_key_points_a_thing_named_with_what_goes_with_it_is_what_was_done() {
    let lexicon = Lexicon::bundled();
    for notes in [
        "- falls clinic with the community physios\n- 310 seen v 90 the year before",
        "- hospital discharge hub at the Royal\n- fewer readmissions",
    ] {
        let (_, r) = analyse_key_points(&lexicon, &[("", notes)], None);
        assert!(r.covers.done, "{notes}: {:?}", r.done_markers);
        // Written out, the same notes say nothing was done: the verb is not said aloud there.
        let (_, w) = analyse_parts(&lexicon, &[("", notes)], None);
        assert!(!w.covers.done, "{notes}: {:?}", w.done_markers);
    }
    // A topic alone, a change, a figure, a source and a feeling are not things done.
    for notes in [
        "- carers' hub",
        "- fewer repeat calls to the front door",
        "- 4,200 on the carers register v 11k estimate",
        "- feedback from the carers forum",
        "- carers feel less alone",
        "- carers feel less alone at the hub",
    ] {
        let (_, r) = analyse_key_points(&lexicon, &[("", notes)], None);
        assert!(!r.covers.done, "{notes}: {:?}", r.done_markers);
    }
}

#[test]
fn how_many_people_the_work_was_done_with_is_not_how_you_know() {
    let lexicon = Lexicon::bundled();
    for notes in [
        "- new discharge letter\n- tested it w/ 9 people w/ lived exp\n- fewer calls back to the ward",
        "We rewrote the discharge letter with 9 carers and there are fewer calls back to the ward.",
    ] {
        let (_, r) = analyse_parts(&lexicon, &[("", notes)], None);
        assert!(!r.covers.evidence, "{notes}: {:?}", r.evidence_found);
        let (_, r) = analyse_key_points(&lexicon, &[("", notes)], None);
        assert!(!r.covers.evidence, "{notes}: {:?}", r.evidence_found);
    }
    // A count of people that says what changed is evidence still.
    let (_, r) = analyse_parts(
        &lexicon,
        &[(
            "",
            "We rewrote the discharge letter and 9 carers told us it was clearer.",
        )],
        None,
    );
    assert!(r.covers.evidence, "{:?}", r.evidence_found);
}

#[test]
fn a_figure_that_says_who_qualifies_is_not_how_you_know() {
    let lexicon = Lexicon::bundled();
    let text = "Our new offer gives a key worker to anyone caring more than forty hours a week, and a sitting service for those waiting over 20 days.";
    let (_, r) = analyse_parts(&lexicon, &[("", text)], None);
    assert!(!r.covers.evidence, "{:?}", r.evidence_found);
    // How many people it reached is still a figure of how you know.
    let (_, r) = analyse_parts(
        &lexicon,
        &[(
            "",
            "We gave a key worker to 60 carers, and more than 40 of them say they feel less alone.",
        )],
        None,
    );
    assert!(r.covers.evidence, "{:?}", r.evidence_found);
}
