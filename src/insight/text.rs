//! Places in a text, words and sentences: the small helpers every check shares.

use super::pattern::SENTENCE_END;
use std::collections::BTreeMap;
use std::ops::Range;

/// Bytes between checkpoints of the character count, so a column is found without counting a whole
/// long line for every finding (a pasted report on one line would make that quadratic).
const CHECKPOINT: usize = 64;

/// Where each line starts, so a byte offset can be turned into the line and column a person sees.
pub(crate) struct Lines {
    starts: Vec<usize>,
    /// For every [`CHECKPOINT`] bytes: the first character boundary at or after it, and the number of
    /// characters before that boundary.
    checkpoints: Vec<(usize, usize)>,
}

impl Lines {
    pub fn new(text: &str) -> Lines {
        let mut starts = vec![0];
        starts.extend(text.match_indices('\n').map(|(i, _)| i + 1));
        let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT + 1);
        let mut chars = 0;
        for (i, _) in text.char_indices() {
            while checkpoints.len() * CHECKPOINT <= i {
                checkpoints.push((i, chars));
            }
            chars += 1;
        }
        while checkpoints.len() * CHECKPOINT <= text.len() {
            checkpoints.push((text.len(), chars));
        }
        Lines {
            starts,
            checkpoints,
        }
    }

    /// Characters before `byte` (a character boundary).
    fn chars_before(&self, text: &str, byte: usize) -> usize {
        let (at, count) = self
            .checkpoints
            .get(byte / CHECKPOINT)
            .copied()
            .unwrap_or((0, 0));
        let at = at.min(byte);
        count + text.get(at..byte).map_or(0, |s| s.chars().count())
    }

    /// 1-based line and column; the column counts characters, as editors do.
    pub fn place(&self, text: &str, byte: usize) -> (usize, usize) {
        let line = self.starts.partition_point(|&s| s <= byte).max(1);
        let start = self.starts[line - 1];
        let column = if text.is_char_boundary(byte) && byte <= text.len() {
            self.chars_before(text, byte) - self.chars_before(text, start)
        } else {
            0
        };
        (line, column + 1)
    }
}

/// Words as a person would count them: anything between spaces that holds a letter or a digit.
pub(crate) fn word_count(text: &str) -> usize {
    text.split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count()
}

/// Where each sentence (or line, for bullet lists) starts.
pub(crate) struct Sentences {
    starts: Vec<usize>,
}

/// True when the line break at `newline` only wraps a sentence: the next line goes on in lower case
/// ("we haven't\nmeasured it"). A line starting with a capital, a bullet or a digit is a new line.
pub(crate) fn wrapped_line_at(text: &str, newline: usize) -> bool {
    text.get(newline + 1..)
        .and_then(|rest| rest.trim_start_matches([' ', '\t']).chars().next())
        .is_some_and(char::is_lowercase)
}

/// True when the text between `from` and `to` (the gap between two tokens) breaks the line for a
/// reader: it holds a line break that does not merely wrap a sentence. A hard-wrapped answer pasted
/// from an email ("we haven't\nmeasured it yet") is one sentence, so a denial on one line still holds
/// for the words on the next.
pub(crate) fn breaks_line(text: &str, from: usize, to: usize) -> bool {
    text.get(from..to).is_some_and(|gap| {
        gap.match_indices('\n')
            .any(|(i, _)| !wrapped_line_at(text, from + i))
    })
}

impl Sentences {
    pub fn new(text: &str) -> Sentences {
        let mut starts = vec![0];
        starts.extend(
            SENTENCE_END
                .find_iter(text)
                .filter(|m| !(&text[m.clone()] == "\n" && wrapped_line_at(text, m.start)))
                .map(|m| m.end),
        );
        starts.dedup();
        Sentences { starts }
    }

    pub fn index_of(&self, byte: usize) -> usize {
        self.starts
            .partition_point(|&s| s <= byte)
            .saturating_sub(1)
    }

