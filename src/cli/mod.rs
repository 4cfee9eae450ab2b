//! The command line: parses arguments and hands each command to the part of the crate that does it.

use crate::bank::{Library, Problem, Source, load};
use crate::paths;
use clap::{Args, Parser, Subcommand};
use serde::Serialize;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

#[derive(Debug, Parser)]
#[command(
    name = "psw-coach",
    about = "Rehearse the CQC assessment interview: what have you done, what difference has it made, how do you know?",
    disable_version_flag = true
)]
pub struct Cli {
    /// Where notes, drafts and your own banks are kept [or set PSW_COACH_DATA_DIR].
    // Read from the environment by hand (see `data_dir`), because clap refuses an empty variable
    // with "a value is required for --data-dir", which names a flag nobody typed.
    #[arg(long, global = true, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,

    /// Load a question bank file, or every bank in a folder (can be given more than once).
    #[arg(long = "bank", global = true, value_name = "PATH")]
    pub banks: Vec<PathBuf>,

    /// Show the version and where psw-coach keeps its files.
    #[arg(short = 'V', long)]
    pub version: bool,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Practise answering questions, timed, in three parts.
    Rehearse(RehearseArgs),
    /// List or check question banks.
    #[command(subcommand)]
    Banks(BanksCommand),
    /// List or show the notes of past rehearsals.
    #[command(subcommand)]
    Notes(NotesCommand),
    /// Read an answer and say what it covers and what it could add.
    Analyse(AnalyseArgs),
    /// Review past sessions: read answers back, compare attempts, see progress.
    Review,
    /// Print interviewer cards (question, probes, what to listen for, target time) as Markdown.
    Cards(CardsArgs),
    /// Pair practice: a colleague plays the assessor at the keyboard while you answer aloud.
    Pair(PairArgs),
}

#[derive(Debug, Args, Clone)]
pub struct PairArgs {
    /// Which questions: mock, "topic SLUG", "statement SLUG", "random N", "weakest N" (by evidence) or "least N" (practised least).
    #[arg(long, default_value = "mock", value_name = "PLAN")]
    pub plan: crate::drill::Plan,
    /// Pick the same questions every time with the same number (as `cards --seed` does).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
}

#[derive(Debug, Args, Clone)]
pub struct CardsArgs {
    /// Which questions: mock, "topic SLUG", "statement SLUG", "random N", "weakest N" (by evidence) or "least N" (practised least).
    #[arg(long, default_value = "mock", value_name = "PLAN")]
    pub plan: String,
    /// Pick the same questions every time with the same number.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Write the cards to this file instead of printing them.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
}

#[derive(Debug, Args, Clone)]
pub struct RehearseArgs {
    /// What to practise: mock, "topic SLUG [N]", "statement SLUG [N]", "question ID[,ID...]",
    /// "random N", "weakest N" (by evidence) or "least N" (practised least).
    #[arg(long, default_value = "mock", value_name = "PLAN")]
    pub plan: crate::drill::Plan,
    /// Pick the same questions every time with the same number.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Answer aloud while the timer runs, then jot down the key points.
    #[arg(long)]
    pub spoken: bool,
    /// Line-by-line mode for screen readers and scripts (no screen drawing).
    #[arg(long)]
    pub plain: bool,
    /// Up to N follow-ups for each focused question (others get at most one; 0 turns them off).
    /// The default is 2 in a mock interview and 1 otherwise.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=5))]
    pub probes: Option<u8>,
}

impl RehearseArgs {
    /// The core options the shells take, so they never depend on this parser.
    pub fn options(&self) -> crate::drill::RehearseOptions {
        crate::drill::RehearseOptions {
            plan: self.plan.clone(),
            seed: self.seed,
            spoken: self.spoken,
            probes: self.probes.map(usize::from),
        }
    }
}

