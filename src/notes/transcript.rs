//! A note as plain reading, for `psw-coach notes show`: no front matter, no markers.

use super::format::{coaching_text, pair_text, reason_text};
use super::model::{Note, NoteKind};
use crate::bank::topic_title;

pub fn transcript(note: &Note) -> String {
    let mut out = String::new();
    let mut line = |text: &str| {
        out.push_str(text);
        out.push('\n');
    };
    let kind = match note.kind {
        NoteKind::Rehearse => "",
        NoteKind::Pair => "Pair practice · ",
    };
    line(&format!(
        "{kind}{} · {} · {} answers",
        note.title(),
        note.started.format("%A %-d %B %Y, %H:%M"),
        note.style.slug()
    ));
    let mut who = Vec::new();
    if let Some(i) = &note.interviewer {
        who.push(format!("asked by {i}"));
    }
    if let Some(p) = &note.psw {
        who.push(format!("answered by {p}"));
    }
    if !who.is_empty() {
        let who = who.join(", ");
        let mut chars = who.chars();
        let who: String = chars
            .next()
            .map(|c| c.to_uppercase().chain(chars).collect())
            .unwrap_or_default();
        line(&who);
    }
    line(&format!(
        "{} question{} · {}",
        note.questions.len(),
        if note.questions.len() == 1 { "" } else { "s" },
        crate::text::answering(note.total_seconds())
    ));
    for (i, q) in note.questions.iter().enumerate() {
        line("");
        line(&format!("{}. {}", i + 1, q.ask));
        let over = if q.total_seconds > u64::from(q.target_seconds) {
            "over target"
        } else {
            "within target"
        };
        // In pair practice the interviewer's rating follows on its own line: this one is the
        // PSW's, and says so (the twelfth walk's row 7: "rated 4 of 5" then "Interviewer rated 3
        // of 5" read as two ratings of the same kind).
        let own = if q.pair.is_some() {
            "own rating"
        } else {
            "rated"
        };
        let rating = q
            .rating
            .map(|r| format!("{own} {r} of 5"))
            .unwrap_or_else(|| {
                if q.pair.is_some() {
                    "no own rating".into()
                } else {
                    "not rated".into()
                }
            });
        let mut extra = String::new();
        if q.recovered {
            extra.push_str(" · recovered from a draft");
        }
        if q.refined_from.is_some() {
            extra.push_str(" · refined from an earlier answer");
        }
        if q.best {
            extra.push_str(" · your best so far");
        }
        line(&format!(
            "   {} · {} target, {over} · {rating}{extra}",
            topic_title(&q.topic),
            crate::text::of_target(q.total_seconds, u64::from(q.target_seconds))
        ));
        for a in &q.answers {
            line(&format!(
                "   {} ({})",
                a.ask,
                crate::text::duration(a.seconds)
            ));
            indented(&mut line, &a.text);
        }
        for f in &q.follow_ups {
            if f.skipped {
                line(&format!("   Follow-up (skipped): {}", f.ask));
            } else {
                line(&format!("   Follow-up: {} ({})", f.ask, f.time_said()));
            }
            if let Some(why) = &f.reason {
                line(&format!("      {}", reason_text(why)));
            }
            if !f.skipped {
                indented(&mut line, &f.text);
            }
        }
        if !q.cues.is_empty() {
            line(&format!(
                "   What assessors listen for: {} of {} covered",
                q.cues_ticked(),
                q.cues.len()
            ));
            for c in &q.cues {
                let tick = if c.ticked { "[x]" } else { "[ ]" };
                line(&format!("      {tick} {}", c.text));
            }
        }
        if let Some(c) = &q.coaching {
            line(&format!("   Coaching: {}", coaching_text(c)));
        }
        if let Some(p) = &q.pair {
            line(&format!("   {}", pair_text(p)));
            for probe in &p.probes_asked {
                line(&format!("      Asked: {probe}"));
            }
            for (label, text) in [
                ("Observations", &p.observations),
                ("Keep", &p.keep),
                ("Stop", &p.stop),
                ("Start", &p.start),
            ] {
                if !text.trim().is_empty() {
                    line(&format!("   {label}:"));
                    indented(&mut line, text);
                }
            }
        }
        if let Some(r) = &q.reflection {
            line(&format!("   Next time: {r}"));
        }
    }
    out
}

