//! Text for people, written one way everywhere: durations, one-line cleaning, and the words an
//! answer says months and numbers in (`MONTH_WORDS`; `number_value` and the named sets of
//! `NumberWords`, all on one list of numbers).
//!
//! Durations have one format each: only a clock running on screen says `4:08` ([`clock`]); every
//! time taken or allowed says "4 min 08 s" ([`duration`]), in notes, the prep pack, the feedback
//! sheet, cards, the coaching, the summary and review screens and plain mode alike. A session's
//! length is [`answering`] (with [`with_rating`] beside it where shown), a question's time against
//! its target [`of_target`].

/// A clock or stopwatch reading: `95` -> `1:35`.
pub fn clock(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// A duration in prose: "45 s", "2 min", "4 min 08 s", "1 h 05 min", "1 h 05 min 09 s".
pub fn duration(seconds: u64) -> String {
    let (h, m, s) = (seconds / 3600, seconds / 60 % 60, seconds % 60);
    match (h, m, s) {
        (0, 0, s) => format!("{s} s"),
        (0, m, 0) => format!("{m} min"),
        (0, m, s) => format!("{m} min {s:02} s"),
        (h, m, 0) => format!("{h} h {m:02} min"),
        (h, m, s) => format!("{h} h {m:02} min {s:02} s"),
    }
}

/// How long a session's answers took, the one way it is said everywhere (screens, notes, the
/// feedback sheet, `notes show`, plain mode): "12 min 05 s answering". Rating and reflecting are
/// thinking time, not answering; where they are shown too, [`with_rating`] names them.
pub fn answering(seconds: u64) -> String {
    format!("{} answering", duration(seconds))
}

/// The session's whole length, rating and reflection included, beside [`answering`]:
/// " (14 min 10 s with rating)", or nothing when it adds no time.
pub fn with_rating(session_seconds: u64, answering_seconds: u64) -> String {
    if session_seconds > answering_seconds {
        format!(" ({} with rating)", duration(session_seconds))
    } else {
        String::new()
    }
}

/// A question's time against its target: "2 min 34 s of 2 min 30 s".
pub fn of_target(seconds: u64, target_seconds: u64) -> String {
    format!("{} of {}", duration(seconds), duration(target_seconds))
}

/// Text from a bank, a note or an answer on one line: every run of whitespace (line breaks, tabs,
/// Unicode line separators) becomes one space, and other control characters go, so nothing from
/// a file can start a new line or move a terminal's or printer's cursor.
pub fn one_line(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_control()).collect::<String>())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// `text` on one line of `width` columns, cut with an ellipsis when it is too long.
pub fn cut_line(text: &str, width: usize) -> String {
    use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};
    if text.width() <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.truncate(out.trim_end().len());
    out + "…"
}

/// `text` word-wrapped greedily to `width` display columns: the first line starts with `first`
/// columns already used (a label before it), every later line with `indent` spaces. A word longer
/// than the room stands on its own line, whole. The one word wrapper for plain text laid out by
/// hand (the note view, printed cards); ratatui's `Paragraph` wraps what it draws itself.
pub fn wrap_words(text: &str, width: usize, first: usize, indent: usize) -> Vec<String> {
    wrap_units(text.split_whitespace(), width, first, indent)
}

/// As [`wrap_words`], for units given one by one: a unit is never broken, so one holding a space
/// ("(3 s)", a part's time after its heading) stays on one line.
pub fn wrap_units<'a>(
    units: impl IntoIterator<Item = &'a str>,
    width: usize,
    first: usize,
    indent: usize,
) -> Vec<String> {
    use unicode_width::UnicodeWidthStr;
    let width = width.max(indent + 1);
    let mut out: Vec<String> = Vec::new();
    let mut line = String::new();
    let mut used = first;
    let mut at_start = true;
    for word in units {
        let w = word.width();
        if !at_start && used + 1 + w > width {
            out.push(std::mem::take(&mut line));
            line.push_str(&" ".repeat(indent));
            used = indent;
            at_start = true;
        }
        if !at_start {
            line.push(' ');
            used += 1;
        }
        line.push_str(word);
        used += w;
        at_start = false;
    }
    out.push(line);
    out
}

