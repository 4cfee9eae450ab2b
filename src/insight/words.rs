//! Words and the phrase lists matched against them, by a hand-written scanner.
//!
//! The word lists used to be compiled into regular expressions on every run, which cost about 20 ms
//! of CPU before a single word was read (issue 17). Here an answer is cut into tokens once and each
//! list is a hash map from a phrase's first word to the phrases that start with it: building one
//! costs microseconds, and matching is one map look-up per token.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::ops::Range;

/// One word, number or punctuation mark of an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    pub start: usize,
    pub end: usize,
    /// Lower case, curly apostrophes made straight, hyphens taken out ("co-produced" is
    /// "coproduced"), a trailing apostrophe dropped ("carers'" is "carers").
    pub norm: String,
}

impl Token {
    pub fn is_word(&self) -> bool {
        self.norm.starts_with(|c: char| c.is_alphanumeric())
    }
}

fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '’'
}

/// Normalises a word as [`Token::norm`] says.
pub(crate) fn normalise(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            '’' => out.push('\''),
            '-' | '‑' => {}
            c => out.extend(c.to_lowercase()),
        }
    }
    while out.ends_with('\'') && out.len() > 1 {
        out.pop();
    }
    out
}

/// True when token `j` starts a sentence (or a line, a bullet or what follows a colon).
pub(crate) fn opens_sentence(text: &str, toks: &[Token], j: usize) -> bool {
    let Some(before) = j.checked_sub(1).and_then(|k| toks.get(k)) else {
        return true;
    };
    matches!(
        before.norm.as_str(),
        "." | "!" | "?" | ":" | "•" | "-" | "*"
    ) || text
        .get(before.end..toks.get(j).map_or(before.end, |t| t.start))
        .is_some_and(|gap| gap.contains('\n'))
}

/// Cuts a text into tokens: words (letters and digits, with an apostrophe or hyphen inside, and a
/// decimal point or thousands comma between digits: "we've", "co-produced", "2.5", "1,200") and
/// single marks of punctuation. Spaces are not tokens.
pub(crate) fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if !c.is_alphanumeric() {
            let end = i + c.len_utf8();
            out.push(Token {
                start: i,
                end,
                norm: if c == '’' {
                    "'".to_string()
                } else {
                    c.to_string()
                },
            });
            continue;
        }
        let mut end = i + c.len_utf8();
        let mut last = c;
        while let Some(&(j, d)) = chars.peek() {
            if d.is_alphanumeric() {
                end = j + d.len_utf8();
                last = d;
                chars.next();
                continue;
            }
            // A joining mark stays inside the word only when a letter or digit follows it.
            let joins = is_apostrophe(d)
                || d == '-'
                || d == '‑'
                || ((d == '.' || d == ',') && last.is_ascii_digit());
            let next = text[j + d.len_utf8()..].chars().next();
            let ok = joins
                && next.is_some_and(|n| {
                    if d == '.' || d == ',' {
                        n.is_ascii_digit()
                    } else {
                        n.is_alphanumeric()
                    }
                });
            if !ok {
                // "carers' views": the apostrophe belongs to the word.
                if is_apostrophe(d) && last.eq_ignore_ascii_case(&'s') {
                    end = j + d.len_utf8();
                    chars.next();
                }
                break;
            }
            chars.next();
            end = j + d.len_utf8();
            last = d;
        }
        out.push(Token {
            start: i,
            end,
            norm: normalise(&text[i..end]),
        });
    }
    out
}

/// One word of a phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Part {
    Exact(String),
    /// `audit*`: the word starts with this.
    Prefix(String),
    /// `*ly`: the word ends with this.
    Suffix(String),
}

impl Part {
    fn matches(&self, word: &str) -> bool {
        match self {
            Part::Exact(w) => w == word,
            Part::Prefix(p) => word.starts_with(p.as_str()),
            Part::Suffix(s) => word.len() > s.len() && word.ends_with(s.as_str()),
        }
    }
}

/// FNV-1a, for the phrase look-ups: a set is asked once per token and once per stem of it, and
/// the standard hasher (built to resist crafted keys, which a lexicon's own words are not) was an
/// eighth of choosing a follow-up for a long answer (issue 23).
#[derive(Default)]
struct Fnv(u64);