#[derive(Debug, Subcommand)]
pub enum BanksCommand {
    /// List every question that would load.
    List {
        /// Print JSON, one object per question.
        #[arg(long)]
        json: bool,
    },
    /// Check bank files for mistakes (all banks that would load, if none are named).
    Check {
        /// Bank files or folders to check.
        paths: Vec<PathBuf>,
    },
    /// Show which follow-ups an answer to a question would get, in order, and why.
    Try {
        /// The question's id (as `banks list` shows it).
        id: String,
        /// A text file holding the answer, or `-` (the default) to read it from standard input.
        #[arg(default_value = "-")]
        file: String,
        /// Print JSON: an array of {ask, reason, gap, heard}.
        #[arg(long)]
        json: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum NotesCommand {
    /// List the notes of past rehearsals.
    List {
        /// Print JSON, one object per note.
        #[arg(long)]
        json: bool,
    },
    /// Print one note as a readable transcript.
    Show {
        /// `latest`, the note's number in `notes list`, its name (with or without `.md`) or its file.
        #[arg(value_name = "NOTE")]
        path: PathBuf,
        /// Print the file exactly as it is on disk, front matter and all.
        #[arg(long)]
        raw: bool,
    },
    /// Write a note as a feedback sheet to send (`notes export NOTE --out FILE`), or the prep pack:
    /// your best answer to every question practised, as printable Markdown (`--pack`).
    Export(ExportArgs),
    /// Add a feedback sheet someone sent you to your notes, exactly as it was exported.
    Import {
        /// The sheet: the saved email or attachment.
        file: PathBuf,
    },
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The note to write as a feedback sheet (as `notes list` shows it).
    pub note: Option<PathBuf>,
    /// Write the prep pack (per quality statement and topic, the best answer to each question).
    #[arg(long)]
    pub pack: bool,
    /// The file to write (`-` prints it). A feedback sheet never replaces a file already there.
    #[arg(long, value_name = "FILE")]
    pub out: PathBuf,
    /// Only this topic, for example "waiting-times".
    #[arg(long, value_name = "TOPIC")]
    pub topic: Option<String>,
    /// Only this quality statement, for example "safeguarding".
    #[arg(long, value_name = "STATEMENT")]
    pub statement: Option<String>,
    /// Only answers given on or after this day (YYYY-MM-DD).
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
}

#[derive(Debug, Args)]
pub struct AnalyseArgs {
    /// A text file holding the answer, or `-` (the default) to read it from standard input.
    #[arg(default_value = "-")]
    pub file: String,
    /// Print JSON instead of the readable report.
    #[arg(long)]
    pub json: bool,
    /// The answer's target length in seconds, to compare its speaking time against (without it,
    /// about two minutes).
    #[arg(long, value_name = "SECONDS")]
    pub target: Option<u32>,
    /// How long the answer took to say, for a transcript of a spoken answer: adds the pace and the
    /// fillers a minute.
    #[arg(long, value_name = "SECONDS")]
    pub spoken_seconds: Option<u32>,
}

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

pub fn run() -> ExitCode {
    let cli = Cli::parse();
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

fn dispatch(cli: Cli) -> Result<ExitCode, String> {
    let data = data_dir(&cli);
    // `--version` only names the data folder: asking what version this is creates nothing.
    if cli.version {
        say(&format!("psw-coach {}", env!("CARGO_PKG_VERSION")));
        match &data {
            Some(dir) => say(&format!("data folder: {}", dir.display())),
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
    match &cli.command {
        None => crate::tui::run(crate::tui::Launch {
            data_dir: data,
            banks: cli.banks.clone(),
            rehearse: None,
            pair: None,
            review: false,
        })
        .map(|_| ExitCode::SUCCESS)
        .map_err(|e| e.to_string()),
        Some(Command::Rehearse(args)) => {
            if args.plain {
                crate::plain::run(data.as_deref(), &cli.banks, &args.options())
            } else {
                crate::tui::run(crate::tui::Launch {
                    data_dir: data,
                    banks: cli.banks.clone(),
                    rehearse: Some(args.options()),
                    pair: None,
                    review: false,
                })
                .map(|_| ExitCode::SUCCESS)
                .map_err(|e| e.to_string())
            }
        }
        Some(Command::Banks(BanksCommand::List { json })) => {
            banks_list(&Library::load(data.as_deref(), &cli.banks), *json)
        }
        Some(Command::Banks(BanksCommand::Check { paths })) => {
            Ok(banks_check(data.as_deref(), &cli.banks, paths))
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
            pair: None,
            review: true,
        })
        .map(|_| ExitCode::SUCCESS)
        .map_err(|e| e.to_string()),
        Some(Command::Notes(cmd)) => notes(data.as_deref(), &cli.banks, cmd),
        Some(Command::Analyse(args)) => analyse(data.as_deref(), args),
        Some(Command::Cards(args)) => cards(data.as_deref(), &cli.banks, args),
        Some(Command::Pair(args)) => crate::tui::run(crate::tui::Launch {
            data_dir: data,
            banks: cli.banks.clone(),
            rehearse: None,
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

/// One question as `banks list --json` shows it.
#[derive(Serialize)]
struct ListedQuestion<'a> {
    bank: &'a str,
    id: &'a str,
    kind: &'static str,
    topic: &'a str,
    quality_statements: Vec<&'static str>,
    ask: &'a str,
    follow_ups: Vec<&'a str>,
    listen_for: &'a [String],
    target_seconds: u32,
    /// The prompts that apply to this question (its own, its kind's or the bank's).
    prompts: &'a [crate::bank::Prompt],
    tags: &'a [String],
}

fn banks_list(library: &Library, json: bool) -> Result<ExitCode, String> {
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
                bank.source
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

fn banks_check(data: Option<&Path>, extra: &[PathBuf], paths: &[PathBuf]) -> ExitCode {
    let library = if paths.is_empty() {
        Library::load(data, extra)
    } else {
        // Named files are checked against the bundled banks too, so a clashing id is caught. A
        // bundled bank whose id a named file carries is left out: that file is the bank's own source
        // (or an edit of it), and checking it against its built-in copy would call every question a
        // duplicate.
        let mut named = Library::default();
        for path in paths {
            named.add_path(path);
        }
        let mut library = Library::default();
        for (name, text) in load::BUNDLED {
            let id = crate::bank::check::parse_bank(name, text, Source::Bundled(name))
                .map(|bank| bank.id)
                .unwrap_or_default();
            if named.banks.iter().any(|bank| bank.id == id) {
                continue;
            }
            library.add(
                &format!("question_banks/{name}"),
                text,
                Source::Bundled(name),
            );
        }
        let bundled = library.banks.len();
        for path in paths {
            library.add_path(path);
        }
        library.banks.drain(..bundled);
        library
    };
    let problems: Vec<&Problem> = library.skipped.iter().flat_map(|s| &s.problems).collect();
    for problem in &problems {
        warn(&format!("{problem}"));
    }
    // Warnings do not stop a bank loading, so they never change the exit code.
    let warnings: Vec<&Problem> = library.banks.iter().flat_map(|b| &b.warnings).collect();
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
            "All clear: {} bank{} checked, {questions} questions, no problems found{noted}.",
            library.banks.len(),
            if library.banks.len() == 1 { "" } else { "s" }
        ));
        ExitCode::SUCCESS
    } else {
        warn(&format!(
            "{} problem{} found in {} bank{}; those banks will be skipped until they are fixed.",
            problems.len(),
            if problems.len() == 1 { "" } else { "s" },
            library.skipped.len(),
            if library.skipped.len() == 1 { "" } else { "s" }
        ));
        ExitCode::from(1)
    }
}

/// One probe as `banks try --json` prints it.
#[derive(Serialize)]
struct TriedProbe<'a> {
    ask: &'a str,
    reason: String,
    gap: Option<&'static str>,
    heard: Option<&'a str>,
}

fn banks_try(
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
            })
            .collect();
        let text = serde_json::to_string_pretty(&tried).map_err(|e| e.to_string())?;
        say(&text);
        return Ok(ExitCode::SUCCESS);
    }
    let mut text = format!("{}: {}\n\n", question.id, question.ask);
    let gaps: Vec<&str> = heard.gaps.iter().map(|g| g.slug()).collect();
    text.push_str(&match gaps.as_slice() {
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

/// An answer from a file, or from standard input when `file` is `-`.
fn read_answer(file: &str, purpose: &str) -> Result<String, String> {
    if file == "-" {
        if std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            warn(&format!(
                "Type or paste the answer, then press Ctrl-D on a new line {purpose}."
            ));
        }
        let mut text = String::new();
        std::io::Read::read_to_string(&mut std::io::stdin(), &mut text)
            .map_err(|e| format!("could not read the answer from standard input: {e}"))?;
        Ok(text)
    } else {
        std::fs::read_to_string(file).map_err(|e| format!("{file}: {}", load::plain_io_error(&e)))
    }
}

fn analyse(data: Option<&Path>, args: &AnalyseArgs) -> Result<ExitCode, String> {
    use crate::insight::{self, Lexicon};
    // A note holds many answers, so it may be larger than one answer; anything larger than a note
    // is refused while it is read, never read whole.
    let limit = crate::notes::store::MAX_NOTE_BYTES;
    let name = if args.file == "-" {
        "standard input".to_string()
    } else {
        args.file.clone()
    };
    let text = if args.file == "-" {
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
            return Err(format!(
                "{name}: {}",
                insight::answer_too_long(bytes.len()).unwrap_or_default()
            ));
        }
        String::from_utf8_lossy(&bytes).into_owned()
    } else {
        paths::read_text_file(Path::new(&args.file), limit)
            .map_err(|e| format!("{name}: {}", e.plain()))?
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
    if args.json {
        let json = serde_json::to_string_pretty(&report).map_err(|e| e.to_string())?;
        say(&json.to_string());
    } else {
        say_raw(&insight::render_report(&report))?;
    }
    Ok(ExitCode::SUCCESS)
}

/// A note starts with a `---` line (after an optional byte-order mark) and names its format.
fn looks_like_note(text: &str) -> bool {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines();
    lines.next().map(str::trim_end) == Some("---")
        && lines
            .take_while(|l| l.trim_end() != "---")
            .any(|l| l.starts_with("format:") || l.starts_with("session_id:"))
}

#[derive(Serialize)]
struct NoteAnswerReport<'a> {
    number: usize,
    id: &'a str,
    ask: &'a str,
    report: crate::insight::Report,
    /// Identifying details in the one-line reflection, which is not part of the answer.
    reflection_confidentiality: Vec<crate::insight::Confidential>,
}

/// Each answered question of a note, reported under its question, as the rehearsal's insight panel
/// read it (parts by prompt; key points for a spoken rehearsal).
fn analyse_note(
    lexicon: &crate::insight::Lexicon,
    note: &crate::notes::Note,
    args: &AnalyseArgs,
) -> Result<ExitCode, String> {
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
        let target = args.target.or(Some(q.target_seconds).filter(|&t| t > 0));
        let (_, report) = match note.style {
            crate::notes::AnswerStyle::Spoken => {
                insight::analyse_key_points(lexicon, &parts, target)
            }
            crate::notes::AnswerStyle::Written => insight::analyse_parts(lexicon, &parts, target),
        };
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
    let total = note.questions.len();
    let mut out = String::new();
    for (k, r) in reports.iter().enumerate() {
        if k > 0 {
            out.push('\n');
        }
        out.push_str(&format!(
            "=== Question {} of {total}: {}\n\n",
            r.number, r.ask
        ));
        out.push_str(&insight::render_report(&r.report));
        if !r.reflection_confidentiality.is_empty() {
            out.push_str("!! Your reflection could identify someone:");
            for c in &r.reflection_confidentiality {
                out.push_str(&format!(" {} \"{}\";", c.kind.label(), c.text));
            }
            out.pop();
            out.push_str(". Take it out before sharing the note.\n");
        }
    }
    say_raw(&out)?;
    Ok(ExitCode::SUCCESS)
}

fn notes(data: Option<&Path>, extra: &[PathBuf], cmd: &NotesCommand) -> Result<ExitCode, String> {
    let data = data.ok_or("no data folder found: use --data-dir DIR")?;
    let store = crate::notes::NotesStore::new(data);
    match cmd {
        NotesCommand::Export(args) if args.pack => {
            export_pack(&store, &Library::load(Some(data), extra), args)
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
                // A person at a terminal gets the folder once and names that fit the window; a
                // script reading the lines gets just the notes, with their full paths. One write
                // for the whole list, not one per note.
                let text: String = if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                    let mut text = format!("Your notes, in {}:\n", store.notes_dir().display());
                    for summary in &summaries {
                        text.push_str(&format!("{summary:#}\n"));
                    }
                    text.push_str(
                        "Read one with `psw-coach notes show N` (its number), or `notes show latest`.\n",
                    );
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
                    .map_err(|e| format!("{}: {}", path.display(), e.plain()))?;
                // Exactly as on disk when it goes to a file; a terminal still never gets raw
                // control characters.
                if std::io::IsTerminal::is_terminal(&std::io::stdout()) {
                    say_raw(&text)?;
                } else {
                    say_bytes(text.as_bytes())?;
                }
            } else {
                let transcript = crate::notes::transcript::transcript(&note);
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
fn damage_report(warnings: &[crate::notes::NoteWarning]) -> String {
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
fn find_note(store: &crate::notes::NotesStore, which: &Path) -> Result<PathBuf, String> {
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
fn show_transcript(text: &str) -> Result<(), String> {
    let text = crate::display::visible(text);
    match crate::pager::Screen::of_stdout() {
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

fn cards(data: Option<&Path>, extra: &[PathBuf], args: &CardsArgs) -> Result<ExitCode, String> {
    use rand::{Rng, SeedableRng};
    let plan: crate::drill::Plan = args.plan.parse()?;
    let library = Library::load(data, extra);
    for skipped in &library.skipped {
        warn(&skipped.summary());
    }
    let notes: Vec<crate::notes::Note> = data
        .map(|d| crate::notes::NotesStore::new(d).list().notes)
        .unwrap_or_default()
        .into_iter()
        .map(|(_, note)| note)
        .collect();
    let history = crate::drill::History::from_notes(&notes);
    let seed = args.seed.unwrap_or_else(|| rand::rng().random());
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let questions: Vec<_> = library.questions().cloned().collect();
    let chosen =
        crate::drill::select(&plan, &questions, &history, &mut rng).map_err(|e| e.to_string())?;
    let command = format!("psw-coach pair --plan \"{}\" --seed {seed}", plan.label());
    let text = crate::drill::cards::cards(&plan.title(), Some(&command), &chosen);
    match &args.out {
        None => say_raw(&text)?,
        Some(path) => {
            std::fs::write(path, &text)
                .map_err(|e| format!("{}: {}", path.display(), load::plain_io_error(&e)))?;
            say(&format!(
                "Wrote {} interviewer card{} to {}.",
                chosen.len(),
                if chosen.len() == 1 { "" } else { "s" },
                path.display()
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn export_pack(
    store: &crate::notes::NotesStore,
    library: &Library,
    args: &ExportArgs,
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
    let built = pack::build(&questions, &history, &filter, today);
    for skipped in &built.skipped {
        warn(&format!(
            "Left out of the pack, its note could not be read: {skipped}"
        ));
    }
    if args.out == Path::new("-") {
        say_raw(&built.markdown)?;
    } else {
        pack::write(&args.out, &built.markdown).map_err(|e| {
            format!(
                "could not write {}: {}",
                args.out.display(),
                load::plain_io_error(&e)
            )
        })?;
        say(&format!(
            "Wrote the prep pack ({} question{}) to {}",
            built.questions,
            if built.questions == 1 { "" } else { "s" },
            args.out.display()
        ));
    }
    Ok(ExitCode::SUCCESS)
}

/// Set when standard output could not be written (a full disk behind `> notes.txt`), so the
/// command ends with an error instead of claiming success.
static OUTPUT_FAILED: std::sync::Mutex<Option<String>> = std::sync::Mutex::new(None);

fn notes_export(store: &crate::notes::NotesStore, args: &ExportArgs) -> Result<ExitCode, String> {
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
    write_new_private(out, sheet.as_bytes())
        .map_err(|e| format!("{}: {}", out.display(), load::plain_io_error(&e)))?;
    say(&format!(
        "Wrote the feedback sheet to {}. Send it as it is (an attachment is safest); the other \
         person adds it to their notes with `psw-coach notes import FILE`.",
        out.display()
    ));
    Ok(ExitCode::SUCCESS)
}

/// Creates `path` readable by its owner only, never replacing a file already there: a sheet holds
/// answers and feedback.
fn write_new_private(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(path)?;
    file.write_all(bytes)?;
    file.sync_all()
}

fn notes_import(store: &crate::notes::NotesStore, file: &Path) -> Result<ExitCode, String> {
    let bytes = std::fs::read(file)
        .map_err(|e| format!("{}: {}", file.display(), load::plain_io_error(&e)))?;
    let text = String::from_utf8_lossy(&bytes);
    let note =
        crate::notes::sheet::from_sheet(&text).map_err(|e| format!("{}: {e}", file.display()))?;
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
    Ok(ExitCode::SUCCESS)
}

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
