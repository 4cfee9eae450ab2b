//! The word lists an answer is read against, kept as data so a PSW can add their own local terms.

pub(crate) use super::lexicon_file::LexiconFile;
use super::lexicon_file::{ConfidentialFile, DoneFile, EvidenceFile, HedgesFile};
use super::titled::{BirthCues, Titles};
use super::words::PhraseSet;
use std::collections::HashSet;
use std::path::Path;
use std::sync::{Arc, LazyLock, OnceLock};

/// The bundled lexicon, shipped inside the binary so analysis works from any folder.
pub const BUNDLED_YAML: &str = include_str!("lexicon.yaml");

/// The name of the user's own lexicon in the data folder.
pub const USER_FILE: &str = "lexicon.yaml";

/// The largest user lexicon read: the bundled one is 16 KB, so 1 MB is many times anything typed.
pub const MAX_USER_LEXICON_BYTES: u64 = 1024 * 1024;

/// Longer entries are almost certainly a pasted paragraph, not a phrase, and would slow every analysis.
const MAX_ENTRY_CHARS: usize = 80;

/// The compiled form of the lists: a phrase set per list (see [`super::words`]), built in
/// microseconds, and the three small patterns the identifying-details check needs.
#[derive(Debug, Clone)]
pub(crate) struct Matchers {
    /// Who acts ("I", "we", "my team"), the short words that may follow ("have now"), and the action
    /// verbs; each verb also with "re" in front ("re-audited", "relaunched").
    pub done_subjects: Option<PhraseSet>,
    pub done_between: Option<PhraseSet>,
    pub done_verbs: Option<PhraseSet>,
    pub done_phrases: Option<PhraseSet>,
    pub difference: Option<PhraseSet>,
    pub sources: Option<PhraseSet>,
    pub figure_words: Option<PhraseSet>,
    pub then: Option<PhraseSet>,
    pub now: Option<PhraseSet>,
    pub next: Option<PhraseSet>,
    pub people: Option<PhraseSet>,
    pub example: Option<PhraseSet>,
    pub process: Option<PhraseSet>,
    pub hedges: Option<PhraseSet>,
    pub hedge_except: Option<PhraseSet>,
    pub titled_name: Option<Titles>,
    pub birth_cue: Option<PhraseSet>,
    pub birth_partial: Option<BirthCues>,
    /// Upper-cased, so "DoLS" and "DOLS" are both known.
    pub glossary: HashSet<String>,
    /// Lower-cased.
    pub not_figures_after: Vec<String>,
    /// Lower-cased, spaces single.
    pub not_names: HashSet<String>,
    /// Lower-cased given names, for a full name with no title ("John Smith").
    pub given_names: HashSet<String>,
}

/// The lists compiled: one regex per list, so each is a single pass over the answer.
#[derive(Debug)]
pub(crate) struct Compiled {
    file: LexiconFile,
    pub(crate) m: Matchers,
}

/// The words an answer is read against: the bundled lists plus any the user added.
///
/// Making one is cheap: the lists are parsed and their patterns compiled once, on the first
/// analysis, never at start-up before the first frame is drawn. The bundled lists are compiled once
/// per process and shared; a user's additions are compiled with them once per `Lexicon` (clones
/// share the result).
#[derive(Debug, Clone)]
pub struct Lexicon {
    /// The user's additions, parsed and checked.
    added: Option<Arc<LexiconFile>>,
    compiled: Arc<OnceLock<Arc<Compiled>>>,
}

// `bundled_file()`: the bundled lexicon turned into Rust by `build.rs` (build/lexicon.rs), so that
// no YAML is parsed at run time unless a PSW has written their own file.
include!(concat!(env!("OUT_DIR"), "/bundled_lexicon.rs"));

/// The bundled file, built on first use.
static BUNDLED_FILE: LazyLock<LexiconFile> = LazyLock::new(bundled_file);

static BUNDLED: LazyLock<Arc<Compiled>> = LazyLock::new(|| {
    Arc::new(Compiled::build(BUNDLED_FILE.clone()).unwrap_or_else(|_| Compiled::empty()))
});

impl Lexicon {
    /// The lexicon bundled in the binary (`src/insight/lexicon.yaml`).
    pub fn bundled() -> Lexicon {
        Lexicon {
            added: None,
            compiled: Arc::new(OnceLock::new()),
        }
    }

