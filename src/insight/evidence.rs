//! How do you know? Figures, percentages, from-to trends, dates and named sources in an answer.

use super::lexicon::Lexicon;
use super::pattern::{
    AGAINST_BEFORE, COMPARED, MONTH_DATE, NUMBER, NUMERIC_DATE, PERCENTAGE, TREND,
    TREND_AGAINST_LAST, TREND_ONE_SIDED, TREND_WORDS, YEAR, YEAR_SPAN,
};
use super::text::Taken;
use std::ops::Range;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) enum MarkerKind {
    /// "from 78% to 90%", "down from 14 weeks": a before and an after, the strongest kind of figure.
    Trend,
    Percentage,
    /// Says when, not how you know, so on its own it does not count as evidence.
    Date,
    Figure,
    /// "half", "doubled": an amount said in words.
    FigureWords,
    /// "audit", "survey", "carers told us".
    Source,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Marker {
    pub kind: MarkerKind,
    pub range: Range<usize>,
}

/// Every evidence marker in `text`, in text order, leaving out anything inside `exclude` (details
/// flagged as confidential are not evidence).
/// `toks` are the text's tokens, read once by the caller (the analysis reads them for itself too).
pub(crate) fn scan(
    lexicon: &Lexicon,
    text: &str,
    toks: &[super::words::Token],
    exclude: &[Range<usize>],
) -> Vec<Marker> {
    let mut taken = Taken::from_disjoint(exclude.iter().cloned());
    let mut out: Vec<Marker> = Vec::new();
    let mut keep = |kind: MarkerKind, range: Range<usize>, taken: &mut Taken| {
        if taken.take(&range) {
            out.push(Marker { kind, range });
        }
    };

    // Where each number left out as no measure ends ("by 17" in "by 17 and a half").
    let mut ages_left_out: Vec<usize> = Vec::new();
    // The patterns with a figure in digits are not even compiled for an answer without a digit.
    let digits = text.bytes().any(|b| b.is_ascii_digit());
    // Most specific first: a trend holds percentages, and a percentage holds a number.
    if digits {
        for m in TREND.find_iter(text) {
            if clock_hours(text, &m) {
                continue;
            }
            let kind = if years_only(&text[m.clone()]) {
                MarkerKind::Date
            } else {
                MarkerKind::Trend
            };
            keep(kind, m, &mut taken);
        }
        for m in COMPARED.find_iter(text) {
            if !years_only(&text[m.clone()]) {
                keep(MarkerKind::Trend, m, &mut taken);
            }
        }
    }
    for m in TREND_ONE_SIDED
        .find_iter(text)
        .chain(AGAINST_BEFORE.find_iter(text))
        .chain(
            TREND_WORDS
                .find_iter(text)
                .filter(|m| !clock_hours(text, m)),
        )
        .chain(TREND_AGAINST_LAST.find_iter(text))
    {
        keep(MarkerKind::Trend, m, &mut taken);
    }
    if digits {
        for m in arrows(text) {
            keep(MarkerKind::Trend, m, &mut taken);
        }
    }
    if digits {
        for m in PERCENTAGE.find_iter(text) {
            keep(MarkerKind::Percentage, m, &mut taken);
        }
        for m in YEAR_SPAN
            .find_iter(text)
            .chain(NUMERIC_DATE.find_iter(text))
        {
            keep(MarkerKind::Date, m, &mut taken);
        }
    }
    for m in MONTH_DATE.find_iter(text) {
        let s = &text[m.clone()];
        // "May" alone is usually the verb, and "Jan" alone a name.
        let bare = !s.chars().any(|c| c.is_ascii_digit());
        if bare && (s.len() <= 4 || s == "May") {
            continue;
        }
        keep(MarkerKind::Date, m, &mut taken);
    }
    if digits {
        // The end of the last number left out as no measure, so "age 13 or 14" leaves out both.
        let mut left_out: Option<usize> = None;
        let ages_left_out = &mut ages_left_out;
        for m in NUMBER.find_iter(text) {
            // Only a short gap can be "or", "to" or a dash: lower-casing all the text since the
            // last number left out, for every number, made long answers quadratic.
            let chained = left_out.is_some_and(|end| {
                let gap = text[end..m.start].trim();
                gap.len() <= 3
                    && matches!(
                        gap.to_ascii_lowercase().as_str(),
                        "or" | "to" | "and" | "-" | "–"
                    )
            });
            if names_a_thing(lexicon, text, m.start)
                || chained
                || bare_age_or_time(text, &m)
                || within_a_time(text, &m)
                || digits_an_age(toks, &m)
                || digits_are(toks, &m, a_round_or_a_span)
            {
                left_out = Some(m.end);
                ages_left_out.push(m.end);
                continue;
            }
            if is_year(&text[m.clone()]) {
                keep(MarkerKind::Date, m, &mut taken);
            } else {
                keep(MarkerKind::Figure, with_unit(text, m), &mut taken);
            }
        }
    }
    for (kind, r) in spelled_figures(lexicon, text, toks) {
        keep(kind, r, &mut taken);
    }
    if let Some(words) = &lexicon.m().figure_words {
        for r in words.find_all(toks) {
            // "by 17 and a half": the half of an age left out above is no amount either.
            let of_age = ages_left_out.iter().any(|&end| {
                end <= r.start && text[end..r.start].trim().eq_ignore_ascii_case("and a")
            });
            if !of_age {
                keep(MarkerKind::FigureWords, r, &mut taken);
            }
        }
    }
    if let Some(sources) = &lexicon.m().sources {
        for r in sources.find_all(toks) {
            keep(MarkerKind::Source, r, &mut taken);
        }
    }
    out.sort_by_key(|m| m.range.start);
    out
}

/// "from eight in the morning to eight at night", "from 8am to 8pm", "from nine to five o'clock":
/// opening hours, the times of day a service runs, are no before and after.
fn clock_hours(text: &str, m: &Range<usize>) -> bool {
    let said = text[m.clone()].to_ascii_lowercase();
    let after: String = text[m.end..]
        .chars()
        .take(16)
        .collect::<String>()
        .to_ascii_lowercase();
    let after = after.trim_start();
    const OF_THE_DAY: &[&str] = &[
        "in the morning",
        "in the evening",
        "in the afternoon",
        "at night",
        "o'clock",
        "o’clock",
    ];
    let hour = |s: &str| {
        s.len() >= 2
            && s.ends_with(['m'])
            && (s.ends_with("am") || s.ends_with("pm"))
            && s[..s.len() - 2]
                .chars()
                .all(|c| c.is_ascii_digit() || c == '.' || c == ':')
            && !s[..s.len() - 2].is_empty()
    };
    OF_THE_DAY
        .iter()
        .any(|d| said.contains(d) || after.starts_with(d))
        || said.split_whitespace().any(hour)
        || after.starts_with("am") && !after[2..].starts_with(|c: char| c.is_alphabetic())
        || after.starts_with("pm") && !after[2..].starts_with(|c: char| c.is_alphabetic())
        || after.starts_with("a.m")
        || after.starts_with("p.m")
}

/// In notes, an arrow between two figures on one line: "1,620 waiting -> 2026 (Nov): 740", "3 yrs →
/// 14". Scanned by hand: as a pattern, its bounded gaps either side of the arrow made a DFA of 2 GB.
fn arrows(text: &str) -> Vec<Range<usize>> {
    // What may stand between a figure and the arrow, or the arrow and the next figure.
    let filler = |c: char| c.is_ascii_alphanumeric() || " \t(),:.%/".contains(c);
    let mut out = Vec::new();
    for (at, arrow) in text.match_indices("->").chain(text.match_indices('→')) {
        let before = &text[..at];
        let after = &text[at + arrow.len()..];
        // The nearest digit before the arrow, at most 24 characters back, with only filler between.
        let start = before
            .char_indices()
            .rev()
            .take(24)
            .take_while(|&(_, c)| filler(c))
            .filter(|&(_, c)| c.is_ascii_digit())
            .last()
            .map(|(i, _)| i);
        let end = after
            .char_indices()
            .take(20)
            .take_while(|&(_, c)| filler(c))
            .find(|&(_, c)| c.is_ascii_digit())
            .map(|(i, _)| {
                let digits = after[i..]
                    .find(|c: char| !c.is_ascii_digit())
                    .unwrap_or(after.len() - i);
                at + arrow.len() + i + digits
            });
        if let (Some(start), Some(end)) = (start, end) {
            // Back to the start of the first figure ("1,620", not "620").
            let start = before[..start]
                .char_indices()
                .rev()
                .take_while(|&(_, c)| c.is_ascii_digit() || c == ',' || c == '.')
                .last()
                .map_or(start, |(i, _)| i);
            out.push(start..end);
        }
    }
    out.sort_by_key(|r| r.start);
    out
}

/// A count said in words, as a transcript or a spoken answer gives every figure: "forty percent of
/// new carers", "took eight months", "there were nine people placed out there". Read as a number in
/// digits is: with the word after it saying what was counted, or "percent" after it. "One" alone is
/// rarely a count in speech ("one carer told us", "the one provider"), so it counts only where it is
/// set against more: "not one", "only one", "just one", or a share: "one in five". A small count
/// ("two" to "ten") counts only when it counts people or time ([`SMALL_COUNT_UNITS`]), and never
/// after "within", a standard; a time after "for" is how long something ran.
fn spelled_figures(
    lexicon: &Lexicon,
    text: &str,
    toks: &[super::words::Token],
) -> Vec<(MarkerKind, Range<usize>)> {
    use crate::text::number_value;
    let is_number = |i: usize| toks.get(i).is_some_and(|t| number_value(&t.norm).is_some());
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !is_number(i) {
            i += 1;
            continue;
        }
        let first = i;
        // "a hundred and twenty", "forty two", "six hundred".
        let mut last = i;
        loop {
            if is_number(last + 1) {
                last += 1;
            } else if toks.get(last + 1).is_some_and(|t| t.norm == "and") && is_number(last + 2) {
                last += 2;
            } else {
                break;
            }
        }
        i = last + 1;
        // "one in five", "nine out of ten": a share said in words, whatever the first number.
        let share = match toks.get(last + 1).map(|t| t.norm.as_str()) {
            Some("in") => Some(last + 2),
            Some("out") if toks.get(last + 2).is_some_and(|t| t.norm == "of") => Some(last + 3),
            _ => None,
        };
        if let Some(of) = share.filter(|&k| is_number(k)) {
            out.push((MarkerKind::Figure, toks[first].start..toks[of].end));
            i = of + 1;
            continue;
        }
        let before = first.checked_sub(1).map_or("", |b| toks[b].norm.as_str());
        let lone_one = first == last && toks[first].norm == "one";
        if (lone_one && !matches!(before, "not" | "only" | "just"))
            || matches!(before, "aged" | "age" | "ages")
            || an_age(toks, first, last)
            || a_round_or_a_span(toks, first, last)
            || names_a_thing(lexicon, text, toks[first].start)
        {
            continue;
        }
        let Some(unit) = toks.get(last + 1) else {
            continue;
        };
        if unit.start > toks[last].end + 1 {
            continue;
        }
        let start = if before == "a" && first > 0 {
            toks[first - 1].start
        } else {
            toks[first].start
        };
        let per_cent = toks.get(last + 2).is_some_and(|t| t.norm == "cent");
        if unit.norm == "percent" || (unit.norm == "per" && per_cent) {
            let end = if per_cent {
                toks[last + 2].end
            } else {
                unit.end
            };
            out.push((MarkerKind::Percentage, start..end));
        } else if unit.norm.starts_with(|c: char| c.is_alphabetic())
            && !unit.norm.ends_with("ly")
            && !NOT_UNITS.contains(&unit.norm.as_str())
            && (first < last
                || lone_one
                || number_value(&toks[first].norm).is_some_and(|v| v > 10.0)
                || SMALL_COUNT_UNITS.contains(&unit.norm.as_str()))
            && before != "within"
            // "a team manager for six years": a duration of service, no measure.
            && !(before == "for" && TIME_UNITS.contains(&unit.norm.as_str()))
        {
            out.push((MarkerKind::Figure, start..unit.end));
        }
    }
    out
}

