//! The arguments: every command, subcommand and flag, as clap parses them.

use super::*;

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

    /// Line by line, for screen readers and scripts: no screen drawing (psw-coach --plain alone is a plain rehearsal).
    // A PSW with a screen reader types this first; without it clap answered "unexpected argument
    // '--plain' found" with no word of where plain mode is. Global, so that after any command
    // (`psw-coach review --plain`) it is read too and answered in words rather than by clap. So
    // it is listed under every command's --help, and its line is true there too: "a plain
    // rehearsal" under `voice --help` read as what `voice --plain` does (walk 5, row 18).
    #[arg(long, global = true)]
    pub plain: bool,

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
    /// Spoken answers: which voice model is in use and how fast it runs, `voice add FILE`, and
    /// kept recordings (`voice transcribe`, `voice delete`).
    Voice(crate::voice::cli::VoiceArgs),
    /// Your evidence register: import, list, and check answers' figures against it.
    #[command(subcommand)]
    Evidence(super::evidence::EvidenceCommand),
}

#[derive(Debug, Args, Clone)]
pub struct PairArgs {
    #[arg(long, default_value = "mock", value_name = "PLAN", help = crate::drill::plan::PLAN_ARG_HELP)]
    pub plan: crate::drill::Plan,
    /// Pick the same questions every time with the same number (as `cards --seed` does).
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
}

#[derive(Debug, Args, Clone)]
pub struct CardsArgs {
    #[arg(long, default_value = "mock", value_name = "PLAN", help = crate::drill::plan::PLAN_ARG_HELP)]
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
    #[arg(long, default_value = "mock", value_name = "PLAN", help = crate::drill::plan::PLAN_ARG_HELP)]
    pub plan: crate::drill::Plan,
    /// Pick the same questions every time with the same number.
    #[arg(long, value_name = "N")]
    pub seed: Option<u64>,
    /// Type each answer. Without --written, --spoken or --record, the answer style set in
    /// Settings is used when you rehearse at a terminal (answers piped in are always typed).
    #[arg(long, conflicts_with_all = ["spoken", "record"])]
    pub written: bool,
    /// Answer aloud while the timer runs, then jot down the key points.
    #[arg(long)]
    pub spoken: bool,
    /// Record each spoken part and transcribe it on this computer (line by line: Enter stops the
    /// recording). Needs psw-coach built with voice and a voice model (`psw-coach voice`).
    #[arg(long)]
    pub record: bool,
    /// Up to N follow-ups for each focused question (others get at most one; 0 turns them off).
    /// The default is 2 in a mock interview and 1 otherwise.
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(0..=5))]
    pub probes: Option<u8>,
}

impl RehearseArgs {
    /// A mock interview with no option given, as `psw-coach --plain` is.
    pub fn mock() -> RehearseArgs {
        RehearseArgs {
            plan: crate::drill::Plan::Mock,
            seed: None,
            written: false,
            spoken: false,
            record: false,
            probes: None,
        }
    }

    /// The core options the shells take, so they never depend on this parser.
    pub fn options(&self) -> crate::drill::RehearseOptions {
        crate::drill::RehearseOptions {
            plan: self.plan.clone(),
            seed: self.seed,
            spoken: self.spoken,
            record: false,
            probes: self.probes.map(usize::from),
        }
    }

    /// Whether the answer style comes from Settings: no style flag was given and the PSW is at a
    /// terminal. Answers piped in by a script keep to typed answers, so a script never starts
    /// the microphone because of a setting made in the app.
    pub fn style_from_settings(&self, on_terminal: bool) -> bool {
        on_terminal && !(self.written || self.spoken || self.record)
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
        /// Judge `as_of` and `checked` dates as if today were this day (YYYY-MM-DD): a date over a
        /// year before it is a warning.
        #[arg(long, value_name = "DATE", value_parser = parse_day)]
        today: Option<chrono::NaiveDate>,
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
    #[arg(long, value_name = "SECONDS", value_parser = parse_target)]
    pub target: Option<u32>,
    /// How long the answer took to say, for a transcript of a spoken answer: adds the pace and the
    /// fillers a minute.
    #[arg(long, value_name = "SECONDS", value_parser = parse_spoken_seconds)]
    pub spoken_seconds: Option<u32>,
    /// A WAV recording of a spoken answer: transcribed on this computer, then read for delivery
    /// (pace, pauses, fillers) and content.
    #[arg(long, value_name = "FILE.wav", conflicts_with_all = ["file", "spoken_seconds"])]
    pub audio: Option<PathBuf>,
}

/// A day written YYYY-MM-DD, for `banks check --today`.
/// A number of seconds, 1 or more, with an example of the size the option takes: "--target 3"
/// offered three seconds as an answer's target, and `--spoken-seconds 0` was taken without a word
/// and the pace left out (walk 10).
fn seconds(text: &str, example: &str) -> Result<u32, String> {
    match text.trim().parse::<u32>() {
        Ok(0) => Err(format!(
            "takes a number of seconds, 1 or more, such as {example}, not \"{text}\"."
        )),
        Ok(n) => Ok(n),
        Err(_) => Err(format!(
            "takes a whole number, such as {example}, not \"{text}\"."
        )),
    }
}

fn parse_target(text: &str) -> Result<u32, String> {
    seconds(text, "--target 120 (seconds)")
}

fn parse_spoken_seconds(text: &str) -> Result<u32, String> {
    seconds(text, "--spoken-seconds 90")
}

fn parse_day(text: &str) -> Result<chrono::NaiveDate, String> {
    chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").map_err(|_| {
        format!("\"{text}\" is not a date; write it as YYYY-MM-DD, for example 2026-12-04")
    })
}