    /// The compiled lists, compiled now if this is the first use.
    fn compiled(&self) -> &Compiled {
        match &self.added {
            None => &BUNDLED,
            Some(added) => self.compiled.get_or_init(|| {
                let mut file = BUNDLED_FILE.clone();
                file.append((**added).clone());
                // The user's entries were checked when they were read; a list too large to
                // compile falls back to the bundled lists rather than failing an analysis.
                Compiled::build(file)
                    .map(Arc::new)
                    .unwrap_or_else(|_| BUNDLED.clone())
            }),
        }
    }

    pub(crate) fn m(&self) -> &Matchers {
        &self.compiled().m
    }

    /// Compiles the lists now (they are otherwise compiled on the first analysis), for callers that
    /// want the cost paid at a moment of their choosing, such as after the first frame.
    pub fn warm_up(&self) {
        let _ = self.compiled();
    }

    /// [`Lexicon::warm_up`] on a background thread, so the first analysis need not wait for the
    /// lists to compile: call it once the first frame is drawn. Clones share the result.
    pub fn warm_up_in_background(&self) {
        let lexicon = self.clone();
        let _ = std::thread::Builder::new()
            .name("lexicon".to_string())
            .spawn(move || lexicon.warm_up());
    }

    /// Adds a user's lists (same shape as the bundled file) to this lexicon. On error the lexicon is
    /// unchanged and the message reads `name:line:col: message`.
    pub fn extend_from_yaml(&mut self, name: &str, text: &str) -> Result<(), String> {
        if is_blank_yaml(text) {
            return Ok(());
        }
        let added: LexiconFile = crate::yaml::from_str(text).map_err(|e| {
            format!(
                "{name}:{}:{}: {}",
                e.pos.line,
                e.pos.column,
                tidy_yaml_message(&e.message, e.pos.line, e.pos.column)
            )
        })?;
        for (section, entry) in added.entries() {
            if let Some(problem) = entry_problem(section, entry) {
                let (line, column) = locate(text, entry);
                return Err(format!("{name}:{line}:{column}: {problem}"));
            }
        }
        let mut all = self.added.as_deref().cloned().unwrap_or_default();
        all.append(added);
        self.added = Some(Arc::new(all));
        self.compiled = Arc::new(OnceLock::new());
        Ok(())
    }

    /// The bundled lexicon plus `<data_dir>/lexicon.yaml` when there is one. The second value is a
    /// one-line warning when the user's file could not be used; the bundled lists are used then.
    pub fn load(data_dir: Option<&Path>) -> (Lexicon, Option<String>) {
        let mut lexicon = Lexicon::bundled();
        let Some(dir) = data_dir else {
            return (lexicon, None);
        };
        let path = dir.join(USER_FILE);
        // Through the one reading helper: a lexicon that is a pipe hung `analyse`, plain mode
        // and the app's start, and one linked to /dev/zero read until memory ran out.
        let text = match crate::paths::read_text_file(&path, MAX_USER_LEXICON_BYTES) {
            Ok(text) => text,
            Err(crate::paths::ReadError::Io(e)) if e.kind() == std::io::ErrorKind::NotFound => {
                return (lexicon, None);
            }
            Err(e) => {
                return (
                    lexicon,
                    Some(format!(
                        "Your lexicon {} was not used: {}; using the built-in word lists.",
                        path.display(),
                        e.plain()
                    )),
                );
            }
        };
        match lexicon.extend_from_yaml(&path.display().to_string(), &text) {
            Ok(()) => (lexicon, None),
            Err(message) => (
                lexicon,
                Some(format!(
                    "Your lexicon was not used: {message} (using the built-in word lists)."
                )),
            ),
        }
    }

    /// Known acronyms, as written in the lexicon.
    pub fn glossary(&self) -> &[String] {
        &self.compiled().file.glossary
    }

    pub(crate) fn knows_acronym(&self, acronym: &str) -> bool {
        self.m().glossary.contains(&acronym.to_uppercase())
    }
}

