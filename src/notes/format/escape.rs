//! Marker escaping: the block markers, and how a typed line or an id can never pass for one.

use super::*;

/// True for a line that, as written, would start with `<!-- ` after any run of backslashes.
pub(super) fn needs_escape(line: &str) -> bool {
    line.trim_start_matches('\\').starts_with(MARKER_OPEN)
}

pub(super) fn unescape(line: &str) -> &str {
    match line.strip_prefix('\\') {
        Some(rest) if needs_escape(rest) => rest,
        _ => line,
    }
}

// Ids come from bank files and are normally slugs, which pass through untouched and stay readable.
// Anything else is percent-encoded so an id can never hold a space, `-->` or a line break.
pub(super) fn encode_id(id: &str) -> String {
    let mut out = String::with_capacity(id.len());
    for b in id.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~/+@".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

pub(super) fn decode_id(text: &str) -> Option<String> {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' {
            let hex = text.get(i + 1..i + 3)?;
            out.push(u8::from_str_radix(hex, 16).ok()?);
            i += 3;
        } else {
            out.push(bytes[i]);
            i += 1;
        }
    }
    String::from_utf8(out).ok()
}

#[derive(Debug, PartialEq, Eq, Hash)]
pub(super) struct BlockKey {
    pub(super) kind: BlockKind,
    pub(super) question: String,
    pub(super) prompt: Option<String>,
}

/// A marker line read back: a block opening, its end, or a data line.
pub(super) enum MarkerLine<'a> {
    Open(BlockKey),
    End(BlockKind),
    Data(DataKind, &'a str),
}

pub(super) fn parse_marker(line: &str) -> Option<MarkerLine<'_>> {
    let inner = line
        .trim_end()
        .strip_prefix(MARKER_OPEN)?
        .strip_suffix("-->")?;
    let (first, rest) = inner.split_once(' ').unwrap_or((inner, ""));
    if let Some(kind) = DataKind::ALL.into_iter().find(|k| k.word() == first) {
        return Some(MarkerLine::Data(kind, rest.trim()));
    }
    let mut words = inner.split_whitespace();
    let first = words.next()?;
    if first == "end" {
        let kind = BlockKind::from_word(words.next()?)?;
        return words.next().is_none().then_some(MarkerLine::End(kind));
    }
    let kind = BlockKind::from_word(first)?;
    let question = decode_id(words.next()?.strip_prefix("q:")?)?;
    let prompt = match kind {
        BlockKind::Answer => Some(decode_id(words.next()?.strip_prefix("p:")?)?),
        _ => None,
    };
    words.next().is_none().then_some(MarkerLine::Open(BlockKey {
        kind,
        question,
        prompt,
    }))
}
