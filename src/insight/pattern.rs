//! Searching with the patterns compiled at build time (see [`super::pattern_src`] and
//! `build/patterns.rs`): each is a pair of dense DFAs in the binary, read in place on first use (a
//! check of the tables, no compiling), so a short `analyse` pays microseconds, not milliseconds.

use regex_automata::Input;
use regex_automata::dfa::{dense::DFA, regex::Regex};
use std::ops::Range;
use std::sync::OnceLock;

/// Bytes aligned as the DFA tables need (4 bytes).
#[repr(C)]
pub(crate) struct Aligned<B: ?Sized> {
    pub _align: [u32; 0],
    pub bytes: B,
}

type Tables = Regex<DFA<&'static [u32]>>;

/// One pattern: its forward and reverse DFAs as written by `build.rs`.
pub(crate) struct Pattern {
    name: &'static str,
    forward: &'static Aligned<[u8]>,
    reverse: &'static Aligned<[u8]>,
    regex: OnceLock<Option<Tables>>,
}

impl Pattern {
    pub(crate) const fn new(
        name: &'static str,
        forward: &'static Aligned<[u8]>,
        reverse: &'static Aligned<[u8]>,
    ) -> Pattern {
        Pattern {
            name,
            forward,
            reverse,
            regex: OnceLock::new(),
        }
    }

    /// The tables, read in place on first use, without checking every transition: the check cost
    /// about 19 M instructions, four fifths of a short `analyse` (issue 17). A test reads every table
    /// with the full check ([`Pattern::checked`]).
    fn regex(&self) -> Option<&Tables> {
        self.regex
            .get_or_init(|| {
                // SAFETY: the bytes were written by `build.rs` (build/patterns.rs) in this same
                // build, with `DFA::to_bytes_*_endian` of the regex-automata the lock file pins for
                // both build.rs and the crate, in the target's byte order, and are included
                // unchanged and 4-byte aligned (`Aligned`). They are valid serialised DFAs, which
                // is what `from_bytes_unchecked` requires; `every_table_passes_the_full_check`
                // reads each one with the checked `from_bytes`.
                let (forward, _) =
                    unsafe { DFA::from_bytes_unchecked(&self.forward.bytes) }.ok()?;
                // SAFETY: as above.
                let (reverse, _) =
                    unsafe { DFA::from_bytes_unchecked(&self.reverse.bytes) }.ok()?;
                Some(Regex::builder().build_from_dfas(forward, reverse))
            })
            .as_ref()
    }

    /// Both tables read with every transition checked.
    #[cfg(test)]
    fn checked(&self) -> Result<(), regex_automata::util::wire::DeserializeError> {
        DFA::from_bytes(&self.forward.bytes)?;
        DFA::from_bytes(&self.reverse.bytes)?;
        Ok(())
    }

    /// The first match at or after `at`, leftmost-first as the `regex` crate finds it.
    fn find_from(&self, text: &str, at: usize) -> Option<Range<usize>> {
        let regex = self.regex()?;
        let input = Input::new(text).range(at..);
        regex.try_search(&input).ok().flatten().map(|m| m.range())
    }

    /// The first match.
    pub(crate) fn find(&self, text: &str) -> Option<Range<usize>> {
        self.find_from(text, 0)
    }

    pub(crate) fn is_match(&self, text: &str) -> bool {
        self.find(text).is_some()
    }

    /// True when the pattern matches the whole of `text`, as its first match.
    pub(crate) fn is_whole(&self, text: &str) -> bool {
        self.find(text) == Some(0..text.len())
    }

    /// Every match, left to right, none overlapping.
    pub(crate) fn find_iter<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = Range<usize>> + 't {
        let mut at = 0;
        std::iter::from_fn(move || {
            if at > text.len() {
                return None;
            }
            let found = self.find_from(text, at)?;
            // No pattern here matches the empty string; were one to, step past it.
            at = if found.is_empty() {
                let mut next = found.end + 1;
                while next < text.len() && !text.is_char_boundary(next) {
                    next += 1;
                }
                next
            } else {
                found.end
            };
            Some(found)
        })
    }

    #[cfg(test)]
    pub(crate) fn name(&self) -> &'static str {
        self.name
    }
}

impl std::fmt::Debug for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_tuple("Pattern").field(&self.name).finish()
    }
}

// The statics, one per pattern in `pattern_src.rs`, written by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/insight_patterns.rs"));

