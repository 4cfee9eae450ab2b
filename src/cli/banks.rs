//! `psw-coach banks list | check | try`: the question banks, their problems, and the follow-ups an answer would get.

use super::*;

/// One question as `banks list --json` shows it.
#[derive(Serialize)]
pub(super) struct ListedQuestion<'a> {
    pub(super) bank: &'a str,
    pub(super) id: &'a str,
    pub(super) kind: &'static str,
    pub(super) topic: &'a str,
    pub(super) quality_statements: Vec<&'static str>,
    pub(super) ask: &'a str,
    pub(super) follow_ups: Vec<&'a str>,
    pub(super) listen_for: &'a [String],
    pub(super) target_seconds: u32,
    /// The prompts that apply to this question (its own, its kind's or the bank's).
    pub(super) prompts: &'a [crate::bank::Prompt],
    pub(super) tags: &'a [String],
}

pub(super) fn banks_list(library: &Library, json: bool) -> Result<ExitCode, String> {
    for skipped in &library.skipped {
        warn(&skipped.summary());
    }
    let text = if json {
        let listed: Vec<ListedQuestion> = library
            .questions()
            .map(|q| ListedQuestion {
                bank: &q.bank,
                id: &q.id,
                kind: q.kind.slug(),
                topic: &q.topic,
                quality_statements: q.quality_statements.iter().map(|s| s.slug()).collect(),
                ask: &q.ask,
                follow_ups: q.follow_ups.iter().map(|f| f.ask.as_str()).collect(),
                listen_for: &q.listen_for,
                target_seconds: q.target_seconds,
                prompts: library.prompts_for(q),
                tags: &q.tags,
            })
            .collect();
        serde_json::to_string_pretty(&listed).map_err(|e| e.to_string())? + "\n"
    } else {
        let mut text = String::new();
        for bank in &library.banks {
            text.push_str(&format!(
                "{} ({} questions, {})\n",
                bank.title,
                bank.questions.len(),
                bank.origin
            ));
            for q in &bank.questions {
                text.push_str(&format!(
                    "  {:<24} {:<13} {:<22} {}\n",
                    q.id,
                    q.kind.slug(),
                    q.topic,
                    q.ask
                ));
            }
        }
        text
    };
    say_raw(&text)?;
    Ok(ExitCode::SUCCESS)
}

pub(super) fn banks_check(
    data: Option<&Path>,
    extra: &[PathBuf],
    paths: &[PathBuf],
    today: chrono::NaiveDate,
) -> ExitCode {
    let library = if paths.is_empty() {
        Library::load(data, extra)
    } else {
        Library::checked(data, extra, paths)
    };
    let problems: Vec<&Problem> = library.skipped.iter().flat_map(|s| &s.problems).collect();
    for problem in &problems {
        warn(&format!("{problem}"));
    }
    // Warnings do not stop a bank loading, so they never change the exit code.
    // Dates over a year old depend on the day, so they are worked out here, not when a bank loads.
    let stale: Vec<Problem> = library
        .banks
        .iter()
        .flat_map(|b| crate::bank::check::stale_dates(b, today))
        .collect();
    let warnings: Vec<&Problem> = library
        .banks
        .iter()
        .flat_map(|b| &b.warnings)
        .chain(&stale)
        .collect();
    for warning in &warnings {
        warn(&format!("{warning}"));
    }
    let questions: usize = library.banks.iter().map(|b| b.questions.len()).sum();
    if problems.is_empty() {
        let noted = match warnings.len() {
            0 => String::new(),
            1 => " (1 warning above is worth a look)".to_string(),
            n => format!(" ({n} warnings above are worth a look)"),
        };
        say(&format!(
            "All clear: {} bank{} checked, {questions} question{}, no problems found{noted}.",
            library.banks.len(),
            if library.banks.len() == 1 { "" } else { "s" },
            if questions == 1 { "" } else { "s" }
        ));
        ExitCode::SUCCESS
    } else {
        let skipped = match library.skipped.len() {
            1 => "1 bank; it will be skipped until it is fixed".to_string(),
            n => format!("{n} banks; they will be skipped until they are fixed"),
        };
        warn(&format!(
            "{} problem{} found in {skipped}.",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
        ));
        ExitCode::from(1)
    }
}

