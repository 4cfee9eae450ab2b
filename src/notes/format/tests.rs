use super::read::slots_of;
use super::*;
use crate::notes::model::ResumeStep;
use proptest::prelude::*;

fn sample() -> Note {
    let started = DateTime::parse_from_rfc3339("2026-11-23T17:40:00+00:00").unwrap();
    Note {
            format: FORMAT_VERSION,
            session_id: "20261123-174000-ab12".to_string(),
            kind: NoteKind::Rehearse,
            plan: "mock".to_string(),
            plan_title: "Mock interview".to_string(),
            interviewer: None,
            psw: None,
            banks: vec!["cqc-core".to_string()],
            started,
            finished: Some(DateTime::parse_from_rfc3339("2026-11-23T18:02:10+00:00").unwrap()),
            style: AnswerStyle::Written,
            questions: vec![NoteQuestion {
                id: "waiting-times-1".to_string(),
                topic: "waiting-times".to_string(),
                quality_statements: vec!["assessing-needs".to_string()],
                ask: "How do you know people are not waiting too long for a Care Act assessment?"
                    .to_string(),
                answers: vec![
                    PromptAnswer {
                        transcribed: None,
                        id: "done".to_string(),
                        ask: "What have you done?".to_string(),
                        seconds: 65,
                        text: "We set up a weekly triage huddle.\n\nEvery case over 28 days is reviewed by a senior.".to_string(),
                    },
                    PromptAnswer {
                        transcribed: None,
                        id: "difference".to_string(),
                        ask: "What difference has it made?".to_string(),
                        seconds: 50,
                        text: "Median wait fell from 41 to 19 days.".to_string(),
                    },
                ],
                follow_ups: vec![FollowUpAnswer {
                    answered_in_refine: false,
                    transcribed: None,
                    ask: "How do you hear from people who are waiting?".to_string(),
                    seconds: 40,
                    text: "Monthly calls from the duty team.".to_string(),
                    skipped: false,
                    reason: Some(FollowUpReason::Gap("people".to_string())),
                }],
                cues: vec![
                    Cue {
                        text: "A figure for the longest wait, and what is done about it".to_string(),
                        ticked: true,
                    },
                    Cue {
                        text: "How people are kept safe while they wait".to_string(),
                        ticked: false,
                    },
                ],
                coaching: Some(Coaching {
                    done: true,
                    difference: true,
                    evidence: true,
                    then: true,
                    now: true,
                    words: 31,
                    softeners: 1,
                    ..Coaching::default()
                }),
                pair: None,
                total_seconds: 155,
                target_seconds: 120,
                rating: Some(4),
                reflection: Some("Lead with the numbers next time.".to_string()),
                recovered: false,
                refined_from: None,
                best: false,
            }],
            resume: None,
        }
}

#[test]
fn sample_reads_well_and_round_trips() {
    let note = sample();
    let text = to_markdown(&note);
    assert!(text.starts_with("---\nformat: 2\n"), "{text}");
    assert!(text.contains("\n# How do you know people are not waiting"));
    assert!(text.contains("\n## What have you done? (1 min 05 s)\n"));
    assert!(text.contains("\n## Follow-up: How do you hear from people who are waiting? (40 s)\n"));
    assert!(text.contains("Time 2 min 35 s of 2 min target · rated 4 of 5"));
    assert!(
        text.contains("started: 2026-11-23T17:40:00+00:00"),
        "{text}"
    );
    assert_eq!(from_markdown(&text).unwrap(), note);
}

/// Deletes every line equal to `marker`, the first `count` times.
fn without_lines(text: &str, marker: &str, count: usize) -> String {
    let mut left = count;
    text.split_inclusive('\n')
        .filter(|l| {
            if left > 0 && l.trim_end() == marker {
                left -= 1;
                false
            } else {
                true
            }
        })
        .collect()
}