/// The twelve full month names, lower case: the first twelve of [`MONTH_WORDS`].
pub(crate) const FULL_MONTHS: &[&str] = MONTH_WORDS.split_at(12).0;

/// The month a word names, 1 to 12: "oct", "sept", "October" (a full name or its first three
/// letters or more, any case).
pub(crate) fn month_number(word: &str) -> Option<u32> {
    let word = word.trim_end_matches('.').to_ascii_lowercase();
    // The first twelve of the one month list are the full names, in order.
    FULL_MONTHS
        .iter()
        .position(|m| word.len() >= 3 && m.starts_with(word.as_str()))
        .map(|i| i as u32 + 1)
}

/// Month names and their short forms, lower case, as words in an answer are compared with them
/// (the clause reader's "when" and the evidence register's dates share this one list).
pub(crate) const MONTH_WORDS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
];

/// Days of the month said in words ("ninth"; "twenty" before "first" makes "twenty first"): the
/// clause reader's "on the fourteenth of January" and a date of birth said aloud share this list.
pub(crate) const DAY_ORDINALS: &[&str] = &[
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
    "thirtieth",
];

/// Numbers said in words, with their values: the one list every reader of figures shares (the
/// clause reader, the figures a probe asks for, the anchored follow-ups, "only twelve").
const NUMBERS: &[(&str, f64)] = &[
    ("zero", 0.0),
    ("one", 1.0),
    ("two", 2.0),
    ("three", 3.0),
    ("four", 4.0),
    ("five", 5.0),
    ("six", 6.0),
    ("seven", 7.0),
    ("eight", 8.0),
    ("nine", 9.0),
    ("ten", 10.0),
    ("eleven", 11.0),
    ("twelve", 12.0),
    ("thirteen", 13.0),
    ("fourteen", 14.0),
    ("fifteen", 15.0),
    ("sixteen", 16.0),
    ("seventeen", 17.0),
    ("eighteen", 18.0),
    ("nineteen", 19.0),
    ("twenty", 20.0),
    ("thirty", 30.0),
    ("forty", 40.0),
    ("fifty", 50.0),
    ("sixty", 60.0),
    ("seventy", 70.0),
    ("eighty", 80.0),
    ("ninety", 90.0),
    ("hundred", 100.0),
    ("thousand", 1000.0),
    ("million", 1_000_000.0),
];

/// Words that give an amount without being one number: fractions, multiples and rough counts.
const AMOUNTS: &[&str] = &[
    "half",
    "third",
    "quarter",
    "hundreds",
    "thousands",
    "dozen",
    "handful",
    "double",
    "doubled",
    "halved",
];

/// The value of a number said in one word: "nine" is 9, "sixty" is 60.
pub(crate) fn number_value(word: &str) -> Option<f64> {
    let value = |w: &str| NUMBERS.iter().find(|(n, _)| *n == w).map(|(_, v)| *v);
    value(word).or_else(|| {
        // "fifty-two", read as one word with its hyphen taken out ("fiftytwo"): tens and a unit.
        [
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ]
        .iter()
        .find_map(|tens| {
            let unit = value(word.strip_prefix(tens)?).filter(|u| (1.0..10.0).contains(u))?;
            Some(value(tens)? + unit)
        })
    })
}

/// Which lower-case words say a figure: the numbers and amounts above, with a few words more or
/// fewer where a reader needs them. The sets differ on purpose, each for a reason named where it
/// is defined; all of them share the one list of numbers.
#[derive(Debug, Clone, Copy)]
pub(crate) struct NumberWords {
    also: &'static [&'static str],
    except: &'static [&'static str],
}

impl NumberWords {
    /// Whether `word` (lower case) says a figure in this set. Takes `&&str`, as a slice's
    /// `contains` does.
    pub(crate) fn contains(&self, word: &&str) -> bool {
        let word = *word;
        !self.except.contains(&word)
            && (number_value(word).is_some()
                || AMOUNTS.contains(&word)
                || self.also.contains(&word))
    }
}

