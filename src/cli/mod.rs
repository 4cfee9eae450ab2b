//! The command line: parses arguments and hands each command to the part of the crate that does it.

mod analyse;
mod args;
mod banks;
mod cards;
mod evidence;
mod export;
mod notes;

use analyse::*;
pub use args::*;
use banks::*;
use cards::*;
use export::*;
use notes::*;

use crate::bank::{Library, Problem};
use crate::paths;
use clap::{Args, Parser, Subcommand};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// The data folder from the flag or environment, else the platform's. An empty flag or variable
/// counts as not given.
pub fn data_dir(cli: &Cli) -> Option<PathBuf> {
    cli.data_dir
        .clone()
        .filter(|d| !d.as_os_str().is_empty())
        .or_else(|| std::env::var_os(paths::DATA_DIR_ENV).map(PathBuf::from))
        .filter(|d| !d.as_os_str().is_empty())
        .or_else(paths::default_data_dir)
}

/// Writes what a command was asked to put in a file (cards, the prep pack, a feedback sheet) to a
/// new private file, never over another and never into psw-coach's own notes or drafts folder:
/// a file there is read as a note that cannot be read, and named as such on every screen after.
/// The error is a sentence a PSW can act on.
pub(super) fn write_out(data: Option<&Path>, out: &Path, text: &str) -> Result<(), String> {
    if let Some(data) = data {
        let store = crate::notes::NotesStore::new(data);
        let parent = match out.parent() {
            Some(p) if !p.as_os_str().is_empty() => p,
            _ => Path::new("."),
        };
        let same = |folder: &Path| matches!((folder.canonicalize(), parent.canonicalize()), (Ok(a), Ok(b)) if a == b);
        for (folder, what) in [
            (store.notes_dir(), "your notes"),
            (store.drafts_dir(), "your unfinished rehearsals"),
        ] {
            if same(&folder) {
                return Err(format!(
                    "{} is where psw-coach keeps {what}, and any file there is read as one, so {} \
                     was not written. Choose another folder, such as your Documents.",
                    folder.display(),
                    out.display()
                ));
            }
        }
    }
    paths::write_new_file(out, text.as_bytes()).map_err(|e| paths::plain_write_error(out, &e))
}

pub fn run() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => return parse_error(e),
    };
    let code = match dispatch(cli) {
        Ok(code) => code,
        Err(message) => {
            warn(&format!("psw-coach: {message}"));
            return ExitCode::FAILURE;
        }
    };
    match OUTPUT_FAILED.lock().ok().and_then(|mut f| f.take()) {
        Some(message) => {
            warn(&format!("psw-coach: {message}"));
            ExitCode::FAILURE
        }
        None => code,
    }
}

/// A mistake in what was typed on the command line is told in words, with what to type instead:
/// clap's own ("error: the following required arguments were not provided: <FILE>" (walk 6),
/// "error: unrecognized subcommand 'rehersal'", "to pass '--colour' as a value, use '-- --colour'"
/// (walk 7)) read as a program's, in American spelling. Help and the version are clap's as before,
/// and so is any mistake it gives too little to put in words.
fn parse_error(e: clap::Error) -> ExitCode {
    match parse_error_in_words(&e) {
        Some(words) => {
            warn(&format!("psw-coach: {words}"));
            ExitCode::from(2)
        }
        None => e.exit(),
    }
}