/// What a small count in words ("two" to "ten") must count to be a measure: "two teams", "four duty
/// desks" and "six AMHPs on the rota" say how a service is made up, "nine people placed out of
/// county" and "took eight months" measure.
const SMALL_COUNT_UNITS: &[&str] = &[
    "people",
    "persons",
    "carers",
    "families",
    "adults",
    "residents",
    "complaints",
    "referrals",
    "admissions",
    "falls",
    "minutes",
    "hours",
    "days",
    "weeks",
    "months",
    "years",
    "times",
];
const TIME_UNITS: &[&str] = &["minutes", "hours", "days", "weeks", "months", "years"];

/// A person's age, which says nothing about how things went: a bare number that is all "she was"
/// or "he's" says ("She was 84 and lived alone", "he's 91,"), set off by commas after a person ("a
/// lad, nineteen, just out of care", "a woman, eighty odd,"), or followed by "years old". Tokens
/// `first..=last` hold the number.
pub(crate) fn an_age(toks: &[super::words::Token], first: usize, last: usize) -> bool {
    let w = |k: Option<usize>| k.and_then(|k| toks.get(k)).map_or("", |t| t.norm.as_str());
    let (b2, b1) = (w(first.checked_sub(2)), w(first.checked_sub(1)));
    let (a1, a2) = (w(Some(last + 1)), w(Some(last + 2)));
    if matches!(a1, "years" | "year") && a2 == "old" {
        return true;
    }
    // Nothing after the number says what it counts: the clause or the aside ends there.
    let bare = matches!(
        a1,
        "" | "," | "." | ";" | "and" | "but" | "odd" | "ish" | "or"
    );
    let of_a_person = (matches!(b2, "he" | "she" | "who") && matches!(b1, "was" | "is"))
        || matches!(b1, "he's" | "she's")
        || (b1 == "," && super::people::is_one_person(b2));
    bare && of_a_person
}

