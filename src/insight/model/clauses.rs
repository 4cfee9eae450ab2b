//! The clauses the reader model embeds: the same cuts as `clauses()` in scripts/model/measure.py,
//! on which its heads were trained, so both must cut an answer alike (a test checks the committed
//! examples from that script).

/// A run longer than this many words (a spoken transcript with no stops) is cut at its joining words.
const LONG_RUN: usize = 25;
/// ", and", ", so"...: a comma then one of these words starts a new clause in a long run.
const AFTER_COMMA: &[&str] = &[
    "and", "but", "so", "because", "which", "then", "now", "um", "er",
];
/// These, after a space and followed by one, start a new clause in a long run (longest first).
const JOINERS: &[&str] = &["and then", "so now", "but now", "and now", "so", "but"];
/// Trimmed from both ends of a sentence or line: spaces, tabs and bullet marks.
const TRIM: &[char] = &[' ', '-', '*', '\u{2022}', '\t'];

/// Sentences, bullets and lines, with long unpunctuated runs cut at their joining words; pieces of
/// one word are dropped. An answer with no piece of two words is one clause, trimmed.
pub fn clauses(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in sentences(text) {
        let part = part.trim_matches(TRIM);
        let words = part.split_whitespace().count();
        if words > LONG_RUN {
            out.extend(
                cut_long(part)
                    .into_iter()
                    .map(str::trim)
                    .filter(|p| p.split_whitespace().count() >= 2)
                    .map(str::to_string),
            );
        } else if words >= 2 {
            out.push(part.to_string());
        }
    }
    if out.is_empty() {
        out.push(text.trim().to_string());
    }
    out
}

/// Cuts after whitespace that follows `.`, `!`, `?` or `;`, at every run of newlines, and at a
/// bullet mark opening a line.
fn sentences(text: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let at = |i: usize| chars.get(i).map(|&(_, c)| c);
    let byte = |i: usize| chars.get(i).map_or(text.len(), |&(b, _)| b);
    let mut parts = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < chars.len() {
        let c = chars[i].1;
        let mut end = None;
        if c.is_whitespace() && i > 0 && matches!(at(i - 1), Some('.' | '!' | '?' | ';')) {
            let mut j = i;
            while at(j).is_some_and(char::is_whitespace) {
                j += 1;
            }
            end = Some(j);
        } else if c == '\n' {
            let mut j = i;
            while at(j) == Some('\n') {
                j += 1;
            }
            end = Some(j);
        } else if i == 0 || at(i - 1) == Some('\n') {
            let mut j = i;
            while at(j).is_some_and(char::is_whitespace) {
                j += 1;
            }
            // Backtracking as the regex does: the spaces before the mark may not swallow a newline
            // that the mark needs to follow, but a mark needs at least one space after it.
            if matches!(at(j), Some('-' | '*' | '\u{2022}'))
                && at(j + 1).is_some_and(char::is_whitespace)
            {
                let mut k = j + 1;
                while at(k).is_some_and(char::is_whitespace) {
                    k += 1;
                }
                end = Some(k);
            }
        }
        match end {
            Some(j) => {
                parts.push(&text[byte(start)..byte(i)]);
                start = j;
                i = j;
            }
            None => i += 1,
        }
    }
    parts.push(&text[byte(start)..]);
    parts
}

/// Cuts a long run before ", and"-style joins and before "so", "but", "and then"... after a space.
fn cut_long(run: &str) -> Vec<&str> {
    let chars: Vec<(usize, char)> = run.char_indices().collect();
    let byte = |i: usize| chars.get(i).map_or(run.len(), |&(b, _)| b);
    let is_space = |i: usize| chars.get(i).is_some_and(|&(_, c)| c.is_whitespace());
    let mut pieces = Vec::new();
    let (mut start, mut i) = (0, 0);
    while i < chars.len() {
        let mut end = None;
        if chars[i].1 == ',' && is_space(i + 1) {
            let mut j = i + 1;
            while is_space(j) {
                j += 1;
            }
            let rest = &run[byte(j)..];
            if AFTER_COMMA.iter().any(|w| {
                rest.starts_with(w)
                    && !rest[w.len()..]
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_alphanumeric() || c == '_')
            }) {
                end = Some(j);
            }
        }
        if end.is_none() && is_space(i) {
            let mut j = i;
            while is_space(j) {
                j += 1;
            }
            let rest = &run[byte(j)..];
            if JOINERS.iter().any(|w| {
                rest.starts_with(w)
                    && rest[w.len()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_whitespace)
            }) {
                end = Some(j);
            }
        }
        match end {
            Some(j) => {
                pieces.push(&run[byte(start)..byte(i)]);
                start = j;
                i = j;
            }
            None => i += 1,
        }
    }
    pieces.push(&run[byte(start)..]);
    pieces
}