    /// The bytes of sentence `index` in a text `len` bytes long.
    pub fn range(&self, index: usize, len: usize) -> Range<usize> {
        let start = self.start(index).min(len);
        let end = self
            .starts
            .get(index + 1)
            .copied()
            .unwrap_or(len)
            .max(start);
        start..end
    }

    /// Where sentence `index` (as [`Sentences::index_of`] counts them) starts.
    pub fn start(&self, index: usize) -> usize {
        self.starts.get(index).copied().unwrap_or(0)
    }
}

/// Places already taken, none overlapping another, so "is this place free?" stays quick even when a
/// whole report is pasted in (a plain list would make the scan quadratic).
#[derive(Debug, Default)]
pub(crate) struct Taken {
    by_start: BTreeMap<usize, usize>,
}

impl Taken {
    /// `ranges` must not overlap one another (the matches of one regex never do).
    pub fn from_disjoint(ranges: impl IntoIterator<Item = Range<usize>>) -> Taken {
        Taken {
            by_start: ranges.into_iter().map(|r| (r.start, r.end)).collect(),
        }
    }

    pub fn overlaps(&self, range: &Range<usize>) -> bool {
        // Among disjoint ranges, only the last one starting before `range` ends can reach into it.
        self.by_start
            .range(..range.end)
            .next_back()
            .is_some_and(|(_, &end)| end > range.start)
    }

    /// The places of `ranges`, which may overlap: each is merged into the one before it.
    pub fn covering(ranges: &[Range<usize>]) -> Taken {
        let mut sorted: Vec<Range<usize>> = ranges.to_vec();
        sorted.sort_by_key(|r| r.start);
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(sorted.len());
        for r in sorted {
            match merged.last_mut() {
                Some(last) if r.start < last.end => last.end = last.end.max(r.end),
                _ => merged.push(r),
            }
        }
        Taken::from_disjoint(merged)
    }

    /// Takes `range` unless it overlaps something already taken; says whether it did.
    pub fn take(&mut self, range: &Range<usize>) -> bool {
        if range.start >= range.end || self.overlaps(range) {
            return false;
        }
        self.by_start.insert(range.start, range.end);
        true
    }
}

/// The character just before `byte`, if any.
pub(crate) fn char_before(text: &str, byte: usize) -> Option<char> {
    text.get(..byte).and_then(|s| s.chars().next_back())
}

/// The character at `byte`, if any.
pub(crate) fn char_at(text: &str, byte: usize) -> Option<char> {
    text.get(byte..).and_then(|s| s.chars().next())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn places_are_one_based_and_count_characters() {
        let text = "first line\n– second “line”\nthird";
        let lines = Lines::new(text);
        assert_eq!(lines.place(text, 0), (1, 1));
        let second = text.find("second").expect("present");
        assert_eq!(lines.place(text, second), (2, 3));
        let third = text.find("third").expect("present");
        assert_eq!(lines.place(text, third), (3, 1));
    }

    #[test]
    fn words_are_counted_as_people_count_them() {
        assert_eq!(word_count("We set up a multi-agency panel – in 2023."), 8);
        assert_eq!(word_count(""), 0);
    }

    #[test]
    fn taken_places_do_not_overlap() {
        let mut taken = Taken::from_disjoint([2..5, 10..12]);
        assert!(taken.overlaps(&(4..6)));
        assert!(taken.overlaps(&(0..3)));
        assert!(taken.overlaps(&(11..20)));
        assert!(!taken.overlaps(&(5..10)));
        assert!(taken.take(&(5..10)));
        assert!(!taken.take(&(6..7)));
        assert!(!taken.overlaps(&(12..13)));
    }

    #[test]
    fn sentences_split_on_stops_and_lines_but_not_decimals() {
        let text = "Waits fell to 6.5 weeks. Carers said so.\nNext line";
        let s = Sentences::new(text);
        assert_eq!(s.index_of(0), 0);
        assert_eq!(s.index_of(text.find("weeks").expect("present")), 0);
        assert_eq!(s.index_of(text.find("Carers").expect("present")), 1);
        assert_eq!(s.index_of(text.find("Next").expect("present")), 2);
    }
}
