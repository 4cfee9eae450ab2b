//! Reading figures in an answer: "265 people", "nine per cent", "1,150", "£2.3m", "six weeks",
//! "about a third of".
//!
//! Only statistics are read. Years, dates, ordinals, section numbers, bare small counts ("three
//! teams"), time phrases ("two years ago", "for five years") and thresholds ("waiting more than 28
//! days") are left alone: a number read wrongly would be matched wrongly, and a coach that flags
//! "2024" as an unsourced figure is soon ignored.

use super::model::UnitKind;
use crate::text::MONTH_WORDS;

/// A word or number of the answer, with where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    /// Lower case.
    pub text: String,
    pub kind: TokenKind,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Number,
    /// A mark that ends a clause: `, ; : ( ) —` and the end of a sentence.
    Break,
    Stop,
}

/// A figure read in the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// Byte range of the figure's own words ("about 350 people").
    pub start: usize,
    pub end: usize,
    /// In the kind's base unit: percent, days, pounds, or a count.
    pub value: f64,
    pub kind: UnitKind,
    /// The rounding the speaker used, in the base unit ("£2.3m" is to the nearest £100,000).
    pub step: f64,
    /// "about", "nearly a third": agrees with a value within 10%.
    pub hedged: bool,
    /// "down from 35", "from a peak of 20%": a past value, not today's.
    pub past: bool,
    /// The top of a range ("between 300 and 350": `value` is 300, this 350), in the same unit.
    pub upto: Option<f64>,
    /// Index of the token holding the number, and of the last token of the figure.
    pub first_token: usize,
    pub last_token: usize,
}

/// Splits text into tokens. Apostrophes and hyphens stay inside words ("carers'", "strengths-based").
pub fn tokens(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    let bytes: Vec<(usize, char)> = text.char_indices().collect();
    let mut i = 0;
    while i < bytes.len() {
        let (start, c) = bytes[i];
        if c.is_ascii_digit()
            || (c == '£' && bytes.get(i + 1).is_some_and(|(_, d)| d.is_ascii_digit()))
        {
            let mut j = i + 1;
            while j < bytes.len() {
                let (_, d) = bytes[j];
                let next_digit = bytes.get(j + 1).is_some_and(|(_, n)| n.is_ascii_digit());
                if d.is_ascii_digit() || ((d == ',' || d == '.') && next_digit) {
                    j += 1;
                } else {
                    break;
                }
            }
            // "2024/25", "24/7", "31/10/2026": a year span, a phrase or a date, never a figure.
            while j + 1 < bytes.len() && bytes[j].1 == '/' && bytes[j + 1].1.is_ascii_digit() {
                j += 1;
                while j < bytes.len() && bytes[j].1.is_ascii_digit() {
                    j += 1;
                }
            }
            // Letters or % stuck to the number: "2.3m", "17th", "9am", "12%".
            while j < bytes.len() && (bytes[j].1.is_alphabetic() || bytes[j].1 == '%') {
                j += 1;
            }
            let end = bytes.get(j).map_or(text.len(), |(b, _)| *b);
            out.push(Token {
                start,
                end,
                text: text[start..end].to_lowercase(),
                kind: TokenKind::Number,
            });
            i = j;
        } else if c.is_alphabetic() {
            let mut j = i + 1;
            while j < bytes.len() {
                let (_, d) = bytes[j];
                let inner = matches!(d, '\'' | '’' | '-')
                    && bytes.get(j + 1).is_some_and(|(_, n)| n.is_alphabetic());
                if d.is_alphanumeric() || inner {
                    j += 1;
                } else if matches!(d, '\'' | '’') && text[start..bytes[j].0].ends_with('s') {
                    // "carers'": the plural possessive keeps its apostrophe.
                    j += 1;
                    break;
                } else {
                    break;
                }
            }
            let end = bytes.get(j).map_or(text.len(), |(b, _)| *b);
            let word = text[start..end].to_lowercase().replace('’', "'");
            // "sixty eight per cent erm of those who go through it", "two thousand, erm, four
            // hundred": a spoken filler is no word of the figure or its measure, and the commas
            // a transcript puts round it break no clause.
            if FILLERS.contains(&word.as_str()) {
                if out
                    .last()
                    .is_some_and(|t: &Token| t.kind == TokenKind::Break && t.text == ",")
                {
                    out.pop();
                }
                i = j;
                while bytes.get(i).is_some_and(|(_, c)| *c == ' ') {
                    i += 1;
                }
                if bytes.get(i).is_some_and(|(_, c)| *c == ',') {
                    i += 1;
                }
                continue;
            }
            out.push(Token {
                start,
                end,
                text: word,
                kind: TokenKind::Word,
            });
            i = j;
        } else {
            let kind = match c {
                '.' | '!' | '?' | '\n' => Some(TokenKind::Stop),
                ',' | ';' | ':' | '(' | ')' | '—' | '–' => Some(TokenKind::Break),
                '-' if bytes.get(i + 1).is_some_and(|(_, n)| n.is_whitespace()) => {
                    Some(TokenKind::Break)
                }
                // "300-350", "18-25", "£1m-£1.5m": kept as a mark, so a range can be told from
                // two figures.
                '-' if out
                    .last()
                    .is_some_and(|t: &Token| t.kind == TokenKind::Number && t.end == start)
                    && bytes
                        .get(i + 1)
                        .is_some_and(|(_, n)| n.is_ascii_digit() || *n == '£') =>
                {
                    Some(TokenKind::Break)
                }
                _ => None,
            };
            if let Some(kind) = kind {
                out.push(Token {
                    start,
                    end: start + c.len_utf8(),
                    text: c.to_string(),
                    kind,
                });
            }
            i += 1;
        }
    }
    out
}

/// Sounds a speaker fills a pause with, as a transcript writes them.
const FILLERS: &[&str] = &[
    "erm", "errm", "er", "um", "umm", "uh", "uhh", "uhm", "ehm", "hmm", "mm", "mmm",
];

/// Words before a number that make it part of a name: "section 42", "Part 1", "level 3", and
/// the places a number is the address of: "flat 14", "bed 3", "bay 2".
const NAME_WORDS: &[&str] = &[
    "flat",
    "house",
    "bed",
    "bay",
    "block",
    "bus",
    "route",
    "platform",
    "section",
    "s",
    "part",
    "article",
    "level",
    "step",
    "tier",
    "phase",
    "year",
    "schedule",
    "paragraph",
    "para",
    "chapter",
    "number",
    "no",
    "band",
    "grade",
    "aged",
    "age",
    "ages",
    "version",
    "room",
    "ward",
    "floor",
    "page",
    "round",
    "cohort",
    "wave",
];

const HEDGES: &[&str] = &[
    "about",
    "around",
    "approximately",
    "approx",
    "nearly",
    "almost",
    "roughly",
    "some",
    "circa",
    "c",
    "over",
    "under",
    "just",
    "close",
    "upwards",
    "estimated",
    "near",
];

/// Reads a number with its unit as a PSW may write it in a file or type it in the drill:
/// "310", "1,150", "9%", "9.5 per cent", "£2.3m", "28 days", "six weeks". The unit is "" when none
/// was given; durations are returned in the unit written.
pub fn parse_value(text: &str) -> Option<(f64, &'static str)> {
    let toks = tokens(text);
    let found = mentions_in(&toks, true);
    let m = found.first()?;
    let unit = match m.kind {
        UnitKind::Percent => "percent",
        UnitKind::Money => "pounds",
        UnitKind::Days => "days",
        UnitKind::Count => "",
    };
    Some((m.value, unit))
}

/// Every figure in `text`.
pub fn mentions(text: &str) -> (Vec<Token>, Vec<Mention>) {
    let toks = tokens(text);
    let found = mentions_in(&toks, false);
    (toks, found)
}

