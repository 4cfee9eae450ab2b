//! The word lists an answer is read against, kept as data so a PSW can add their own local terms.

use super::words::PhraseSet;
use regex::Regex;
use serde::{Deserialize, Deserializer};
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

/// The lexicon file as written. Every section may be left out, or left empty.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct LexiconFile {
    #[serde(deserialize_with = "null_is_default")]
    pub done: DoneFile,
    #[serde(deserialize_with = "null_is_default")]
    pub difference: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub evidence: EvidenceFile,
    #[serde(deserialize_with = "null_is_default")]
    pub then: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub now: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub next: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub people: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub example: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub process: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub hedges: HedgesFile,
    #[serde(deserialize_with = "null_is_default")]
    pub glossary: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub confidential: ConfidentialFile,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct DoneFile {
    #[serde(deserialize_with = "null_is_default")]
    pub subjects: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub between: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub verbs: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub phrases: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct EvidenceFile {
    #[serde(deserialize_with = "null_is_default")]
    pub sources: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub figure_words: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub not_figures_after: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct HedgesFile {
    #[serde(deserialize_with = "null_is_default")]
    pub words: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub except: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub(crate) struct ConfidentialFile {
    #[serde(deserialize_with = "null_is_default")]
    pub titles: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub birth_cues: Vec<String>,
    /// Fictional and made-up names after a title ("Mr Bean"), never flagged.
    #[serde(deserialize_with = "null_is_default")]
    pub not_names: Vec<String>,
}

/// A section written as `then:` with nothing after it reads as null; treat it as an empty list, as a
/// person would expect.
fn null_is_default<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: Deserializer<'de>,
    T: Deserialize<'de> + Default,
{
    Ok(Option::<T>::deserialize(deserializer)?.unwrap_or_default())
}

impl LexiconFile {
    fn append(&mut self, other: LexiconFile) {
        let LexiconFile {
            done,
            difference,
            evidence,
            then,
            now,
            next,
            people,
            example,
            process,
            hedges,
            glossary,
            confidential,
        } = other;
        self.done.subjects.extend(done.subjects);
        self.done.between.extend(done.between);
        self.done.verbs.extend(done.verbs);
        self.done.phrases.extend(done.phrases);
        self.difference.extend(difference);
        self.evidence.sources.extend(evidence.sources);
        self.evidence.figure_words.extend(evidence.figure_words);
        self.evidence
            .not_figures_after
            .extend(evidence.not_figures_after);
        self.then.extend(then);
        self.now.extend(now);
        self.next.extend(next);
        self.people.extend(people);
        self.example.extend(example);
        self.process.extend(process);
        self.hedges.words.extend(hedges.words);
        self.hedges.except.extend(hedges.except);
        self.glossary.extend(glossary);
        self.confidential.titles.extend(confidential.titles);
        self.confidential.birth_cues.extend(confidential.birth_cues);
        self.confidential.not_names.extend(confidential.not_names);
    }

    /// Every entry with the section it sits in, for checking.
    fn entries(&self) -> Vec<(&'static str, &str)> {
        let lists: [(&'static str, &Vec<String>); 18] = [
            ("done.subjects", &self.done.subjects),
            ("done.between", &self.done.between),
            ("done.verbs", &self.done.verbs),
            ("done.phrases", &self.done.phrases),
            ("difference", &self.difference),
            ("evidence.sources", &self.evidence.sources),
            ("evidence.figure_words", &self.evidence.figure_words),
            (
                "evidence.not_figures_after",
                &self.evidence.not_figures_after,
            ),
            ("then", &self.then),
            ("now", &self.now),
            ("next", &self.next),
            ("people", &self.people),
            ("example", &self.example),
            ("process", &self.process),
            ("hedges.words", &self.hedges.words),
            ("hedges.except", &self.hedges.except),
            ("glossary", &self.glossary),
            ("confidential.titles", &self.confidential.titles),
        ];
        let mut out: Vec<(&'static str, &str)> = lists
            .iter()
            .flat_map(|(section, list)| list.iter().map(move |e| (*section, e.as_str())))
            .collect();
        out.extend(
            self.confidential
                .birth_cues
                .iter()
                .map(|e| ("confidential.birth_cues", e.as_str())),
        );
        out.extend(
            self.confidential
                .not_names
                .iter()
                .map(|e| ("confidential.not_names", e.as_str())),
        );
        out
    }
}

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
    pub titled_name: Option<Regex>,
    pub birth_cue: Option<PhraseSet>,
    pub birth_partial: Option<Regex>,
    /// Upper-cased, so "DoLS" and "DOLS" are both known.
    pub glossary: HashSet<String>,
    /// Lower-cased.
    pub not_figures_after: Vec<String>,
    /// Lower-cased, spaces single.
    pub not_names: HashSet<String>,
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

/// The bundled file, parsed on first use. A test proves it parses and compiles, so the empty
/// fallback is never seen in a release; it only keeps a broken edit from crashing the app.
static BUNDLED_FILE: LazyLock<LexiconFile> =
    LazyLock::new(|| crate::yaml::from_str::<LexiconFile>(BUNDLED_YAML).unwrap_or_default());

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
                tidy_yaml_message(&e.message)
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
            },
        }
    }

    fn build(file: LexiconFile) -> Result<Compiled, String> {
        // Every verb may be done again: "re-audited", "relaunched", "reintroduced".
        let mut verbs: Vec<String> = file.done.verbs.clone();
        verbs.extend(file.done.verbs.iter().map(|v| format!("re{}", v.trim())));
        // Titles in any case ("MRS PATEL", "mrs hollis"); the code checks that the name's case fits.
        let titles = alternation_exact(&file.confidential.titles);
        let titled_name = match titles {
            Some(titles) => Some(compile(&format!(
                r"(?i:{titles})\.?[ \t]+(?P<name>{NAME})(?:[ \t]+(?P<name2>{NAME}))?"
            ))?),
            None => None,
        };
        let birth_cue = PhraseSet::new(&file.confidential.birth_cues);
        let birth_partial = match alternation(&file.confidential.birth_cues) {
            Some(cues) => Some(compile(&format!(
                r"(?i)(?:{cues})[ \t:,-]{{0,3}}(?:(?:on|in)[ \t]+)?(?P<date>(?:(?:{MONTHS})[ \t]+)?(?:19|20)\d{{2}})(?-u:\b)",
                MONTHS = super::text::MONTHS
            ))?),
            None => None,
        };
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
        };
        Ok(Compiled { file, m })
    }
}

