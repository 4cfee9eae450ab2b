//! Finding every bank (bundled, the user's folder, `--bank` paths) and loading the good ones.

use super::check::{Problem, parse_bank};
use super::model::{Bank, Origin, Prompt, QualityStatement, Question, StatementNote};
use crate::paths::read_text_file;
use std::collections::HashMap;
use std::path::{Path, PathBuf};

/// The text of the banks built into the binary, for `banks check` and tests. Start-up never parses
/// it: see `bundled`.
pub const BUNDLED: &[(&str, &str)] = &[(
    "cqc-psw-adults.yaml",
    include_str!("../../question_banks/cqc-psw-adults.yaml"),
)];

/// The bundled banks as values: build.rs parses and checks each file in [`BUNDLED`] (a broken one
/// fails the build, with its `file:line:column` problems) and writes Rust that rebuilds the checked
/// bank without parsing, so start-up and every command skip about 6 ms of YAML.
mod bundled {
    // Used only when a bundled bank has warnings (it has none now).
    #[allow(unused_imports)]
    use super::super::check::Problem;
    // Used only when a bundled bank has notes on quality statements.
    #[allow(unused_imports)]
    use super::super::model::StatementNote;
    use super::super::model::{
        Bank, Dated, DatedItem, FollowUp, Gap, GapProbe, Kind, Origin, Prompt, QualityStatement,
        Question,
    };
    use chrono::NaiveDate;

    fn s(text: &str) -> String {
        text.to_string()
    }

    // The `expect` cannot fire on any file a PSW has: `d` is called only by the code build.rs
    // writes below, with the year, month and day of a date it had already read as a date, and
    // the bundled banks are built in (a user's bank is parsed, not rebuilt here).
    #[allow(clippy::expect_used)]
    fn d(year: i32, month: u32, day: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(year, month, day).expect("build.rs wrote a date it had checked")
    }

    fn v(list: &[&str]) -> Vec<String> {
        list.iter().map(|t| t.to_string()).collect()
    }

    include!(concat!(env!("OUT_DIR"), "/bundled_banks.rs"));
}

/// The bundled banks, checked when the binary was built, with their file names.
pub fn bundled_banks() -> Vec<(&'static str, Bank)> {
    bundled::banks()
}

/// The largest bank file read. The bundled bank of 180 questions is about 310 KB; a file many times
/// that size is a mistake (or `/dev/zero`), and reading it whole would fill the memory. The same
/// limit as every file the PSW gives psw-coach (`paths::MAX_TEXT_BYTES`).
pub const MAX_BANK_BYTES: u64 = crate::paths::MAX_TEXT_BYTES;

/// A bank that was not loaded, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SkippedBank {
    pub source: String,
    pub problems: Vec<Problem>,
}

impl SkippedBank {
    /// The one line the app shows about it. A problem in the skipped file itself is placed by line
    /// and column after the file's name, which is not said twice ("Skipped pipe.yaml:
    /// pipe.yaml:1:1: …" read as two files).
    pub fn summary(&self) -> String {
        let said = |p: &Problem| {
            if p.file == self.source {
                format!("line {}, column {}: {}", p.line, p.column, p.message)
            } else {
                p.to_string()
            }
        };
        match self.problems.first() {
            Some(first) if self.problems.len() > 1 => format!(
                "Skipped {}: {} (and {} more problems; run `psw-coach banks check` to see them all)",
                self.source,
                said(first),
                self.problems.len() - 1
            ),
            Some(first) => format!("Skipped {}: {}", self.source, said(first)),
            None => format!("Skipped {}", self.source),
        }
    }
}

/// Every bank that loaded, and those that were skipped.
#[derive(Debug, Clone, Default)]
pub struct Library {
    pub banks: Vec<Bank>,
    pub skipped: Vec<SkippedBank>,
}

impl Library {
    /// The bundled banks, then `<data dir>/banks/*.yaml`, then each `--bank` path, in that order.
    pub fn load(data_dir: Option<&Path>, extra: &[PathBuf]) -> Library {
        let mut library = Library::default();
        for (name, bank) in bundled::banks() {
            library.add_bank(&format!("question_banks/{name}"), bank);
        }
        if let Some(dir) = data_dir {
            let folder = dir.join("banks");
            if folder.is_dir() {
                library.add_path(&folder);
            }
        }
        for path in extra {
            library.add_path(path);
        }
        library
    }