/// Counts under a hundred said in words with what they count straight after ("about ninety
/// carers approved"), outside the figures `taken` already: no statistic by themselves ("twenty
/// staff came" is a story), so the matcher keeps one only when it ties to a register measure
/// counted in that very noun.
pub fn spoken_counts(toks: &[Token], taken: &[Mention]) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        let inside = taken
            .iter()
            .any(|m| (m.first_token..=m.last_token).contains(&i));
        let read = (!inside && toks[i].kind == TokenKind::Word)
            .then(|| word_number(toks, i))
            .flatten()
            .filter(|(v, last)| {
                let next = word_at(toks, last + 1);
                (10.0..100.0).contains(v)
                    && v.fract() == 0.0
                    && is_content(next)
                    && crate::text::number_value(next).is_none()
                    && !taken.iter().any(|m| m.first_token == last + 1)
                    && (i == 0 || !NAME_WORDS.contains(&word_at(toks, i - 1)))
            });
        let Some((value, last)) = read else {
            i += 1;
            continue;
        };
        if !is_age(toks, i, last, value, 1.0) {
            let (hedged, past, start) = lead_in(toks, i);
            out.push(Mention {
                start,
                end: toks[last].end,
                value,
                kind: UnitKind::Count,
                step: 1.0,
                hedged,
                past,
                upto: None,
                first_token: i,
                last_token: last,
            });
        }
        i = last + 1;
    }
    out
}

fn word_at(toks: &[Token], i: usize) -> &str {
    toks.get(i)
        .filter(|t| t.kind == TokenKind::Word)
        .map_or("", |t| t.text.as_str())
}

/// The value of a number written in words from token `i`: "nine", "seventy-one", "twenty five",
/// "one hundred and twenty", "twelve thousand", "two and a half thousand", "half a million".
/// Returns the value and the last token used.
fn word_number(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    // Zero to ninety-nine in one word ("nine", "seventy", "seventy-one"), from the one list of
    // number words.
    fn small(w: &str) -> Option<f64> {
        let below_100 = |w: &str| crate::text::number_value(w).filter(|v| *v < 100.0);
        if let Some((t, u)) = w.split_once('-') {
            let tens = below_100(t).filter(|v| *v >= 20.0)?;
            let units = below_100(u).filter(|v| (1.0..10.0).contains(v))?;
            return Some(tens + units);
        }
        below_100(w)
    }
    // "thousand", "million": the words of the same list that multiply what came before.
    let scale = |w: &str| crate::text::number_value(w).filter(|v| *v >= 1000.0);
    if word_at(toks, i) == "half" && word_at(toks, i + 1) == "a" {
        let s = scale(word_at(toks, i + 2))?;
        return Some((s / 2.0, i + 2));
    }
    // "a quarter of a million", "three quarters of a million": a sum, not a share.
    if let Some((share, last)) = fraction_words(toks, i)
        && word_at(toks, last + 1) == "of"
        && matches!(word_at(toks, last + 2), "a" | "one")
        && let Some(s) = scale(word_at(toks, last + 3))
    {
        return Some((s * share / 100.0, last + 3));
    }
    let mut total = 0.0;
    // "a hundred and eighty seven", "a thousand": the "a" is one of the scale word after it.
    let a_scale = word_at(toks, i) == "a"
        && (word_at(toks, i + 1) == "hundred" || scale(word_at(toks, i + 1)).is_some());
    let mut current = if a_scale {
        1.0
    } else {
        small(word_at(toks, i))?
    };
    let mut last = i;
    let mut j = i + 1;
    loop {
        let w = word_at(toks, j);
        match (w, scale(w)) {
            ("hundred", _) => current *= 100.0,
            (_, Some(by)) => {
                total += current * by;
                current = 0.0;
            }
            // "two and a half thousand": the half belongs to the scale word that follows.
            ("and", _)
                if word_at(toks, j + 1) == "a"
                    && word_at(toks, j + 2) == "half"
                    && scale(word_at(toks, j + 3)).is_some() =>
            {
                current += 0.5;
                j += 3;
                continue;
            }
            ("and", _) if small(word_at(toks, j + 1)).is_some() && current >= 100.0 => {
                j += 1;
                continue;
            }
            _ => match small(w) {
                Some(n) if current % 100.0 == 0.0 || (current % 10.0 == 0.0 && n < 10.0) => {
                    current += n
                }
                _ => break,
            },
        }
        last = j;
        j += 1;
    }
    Some((total + current, last))
}

/// A fraction said in words, as a percentage: "a third of", "two thirds of", "half of".
fn fraction(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    let (value, last) = fraction_words(toks, i)?;
    // "a quarter of a million" is a sum (see [`word_number`]).
    let sum = matches!(word_at(toks, last + 2), "a" | "one")
        && matches!(word_at(toks, last + 3), "million" | "thousand" | "billion");
    (word_at(toks, last + 1) == "of" && !sum).then_some((value, last))
}

/// The words of a fraction from token `i`, as a percentage, with its last token: "a third",
/// "two thirds", "two-thirds", "three-quarters", "half" where a half may open a figure.
fn fraction_words(toks: &[Token], i: usize) -> Option<(f64, usize)> {
    // "two-thirds" is one token: read as its two words.
    let (w, n, last_of_pair) = match word_at(toks, i).split_once('-') {
        Some((w, n)) => (w, n, i),
        None => (word_at(toks, i), word_at(toks, i + 1), i + 1),
    };
    let (value, last) = match (w, n) {
        ("a" | "one", "third") => (100.0 / 3.0, last_of_pair),
        ("two", "thirds") => (200.0 / 3.0, last_of_pair),
        ("a" | "one", "quarter") => (25.0, last_of_pair),
        ("three", "quarters") => (75.0, last_of_pair),
        ("a" | "one", "fifth") => (20.0, last_of_pair),
        ("two", "fifths") => (40.0, last_of_pair),
        ("a" | "one", "tenth") => (10.0, last_of_pair),
        // "Half of young people", "just under half of", "only half of": a half opening its
        // clause, or after a hedge or "only"; "and half of them" is left alone.
        ("half", _)
            if i == 0
                || toks[i - 1].kind != TokenKind::Word
                || matches!(
                    word_at(toks, i - 1),
                    "about"
                        | "around"
                        | "nearly"
                        | "almost"
                        | "over"
                        | "just"
                        | "under"
                        // "Only half of the audits", "barely half": said as the figure.
                        | "only"
                        | "barely"
                        | "roughly"
                ) =>
        {
            (50.0, i)
        }
        _ => return None,
    };
    Some((value, last))
}

fn mentions_in(toks: &[Token], lenient: bool) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        // A range is one figure in an answer; the drill reads a value, so a file or a drill
        // answer is read number by number as before.
        if !lenient && may_start_range(toks, i) {
            match range_at(toks, i) {
                Some(Range::NotAFigure(last)) => {
                    i = last + 1;
                    continue;
                }
                Some(Range::Figure(m)) => {
                    i = m.last_token + 1;
                    out.push(m);
                    continue;
                }
                None => {}
            }
        }
        if !lenient && let Some(m) = one_in(toks, i) {
            i = m.last_token + 1;
            out.push(m);
            continue;
        }
        if !lenient && let Some(m) = share_at(toks, i) {
            i = m.last_token + 1;
            out.push(m);
            continue;
        }
        let read = read_at(toks, i, lenient);
        match read {
            Some(m) => {
                i = m.last_token + 1;
                out.push(m);
            }
            None => i += 1,
        }
    }
    out
}

