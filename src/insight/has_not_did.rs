//! "We have a protocol": a thing the service has, said where what was done is wanted, quoted as far
//! as the thing it names so a suggestion can ask what the speaker did with it.

use super::parts::is_part;
use super::pattern::HAVE_A;
use std::ops::Range;

/// Words that end the quoted thing ("a protocol with children's services" is quoted as "a protocol").
const QUOTE_STOPS: &[&str] = &[
    "with", "for", "and", "in", "on", "that", "which", "to", "of", "at", "from", "so", "but",
    "because", "where", "who", "when", "if", "as", "by",
];

/// "have a lot of", "have a long way to go": not a thing that exists.
const NOT_THINGS: &[&str] = &[
    "lot", "long", "look", "go", "think", "chance", "way", "feeling", "sense", "bit", "little",
    "good", "few",
];

/// The first "we have a ..." in `range`, quoted as far as the thing it names.
fn first_in(text: &str, range: Range<usize>) -> Option<String> {
    let within = text.get(range)?;
    for m in HAVE_A.find_iter(within) {
        let rest = &within[m.end..];
        let cut = rest.floor_char_boundary(200);
        let rest = &rest[..cut];
        let clause = rest
            .find(['.', ',', ';', ':', '!', '?', '\n', '(', '"', '“'])
            .map_or(rest, |i| &rest[..i]);
        let words: Vec<&str> = clause
            .split_whitespace()
            .take_while(|w| !QUOTE_STOPS.contains(&w.to_lowercase().as_str()))
            .take(3)
            .collect();
        let Some(first) = words.first() else { continue };
        if NOT_THINGS.contains(&first.to_lowercase().as_str()) {
            continue;
        }
        let head: Vec<&str> = within[m].split_whitespace().collect();
        return Some(format!("{} {}", head.join(" "), words.join(" ")));
    }
    None
}

/// Where to look for "we have a protocol" when no action is said: the done part, else everywhere.
pub(super) fn quoted(text: &str, parts: &[(&str, Range<usize>)]) -> Option<String> {
    let done_part = parts
        .iter()
        .find(|(id, span)| is_part(id, "done") && !text[span.clone()].trim().is_empty());
    match done_part {
        Some((_, span)) => first_in(text, span.clone()),
        None => first_in(text, 0..text.len()),
    }
}
