use super::*;
use crate::notes::model::{AnswerStyle, FORMAT_VERSION, NoteQuestion, PromptAnswer};
use rand::SeedableRng;
use rand::rngs::StdRng;
use std::collections::HashSet;

fn question(id: &str, kind: Kind, topic: &str, statements: &[QualityStatement]) -> Question {
    Question {
        kind,
        topic: topic.to_string(),
        quality_statements: statements.to_vec(),
        ask: format!("Ask {id}?"),
        target_seconds: kind.default_target_seconds(),
        ..Question::example(id)
    }
}

/// A bank shaped like a real one: 2 scene-setting, 3 broad, 10 focused over 6 topics.
fn bank() -> Vec<Question> {
    use Kind::*;
    use QualityStatement::*;
    vec![
        question("role-1", SceneSetting, "role-remit", &[Governance]),
        question("role-2", SceneSetting, "role-remit", &[Governance]),
        question("proud-1", Broad, "proud", &[LearningImprovement]),
        question("proud-2", Broad, "proud", &[]),
        question("press-1", Broad, "pressures", &[Governance]),
        question(
            "wait-1",
            Focused,
            "waiting-times",
            &[AssessingNeeds, Equity],
        ),
        question("wait-2", Focused, "waiting-times", &[AssessingNeeds]),
        question("wait-3", Focused, "waiting-times", &[Safeguarding]),
        question("work-1", Focused, "workforce", &[LearningImprovement]),
        question("work-2", Focused, "workforce", &[]),
        question("edi-1", Focused, "edi", &[Equity]),
        question("qa-1", Focused, "quality-assurance", &[Governance]),
        question("case-1", Focused, "caseloads", &[]),
        question("voice-1", Focused, "voice-of-people", &[Partnerships]),
        question("voice-2", Focused, "voice-of-people", &[Equity]),
    ]
}

fn ids(questions: &[Question]) -> Vec<&str> {
    questions.iter().map(|q| q.id.as_str()).collect()
}

fn rng(seed: u64) -> StdRng {
    StdRng::seed_from_u64(seed)
}

fn at(s: &str) -> DateTime<FixedOffset> {
    DateTime::parse_from_rfc3339(s).unwrap()
}

fn note(started: &str, practised: &[&str]) -> Note {
    Note {
        format: FORMAT_VERSION,
        session_id: format!("s-{started}"),
        plan: "mock".into(),
        banks: vec!["test".into()],
        started: at(started),
        finished: None,
        style: AnswerStyle::Written,
        questions: practised
            .iter()
            .map(|id| NoteQuestion {
                id: id.to_string(),
                topic: "t".into(),
                quality_statements: vec![],
                ask: "?".into(),
                answers: vec![PromptAnswer {
                    transcribed: None,
                    id: "done".into(),
                    ask: "What have you done?".into(),
                    seconds: 10,
                    text: "something".into(),
                }],
                follow_ups: vec![],
                total_seconds: 10,
                target_seconds: 120,
                rating: None,
                reflection: None,
                recovered: false,
                ..NoteQuestion::default()
            })
            .collect(),
        ..Note::default()
    }
}

#[test]
fn parses_every_plan_in_both_forms() {
    assert_eq!("mock".parse(), Ok(Plan::Mock));
    assert_eq!(" Mock ".parse(), Ok(Plan::Mock));
    assert_eq!(
        "topic waiting-times".parse(),
        Ok(Plan::Topic("waiting-times".into(), DEFAULT_COUNT))
    );
    assert_eq!(
        "topic:waiting-times".parse(),
        Ok(Plan::Topic("waiting-times".into(), DEFAULT_COUNT))
    );
    assert_eq!(
        "topic waiting times".parse(),
        Ok(Plan::Topic("waiting-times".into(), DEFAULT_COUNT))
    );
    assert_eq!(
        "statement equity".parse(),
        Ok(Plan::Statement(QualityStatement::Equity, DEFAULT_COUNT))
    );
    assert_eq!(
        "statement:safe-pathways".parse(),
        Ok(Plan::Statement(
            QualityStatement::SafePathways,
            DEFAULT_COUNT
        ))
    );
    assert_eq!("random 5".parse(), Ok(Plan::Random(5)));
    assert_eq!("random:5".parse(), Ok(Plan::Random(5)));
    assert_eq!("weakest 3".parse(), Ok(Plan::Weakest(3)));
    assert_eq!("weakest:3".parse(), Ok(Plan::Weakest(3)));
}