/// A share of a count from token `i`: "42 of our 55 audited files", "45 of the 50 social
/// workers", "26 out of 40". It is one figure, the share as a percentage (76.4, 90): neither count is a statistic
/// of its own. Both counts are in digits and the whole is no smaller than the part; "section 42
/// of the 2014 Act" (a name word before, a year after) is none.
fn share_at(toks: &[Token], i: usize) -> Option<Mention> {
    let count = |k: usize| -> Option<f64> {
        let t = toks.get(k)?;
        let plain =
            t.kind == TokenKind::Number && t.text.bytes().all(|b| b.is_ascii_digit() || b == b',');
        plain.then(|| t.text.replace(',', "").parse::<f64>().ok())?
    };
    let part = count(i)?;
    // "26 out of 40" says the same as "26 of 40".
    let out_of = usize::from(word_at(toks, i + 1) == "out");
    if word_at(toks, i + 1 + out_of) != "of" {
        return None;
    }
    let mut j = i + 2 + out_of;
    if matches!(
        word_at(toks, j),
        "our" | "the" | "all" | "its" | "their" | "these" | "those"
    ) {
        j += 1;
    }
    let whole = count(j)?;
    let before = if i > 0 { word_at(toks, i - 1) } else { "" };
    let named = NAME_WORDS.contains(&before) && !matches!(before, "round" | "wave" | "cohort");
    let year = !toks[j].text.contains(',') && (1990.0..=2039.0).contains(&whole);
    let unit_after = matches!(
        word_at(toks, j + 1),
        "per" | "percent" | "million" | "thousand" | "days" | "weeks" | "months" | "years"
    );
    if named || year || unit_after || whole <= 0.0 || part > whole || part < 1.0 {
        return None;
    }
    let (hedged, past, start) = lead_in(toks, i);
    Some(Mention {
        start,
        end: toks[j].end,
        value: 100.0 * part / whole,
        kind: UnitKind::Percent,
        step: 1.0,
        hedged,
        past,
        upto: None,
        first_token: i,
        last_token: j,
    })
}

/// "one in five", "four in ten", "3 in every 10" from token `i`: a share, as a percentage. Not
/// "3 in 5 days" (a rate of time) nor "2 in 2025".
fn one_in(toks: &[Token], i: usize) -> Option<Mention> {
    let small = |k: usize| -> Option<(f64, usize)> {
        let t = toks.get(k)?;
        if t.kind == TokenKind::Number {
            let v: f64 = t.text.parse().ok()?;
            return Some((v, k));
        }
        crate::text::number_value(&t.text)
            .filter(|v| *v < 100.0)
            .map(|v| (v, k))
    };
    let (part, part_last) = small(i)?;
    // "one social worker in five", "one concern in three": what is counted may stand between
    // the two numbers, up to three telling words that are no numbers themselves.
    let named = (part_last + 1..toks.len())
        .take(3)
        .take_while(|&k| {
            let w = word_at(toks, k);
            is_content(w) && crate::text::number_value(w).is_none()
        })
        .count();
    let in_at = part_last + 1 + named;
    if word_at(toks, in_at) != "in" {
        return None;
    }
    let mut j = in_at + 1;
    if word_at(toks, j) == "every" {
        j += 1;
    }
    let (whole, last) = small(j)?;
    let time = matches!(
        word_at(toks, last + 1),
        "day"
            | "days"
            | "week"
            | "weeks"
            | "month"
            | "months"
            | "year"
            | "years"
            | "hours"
            | "minutes"
    );
    if time || part < 1.0 || whole > 100.0 || part >= whole || part.fract() != 0.0 {
        return None;
    }
    let (hedged, past, start) = lead_in(toks, i);
    Some(Mention {
        start,
        end: toks[last].end,
        value: 100.0 * part / whole,
        kind: UnitKind::Percent,
        // "one in five" is said of anything from about 15% to 25%; "four in ten" of 37.5% to
        // 42.5%.
        step: (50.0 / whole).min(10.0),
        hedged,
        past,
        upto: None,
        first_token: i,
        last_token: last,
    })
}

/// "and", "to" or a dash: what joins the two ends of a range.
fn is_joint(t: &Token) -> bool {
    matches!(
        (t.kind, t.text.as_str()),
        (TokenKind::Word, "and" | "to") | (TokenKind::Break, "-" | "–")
    )
}

/// Whether a range could start at token `i`: a joining word right after a number in digits, or
/// within a few words of a number in words ("two and a half thousand to three thousand"). Most
/// words start none, so this is checked before any number is read (the 2,000-word budget).
fn may_start_range(toks: &[Token], i: usize) -> bool {
    match toks[i].kind {
        TokenKind::Number => toks.get(i + 1).is_some_and(is_joint),
        TokenKind::Word => toks[i + 1..toks.len().min(i + 7)].iter().any(is_joint),
        _ => false,
    }
}

/// Two numbers read as one: a range that is a figure, or one that is not (an age band, a year
/// span), with its last token.
enum Range {
    Figure(Mention),
    NotAFigure(usize),
}

/// A number as written, before any unit word after it: its value ("2.3m" is 2,300,000), whether
/// it carried its own scale ("2.3m", "15k"), and its last token ("twelve thousand" is two).
fn bare_number(toks: &[Token], i: usize) -> Option<(f64, bool, usize)> {
    let t = &toks[i];
    if t.kind != TokenKind::Number {
        return word_number(toks, i).map(|(v, last)| (v, false, last));
    }
    let body = t.text.trim_start_matches('£');
    let numeric: String = body
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect();
    let value: f64 = numeric.replace(',', "").parse().ok()?;
    match &body[numeric.len()..] {
        "" | "%" => Some((value, false, i)),
        "k" => Some((value * 1e3, true, i)),
        "m" => Some((value * 1e6, true, i)),
        "bn" => Some((value * 1e9, true, i)),
        _ => None,
    }
}

/// A range from token `i`: "between 300 and 350 people", "300 to 350", "20-25%", "between six
/// and eight weeks". The unit and scale written after the second number hold for both. Not a
/// range: "from 410 to 285" (a change) or a second number no bigger than the first. An age band
/// ("aged 18 to 25", "18-25 year olds") and a year span ("2024-25") are no figure at all.
fn range_at(toks: &[Token], i: usize) -> Option<Range> {
    let (low, own_scale, low_last) = bare_number(toks, i)?;
    let before = |k: usize| if i >= k { word_at(toks, i - k) } else { "" };
    let between = before(1) == "between";
    let joint = toks.get(low_last + 1)?;
    let joined = match (joint.kind, joint.text.as_str()) {
        (TokenKind::Word, "and") => between,
        (TokenKind::Word, "to") => before(1) != "from",
        (TokenKind::Break, "-" | "–") => true,
        _ => false,
    };
    let second = low_last + 2;
    if !joined || second >= toks.len() {
        return None;
    }
    let (high_bare, _, high_last) = bare_number(toks, second)?;
    // The words before the range start before "between".
    let lead = if between { i - 1 } else { i };
    let lead_before = |k: usize| {
        if lead >= k {
            word_at(toks, lead - k)
        } else {
            ""
        }
    };
    let next = word_at(toks, high_last + 1);
    let age_band = matches!(lead_before(1), "aged" | "age" | "ages")
        || (lead_before(1) == "of" && matches!(lead_before(2), "age" | "ages"))
        || next.starts_with("year-old")
        || (matches!(next, "year" | "years") && word_at(toks, high_last + 2).starts_with("old"));
    let year_span = joint.text == "-"
        && toks[i].kind == TokenKind::Number
        && (1990.0..=2039.0).contains(&low)
        && high_bare < 100.0;
    if age_band || year_span {
        return Some(Range::NotAFigure(high_last));
    }
    // The second end says what both are: in "24 to 48 hours" or "between 2023 and 2025" it is no
    // figure, so neither is the first.
    let Some(high) = read_at(toks, second, false) else {
        return Some(Range::NotAFigure(high_last));
    };
    if high_bare == 0.0 {
        return None;
    }
    let low = if own_scale {
        low
    } else {
        low * high.value / high_bare
    };
    if low >= high.value {
        return None;
    }
    let (hedged, past, start) = lead_in(toks, lead);
    Some(Range::Figure(Mention {
        start,
        end: high.end,
        value: low,
        kind: high.kind,
        step: high.step,
        hedged: hedged || high.hedged,
        past,
        upto: Some(high.value),
        first_token: i,
        last_token: high.last_token,
    }))
}

