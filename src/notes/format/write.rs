//! The writer: a note as Markdown with YAML front matter, in the current format.

use super::*;

/// Writes a note as Markdown with YAML front matter. [`from_markdown`] gives back an equal note.
///
/// Always writes the current format, whatever `note.format` says: the layout below is the only one
/// this code writes.
pub fn to_markdown(note: &Note) -> String {
    let front = FrontMatter {
        format: FORMAT_VERSION,
        session_id: note.session_id.clone(),
        kind: note.kind,
        plan: note.plan.clone(),
        title: note.plan_title.clone(),
        interviewer: note.interviewer.clone(),
        psw: note.psw.clone(),
        banks: note.banks.clone(),
        started: note.started,
        finished: note.finished,
        style: note.style,
        questions: Vec::new(),
    };

    let mut out = String::new();
    out.push_str(FENCE);
    out.push('\n');
    // Serialising plain structs of strings and numbers cannot fail; if it ever did, an empty front
    // matter makes the note fail loudly on reading rather than silently lose its words here.
    let yaml = crate::yaml::to_string(&front).unwrap_or_default();
    out.push_str(&yaml);
    if !yaml.ends_with('\n') {
        out.push('\n');
    }
    out.push_str(FENCE);
    out.push_str("\n\n");

    let what = match note.kind {
        NoteKind::Rehearse => "Rehearsal",
        NoteKind::Pair => "Pair practice",
    };
    out.push_str(&format!(
        "{what}: {} · started {}",
        one_line(&note.title()),
        note.started.format("%-d %B %Y %H:%M")
    ));
    if let Some(finished) = note.finished {
        let shown = if finished.date_naive() == note.started.date_naive() {
            finished.format("%H:%M")
        } else {
            finished.format("%-d %B %Y %H:%M")
        };
        out.push_str(&format!(" · finished {shown}"));
    }
    if let Some(i) = &note.interviewer {
        out.push_str(&format!(" · asked by {}", one_line(i)));
    }
    if let Some(p) = &note.psw {
        out.push_str(&format!(" · answered by {}", one_line(p)));
    }
    out.push_str(&format!(
        " · {} answers · {}\n",
        note.style.slug(),
        crate::text::answering(note.total_seconds())
    ));
    if let Some(resume) = &note.resume {
        push_data(&mut out, DataKind::Resume, resume);
    }

    for q in &note.questions {
        push_question(&mut out, q);
    }
    out
}

pub(super) fn push_question(out: &mut String, q: &NoteQuestion) {
    out.push_str(&format!("\n# {}\n", one_line(&q.ask)));
    push_data(
        out,
        DataKind::Question,
        &QuestionLine {
            id: q.id.clone(),
            topic: q.topic.clone(),
            statements: q.quality_statements.clone(),
            ask: q.ask.clone(),
            seconds: q.total_seconds,
            target: q.target_seconds,
            rating: q.rating.map(serde_json::Value::from),
            reflection: q.reflection.is_some(),
            recovered: q.recovered,
            refined_from: q.refined_from.clone(),
            best: q.best,
        },
    );
    out.push('\n');
    out.push_str(&question_summary(q));
    out.push('\n');

    for a in &q.answers {
        out.push_str(&format!(
            "\n## {} ({}{})\n",
            one_line(&a.ask),
            duration(a.seconds),
            transcribed_label(&a.transcribed)
        ));
        let (transcribed, transcript) = PartLine::transcription(&a.transcribed);
        push_data(
            out,
            DataKind::Part,
            &PartLine {
                id: a.id.clone(),
                ask: a.ask.clone(),
                seconds: a.seconds,
                transcribed,
                transcript,
            },
        );
        out.push('\n');
        push_block(out, BlockKind::Answer, &q.id, Some(&a.id), &a.text);
    }
    for f in &q.follow_ups {
        let time = if f.skipped {
            "skipped".to_string()
        } else {
            f.time_said()
        };
        out.push_str(&format!(
            "\n## Follow-up: {} ({time}{})\n",
            one_line(&f.ask),
            transcribed_label(&f.transcribed)
        ));
        let (transcribed, transcript) = PartLine::transcription(&f.transcribed);
        let (gap, heard) = match &f.reason {
            Some(FollowUpReason::Gap(g)) => (Some(g.clone()), None),
            Some(FollowUpReason::Heard(w)) => (None, Some(w.clone())),
            None => (None, None),
        };
        push_data(
            out,
            DataKind::Probe,
            &ProbeLine {
                ask: f.ask.clone(),
                seconds: f.seconds,
                skipped: f.skipped,
                gap,
                heard,
                transcribed,
                transcript,
                answered_in_refine: f.answered_in_refine,
            },
        );
        out.push('\n');
        if let Some(why) = &f.reason {
            out.push_str(&format!("*{}*\n\n", one_line(&reason_text(why))));
        }
        push_block(out, BlockKind::FollowUp, &q.id, None, &f.text);
    }
    if !q.cues.is_empty() {
        out.push_str(&format!(
            "\n## What assessors listen for ({} of {} covered)\n",
            q.cues_ticked(),
            q.cues.len()
        ));
        let cues: Vec<CueLine> = q
            .cues
            .iter()
            .map(|c| CueLine {
                cue: c.text.clone(),
                ticked: c.ticked,
            })
            .collect();
        push_data(out, DataKind::Cues, &cues);
        out.push('\n');
        for c in &q.cues {
            let tick = if c.ticked { 'x' } else { ' ' };
            out.push_str(&format!("- [{tick}] {}\n", one_line(&c.text)));
        }
    }
    if let Some(c) = &q.coaching {
        out.push_str("\n## Coaching\n");
        push_data(out, DataKind::Coaching, c);
        out.push('\n');
        out.push_str(&one_line(&coaching_text(c)));
        out.push('\n');
    }
    if let Some(p) = &q.pair {
        out.push_str("\n## Interviewer's marks\n");
        push_data(
            out,
            DataKind::Pair,
            &PairLine {
                rating: p.rating.map(serde_json::Value::from),
                heard: p.heard,
                probes_asked: p.probes_asked.clone(),
            },
        );
        out.push('\n');
        out.push_str(&one_line(&pair_text(p)));
        out.push('\n');
        for (kind, heading, text) in [
            (BlockKind::Observations, "Observations", &p.observations),
            (BlockKind::Keep, "Keep (what worked)", &p.keep),
            (BlockKind::Stop, "Stop (what to drop)", &p.stop),
            (BlockKind::Start, "Start (what to add)", &p.start),
        ] {
            out.push_str(&format!("\n### {heading}\n\n"));
            push_block(out, kind, &q.id, None, text);
        }
    }
    if let Some(r) = &q.reflection {
        out.push_str("\n## Reflection\n\n");
        push_block(out, BlockKind::Reflection, &q.id, None, r);
    }
}

