//! `psw-coach evidence import|list|check`: the evidence register from the command line.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use chrono::NaiveDate;
use clap::{Args, Subcommand};
use serde::Serialize;

use super::{find_note, looks_like_note, say, say_raw, warn};
use crate::evidence::{self, Register, answers::Answer, model::show_date};
use crate::notes::NotesStore;

#[derive(Debug, Subcommand)]
pub enum EvidenceCommand {
    /// Add or update figures from a CSV file (columns measure,value,unit,as_at,source,statements).
    Import {
        /// The CSV file, with a header line naming its columns.
        file: PathBuf,
    },
    /// List the figures and stories in your register.
    List {
        /// Print JSON: {figures: [...], stories: [...]}.
        #[arg(long)]
        json: bool,
    },
    /// Check answers' figures against the register: differs, out of date, unsourced, inconsistent.
    Check(CheckArgs),
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// An answer in a text file, a note (`latest`, its number in `notes list`, or its name), or `-`
    /// for standard input. Without it, every saved answer is checked.
    pub what: Option<String>,
    /// Print JSON: a list of {kind, measure, said, register, as_at, source}.
    #[arg(long)]
    pub json: bool,
    /// Check as if today were this day (YYYY-MM-DD), for figures out of date.
    #[arg(long, hide = true, value_name = "DATE")]
    pub today: Option<String>,
}

pub fn run(data: Option<&Path>, cmd: &EvidenceCommand) -> Result<ExitCode, String> {
    let data = data.ok_or("no data folder was found; give one with --data-dir DIR")?;
    match cmd {
        EvidenceCommand::Import { file } => import(data, file),
        EvidenceCommand::List { json } => list(data, *json),
        EvidenceCommand::Check(args) => check(data, args),
    }
}

fn load(data: &Path) -> Result<Register, String> {
    evidence::load(data)
        .map_err(|e| format!("{e}\nThe register was left as it is; fix that line and try again."))
}

fn import(data: &Path, file: &Path) -> Result<ExitCode, String> {
    let mut register = load(data)?;
    let bytes = crate::paths::read_file(file, evidence::file::MAX_BYTES)
        .map_err(|e| format!("{}: {}", file.display(), e.plain()))?;
    let (text, read_as) =
        evidence::import::decode(&bytes).map_err(|e| format!("{}: {e}", file.display()))?;
    if let Some(read_as) = read_as {
        say(read_as);
    }
    let result = evidence::import::import(&text, &mut register);
    for e in &result.errors {
        warn(&format!(
            "{}:{}:{}: {}",
            file.display(),
            e.line,
            e.column,
            crate::display::visible(&e.message)
        ));
    }
    // A header that cannot be used stops the whole file: no row was read, so none was "kept".
    if result.header_failed {
        warn("Nothing was imported: fix the first line of the file, then import it again.");
        return Ok(ExitCode::from(1));
    }
    if result.added + result.updated > 0 {
        let path = evidence::save(data, &register)?;
        say(&format!(
            "{} added, {} updated, {} unchanged; the register is {} ({} figure{}).",
            result.added,
            result.updated,
            result.unchanged,
            path.display(),
            register.figures.len(),
            if register.figures.len() == 1 { "" } else { "s" }
        ));
    } else {
        say(&format!(
            "Nothing new to add: {} figure{} already in the register as they are.",
            result.unchanged,
            if result.unchanged == 1 {
                " is"
            } else {
                "s are"
            }
        ));
    }
    if result.errors.is_empty() {
        Ok(ExitCode::SUCCESS)
    } else {
        warn(&format!(
            "{} row{} could not be used (above); the other rows were kept. Fix {} and import the \
             file again: rows already in the register are updated, not repeated.",
            result.errors.len(),
            if result.errors.len() == 1 { "" } else { "s" },
            if result.errors.len() == 1 {
                "it"
            } else {
                "them"
            }
        ));
        Ok(ExitCode::from(1))
    }
}

