//! The reader model (issue 17 item 5; docs/model.md): all-MiniLM-L6-v2 embeds each clause of the
//! answer, and one small classifier per finding reads the clauses' element-wise max and mean. Where
//! the classifier is sure (its probability above the head's `sure`, or below one less it) its yes/no
//! overrules the rules'; else the rules' stands. The quoted words stay the rules': the model changes a
//! yes/no, never a quote. People are a yes/no too ([`Reader::people`]): a sure "no" takes away the rules'
//! mentions, a sure "yes" stands without one (there is then nothing to quote).
//!
//! Built only with the cargo feature `model`, and used only when `PSW_COACH_MODEL` names a file made
//! by `scripts/reader-model`; with the variable unset or empty the rules alone read the answer, so
//! the same binary runs with and without it.

mod bert;
mod clauses;
mod mapped;
#[cfg(test)]
mod tests;
mod tokenizer;

use super::{Covers, ThenNowNext};
use serde::Deserialize;
use std::collections::{BTreeMap, VecDeque};
use std::path::Path;
use std::sync::{Mutex, OnceLock};

/// The variable naming the model file; unset or empty, the model is off.
pub const ENV: &str = "PSW_COACH_MODEL";

/// The classifiers, trained by scripts/model/train_heads.py on every labelled insight set.
const HEADS_JSON: &str = include_str!("model/heads.json");

/// The findings the model may overrule, in the order `Reader::probabilities` gives them.
pub const FINDINGS: [&str; 7] = [
    "done",
    "difference",
    "evidence",
    "then",
    "now",
    "next",
    "people",
];

/// Where people is in [`FINDINGS`].
const PEOPLE: usize = 6;

/// One probability per finding of [`FINDINGS`].
pub type Probabilities = [f32; FINDINGS.len()];

#[derive(Deserialize)]
struct HeadsFile {
    heads: BTreeMap<String, Head>,
    #[cfg_attr(not(test), allow(dead_code))]
    checks: Vec<Check>,
}

#[derive(Deserialize)]
struct Head {
    /// How sure the head must be to overrule the rules: above this, or below one less it. Chosen on
    /// held-out sets (scripts/model/decide.py): 0.85, and 0.95 for people.
    sure: f32,
    bias: f32,
    weights: Vec<f32>,
}

/// An answer and what the Python side made of it, for the tests to hold the Rust side to.
#[derive(Deserialize)]
#[cfg_attr(not(test), allow(dead_code))]
struct Check {
    text: String,
    clauses: Vec<String>,
    probabilities: BTreeMap<String, f32>,
}

pub struct Reader {
    bert: bert::Bert,
    heads: Vec<Head>,
    /// The answers read lately and what the heads made of them, newest last.
    recent: Mutex<VecDeque<(String, Probabilities)>>,
}

/// How many answers [`Reader::recent`] keeps.
const RECENT: usize = 8;

impl Reader {
    pub fn load(path: &Path) -> Result<Reader, String> {
        let bert = bert::Bert::from_bytes(mapped::Bytes::open(path)?)?;
        let mut file = heads_file()?;
        let mut heads = Vec::new();
        for name in FINDINGS {
            let head = file
                .heads
                .remove(name)
                .ok_or_else(|| format!("the built-in classifiers have no {name} finding"))?;
            if head.weights.len() != 2 * bert::HIDDEN {
                return Err(format!(
                    "the built-in {name} classifier does not fit the reader model"
                ));
            }
            heads.push(head);
        }
        Ok(Reader {
            bert,
            heads,
            recent: Mutex::new(VecDeque::new()),
        })
    }

    /// The element-wise max, then mean, of the clauses' embeddings.
    pub fn features(&self, text: &str) -> Vec<f32> {
        let embeddings = self.bert.embed(&clauses::clauses(text));
        let n = embeddings.len() as f32;
        let mut max = vec![f32::NEG_INFINITY; bert::HIDDEN];
        let mut mean = vec![0f32; bert::HIDDEN];
        for e in &embeddings {
            for j in 0..bert::HIDDEN {
                max[j] = max[j].max(e[j]);
                mean[j] += e[j] / n;
            }
        }
        max.extend(mean);
        max
    }

