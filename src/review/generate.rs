//! A made-up practice history, for the review benchmark, the pseudo-terminal test and trying the
//! review screens by hand. Deterministic for a seed; nothing here is used by the app itself.

use std::fs;
use std::io;
use std::path::Path;

use chrono::{DateTime, Duration, FixedOffset};
use rand::rngs::StdRng;
use rand::seq::IndexedRandom;
use rand::{Rng, SeedableRng};

use crate::bank::model::Question;
use crate::notes::{
    AnswerStyle, Coaching, Cue, FORMAT_VERSION, Note, NoteKind, NoteQuestion, PairMarks,
    PromptAnswer, to_markdown,
};

const DONE: &[&str] = &[
    "I set up a weekly triage huddle with the team managers and the duty senior.",
    "We introduced a practice standards audit that I chair every month.",
    "I co-designed the new carers' assessment with the carers' forum.",
    "We moved two social workers into the hospital discharge hub.",
    "I led a review of supervision quality across the locality teams.",
    "We brought in strengths-based conversations at the front door.",
];
const DIFFERENCE: &[&str] = &[
    "The median wait fell from 41 to 19 days between April and October.",
    "People now get a call within five working days of contact.",
    "Carers assessments went up by 30% and repeat contacts fell.",
    "Staff turnover dropped from 22% to 14% in a year.",
    "Fewer people are waiting over 60 days: 12 now against 85 last year.",
];
const EVIDENCE: &[&str] = &[
    "Our monthly audit of 30 cases shows it, and the carers' survey backs it up.",
    "The performance board tracks it weekly and the Ombudsman has upheld no complaints since.",
    "We case-tracked six people through the pathway and asked them what changed.",
    "The annual Adult Social Care Survey and our own feedback cards say so.",
];
const FILLER: &str = "I would add that the team owned it, and that I keep it under review with \
    the Director of Adult Social Services and the quality assurance board.";

/// Writes `sessions` notes of `per_session` answers each into `<data>/notes`, spread evenly over
/// the `days` before `end`, and returns how many answers were written. Files are written plainly
/// (no fsync): this is test data, and thousands of synced writes would take minutes.
pub fn write_history(
    data_dir: &Path,
    questions: &[Question],
    sessions: usize,
    per_session: usize,
    days: i64,
    end: DateTime<FixedOffset>,
    seed: u64,
) -> io::Result<usize> {
    let dir = data_dir.join("notes");
    crate::paths::ensure_private_dir(&dir)?;
    let mut rng = StdRng::seed_from_u64(seed);
    let mut answers = 0;
    let span = Duration::days(days.max(1));
    for i in 0..sessions {
        // Evenly spread, newest last, each at a different minute so names stay unique.
        let back = span * (sessions - i) as i32 / sessions.max(1) as i32;
        let started = end - back + Duration::minutes(i as i64 % 50);
        let progress = i as f64 / sessions.max(1) as f64;
        let note = session(questions, per_session, started, progress, &mut rng, i);
        answers += note.questions.len();
        let name = format!("{}-g{i:05}.md", started.format("%Y-%m-%d-%H%M"));
        fs::write(dir.join(name), to_markdown(&note))?;
    }
    Ok(answers)
}

fn session(
    questions: &[Question],
    per_session: usize,
    started: DateTime<FixedOffset>,
    progress: f64,
    rng: &mut StdRng,
    i: usize,
) -> Note {
    let chosen: Vec<&Question> = questions.choose_multiple(rng, per_session).collect();
    // About one session in eight is pair practice, with a colleague's rating.
    let pair = rng.random_bool(0.125);
    let questions = chosen
        .into_iter()
        .map(|q| {
            let part = |pool: &[&str], rng: &mut StdRng| -> String {
                format!("{} {}", pool.choose(rng).unwrap_or(&""), FILLER)
            };
            let seconds: [u64; 3] = [
                rng.random_range(30..90),
                rng.random_range(20..70),
                rng.random_range(15..60),
            ];
            // Ratings drift upwards over the weeks, as practice should make them.
            let base = 1.5 + 2.5 * progress + rng.random_range(-1.0..1.5);
            let rating = base.round().clamp(1.0, 5.0) as u8;
            // Stronger answers cover more of the cues and leave fewer gaps.
            let cover = (0.2 + 0.6 * progress).clamp(0.1, 0.9);
            let cues = q
                .listen_for
                .iter()
                .map(|text| Cue {
                    text: text.clone(),
                    ticked: rng.random_bool(cover),
                })
                .collect();
            let coaching = Coaching {
                done: true,
                difference: rng.random_bool(cover.max(0.5)),
                evidence: rng.random_bool(cover),
                then: rng.random_bool(0.6),
                now: rng.random_bool(0.7),
                next: rng.random_bool(cover),
                people: rng.random_bool(cover),
                example: rng.random_bool(cover),
                own_part: rng.random_bool(0.8),
                words: 180,
                ..Coaching::default()
            };
            NoteQuestion {
                answers: vec![
                    PromptAnswer {
                        transcribed: None,
                        id: "done".into(),
                        ask: "What have you done?".into(),
                        seconds: seconds[0],
                        text: part(DONE, rng),
                    },
                    PromptAnswer {
                        transcribed: None,
                        id: "difference".into(),
                        ask: "What difference has it made?".into(),
                        seconds: seconds[1],
                        text: part(DIFFERENCE, rng),
                    },
                    PromptAnswer {
                        transcribed: None,
                        id: "evidence".into(),
                        ask: "How do you know?".into(),
                        seconds: seconds[2],
                        text: part(EVIDENCE, rng),
                    },
                ],
                total_seconds: seconds.iter().sum(),
                rating: rng.random_bool(0.9).then_some(rating),
                cues,
                coaching: Some(coaching),
                pair: pair.then(|| PairMarks {
                    rating: Some(rating.saturating_sub(rng.random_range(0..2)).max(1)),
                    ..PairMarks::default()
                }),
                ..NoteQuestion::asked(q, &[])
            }
        })
        .collect();
    Note {
        format: FORMAT_VERSION,
        session_id: format!("generated-{i:05}"),
        kind: if pair {
            NoteKind::Pair
        } else {
            NoteKind::Rehearse
        },
        plan: format!("random {per_session}"),
        plan_title: format!("{per_session} questions at random"),
        banks: vec!["cqc-psw-adults".into()],
        started,
        finished: Some(started + Duration::minutes(25)),
        style: AnswerStyle::Written,
        questions,
        ..Note::default()
    }
}