fn list(data: &Path, json: bool) -> Result<ExitCode, String> {
    let register = load(data)?;
    if json {
        let text = serde_json::to_string_pretty(&register).map_err(|e| e.to_string())?;
        say(&text);
        return Ok(ExitCode::SUCCESS);
    }
    if register.figures.is_empty() && register.stories.is_empty() {
        say(&format!(
            "Your register is empty. Add figures with `psw-coach evidence import FILE.csv` (columns \
             measure,value,unit,as_at,source,statements) or by editing {}.",
            evidence::file::path(data).display()
        ));
        return Ok(ExitCode::SUCCESS);
    }
    let (months, today) = stale_limit(data, None)?;
    let mut out = String::new();
    if !register.figures.is_empty() {
        out.push_str(&format!("Figures ({})\n", register.figures.len()));
        for f in &register.figures {
            // "stale" is a data word; progress and the pack say "out of date" and how old is that.
            let stale = if f.is_stale(today, months) {
                let plural = if months == 1 { "" } else { "s" };
                format!("  (out of date: older than {months} month{plural})")
            } else {
                String::new()
            };
            out.push_str(&format!(
                "  {}: {}, as at {}, {}{stale}\n",
                f.measure,
                f.shown(),
                show_date(f.as_at),
                if f.source.is_empty() {
                    "no source"
                } else {
                    &f.source
                },
            ));
            if let Some(before) = before_and_owner(f) {
                out.push_str(&format!("      {before}\n"));
            }
        }
    }
    if !register.stories.is_empty() {
        out.push_str(&format!("\nStories ({})\n", register.stories.len()));
        for s in &register.stories {
            let statements: Vec<&str> = s.statements.iter().map(|q| q.slug()).collect();
            out.push_str(&format!(
                "  {}{}{}\n",
                s.title,
                if statements.is_empty() {
                    String::new()
                } else {
                    format!(" [{}]", statements.join(", "))
                },
                if s.is_strong() {
                    ""
                } else {
                    "  (not all three parts told yet)"
                }
            ));
        }
    }
    say_raw(&crate::display::visible(&out))?;
    Ok(ExitCode::SUCCESS)
}

/// A figure's previous value and its owner, as the form names them ("previous value: 410 people,
/// as at 30 April 2026; owner: Head of Service"), so the list shows all the PSW keeps of it.
fn before_and_owner(f: &evidence::Figure) -> Option<String> {
    let previous = f.previous.map(|p| match p.as_at {
        Some(d) => format!(
            "previous value: {}, as at {}",
            evidence::model::show_value(p.value, &f.unit),
            show_date(d)
        ),
        None => format!(
            "previous value: {}",
            evidence::model::show_value(p.value, &f.unit)
        ),
    });
    let owner = f.owner.as_ref().map(|o| format!("owner: {o}"));
    let parts: Vec<String> = previous.into_iter().chain(owner).collect();
    (!parts.is_empty()).then(|| parts.join("; "))
}

/// The PSW's stale limit in months and today's date.
fn stale_limit(data: &Path, today: Option<&str>) -> Result<(u32, NaiveDate), String> {
    let (settings, _) = crate::review::settings::Settings::load(data);
    let today = match today {
        Some(t) => evidence::file::date(t).ok_or(format!("`{t}` is not a date (YYYY-MM-DD)"))?,
        None => chrono::Local::now().date_naive(),
    };
    Ok((u32::from(settings.stale_after_months), today))
}

/// Every saved answer, oldest note first.
fn saved_answers(store: &NotesStore) -> Vec<(PathBuf, Answer)> {
    let listing = store.list();
    for p in &listing.problems {
        warn(&p.to_string());
    }
    listing
        .notes
        .iter()
        .flat_map(|(path, note)| {
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            evidence::answers::of_note(note, &name)
                .into_iter()
                .map(|a| (path.clone(), a))
                .collect::<Vec<_>>()
        })
        .collect()
}

#[derive(Serialize)]
struct JsonFlag<'a> {
    answer: &'a str,
    #[serde(flatten)]
    flag: &'a evidence::Flag,
}