fn line_with(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

#[test]
fn removed_markers_keep_the_text_and_say_where() {
    let note = sample();
    let text = to_markdown(&note);
    let cut = without_lines(&text, "<!-- answer q:waiting-times-1 p:done -->", 1);
    let cut = without_lines(&cut, "<!-- end answer -->", 1);
    let (back, warnings) = read_markdown(&cut).unwrap();
    assert_eq!(back, note, "every word still read");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(
        warnings[0].line,
        line_with(&cut, "We set up a weekly triage huddle.")
    );
    assert!(
        warnings[0].message.starts_with(
            "the markers around the answer to “What have you done?” are missing or damaged"
        ),
        "{}",
        warnings[0]
    );
    assert!(
        warnings[0]
            .message
            .contains("put `<!-- answer q:waiting-times-1 p:done -->` on the line before the text"),
        "{}",
        warnings[0]
    );
}

#[test]
fn every_marker_removed_keeps_every_word() {
    let mut note = pair_sample();
    note.questions[0].reflection = Some("Slow down.".to_string());
    let text = to_markdown(&note);
    let cut: String = text
        .split_inclusive('\n')
        .filter(|l| {
            let l = l.trim_end();
            !l.starts_with("<!-- ")
                || DataKind::ALL
                    .iter()
                    .any(|k| l.starts_with(&format!("<!-- {} ", k.word())))
        })
        .collect();
    assert!(!cut.contains("<!-- end"), "{cut}");
    let (back, warnings) = read_markdown(&cut).unwrap();
    assert_eq!(back, note, "{cut}");
    let slots = slots_of(&note.questions[0], true).len();
    assert_eq!(warnings.len(), slots, "{warnings:#?}");
}

#[test]
fn a_whole_answer_deleted_is_named_not_silent() {
    let text = to_markdown(&sample());
    let start = text
        .find("<!-- answer q:waiting-times-1 p:done -->")
        .unwrap();
    let end = text[start..].find("<!-- end answer -->").unwrap() + start;
    let cut = format!(
        "{}{}",
        &text[..start],
        &text[end + "<!-- end answer -->\n".len()..]
    );
    let (back, warnings) = read_markdown(&cut).unwrap();
    assert_eq!(back.questions[0].answers[0].text, "");
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(warnings[0].line, line_with(&cut, "## What have you done?"));
    assert!(
        warnings[0].message.contains("shows as nothing typed"),
        "{}",
        warnings[0]
    );
}

#[test]
fn stray_text_and_end_markers_are_named() {
    let text = to_markdown(&sample()).replacen(
        "<!-- end answer -->\n",
        "<!-- end answer -->\nA line added by hand.\n<!-- end answer -->\n",
        1,
    );
    let (back, warnings) = read_markdown(&text).unwrap();
    assert_eq!(back, sample());
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert_eq!(warnings[0].line, line_with(&text, "A line added by hand."));
    assert!(
        warnings[0].message.contains("“A line added by hand.”"),
        "{}",
        warnings[0]
    );
    assert_eq!(warnings[1].line, warnings[0].line + 1);
    assert!(
        warnings[1].message.contains("has no start marker"),
        "{}",
        warnings[1]
    );
}

#[test]
fn a_lost_end_marker_is_named() {
    let text = to_markdown(&sample()).replacen("<!-- end answer -->\n", "", 1);
    let (_, warnings) = read_markdown(&text).unwrap();
    assert_eq!(warnings.len(), 1, "{warnings:?}");
    assert_eq!(
        warnings[0].line,
        line_with(&text, "<!-- answer q:waiting-times-1 p:done -->")
    );
    assert!(
        warnings[0].message.contains("has no end marker"),
        "{}",
        warnings[0]
    );
}

#[test]
fn ratings_out_of_range_are_not_ratings() {
    for bad in ["0", "9", "-1", "300", "4.5", "\"four\""] {
        let text = to_markdown(&sample()).replace("\"rating\":4", &format!("\"rating\":{bad}"));
        let (back, warnings) = read_markdown(&text).unwrap();
        assert_eq!(back.questions[0].rating, None, "{bad}");
        assert_eq!(warnings.len(), 1, "{bad}: {warnings:?}");
        let line = line_with(&text, "\"rating\":");
        let column = text
            .lines()
            .nth(line - 1)
            .unwrap()
            .find("\"rating\"")
            .unwrap()
            + 1;
        assert_eq!((warnings[0].line, warnings[0].column), (line, Some(column)));
        assert!(
            warnings[0]
                .message
                .starts_with(&format!("the rating {bad} is not")),
            "{}",
            warnings[0]
        );
    }
    let text = to_markdown(&pair_sample()).replace("{\"rating\":3,", "{\"rating\":7,");
    let (back, warnings) = read_markdown(&text).unwrap();
    assert_eq!(
        back.questions[0].pair.as_ref().unwrap().rating,
        None,
        "{text}"
    );
    assert!(
        warnings[0]
            .message
            .starts_with("the interviewer's rating 7"),
        "{warnings:?}"
    );
}

#[test]
fn version_1_notes_read_with_no_warning_and_name_damage() {
    for v1 in [V1_RANDOM, V1_TOPIC, V1_MOCK] {
        assert_eq!(read_markdown(v1).unwrap().1, Vec::new());
    }
    let cut = without_lines(V1_RANDOM, "<!-- answer q:transitions-01 p:done -->", 1);
    let cut = without_lines(&cut, "<!-- end answer -->", 1);
    let cut = cut.replacen("  rating: 4\n", "  rating: 6\n", 1);
    let (back, warnings) = read_markdown(&cut).unwrap();
    assert_eq!(
        back,
        from_markdown(V1_RANDOM).unwrap().with_rating(None),
        "{cut}"
    );
    assert_eq!(warnings.len(), 2, "{warnings:?}");
    assert_eq!(
        (warnings[0].line, warnings[0].column),
        (line_with(&cut, "  rating: 6"), Some(3))
    );
    assert_eq!(
        warnings[1].line,
        line_with(&cut, "I set up a caseload panel.")
    );
}

impl Note {
    fn with_rating(mut self, rating: Option<u8>) -> Note {
        self.questions[0].rating = rating;
        self
    }
}

#[test]
fn durations_read_like_a_stopwatch() {
    assert_eq!(duration(0), "0 s");
    assert_eq!(duration(40), "40 s");
    assert_eq!(duration(65), "1 min 05 s");
    assert_eq!(duration(120), "2 min");
    assert_eq!(duration(3725), "1 h 02 min 05 s");
    assert_eq!(duration(3600), "1 h 00 min");
}

#[test]
fn hand_edit_of_an_answer_is_read_back() {
    let note = sample();
    let text = to_markdown(&note);
    let edited = text.replace(
        "Median wait fell from 41 to 19 days.",
        "Median wait fell from 41 to 19 days,\nand nobody waits over 60 days now.",
    );
    assert_ne!(edited, text);
    let back = from_markdown(&edited).unwrap();
    assert_eq!(
        back.questions[0].answers[1].text,
        "Median wait fell from 41 to 19 days,\nand nobody waits over 60 days now."
    );
    assert_eq!(back.questions[0].answers[0], note.questions[0].answers[0]);
}

#[test]
fn editor_converted_to_crlf_is_read_as_the_same_note() {
    let note = sample();
    let text = to_markdown(&note).replace('\n', "\r\n");
    assert_eq!(from_markdown(&text).unwrap(), note);
}

#[test]
fn missing_answer_block_reads_as_empty() {
    let note = sample();
    let text = to_markdown(&note);
    let start = text
        .find("<!-- answer q:waiting-times-1 p:done -->")
        .unwrap();
    let end = text[start..].find("<!-- end answer -->").unwrap() + start;
    let cut = format!(
        "{}{}",
        &text[..start],
        &text[end + "<!-- end answer -->\n".len()..]
    );
    let back = from_markdown(&cut).unwrap();
    assert_eq!(back.questions[0].answers[0].text, "");
    assert_eq!(back.questions[0].answers[1], note.questions[0].answers[1]);
}

#[test]
fn lost_end_marker_keeps_the_text() {
    let text = to_markdown(&sample()).replacen("<!-- end answer -->\n", "", 1);
    let back = from_markdown(&text).unwrap();
    assert!(
        back.questions[0].answers[0]
            .text
            .starts_with("We set up a weekly triage huddle.")
    );
}

#[test]
fn broken_front_matter_is_reported_with_its_line() {
    let text = to_markdown(&sample()).replace("style: written", "style: loud");
    let line = text.lines().position(|l| l.contains("style:")).unwrap() + 1;
    let err = from_markdown(&text).unwrap_err();
    assert_eq!(err.line, line, "{err}");
    assert!(err.message.contains("could not be read"), "{err}");
    assert!(!err.message.contains(" at line "), "{err}");
}

#[test]
fn broken_data_line_is_reported_with_its_line() {
    let text = to_markdown(&sample()).replace("\"target\":120", "\"target\":\"lots\"");
    let line = text.lines().position(|l| l.contains("\"lots\"")).unwrap() + 1;
    let err = from_markdown(&text).unwrap_err();
    assert_eq!(err.line, line, "{err}");
    assert!(
        err.message
            .starts_with("the question's details could not be read: invalid type"),
        "{err}"
    );
    assert!(!err.message.contains(" at line "), "{err}");

    let text = to_markdown(&sample()).replace("\"ticked\":true", "\"ticked\":tru");
    let line = text.lines().position(|l| l.contains(":tru}")).unwrap() + 1;
    let err = from_markdown(&text).unwrap_err();
    assert_eq!(err.line, line, "{err}");
    assert!(err.message.contains("listen-for cues"), "{err}");
}

#[test]
fn data_line_before_any_question_is_reported() {
    let text = to_markdown(&sample());
    let at = text.find("\n# ").unwrap();
    let text = format!(
        "{}\n<!-- part {{\"id\":\"done\"}} -->\n{}",
        &text[..at],
        &text[at..]
    );
    let line = text
        .lines()
        .position(|l| l.starts_with("<!-- part"))
        .unwrap()
        + 1;
    let err = from_markdown(&text).unwrap_err();
    assert_eq!(err.line, line, "{err}");
    assert!(err.message.contains("before any question"), "{err}");
}

#[test]
fn first_answer_is_near_the_top() {
    let mut note = sample();
    // A mock interview's worth of questions must not push the first answer down the file.
    for _ in 0..9 {
        note.questions.push(note.questions[0].clone());
    }
    let text = to_markdown(&note);
    let first = text
        .lines()
        .position(|l| l == "We set up a weekly triage huddle.")
        .unwrap();
    assert!(first < 30, "first answer on line {}:\n{text}", first + 1);
    assert_eq!(from_markdown(&text).unwrap(), note);
}

#[test]
fn coaching_cues_and_reasons_read_well() {
    let text = to_markdown(&sample());
    assert!(
        text.contains("\n## What assessors listen for (1 of 2 covered)\n"),
        "{text}"
    );
    assert!(text.contains(
        "\n- [x] A figure for the longest wait, and what is done about it\n- [ ] How people"
    ));
    assert!(
        text.contains("*Asked to draw out the difference for people, missing from the answer.*")
    );
    assert!(text.contains("\n## Coaching\n<!-- coaching {"), "{text}");
    assert!(text.contains(
        "Gives what you did, the difference, how you know, where things were, where they are now"
    ));
    assert!(
        text.contains("1 softener · 0 acronyms to spell out"),
        "{text}"
    );
}

#[test]
fn hand_ticked_cue_in_its_data_line_is_read_back() {
    let text = to_markdown(&sample()).replace("\"ticked\":false", "\"ticked\":true");
    let back = from_markdown(&text).unwrap();
    assert_eq!(back.questions[0].cues_ticked(), 2);
}

fn pair_sample() -> Note {
    let mut note = sample();
    note.kind = NoteKind::Pair;
    note.interviewer = Some("JB".to_string());
    note.psw = Some("AK".to_string());
    let q = &mut note.questions[0];
    q.pair = Some(PairMarks {
        rating: Some(3),
        heard: PartsHeard {
            done: true,
            difference: false,
            evidence: true,
        },
        probes_asked: vec!["How do you hear from people who are waiting?".to_string()],
        observations: "Strong start.\nLost the thread at the end.".to_string(),
        keep: "The figures.".to_string(),
        stop: String::new(),
        start: "Name a person.".to_string(),
    });
    q.follow_ups.push(FollowUpAnswer {
        answered_in_refine: false,
        transcribed: None,
        ask: "What did you do yourself?".to_string(),
        seconds: 20,
        text: "I chaired the huddle.".to_string(),
        skipped: false,
        reason: Some(FollowUpReason::Heard("huddle".to_string())),
    });
    q.refined_from = Some("20261120-090000-cd34".to_string());
    q.best = true;
    note
}

#[test]
fn pair_note_round_trips_and_reads_well() {
    let note = pair_sample();
    let text = to_markdown(&note);
    assert!(text.contains("\nkind: pair\n"), "{text}");
    assert!(text.contains("\ninterviewer: JB\npsw: AK\n"), "{text}");
    assert!(text.starts_with("---\nformat: 2\n"));
    assert!(
        text.contains("Pair practice: Mock interview · started"),
        "{text}"
    );
    assert!(text.contains(
        "Interviewer rated 3 of 5 · heard what was done, how you know · 1 follow-up asked"
    ));
    assert!(text.contains(
            "\n### Observations\n\n<!-- observations q:waiting-times-1 -->\nStrong start.\nLost the thread at the end.\n<!-- end observations -->\n"
        ));
    assert!(text.contains("*Asked because the answer mentioned “huddle”.*"));
    assert!(text.contains("refined from an earlier answer · marked as your best"));
    assert_eq!(from_markdown(&text).unwrap(), note);
}

#[test]
fn hand_edited_keep_stop_start_are_read_back() {
    let text = to_markdown(&pair_sample()).replace(
        "<!-- stop q:waiting-times-1 -->\n<!-- end stop -->",
        "<!-- stop q:waiting-times-1 -->\nReading from notes.\n<!-- end stop -->",
    );
    let back = from_markdown(&text).unwrap();
    let pair = back.questions[0].pair.as_ref().unwrap();
    assert_eq!(pair.stop, "Reading from notes.");
    assert_eq!(pair.keep, "The figures.");
}

/// Notes written by psw-coach before format 2 (with the code of that day, by `rehearse --plain`),
/// kept byte for byte.
const V1_RANDOM: &str = include_str!("../../../tests/fixtures/notes-v1/v1-random-1.md");
const V1_TOPIC: &str = include_str!("../../../tests/fixtures/notes-v1/v1-topic-waiting-times.md");
const V1_MOCK: &str = include_str!("../../../tests/fixtures/notes-v1/v1-mock.md");

#[test]
fn version_1_notes_still_read() {
    let note = from_markdown(V1_RANDOM).unwrap();
    assert_eq!(note.format, 1);
    assert_eq!(note.kind, NoteKind::Rehearse);
    assert_eq!(note.plan, "random 1");
    assert_eq!(note.plan_title, "");
    assert_eq!(note.title(), "Random 1");
    assert_eq!(note.banks, ["cqc-psw-adults"]);
    let q = &note.questions[0];
    assert_eq!(q.id, "transitions-01");
    assert_eq!(q.quality_statements, ["safe-pathways", "care-provision"]);
    assert_eq!(
        q.answers[0].text,
        "I set up a caseload panel.\nIt meets every fortnight."
    );
    assert_eq!(q.answers[2].ask, "How do you know?");
    assert_eq!(
        q.follow_ups.len(),
        1,
        "v1's one follow-up becomes a list of one"
    );
    assert_eq!(
        q.follow_ups[0].text,
        "Our panel also looks at unallocated work."
    );
    assert_eq!(q.follow_ups[0].reason, None);
    assert!(q.follow_ups[0].ask.starts_with("At what age do you start"));
    assert_eq!(q.rating, Some(4));
    assert_eq!(q.reflection.as_deref(), Some("Lead with the figure."));
    assert!(q.cues.is_empty() && q.coaching.is_none() && q.pair.is_none());

    let note = from_markdown(V1_TOPIC).unwrap();
    assert_eq!(note.style, AnswerStyle::Spoken);
    assert_eq!(note.questions.len(), 2);
    let q = &note.questions[0];
    assert_eq!(
        q.answers[0].text,
        "We mapped waits by ethnicity.\n<!-- end answer -->"
    );
    assert!(q.follow_ups[0].skipped);
    assert_eq!(q.reflection, None);
    assert!(note.questions[1].follow_ups.is_empty());

    let note = from_markdown(V1_MOCK).unwrap();
    assert_eq!(note.title(), "Mock");
    assert_eq!(
        note.questions[0].answers[0].text,
        "Only the first part, then the pipe closed."
    );
    assert_eq!(note.finished, None);
}

#[test]
fn version_1_notes_rewritten_as_version_2_keep_every_word() {
    for v1 in [V1_RANDOM, V1_TOPIC, V1_MOCK] {
        let note = from_markdown(v1).unwrap();
        let text = to_markdown(&note);
        assert!(text.starts_with("---\nformat: 2\n"));
        let back = from_markdown(&text).unwrap();
        assert_eq!(back.format, 2);
        assert_eq!(Note { format: 1, ..back }, note);
    }
}

#[test]
fn a_draft_keeps_where_it_stopped_on_one_line_and_old_drafts_read_without_it() {
    let mut draft = sample();
    draft.finished = None;
    draft.resume = Some(ResumePoint {
        questions: vec!["waiting-times-1".into(), "proud-02".into()],
        at: 0,
        step: ResumeStep::FollowUp,
        part: 0,
        probes: 2,
        seed: 7,
        session_seconds: 190,
        no_more_probes: vec![],
    });
    let text = to_markdown(&draft);
    let line = text
        .lines()
        .find(|l| l.starts_with("<!-- resume "))
        .expect("a resume line");
    assert_eq!(
        line,
        r#"<!-- resume {"questions":["waiting-times-1","proud-02"],"at":0,"step":"follow-up","part":0,"probes":2,"seed":7,"session_seconds":190} -->"#
    );
    // Under the header, before the first question, so it is found without reading on.
    assert!(text.find(line) < text.find("\n# "));
    assert_eq!(from_markdown(&text), Ok(draft.clone()));
    assert_eq!(
        read_markdown(&text).unwrap().1,
        [],
        "no warning about the resume line"
    );

    // A draft from before resuming existed: the same without the line.
    let old = text.replace(&format!("{line}\n"), "");
    let back = from_markdown(&old).unwrap();
    assert_eq!(back.resume, None);
    assert_eq!(back.questions, draft.questions);

    // A resume line spoiled by hand: the words are all still there, only resuming is lost.
    let spoiled = text.replace(r#""at":0"#, r#""at":"#);
    let back = from_markdown(&spoiled).unwrap();
    assert_eq!(back.resume, None);
    assert_eq!(back.questions, draft.questions);

    // A saved note has none.
    assert!(!to_markdown(&sample()).contains("<!-- resume"));
}

#[test]
fn missing_opening_fence_is_line_one() {
    let err = from_markdown("# Just some notes\n").unwrap_err();
    assert_eq!(err.line, 1);
}

#[test]
fn unclosed_front_matter_is_reported() {
    let err = from_markdown("---\nformat: 1\nplan: mock\n").unwrap_err();
    assert_eq!(err.line, 4);
    assert!(err.message.contains("never closed"), "{err}");
}

#[test]
fn newer_format_is_refused_plainly() {
    let text = to_markdown(&sample()).replace("format: 2", "format: 99");
    let err = from_markdown(&text).unwrap_err();
    assert_eq!(err.line, 2);
    assert!(err.message.contains("newer psw-coach"), "{err}");
}

#[test]
fn forged_marker_lines_in_answers_are_escaped() {
    let mut note = sample();
    note.questions[0].answers[0].text =
        "<!-- end answer -->\n\\<!-- answer q:x p:y -->\n<!-- reflection q:waiting-times-1 -->"
            .to_string();
    let text = to_markdown(&note);
    assert!(text.contains("\n\\<!-- end answer -->\n\\\\<!-- answer q:x p:y -->\n"));
    assert_eq!(from_markdown(&text).unwrap(), note);
}

#[test]
fn hand_added_reflection_is_read_back() {
    let mut note = sample();
    note.questions[0].reflection = None;
    let text = to_markdown(&note).replace(
            "<!-- end follow-up -->\n",
            "<!-- end follow-up -->\n\n## Reflection\n\n<!-- reflection q:waiting-times-1 -->\nAdded later.\n<!-- end reflection -->\n",
        );
    let back = from_markdown(&text).unwrap();
    assert_eq!(
        back.questions[0].reflection.as_deref(),
        Some("Added later.")
    );
}

// Found by the round-trip property: the second question's reflection went to the first.
#[test]
fn shared_ids_with_one_reflection() {
    let mut note = sample();
    let mut second = note.questions[0].clone();
    note.questions[0].reflection = None;
    second.reflection = Some(String::new());
    note.questions.push(second);
    assert_eq!(from_markdown(&to_markdown(&note)).unwrap(), note);
}

#[test]
fn huge_numbers_do_not_panic() {
    let mut note = sample();
    note.questions[0].total_seconds = u64::MAX;
    note.questions.push(note.questions[0].clone());
    assert_eq!(from_markdown(&to_markdown(&note)).unwrap(), note);
}

#[test]
fn odd_ids_survive_markers() {
    let mut note = sample();
    note.questions[0].id = "q 1 --> <!-- ü%".to_string();
    note.questions[0].answers[0].id = String::new();
    let text = to_markdown(&note);
    assert_eq!(from_markdown(&text).unwrap(), note);
}

#[test]
fn duplicate_question_ids_keep_their_own_answers() {
    let mut note = sample();
    let mut second = note.questions[0].clone();
    for a in &mut second.answers {
        a.text.push_str(" (second time)");
    }
    second.reflection = None;
    note.questions.push(second);
    assert_eq!(from_markdown(&to_markdown(&note)).unwrap(), note);
}

fn tricky_line() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("---".to_string()),
        Just("...".to_string()),
        Just("# x".to_string()),
        Just("## Follow-up: y".to_string()),
        Just("```".to_string()),
        Just("```rust".to_string()),
        Just("<!-- end answer -->".to_string()),
        Just("<!-- end reflection -->".to_string()),
        Just("<!-- answer q:waiting-times-1 p:done -->".to_string()),
        Just("<!-- follow-up q:waiting-times-1 -->".to_string()),
        Just("<!-- question {\"id\":\"x\"} -->".to_string()),
        Just("<!-- part {} -->".to_string()),
        Just("<!-- cues [] -->".to_string()),
        Just("<!-- keep q:waiting-times-1 -->".to_string()),
        Just("<!-- end start -->".to_string()),
        Just("- [x] ticked".to_string()),
        Just("-->".to_string()),
        Just("\\<!-- ".to_string()),
        Just("\\\\<!-- end answer -->".to_string()),
        Just("<!--".to_string()),
        Just("<!-- ".to_string()),
        Just("\r".to_string()),
        Just(String::new()),
        Just("   ".to_string()),
        Just("👩🏽‍⚕️ 🧑‍🤝‍🧑".to_string()),
        Just("e\u{301}\u{302} a\u{308}".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{2028}\u{85}".to_string()),
        any::<String>(),
        "[ -~]{0,20}",
    ]
}

fn tricky_text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        prop::collection::vec(
            (
                tricky_line(),
                prop_oneof![Just("\n"), Just("\r\n"), Just("")]
            ),
            0..8
        )
        .prop_map(|parts| parts
            .into_iter()
            .map(|(l, end)| format!("{l}{end}"))
            .collect()),
    ]
}