fn parse_error_in_words(e: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    let text = |kind| {
        match e.get(kind) {
            Some(ContextValue::String(one)) => Some(plain_arg(one)),
            Some(ContextValue::Strings(many)) => Some(
                many.iter()
                    .map(|n| plain_arg(n).trim_end_matches("...").to_string())
                    .collect::<Vec<_>>()
                    .join(" and "),
            ),
            _ => None,
        }
        .filter(|t| !t.is_empty())
    };
    let usage = match e.get(ContextKind::Usage) {
        Some(ContextValue::StyledStr(usage)) => {
            plain_arg(usage.to_string().trim().trim_start_matches("Usage:").trim())
        }
        _ => String::new(),
    };
    // The command as typed so far: the usage line's words up to its first placeholder.
    let command = usage
        .split_whitespace()
        .take_while(|w| !w.starts_with(['[', '-']) && w.chars().any(|c| c.is_lowercase()))
        .collect::<Vec<_>>()
        .join(" ");
    // clap leaves the usage out of some mistakes (a value psw-coach's own reader refused).
    let command = if command.is_empty() {
        "psw-coach".to_string()
    } else {
        command
    };
    let help = format!("{command} --help");
    let did_you_mean = |kind| {
        text(kind)
            .map(|s| format!(" Did you mean {s}?"))
            .unwrap_or_default()
    };
    match e.kind() {
        ErrorKind::MissingRequiredArgument => {
            let missing = text(ContextKind::InvalidArg)?;
            let are = if missing.contains(" and ") {
                "are"
            } else {
                "is"
            };
            Some(format!(
                "{command} needs {missing}, which {are} missing. Type it as: {usage} ({help} says \
                 what goes there)."
            ))
        }
        ErrorKind::InvalidSubcommand => {
            let typed = text(ContextKind::InvalidSubcommand)?;
            let suggestion = text(ContextKind::SuggestedSubcommand)
                .map(|s| format!(" Did you mean {command} {s}?"))
                .unwrap_or_default();
            Some(format!(
                "{command} has no command \"{typed}\".{suggestion} ({help} lists them.)"
            ))
        }
        ErrorKind::UnknownArgument => {
            let typed = text(ContextKind::InvalidArg)?;
            let suggestion = did_you_mean(ContextKind::SuggestedArg);
            let what = if typed.starts_with('-') {
                format!("no option {typed}")
            } else {
                format!("nothing more after it: \"{typed}\" was not expected")
            };
            Some(format!(
                "{command} has {what}.{suggestion} ({help} lists what it takes.)"
            ))
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let arg = text(ContextKind::InvalidArg)?;
            let arg = arg.split_whitespace().next().unwrap_or(&arg).to_string();
            let value = text(ContextKind::InvalidValue).unwrap_or_default();
            if let Some(why) = std::error::Error::source(e) {
                // Rust's "invalid digit found in string" for a number.
                if why.is::<std::num::ParseIntError>() || why.is::<std::num::ParseFloatError>() {
                    // Seconds say their own size (`args::seconds`).
                    return Some(format!(
                        "{arg} takes a whole number, such as {arg} 3, not \"{value}\"."
                    ));
                }
                // A value checked by psw-coach's own reader already says what to type, in words.
                return Some(format!("{arg} {why}"));
            }
            if value.is_empty() {
                return Some(format!(
                    "{arg} needs something typed after it (--help after the command says what \
                     goes there)."
                ));
            }
            let choices = text(ContextKind::ValidValue)
                .map(|v| format!(": choose {}", v.replace(" and ", ", ")))
                .unwrap_or_default();
            Some(format!(
                "{arg} cannot be \"{value}\"{choices} ({help} says more)."
            ))
        }
        _ => None,
    }
}

/// "<FILE>" as FILE, "[OPTIONS] " left out: a usage line as a PSW would type it.
fn plain_arg(text: &str) -> String {
    text.replace("[OPTIONS] ", "")
        .replace(['<', '>'], "")
        .trim()
        .to_string()
}

/// What `--plain` with a command other than rehearsing says: where plain mode is, and for the
/// full-screen commands, the plain command that does the same job.
fn plain_elsewhere(command: &Command) -> &'static str {
    match command {
        Command::Review => {
            "--plain is for rehearsing. To read past answers line by line, use psw-coach notes \
             list, then psw-coach notes show NUMBER (the number from the list)."
        }
        Command::Pair(_) => {
            "--plain is for rehearsing alone: psw-coach rehearse --plain --plan PLAN. Pair \
             practice needs the full screen; a colleague can ask from printed cards instead \
             (psw-coach cards --out cards.md)."
        }
        _ => {
            "--plain is for rehearsing: psw-coach --plain, or psw-coach rehearse --plain --plan \
             PLAN; every other command already prints plain lines."
        }
    }
}