#[test]
fn parse_errors_say_what_is_accepted() {
    let err = "quiz".parse::<Plan>().unwrap_err();
    assert!(err.contains("\"quiz\" is not a plan"), "{err}");
    for accepted in ["mock", "topic", "statement", "random", "weakest"] {
        assert!(err.contains(accepted), "{err}");
    }
    assert!("".parse::<Plan>().unwrap_err().contains("No plan given"));
    assert!(
        "topic"
            .parse::<Plan>()
            .unwrap_err()
            .contains("needs the topic")
    );
    assert!("random".parse::<Plan>().unwrap_err().contains("number"));
    assert!(
        "random 0"
            .parse::<Plan>()
            .unwrap_err()
            .contains("at least one")
    );
    assert!(
        "random five"
            .parse::<Plan>()
            .unwrap_err()
            .contains("\"five\"")
    );
    assert!(
        "random 5 6"
            .parse::<Plan>()
            .unwrap_err()
            .contains("single number")
    );
    assert!(
        "mock 5"
            .parse::<Plan>()
            .unwrap_err()
            .contains("nothing after it")
    );

    let err = "statement fairness".parse::<Plan>().unwrap_err();
    assert!(
        err.contains("\"fairness\" is not a quality statement"),
        "{err}"
    );
    for statement in QualityStatement::ALL {
        assert!(err.contains(statement.slug()), "{err}");
    }
}

#[test]
fn labels_round_trip_and_slugs_are_file_safe() {
    let plans = [
        Plan::Mock,
        Plan::Topic("waiting-times".into(), DEFAULT_COUNT),
        Plan::Statement(QualityStatement::LearningImprovement, DEFAULT_COUNT),
        Plan::Random(5),
        Plan::Weakest(12),
    ];
    for plan in &plans {
        assert_eq!(plan.label().parse::<Plan>().as_ref(), Ok(plan));
        assert_eq!(plan.to_string(), plan.label());
    }
    let slugs: Vec<String> = plans.iter().map(Plan::file_slug).collect();
    assert_eq!(
        slugs,
        [
            "mock",
            "topic-waiting-times",
            "statement-learning-improvement",
            "random-5",
            "weakest-12"
        ]
    );
    assert_eq!(
        Plan::Topic("../Odd Name/".into(), DEFAULT_COUNT).file_slug(),
        "topic-odd-name"
    );
}

#[test]
fn mock_has_the_interview_shape() {
    let questions = bank();
    for seed in 0..50 {
        let chosen = select(
            &Plan::Mock,
            &questions,
            &PracticeLog::default(),
            &mut rng(seed),
        )
        .unwrap();
        let kinds: Vec<Kind> = chosen.iter().map(|q| q.kind).collect();
        assert_eq!(
            kinds,
            [
                Kind::SceneSetting,
                Kind::Broad,
                Kind::Broad,
                Kind::Focused,
                Kind::Focused,
                Kind::Focused,
                Kind::Focused
            ]
        );
        let topics: HashSet<&str> = chosen[3..].iter().map(|q| q.topic.as_str()).collect();
        assert_eq!(topics.len(), 4, "seed {seed}: {:?}", ids(&chosen));
        let distinct: HashSet<&str> = ids(&chosen).into_iter().collect();
        assert_eq!(distinct.len(), 7);
    }
}