/// A word or an initial, as a name after a title is written; its case is checked in code. Letters
/// are Latin with accents ("Zoë", "Siân"): a class of every letter in Unicode is slow to compile.
const NAME: &str = r"(?:[A-Za-z]\.|[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’-]*)";

fn compile(pattern: &str) -> Result<Regex, String> {
    Regex::new(pattern).map_err(|e| match e {
        regex::Error::CompiledTooBig(_) => {
            "the word lists are too large to search quickly; remove some entries".to_string()
        }
        other => format!("could not use an entry: {other}"),
    })
}

/// The phrases as one alternation, longest first so that "people who draw on care" wins over "people"
/// at the same place (the regex engine takes the first alternative that matches).
fn alternation(list: &[String]) -> Option<String> {
    alternation_with(list, true)
}

/// [`alternation`], with or without the word boundary in front of each phrase (leave it off when the
/// caller puts a prefix in front).
fn alternation_with(list: &[String], leading_boundary: bool) -> Option<String> {
    let mut phrases: Vec<&str> = list
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    phrases.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    phrases.dedup_by(|a, b| a.eq_ignore_ascii_case(b));
    if phrases.is_empty() {
        return None;
    }
    Some(
        phrases
            .iter()
            .map(|p| phrase_pattern(p, leading_boundary))
            .collect::<Vec<_>>()
            .join("|"),
    )
}

