//! The work done before the first screen and at every save: loading the bundled question bank, and
//! writing and reading back a full mock interview's note. Start-up builds the bundled bank from the
//! Rust that build.rs compiled in; parsing and checking its YAML (what `banks check` and a user's own
//! banks still do) is measured beside it as the yardstick it replaced.

use chrono::{FixedOffset, TimeZone};
use criterion::{Criterion, criterion_group, criterion_main};
use psw_coach::bank::check::parse_bank;
use psw_coach::bank::load::BUNDLED;
use psw_coach::bank::{Library, Origin};
use psw_coach::notes::{
    AnswerStyle, FORMAT_VERSION, FollowUpAnswer, Note, NoteQuestion, PromptAnswer, from_markdown,
    to_markdown,
};
use std::hint::black_box;

/// A seven-question note with three 150-word answers and a follow-up per question.
fn mock_note() -> Note {
    let answer = "I set up a monthly practice forum and we introduced reflective supervision; \
        waits fell from 40 to 25 days and our March audit of 30 cases showed it. "
        .repeat(6);
    let library = Library::load(None, &[]);
    let questions = library
        .questions()
        .take(7)
        .map(|q| NoteQuestion {
            id: q.id.clone(),
            topic: q.topic.clone(),
            quality_statements: q
                .quality_statements
                .iter()
                .map(|s| s.slug().into())
                .collect(),
            ask: q.ask.clone(),
            answers: ["done", "difference", "evidence"]
                .iter()
                .map(|id| PromptAnswer {
                    transcribed: None,
                    id: (*id).into(),
                    ask: format!("Prompt {id}"),
                    seconds: 61,
                    text: answer.clone(),
                })
                .collect(),
            follow_ups: vec![FollowUpAnswer {
                answered_in_refine: false,
                transcribed: None,
                ask: q.follow_ups[0].ask.clone(),
                seconds: 40,
                text: answer.clone(),
                skipped: false,
                reason: None,
            }],
            total_seconds: 223,
            target_seconds: q.target_seconds,
            rating: Some(4),
            reflection: Some("Lead with the figure.".into()),
            recovered: false,
            ..NoteQuestion::default()
        })
        .collect();
    let started = FixedOffset::east_opt(0)
        .and_then(|z| z.with_ymd_and_hms(2026, 11, 23, 17, 40, 0).single())
        .expect("a valid date");
    Note {
        format: FORMAT_VERSION,
        session_id: "20261123-174000-ab12".into(),
        plan: "mock".into(),
        banks: vec!["cqc-psw-adults".into()],
        started,
        finished: Some(started),
        style: AnswerStyle::Written,
        questions,
        ..Note::default()
    }
}

fn bench(c: &mut Criterion) {
    c.bench_function("load the bundled bank (checked at build time)", |b| {
        b.iter(|| black_box(Library::load(None, &[])))
    });
    let (name, text) = BUNDLED[0];
    c.bench_function("parse and check the bundled bank's YAML (before)", |b| {
        b.iter(|| black_box(parse_bank(name, black_box(text), Origin::Bundled(name))))
    });
    let note = mock_note();
    let text = to_markdown(&note);
    c.bench_function("write a mock interview note", |b| {
        b.iter(|| black_box(to_markdown(black_box(&note))))
    });
    c.bench_function("read a mock interview note", |b| {
        b.iter(|| black_box(from_markdown(black_box(&text))))
    });
}

criterion_group!(benches, bench);
criterion_main!(benches);