/// [`an_age`] for a number found in the text in digits.
fn digits_an_age(toks: &[super::words::Token], m: &Range<usize>) -> bool {
    digits_are(toks, m, an_age)
}

/// Whether `test` holds of the tokens a number in digits at `m` spans.
fn digits_are(
    toks: &[super::words::Token],
    m: &Range<usize>,
    test: fn(&[super::words::Token], usize, usize) -> bool,
) -> bool {
    let first = toks.partition_point(|t| t.start < m.start);
    let last = toks.partition_point(|t| t.end < m.end);
    toks.get(first).is_some_and(|t| t.start == m.start)
        && toks.get(last).is_some_and(|t| t.end == m.end)
        && test(toks, first, last)
}

/// A time that says how often or how long a service runs, not how anyone knows what it changed:
/// "we call everyone every four weeks", "the course runs over eight weeks", "for up to four hours
/// at a time", "training behind it these past two years". Tokens `first..=last` hold the number;
/// a measure ("waits of over 12 weeks", "up to 12 weeks on the list") keeps its figure.
pub(crate) fn a_round_or_a_span(toks: &[super::words::Token], first: usize, last: usize) -> bool {
    let w = |k: Option<usize>| k.and_then(|k| toks.get(k)).map_or("", |t| t.norm.as_str());
    let (b2, b1) = (w(first.checked_sub(2)), w(first.checked_sub(1)));
    let (unit, a2, a3, a4) = (
        w(Some(last + 1)),
        w(Some(last + 2)),
        w(Some(last + 3)),
        w(Some(last + 4)),
    );
    if !TIME_UNITS.contains(&unit)
        && !matches!(unit, "minute" | "hour" | "day" | "week" | "month" | "year")
    {
        return false;
    }
    // "every four weeks", "every 6 months".
    b1 == "every"
        // "these past two years", "over the past 3 years", "the last two years" as a span of work.
        || (b1 == "past" && matches!(b2, "these" | "the"))
        // "it runs over eight weeks", "lasts for six weeks".
        || (matches!(b1, "over" | "for")
            && matches!(b2, "runs" | "run" | "ran" | "lasts" | "last" | "lasted"))
        // "for up to four hours at a time".
        || (a2 == "at" && a3 == "a" && a4 == "time")
}