    /// Loads a bank file, or every `.yaml`/`.yml` file in a folder (sorted by name).
    pub fn add_path(&mut self, path: &Path) {
        match bank_files(path) {
            Ok(files) => {
                for file in files {
                    self.add_file(&file);
                }
            }
            Err(problem) => self.skipped.push(SkippedBank {
                source: path.display().to_string(),
                problems: vec![problem],
            }),
        }
    }

    fn add_file(&mut self, path: &Path) {
        let name = path.display().to_string();
        match read_text_file(path, MAX_BANK_BYTES) {
            Ok(text) => self.add(&name, &text, Origin::File(path.to_path_buf())),
            Err(e) => {
                let why = match &e {
                    crate::paths::ReadError::Io(_) if broken_link(path) => {
                        "it is a link to a file that is not there (or that links back to \
                         itself)"
                            .to_string()
                    }
                    _ => e.plain(),
                };
                self.skipped.push(SkippedBank {
                    source: name.clone(),
                    problems: vec![Problem {
                        file: name,
                        line: e.line().max(1),
                        column: e.column().max(1),
                        message: format!("could not read the file: {why}"),
                    }],
                })
            }
        }
    }

    /// What `banks check` reports: the banks at `named`, each checked against every other bank
    /// that would load with it (bundled, the data folder's, `--bank`), so that check refuses what
    /// loading would skip, a clashing bank id or question id included. The bundled bank is left
    /// out only for its own source file (`question_banks/NAME`), which would otherwise clash with
    /// its built-in copy on every question.
    pub fn checked(data_dir: Option<&Path>, extra: &[PathBuf], named: &[PathBuf]) -> Library {
        let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
            (Ok(a), Ok(b)) => a == b,
            _ => a == b,
        };
        let named_files: Vec<PathBuf> = named
            .iter()
            .flat_map(|p| bank_files(p).unwrap_or_default())
            .collect();
        let mut library = Library::default();
        for (name, bank) in bundled::banks() {
            let own_source = named_files.iter().any(|f| {
                f.file_name().is_some_and(|n| n == name)
                    && f.parent()
                        .and_then(Path::file_name)
                        .is_some_and(|d| d == "question_banks")
            });
            if !own_source {
                library.add_bank(&format!("question_banks/{name}"), bank);
            }
        }
        let mut others: Vec<PathBuf> = Vec::new();
        if let Some(dir) = data_dir {
            others.extend(bank_files(&dir.join("banks")).unwrap_or_default());
        }
        others.extend(extra.iter().flat_map(|p| bank_files(p).unwrap_or_default()));
        for file in others {
            if !named_files.iter().any(|n| same(n, &file)) {
                library.add_file(&file);
            }
        }
        // Only the named banks are reported: the others have their own `banks check`.
        library.skipped.clear();
        let before = library.banks.len();
        for path in named {
            library.add_path(path);
        }
        library.banks.drain(..before);
        library
    }

    /// Checks one bank's text and adds it, unless it clashes with a bank already loaded.
    pub fn add(&mut self, name: &str, text: &str, origin: Origin) {
        let bank = match parse_bank(name, text, origin) {
            Ok(bank) => bank,
            Err(problems) => {
                self.skipped.push(SkippedBank {
                    source: name.to_string(),
                    problems,
                });
                return;
            }
        };
        self.add_bank(name, bank);
    }

    /// Adds a bank already checked, unless it clashes with a bank already loaded.
    fn add_bank(&mut self, name: &str, bank: Bank) {
        let problems = self.clashes(name, &bank);
        if problems.is_empty() {
            self.banks.push(bank);
        } else {
            self.skipped.push(SkippedBank {
                source: name.to_string(),
                problems,
            });
        }
    }

    fn clashes(&self, name: &str, bank: &Bank) -> Vec<Problem> {
        let mut problems = Vec::new();
        if let Some(other) = self.banks.iter().find(|b| b.id == bank.id) {
            problems.push(Problem {
                file: name.to_string(),
                line: 1,
                column: 1,
                message: format!(
                    "bank id `{}` is already used by {}: give this bank its own id",
                    bank.id, other.origin
                ),
            });
        }
        let known: HashMap<&str, (&Bank, &Question)> = self
            .banks
            .iter()
            .flat_map(|b| b.questions.iter().map(move |q| (q.id.as_str(), (b, q))))
            .collect();
        for q in &bank.questions {
            if let Some((other_bank, first)) = known.get(q.id.as_str()) {
                problems.push(Problem {
                    file: name.to_string(),
                    line: q.line,
                    column: q.column,
                    message: format!(
                        "duplicate question id `{}`: it is already used in {} at line {}",
                        q.id, other_bank.origin, first.line
                    ),
                });
            }
        }
        problems
    }

    pub fn questions(&self) -> impl Iterator<Item = &Question> {
        self.banks.iter().flat_map(|b| b.questions.iter())
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions().find(|q| q.id == id)
    }

    /// What good looks like for a quality statement: the first loaded bank that says.
    pub fn statement_note(&self, statement: QualityStatement) -> Option<&StatementNote> {
        self.banks.iter().find_map(|b| b.statement_note(statement))
    }

    /// Every quality statement's note that a loaded bank gives, in the framework's order.
    pub fn statement_notes(&self) -> Vec<StatementNote> {
        QualityStatement::ALL
            .into_iter()
            .filter_map(|s| self.statement_note(s).cloned())
            .collect()
    }

    pub fn bank(&self, id: &str) -> Option<&Bank> {
        self.banks.iter().find(|b| b.id == id)
    }

    /// The stages an answer to this question goes through: its own prompts, else its bank's for its
    /// kind, else its bank's defaults.
    pub fn prompts_for<'a>(&'a self, question: &'a Question) -> &'a [Prompt] {
        match self.bank(&question.bank) {
            Some(bank) => bank.prompts_for(question),
            None => question.prompts.as_deref().unwrap_or(&[]),
        }
    }
}