impl Compiled {
    fn empty() -> Compiled {
        Compiled {
            file: LexiconFile::default(),
            m: Matchers {
                done_subjects: None,
                done_between: None,
                done_verbs: None,
                done_phrases: None,
                difference: None,
                sources: None,
                figure_words: None,
                then: None,
                now: None,
                next: None,
                people: None,
                example: None,
                process: None,
                hedges: None,
                hedge_except: None,
                titled_name: None,
                birth_cue: None,
                birth_partial: None,
                glossary: HashSet::new(),
                not_figures_after: Vec::new(),
                not_names: HashSet::new(),
                given_names: HashSet::new(),
            },
        }
    }

    fn build(file: LexiconFile) -> Result<Compiled, String> {
        // Every verb may be done again: "re-audited", "relaunched", "reintroduced".
        let mut verbs: Vec<String> = file.done.verbs.clone();
        verbs.extend(file.done.verbs.iter().map(|v| format!("re{}", v.trim())));
        // Titles in any case ("MRS PATEL", "mrs hollis"); the code checks that the name's case fits.
        let titled_name = Titles::new(&file.confidential.titles);
        let birth_cue = PhraseSet::new(&file.confidential.birth_cues);
        let birth_partial = BirthCues::new(&file.confidential.birth_cues);
        let m = Matchers {
            done_subjects: PhraseSet::new(&file.done.subjects),
            done_between: PhraseSet::new(&file.done.between),
            done_verbs: PhraseSet::new(&verbs),
            done_phrases: PhraseSet::new(&file.done.phrases),
            difference: PhraseSet::new(&file.difference),
            sources: PhraseSet::new(&file.evidence.sources),
            figure_words: PhraseSet::new(&file.evidence.figure_words),
            then: PhraseSet::new(&file.then),
            now: PhraseSet::new(&file.now),
            next: PhraseSet::new(&file.next),
            people: PhraseSet::new(&file.people),
            example: PhraseSet::new(&file.example),
            process: PhraseSet::new(&file.process),
            hedges: PhraseSet::new(&file.hedges.words),
            hedge_except: PhraseSet::new(&file.hedges.except),
            titled_name,
            birth_cue,
            birth_partial,
            glossary: file
                .glossary
                .iter()
                .map(|g| g.trim().to_uppercase())
                .collect(),
            not_figures_after: file
                .evidence
                .not_figures_after
                .iter()
                .map(|w| w.trim().to_lowercase())
                .filter(|w| !w.is_empty())
                .collect(),
            not_names: file
                .confidential
                .not_names
                .iter()
                .map(|n| {
                    n.split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" ")
                        .to_lowercase()
                })
                .collect(),
            given_names: file
                .confidential
                .given_names
                .iter()
                .map(|n| n.trim().to_lowercase())
                .filter(|n| !n.is_empty())
                .collect(),
        };
        Ok(Compiled { file, m })
    }
}

fn entry_problem(section: &str, entry: &str) -> Option<String> {
    let trimmed = entry.trim();
    if trimmed.is_empty() {
        return Some(format!("an entry in `{section}` is empty"));
    }
    if trimmed.chars().count() > MAX_ENTRY_CHARS {
        return Some(format!(
            "the entry in `{section}` starting \"{}\" is longer than {MAX_ENTRY_CHARS} characters; \
             entries are words or short phrases",
            trimmed.chars().take(20).collect::<String>()
        ));
    }
    if !trimmed.chars().any(char::is_alphanumeric) {
        return Some(format!(
            "the entry \"{trimmed}\" in `{section}` has no letters or digits"
        ));
    }
    None
}

