//! The two checks built from lists a PSW may add to (`confidential.titles` and
//! `confidential.birth_cues`), scanned by hand: they used to be regular expressions compiled on every
//! run (issue 17). Each scan finds what the expression found, leftmost first and without overlaps:
//!
//! - a title, a name and maybe a second name: `(?i:TITLE)\.?[ \t]+NAME(?:[ \t]+NAME)?`, where NAME
//!   is an initial with its stop ("J.") or a word of Latin letters with `'`, `’` or `-` inside;
//! - a birth cue and a year: `(?i)CUE[ \t:,-]{0,3}(?:(?:on|in)[ \t]+)?(?:MONTH[ \t]+)?(?:19|20)NN`.

use super::words::stars;
use std::ops::Range;

/// A word character as ASCII word boundaries see it.
fn is_word_byte(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// An ASCII word boundary at `at`.
fn boundary(text: &[u8], at: usize) -> bool {
    let before = at > 0 && is_word_byte(text[at - 1]);
    let after = text.get(at).is_some_and(|&b| is_word_byte(b));
    before != after
}

/// A letter a name may be written in: Latin, with accents ("Zoë", "Siân", "Łucja" is not).
fn is_name_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || matches!(c, 'À'..='Ö' | 'Ø'..='ö' | 'ø'..='ÿ' | 'Ā'..='ž')
}

/// The end of the spaces and tabs from `at`, if there is at least one.
fn spaces(text: &str, at: usize) -> Option<usize> {
    let n = text[at..]
        .bytes()
        .take_while(|&b| b == b' ' || b == b'\t')
        .count();
    (n > 0).then_some(at + n)
}

/// A name at `at`: an initial and its stop ("J."), else a word of name letters.
fn name(text: &str, at: usize) -> Option<Range<usize>> {
    let rest = &text[at..];
    let b = rest.as_bytes();
    if b.len() >= 2 && b[0].is_ascii_alphabetic() && b[1] == b'.' {
        return Some(at..at + 2);
    }
    let mut chars = rest.char_indices();
    let (_, first) = chars.next()?;
    if !is_name_letter(first) {
        return None;
    }
    let end = chars
        .find(|&(_, c)| !(is_name_letter(c) || matches!(c, '\'' | '’' | '-')))
        .map_or(rest.len(), |(i, _)| i);
    Some(at..at + end)
}

/// `phrase` at `at`, as a lexicon entry is matched: without regard to case, a space as any run of
/// white space, either apostrophe, a hyphen as a hyphen, a space or nothing, and a `*` at either end
/// as any letters there. Whole words where the phrase starts or ends with a letter or digit.
fn phrase_at(text: &str, at: usize, phrase: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let (any_start, core, any_end) = stars(phrase);
    let mut i = at;
    if any_start {
        if !boundary(bytes, i) {
            return None;
        }
        let n = bytes[i..].iter().take_while(|&&b| is_word_byte(b)).count();
        // The letters before the phrase's own: as many as leave the phrase still to match.
        return (1..=n).rev().find_map(|k| phrase_at(text, i + k, core));
    }
    if core
        .chars()
        .next()
        .is_some_and(|c| c.is_ascii_alphanumeric())
        && !boundary(bytes, i)
    {
        return None;
    }
    let mut in_space = false;
    for c in core.chars() {
        let rest = text.get(i..)?;
        if c.is_whitespace() {
            if !in_space {
                let n: usize = rest
                    .chars()
                    .take_while(|c| c.is_whitespace())
                    .map(char::len_utf8)
                    .sum();
                if n == 0 {
                    return None;
                }
                i += n;
            }
            in_space = true;
            continue;
        }
        in_space = false;
        let next = rest.chars().next();
        match c {
            '\'' | '’' => match next {
                Some(n @ ('\'' | '’')) => i += n.len_utf8(),
                _ => return None,
            },
            '-' => {
                if let Some(n) = next.filter(|&n| n == '-' || n.is_whitespace()) {
                    i += n.len_utf8();
                }
            }
            _ => {
                let n = next?;
                if n != c && !n.to_lowercase().eq(c.to_lowercase()) {
                    return None;
                }
                i += n.len_utf8();
            }
        }
    }
    if any_end {
        i += bytes[i..].iter().take_while(|&&b| is_word_byte(b)).count();
    } else if core
        .chars()
        .last()
        .is_some_and(|c| c.is_ascii_alphanumeric())
        && !boundary(bytes, i)
    {
        return None;
    }
    Some(i)
}

