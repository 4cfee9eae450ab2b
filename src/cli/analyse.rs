//! `psw-coach analyse`: the coaching for an answer in a file, on standard input, or in a note.

use super::*;

pub(super) fn analyse(data: Option<&Path>, args: &AnalyseArgs) -> Result<ExitCode, String> {
    use crate::insight::{self, Lexicon};
    // A note holds many answers, so it may be larger than one answer; anything larger than a note
    // is refused while it is read, never read whole.
    let limit = crate::notes::store::MAX_NOTE_BYTES;
    let name = if args.file == "-" {
        "standard input".to_string()
    } else {
        args.file.clone()
    };
    // `latest`, a number as `notes list` shows it, or a note's name, as `notes show` takes them;
    // a file that is there is always read as that file.
    let note_path = match data {
        Some(dir) if args.file != "-" && std::fs::symlink_metadata(&args.file).is_err() => Some(
            find_note(&crate::notes::NotesStore::new(dir), Path::new(&args.file))?,
        ),
        _ => None,
    };
    let name = match &note_path {
        Some(path) => path.display().to_string(),
        None => name,
    };
    let text = if let Some(path) = &note_path {
        paths::read_text_file(path, limit).map_err(|e| e.located(&name))?
    } else if args.file == "-" {
        if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            warn("Type or paste the answer, then press Ctrl-D on a new line to see the report.");
        }
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(
            &mut std::io::Read::take(std::io::stdin(), limit + 1),
            &mut bytes,
        )
        .map_err(|e| format!("could not read the answer from standard input: {e}"))?;
        if bytes.len() as u64 > limit {
            // Reading stopped at the limit, so how much more came is not known: `< /dev/zero`
            // was told "this answer is 16.0 MB" and to split it into single answers.
            return Err(format!(
                "{name}: more than {} MB came in, far more than any answer or note, so it was not \
                 read: check what is being sent (answers of up to 200 KB, about 30,000 words, are \
                 analysed)",
                limit / (1024 * 1024)
            ));
        }
        String::from_utf8_lossy(&bytes).into_owned()
    } else {
        paths::read_text_file(Path::new(&args.file), limit).map_err(|e| e.located(&name))?
    };
    let (lexicon, warning) = Lexicon::load(data);
    if let Some(warning) = warning {
        warn(&warning.to_string());
    }
    // A note (YAML front matter first) is read as a note: each answer under its question, never the
    // front matter as if it were an answer.
    if looks_like_note(&text) {
        let (note, warnings) = crate::notes::read_markdown(&text).map_err(|e| {
            format!(
                "{name}:{}: this looks like a psw-coach note, but {}",
                e.line, e.message
            )
        })?;
        for w in &warnings {
            let column = w.column.map(|c| format!(":{c}")).unwrap_or_default();
            warn(&format!("{name}:{}{column}: {}", w.line, w.message));
        }
        return analyse_note(&lexicon, &note, args);
    }
    insight::check_answer_size(&text).map_err(|e| format!("{name}: {e}"))?;
    let report = insight::analyse(&lexicon, &text, args.target);
    let report = match args.spoken_seconds {
        Some(s) => report.with_spoken_seconds(s),
        None => report,
    };
    let figures = super::evidence::flags_for(data, &text);
    if args.json {
        let mut json = serde_json::to_value(&report).map_err(|e| e.to_string())?;
        if let (Some(flags), Some(map)) = (&figures, json.as_object_mut()) {
            map.insert(
                "evidence".to_string(),
                serde_json::to_value(flags).map_err(|e| e.to_string())?,
            );
        }
        let json = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
        say(&json.to_string());
    } else {
        say_raw(&insight::render_report(&report))?;
        if let Some(flags) = &figures {
            say_raw(&super::evidence::section(flags))?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// A note starts with a `---` line (after an optional byte-order mark) and names its format.
pub(super) fn looks_like_note(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines();
    lines.next().map(str::trim_end) == Some("---")
        && lines
            .take_while(|l| l.trim_end() != "---")
            .any(|l| l.starts_with("format:") || l.starts_with("session_id:"))
}

#[derive(Serialize)]
pub(super) struct NoteAnswerReport<'a> {
    pub(super) number: usize,
    pub(super) id: &'a str,
    pub(super) ask: &'a str,
    pub(super) report: crate::insight::Report,
    /// Identifying details in the one-line reflection, which is not part of the answer.
    pub(super) reflection_confidentiality: Vec<crate::insight::Confidential>,
}

/// Each answered question of a note, read as the rehearsal's insight panel read it (parts by
/// prompt; key points for a spoken rehearsal).
pub(super) fn note_reports<'a>(
    lexicon: &crate::insight::Lexicon,
    note: &'a crate::notes::Note,
    target: Option<u32>,
) -> Result<Vec<NoteAnswerReport<'a>>, String> {
    use crate::insight;
    let mut reports = Vec::new();
    for (i, q) in note.questions.iter().enumerate() {
        let parts = q.parts();
        if parts.iter().all(|(_, t)| t.trim().is_empty()) {
            continue;
        }
        let joined: usize = parts.iter().map(|(_, t)| t.len()).sum();
        if joined > insight::MAX_ANSWER_BYTES {
            return Err(format!(
                "question {} of the note: {}",
                i + 1,
                insight::answer_too_long(joined).unwrap_or_default()
            ));
        }
        let target = target.or(Some(q.target_seconds).filter(|&t| t > 0));
        let spoken = note.style == crate::notes::AnswerStyle::Spoken;
        let (_, report) =
            insight::analyse_titled(lexicon, &parts, &q.part_titles(), target, spoken);
        let reflection = q
            .reflection
            .as_deref()
            .map(|r| insight::identifying_details(lexicon, r))
            .unwrap_or_default();
        reports.push(NoteAnswerReport {
            number: i + 1,
            id: &q.id,
            ask: &q.ask,
            report,
            reflection_confidentiality: reflection,
        });
    }
    Ok(reports)
}

/// The reports under their questions, as `analyse NOTE` and `notes show` print them.
pub(super) fn render_note_reports(reports: &[NoteAnswerReport<'_>], total: usize) -> String {
    let mut out = String::new();
    for (k, r) in reports.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        out.push_str(&format!(
            "=== Question {} of {total}: {}\n\n",
            r.number, r.ask
        ));
        out.push_str(&crate::insight::render_report(&r.report));
        if !r.reflection_confidentiality.is_empty() {
            out.push_str("!! Your reflection could identify someone:");
            for c in &r.reflection_confidentiality {
                out.push_str(&format!(" {} \"{}\";", c.kind.label(), c.text));
            }
            out.pop();
            out.push_str(". Take it out before sharing the note.\n");
        }
    }
    out
}

/// Each answered question of a note, reported under its question.
pub(super) fn analyse_note(
    lexicon: &crate::insight::Lexicon,
    note: &crate::notes::Note,
    args: &AnalyseArgs,
) -> Result<ExitCode, String> {
    let reports = note_reports(lexicon, note, args.target)?;
    if args.json {
        let json = serde_json::json!({ "questions": reports });
        let json = serde_json::to_string_pretty(&json).map_err(|e| e.to_string())?;
        say(&json);
        return Ok(ExitCode::SUCCESS);
    }
    if reports.is_empty() {
        say("This note holds no answers yet, so there is nothing to analyse.");
        return Ok(ExitCode::SUCCESS);
    }
    say_raw(&render_note_reports(&reports, note.questions.len()))?;
    Ok(ExitCode::SUCCESS)
}
