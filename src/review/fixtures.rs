//! A small bank and notes with known answers, shared by the review tests.

use std::path::{Path, PathBuf};

use chrono::DateTime;

use crate::bank::model::{FollowUp, Kind, QualityStatement, Question};
use crate::notes::{AnswerStyle, FORMAT_VERSION, Note, NoteQuestion, PromptAnswer};
use crate::review::History;

use QualityStatement as Q;

/// Twelve questions over all nine quality statements: (id, topic, statements).
pub const BANK: &[(&str, &str, &[QualityStatement])] = &[
    ("wt-01", "waiting-times", &[Q::AssessingNeeds]),
    ("wt-02", "waiting-times", &[Q::AssessingNeeds, Q::Equity]),
    ("qa-01", "quality-assurance", &[Q::Governance]),
    (
        "qa-02",
        "quality-assurance",
        &[Q::Governance, Q::LearningImprovement],
    ),
    ("sg-01", "safeguarding", &[Q::Safeguarding]),
    ("pa-01", "partnerships", &[Q::Partnerships]),
    ("tr-01", "transitions", &[Q::SafePathways]),
    ("ca-01", "carers", &[Q::HealthierLives]),
    ("cp-01", "pressures", &[Q::CareProvision]),
    ("ed-01", "edi", &[Q::Equity]),
    ("wf-01", "workforce", &[Q::LearningImprovement]),
    ("pr-01", "practice", &[Q::AssessingNeeds]),
];

pub fn bank() -> Vec<Question> {
    BANK.iter()
        .map(|(id, topic, statements)| Question {
            kind: Kind::Focused,
            topic: topic.to_string(),
            quality_statements: statements.to_vec(),
            ask: format!("Tell us about {id}?"),
            follow_ups: vec![FollowUp::plain("And then?")],
            listen_for: vec!["a figure".into(), "a person's voice".into()],
            target_seconds: 150,
            ..Question::example(id)
        })
        .collect()
}

/// The note question for bank question `id`, answered in 120 s and rated `rating` (0 = unrated).
pub fn answered(id: &str, rating: u8) -> NoteQuestion {
    let (_, topic, statements) =
        BANK.iter()
            .find(|(i, _, _)| *i == id)
            .copied()
            .unwrap_or((id, "other", &[]));
    NoteQuestion {
        id: id.to_string(),
        topic: topic.to_string(),
        quality_statements: statements.iter().map(|s| s.slug().to_string()).collect(),
        ask: format!("Tell us about {id}?"),
        answers: vec![
            PromptAnswer {
                transcribed: None,
                id: "done".into(),
                ask: "What have you done?".into(),
                seconds: 60,
                text: format!("For {id} I set up a weekly review."),
            },
            PromptAnswer {
                transcribed: None,
                id: "difference".into(),
                ask: "What difference has it made?".into(),
                seconds: 40,
                text: "Waits fell from 41 to 19 days.".into(),
            },
            PromptAnswer {
                transcribed: None,
                id: "evidence".into(),
                ask: "How do you know?".into(),
                seconds: 20,
                text: "The monthly audit.".into(),
            },
        ],
        follow_ups: vec![],
        total_seconds: 120,
        target_seconds: 150,
        rating: (rating > 0).then_some(rating),
        reflection: None,
        recovered: false,
        ..NoteQuestion::default()
    }
}

/// A rehearse note started at `started` (RFC 3339) answering each `(id, rating)`.
pub fn note_at(started: &str, plan: &str, answers: &[(&str, u8)]) -> Note {
    let started = DateTime::parse_from_rfc3339(started).unwrap();
    Note {
        format: FORMAT_VERSION,
        session_id: format!("s-{}-{plan}", started.timestamp()),
        plan: plan.to_string(),
        banks: vec!["test".into()],
        started,
        finished: None,
        style: AnswerStyle::Written,
        questions: answers.iter().map(|(id, r)| answered(id, *r)).collect(),
        ..Note::default()
    }
}

/// An index over notes that live nowhere on disk (paths are made up from their start).
pub fn history_of(notes: &[Note]) -> History {
    let paths: Vec<PathBuf> = notes
        .iter()
        .map(|n| PathBuf::from(format!("/nowhere/{}.md", n.started.format("%Y-%m-%d-%H%M"))))
        .collect();
    History::from_notes(
        paths
            .iter()
            .map(PathBuf::as_path)
            .zip(notes.iter())
            .map(|(p, n): (&Path, &Note)| (p, n)),
    )
}