fn read_at(toks: &[Token], i: usize, lenient: bool) -> Option<Mention> {
    let t = &toks[i];
    let (mut value, mut step, mut last, digits, mut kind, hedged) = if t.kind == TokenKind::Number {
        let raw = t.text.as_str();
        // "01632 960418", "07700 900123": a telephone number (a group of four or more digits
        // starting with 0, and the group after it) is never a figure.
        if is_dialling_code(raw) || (i > 0 && is_dialling_code(&toks[i - 1].text)) {
            return None;
        }
        let money = raw.starts_with('£');
        let body = raw.trim_start_matches('£');
        let numeric: String = body
            .chars()
            .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
            .collect();
        let suffix = &body[numeric.len()..];
        let clean = numeric.replace(',', "");
        let value: f64 = clean.parse().ok()?;
        let decimals = clean.split_once('.').map_or(0, |(_, d)| d.len());
        let step = 10f64.powi(-(decimals as i32));
        let (value, step, kind) = match suffix {
            "" => (
                value,
                step,
                if money {
                    UnitKind::Money
                } else {
                    UnitKind::Count
                },
            ),
            "%" => (value, step, UnitKind::Percent),
            "m" => (value * 1e6, step * 1e6, UnitKind::Money),
            "bn" => (value * 1e9, step * 1e9, UnitKind::Money),
            "k" => (
                value * 1e3,
                step * 1e3,
                if money {
                    UnitKind::Money
                } else {
                    UnitKind::Count
                },
            ),
            _ if suffix.starts_with('/') => return None,
            // "17th", "9am", "3pm", "12noon": ordinals and times are never figures.
            _ => return None,
        };
        (value, step, i, true, kind, false)
    } else if let Some((v, last)) = fraction(toks, i) {
        // Hedged only by a hedge before it ("nearly a third"): "three quarters" is 75.
        (v, 1.0, last, false, UnitKind::Percent, false)
    } else if let Some((v, last)) = word_number(toks, i) {
        // "nine point four per cent": a decimal said aloud.
        let mut tenths = 0;
        let mut v = v;
        while word_at(toks, last + 1) == "point"
            && let Some(d) = crate::text::number_value(word_at(toks, last + 2 + tenths))
                .or_else(|| (word_at(toks, last + 2 + tenths) == "oh").then_some(0.0))
                .filter(|d| *d < 10.0 && d.fract() == 0.0)
        {
            tenths += 1;
            v += d / 10f64.powi(tenths as i32);
            if !matches!(
                crate::text::number_value(word_at(toks, last + 2 + tenths)),
                Some(d) if d < 10.0
            ) {
                break;
            }
        }
        if tenths > 0 {
            (
                v,
                10f64.powi(-(tenths as i32)),
                last + 1 + tenths,
                false,
                UnitKind::Count,
                false,
            )
        } else {
            (v, 1.0, last, false, UnitKind::Count, false)
        }
    } else {
        return None;
    };
    // "seven hundred odd", "400 or so", "eleven and a bit per cent", "430-odd": said loosely.
    let loosely = |last: usize| -> Option<usize> {
        match (word_at(toks, last + 1), word_at(toks, last + 2)) {
            ("odd" | "ish" | "plus", _) => Some(last + 1),
            ("or", "so" | "thereabouts") => Some(last + 2),
            ("and", "a") if word_at(toks, last + 3) == "bit" => Some(last + 3),
            _ => None,
        }
    };
    let mut said_loosely = false;
    if let Some(to) = loosely(last) {
        said_loosely = true;
        last = to;
    }
    // "200 and 50 people", "400 and 10": how a transcript of a spoken answer writes "two hundred
    // and fifty" (the Whisper models put the digits in and keep the "and"). Read as four figures
    // ("200", "50 people", "400", "10 a year ago") it was quoted back cut and wrong.
    if digits
        && kind == UnitKind::Count
        && step == 1.0
        && value >= 100.0
        && value % 100.0 == 0.0
        && value % 1000.0 != 0.0
        && word_at(toks, last + 1) == "and"
        && (i == 0 || word_at(toks, i - 1) != "between")
        && let Some(rest) = toks
            .get(last + 2)
            .filter(|t| t.kind == TokenKind::Number && t.text.bytes().all(|b| b.is_ascii_digit()))
            .and_then(|t| t.text.parse::<f64>().ok())
        && (1.0..100.0).contains(&rest)
    {
        value += rest;
        last += 2;
    }
    // What follows the number: a scale, a percentage, a duration.
    let next = word_at(toks, last + 1);
    let after = word_at(toks, last + 2);
    match next {
        "per" if after == "cent" => {
            kind = UnitKind::Percent;
            last += 2;
        }
        "percent" | "pc" => {
            kind = UnitKind::Percent;
            last += 1;
        }
        "million" | "m" | "billion" | "bn" | "thousand" | "hundred"
            if kind != UnitKind::Percent && (next != "hundred" || (digits && value < 100.0)) =>
        {
            let scale = match next {
                "million" | "m" => 1e6,
                "billion" | "bn" => 1e9,
                "hundred" => 1e2,
                _ => 1e3,
            };
            value *= scale;
            step *= scale;
            last += 1;
            if word_at(toks, last + 1) == "pounds" {
                kind = UnitKind::Money;
                last += 1;
            }
        }
        "pounds" => {
            kind = UnitKind::Money;
            last += 1;
        }
        // "13,000 hours of home care": hours counted, a figure; "within 72 hours", "for 48 hours"
        // and other small counts of hours are time. The word stays outside the figure, so it is
        // read as the thing counted. A value typed in the drill or a file ("11,500 hours") is a
        // count of hours too, never a length of time in days.
        "hour" | "hours" if kind == UnitKind::Count => {
            let before = if i > 0 { word_at(toks, i - 1) } else { "" };
            if !lenient
                && (value < 100.0 || before == "within" || time_phrase(toks, i, last + 1, next))
            {
                return None;
            }
        }
        "day" | "days" | "week" | "weeks" | "month" | "months" | "year" | "years" | "hour"
        | "hours" | "minute" | "minutes"
            if kind == UnitKind::Count =>
        {
            let per = match next {
                "week" | "weeks" => 7.0,
                "month" | "months" => 30.4,
                "day" | "days" => 1.0,
                _ if lenient => 365.0,
                // Years, hours and minutes in an answer are time phrases, not figures.
                _ => return None,
            };
            if !lenient && time_phrase(toks, i, last + 1, next) {
                return None;
            }
            value *= per;
            step *= per;
            kind = UnitKind::Days;
            last += 1;
        }
        _ => {}
    }
    // "40% or so", "six weeks or thereabouts".
    if let Some(to) = loosely(last) {
        said_loosely = true;
        last = to;
    }
    // "we've spent about two and a half million": pounds, though none is written.
    if kind == UnitKind::Count && value >= 1e6 && spent_before(toks, i) {
        kind = UnitKind::Money;
    }
    if lenient {
        return Some(Mention {
            upto: None,
            start: t.start,
            end: toks[last].end,
            value,
            kind,
            step,
            hedged,
            past: false,
            first_token: i,
            last_token: last,
        });
    }
    let before = |k: usize| if i >= k { word_at(toks, i - k) } else { "" };
    // Dates: "31 October", "October 31", "31st".
    if MONTH_WORDS.contains(&next) || (digits && MONTH_WORDS.contains(&before(1))) {
        return None;
    }
    if NAME_WORDS.contains(&before(1)) && kind == UnitKind::Count {
        return None;
    }
    if kind == UnitKind::Count && is_age(toks, i, last, value, step) {
        return None;
    }
    // Years and financial years: "2024", "2024/25", "in 2025".
    if digits && kind == UnitKind::Count && (1990.0..=2039.0).contains(&value) && step == 1.0 {
        let raw = &toks[i].text;
        if !raw.contains(',') && !next.ends_with('s') && next != "people" {
            return None;
        }
    }
    // A bare small count ("three of them", "5 teams") is not a statistic worth a source.
    if kind == UnitKind::Count && value < 10.0 {
        return None;
    }
    // A count in words is a statistic only with a scale word ("twelve thousand", "two hundred"):
    // "twenty staff came" is a story, not a figure to source.
    if !digits && kind == UnitKind::Count && value < 100.0 {
        return None;
    }
    let (hedged_before, past, start) = lead_in(toks, i);
    let hedged = hedged || hedged_before || said_loosely;
    // A threshold: "waiting more than 28 days", "within 28 days".
    if kind == UnitKind::Days {
        let within =
            before(1) == "within" || (before(1) == "than" && matches!(before(3), "within"));
        let waiting_over =
            hedged && (1..=5).any(|k| before(k).starts_with("wait") || before(k) == "longer");
        if within
            || (waiting_over
                && !matches!(
                    before(1),
                    "about" | "around" | "nearly" | "almost" | "roughly"
                ))
        {
            return None;
        }
    }
    Some(Mention {
        start,
        end: toks[last].end,
        value,
        kind,
        step,
        hedged,
        past,
        upto: None,
        first_token: i,
        last_token: last,
    })
}