#[cfg(test)]
mod tests {
    use super::*;

    /// Sentences written to reach every pattern, its near misses and its edges (numbers, dates,
    /// phones, names, curly apostrophes, tabs, non-breaking spaces, letters from other scripts).
    const PROBES: &[&str] = &[
        "We've now got a new panel and the team has two leads; I mean, um, like, you know, er, erm.",
        "By the end of March we'll do it, next financial year, in the coming months, within six weeks, \
         from April, from next year, 2027, later this autumn, end of the quarter, every two weeks, \
         monthly, by 3 May, May, may.",
        "A man in his seventies who lived alone; an older woman aged about 84; a carer whose son \
         rang; her daughter rang; I visited a woman at home; a family with a learning disability.",
        "Waits fell from 19 days to 6, down from 14 weeks, from about 1,250 people in 2021 to 600 \
         cases, up 30 per cent, 30% more, rose to 88%, fell to none, against nine the quarter \
         before, in 2 days instead of 3 weeks, 9% compared with 24%, from 2021 to 2023.",
        "2019/20, 2021-2023, 12/04/2023, 3.5.41, 14th of March 2024, March 14th, 2024, Sept 2020.",
        "Call 0117 496 0123 or +44 (0)117 496 0123 or +61 412 555 019 or 0033 6 12 34 56 78; \
         NHS 943 476 5919, 943-476-5919, 9434765919; jo.bloggs@council.gov.uk; BS1 4DJ, bs14dj.",
        "Flat 3, 27 Mill Lane; 4a St John’s Close; 12 Acacia Road meetings; a fictional Mr Bean.",
        "Born 3 May 1941, DOB 03/05/41, date of birth 1.2.1950, paras 1.27-1.31, aged 6.",
        "The MARP and eMAR and CQC’s QAF (Quality Assurance Framework) met. Our DoLS team.",
        "Two sentences. Then a third!? And a line\nthat wraps\n\nand stops 6.86 gov.uk.",
        "Now people get a call today; currently 40% at present; these days, nowadays.",
        "Notes: 2,310 on the list -> 980 (Jan); 5 wks → 9 days; from a couple to about 40 a week.",
        "Calls are down to three, 25 fewer than last year, compared with 60 the year before.",
        "Tabs\tand\u{a0}non-breaking\u{2009}spaces: from\u{a0}19 to\u{a0}6 weeks; ٣ ๒ digits; Zoë.",
    ];

    fn corpus() -> Vec<String> {
        let mut texts: Vec<String> = PROBES.iter().map(|s| s.to_string()).collect();
        for table in [
            super::super::accuracy::TUNING_YAML,
            super::super::accuracy::HELD_OUT_YAML,
            super::super::lexicon::BUNDLED_YAML,
        ] {
            texts.extend(table.split("\n\n").map(str::to_string));
        }
        let set_a = concat!(env!("CARGO_MANIFEST_DIR"), "/eval/insight/set-a");
        if let Ok(entries) = std::fs::read_dir(set_a) {
            for entry in entries.flatten() {
                if let Ok(text) = std::fs::read_to_string(entry.path()) {
                    texts.push(text);
                }
            }
        }
        texts
    }

    #[test]
    fn every_table_passes_the_full_check() {
        for pattern in ALL {
            if let Err(e) = pattern.checked() {
                panic!("{}: {e}", pattern.name());
            }
        }
    }

    /// Every pattern finds exactly what the `regex` crate finds with the same source.
    #[test]
    fn every_pattern_finds_what_the_regex_crate_finds() {
        let sources = super::super::pattern_src::sources();
        assert_eq!(sources.len(), ALL.len());
        let texts = corpus();
        assert!(texts.len() > 100, "{} texts", texts.len());
        for (pattern, (name, source)) in ALL.iter().zip(&sources) {
            assert_eq!(pattern.name(), *name);
            let regex = regex::Regex::new(source).expect("a valid pattern");
            let mut found = 0;
            for text in &texts {
                let want: Vec<Range<usize>> = regex.find_iter(text).map(|m| m.range()).collect();
                let got: Vec<Range<usize>> = pattern.find_iter(text).collect();
                assert_eq!(got, want, "{name} on {text:?}");
                found += got.len();
            }
            assert!(
                found > 0,
                "{name} never matched: the corpus should reach it"
            );
        }
    }
}
