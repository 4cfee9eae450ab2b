//! Fillers: "um", "you know", "like", "I mean" as padding, told apart from the same words doing
//! other work ("you know who to call", "what I mean is", "people like her").

use super::pattern::FILLER;
use std::ops::Range;

/// Words before "like" that make it a filler rather than a comparison or a liking.
const LIKE_FILLER_AFTER: &[&str] = &["and", "so", "but", "um", "er", "erm"];

pub(super) fn find(text: &str) -> Vec<Range<usize>> {
    FILLER
        .find_iter(text)
        .filter(|m| {
            let word = text[m.clone()].to_ascii_lowercase();
            if word.starts_with("you") {
                // "you know" asked as a real question, or "you know who to call", is no filler.
                let after = text[m.end..].trim_start_matches([' ', '\t']);
                return after.is_empty()
                    || after.starts_with([',', '.', ';', '-', '–', '…'])
                    || text[..m.start].trim_end().ends_with(',');
            }
            if word.starts_with("i ") || word.starts_with("i\t") || word.starts_with("i\n") {
                // "I mean," opening a thought; "what I mean is" is not a filler.
                return text[m.end..].starts_with(',');
            }
            if word != "like" {
                return true;
            }
            let before = text[..m.start].trim_end();
            let after = &text[m.end..];
            let previous = before
                .rsplit(|c: char| c.is_whitespace())
                .next()
                .unwrap_or("")
                .to_lowercase();
            after.starts_with(',')
                || before.ends_with(',')
                || before.is_empty()
                || before.ends_with(['.', '!', '?'])
                || LIKE_FILLER_AFTER.contains(&previous.as_str())
        })
        .collect()
}