/// The bank files a `--bank` path names, or why it names none.
pub fn bank_files(path: &Path) -> Result<Vec<PathBuf>, Problem> {
    let problem = |message: String| Problem {
        file: path.display().to_string(),
        line: 1,
        column: 1,
        message,
    };
    if path.is_dir() {
        let entries = std::fs::read_dir(path)
            .map_err(|e| problem(format!("could not read the folder: {}", plain_io_error(&e))))?;
        // Every `.yaml` entry but a folder is listed, so that one which cannot be read (a pipe, a
        // link to a device, a link to nothing) is reported as skipped rather than passed over
        // without a word.
        let mut files: Vec<PathBuf> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| {
                !p.is_dir()
                    && matches!(
                        p.extension().and_then(|e| e.to_str()),
                        Some("yaml") | Some("yml")
                    )
            })
            .collect();
        files.sort();
        Ok(files)
    } else if path.exists() {
        Ok(vec![path.to_path_buf()])
    } else if broken_link(path) {
        Err(problem(
            "this is a link to a file that is not there (or that links back to itself)".to_string(),
        ))
    } else {
        Err(problem("there is no file or folder here".to_string()))
    }
}

/// A symbolic link whose target cannot be reached: missing, or a loop of links.
fn broken_link(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.file_type().is_symlink())
        && std::fs::metadata(path).is_err()
}

/// An I/O error in words a PSW can act on.
pub fn plain_io_error(e: &std::io::Error) -> String {
    use std::io::ErrorKind::*;
    match e.kind() {
        NotFound => "it does not exist".to_string(),
        PermissionDenied => "permission denied (you may not be allowed to read it)".to_string(),
        InvalidData => "it is not plain text (UTF-8)".to_string(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bank::check::parse_bank;

    /// Walk 8: `--bank pipe` said "Skipped /tmp/pipe: /tmp/pipe:1:1: could not read the file…".
    #[test]
    fn a_skipped_files_name_is_said_once() {
        let dir = tempfile::tempdir().unwrap();
        let bank = dir.path().join("mine.yaml");
        std::fs::write(&bank, "id: mine\n\ttitle: x\n").unwrap();
        let mut library = Library::default();
        library.add_path(&bank);
        let summary = library.skipped[0].summary();
        let name = bank.display().to_string();
        assert_eq!(summary.matches(&name).count(), 1, "{summary}");
        assert!(
            summary.starts_with(&format!("Skipped {name}: line 2, column 1: a tab")),
            "{summary}"
        );
    }

    #[test]
    fn the_compiled_in_banks_are_the_bundled_files_as_checked() {
        let compiled = bundled_banks();
        assert_eq!(compiled.len(), BUNDLED.len());
        for ((name, bank), (file, text)) in compiled.into_iter().zip(BUNDLED) {
            assert_eq!(name, *file);
            let parsed = parse_bank(
                &format!("question_banks/{name}"),
                text,
                Origin::Bundled(file),
            )
            .expect("the bundled bank checks clean");
            // `==` compares every field, the questions' positions included.
            assert_eq!(
                bank, parsed,
                "build.rs wrote {name} differently from the file"
            );
        }
    }
}