/// A bare number after "from", "until", "at", "by", "over", "under": an age or a time ("a worker
/// from 16", "open until 25 if", "support agreed by 17", "most are over 80"), not a measure; "24/7"
/// is neither. A number with a unit after it ("over 80 carers") still counts; a change "by" a
/// number ("cut by 12") is read as a trend first.
fn bare_age_or_time(text: &str, m: &Range<usize>) -> bool {
    if text[m.clone()] == *"24" && text[m.end..].starts_with("/7") {
        return true;
    }
    if text[..m.start].ends_with("24/") && text[m.clone()] == *"7" {
        return true;
    }
    let after = &text[m.end..];
    // "8 am", "8pm", "nine o'clock": a time of day.
    // The next few letters only: lower-casing the rest of the answer for every number was quadratic.
    let said: String = after
        .trim_start()
        .chars()
        .take(9)
        .collect::<String>()
        .to_ascii_lowercase();
    let day_part = |p: &str| {
        said.strip_prefix(p)
            .is_some_and(|rest| !rest.starts_with(|c: char| c.is_alphabetic()))
    };
    if day_part("am") || day_part("pm") || day_part("a.m") || day_part("p.m") || day_part("o'clock")
    {
        return true;
    }
    if after.starts_with(['%', '/']) || with_unit(text, m.clone()) != *m {
        return false;
    }
    let before = text[..m.start].trim_end();
    let word: String = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .chars()
        .rev()
        .collect::<String>()
        .to_lowercase();
    // "Monday to Friday 9 to 4": opening hours.
    matches!(
        word.as_str(),
        "from" | "until" | "till" | "at" | "by" | "over" | "under" | "aged"
    ) || WEEKDAYS.contains(&word.as_str())
}