/// Entries longest first (the first that fits wins, as in an alternation), without repeats.
fn longest_first(list: &[String], same: fn(&str, &str) -> bool) -> Vec<String> {
    let mut out: Vec<String> = list
        .iter()
        .map(|p| p.trim().to_string())
        .filter(|p| !p.is_empty())
        .collect();
    out.sort_by(|a, b| b.len().cmp(&a.len()).then(a.cmp(b)));
    out.dedup_by(|a, b| same(a, b));
    out
}

/// The first letters a list's entries start with, lower case, to pass over places none can start.
/// `None` when some entry starts with anything but an ASCII letter or digit (a `*`, an accent, a
/// stop): then every place is tried, as before.
struct FirstBytes(Option<Vec<u8>>);

impl FirstBytes {
    fn of(list: &[String]) -> FirstBytes {
        FirstBytes(
            list.iter()
                .map(|e| {
                    e.bytes()
                        .next()
                        .filter(u8::is_ascii_alphanumeric)
                        .map(|b| b.to_ascii_lowercase())
                })
                .collect(),
        )
    }

    fn may_start(&self, b: u8) -> bool {
        self.0
            .as_ref()
            .is_none_or(|firsts| firsts.contains(&b.to_ascii_lowercase()))
    }
}

/// A title and the name after it, as found in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Titled {
    pub start: usize,
    pub name: Range<usize>,
    pub name2: Option<Range<usize>>,
}

impl Titled {
    pub fn end(&self) -> usize {
        self.name2.as_ref().map_or(self.name.end, |r| r.end)
    }
}

/// The titles that come before a name ("Mr", "Mrs", "Dr" and any a PSW adds).
#[derive(Debug, Clone)]
pub(crate) struct Titles {
    titles: Vec<String>,
}

impl Titles {
    pub fn new(list: &[String]) -> Option<Titles> {
        let titles = longest_first(list, |a, b| a == b);
        (!titles.is_empty()).then_some(Titles { titles })
    }

    /// What follows a title that ends at `at`: a stop, spaces, a name, maybe a second name.
    fn after_title(text: &str, start: usize, at: usize) -> Option<Titled> {
        let at = if text[at..].starts_with('.') {
            at + 1
        } else {
            at
        };
        let first = name(text, spaces(text, at)?)?;
        let name2 = spaces(text, first.end).and_then(|at| name(text, at));
        Some(Titled {
            start,
            name: first,
            name2,
        })
    }

    fn title_at(&self, text: &str, at: usize) -> Option<Titled> {
        let bytes = text.as_bytes();
        self.titles.iter().find_map(|title| {
            let end = at + title.len();
            let said = text.get(at..end)?;
            let fits = said.eq_ignore_ascii_case(title)
                || (!title.is_ascii() && said.to_lowercase() == title.to_lowercase());
            // Whole words: an ASCII word boundary on both sides, as the expression had.
            if !fits || !boundary(bytes, at) || !boundary(bytes, end) {
                return None;
            }
            Titles::after_title(text, at, end)
        })
    }

    /// Every title with a name after it, left to right, none overlapping.
    pub fn find_all(&self, text: &str) -> Vec<Titled> {
        let mut out = Vec::new();
        let mut at = 0;
        let bytes = text.as_bytes();
        let firsts = FirstBytes::of(&self.titles);
        while at < text.len() {
            // A title starts a word, and with one of the titles' first letters: most places in a
            // long answer are neither, and trying every title at each of them was a tenth of
            // choosing a follow-up (issue 23).
            if text.is_char_boundary(at)
                && boundary(bytes, at)
                && firsts.may_start(bytes[at])
                && let Some(found) = self.title_at(text, at)
            {
                at = found.end().max(at + 1);
                out.push(found);
                continue;
            }
            at += 1;
        }
        out
    }
}