/// A mock is shaped like the day, over many seeds, on the bundled bank and on a small one:
/// the scene-setting question, then one proud-of and one pressures question, focused
/// questions on topics not yet asked about (so never a second role question), and the
/// closing "anything we have not asked" question only last.
#[test]
fn mock_is_shaped_like_the_day_across_many_seeds() {
    let bundled = crate::bank::Library::load(None, &[]);
    let bundled: Vec<Question> = bundled.questions().cloned().collect();
    let mut small = bank();
    small.push(question("role-f", Kind::Focused, "role-remit", &[]));
    let mut closing = question("close", Kind::Broad, "learning-improvement", &[]);
    closing.tags = vec!["closing".into()];
    small.push(closing);
    small.push(question("press-2", Kind::Broad, "pressures", &[]));
    for (name, questions) in [("bundled", &bundled), ("small", &small)] {
        let has_closing = questions
            .iter()
            .any(|q| q.tags.iter().any(|t| t == "closing"));
        for seed in 0..200 {
            let chosen = select(
                &Plan::Mock,
                questions,
                &PracticeLog::default(),
                &mut rng(seed),
            )
            .unwrap();
            let say = format!("{name} seed {seed}: {:?}", ids(&chosen));
            assert_eq!(chosen[0].kind, Kind::SceneSetting, "{say}");
            let broad: Vec<&str> = chosen[1..3].iter().map(|q| q.topic.as_str()).collect();
            assert_eq!(broad, ["proud", "pressures"], "{say}");
            let topics: Vec<&str> = chosen.iter().map(|q| q.topic.as_str()).collect();
            let distinct: HashSet<&&str> = topics.iter().collect();
            assert_eq!(distinct.len(), topics.len(), "no topic twice: {say}");
            let closing_at: Vec<usize> = chosen
                .iter()
                .enumerate()
                .filter(|(_, q)| q.tags.iter().any(|t| t == "closing"))
                .map(|(i, _)| i)
                .collect();
            if has_closing {
                assert_eq!(closing_at, [chosen.len() - 1], "closing only last: {say}");
            } else {
                assert!(closing_at.is_empty(), "{say}");
            }
            assert_eq!(
                chosen.iter().filter(|q| q.kind == Kind::Focused).count(),
                4,
                "{say}"
            );
        }
    }
}

#[test]
fn mock_uses_what_there_is_when_a_kind_runs_short() {
    use Kind::*;
    let questions = vec![
        question("b", Broad, "proud", &[]),
        question("f1", Focused, "waiting-times", &[]),
        question("f2", Focused, "waiting-times", &[]),
        question("f3", Focused, "edi", &[]),
    ];
    let chosen = select(
        &Plan::Mock,
        &questions,
        &PracticeLog::default(),
        &mut rng(1),
    )
    .unwrap();
    let kinds: Vec<Kind> = chosen.iter().map(|q| q.kind).collect();
    assert_eq!(kinds, [Broad, Focused, Focused, Focused]);
    // Both topics appear before either repeats.
    let first_two: HashSet<&str> = chosen[1..3].iter().map(|q| q.topic.as_str()).collect();
    assert_eq!(first_two.len(), 2);
}

#[test]
fn no_questions_is_an_error_for_every_plan() {
    for plan in [
        Plan::Mock,
        Plan::Topic("edi".into(), DEFAULT_COUNT),
        Plan::Statement(QualityStatement::Equity, DEFAULT_COUNT),
        Plan::Random(3),
        Plan::Weakest(3),
    ] {
        let err = select(&plan, &[], &PracticeLog::default(), &mut rng(0)).unwrap_err();
        assert_eq!(err, PlanError::NoQuestions);
        assert!(err.to_string().contains("nothing to practise"));
    }
    let err = select(
        &Plan::Random(0),
        &bank(),
        &PracticeLog::default(),
        &mut rng(0),
    );
    assert_eq!(err, Err(PlanError::ZeroCount));
}