impl Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 {
            0xcbf2_9ce4_8422_2325
        } else {
            self.0
        };
        for &b in bytes {
            h = (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

type Phrases = HashMap<String, Vec<Vec<Part>>, BuildHasherDefault<Fnv>>;

/// A list of phrases, matched whole-word and without regard to case.
#[derive(Debug, Clone, Default)]
pub(crate) struct PhraseSet {
    /// Phrases by their first word, when it is exact.
    by_first: Phrases,
    /// Phrases whose first word takes any ending, by its stem.
    by_stem: Phrases,
    /// Phrases whose first word takes any beginning (few: `*ly`).
    any_start: Vec<Vec<Part>>,
    longest_stem: usize,
    /// Bit `n` is set when some stem is `n` bytes long (up to 63): only those prefixes of a word are
    /// looked up, not every one up to the longest stem.
    stem_lengths: u64,
    /// The first bytes of the phrases' first words (exact or stems), as a 256-bit set: a word
    /// starting with any other byte needs no look-up at all, which is most words for most lists.
    first_bytes: [u64; 4],
}

/// A lexicon phrase's `*` at either end, which stands for any letters there: `(at the start, the
/// phrase without them, at the end)`, so "*ability" is `(true, "ability", false)`.
pub(super) fn stars(phrase: &str) -> (bool, &str, bool) {
    let (any_start, core) = match phrase.strip_prefix('*') {
        Some(rest) => (true, rest),
        None => (false, phrase),
    };
    match core.strip_suffix('*') {
        Some(rest) => (any_start, rest, true),
        None => (any_start, core, false),
    }
}

/// A phrase as the parts its tokens must match. A hyphen may be a space or nothing, so
/// "co-produced" is also tried as "co produced".
fn parse(phrase: &str) -> Vec<Vec<Part>> {
    let phrase = phrase.trim();
    let (any_start, core, any_end) = stars(phrase);
    let mut variants = vec![core.to_string()];
    if core.contains('-') {
        variants.push(core.replace('-', " "));
    }
    variants
        .into_iter()
        .map(|v| {
            let toks = tokens(&v);
            let n = toks.len();
            toks.into_iter()
                .enumerate()
                .map(|(i, t)| {
                    if i == 0 && any_start {
                        Part::Suffix(t.norm)
                    } else if i + 1 == n && any_end {
                        Part::Prefix(t.norm)
                    } else {
                        Part::Exact(t.norm)
                    }
                })
                .collect::<Vec<Part>>()
        })
        .filter(|p| !p.is_empty())
        .collect()
}

impl PhraseSet {
    /// The set of `list`'s phrases; `None` when the list is empty.
    pub fn new<S: AsRef<str>>(list: &[S]) -> Option<PhraseSet> {
        let mut set = PhraseSet::default();
        for phrase in list {
            set.add(phrase.as_ref());
        }
        (!set.is_empty()).then_some(set)
    }

    pub fn add(&mut self, phrase: &str) {
        for parts in parse(phrase) {
            if let Part::Exact(w) | Part::Prefix(w) = &parts[0]
                && let Some(&b) = w.as_bytes().first()
            {
                self.first_bytes[usize::from(b >> 6)] |= 1u64 << (b & 63);
            }
            match &parts[0] {
                Part::Exact(w) => self.by_first.entry(w.clone()).or_default().push(parts),
                Part::Prefix(p) => {
                    self.longest_stem = self.longest_stem.max(p.len());
                    self.stem_lengths |= 1u64.checked_shl(p.len() as u32).unwrap_or(0);
                    self.by_stem.entry(p.clone()).or_default().push(parts);
                }
                Part::Suffix(_) => self.any_start.push(parts),
            }
        }
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty() && self.by_stem.is_empty() && self.any_start.is_empty()
    }

    /// How many tokens the longest phrase starting at `toks[i]` takes, if one does.
    pub fn match_at(&self, toks: &[Token], i: usize) -> Option<usize> {
        let first = toks.get(i)?;
        let mut best: Option<usize> = None;
        let mut consider = |parts: &Vec<Part>| {
            let n = parts.len();
            if i + n > toks.len() || best.is_some_and(|b| b >= n) {
                return;
            }
            if parts
                .iter()
                .zip(&toks[i..i + n])
                .all(|(p, t)| p.matches(&t.norm))
            {
                best = Some(n);
            }
        };
        let b = first.norm.as_bytes().first().copied().unwrap_or(0);
        let may_start = self.first_bytes[usize::from(b >> 6)] & (1u64 << (b & 63)) != 0;
        if may_start && let Some(list) = self.by_first.get(&first.norm) {
            list.iter().for_each(&mut consider);
        }
        if may_start && !self.by_stem.is_empty() {
            for (at, _) in first.norm.char_indices().skip(1) {
                if at > self.longest_stem {
                    break;
                }
                // No stem of this length (a stem over 63 bytes is always looked up).
                if at < 64 && self.stem_lengths & (1u64 << at) == 0 {
                    continue;
                }
                if let Some(list) = self.by_stem.get(&first.norm[..at]) {
                    list.iter().for_each(&mut consider);
                }
            }
            if first.norm.len() <= self.longest_stem
                && let Some(list) = self.by_stem.get(&first.norm)
            {
                list.iter().for_each(&mut consider);
            }
        }
        self.any_start.iter().for_each(&mut consider);
        best
    }

    /// Every match, leftmost and longest first, none overlapping, as token ranges.
    pub fn find_tokens(&self, toks: &[Token]) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < toks.len() {
            match self.match_at(toks, i) {
                Some(n) => {
                    out.push(i..i + n);
                    i += n;
                }
                None => i += 1,
            }
        }
        out
    }

    /// Every match as byte ranges of the text the tokens came from.
    pub fn find_all(&self, toks: &[Token]) -> Vec<Range<usize>> {
        self.find_tokens(toks)
            .into_iter()
            .map(|r| toks[r.start].start..toks[r.end - 1].end)
            .collect()
    }

    pub fn is_match(&self, toks: &[Token]) -> bool {
        (0..toks.len()).any(|i| self.match_at(toks, i).is_some())
    }
}

/// Matches of an optional list, as byte ranges.
pub(crate) fn all_matches(set: Option<&PhraseSet>, toks: &[Token]) -> Vec<Range<usize>> {
    set.map(|s| s.find_all(toks)).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norms(text: &str) -> Vec<String> {
        tokens(text).into_iter().map(|t| t.norm).collect()
    }

    #[test]
    fn a_phrase_s_stars_are_read_at_either_end_only() {
        assert_eq!(stars("*ability"), (true, "ability", false));
        assert_eq!(stars("safeguard*"), (false, "safeguard", true));
        assert_eq!(stars("*co-produc*"), (true, "co-produc", true));
        assert_eq!(stars("person-centred"), (false, "person-centred", false));
        assert_eq!(stars("*"), (true, "", false));
    }

    #[test]
    fn words_keep_their_inner_marks() {
        assert_eq!(
            norms("We’ve co-produced 1,200 plans (2.5 weeks), carers' views."),
            [
                "we've",
                "coproduced",
                "1,200",
                "plans",
                "(",
                "2.5",
                "weeks",
                ")",
                ",",
                "carers",
                "views",
                "."
            ]
        );
    }

    #[test]
    fn phrases_match_whole_words_with_either_apostrophe_and_wildcards() {
        let set = PhraseSet::new(&[
            "we've",
            "audit*",
            "*ly",
            "co-produced",
            "people who draw on care",
            "people",
        ])
        .expect("not empty");
        let found = |t: &str| {
            let toks = tokens(t);
            set.find_all(&toks)
                .into_iter()
                .map(|r| t[r].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(found("We’ve audited it"), ["We’ve", "audited"]);
        assert_eq!(
            found("quickly and co produced and coproduced"),
            ["quickly", "co produced", "coproduced"]
        );
        assert_eq!(
            found("people who draw on care and people"),
            ["people who draw on care", "people"]
        );
        assert_eq!(found("peoples laudit ly"), Vec::<String>::new());
    }
}