/// A rehearsal, full screen or line by line (`psw-coach --plain` is `rehearse --plain`).
fn rehearse(cli: &Cli, data: Option<PathBuf>, args: &RehearseArgs) -> Result<ExitCode, String> {
    use std::io::IsTerminal;
    let on_terminal = std::io::stdin().is_terminal() && std::io::stdout().is_terminal();
    let from_settings = args.style_from_settings(on_terminal);
    // Line by line, the setting decides here; the full-screen app reads it itself.
    let setting = (from_settings && cli.plain)
        .then(|| data.as_deref().map(|d| crate::review::Settings::load(d).0))
        .flatten()
        .map(|s| s.answer_style);
    if let Some(style) = setting {
        say(&crate::drill::options::style_from_settings_line(style));
    }
    let options = match setting {
        Some(style) => args.options().in_style(style),
        None => args.options(),
    };
    if args.record || options.record {
        let options = crate::drill::RehearseOptions {
            spoken: true,
            record: false,
            ..options
        };
        crate::plain::run_recorded(data.as_deref(), &cli.banks, &options)
    } else if cli.plain {
        crate::plain::run(data.as_deref(), &cli.banks, &options)
    } else {
        crate::tui::run(crate::tui::Launch {
            data_dir: data,
            banks: cli.banks.clone(),
            rehearse: Some(options),
            style_from_settings: from_settings,
            pair: None,
            review: false,
        })
        .map(|_| ExitCode::SUCCESS)
        .map_err(|e| e.to_string())
    }
}

fn dispatch(cli: Cli) -> Result<ExitCode, String> {
    let data = data_dir(&cli);
    // `--version` only names the data folder: asking what version this is creates nothing.
    if cli.version {
        say(&format!("psw-coach {}", env!("CARGO_PKG_VERSION")));
        match &data {
            // Where it is, not the path as typed: "data folder: link" says nothing to find it by.
            Some(dir) => say(&format!(
                "data folder: {}",
                std::path::absolute(dir)
                    .unwrap_or_else(|_| dir.clone())
                    .display()
            )),
            None => say("data folder: none found (use --data-dir DIR)"),
        }
        return Ok(ExitCode::SUCCESS);
    }
    // A folder psw-coach makes is private from the start; one the PSW chose is left as it is.
    if let Some(dir) = &data
        && !dir.exists()
    {
        let _ = paths::ensure_private_dir(dir);
    }
    // `psw-coach --plain` is a plain rehearsal (a mock interview, as the full-screen app opens on).
    // It is `rehearse --plain` with no other option, so at a terminal it takes the answer style
    // from Settings as that does (the eleventh walk's row 1: it was always written).
    if cli.plain {
        match &cli.command {
            None => return rehearse(&cli, data, &RehearseArgs::mock()),
            Some(Command::Rehearse(_)) => {}
            Some(other) => return Err(plain_elsewhere(other).into()),
        }
    }
    match &cli.command {
        None => crate::tui::run(crate::tui::Launch {
            data_dir: data,
            banks: cli.banks.clone(),
            rehearse: None,
            style_from_settings: false,
            pair: None,
            review: false,
        })
        .map(|_| ExitCode::SUCCESS)
        .map_err(|e| e.to_string()),
        Some(Command::Rehearse(args)) => rehearse(&cli, data, args),
        Some(Command::Banks(BanksCommand::List { json })) => {
            banks_list(&Library::load(data.as_deref(), &cli.banks), *json)
        }
        Some(Command::Banks(BanksCommand::Check { paths, today })) => {
            let today = today.unwrap_or_else(|| chrono::Local::now().date_naive());
            Ok(banks_check(data.as_deref(), &cli.banks, paths, today))
        }
        Some(Command::Banks(BanksCommand::Try { id, file, json })) => banks_try(
            data.as_deref(),
            &Library::load(data.as_deref(), &cli.banks),
            id,
            file,
            *json,
        ),
        Some(Command::Review) => crate::tui::run(crate::tui::Launch {
            data_dir: data,
            banks: cli.banks.clone(),
            rehearse: None,
            style_from_settings: false,
            pair: None,
            review: true,
        })
        .map(|_| ExitCode::SUCCESS)
        .map_err(|e| e.to_string()),
        Some(Command::Notes(cmd)) => notes(data.as_deref(), &cli.banks, cmd),
        Some(Command::Evidence(cmd)) => evidence::run(data.as_deref(), cmd),
        Some(Command::Analyse(args)) => match &args.audio {
            Some(audio) => {
                crate::voice::cli::analyse_audio(data.as_deref(), audio, args.json, args.target)
                    .and_then(|out| say_raw(&out).map(|()| ExitCode::SUCCESS))
            }
            None => analyse(data.as_deref(), args),
        },
        Some(Command::Voice(args)) => crate::voice::cli::run(data.as_deref(), args)
            .and_then(|out| say_raw(&out).map(|()| ExitCode::SUCCESS)),
        Some(Command::Cards(args)) => cards(data.as_deref(), &cli.banks, args),
        Some(Command::Pair(args)) => crate::tui::run(crate::tui::Launch {
            data_dir: data,
            banks: cli.banks.clone(),
            rehearse: None,
            style_from_settings: false,
            review: false,
            pair: Some(crate::drill::pair::PairStart::new(
                args.plan.clone(),
                args.seed,
            )),
        })
        .map(|_| ExitCode::SUCCESS)
        .map_err(|e| e.to_string()),
    }
}