fn plain_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), "[ -~]{0,30}", tricky_line()]
}

prop_compose! {
    fn prompt_answer()(
        id in plain_text(),
        ask in plain_text(),
        seconds in any::<u64>(),
        text in tricky_text(),
    ) -> PromptAnswer {
        PromptAnswer {
            id,
            ask,
            seconds,
            text,
            transcribed: None,
        }
    }
}

fn reason() -> impl Strategy<Value = Option<FollowUpReason>> {
    prop::option::of(prop_oneof![
        plain_text().prop_map(FollowUpReason::Gap),
        plain_text().prop_map(FollowUpReason::Heard),
    ])
}

prop_compose! {
    fn follow_up()(
        ask in plain_text(),
        seconds in any::<u64>(),
        text in tricky_text(),
        skipped in any::<bool>(),
        reason in reason(),
        answered_in_refine in any::<bool>(),
    ) -> FollowUpAnswer {
        FollowUpAnswer {
            answered_in_refine,
            ask,
            seconds,
            text,
            skipped,
            reason,
            transcribed: None,
        }
    }
}

prop_compose! {
    fn coaching()(
        flags in prop::array::uniform9(any::<bool>()),
        counts in prop::array::uniform4(any::<u32>()),
    ) -> Coaching {
        let [done, difference, evidence, then, now, next, people, example, own_part] = flags;
        let [softeners, acronyms, identifying, words] = counts;
        Coaching {
            done, difference, evidence, then, now, next, people, example, own_part,
            softeners, acronyms, identifying, words,
        }
    }
}