/// Words that say money goes out or comes in, so a sum with a scale word after them is pounds.
const MONEY_WORDS: &[&str] = &[
    "spent",
    "spend",
    "spending",
    "spends",
    "cost",
    "costs",
    "costing",
    "paid",
    "pay",
    "paying",
    "budget",
    "overspend",
    "overspent",
    "saved",
    "saving",
    "savings",
    "bill",
];

/// Whether a money word comes in the few words before token `i`, hedges and "of" between:
/// "spent about two and a half million", "a bill of 3 million".
fn spent_before(toks: &[Token], i: usize) -> bool {
    (1..=4)
        .take_while(|&k| i >= k && toks[i - k].kind == TokenKind::Word)
        .map(|k| toks[i - k].text.as_str())
        .take_while(|w| MONEY_WORDS.contains(w) || HEDGES.contains(w) || *w == "of")
        .any(|w| MONEY_WORDS.contains(&w))
}

/// Words before a person's age: "a woman of 94", "her father, a man of 80".
const PERSON_WORDS: &[&str] = &[
    "woman",
    "man",
    "lady",
    "gentleman",
    "person",
    "someone",
    "mother",
    "father",
    "husband",
    "wife",
    "son",
    "daughter",
    "grandmother",
    "grandfather",
    "widow",
    "widower",
    "resident",
    "carer",
    "boy",
    "girl",
];

/// Whether the count at token `i` (to `last`) is someone's age: "a woman of 94", "turning 18",
/// "at the age of 18", "a 94-year-old", "under 65". An age is no statistic, and one read as a
/// figure would be flagged as unsourced.
fn is_age(toks: &[Token], i: usize, last: usize, value: f64, step: f64) -> bool {
    if step != 1.0 || value > 120.0 {
        return false;
    }
    let before = |k: usize| if i >= k { word_at(toks, i - k) } else { "" };
    let next = word_at(toks, last + 1);
    next.starts_with("year-old")
        || (matches!(next, "year" | "years") && word_at(toks, last + 2).starts_with("old"))
        || matches!(before(1), "turning" | "turned" | "turns" | "turn")
        // "too many arriving at 17 with nothing planned", "leaving at 18".
        || (before(1) == "at"
            && matches!(
                before(2),
                "arriving" | "arrive" | "arrives" | "arrived" | "leaving" | "leave" | "leaves"
            ))
        // "aged over 65", "aged under 18".
        || (matches!(before(1), "over" | "under") && matches!(before(2), "aged" | "age" | "ages"))
        // "anyone over 75 with nobody else at home", "those over 85", "anyone past 80 living
        // alone", "a woman over 90": a bound said of people is their age.
        || (matches!(before(1), "over" | "past" | "beyond" | "above")
            && (matches!(before(2), "anyone" | "anybody" | "everyone" | "those" | "people")
                || PERSON_WORDS.contains(&before(2))))
        || (before(1) == "of"
            && (matches!(before(2), "age" | "ages" | "aged") || PERSON_WORDS.contains(&before(2))))
        // "under 65" is an age; "just under 100" is a hedge.
        || (before(1) == "under"
            && !matches!(before(2), "just" | "slightly" | "well" | "little" | "bit"))
        || is_service_age(toks, i, last, value)
}

/// Words that say a person (or people) earlier in the sentence is who a bare age is of.
const AGE_OWNERS: &[&str] = &[
    "young",
    "child",
    "children",
    "leaver",
    "leavers",
    "adult",
    "adults",
    "teenager",
    "teenagers",
    "pupil",
    "pupils",
    "student",
    "students",
    "they",
    "their",
    "them",
    "he",
    "she",
    "his",
    "her",
    "him",
    "people",
];

/// Words before "at" or "from" that make what follows a level or a change, not an age: "stood at
/// 18", "fell from 16", "is at 18".
const LEVEL_WORDS: &[&str] = &[
    "stood",
    "stands",
    "stand",
    "remained",
    "remains",
    "stayed",
    "stays",
    "is",
    "was",
    "were",
    "are",
    "be",
    "been",
    "being",
    "sat",
    "sits",
    "peaked",
    "peaks",
    "fell",
    "falls",
    "fall",
    "rose",
    "rises",
    "rise",
    "dropped",
    "drops",
    "down",
    "up",
    "increased",
    "decreased",
    "reduced",
    "grew",
    "went",
    "came",
    "held",
    "holds",
    "steady",
    "flat",
    "stuck",
    "capped",
    "reached",
    "climbed",
    "started",
    "starts",
    "began",
    "total",
    "totalled",
    "totals",
];

/// An age a service starts or ends at, said bare of a person named earlier in the sentence:
/// "every young person at risk of exploitation from 16", "none lost their support at 18". Only
/// a whole number from 14 to 25 after "from", "at", "until" or "till" that ends its clause
/// (nothing counted follows it); never a level or a change ("stood at 18", "fell from 16",
/// "from 16 to 9").
fn is_service_age(toks: &[Token], i: usize, last: usize, value: f64) -> bool {
    if !(14.0..=25.0).contains(&value) || value.fract() != 0.0 || i < 2 {
        return false;
    }
    let before = |k: usize| if i >= k { word_at(toks, i - k) } else { "" };
    if !matches!(before(1), "from" | "at" | "until" | "till") || LEVEL_WORDS.contains(&before(2)) {
        return false;
    }
    // "from 16 and 17 year olds" or "at 18 or 19 people" go on to a number: not ended.
    let ends_clause = toks.get(last + 1).is_none_or(|t| {
        matches!(t.kind, TokenKind::Break | TokenKind::Stop)
            || matches!(t.text.as_str(), "onwards" | "onward" | "upwards")
            || (matches!(t.text.as_str(), "and" | "or")
                && toks
                    .get(last + 2)
                    .is_some_and(|t| t.kind == TokenKind::Word))
    });
    ends_clause
        && toks[..i - 1]
            .iter()
            .rev()
            .take_while(|t| t.kind != TokenKind::Stop)
            .any(|t| {
                let w = t.text.as_str();
                t.kind == TokenKind::Word && (PERSON_WORDS.contains(&w) || AGE_OWNERS.contains(&w))
            })
}

/// A group of four or more digits starting with 0 ("01632", "07700"): the start of a UK
/// telephone number; a statistic is never written with a leading zero unless it is a decimal.
fn is_dialling_code(raw: &str) -> bool {
    raw.len() >= 4 && raw.starts_with('0') && raw.bytes().all(|b| b.is_ascii_digit())
}