/// "gets a housing officer within 48 hours", "screened within 2 working days": a time allowed is a
/// standard, not a measure of what happened.
fn within_a_time(text: &str, m: &Range<usize>) -> bool {
    // Only the words either side are read (never the rest of the text, which made a long answer's
    // scan quadratic).
    let before = text[..m.start].trim_end().as_bytes();
    let within = before.len() >= 6 && before[before.len() - 6..].eq_ignore_ascii_case(b"within");
    if !within {
        return false;
    }
    let mut words = text[m.end..]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(2);
    let unit = match words.next() {
        Some(w) if w.eq_ignore_ascii_case("working") => words.next().unwrap_or(""),
        Some(w) => w,
        None => "",
    };
    TIME_UNITS
        .iter()
        .any(|u| unit.eq_ignore_ascii_case(u) || unit.eq_ignore_ascii_case(u.trim_end_matches('s')))
}

/// Days of the week: opening hours here, and no name after "call him" in the clause reader.
pub(crate) const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "weekdays",
];

/// Little words that never say what a number counts.
const NOT_UNITS: &[&str] = &[
    "a", "an", "the", "and", "or", "but", "are", "is", "was", "were", "be", "been", "in", "by",
    "of", "to", "for", "from", "at", "on", "with", "out", "per", "each", "this", "that", "these",
    "those", "we", "i", "it", "they", "so", "as", "than", "then", "now", "our", "their", "has",
    "have", "had", "if", "when", "unless", "while", "because", "before", "after", "until",
];

/// "640 people", "11 weeks": a bare number read back in a report means little, so the word after it
/// comes along when it says what was counted.
fn with_unit(text: &str, range: Range<usize>) -> Range<usize> {
    let rest = &text[range.end..];
    let Some(word_start) = rest.strip_prefix([' ', '\t']) else {
        return range;
    };
    let word_len = word_start
        .find(|c: char| !(c.is_alphabetic() || c == '-'))
        .unwrap_or(word_start.len());
    let word = &word_start[..word_len];
    let lower = word.to_lowercase();
    let is_unit = !word.is_empty()
        && word.chars().next().is_some_and(char::is_alphabetic)
        && !lower.ends_with("ly")
        && !NOT_UNITS.contains(&lower.as_str());
    if is_unit {
        range.start..range.end + 1 + word_len
    } else {
        range
    }
}

/// True when a marker's text only says when: a year, a month, a date or a span of years.
pub(crate) fn is_date_text(s: &str) -> bool {
    is_year(s)
        || YEAR_SPAN.is_whole(s)
        || NUMERIC_DATE.is_whole(s)
        || MONTH_DATE.is_whole(s)
        || (TREND.is_whole(s) && years_only(s))
}

/// "from 2021 to 2023" is a span of time, not a change in a figure. `trend` is a match of `TREND`
/// or `COMPARED`: its first number is the "from" side and its last the "to" side (nothing after the
/// second holds a digit), and each is a plain year when it is one with no "%" or "per cent" after it.
fn years_only(trend: &str) -> bool {
    let mut numbers = NUMBER.find_iter(trend);
    let (Some(from), Some(to)) = (numbers.next(), numbers.last()) else {
        return false;
    };
    let plain_year = |r: Range<usize>| {
        let after = trend[r.end..]
            .trim_start_matches([' ', '\t'])
            .to_ascii_lowercase();
        let per = after.starts_with('%')
            || after
                .strip_prefix("per")
                .is_some_and(|rest| rest.trim_start_matches([' ', '\t']).starts_with("cent"));
        !per && is_year(&trend[r])
    };
    plain_year(from) && plain_year(to)
}

