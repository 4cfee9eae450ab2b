//! The lexicon file's layout: the sections a PSW may write in `lexicon.yaml`, and the bundled file.
//!
//! Kept apart from the matching so that `build.rs` can include it by path and turn the bundled
//! `lexicon.yaml` into Rust data at build time: no YAML is parsed at run time unless a PSW has written
//! their own file (issue 17).

use serde::{Deserialize, Deserializer};

/// The lexicon file as written. Every section may be left out, or left empty.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct LexiconFile {
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
pub struct DoneFile {
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
pub struct EvidenceFile {
    #[serde(deserialize_with = "null_is_default")]
    pub sources: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub figure_words: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub not_figures_after: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct HedgesFile {
    #[serde(deserialize_with = "null_is_default")]
    pub words: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub except: Vec<String>,
}

#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct ConfidentialFile {
    #[serde(deserialize_with = "null_is_default")]
    pub titles: Vec<String>,
    #[serde(deserialize_with = "null_is_default")]
    pub birth_cues: Vec<String>,
    /// Fictional and made-up names after a title ("Mr Bean"), never flagged.
    #[serde(deserialize_with = "null_is_default")]
    pub not_names: Vec<String>,
    /// Given names that, before a capitalised surname and with no title, name a person ("John Smith").
    #[serde(deserialize_with = "null_is_default")]
    pub given_names: Vec<String>,
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
    pub fn append(&mut self, other: LexiconFile) {
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
        self.confidential
            .given_names
            .extend(confidential.given_names);
    }

    /// Every entry with the section it sits in, for checking.
    pub fn entries(&self) -> Vec<(&'static str, &str)> {
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
        out.extend(
            self.confidential
                .given_names
                .iter()
                .map(|e| ("confidential.given_names", e.as_str())),
        );
        out
    }
}