/// What the words just before a figure at token `i` say of it: hedged ("about", "more than"), a
/// past value ("down from", "compared with"), and where the figure's words start (a hedge right
/// before it belongs to it).
fn lead_in(toks: &[Token], i: usize) -> (bool, bool, usize) {
    let before = |k: usize| if i >= k { word_at(toks, i - k) } else { "" };
    let mut hedged = false;
    let mut start = toks[i].start;
    // Hedges and past markers in the few words before.
    for k in 1..=3 {
        if i < k || toks[i - k].kind != TokenKind::Word {
            break;
        }
        let w = toks[i - k].text.as_str();
        if HEDGES.contains(&w)
            || (w == "than" && matches!(before(k + 1), "more" | "less" | "fewer"))
        {
            hedged = true;
            if k == 1 {
                start = toks[i - k].start;
            }
        }
    }
    // A past value: "down from 35", "from a peak of 20%", "compared with 12%". A bare "from" is
    // not enough: "savings from reablement were £1.9m" is today's figure.
    let words_before: Vec<&str> = (1..=5)
        .take_while(|&k| i >= k && toks[i - k].kind == TokenKind::Word)
        .map(|k| toks[i - k].text.as_str())
        .collect();
    // "went up to 58% from 44% in May": a "from" straight after another figure gives the value
    // it changed from.
    // So does one after today's figure and the word that says it is today's: "down to 250
    // people now, from 410 a year ago".
    let after_a_figure = words_before.first() == Some(&"from") && {
        // Back over "now" (and a comma after it) to the end of the figure.
        let mut end = i - 1;
        if end >= 2
            && toks[end - 1].kind == TokenKind::Break
            && toks[end - 1].text == ","
            && matches!(word_at(toks, end - 2), "now" | "today" | "currently")
        {
            end -= 2;
        } else if end >= 1 && matches!(word_at(toks, end - 1), "now" | "today" | "currently") {
            end -= 1;
        }
        let before_end = |k: usize| if end >= k { word_at(toks, end - k) } else { "" };
        // Back over the figure's unit ("28 days from", "58 per cent from") to its number.
        let unit = match (before_end(1), before_end(2)) {
            ("cent", "per") => 2,
            ("days" | "weeks" | "months" | "years" | "hours" | "people" | "percent", _) => 1,
            _ => 0,
        };
        end > unit && toks[end - 1 - unit].kind == TokenKind::Number
    };
    let past = after_a_figure
        || words_before.iter().enumerate().any(|(k, w)| match *w {
            "compared" | "previously" => true,
            "from" => {
                let prior = words_before.get(k + 1).copied().unwrap_or("");
                // Any verb of change: "climbed from 39% to 58%" as much as "rose from".
                matches!(
                    prior,
                    "down"
                        | "up"
                        | "climbed"
                        | "climbing"
                        | "grew"
                        | "grown"
                        | "jumped"
                        | "slipped"
                        | "crept"
                        | "moved"
                        | "shot"
                        | "dipped"
                        | "edged"
                        | "slid"
                        | "doubled"
                        | "halved"
                        | "shrank"
                        | "shrunk"
                        | "eased"
                        | "recovered"
                        | "decreased"
                        | "lifted"
                        | "rose"
                        | "risen"
                        | "fell"
                        | "fallen"
                        | "reduced"
                        | "increased"
                        | "dropped"
                        | "improved"
                        | "cut"
                        | "went"
                        | "came"
                        | "rising"
                        | "falling"
                ) || (k >= 2
                    && matches!(words_before[k - 1], "a" | "the")
                    && matches!(words_before[0], "of"))
            }
            _ => false,
        });
    (hedged, past, start)
}

/// "two years ago", "for five years", "the last six months", "every 3 weeks": time, not a figure.
fn time_phrase(toks: &[Token], i: usize, unit: usize, unit_word: &str) -> bool {
    let before = |k: usize| if i >= k { word_at(toks, i - k) } else { "" };
    let after = word_at(toks, unit + 1);
    if after == "ago" || after == "old" || after == "later" {
        return true;
    }
    if matches!(
        before(1),
        "last" | "past" | "next" | "every" | "each" | "first" | "for"
    ) || matches!(before(2), "last" | "past" | "next" | "every" | "over")
    {
        return true;
    }
    // Months are a figure only when the answer talks of a wait ("a median wait of 3 months").
    if unit_word.starts_with("month") {
        return !(1..=6).any(|k| before(k).starts_with("wait") || before(k) == "median");
    }
    false
}

/// A word's stem for matching: lower case, possessives and common endings dropped, so "waiting",
/// "waits" and "wait" meet, and "carers'" meets "carers".
pub fn stem(word: &str) -> String {
    let mut w = word.to_lowercase().replace('’', "'");
    for end in ["'s", "'"] {
        if let Some(s) = w.strip_suffix(end) {
            w = s.to_string();
        }
    }
    if let Some(s) = w.strip_suffix("ies").filter(|s| s.len() > 2) {
        w = format!("{s}y");
    } else if let Some(s) = w.strip_suffix("ings").filter(|s| s.len() > 2) {
        w = s.to_string();
    } else if let Some(s) = w.strip_suffix("ing").filter(|s| s.len() > 2) {
        w = s.to_string();
    } else if let Some(s) = w.strip_suffix("ed").filter(|s| s.len() > 2) {
        w = s.to_string();
    } else if let Some(s) = w
        .strip_suffix('s')
        .filter(|s| s.len() > 2 && !s.ends_with('s'))
    {
        w = s.to_string();
    }
    if let Some(s) = w.strip_suffix('e').filter(|s| s.len() > 2) {
        w = s.to_string();
    }
    match SAME_MEANING.iter().find(|(other, _)| *other == w) {
        Some((_, one)) => (*one).to_string(),
        None => w,
    }
}

/// Stems that say the same of a measure, each with the one stem it is matched as: "we buy 13,000
/// hours" measures the hours "commissioned", "weekly" is "each week". Kept to words that mean
/// the same in any measure of adult social care; a looser pair ("cost" and "spend") would match
/// a unit cost to a total spent.
const SAME_MEANING: &[(&str, &str)] = &[
    ("buy", "commission"),
    ("bought", "commission"),
    ("purchas", "commission"),
    ("procur", "commission"),
    ("spent", "spend"),
    ("weekly", "week"),
    // Note form: "2,150 hrs/week".
    ("hr", "hour"),
    ("hrs", "hour"),
    ("monthly", "month"),
    ("yearly", "year"),
    ("annual", "year"),
    ("annually", "year"),
    // "episodes ending with no ongoing need": "those who finish needing nothing more".
    ("finish", "end"),
    ("began", "start"),
    ("begun", "start"),
    ("begin", "start"),
    ("decision", "decid"),
    ("domiciliary", "hom"),
    // "long-stay care home beds" are long-term placements.
    ("long-stay", "long-term"),
    // Safeguarding concerns are as often called referrals.
    ("referral", "concern"),
    // "Unallocated" is waiting for a worker; "awaiting" is waiting.
    ("await", "wait"),
    ("unallocat", "wait"),
];

const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "of",
    "for",
    "in",
    "on",
    "at",
    "to",
    "is",
    "are",
    "was",
    "were",
    "be",
    "been",
    "being",
    "our",
    "we",
    "us",
    "my",
    "i",
    "it",
    "its",
    "this",
    "that",
    "these",
    "those",
    "have",
    "has",
    "had",
    "do",
    "does",
    "did",
    "with",
    "by",
    "from",
    "and",
    "or",
    "but",
    "as",
    "so",
    "than",
    "now",
    "there",
    "their",
    "they",
    "them",
    "who",
    "which",
    "what",
    "per",
    "each",
    "every",
    "all",
    "any",
    "some",
    "more",
    "most",
    "about",
    "around",
    "nearly",
    "almost",
    "over",
    "under",
    "get",
    "got",
    "into",
    "out",
    "up",
    "down",
    "right",
    "just",
    "only",
    "also",
    "very",
    "will",
    "would",
    "can",
    "could",
    "not",
    "no",
    "said",
    "say",
    "says",
    "currently",
    "today",
    "then",
    "when",
    "where",
    "how",
    "why",
    "you",
    "your",
    "he",
    "she",
    "his",
    "her",
    "one",
    "new",
    "cent",
    "percent",
    "approximately",
    "roughly",
    "around",
    "total",
    "number",
    "figure",
    "rate",
    "whole",
    "let",
    "me",
    "if",
    "between",
    "somewhere",
];