/// The first year written in a date marker ("March 2023", "2019/20").
pub(crate) fn year_in(s: &str) -> Option<i32> {
    YEAR.find(s).and_then(|m| s[m].parse().ok())
}

fn is_year(s: &str) -> bool {
    s.len() == 4 && s.parse::<u32>().is_ok_and(|y| (1900..=2099).contains(&y))
}

/// True when the number names a thing ("Care Act 2014", "Level 3") rather than counting anything.
pub(crate) fn names_a_thing(lexicon: &Lexicon, text: &str, start: usize) -> bool {
    let before = text.get(..start).unwrap_or("").trim_end();
    let from = before.ceil_char_boundary(before.len().saturating_sub(24));
    let tail = before[from..].to_lowercase();
    lexicon.m().not_figures_after.iter().any(|word| {
        tail.strip_suffix(word.as_str())
            .is_some_and(|rest| !rest.chars().next_back().is_some_and(char::is_alphanumeric))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn markers(text: &str) -> Vec<(MarkerKind, &str)> {
        scan(
            &Lexicon::bundled(),
            text,
            &super::super::words::tokens(text),
            &[],
        )
        .into_iter()
        .map(|m| (m.kind, &text[m.range]))
        .collect()
    }

    #[test]
    fn dates_are_told_apart_from_proof() {
        for date in [
            "2021",
            "March",
            "14 March 2024",
            "2019/20",
            "12/04/2023",
            "From 2021 to 2023",
        ] {
            assert!(is_date_text(date), "{date}");
        }
        for proof in ["88%", "640 people", "audit", "from 78% to 90%"] {
            assert!(!is_date_text(proof), "{proof}");
        }
    }

    #[test]
    fn trends_percentages_figures_dates_and_sources() {
        use MarkerKind::*;
        assert_eq!(
            markers("Audits rated good went from 78% in November to 90% in April."),
            vec![
                (Source, "Audits"),
                (Trend, "from 78% in November to 90%"),
                (Date, "April")
            ]
        );
        assert_eq!(
            markers("Waits are 6 weeks, down from 14, and 322 staff were trained in 2023."),
            vec![
                (Figure, "6 weeks"),
                (Trend, "down from 14"),
                (Figure, "322 staff"),
                (Date, "2023")
            ]
        );
        assert_eq!(
            markers("Under the Care Act 2014 and at Level 3, half of carers told us so."),
            vec![(FigureWords, "half"), (Source, "told us")]
        );
        assert_eq!(
            markers("He went home in 2 days instead of 3 weeks; 9% compared with 24%."),
            vec![
                (Trend, "2 days instead of 3 weeks"),
                (Trend, "9% compared with 24%")
            ]
        );
        assert_eq!(
            markers("Team managers told me in the March practice forum."),
            vec![(Source, "told me"), (Date, "March")]
        );
        assert_eq!(
            markers("From 2021 to 2023 we tracked 1,250 cases in 2022/23."),
            vec![
                (Date, "From 2021 to 2023"),
                (Source, "tracked"),
                (Figure, "1,250 cases"),
                (Date, "2022/23")
            ]
        );
    }

    #[test]
    fn a_count_said_in_words_is_a_figure_when_it_measures() {
        use MarkerKind::*;
        assert_eq!(
            markers("Sixty two percent now, and it took thirteen months; not one went back."),
            vec![
                (Percentage, "Sixty two percent"),
                (Figure, "thirteen months"),
                (Figure, "one went")
            ]
        );
        assert_eq!(
            markers("Back then seven families waited and a hundred and ten letters went out."),
            vec![
                (Figure, "seven families"),
                (Figure, "a hundred and ten letters")
            ]
        );
        // How a service is made up, how long someone held a post, a standard and a lone "one" are no
        // measure.
        for said in [
            "The three district teams meet with two providers.",
            "I was a manager for seven years before this.",
            "Everyone gets a call within five days.",
            "One carer lived far from the one provider.",
        ] {
            assert_eq!(markers(said), vec![], "{said}");
        }
    }
}