/// Like [`alternation`] but with every character taken literally, for the case-sensitive titles.
fn alternation_exact(list: &[String]) -> Option<String> {
    let mut words: Vec<&str> = list
        .iter()
        .map(|p| p.trim())
        .filter(|p| !p.is_empty())
        .collect();
    words.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    words.dedup();
    if words.is_empty() {
        return None;
    }
    Some(
        words
            .iter()
            .map(|w| format!(r"(?-u:\b){}(?-u:\b)", regex::escape(w)))
            .collect::<Vec<_>>()
            .join("|"),
    )
}

/// One lexicon phrase as a regex. Word boundaries and wildcards are ASCII on purpose: Unicode boundaries
/// force the slow engine whenever an answer holds a curly quote, and a Unicode `\w*` after many stems
/// swells the lazy DFA until it thrashes (a 2,000-word answer went from under 1 ms to over 5 ms).
fn phrase_pattern(phrase: &str, leading_boundary: bool) -> String {
    let (any_start, core) = match phrase.strip_prefix('*') {
        Some(rest) => (true, rest),
        None => (false, phrase),
    };
    let (any_end, core) = match core.strip_suffix('*') {
        Some(rest) => (true, rest),
        None => (false, core),
    };
    let mut out = String::new();
    if any_start {
        out.push_str(r"(?-u:\b)[0-9A-Za-z_]+");
    } else if leading_boundary
        && core
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric())
    {
        out.push_str(r"(?-u:\b)");
    }
    let mut in_space = false;
    for c in core.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push_str(r"\s+");
            }
            in_space = true;
            continue;
        }
        in_space = false;
        match c {
            '\'' | '’' => out.push_str("['’]"),
            '-' => out.push_str(r"[-\s]?"),
            _ => out.push_str(&regex::escape(c.encode_utf8(&mut [0; 4]))),
        }
    }
    if any_end {
        out.push_str(r"[0-9A-Za-z_]*");
    } else if core
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphanumeric())
    {
        out.push_str(r"(?-u:\b)");
    }
    out
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
fn locate(text: &str, entry: &str) -> (usize, usize) {
    let needle = entry.trim();
    let found = if needle.is_empty() {
        text.lines()
            .position(|l| {
                let t = l.trim();
                t == "-" || t == "- ''" || t == "- \"\""
            })
            .map(|i| (i + 1, 1))
    } else {
        text.lines()
            .enumerate()
            .find_map(|(i, l)| l.find(needle).map(|b| (i + 1, l[..b].chars().count() + 1)))
    };
    found.unwrap_or((1, 1))
}

/// An empty file, or one holding only comments, adds nothing; the YAML reader would call it an error.
fn is_blank_yaml(text: &str) -> bool {
    text.lines().all(|l| {
        let t = l.trim();
        t.is_empty() || t.starts_with('#') || t == "---"
    })
}

/// The YAML reader repeats the place at the end of its message; the place is already at the front.
fn tidy_yaml_message(message: &str) -> String {
    match message.rfind(" at line ") {
        Some(i) if message[i..].contains(" column ") => message[..i].to_string(),
        _ => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn phrases_match_whole_words_with_either_apostrophe() {
        let r = Regex::new(&format!("(?i){}", phrase_pattern("we've", true))).expect("valid");
        assert!(r.is_match("We’ve set up"));
        assert!(r.is_match("we've"));
        let r = Regex::new(&format!("(?i){}", phrase_pattern("audit*", true))).expect("valid");
        assert_eq!(
            r.find("the audits showed").map(|m| m.as_str()),
            Some("audits")
        );
        let r = Regex::new(&format!("(?i){}", phrase_pattern("just", true))).expect("valid");
        assert!(!r.is_match("justice"));
        let r = Regex::new(&format!("(?i){}", phrase_pattern("co-produced", true))).expect("valid");
        assert!(r.is_match("we coproduced it"));
        assert!(r.is_match("we co produced it"));
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
        assert!(err.starts_with("mine.yaml:3:1: "), "{err}");

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