/// Where an entry is written, for messages; the YAML reader does not give places for list items.
/// A list item ("- word", quoted or not) whose value is the entry is looked for first, then the
/// entry in a flow list ("[a, b]"); comments are never searched, so "# my hedges: !!" does not stand
/// in for the item "!!" below it.
fn locate(text: &str, entry: &str) -> (usize, usize) {
    let needle = entry.trim();
    let unquote = |v: &str| {
        let v = v.trim();
        let quoted = v.len() >= 2
            && ((v.starts_with('\'') && v.ends_with('\''))
                || (v.starts_with('"') && v.ends_with('"')));
        if quoted {
            v[1..v.len() - 1].trim().to_string()
        } else {
            v.to_string()
        }
    };
    let code = |l: &str| -> usize {
        if l.trim_start().starts_with('#') {
            0
        } else {
            l.find(" #").unwrap_or(l.len())
        }
    };
    let item = text.lines().enumerate().find_map(|(i, l)| {
        let l = &l[..code(l)];
        let dash = l.len() - l.trim_start().len();
        let rest = l[dash..].strip_prefix('-')?;
        if !(rest.is_empty() || rest.starts_with(' ')) || unquote(rest) != needle {
            return None;
        }
        // The value's own column, or the dash's when the item is empty.
        let value = rest.len() - rest.trim_start().len();
        let column = if rest.trim().is_empty() {
            dash + 1
        } else {
            dash + 1 + value + 1
        };
        Some((i + 1, l[..column.min(l.len() + 1) - 1].chars().count() + 1))
    });
    let in_flow = || {
        (!needle.is_empty())
            .then(|| {
                text.lines().enumerate().find_map(|(i, l)| {
                    let l = &l[..code(l)];
                    l.find(needle).map(|b| (i + 1, l[..b].chars().count() + 1))
                })
            })
            .flatten()
    };
    item.or_else(in_flow).unwrap_or((1, 1))
}

/// An empty file, or one holding only comments, adds nothing; the YAML reader would call it an error.
fn is_blank_yaml(text: &str) -> bool {
    text.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---"
    })
}