prop_compose! {
    fn pair_marks()(
        rating in prop::option::of(1u8..=5),
        heard in prop::array::uniform3(any::<bool>()),
        probes_asked in prop::collection::vec(plain_text(), 0..3),
        observations in tricky_text(),
        keep in tricky_text(),
        stop in tricky_text(),
        start in tricky_text(),
    ) -> PairMarks {
        let [done, difference, evidence] = heard;
        PairMarks {
            rating,
            heard: PartsHeard { done, difference, evidence },
            probes_asked, observations, keep, stop, start,
        }
    }
}

prop_compose! {
    fn question_facts()(
        id in plain_text(),
        topic in plain_text(),
        quality_statements in prop::collection::vec(plain_text(), 0..3),
        ask in plain_text(),
        total_seconds in any::<u64>(),
        target_seconds in any::<u32>(),
        rating in prop::option::of(1u8..=5),
        recovered in any::<bool>(),
        refined_from in prop::option::of(plain_text()),
        best in any::<bool>(),
    ) -> NoteQuestion {
        NoteQuestion {
            id, topic, quality_statements, ask, total_seconds, target_seconds, rating,
            recovered, refined_from, best,
            ..NoteQuestion::default()
        }
    }
}

prop_compose! {
    fn question()(
        facts in question_facts(),
        answers in prop::collection::vec(prompt_answer(), 0..4),
        follow_ups in prop::collection::vec(follow_up(), 0..3),
        cues in prop::collection::vec((plain_text(), any::<bool>()), 0..4),
        coaching in prop::option::of(coaching()),
        pair in prop::option::of(pair_marks()),
        reflection in prop::option::of(tricky_text()),
    ) -> NoteQuestion {
        NoteQuestion {
            answers,
            follow_ups,
            cues: cues.into_iter().map(|(text, ticked)| Cue { text, ticked }).collect(),
            coaching,
            pair,
            reflection,
            ..facts
        }
    }
}