#[test]
fn topic_gives_all_its_questions_shuffled() {
    let questions = bank();
    let chosen = select(
        &Plan::Topic("Waiting-Times".into(), DEFAULT_COUNT),
        &questions,
        &PracticeLog::default(),
        &mut rng(3),
    )
    .unwrap();
    let mut got = ids(&chosen);
    got.sort();
    assert_eq!(got, ["wait-1", "wait-2", "wait-3"]);

    let orders: HashSet<Vec<String>> = (0..20)
        .map(|seed| {
            select(
                &Plan::Topic("waiting-times".into(), DEFAULT_COUNT),
                &questions,
                &PracticeLog::default(),
                &mut rng(seed),
            )
            .unwrap()
            .into_iter()
            .map(|q| q.id)
            .collect()
        })
        .collect();
    assert!(orders.len() > 1, "topic order never varies");
}

#[test]
fn unknown_topic_names_the_known_ones_and_suggests_the_closest() {
    let questions = bank();
    let err = select(
        &Plan::Topic("waiting-time".into(), DEFAULT_COUNT),
        &questions,
        &PracticeLog::default(),
        &mut rng(0),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "No questions have the topic \"waiting-time\". Did you mean \"waiting-times\"? \
             Known topics: caseloads, edi, pressures, proud, quality-assurance, role-remit, \
             voice-of-people, waiting-times, workforce."
    );

    let err = select(
        &Plan::Topic("workfroce".into(), DEFAULT_COUNT),
        &questions,
        &PracticeLog::default(),
        &mut rng(0),
    )
    .unwrap_err();
    assert!(
        err.to_string().contains("Did you mean \"workforce\"?"),
        "{err}"
    );

    let err = select(
        &Plan::Topic("astronomy".into(), DEFAULT_COUNT),
        &questions,
        &PracticeLog::default(),
        &mut rng(0),
    )
    .unwrap_err();
    assert!(!err.to_string().contains("Did you mean"), "{err}");
    assert!(err.to_string().contains("Known topics: caseloads"), "{err}");
}

#[test]
fn statement_gives_the_questions_tagged_with_it() {
    let questions = bank();
    let chosen = select(
        &Plan::Statement(QualityStatement::Equity, DEFAULT_COUNT),
        &questions,
        &PracticeLog::default(),
        &mut rng(0),
    )
    .unwrap();
    let mut got = ids(&chosen);
    got.sort();
    assert_eq!(got, ["edi-1", "voice-2", "wait-1"]);

    let err = select(
        &Plan::Statement(QualityStatement::CareProvision, DEFAULT_COUNT),
        &questions,
        &PracticeLog::default(),
        &mut rng(0),
    )
    .unwrap_err();
    let message = err.to_string();
    assert!(message.contains("\"care-provision\""), "{message}");
    assert!(
        message.contains("Statements with questions: assessing-needs, equity"),
        "{message}"
    );
}

#[test]
fn random_gives_distinct_questions_and_all_when_asking_for_more() {
    let questions = bank();
    let chosen = select(
        &Plan::Random(5),
        &questions,
        &PracticeLog::default(),
        &mut rng(9),
    )
    .unwrap();
    assert_eq!(chosen.len(), 5);
    assert_eq!(ids(&chosen).into_iter().collect::<HashSet<_>>().len(), 5);

    let chosen = select(
        &Plan::Random(100),
        &questions,
        &PracticeLog::default(),
        &mut rng(9),
    )
    .unwrap();
    assert_eq!(chosen.len(), questions.len());
    assert_eq!(
        ids(&chosen).into_iter().collect::<HashSet<_>>().len(),
        questions.len()
    );
}