/// The cues that make a year a year of birth ("born", "DOB", "aged" and any a PSW adds).
#[derive(Debug, Clone)]
pub(crate) struct BirthCues {
    cues: Vec<String>,
}

impl BirthCues {
    pub fn new(list: &[String]) -> Option<BirthCues> {
        let cues = longest_first(list, |a, b| a.eq_ignore_ascii_case(b));
        (!cues.is_empty()).then_some(BirthCues { cues })
    }

    /// A year (with its month, if one comes first) at `at`, whole.
    fn date_at(text: &str, at: usize) -> Option<Range<usize>> {
        let year = |at: usize| {
            let b = text.as_bytes().get(at..at + 4)?;
            let ok = (b[..2] == *b"19" || b[..2] == *b"20")
                && b[2].is_ascii_digit()
                && b[3].is_ascii_digit()
                && boundary(text.as_bytes(), at + 4);
            ok.then_some(at + 4)
        };
        for month in MONTH_WORDS_IN_ORDER {
            let end = at + month.len();
            if text
                .get(at..end)
                .is_some_and(|m| m.eq_ignore_ascii_case(month))
                && let Some(end) = spaces(text, end).and_then(year)
            {
                return Some(at..end);
            }
        }
        year(at).map(|end| at..end)
    }

    /// The year of birth after a cue at `at`, and where the whole match ends.
    fn after_cue(text: &str, at: usize) -> Option<(Range<usize>, usize)> {
        let seps = text[at..]
            .bytes()
            .take(3)
            .take_while(|b| matches!(b, b' ' | b'\t' | b':' | b',' | b'-'))
            .count();
        let mut at = at + seps;
        let lead = text.get(at..at + 2).map(str::to_ascii_lowercase);
        if matches!(lead.as_deref(), Some("on" | "in"))
            && let Some(after) = spaces(text, at + 2)
            && BirthCues::date_at(text, after).is_some()
        {
            at = after;
        }
        let date = BirthCues::date_at(text, at)?;
        let end = date.end;
        Some((date, end))
    }

    /// Every year said as a year of birth ("born in 1948", "DOB: March 1948"), left to right.
    pub fn dates(&self, text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut at = 0;
        let bytes = text.as_bytes();
        let firsts = FirstBytes::of(&self.cues);
        // Every cue that starts with a letter or digit, or a `*`, starts at a word boundary.
        let at_words = self
            .cues
            .iter()
            .all(|c| c.starts_with(|c: char| c.is_ascii_alphanumeric() || c == '*'));
        while at < text.len() {
            if text.is_char_boundary(at)
                && (!at_words || boundary(bytes, at))
                && firsts.may_start(bytes[at])
                && let Some((date, end)) = self
                    .cues
                    .iter()
                    .find_map(|cue| BirthCues::after_cue(text, phrase_at(text, at, cue)?))
            {
                out.push(date);
                at = end.max(at + 1);
                continue;
            }
            at += 1;
        }
        out
    }
}

/// The month words in the order the old alternation tried them: whole names first, then "Sept",
/// then the short forms.
const MONTH_WORDS_IN_ORDER: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Sept",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
];

#[cfg(test)]
mod tests {
    use super::*;

    fn titled(text: &str) -> Vec<(String, String, Option<String>)> {
        let titles = Titles::new(&["Mr".into(), "Mrs".into(), "Dr".into()]).expect("titles");
        titles
            .find_all(text)
            .into_iter()
            .map(|t| {
                (
                    text[t.start..t.name.start].to_string(),
                    text[t.name].to_string(),
                    t.name2.map(|r| text[r].to_string()),
                )
            })
            .collect()
    }