fn initials() -> impl Strategy<Value = Option<String>> {
    prop::option::of(plain_text())
}

prop_compose! {
    fn resume_point()(
        questions in prop::collection::vec(tricky_line(), 0..4),
        at in 0usize..6,
        step in prop::sample::select(vec![
            ResumeStep::Prompt, ResumeStep::FollowUp, ResumeStep::Rating, ResumeStep::Finished,
        ]),
        part in 0usize..4,
        probes in 0usize..4,
        seed in any::<u64>(),
        session_seconds in any::<u64>(),
        no_more_probes in prop::collection::vec(0usize..6, 0..3),
    ) -> ResumePoint {
        ResumePoint { questions, at, step, part, probes, seed, session_seconds, no_more_probes }
    }
}

prop_compose! {
    fn note()(
        session_id in plain_text(),
        pair in any::<bool>(),
        plan in plain_text(),
        plan_title in plain_text(),
        people in (initials(), initials()),
        banks in prop::collection::vec(plain_text(), 0..3),
        started_secs in 0i64..4_000_000_000,
        offset_quarters in -48i32..=56,
        finished in prop::option::of(0i64..100_000),
        spoken in any::<bool>(),
        questions in prop::collection::vec(question(), 0..4),
        resume in prop::option::of(resume_point()),
    ) -> Note {
        let offset = FixedOffset::east_opt(offset_quarters * 900).unwrap();
        let started = DateTime::from_timestamp(started_secs, 0).unwrap().with_timezone(&offset);
        Note {
            format: FORMAT_VERSION,
            session_id,
            kind: if pair { NoteKind::Pair } else { NoteKind::Rehearse },
            plan, plan_title,
            interviewer: people.0,
            psw: people.1,
            banks, started,
            finished: finished.map(|d| started + chrono::Duration::seconds(d)),
            style: if spoken { AnswerStyle::Spoken } else { AnswerStyle::Written },
            questions,
            resume,
        }
    }
}