#[test]
fn history_reads_last_practised_and_counts() {
    let mut glimpsed = note("2026-03-01T09:00:00+00:00", &["wait-2"]);
    glimpsed.questions[0].total_seconds = 0;
    glimpsed.questions[0].answers[0].text = "  ".into();
    let history = PracticeLog::from_notes(&[
        note("2026-01-10T09:00:00+00:00", &["role-1", "wait-1"]),
        note("2026-02-10T09:00:00+00:00", &["role-1"]),
        // Reads later on the clock face but is 08:30 UTC, so earlier than the 09:00 UTC note.
        note("2026-01-10T09:30:00+01:00", &["wait-1"]),
        glimpsed,
    ]);
    assert_eq!(history.times_practised("role-1"), 2);
    assert_eq!(
        history.last_practised("role-1"),
        Some(at("2026-02-10T09:00:00+00:00"))
    );
    assert_eq!(history.times_practised("wait-1"), 2);
    assert_eq!(
        history.last_practised("wait-1"),
        Some(at("2026-01-10T09:00:00+00:00"))
    );
    assert_eq!(history.times_practised("wait-2"), 0);
    assert_eq!(history.last_practised("wait-2"), None);
    assert_eq!(history.last_practised("never"), None);
}

#[test]
fn weakest_by_evidence_puts_a_low_rating_before_never_practised_before_a_strong_one() {
    use Kind::*;
    let questions = vec![
        question("strong", Focused, "a", &[]),
        question("never", Focused, "a", &[]),
        question("weak", Focused, "a", &[]),
    ];
    let mut n = note("2026-03-01T09:00:00+00:00", &["strong", "weak"]);
    n.questions[0].rating = Some(5);
    n.questions[1].rating = Some(1);
    let history = PracticeLog::from_notes(&[n]);
    for seed in 0..5 {
        let chosen = select(&Plan::Weakest(3), &questions, &history, &mut rng(seed)).unwrap();
        assert_eq!(ids(&chosen), ["weak", "never", "strong"]);
    }
    assert_eq!(Plan::Weakest(5).title(), "5 weakest questions");
    assert_eq!(Plan::Least(5).title(), "5 questions practised least");
    assert_eq!("least 4".parse(), Ok(Plan::Least(4)));
}

#[test]
fn least_puts_never_practised_first_then_oldest() {
    use Kind::*;
    let questions = vec![
        question("recent", Focused, "a", &[]),
        question("never-1", Focused, "a", &[]),
        question("oldest", Focused, "a", &[]),
        question("never-2", Focused, "a", &[]),
        question("middle", Focused, "a", &[]),
    ];
    let history = PracticeLog::from_notes(&[
        note("2026-01-01T09:00:00+00:00", &["oldest", "middle", "recent"]),
        note("2026-02-01T09:00:00+00:00", &["middle", "recent"]),
        note("2026-03-01T09:00:00+00:00", &["recent"]),
    ]);
    let mut first_two_orders = HashSet::new();
    for seed in 0..20 {
        let chosen = select(&Plan::Least(5), &questions, &history, &mut rng(seed)).unwrap();
        let got = ids(&chosen);
        let mut never: Vec<&str> = got[..2].to_vec();
        first_two_orders.insert(never.join(","));
        never.sort();
        assert_eq!(never, ["never-1", "never-2"]);
        assert_eq!(got[2..], ["oldest", "middle", "recent"]);
    }
    assert_eq!(
        first_two_orders.len(),
        2,
        "never-practised order never varies"
    );

    let chosen = select(&Plan::Least(3), &questions, &history, &mut rng(0)).unwrap();
    assert_eq!(chosen.len(), 3);
    assert_eq!(chosen[2].id, "oldest");
}

#[test]
fn same_seed_same_selection() {
    let questions = bank();
    let history = PracticeLog::from_notes(&[note("2026-01-01T09:00:00+00:00", &["wait-1"])]);
    for plan in [
        Plan::Mock,
        Plan::Topic("waiting-times".into(), DEFAULT_COUNT),
        Plan::Statement(QualityStatement::Governance, DEFAULT_COUNT),
        Plan::Random(6),
        Plan::Weakest(6),
        Plan::Least(6),
    ] {
        let a = select(&plan, &questions, &history, &mut rng(42)).unwrap();
        let b = select(&plan, &questions, &history, &mut rng(42)).unwrap();
        assert_eq!(ids(&a), ids(&b), "{plan}");
    }
    let mocks: HashSet<Vec<String>> = (0..10)
        .map(|seed| {
            select(&Plan::Mock, &questions, &history, &mut rng(seed))
                .unwrap()
                .into_iter()
                .map(|q| q.id)
                .collect()
        })
        .collect();
    assert!(mocks.len() > 1, "mock never varies with the seed");
}

