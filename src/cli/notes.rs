//! `psw-coach notes list | show | import`: the saved notes, read back.

use super::*;

pub(super) fn notes(
    data: Option<&Path>,
    extra: &[PathBuf],
    cmd: &NotesCommand,
) -> Result<ExitCode, String> {
    let data = data.ok_or("no data folder found: use --data-dir DIR")?;
    let store = crate::notes::NotesStore::new(data);
    match cmd {
        NotesCommand::Export(args) if args.pack => {
            export_pack(&store, &Library::load(Some(data), extra), args, data)
        }
        NotesCommand::List { json } => {
            // Summaries come from the store's index, so a long history lists in milliseconds.
            let listing = store.summaries();
            if let Some(problem) = &listing.folder_problem {
                return Err(problem.to_string());
            }
            for problem in &listing.problems {
                warn(&format!("Skipped a note that could not be read: {problem}"));
            }
            let summaries = listing.summaries;
            if *json {
                let text = serde_json::to_string_pretty(&summaries).map_err(|e| e.to_string())?;
                say(&text.to_string());
            } else if summaries.is_empty() {
                say(&format!(
                    "No notes yet in {}. Start a rehearsal with `psw-coach rehearse`.",
                    store.notes_dir().display()
                ));
            } else {
                // A person at a terminal gets the folder once and rows that fit the window; a
                // script reading the lines gets just the notes, with their full paths. One write
                // for the whole list, not one per note.
                let text: String = if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                    let width = crossterm::terminal::size().map_or(80, |(columns, _)| columns);
                    let (rows, names_left_out) =
                        crate::notes::summary::fitted_rows(&summaries, usize::from(width));
                    let mut text = format!("Your notes, in {}:\n", store.notes_dir().display());
                    for row in rows {
                        text.push_str(&row);
                        text.push('\n');
                    }
                    text.push_str(
                        "Read one with `psw-coach notes show N` (its number), or `notes show latest`.\n",
                    );
                    if names_left_out {
                        text.push_str(
                            "File names left out to fit the window; `psw-coach notes list | cat` \
                             shows them.\n",
                        );
                    }
                    text
                } else {
                    summaries.iter().map(|s| format!("{s}\n")).collect()
                };
                say_raw(&text)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        NotesCommand::Show { path, raw } => {
            let path = find_note(&store, path)?;
            let (note, warnings) =
                crate::notes::NotesStore::read_checked(&path).map_err(|p| p.to_string())?;
            if *raw {
                let text = paths::read_text_file(&path, crate::notes::store::MAX_NOTE_BYTES)
                    .map_err(|e| e.located(&path.display().to_string()))?;
                // Exactly as on disk when it goes to a file; a terminal still never gets raw
                // control characters.
                if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                    say_raw(&text)?;
                } else {
                    say_bytes(text.as_bytes())?;
                }
            } else {
                let mut transcript = crate::notes::transcript::transcript(&note);
                // The coaching each answer got, read back: what it covered, then/now/next and
                // the advice, as the rehearsal showed it and `analyse` prints it.
                let (lexicon, _) = crate::insight::Lexicon::load(Some(data));
                if let Ok(reports) = note_reports(&lexicon, &note, None)
                    && !reports.is_empty()
                {
                    transcript.push_str("\nCoaching, answer by answer\n\n");
                    transcript.push_str(&render_note_reports(&reports, note.questions.len()));
                }
                let kept = crate::voice::recorder::kept_recordings(data, &note.session_id);
                if !kept.is_empty() {
                    transcript.push_str(
                        "\nRecordings kept with this note (private to you; delete them when you \
                         no longer need them):\n",
                    );
                    for path in &kept {
                        transcript.push_str(&format!("  {}\n", path.display()));
                    }
                    // The way to each, in words, with names from this very list.
                    let names: Vec<String> = kept
                        .iter()
                        .filter_map(|p| p.file_name())
                        .map(|n| n.to_string_lossy().into_owned())
                        .collect();
                    let first = names.first().cloned().unwrap_or_default();
                    let one = if names.len() == 1 { "it" } else { "one" };
                    transcript.push_str(&format!(
                        "To transcribe {one} again and keep its words as a new note: psw-coach \
                         voice transcribe {first}\n"
                    ));
                    transcript.push_str(&if names.len() == 1 {
                        format!("To delete it: psw-coach voice delete {first} --yes\n")
                    } else {
                        format!(
                            "To delete them all: psw-coach voice delete {} --yes\n",
                            names.join(" ")
                        )
                    });
                }
                // A person at a terminal may be put straight into a pager, which would hide
                // anything on standard error: there the damage heads the transcript itself.
                if warnings.is_empty() {
                    show_transcript(&transcript)?;
                } else if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                    let mut text = damage_report(&warnings);
                    text.push('\n');
                    text.push_str(&transcript);
                    show_transcript(&text)?;
                } else {
                    for w in &warnings {
                        warn(&w.to_string());
                    }
                    show_transcript(&transcript)?;
                }
            }
            Ok(ExitCode::SUCCESS)
        }
        NotesCommand::Export(args) => notes_export(&store, args),
        NotesCommand::Import { file } => notes_import(&store, file),
    }
}