/// The YAML reader repeats the place of the error in its message, and that place is already at the
/// front; any other place it names is kept, in its own words: "found unexpected end of stream, while
/// scanning a quoted scalar at line 2 column 5" says where the open quote is.
fn tidy_yaml_message(message: &str, line: usize, column: usize) -> String {
    let place = format!(" at line {line} column {column}");
    match message.find(&place) {
        Some(i) => format!("{}{}", &message[..i], &message[i + place.len()..]),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The lists built into the binary by build.rs are the bundled file's, read as a PSW's file is.
    #[test]
    fn the_built_in_lists_are_the_bundled_file() {
        let read: LexiconFile =
            crate::yaml::from_str(BUNDLED_YAML).expect("bundled lexicon parses");
        assert_eq!(format!("{:?}", bundled_file()), format!("{read:?}"));
        assert!(!bundled_file().glossary.is_empty());
    }

    #[test]
    fn bundled_lexicon_parses_and_compiles() {
        let file: LexiconFile =
            crate::yaml::from_str(BUNDLED_YAML).expect("bundled lexicon parses");
        for (section, entry) in file.entries() {
            assert_eq!(entry_problem(section, entry), None);
        }
        let lexicon = Compiled::build(file).expect("bundled lexicon compiles");
        let m = &lexicon.m;
        for (name, r) in [
            ("done_subjects", &m.done_subjects),
            ("done_between", &m.done_between),
            ("done_verbs", &m.done_verbs),
            ("done_phrases", &m.done_phrases),
            ("difference", &m.difference),
            ("sources", &m.sources),
            ("figure_words", &m.figure_words),
            ("then", &m.then),
            ("now", &m.now),
            ("next", &m.next),
            ("people", &m.people),
            ("example", &m.example),
            ("process", &m.process),
            ("hedges", &m.hedges),
            ("hedge_except", &m.hedge_except),
            ("birth_cue", &m.birth_cue),
        ] {
            assert!(r.is_some(), "{name} is empty in the bundled lexicon");
        }
        assert!(m.titled_name.is_some() && m.birth_partial.is_some());
        assert!(lexicon.m.glossary.contains("CQC"));
        assert!(Lexicon::bundled().knows_acronym("DOLS"));
        assert!(Lexicon::bundled().knows_acronym("ASYE"));
    }

    #[test]
    fn user_lists_are_added() {
        let mut lexicon = Lexicon::bundled();
        assert!(!lexicon.knows_acronym("MARP"));
        lexicon
            .extend_from_yaml(
                "mine.yaml",
                "glossary: [MARP]\nevidence:\n  sources:\n    - practice week\n",
            )
            .expect("valid user lexicon");
        assert!(lexicon.knows_acronym("MARP"));
        assert!(lexicon.knows_acronym("CQC"), "bundled entries stay");
        let sources = lexicon.m().sources.as_ref().expect("sources");
        assert!(sources.is_match(&super::super::words::tokens("our Practice Week showed")));
    }

    #[test]
    fn empty_and_comment_only_files_add_nothing() {
        let mut lexicon = Lexicon::bundled();
        assert_eq!(lexicon.extend_from_yaml("a.yaml", ""), Ok(()));
        assert_eq!(
            lexicon.extend_from_yaml("a.yaml", "# nothing yet\n"),
            Ok(())
        );
        assert_eq!(
            lexicon.extend_from_yaml("a.yaml", "then:\nglossary:\n"),
            Ok(())
        );
    }

    #[test]
    fn errors_name_the_file_line_and_column() {
        let mut lexicon = Lexicon::bundled();
        let err = lexicon
            .extend_from_yaml("mine.yaml", "glossary: [MARP]\nhedgez:\n  - honestly\n")
            .expect_err("unknown section");
        assert!(err.starts_with("mine.yaml:2:1: "), "{err}");
        assert!(err.contains("hedgez"), "{err}");
        assert!(!err.contains(" at line "), "{err}");

        let err = lexicon
            .extend_from_yaml("mine.yaml", "glossary:\n  - MARP\n  - ''\n")
            .expect_err("empty entry");
        assert!(err.starts_with("mine.yaml:3:5: "), "{err}");

        let err = lexicon
            .extend_from_yaml("mine.yaml", "people: [carers\n")
            .expect_err("broken YAML");
        assert!(err.starts_with("mine.yaml:"), "{err}");
        assert!(
            !lexicon.knows_acronym("MARP"),
            "a failed extension changes nothing"
        );
    }

    #[test]
    fn errors_point_at_the_entry_itself_and_keep_the_readers_other_places() {
        let mut lexicon = Lexicon::bundled();
        // A bad entry is found on its own line, not in a comment or in the dash of another item.
        for (text, place) in [
            (
                "# my own hedges: !!\nhedges:\n  words:\n    - \"!!\"\n",
                "mine.yaml:4:7: ",
            ),
            ("glossary:\n  - MARP\n  - \"-\"\n", "mine.yaml:3:5: "),
            ("glossary:\n  - MARP\n  -\n", "mine.yaml:3:3: "),
            ("glossary: [MARP, \"?\"]\n", "mine.yaml:1:19: "),
        ] {
            let err = lexicon.extend_from_yaml("mine.yaml", text).expect_err(text);
            assert!(err.starts_with(place), "{text}: {err}");
        }
        // An open quote or bracket: the place where the reader gave up is at the front, and where
        // the quote or bracket opened is kept in the reader's words, said once each.
        let err = lexicon
            .extend_from_yaml("mine.yaml", "next:\n  - \"unfinished\n")
            .expect_err("open quote");
        assert!(err.starts_with("mine.yaml:3:1: "), "{err}");
        assert!(err.contains("quoted scalar at line 2 column 5"), "{err}");
        assert!(!err.contains("at line 3 column 1"), "{err}");
        let err = lexicon
            .extend_from_yaml("mine.yaml", "people: [carers\n")
            .expect_err("open bracket");
        assert!(err.contains("flow sequence at line 1 column 9"), "{err}");
        assert!(!err.contains("at line 2 column 1"), "{err}");
    }

    #[test]
    fn load_uses_the_users_file_and_warns_when_it_is_broken() {
        let dir = tempfile::tempdir().expect("temp dir");
        let (lexicon, warning) = Lexicon::load(Some(dir.path()));
        assert_eq!(warning, None);
        assert!(!lexicon.knows_acronym("MARP"));

        std::fs::write(dir.path().join(USER_FILE), "glossary: [MARP]\n").expect("write");
        let (lexicon, warning) = Lexicon::load(Some(dir.path()));
        assert_eq!(warning, None);
        assert!(lexicon.knows_acronym("MARP"));

        std::fs::write(dir.path().join(USER_FILE), "glossary: MARP: x\n").expect("write");
        let (lexicon, warning) = Lexicon::load(Some(dir.path()));
        let warning = warning.expect("a warning");
        assert!(!warning.contains('\n'), "one line: {warning}");
        assert!(warning.contains("lexicon.yaml:1:"), "{warning}");
        assert!(lexicon.knows_acronym("CQC"), "bundled lists still used");

        let (lexicon, warning) = Lexicon::load(None);
        assert_eq!(warning, None);
        assert!(lexicon.knows_acronym("CQC"));
    }
}
