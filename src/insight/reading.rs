//! One answer read once: its words, clauses, sentences, evidence markers and identifying details,
//! which every finding of the analysis looks at, and the one test they all share: is a place claimed?

use super::claims::not_claimed;
use super::clause::{self, Clause};
use super::confidential;
use super::evidence::{self, Marker};
use super::lexicon::{Lexicon, Matchers};
use super::report::ConfidentialKind;
use super::text::Sentences;
use super::words::{self, Token};
use std::cell::OnceCell;
use std::ops::Range;

/// The answer as every finder reads it.
pub(super) struct Reading<'a> {
    pub text: &'a str,
    pub m: &'a Matchers,
    pub toks: Vec<Token>,
    pub clauses: Vec<Clause>,
    pub sentences: Sentences,
    pub markers: Vec<Marker>,
    /// Identifying details, in text order.
    pub confidential: Vec<(ConfidentialKind, Range<usize>)>,
    /// Where the identifying details are: never read as evidence or a figure.
    pub private: Vec<Range<usize>>,
    /// Names with a title, and whether each is anonymised (an initial alone).
    pub titled: Vec<(Range<usize>, bool)>,
    /// The year the answer is read in, fixed by tests.
    pub this_year: i32,
    /// Whether the answer is notes of three lines or more, one of which says the outcome was not
    /// measured: worked out once, on first asking, because every figure asks it and reading the
    /// whole answer for each made long answers quadratic.
    pub unmeasured_notes: OnceCell<bool>,
}

impl<'a> Reading<'a> {
    pub fn new(lexicon: &'a Lexicon, text: &'a str, this_year: i32) -> Reading<'a> {
        let toks = words::tokens(text);
        let clauses = clause::read(text, &toks);
        let confidential = confidential::scan(lexicon, text, this_year);
        let titled = confidential::titled_names_all(lexicon, text);
        let private: Vec<Range<usize>> = confidential.iter().map(|(_, r)| r.clone()).collect();
        let markers = evidence::scan(lexicon, text, &toks, &private);
        Reading {
            text,
            m: lexicon.m(),
            sentences: Sentences::new(text),
            toks,
            clauses,
            markers,
            confidential,
            private,
            titled,
            this_year,
            unmeasured_notes: OnceCell::new(),
        }
    }

    /// A clause that denies, plans, hopes, hedges or supposes claims nothing (issue 17).
    pub fn unclaimed(&self, r: &Range<usize>) -> bool {
        let found = clause::at(&self.clauses, r.start);
        not_claimed(self.text, r, found.map_or(0, |c| c.bytes.start))
            || found.is_some_and(|c| !c.stance.claims())
    }
}