    /// How many tokens the model reads for this answer (every clause's, `[CLS]` and `[SEP]` included):
    /// what its cost grows with (examples/model_cost.rs).
    pub fn tokens(&self, text: &str) -> usize {
        clauses::clauses(text)
            .iter()
            .map(|c| self.bert.vocab.encode(c).len())
            .sum()
    }

    /// How likely each of [`FINDINGS`] is, by the model alone.
    pub fn probabilities(&self, text: &str) -> Probabilities {
        let x = self.features(text);
        let mut out = [0f32; FINDINGS.len()];
        for (p, head) in out.iter_mut().zip(&self.heads) {
            let z = head.bias + head.weights.iter().zip(&x).map(|(w, v)| w * v).sum::<f32>();
            *p = 1.0 / (1.0 + (-z).exp());
        }
        out
    }

    /// [`Reader::probabilities`], read once per answer: the TUI reads an answer on a worker thread
    /// before the key that moves on analyses it again (src/tui/screens/rehearse/reading.rs), and the
    /// rating step and the confidentiality check after it read the same answer.
    pub fn remembered(&self, text: &str) -> Probabilities {
        let known = |recent: &VecDeque<(String, Probabilities)>| {
            recent.iter().find(|(t, _)| t == text).map(|(_, p)| *p)
        };
        if let Some(p) = self.recent.lock().ok().and_then(|r| known(&r)) {
            return p;
        }
        let p = self.probabilities(text);
        if let Ok(mut recent) = self.recent.lock()
            && known(&recent).is_none()
        {
            if recent.len() == RECENT {
                recent.pop_front();
            }
            recent.push_back((text.to_string(), p));
        }
        p
    }

    /// The model's own yes/no on finding `i` where it is sure, else `None`.
    fn sure_of(&self, p: &Probabilities, i: usize) -> Option<bool> {
        let sure = self.heads[i].sure;
        if p[i] > sure {
            Some(true)
        } else if p[i] < 1.0 - sure {
            Some(false)
        } else {
            None
        }
    }

    /// The rules' findings, each replaced by the model's where the model is sure.
    pub fn overrule(&self, text: &str, covers: Covers, tnn: ThenNowNext) -> (Covers, ThenNowNext) {
        let p = self.remembered(text);
        let decide = |i: usize, rule: bool| self.sure_of(&p, i).unwrap_or(rule);
        (
            Covers {
                done: decide(0, covers.done),
                difference: decide(1, covers.difference),
                evidence: decide(2, covers.evidence),
            },
            ThenNowNext {
                then: decide(3, tnn.then),
                now: decide(4, tnn.now),
                next: decide(5, tnn.next),
            },
        )
    }

    /// Does the answer speak of people who draw on care, carers or families? The model's yes/no where
    /// it is sure, else `None` (the rules' mentions then decide).
    pub fn people(&self, text: &str) -> Option<bool> {
        self.sure_of(&self.remembered(text), PEOPLE)
    }
}

/// The classifiers built into psw-coach (heads.json; a test reads it, so a release cannot ship one
/// that fails to parse).
fn heads_file() -> Result<HeadsFile, String> {
    serde_json::from_str(HEADS_JSON)
        .map_err(|e| format!("the built-in classifiers cannot be read ({e})"))
}

/// The model named by `PSW_COACH_MODEL`, loaded once; `None` when the variable is unset or empty,
/// or when the file cannot be read (said once on standard error).
pub fn reader() -> Option<&'static Reader> {
    static READER: OnceLock<Option<Reader>> = OnceLock::new();
    READER
        .get_or_init(|| {
            let path = std::env::var_os(ENV).filter(|p| !p.is_empty())?;
            Reader::load(Path::new(&path))
                .inspect_err(|e| {
                    eprintln!("psw-coach: {ENV} is set but its reader model cannot be used ({e}); the rules alone read answers.");
                })
                .ok()
        })
        .as_ref()
}

/// The hook in the analysis: the rules' findings, overruled where the model is on and sure.
pub(crate) fn overrule(text: &str, covers: Covers, tnn: ThenNowNext) -> (Covers, ThenNowNext) {
    match reader() {
        Some(r) => r.overrule(text, covers, tnn),
        None => (covers, tnn),
    }
}

/// The hook for people: the model's yes/no where it is on and sure, else `None`.
pub(crate) fn people(text: &str) -> Option<bool> {
    reader().and_then(|r| r.people(text))
}