/// Whether a word carries meaning for matching a measure.
///
/// Month names are dates, not what is measured: "down from 410 in May" names no measure "May".
pub fn is_content(word: &str) -> bool {
    // A pronoun or "there" with its verb run on ("it's", "that's", "we've") names nothing any
    // more than the pronoun alone.
    let bare = word.split(['\'', '’']).next().unwrap_or(word);
    let run_on = bare.len() < word.len() && STOPWORDS.contains(&bare);
    !run_on
        && !STOPWORDS.contains(&word)
        && !MONTH_WORDS.contains(&word)
        && word.chars().any(char::is_alphabetic)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<(f64, UnitKind, bool, bool)> {
        mentions(text)
            .1
            .iter()
            .map(|m| ((m.value * 100.0).round() / 100.0, m.kind, m.hedged, m.past))
            .collect()
    }

    #[test]
    fn odd_forms_are_read() {
        use UnitKind::*;
        assert_eq!(read("nine per cent"), [(9.0, Percent, false, false)]);
        assert_eq!(
            read("Seventy-one per cent of audits"),
            [(71.0, Percent, false, false)]
        );
        assert_eq!(
            read("we did 1,150 of them"),
            [(1150.0, Count, false, false)]
        );
        assert_eq!(read("it saved £2.3m"), [(2_300_000.0, Money, false, false)]);
        assert_eq!(read("£1.9 million"), [(1_900_000.0, Money, false, false)]);
        assert_eq!(read("a wait of 28 days"), [(28.0, Days, false, false)]);
        assert_eq!(read("a median of six weeks"), [(42.0, Days, false, false)]);
        assert_eq!(
            read("About a third of complaints"),
            [(33.33, Percent, true, false)]
        );
        assert_eq!(read("about 350 people"), [(350.0, Count, true, false)]);
        assert_eq!(
            read("down from 600 in the spring"),
            [(600.0, Count, false, true)]
        );
    }

    /// A fraction in words is as exact as the speaker made it: "three quarters" is 75, hedged only
    /// by a hedge before it; a half opening its clause or after "just under" is a figure too,
    /// while "half of them" in the middle of a clause is not read.
    #[test]
    fn a_fraction_is_hedged_only_by_a_hedge_and_a_half_opening_a_clause_is_read() {
        use UnitKind::Percent;
        assert_eq!(
            read("Three quarters of care plans are signed off on time"),
            [(75.0, Percent, false, false)]
        );
        assert_eq!(
            read("Half of the carers we surveyed felt listened to"),
            [(50.0, Percent, false, false)]
        );
        assert_eq!(
            read("Just under half of new referrals come from GPs"),
            [(50.0, Percent, true, false)]
        );
        assert_eq!(read("we phoned them and half of them answered"), []);
        // "only" is said of the figure and is no hedge.
        assert_eq!(
            read("In the autumn only half of the day centres opened on Saturdays"),
            [(50.0, Percent, false, false)]
        );
    }

    /// An age said as when someone arrives or leaves ("arriving at 17") is no figure.
    #[test]
    fn an_age_someone_arrives_or_leaves_at_is_not_read() {
        assert_eq!(
            read("too many young carers are arriving at 19 with no plan for college"),
            []
        );
        assert_eq!(
            read("most care leavers leaving at 18 had a personal adviser"),
            []
        );
        assert_eq!(
            read("we ring anyone over 80 who lives alone during a heatwave"),
            []
        );
    }

    #[test]
    fn hundreds_and_the_rest_as_a_transcript_writes_them_are_one_figure() {
        use UnitKind::*;
        assert_eq!(
            read("the list is 200 and 50 people now, from 400 and 10 a year ago"),
            [(250.0, Count, false, false), (410.0, Count, false, true)]
        );
        assert_eq!(
            read("we trained 700 and 5 staff"),
            [(705.0, Count, false, false)]
        );
        // Not when the second number is the bigger (a range), nor after thousands.
        assert_eq!(
            ranges("between 200 and 250 people"),
            [(200.0, Some(250.0), Count)]
        );
        assert!(
            read("we have 2,000 and 50 staff")
                .iter()
                .all(|m| m.0 != 2050.0),
            "{:?}",
            read("we have 2,000 and 50 staff")
        );
    }

    /// Ways a PSW says a figure aloud or in notes that no set had shown: a share of ten or five,
    /// a decimal said with "point", a figure said loosely ("odd", "or so", "and a bit"),
    /// "14 hundred", hyphened fractions and a fraction of a million. Sentences written for this
    /// test.
    #[test]
    fn figures_said_loosely_as_one_in_n_or_with_point_are_read() {
        use UnitKind::*;
        assert_eq!(
            read("about one in five referrals"),
            [(20.0, Percent, true, false)]
        );
        assert_eq!(read("four in ten carers"), [(40.0, Percent, false, false)]);
        assert_eq!(read("3 in every 10 calls"), [(30.0, Percent, false, false)]);
        // What is counted may stand between the two numbers (evidence set 8's w26 and w29 as a
        // class).
        assert_eq!(
            read("One home care worker in four has left"),
            [(25.0, Percent, false, false)]
        );
        assert_eq!(
            read("roughly one review in ten runs late"),
            [(10.0, Percent, true, false)]
        );
        assert_eq!(read("one of them in two"), []);
        assert_eq!(
            read("we're at nine point four per cent"),
            [(9.4, Percent, false, false)]
        );
        assert_eq!(
            read("eleven point two five percent of them"),
            [(11.25, Percent, false, false)]
        );
        // A decimal said with nothing after it is no more a figure than "eleven".
        assert_eq!(read("it's eleven point four now"), []);
        assert_eq!(
            read("seven hundred odd people"),
            [(700.0, Count, true, false)]
        );
        assert_eq!(read("400 or so adults"), [(400.0, Count, true, false)]);
        assert_eq!(read("430-odd adults"), [(430.0, Count, true, false)]);
        assert_eq!(
            read("eleven and a bit per cent"),
            [(11.0, Percent, true, false)]
        );
        assert_eq!(read("35% or so of them"), [(35.0, Percent, true, false)]);
        assert_eq!(read("14 hundred people"), [(1400.0, Count, false, false)]);
        assert_eq!(
            read("two-thirds of reviews"),
            [(66.67, Percent, false, false)]
        );
        assert_eq!(
            read("three-quarters of carers"),
            [(75.0, Percent, false, false)]
        );
        assert_eq!(
            read("a quarter of a million pounds"),
            [(250_000.0, Money, false, false)]
        );
    }

    /// Evidence set 6, k30, as a class: a spoken filler inside a figure or beside it, with or
    /// without the commas a transcript puts round it, is no word. Sentences written for this test.
    #[test]
    fn a_filler_inside_a_spoken_figure_is_passed_over() {
        use UnitKind::*;
        assert_eq!(
            read("there's two thousand, erm, four hundred and twelve people placed"),
            [(2412.0, Count, false, false)]
        );
        assert_eq!(
            read("it's sixty um eight per cent"),
            [(68.0, Percent, false, false)]
        );
        assert_eq!(
            read("three hundred and er ten people"),
            [(310.0, Count, false, false)]
        );
        let words: Vec<String> = tokens("the rate, erm, is uh 9%")
            .into_iter()
            .map(|t| t.text)
            .collect();
        assert_eq!(words, ["the", "rate", "is", "9%"]);
    }

    #[test]
    fn a_from_after_todays_figure_and_its_now_gives_the_value_it_changed_from() {
        use UnitKind::*;
        assert_eq!(
            read("the list is down to 250 people now, from 410 a year ago"),
            [(250.0, Count, false, false), (410.0, Count, false, true)]
        );
        assert_eq!(
            read("we reach 64% today from 51% last spring"),
            [(64.0, Percent, false, false), (51.0, Percent, false, true)]
        );
        assert_eq!(
            read("it takes 19 days currently, from 33 days in 2024"),
            [(19.0, Days, false, false), (33.0, Days, false, true)]
        );
        // Without a figure before it, "now, from" is no past value.
        assert_eq!(
            read("now, from 120 referrals a month we see most within a week"),
            [(120.0, Count, false, false)]
        );
    }

    #[test]
    fn numbers_that_are_not_figures_are_left_alone() {
        for text in [
            "Since 2024 we have run our 2025 programme",
            "On 31 October we met",
            "three of them are rated inadequate",
            "started section 42 enquiries",
            "two years ago",
            "for five years",
            "waiting more than 28 days",
            "seen within 28 days",
            "the 17th meeting at 9am",
            "in 2024/25",
            "ring the hub line on 01632 960418",
            "call 07700 900123 out of hours",
        ] {
            assert_eq!(read(text), [], "{text}");
        }
    }

    fn ranges(text: &str) -> Vec<(f64, Option<f64>, UnitKind)> {
        mentions(text)
            .1
            .iter()
            .map(|m| {
                let r = |v: f64| (v * 100.0).round() / 100.0;
                (r(m.value), m.upto.map(r), m.kind)
            })
            .collect()
    }

    #[test]
    fn a_range_is_one_figure_with_both_ends_in_the_unit_said_last() {
        use UnitKind::*;
        assert_eq!(
            ranges("between 40 and 45 per cent of reviews"),
            [(40.0, Some(45.0), Percent)]
        );
        assert_eq!(
            ranges("somewhere between 600 and 650 carers"),
            [(600.0, Some(650.0), Count)]
        );
        assert_eq!(
            ranges("we arrange 1,200 to 1,400 visits"),
            [(1200.0, Some(1400.0), Count)]
        );
        assert_eq!(
            ranges("a wait of between six and eight weeks"),
            [(42.0, Some(56.0), Days)]
        );
        assert_eq!(
            ranges("an overspend of £1m-£1.5m"),
            [(1_000_000.0, Some(1_500_000.0), Money)]
        );
        assert_eq!(
            ranges("between 2 and 3 million pounds"),
            [(2_000_000.0, Some(3_000_000.0), Money)]
        );
    }

    #[test]
    fn a_change_or_an_age_band_is_no_range() {
        use UnitKind::*;
        // From one figure to another is a past value and today's, not a range.
        assert_eq!(
            read("it fell from 410 to 285 carers"),
            [(410.0, Count, false, true), (285.0, Count, false, false)]
        );
        // "and" without "between" joins two figures.
        assert_eq!(ranges("120 visits and 150 calls").len(), 2);
        for text in [
            "adults aged 18 to 25 in supported living",
            "young people aged between 16 and 25",
            "our 18-25 year olds",
            "the 2024-25 budget",
            "a reply in 24 to 48 hours",
            "between 2023 and 2025 we rebuilt the team",
        ] {
            assert_eq!(read(text), [], "{text}");
        }
    }

    #[test]
    fn numbers_in_words_with_a_scale_are_figures() {
        use UnitKind::*;
        assert_eq!(
            read("we made nine thousand visits"),
            [(9000.0, Count, false, false)]
        );
        assert_eq!(
            read("two and a half thousand carers"),
            [(2500.0, Count, false, false)]
        );
        assert_eq!(
            read("it saved half a million pounds"),
            [(500_000.0, Money, false, false)]
        );
        assert_eq!(
            read("about three million pounds"),
            [(3_000_000.0, Money, true, false)]
        );
        assert_eq!(
            read("six hundred and forty referrals"),
            [(640.0, Count, false, false)]
        );
        // A small count in words is a story, not a statistic.
        assert_eq!(read("twenty staff came to the session"), []);
    }

    #[test]
    fn ages_are_not_figures() {
        use UnitKind::*;
        for text in [
            "a man of 87 told us about his wife",
            "she turned 18 last week",
            "a week after turning 18",
            "at the age of 19",
            "a 91-year-old living alone",
            "services for people under 65",
            "adults aged over 65 in residential care",
        ] {
            assert_eq!(read(text), [], "{text}");
        }
        // "just under" is a hedge, and a big number is no age.
        assert_eq!(read("just under 60 people"), [(60.0, Count, true, false)]);
        assert_eq!(read("under 400 people"), [(400.0, Count, true, false)]);
    }

    #[test]
    fn an_age_a_service_starts_or_ends_at_is_no_figure() {
        use UnitKind::*;
        for text in [
            "the transitions team meets every young person with a care plan from 16",
            "they keep their personal assistant until 25, then move on",
            "none of the care leavers lost their tenancy at 18 or after",
        ] {
            assert_eq!(read(text), [], "{text}");
        }
        // A level, a change and a count said with "at" or "from" stay figures.
        assert_eq!(
            read("young people on the list stood at 18"),
            [(18.0, Count, false, false)]
        );
        assert_eq!(
            read("young people came from 16 schools"),
            [(16.0, Count, false, true)]
        );
        assert!(!read("young people waiting fell from 16 to 11").is_empty());
    }

    #[test]
    fn hours_counted_are_figures_and_hours_of_time_are_not() {
        use UnitKind::*;
        assert_eq!(
            read("we arrange 9,400 hours of home care"),
            [(9400.0, Count, false, false)]
        );
        assert_eq!(
            read("twelve thousand hours a week"),
            [(12_000.0, Count, false, false)]
        );
        for text in ["seen within 72 hours", "for 48 hours", "about 3 hours"] {
            assert_eq!(read(text), [], "{text}");
        }
    }

    #[test]
    fn month_names_are_not_what_is_measured() {
        assert!(!is_content("may") && !is_content("march") && !is_content("june"));
        assert!(is_content("carers"));
    }

    #[test]
    fn words_of_the_same_meaning_meet() {
        assert_eq!(stem("bought"), stem("commissioned"));
        assert_eq!(stem("purchasing"), stem("commission"));
        assert_eq!(stem("weekly"), stem("week"));
        assert_eq!(stem("domiciliary"), stem("home"));
        assert_ne!(stem("cost"), stem("spending"));
        // The words of social care for one thing (evidence set 8's measures in other words).
        assert_eq!(stem("referrals"), stem("concerns"));
        assert_eq!(stem("unallocated"), stem("waiting"));
        assert_eq!(stem("awaiting"), stem("wait"));
    }

    #[test]
    fn stems_meet() {
        assert_eq!(stem("waiting"), stem("wait"));
        assert_eq!(stem("carers'"), stem("carer"));
        assert_eq!(stem("enquiries"), stem("enquiry"));
        assert_eq!(stem("savings"), stem("saved"));
        assert_ne!(stem("care"), stem("carers"));
    }

    #[test]
    fn values_from_a_file_or_the_drill() {
        assert_eq!(parse_value("310"), Some((310.0, "")));
        assert_eq!(parse_value("9%"), Some((9.0, "percent")));
        assert_eq!(parse_value("£2.3m"), Some((2_300_000.0, "pounds")));
        assert_eq!(parse_value("six weeks"), Some((42.0, "days")));
        assert_eq!(parse_value("3"), Some((3.0, "")));
        assert_eq!(parse_value("lots"), None);
    }
}