    #[test]
    fn a_title_takes_a_name_and_maybe_a_second() {
        assert_eq!(
            titled("Mrs Okafor, then Mr. J. Hale and DR Zoë Ng-Smith."),
            vec![
                ("Mrs ".into(), "Okafor".into(), None),
                ("Mr. ".into(), "J.".into(), Some("Hale".into())),
                ("DR ".into(), "Zoë".into(), Some("Ng-Smith".into())),
            ]
        );
        assert!(titled("Mrsmith and Mr, and Mr\nSmith").is_empty());
    }

    /// The scan finds what the regular expression it replaced found, on the project's tables.
    #[test]
    fn titles_are_found_as_the_old_expression_found_them() {
        let list: Vec<String> = ["Mr", "Mrs", "Ms", "Miss", "Mx", "Dr", "Sister"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let titles = Titles::new(&list).expect("titles");
        let alternation = longest_first(&list, |a, b| a == b)
            .iter()
            .map(|w| format!(r"(?-u:\b){}(?-u:\b)", regex::escape(w)))
            .collect::<Vec<_>>()
            .join("|");
        const NAME: &str = r"(?:[A-Za-z]\.|[A-Za-zÀ-ÖØ-öø-ÿĀ-ž][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’-]*)";
        let old = regex::Regex::new(&format!(
            r"(?i:{alternation})\.?[ \t]+(?P<name>{NAME})(?:[ \t]+(?P<name2>{NAME}))?"
        ))
        .expect("valid");
        let mut texts: Vec<&str> = vec![
            "Mrs Okafor rang; MR DEAN OKORO; mrs hollis; Mr J. Hale; Dr. Zoë Ng-Smith’s; Mr and Mrs",
            "Sister Agnes, MISS\tK, Mx. Jo-Ann O’Neil, Mrsmith, Mr\nSmith, Mr. , Ms Ąna",
        ];
        texts.extend(super::super::accuracy::TUNING_YAML.split("\n\n"));
        texts.extend(super::super::accuracy::HELD_OUT_YAML.split("\n\n"));
        for text in texts {
            let want: Vec<(usize, Range<usize>, Option<Range<usize>>)> = old
                .captures_iter(text)
                .filter_map(|c| {
                    Some((
                        c.get(0)?.start(),
                        c.name("name")?.range(),
                        c.name("name2").map(|m| m.range()),
                    ))
                })
                .collect();
            let got: Vec<(usize, Range<usize>, Option<Range<usize>>)> = titles
                .find_all(text)
                .into_iter()
                .map(|t| (t.start, t.name, t.name2))
                .collect();
            assert_eq!(got, want, "{text:?}");
        }
    }

    #[test]
    fn a_birth_cue_takes_a_year_with_or_without_its_month() {
        let cues =
            BirthCues::new(&["born".into(), "DOB".into(), "date of birth".into()]).expect("cues");
        let dates = |t: &str| {
            cues.dates(t)
                .into_iter()
                .map(|r| t[r].to_string())
                .collect::<Vec<_>>()
        };
        assert_eq!(dates("She was born in 1948."), ["1948"]);
        assert_eq!(
            dates("DOB: march 1951, date  of birth - Sept 1960"),
            ["march 1951", "Sept 1960"]
        );
        assert!(dates("reborn in 1948, born 19480, unborn 2001").is_empty());
    }

    #[test]
    fn lexicon_phrases_match_as_the_lists_say() {
        assert_eq!(phrase_at("date of   birth", 0, "date of birth"), Some(15));
        assert_eq!(phrase_at("Date-of-birth", 0, "date of birth"), None);
        assert_eq!(phrase_at("co produced", 0, "co-produced"), Some(11));
        assert_eq!(phrase_at("coproduced", 0, "co-produced"), Some(10));
        assert_eq!(phrase_at("D.O.B.", 0, "D.O.B."), Some(6));
        assert_eq!(phrase_at("audited", 0, "audit*"), Some(7));
    }
}