/// ", transcribed" after a part's time in its heading, so a person reading the note sees which
/// words were spoken; the reader matches headings only up to the bracket.
fn transcribed_label(t: &Option<Transcribed>) -> String {
    t.as_ref()
        .map_or(String::new(), |t| format!(", {}", t.label()))
}

pub(super) fn push_data<T: Serialize + ?Sized>(out: &mut String, kind: DataKind, data: &T) {
    // Plain structs of strings, numbers and flags always serialise.
    let json = serde_json::to_string(data).unwrap_or_default();
    out.push_str(MARKER_OPEN);
    out.push_str(kind.word());
    out.push(' ');
    // JSON only ever has `>` inside strings, where `\u003e` means the same; without any `>` no
    // text can end the comment early in a Markdown viewer.
    out.push_str(&json.replace('>', "\\u003e"));
    out.push_str(" -->\n");
}

pub(super) fn question_summary(q: &NoteQuestion) -> String {
    let mut parts = vec![format!(
        "Time {} target",
        crate::text::of_target(q.total_seconds, u64::from(q.target_seconds))
    )];
    parts.push(match q.rating {
        Some(r) => format!("rated {r} of 5"),
        None => "not rated".to_string(),
    });
    if !q.topic.is_empty() {
        parts.push(format!(
            "topic: {}",
            one_line(&crate::bank::topic_title(&q.topic))
        ));
    }
    if !q.quality_statements.is_empty() {
        let titles: Vec<String> = q
            .quality_statements
            .iter()
            .map(|slug| {
                crate::bank::QualityStatement::from_slug(slug)
                    .map(|s| s.title().to_string())
                    .unwrap_or_else(|| slug.clone())
            })
            .collect();
        parts.push(format!(
            "quality statements: {}",
            one_line(&titles.join("; "))
        ));
    }
    if q.recovered {
        parts.push("recovered from a draft".to_string());
    }
    if q.refined_from.is_some() {
        parts.push("refined from an earlier answer".to_string());
    }
    if q.best {
        parts.push("marked as your best".to_string());
    }
    parts.join(" · ")
}

/// Part of the note format, not a display cleaner like [`crate::text::one_line`]: the reader
/// matches headings written with exactly this rule, in notes already on disk.
/// Headings and summaries are decoration read by people only; keeping each on one line also means
/// nothing taken from the front matter can start a line of the body, so none can pass for a marker.
pub(super) fn one_line(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_control() || c == '\u{2028}' || c == '\u{2029}' {
                ' '
            } else {
                c
            }
        })
        .collect()
}

pub(super) fn push_block(
    out: &mut String,
    kind: BlockKind,
    qid: &str,
    pid: Option<&str>,
    text: &str,
) {
    out.push_str(MARKER_OPEN);
    out.push_str(kind.word());
    out.push_str(" q:");
    out.push_str(&encode_id(qid));
    if let Some(pid) = pid {
        out.push_str(" p:");
        out.push_str(&encode_id(pid));
    }
    out.push_str(" -->\n");
    if !text.is_empty() {
        for (i, line) in text.split('\n').enumerate() {
            if i > 0 {
                out.push('\n');
            }
            if needs_escape(line) {
                out.push('\\');
            }
            out.push_str(line);
        }
        out.push('\n');
    }
    out.push_str(&format!("{MARKER_OPEN}end {} -->\n", kind.word()));
}