/// What a hand edit damaged in a note, in words for the person reading it.
pub(super) fn damage_report(warnings: &[crate::notes::NoteWarning]) -> String {
    let mut text = String::from(
        "!! This note was changed outside psw-coach and parts of it are damaged. What could \
         still be read is shown below.\n",
    );
    for w in warnings {
        text.push_str(&format!("   {w}\n"));
    }
    text
}

/// The note `notes show` was asked for: `latest`, a number as `notes list` prints it, a file, or a
/// name in the notes folder with or without `.md`.
pub(super) fn find_note(store: &crate::notes::NotesStore, which: &Path) -> Result<PathBuf, String> {
    if let Some(word) = which.to_str().map(str::trim) {
        let number = word.parse::<usize>().ok();
        if word.eq_ignore_ascii_case("latest") || number.is_some() {
            let mut listing = store.list();
            if let Some(problem) = &listing.folder_problem {
                return Err(problem.to_string());
            }
            let count = listing.notes.len();
            if count == 0 {
                return Err(format!(
                    "there are no notes yet in {}. Start a rehearsal with `psw-coach rehearse`.",
                    store.notes_dir().display()
                ));
            }
            let index = match number {
                None => count - 1,
                Some(n) if (1..=count).contains(&n) => n - 1,
                Some(n) => {
                    return Err(format!(
                        "there is no note {n}: `psw-coach notes list` numbers the notes 1 to {count}"
                    ));
                }
            };
            return Ok(listing.notes.swap_remove(index).0);
        }
    }
    if which.is_file() {
        return Ok(which.to_path_buf());
    }
    let in_folder = store.notes_dir().join(which);
    let mut with_md = in_folder.clone().into_os_string();
    with_md.push(".md");
    let with_md = PathBuf::from(with_md);
    for candidate in [&in_folder, &with_md] {
        if candidate.is_file() {
            return Ok(candidate.clone());
        }
    }
    if which.components().count() > 1 || which.exists() {
        // Reading it gives the plainest reason: not found, not allowed, a folder...
        return Ok(which.to_path_buf());
    }
    Err(format!(
        "there is no note called {} in {}: `psw-coach notes list` shows each note's number, \
         and `psw-coach notes show latest` the newest",
        which.display(),
        store.notes_dir().display()
    ))
}

/// A transcript for a person at a terminal is wrapped to the window and paged when longer than
/// it; piped or redirected, it is printed as it is.
pub(super) fn show_transcript(text: &str) -> Result<(), String> {
    let text = crate::display::visible(text);
    match crate::pager::TerminalSize::of_stdout() {
        Some(screen) => {
            let wrapped = crate::notes::transcript::wrap(&text, screen.columns);
            if screen.overflows(&wrapped) && crate::pager::page(&wrapped) {
                Ok(())
            } else {
                say_bytes(wrapped.as_bytes())
            }
        }
        None => say_bytes(text.as_bytes()),
    }
}

pub(super) fn notes_import(
    store: &crate::notes::NotesStore,
    file: &Path,
) -> Result<ExitCode, String> {
    // A sheet is a note written out, so a file larger than a note can be is not read (a pipe
    // was waited on for ever, and /dev/zero read until memory ran out).
    let bytes = paths::read_file(file, crate::notes::store::MAX_NOTE_BYTES)
        .map_err(|e| format!("{}: {}", file.display(), e.plain()))?;
    let text = String::from_utf8_lossy(&bytes);
    let note =
        crate::notes::sheet::from_sheet(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    // The same limit for one answer as when it is typed (plain mode) or analysed: a crafted
    // sheet could otherwise bring in an answer no screen can show.
    if let Some(long) = note
        .questions
        .iter()
        .flat_map(|q| {
            let parts = q.answers.iter().map(|a| a.text.len());
            parts.chain(q.follow_ups.iter().map(|f| f.text.len()))
        })
        .find(|&len| len > crate::insight::MAX_ANSWER_BYTES)
    {
        return Err(format!(
            "{}: this sheet was not added: {}",
            file.display(),
            crate::insight::answer_too_long(long).unwrap_or_default()
        ));
    }
    let edited = crate::notes::sheet::readable_part_changed(&text, &note).then_some(
        "The readable part of this sheet was changed after it was exported, so those changes \
         are not in your notes: psw-coach keeps the record exactly as it was exported. Keep the \
         sheet itself if you want them.",
    );
    // Importing the same sheet twice must not make a second copy of the same session.
    if let Some((path, _)) = store
        .list()
        .notes
        .iter()
        .find(|(_, existing)| *existing == note)
    {
        say(&format!(
            "This feedback is already in your notes, as {}. Nothing was added.",
            path.display()
        ));
        if let Some(edited) = edited {
            say(edited);
        }
        return Ok(ExitCode::SUCCESS);
    }
    let saved = store.save(&note).map_err(|e| e.to_string())?;
    say(&format!(
        "Added to your notes as {} ({}, {} question{}).",
        saved.display(),
        note.title(),
        note.questions.len(),
        if note.questions.len() == 1 { "" } else { "s" }
    ));
    if let Some(edited) = edited {
        say(edited);
    }
    Ok(ExitCode::SUCCESS)
}