fn check(data: &Path, args: &CheckArgs) -> Result<ExitCode, String> {
    let register = load(data)?;
    let (months, today) = stale_limit(data, args.today.as_deref())?;
    let store = NotesStore::new(data);
    let saved = saved_answers(&store);
    let (checked, others): (Vec<Answer>, Vec<Answer>) = match args.what.as_deref() {
        None => (saved.into_iter().map(|(_, a)| a).collect(), Vec::new()),
        Some(what) => {
            let (checked, own_path) = read_checked(&store, what)?;
            let others = saved
                .into_iter()
                .filter(|(p, _)| own_path.is_none() || p.canonicalize().ok() != own_path)
                .map(|(_, a)| a)
                .collect();
            (checked, others)
        }
    };
    if register.figures.is_empty() {
        warn(
            "Your evidence register holds no figures yet, so every figure will show as unsourced. Add them with `psw-coach evidence import FILE.csv`.",
        );
    }
    let matcher = evidence::Matcher::new(&register);
    let flags = evidence::answers::check(&matcher, &checked, &others, today, months);
    if args.json {
        let list: Vec<JsonFlag> = checked
            .iter()
            .zip(&flags)
            .flat_map(|(a, fs)| {
                fs.iter().map(move |f| JsonFlag {
                    answer: &a.label,
                    flag: f,
                })
            })
            .collect();
        say(&serde_json::to_string_pretty(&list).map_err(|e| e.to_string())?);
        return Ok(ExitCode::SUCCESS);
    }
    let total: usize = flags.iter().map(Vec::len).sum();
    let mut out = String::new();
    if checked.is_empty() {
        out.push_str("There are no saved answers to check yet.\n");
    }
    for (a, fs) in checked.iter().zip(&flags) {
        if fs.is_empty() {
            continue;
        }
        out.push_str(&format!("{}: {}\n", a.label, a.ask));
        for f in fs {
            out.push_str(&format!("  {:<12} {}\n", f.kind.label(), f.message));
        }
        out.push('\n');
    }
    out.push_str(&match total {
        0 if !checked.is_empty() => format!(
            "All clear: the figures in {} answer{} agree with your register and with each other.\n",
            checked.len(),
            if checked.len() == 1 { "" } else { "s" }
        ),
        0 => String::new(),
        n => format!(
            "{n} thing{} to check in {} answer{} (figures older than {months} month{} count as out of date; change that in settings).\n",
            if n == 1 { "" } else { "s" },
            checked.len(),
            if checked.len() == 1 { "" } else { "s" },
            if months == 1 { "" } else { "s" }
        ),
    });
    say_raw(&crate::display::visible(&out))?;
    Ok(ExitCode::SUCCESS)
}

/// The answers `what` names: standard input, a text file, or a note. Also the note's path, so it is
/// not compared with itself.
fn read_checked(store: &NotesStore, what: &str) -> Result<(Vec<Answer>, Option<PathBuf>), String> {
    let limit = crate::notes::store::MAX_NOTE_BYTES;
    let (text, name, path) = if what == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(
            &mut std::io::Read::take(std::io::stdin(), limit + 1),
            &mut bytes,
        )
        .map_err(|e| format!("could not read standard input: {e}"))?;
        if bytes.len() as u64 > limit {
            return Err("standard input is larger than any answer psw-coach reads".to_string());
        }
        (
            String::from_utf8_lossy(&bytes).into_owned(),
            "standard input".to_string(),
            None,
        )
    } else {
        let path = find_note(store, Path::new(what))?;
        let text = crate::paths::read_text_file(&path, limit)
            .map_err(|e| e.located(&path.display().to_string()))?;
        (text, path.display().to_string(), Some(path))
    };
    if looks_like_note(&text) {
        let (note, _) = crate::notes::read_markdown(&text)
            .map_err(|e| format!("{name}:{}: {}", e.line, e.message))?;
        let stem = path
            .as_ref()
            .and_then(|p| p.file_stem())
            .map_or(name.clone(), |s| s.to_string_lossy().into_owned());
        let canonical = path.as_ref().and_then(|p| p.canonicalize().ok());
        return Ok((evidence::answers::of_note(&note, &stem), canonical.or(path)));
    }
    Ok((
        vec![Answer {
            label: name,
            ask: "your answer".to_string(),
            text,
        }],
        None,
    ))
}

/// The register's flags for one answer, for `analyse`: `None` when there is no register with figures
/// in it (or it cannot be read), so an answer is analysed as before.
pub(super) fn flags_for(data: Option<&Path>, text: &str) -> Option<Vec<evidence::Flag>> {
    let data = data?;
    let register = evidence::load(data).ok()?;
    if register.figures.is_empty() {
        return None;
    }
    let (months, today) = stale_limit(data, None).ok()?;
    Some(evidence::Matcher::new(&register).check(text, today, months))
}

/// The flags as a section of the readable `analyse` report.
pub(super) fn section(flags: &[evidence::Flag]) -> String {
    let mut out = String::from("\nFigures against your evidence register\n");
    if flags.is_empty() {
        out.push_str("  Every figure agrees with your register.\n");
    }
    for f in flags {
        out.push_str(&format!("  {:<12} {}\n", f.kind.label(), f.message));
    }
    crate::display::visible(&out).into_owned()
}