proptest! {
    // Failing cases are kept beside this file rather than in a crate-level folder.
    #![proptest_config(ProptestConfig {
        cases: 512,
        failure_persistence: Some(Box::new(
            proptest::test_runner::FileFailurePersistence::WithSource("proptest-regressions"),
        )),
        ..ProptestConfig::default()
    })]

    #[test]
    fn round_trip_is_exact(note in note()) {
        let text = to_markdown(&note);
        let back = read_markdown(&text);
        // Everything the app writes reads back whole and with no warning: decoration is never
        // taken for stray text.
        prop_assert_eq!(back.as_ref(), Ok(&(note.clone(), Vec::new())), "{}", text);
    }

    #[test]
    fn answer_text_round_trips_in_any_slot(text in tricky_text(), reflection in tricky_text()) {
        let mut note = sample();
        note.questions[0].answers[0].text = text.clone();
        note.questions[0].answers[1].text = text;
        note.questions[0].reflection = Some(reflection);
        prop_assert_eq!(read_markdown(&to_markdown(&note)).map(|r| r.1), Ok(Vec::new()));
        let back = from_markdown(&to_markdown(&note));
        prop_assert_eq!(back, Ok(note));
    }
}

#[test]
fn a_transcribed_answer_and_its_correction_round_trip_and_say_so() {
    let mut note = sample();
    note.style = AnswerStyle::Recorded;
    let q = &mut note.questions[0];
    q.answers[0].transcribed = Some(Transcribed::AsHeard);
    q.answers[1].text = "Median wait fell from 41 to 19 days.".to_string();
    q.answers[1].transcribed = Some(Transcribed::Corrected {
        heard: "Median weight fell from 41 to 19 days. --> <!-- end answer -->".to_string(),
    });
    q.follow_ups[0].transcribed = Some(Transcribed::AsHeard);
    let text = to_markdown(&note);
    assert!(text.contains(" · recorded answers · "), "{text}");
    assert!(
        text.contains("## What have you done? (1 min 05 s, transcribed)\n"),
        "{text}"
    );
    assert!(
        text.contains("## What difference has it made? (50 s, transcribed, then corrected)\n"),
        "{text}"
    );
    let (back, warnings) = read_markdown(&text).unwrap();
    assert!(warnings.is_empty(), "{warnings:?}");
    assert_eq!(back, note);
    assert_eq!(
        back.questions[0].answers[1]
            .transcribed
            .as_ref()
            .unwrap()
            .heard(&back.questions[0].answers[1].text),
        "Median weight fell from 41 to 19 days. --> <!-- end answer -->"
    );
}

#[test]
fn a_note_from_before_recording_reads_its_parts_as_typed() {
    let text = to_markdown(&sample());
    assert!(!text.contains("transcri"));
    let (back, _) = read_markdown(&text).unwrap();
    assert!(
        back.questions[0]
            .answers
            .iter()
            .all(|a| a.transcribed.is_none())
    );
}