/// Number words a figure is given in, less "one", which in speech is rarely a count ("one carer
/// told us"): whether an answer gave the figure a probe asks for.
pub(crate) const COUNT_WORDS: NumberWords = NumberWords {
    also: &[],
    except: &["one"],
};

/// Number words and the words that say none or a whole ("no one", "every post", "none of them"):
/// the clause reader counts both as a figure of a measure. A change said in one word ("doubled",
/// "halved") is no figure there: the analysis reads it as a difference (the lexicon's change words).
pub(crate) const NUMBER_OR_WHOLE_WORDS: NumberWords = NumberWords {
    also: &["none", "nobody", "every", "all", "no"],
    except: &["doubled", "halved"],
};

/// Number words and "none": a figure reported ("only none of them", "just twelve carers").
pub(crate) const NUMBER_OR_NONE_WORDS: NumberWords = NumberWords {
    also: &["none"],
    except: &[],
};

/// A message as a sentence ending in a full stop, so another can follow it ("No microphone." and
/// then what to do instead).
pub fn sentence(text: &str) -> String {
    let text = text.trim();
    if text.ends_with(['.', '!', '?']) {
        text.to_string()
    } else {
        format!("{text}.")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn number_words_have_their_values_and_the_sets_differ_only_as_named() {
        assert_eq!(number_value("nine"), Some(9.0));
        assert_eq!(number_value("sixty"), Some(60.0));
        assert_eq!(number_value("carers"), None);
        assert_eq!(number_value("million"), Some(1_000_000.0));
        for set in [COUNT_WORDS, NUMBER_OR_WHOLE_WORDS, NUMBER_OR_NONE_WORDS] {
            assert!(set.contains(&"twelve") && set.contains(&"half") && set.contains(&"hundreds"));
            assert!(!set.contains(&"carers") && !set.contains(&"march"));
        }
        assert!(NUMBER_OR_WHOLE_WORDS.contains(&"one") && !COUNT_WORDS.contains(&"one"));
        assert!(NUMBER_OR_WHOLE_WORDS.contains(&"every") && !COUNT_WORDS.contains(&"every"));
        assert!(COUNT_WORDS.contains(&"halved") && !NUMBER_OR_WHOLE_WORDS.contains(&"halved"));
        assert!(NUMBER_OR_NONE_WORDS.contains(&"none") && !NUMBER_OR_NONE_WORDS.contains(&"all"));
    }

    #[test]
    fn a_clock_reads_minutes_and_seconds() {
        assert_eq!(clock(0), "0:00");
        assert_eq!(clock(95), "1:35");
        assert_eq!(clock(600), "10:00");
    }

    #[test]
    fn prose_durations_pad_seconds_after_minutes() {
        assert_eq!(duration(45), "45 s");
        assert_eq!(duration(120), "2 min");
        assert_eq!(duration(248), "4 min 08 s");
        assert_eq!(duration(3900), "1 h 05 min");
        assert_eq!(duration(3909), "1 h 05 min 09 s");
    }

    #[test]
    fn a_session_and_a_question_are_timed_in_words() {
        assert_eq!(answering(725), "12 min 05 s answering");
        assert_eq!(with_rating(850, 725), " (14 min 10 s with rating)");
        assert_eq!(with_rating(725, 725), "");
        assert_eq!(of_target(154, 150), "2 min 34 s of 2 min 30 s");
    }

    #[test]
    fn wrap_words_hangs_later_lines_and_keeps_words_whole() {
        assert_eq!(
            wrap_words("one two three four five six", 20, 6, 4),
            ["one two three", "    four five six"]
        );
        assert_eq!(wrap_words("", 20, 0, 2), [""]);
        assert_eq!(wrap_words("a", 20, 0, 2), ["a"]);
        assert_eq!(wrap_words("aa bb cc", 5, 0, 0), ["aa bb", "cc"]);
        assert_eq!(wrap_words("abcdefgh ij", 5, 0, 0), ["abcdefgh", "ij"]);
    }

    #[test]
    fn one_line_leaves_no_line_break_or_control_character() {
        assert_eq!(one_line("a\nb\u{2028}c\td\u{7}e  f"), "a b c de f");
        assert_eq!(one_line("  \u{1b}[2J  "), "[2J");
    }
}