/// An answer from a file, or from standard input when `file` is `-`.
fn read_answer(file: &str, purpose: &str) -> Result<String, String> {
    let limit = crate::insight::MAX_ANSWER_BYTES as u64;
    let too_long = crate::insight::answer_over_limit();
    if file == "-" {
        if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            warn(&format!(
                "Type or paste the answer, then press Ctrl-D on a new line {purpose}."
            ));
        }
        // Never read whole: `< /dev/zero` read 3 GB before it was stopped.
        paths::read_stdin_text(limit).map_err(|e| match e {
            paths::ReadError::TooLarge(_) => format!("standard input: {too_long}"),
            e => format!(
                "could not read the answer from standard input: {}",
                e.plain()
            ),
        })
    } else {
        // A pipe or device is refused at once; it used to be waited on for ever.
        paths::read_text_file(Path::new(file), limit).map_err(|e| match e {
            paths::ReadError::TooLarge(_) => format!("{file}: {too_long}"),
            e => e.located(file),
        })
    }
}

/// Set when standard output could not be written (a full disk behind `> notes.txt`), so the
/// command ends with an error instead of claiming success.
static OUTPUT_FAILED: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

/// Prints a line to standard output. A closed pipe (`psw-coach notes list | head -1`) is not an
/// error: the reader has what it wanted, so output just stops.
fn say(line: &str) {
    let _ = say_raw(&format!("{line}\n"));
}

/// Prints text from banks and notes with every control character made visible (see
/// [`crate::display`]), so a file cannot send escape sequences to the terminal.
fn say_raw(text: &str) -> Result<(), String> {
    say_bytes(crate::display::visible(text).as_bytes())
}

fn say_bytes(bytes: &[u8]) -> Result<(), String> {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|_| stdout.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            let message = format!("could not write the output: {e}");
            if let Ok(mut failed) = OUTPUT_FAILED.lock() {
                failed.get_or_insert(message.clone());
            }
            Err(message)
        }
        _ => Ok(()),
    }
}

/// Prints a line to standard error, if there is still somewhere to print it.
fn warn(line: &str) {
    let _ = writeln!(std::io::stderr(), "{}", crate::display::visible(line));
}