#[test]
fn topic_and_statement_take_a_count_defaulting_to_five() {
    assert_eq!(
        "topic waiting times 2".parse(),
        Ok(Plan::Topic("waiting-times".into(), 2))
    );
    assert_eq!(
        "statement:equity:3".parse(),
        Ok(Plan::Statement(QualityStatement::Equity, 3))
    );
    assert_eq!(
        "statement equity".parse(),
        Ok(Plan::Statement(QualityStatement::Equity, DEFAULT_COUNT))
    );
    assert!(
        "topic edi 0"
            .parse::<Plan>()
            .unwrap_err()
            .contains("at least one")
    );
    assert!(
        "topic 5"
            .parse::<Plan>()
            .unwrap_err()
            .contains("needs the topic before the number")
    );
    // Old notes' labels, with no count, still read.
    assert_eq!(
        Plan::title_of("topic waiting-times"),
        "Topic: Waiting times"
    );
    assert_eq!(
        Plan::Topic("edi".into(), 8).label(),
        "topic edi 8",
        "a count other than the default is kept in the label"
    );

    let questions = bank();
    let two = select(
        &Plan::Topic("waiting-times".into(), 2),
        &questions,
        &PracticeLog::default(),
        &mut rng(1),
    )
    .unwrap();
    assert_eq!(two.len(), 2);
    assert!(two.iter().all(|q| q.topic == "waiting-times"));
    let equity = select(
        &Plan::Statement(QualityStatement::Equity, 2),
        &questions,
        &PracticeLog::default(),
        &mut rng(1),
    )
    .unwrap();
    assert_eq!(equity.len(), 2);
    assert!(
        equity
            .iter()
            .all(|q| q.quality_statements.contains(&QualityStatement::Equity))
    );
}

#[test]
fn question_plan_practises_chosen_questions_in_order() {
    let plan: Plan = "question edi-1,wait-2, edi-1 qa-1".parse().unwrap();
    assert_eq!(
        plan,
        Plan::Questions(vec!["edi-1".into(), "wait-2".into(), "qa-1".into()])
    );
    assert_eq!(plan.label(), "question edi-1,wait-2,qa-1");
    assert_eq!(plan.label().parse::<Plan>(), Ok(plan.clone()));
    assert_eq!(plan.title(), "3 chosen questions");
    assert_eq!(plan.file_slug(), "question-edi-1-wait-2-qa-1");
    let chosen = select(&plan, &bank(), &PracticeLog::default(), &mut rng(0)).unwrap();
    assert_eq!(ids(&chosen), ["edi-1", "wait-2", "qa-1"]);
    assert_eq!(
        Plan::Questions(vec!["qa-1".into()]).title(),
        "1 chosen question",
        "no slug in a title"
    );
    assert_eq!(Plan::Random(1).title(), "1 question at random");
    assert_eq!(Plan::Weakest(1).title(), "The weakest question");
    assert_eq!(Plan::Least(1).title(), "1 question practised least");

    let err = select(
        &"question wiat-2".parse().unwrap(),
        &bank(),
        &PracticeLog::default(),
        &mut rng(0),
    )
    .unwrap_err();
    assert_eq!(
        err.to_string(),
        "No question has the id \"wiat-2\". Did you mean \"wait-2\"?"
    );
    assert!("question".parse::<Plan>().unwrap_err().contains("ids"));
    assert!("question ,".parse::<Plan>().unwrap_err().contains("ids"));
}