/// Wraps every line of a transcript to `width` columns. A wrapped line continues at its own indent,
/// and a numbered question under its words, so answers stay easy to follow in a narrow window.
pub fn wrap(text: &str, width: usize) -> String {
    let width = width.max(20);
    let mut out = String::with_capacity(text.len() + text.len() / 16);
    for line in text.lines() {
        let rest = line.trim_start_matches(' ');
        let indent = &line[..line.len() - rest.len()];
        let number = if rest.starts_with("[x] ") || rest.starts_with("[ ] ") {
            4
        } else {
            rest.split_once(". ")
                .filter(|(n, _)| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
                .map_or(0, |(n, _)| n.len() + 2)
        };
        let hang = " ".repeat(indent.len() + number);
        let options = textwrap::Options::new(width)
            .initial_indent(indent)
            .subsequent_indent(&hang);
        let lines = textwrap::wrap(rest, options);
        if lines.is_empty() {
            out.push('\n');
        }
        for l in lines {
            out.push_str(&l);
            out.push('\n');
        }
    }
    out
}

fn indented(line: &mut impl FnMut(&str), text: &str) {
    if text.trim().is_empty() {
        line("      (nothing typed)");
        return;
    }
    for l in text.lines() {
        line(&format!("      {l}"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notes::model::{AnswerStyle, FollowUpAnswer, NoteQuestion, PromptAnswer};
    use chrono::{FixedOffset, TimeZone};

    #[test]
    fn reads_as_a_transcript_without_markup() {
        let started = FixedOffset::east_opt(0)
            .unwrap()
            .with_ymd_and_hms(2026, 11, 23, 17, 40, 0)
            .unwrap();
        let note = Note {
            format: 1,
            session_id: "s".into(),
            plan: "topic edi".into(),
            plan_title: "Topic: Equality, diversity and inclusion".into(),
            banks: vec![],
            started,
            finished: None,
            style: AnswerStyle::Written,
            questions: vec![NoteQuestion {
                id: "edi-01".into(),
                topic: "edi".into(),
                quality_statements: vec!["equity".into()],
                ask: "Who gets a worse experience here?".into(),
                answers: vec![PromptAnswer {
                    transcribed: None,
                    id: "done".into(),
                    ask: "What have you done?".into(),
                    seconds: 65,
                    text: "We mapped waits by ethnicity.\n## not a heading".into(),
                }],
                follow_ups: vec![FollowUpAnswer {
                    answered_in_refine: false,
                    transcribed: None,
                    ask: "How do you know?".into(),
                    seconds: 0,
                    text: String::new(),
                    skipped: true,
                    reason: None,
                }],
                total_seconds: 200,
                target_seconds: 150,
                rating: Some(3),
                reflection: Some("Bring the figures.".into()),
                recovered: true,
                ..NoteQuestion::default()
            }],
            ..Note::default()
        };
        let text = transcript(&note);
        assert!(text.starts_with(
            "Topic: Equality, diversity and inclusion · Monday 23 November 2026, 17:40"
        ));
        assert!(text.contains("   Equality, diversity and inclusion · 3 min 20 s of 2 min 30 s target, over target · rated 3 of 5 · recovered from a draft"));
        assert!(text.contains("   What have you done? (1 min 05 s)\n      We mapped waits by ethnicity.\n      ## not a heading"));
        assert!(text.contains("Follow-up (skipped): How do you know?"));
        assert!(text.contains("Next time: Bring the figures."));
        assert!(!text.contains("<!--") && !text.contains("---"));
    }

    #[test]
    fn wrap_keeps_indents_and_every_word() {
        let text = "3. How do you know people are not waiting too long for an assessment?\n\
                    \x20     We set up a weekly triage huddle in every locality team.\n\
                    \n\
                    \x20     [x] A named transitions pathway that starts at fourteen\n";
        let wrapped = wrap(text, 30);
        assert_eq!(
            wrapped,
            "3. How do you know people are\n   not waiting too long for an\n   assessment?\n\
             \x20     We set up a weekly\n      triage huddle in every\n      locality team.\n\
             \n\
             \x20     [x] A named transitions\n          pathway that starts\n          at fourteen\n"
        );
        let words = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(words(&wrapped), words(text));
        assert_eq!(wrap(text, 200), text, "a wide window changes nothing");
    }

    #[test]
    fn pair_marks_read_as_plain_lines() {
        use crate::notes::model::{PairMarks, PartsHeard};
        let note = Note {
            kind: NoteKind::Pair,
            plan_title: "Mock interview".into(),
            interviewer: Some("JB".into()),
            psw: Some("AK".into()),
            questions: vec![NoteQuestion {
                ask: "What are you proud of?".into(),
                pair: Some(PairMarks {
                    rating: Some(4),
                    heard: PartsHeard {
                        done: true,
                        difference: true,
                        evidence: false,
                    },
                    probes_asked: vec!["How do you know?".into()],
                    observations: "Clear opening.".into(),
                    keep: "The story of Mrs B.".into(),
                    ..PairMarks::default()
                }),
                ..NoteQuestion::default()
            }],
            ..Note::default()
        };
        let text = transcript(&note);
        assert!(
            text.starts_with("Pair practice · Mock interview · "),
            "{text}"
        );
        assert!(text.contains("\nAsked by JB, answered by AK\n"), "{text}");
        assert!(text.contains(
            "   Interviewer rated 4 of 5 · heard what was done, the difference · 1 follow-up asked\n      Asked: How do you know?\n"
        ), "{text}");
        assert!(
            text.contains(
                "   Observations:\n      Clear opening.\n   Keep:\n      The story of Mrs B.\n"
            ),
            "{text}"
        );
        assert!(!text.contains("Stop:"), "empty marks are left out:\n{text}");
    }

    /// The twelfth walk's row 7: in a pair note the PSW's rating read "rated 4 of 5" just above
    /// "Interviewer rated 3 of 5"; it says whose it is, as the feedback sheet does.
    #[test]
    fn a_pair_notes_own_rating_says_whose_it_is() {
        use crate::notes::model::PairMarks;
        let question = |own: Option<u8>| NoteQuestion {
            ask: "What are you proud of?".into(),
            rating: own,
            pair: Some(PairMarks {
                rating: Some(3),
                ..PairMarks::default()
            }),
            ..NoteQuestion::default()
        };
        let note = Note {
            kind: NoteKind::Pair,
            questions: vec![question(Some(4)), question(None)],
            ..Note::default()
        };
        let text = transcript(&note);
        assert!(
            text.contains(", within target · own rating 4 of 5\n"),
            "{text}"
        );
        assert!(text.contains(", within target · no own rating\n"), "{text}");
        assert!(text.contains("Interviewer rated 3 of 5"), "{text}");
        assert!(!text.contains("· rated 4"), "{text}");
    }
}