/// One probe as `banks try --json` prints it.
#[derive(Serialize)]
pub(super) struct TriedProbe<'a> {
    pub(super) ask: &'a str,
    pub(super) reason: String,
    pub(super) gap: Option<&'static str>,
    pub(super) heard: Option<&'a str>,
    /// The answer's own words an anchored follow-up quotes or rests on.
    pub(super) anchor: Option<&'a str>,
}

pub(super) fn banks_try(
    data: Option<&Path>,
    library: &Library,
    id: &str,
    file: &str,
    json: bool,
) -> Result<ExitCode, String> {
    use crate::drill::probe;
    for skipped in &library.skipped {
        warn(&skipped.summary());
    }
    let Some(question) = library.question(id) else {
        let ids: Vec<&str> = library.questions().map(|q| q.id.as_str()).collect();
        let hint = crate::bank::check::did_you_mean(id, &ids)
            .map(|s| format!(" Did you mean `{s}`?"))
            .unwrap_or_else(|| " `psw-coach banks list` shows every id.".to_string());
        return Err(format!("there is no question with the id `{id}`.{hint}"));
    };
    let answer = read_answer(file, "to see which follow-ups it would get")?;
    let (lexicon, warning) = crate::insight::Lexicon::load(data);
    if let Some(warning) = warning {
        warn(&warning.to_string());
    }
    let heard = probe::Heard::analyse_text(&lexicon, &answer);
    let ranked = probe::rank(question, &heard, &[]);
    if json {
        let tried: Vec<TriedProbe> = ranked
            .iter()
            .map(|p| TriedProbe {
                ask: &p.ask,
                reason: p.reason(),
                gap: p.gap().map(crate::bank::Gap::slug),
                heard: p.heard(),
                anchor: p.anchor().map(|a| a.quote.as_str()),
            })
            .collect();
        let text = serde_json::to_string_pretty(&tried).map_err(|e| e.to_string())?;
        say(&text);
        return Ok(ExitCode::SUCCESS);
    }
    let mut text = format!("{}: {}\n\n", question.id, question.ask);
    let gaps: Vec<&str> = heard.gaps.iter().map(|g| g.slug()).collect();
    text.push_str(&match gaps.as_slice() {
        // Nothing came in (an empty file, or nothing piped): say so, or the list of everything
        // it lacks reads as a verdict on an answer.
        _ if answer.trim().is_empty() => format!(
            "The answer is empty, so these are the follow-ups an empty answer would get. Give an \
             answer in a file (psw-coach banks try {} answer.txt) or pipe it in.\n\n",
            question.id
        ),
        [] => "The answer has no gaps the analysis can find.\n\n".to_string(),
        _ => format!("The answer lacks: {}.\n\n", gaps.join(", ")),
    });
    if ranked.is_empty() {
        text.push_str("No follow-up fits this answer: every probe asks for something it already gives, or waits for words it does not use.\n");
    } else {
        text.push_str("Follow-ups, in the order they would be asked:\n");
        for (i, p) in ranked.iter().enumerate() {
            text.push_str(&format!(
                "{:>3}. {}\n     why: {}\n",
                i + 1,
                p.ask,
                p.reason()
            ));
        }
        if ranked.iter().any(|p| p.why == probe::Why::Plain) {
            text.push_str("     (In a rehearsal, plain probes are drawn at random.)\n");
        }
    }
    let left = probe::left_out(question, &heard);
    if !left.is_empty() {
        text.push_str("\nNot asked for this answer:\n");
        for (ask, why) in &left {
            text.push_str(&format!("   - {ask}\n     why not: {why}\n"));
        }
    }
    say_raw(&text)?;
    Ok(ExitCode::SUCCESS)
}
