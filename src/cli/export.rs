//! `psw-coach notes export`: a note as a feedback sheet, or the prep pack, written to a new private file.

use super::*;

pub(super) fn export_pack(
    store: &crate::notes::NotesStore,
    library: &Library,
    args: &ExportArgs,
    data: &Path,
) -> Result<ExitCode, String> {
    use crate::review::{History, PackFilter, pack};
    if !args.pack {
        return Err("say what to export: `psw-coach notes export --pack --out FILE`".to_string());
    }
    let statement = match &args.statement {
        None => None,
        Some(slug) => Some(
            crate::bank::model::QualityStatement::from_slug(slug.trim()).ok_or_else(|| {
                let slugs: Vec<&str> = crate::bank::model::QualityStatement::ALL
                    .iter()
                    .map(|s| s.slug())
                    .collect();
                format!(
                    "\"{slug}\" is not a quality statement. Use one of: {}.",
                    slugs.join(", ")
                )
            })?,
        ),
    };
    let since = match &args.since {
        None => None,
        Some(text) => Some(crate::review::settings::parse_date(text).ok_or_else(|| {
            format!("\"{text}\" is not a date; write it as YYYY-MM-DD, for example 2026-11-01.")
        })?),
    };
    let history = History::load(store, &|_, _| {});
    for skipped in &history.skipped {
        warn(&format!("Skipped a note that could not be read: {skipped}"));
    }
    let questions: Vec<crate::bank::model::Question> = library.questions().cloned().collect();
    if let Some(topic) = &args.topic
        && !questions.iter().any(|q| &q.topic == topic)
        && !history.topics().contains(topic)
    {
        return Err(format!("no questions have the topic \"{topic}\"."));
    }
    let filter = PackFilter {
        topic: args.topic.clone(),
        statement,
        since,
    };
    let today = chrono::Local::now().date_naive();
    // The register's figures and stories open the pack; a register with a mistake is named and
    // left out rather than stopping the pack.
    let opening = match crate::evidence::load(data) {
        Ok(register) => crate::evidence::pack::section(
            &register,
            filter.statement,
            filter.topic.as_deref(),
            today,
            u32::from(crate::review::Settings::load(data).0.stale_after_months),
        ),
        Err(e) => {
            warn(&format!("Your figures are left out of the pack: {e}"));
            String::new()
        }
    };
    let built = pack::build_opening(&questions, &history, &filter, today, &opening);
    for skipped in &built.skipped {
        warn(&format!(
            "Left out of the pack, its note could not be read: {skipped}"
        ));
    }
    if args.out == Path::new("-") {
        say_raw(&built.markdown)?;
    } else {
        write_out(Some(data), &args.out, &built.markdown)?;
        say(&format!(
            "Wrote the prep pack ({} question{}) to {}",
            built.questions,
            if built.questions == 1 { "" } else { "s" },
            args.out.display()
        ));
    }
    Ok(ExitCode::SUCCESS)
}

pub(super) fn notes_export(
    store: &crate::notes::NotesStore,
    args: &ExportArgs,
) -> Result<ExitCode, String> {
    let Some(name) = &args.note else {
        return Err(
            "say what to export: a note as a feedback sheet (`psw-coach notes export \
             NOTE --out FILE`, NOTE as `notes list` shows it, or `latest`), or the prep pack \
             (`psw-coach notes export --pack --out FILE`)"
                .to_string(),
        );
    };
    let path = find_note(store, name)?;
    let note = crate::notes::NotesStore::read(&path).map_err(|p| p.to_string())?;
    let sheet = crate::notes::sheet::to_sheet(&note);
    let out = &args.out;
    if out == Path::new("-") {
        say_raw(&sheet)?;
        return Ok(ExitCode::SUCCESS);
    }
    write_out(Some(store.data_dir()), out, &sheet)?;
    say(&format!(
        "Wrote the feedback sheet to {}. Send it as it is (an attachment is safest); the other \
         person adds it to their notes with `psw-coach notes import FILE`.",
        out.display()
    ));
    Ok(ExitCode::SUCCESS)
}
