//! Details that could identify a person who uses services. A case example told to an assessor must be
//! anonymised, and a rehearsal note is a file on a laptop, so these are flagged first and loudly.
//!
//! Each check leans towards catching a real detail, but years, percentages, counts and national
//! acronyms must never be flagged: a coach that cries wolf is soon ignored.

use super::evidence::WEEKDAYS;
use super::lexicon::Lexicon;
use super::pattern::{
    ADDRESS, BIRTH_NUMERIC_DATE, EMAIL, INTERNATIONAL_PHONE, MADE_UP, NHS_NUMBER, PHONE_RUN,
    POSTCODE, WORD_DATE,
};
use super::report::ConfidentialKind;
use super::text::{Taken, char_at, char_before};
use super::titled::Titled;
use crate::text::{DAY_ORDINALS, MONTH_WORDS, number_value};
use std::ops::Range;

/// How far before a date a cue such as "born" or "DOB" still counts, in bytes.
const CUE_REACH: usize = 40;

/// Words that make a titled "name" a word instead ("Mr and Mrs", "mrs whatever").
const NOT_A_NAME: &[&str] = &[
    "and", "or", "the", "a", "an", "to", "of", "in", "on", "at", "is", "was", "who", "whatever",
    "or", "with", "for", "from", "as", "by", "not", "are", "were", "and/or",
];

/// Words ending in "s" that do not make a street name a label for things ("3 Mill Lane meetings").
const NOT_PLURAL: &[&str] = &[
    "this",
    "does",
    "was",
    "has",
    "is",
    "as",
    "his",
    "its",
    "yours",
    "ours",
    "theirs",
    "towards",
    "across",
    "always",
    "sometimes",
    "perhaps",
    "unless",
    "whereas",
    "besides",
    "plus",
    "less",
    "us",
    "thus",
];

/// The NHS number's own check digit (Modulus 11): weights 10 down to 2 on the first nine digits.
pub fn nhs_number_is_valid(number: &str) -> bool {
    let digits: Vec<u32> = number.chars().filter_map(|c| c.to_digit(10)).collect();
    if digits.len() != 10
        || number
            .chars()
            .any(|c| !(c.is_ascii_digit() || c == ' ' || c == '-'))
    {
        return false;
    }
    let sum: u32 = digits[..9]
        .iter()
        .zip((2..=10).rev())
        .map(|(d, w)| d * w)
        .sum();
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return false,
        c => c,
    };
    check == digits[9]
}

/// Every possible identifying detail, in text order.
pub(crate) fn scan(
    lexicon: &Lexicon,
    text: &str,
    this_year: i32,
) -> Vec<(ConfidentialKind, Range<usize>)> {
    let mut found: Vec<(ConfidentialKind, Range<usize>)> = Vec::new();
    // The first detail found at a place wins: the checks run from most to least specific.
    let mut taken = Taken::default();
    let mut add = |kind: ConfidentialKind, range: Range<usize>| {
        if taken.take(&range) {
            found.push((kind, range));
        }
    };

    // Every check below but the names needs a digit (or an "@"): without one they are not even
    // compiled, which keeps a short answer's whole run under its CPU budget (issue 17).
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        for range in spoken_nhs_numbers(text) {
            add(ConfidentialKind::NhsNumber, range);
        }
        for range in spoken_birth_dates(lexicon, text) {
            add(ConfidentialKind::DateOfBirth, range);
        }
        for range in titled_names(lexicon, text) {
            add(ConfidentialKind::TitledName, range);
        }
        for range in full_names(lexicon, text) {
            add(ConfidentialKind::FullName, range);
        }
        if text.contains('@') {
            for m in EMAIL.find_iter(text) {
                add(ConfidentialKind::Email, m);
            }
        }
        found.sort_by_key(|(_, r)| r.start);
        return found;
    }
    // Emails first: their digits and dots would otherwise look like numbers or dates.
    for m in EMAIL.find_iter(text) {
        add(ConfidentialKind::Email, m);
    }
    for m in INTERNATIONAL_PHONE.find_iter(text) {
        if char_before(text, m.start).is_some_and(|c| c.is_alphanumeric())
            || char_at(text, m.end).is_some_and(|c| c.is_ascii_digit())
        {
            continue;
        }
        let said = &text[m.clone()];
        let digits = said.chars().filter(char::is_ascii_digit).count();
        let prefix = if said.starts_with('+') { 0 } else { 2 };
        // UK numbers given with +44 or 0044 are checked below, group by group.
        let uk = said[if prefix == 0 { 1 } else { 2 }..].starts_with("44");
        if !uk && (8..=15).contains(&(digits - prefix)) {
            add(ConfidentialKind::Phone, m);
        }
    }
    for m in NHS_NUMBER.find_iter(text) {
        if nhs_number_is_valid(&text[m.clone()]) {
            add(ConfidentialKind::NhsNumber, m);
        }
    }
    for range in spoken_nhs_numbers(text) {
        add(ConfidentialKind::NhsNumber, range);
    }
    for range in phones(text) {
        add(ConfidentialKind::Phone, range);
    }
    for m in POSTCODE.find_iter(text) {
        // The pattern is ASCII: the inward code is the last three bytes, the outward one the rest
        // before a space or tab.
        let said = &text[m.clone()];
        let (out, inward) = said.split_at(said.len() - 3);
        if looks_like_postcode(out.trim_end_matches([' ', '\t']), inward) {
            add(ConfidentialKind::Postcode, m);
        }
    }
    for range in addresses(lexicon, text) {
        add(ConfidentialKind::Address, range);
    }
    for range in birth_dates(lexicon, text, this_year) {
        add(ConfidentialKind::DateOfBirth, range);
    }
    for range in spoken_birth_dates(lexicon, text) {
        add(ConfidentialKind::DateOfBirth, range);
    }
    for range in titled_names(lexicon, text) {
        add(ConfidentialKind::TitledName, range);
    }
    for range in full_names(lexicon, text) {
        add(ConfidentialKind::FullName, range);
    }
    found.sort_by_key(|(_, r)| r.start);
    found
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Case {
    Lower,
    Capitalised,
    Upper,
}

fn case_of(word: &str) -> Option<Case> {
    let letters: Vec<char> = word.chars().filter(|c| c.is_alphabetic()).collect();
    let first = letters.first()?;
    if letters.len() > 1 && letters.iter().all(|c| c.is_uppercase()) {
        Some(Case::Upper)
    } else if first.is_uppercase() {
        Some(Case::Capitalised)
    } else if letters.iter().all(|c| c.is_lowercase()) {
        Some(Case::Lower)
    } else {
        None
    }
}

/// A name after a title, in any case: "Mrs Okafor", "MRS PATEL", "mrs hollis", "Mr J. Hale". The name's
/// case must fit the title's (a capitalised title takes a capitalised name or one in capitals; one in
/// capitals takes capitals; one in lower case takes either), so "Mrs whatever" and "MS Teams" are not
/// names. Not flagged: an initial alone ("Mrs K", already anonymised), a well-known fictional name
/// ("Mr Bean"), and a name in a sentence that says it is made up.
pub(crate) fn titled_names(lexicon: &Lexicon, text: &str) -> Vec<Range<usize>> {
    titled_names_all(lexicon, text)
        .into_iter()
        .filter(|(_, anonymised)| !anonymised)
        .map(|(r, _)| r)
        .collect()
}

/// Every titled name, with whether it is an initial alone (anonymised). Fictional ones are left out.
pub(crate) fn titled_names_all(lexicon: &Lexicon, text: &str) -> Vec<(Range<usize>, bool)> {
    let Some(titled) = &lexicon.m().titled_name else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let mut all = titled.find_all(text);
    // "mr and mrs petrovic": the finder takes "mr and mrs" as a title and two names; the second title
    // and its name are looked for again from where it starts.
    let mut extra = Vec::new();
    for found in &all {
        if let Some(second) = &found.name2
            && matches!(
                text[found.name.clone()].to_lowercase().as_str(),
                "and" | "or"
            )
            && let Some(again) = titled.find_all(&text[second.start..]).into_iter().next()
            && again.start == 0
        {
            let at = second.start;
            extra.push(Titled {
                start: at,
                name: again.name.start + at..again.name.end + at,
                name2: again.name2.map(|r| r.start + at..r.end + at),
            });
        }
    }
    all.extend(extra);
    all.sort_by_key(|t| t.start);
    for found in all {
        let name_range = found.name.clone();
        let name = &text[name_range.clone()];
        let title = &text[found.start..name_range.start];
        let Some(title_case) = case_of(title) else {
            continue;
        };
        // In lower case only the short titles ("mrs hollis"): "miss" and "sister" are words too.
        // "miss" is a title there when it stands where a person is named ("asked us to see miss
        // hanley", "the one I remember is miss abernethy"), not as a verb or a noun ("they miss
        // appointments", "a near miss and").
        if title_case == Case::Lower
            && title.trim().trim_end_matches('.').chars().count() > 3
            && !(title.trim().eq_ignore_ascii_case("miss")
                && miss_names_a_person(text, found.start, &text[name_range.clone()]))
        {
            continue;
        }
        let fits = |word: &str| {
            let bare = strip_possessive(word);
            // A capital letter alone after a capitalised title is an initial ("Mrs A got her care
            // package"), not the article "a" the list keeps out ("Mr and Mrs", "mrs a").
            let lone_capital = bare.chars().count() == 1 && bare.chars().all(char::is_uppercase);
            if !(lone_capital && title_case != Case::Lower)
                && NOT_A_NAME.contains(&bare.to_lowercase().as_str())
            {
                return false;
            }
            let initial = bare.len() <= 2 && bare.chars().next().is_some_and(|c| c.is_uppercase());
            match (title_case, case_of(bare)) {
                _ if initial => title_case != Case::Lower || bare.len() == 2,
                (Case::Lower, Some(_)) => true,
                (Case::Capitalised, Some(Case::Capitalised | Case::Upper)) => true,
                (Case::Upper, Some(Case::Upper)) => true,
                _ => false,
            }
        };
        // "Mrs de Souza": a surname opened by a lower-case particle.
        let particle_end = if fits(name) {
            None
        } else {
            match surname_after_particles(text, name_range.start, title_case) {
                Some(end) => Some(end),
                None => continue,
            }
        };
        let mut end = particle_end.unwrap_or(name_range.end);
        let mut words = if particle_end.is_some() { 2 } else { 1 };
        // A second name word only after a whole first one ("Mr J. Hale", "MR DEAN OKORO"); after a
        // title in lower case the next word is as likely a verb ("mrs hollis rang").
        // "so Mr K I'll call him", "Mrs B I think was ninety": the speaker's "I" after an initial
        // is no surname; "I" alone only where a word in lower case (a verb) follows it.
        let speaker = |second: &Range<usize>| {
            let w = text[second.clone()].replace('’', "'");
            let next_lower = text[second.end..]
                .trim_start_matches([' ', '\t'])
                .starts_with(|c: char| c.is_lowercase());
            matches!(w.as_str(), "I'll" | "I'd" | "I've" | "I'm") || (w == "I" && next_lower)
        };
        // "I'll call her Mrs A. She'd been turned down twice", "Mr K. He rang": a pronoun opening
        // the next sentence is no surname.
        let pronoun = |second: &Range<usize>| {
            let w = text[second.clone()].replace('’', "'").to_lowercase();
            let stem = w.split('\'').next().unwrap_or("");
            matches!(
                stem,
                "she" | "he" | "they" | "it" | "we" | "you" | "her" | "his" | "their" | "there"
            )
        };
        if let Some(second) = found.name2.clone()
            && particle_end.is_none()
            && title_case != Case::Lower
            && !speaker(&second)
            && !pronoun(&second)
            && fits(&text[second.clone()])
            && strip_possessive(name) == name
        {
            end = second.end;
            words = 2;
        }
        let whole = &text[found.start..end];
        let trimmed = strip_possessive(whole);
        let range = found.start..found.start + trimmed.len();
        let said = trimmed
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase()
            .replace('.', "");
        let known_fiction = lexicon
            .m()
            .not_names
            .iter()
            .any(|n| said == *n || said.starts_with(&format!("{n} ")));
        if known_fiction || said_to_be_made_up(text, range.start) {
            continue;
        }
        let first = strip_possessive(name).trim_end_matches('.');
        let anonymised = words == 1 && first.chars().count() == 1;
        out.push((range, anonymised));
    }
    out
}

/// Lower-case particles that open a surname ("de Souza", "van der Berg", "al Hassan").
const SURNAME_PARTICLES: &[&str] = &[
    "de", "da", "di", "do", "dos", "das", "du", "del", "della", "van", "von", "der", "den", "ter",
    "ten", "le", "la", "al", "el", "bin", "ibn", "mac", "st",
];

/// After a capitalised title, one to three lower-case particles and a capitalised word at `at`
/// ("Mrs de Souza", "Mr van der Berg"): the end of the surname. A title in lower case is left to its
/// own reading ("mr de" is as likely a slip).
fn surname_after_particles(text: &str, at: usize, title_case: Case) -> Option<usize> {
    if title_case == Case::Lower {
        return None;
    }
    let mut pos = at;
    for particles in 0..4 {
        let rest = &text[pos..];
        let len = rest
            .find(|c: char| !(c.is_alphabetic() || matches!(c, '\'' | '\u{2019}' | '-')))
            .unwrap_or(rest.len());
        let word = &rest[..len];
        if word.is_empty() {
            return None;
        }
        if SURNAME_PARTICLES.contains(&word) {
            pos = spaces(text, pos + len)?;
            continue;
        }
        return (particles > 0
            && word.chars().next().is_some_and(char::is_uppercase)
            && word.chars().skip(1).all(|c| !c.is_uppercase() || c == '\''))
        .then_some(pos + len);
    }
    None
}

/// The end of the spaces and tabs from `at`, if there is at least one.
fn spaces(text: &str, at: usize) -> Option<usize> {
    let n = text[at..]
        .bytes()
        .take_while(|&b| b == b' ' || b == b'\t')
        .count();
    (n > 0).then_some(at + n)
}

/// Whether a lower-case "miss" at `start`, before `name`, is a title: it opens its clause (after a
/// comma or a full stop, or at the start) or follows a word after which a person is named (a verb
/// of meeting or naming, "is", a preposition, a word for a woman or girl; "to" only after "spoke",
/// "went" and the like), and the word after it is no pronoun or determiner. After a subject, a
/// modal or "to" it is the verb ("they miss appointments", "we'd miss her"); after "a", "the" or
/// "near", the noun.
fn miss_names_a_person(text: &str, start: usize, name: &str) -> bool {
    let name = strip_possessive(name).to_lowercase();
    if matches!(
        name.as_str(),
        "out"
            | "it"
            | "them"
            | "him"
            | "her"
            | "you"
            | "me"
            | "us"
            | "that"
            | "this"
            | "those"
            | "these"
            | "one"
            | "some"
            | "any"
            | "every"
            | "each"
            | "all"
            | "nothing"
            | "anything"
            | "everything"
            | "something"
            | "people"
            | "their"
            | "his"
            | "our"
            | "my"
            | "your"
            | "its"
            | "lots"
            | "much"
            | "many"
    ) {
        return false;
    }
    let before = text[..start].trim_end_matches([' ', '\t']);
    if before.is_empty() || before.ends_with([',', '.', ';', ':', '\n', '!', '?', '(']) {
        return true;
    }
    let mut words = before
        .rsplit(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase);
    let Some(last) = words.next() else {
        return true;
    };
    if last == "to" {
        return words.next().is_some_and(|w| {
            matches!(
                w.as_str(),
                "spoke"
                    | "speak"
                    | "talked"
                    | "talk"
                    | "wrote"
                    | "write"
                    | "went"
                    | "go"
                    | "listened"
                    | "introduced"
                    | "referred"
                    | "belonged"
                    | "married"
            )
        });
    }
    matches!(
        last.as_str(),
        "see"
            | "saw"
            | "seen"
            | "visit"
            | "visited"
            | "visiting"
            | "met"
            | "meet"
            | "meeting"
            | "called"
            | "named"
            | "call"
            | "is"
            | "was"
            | "with"
            | "for"
            | "about"
            | "from"
            | "by"
            | "woman"
            | "lady"
            | "girl"
            | "daughter"
            | "mother"
            | "mum"
            | "sister"
            | "niece"
            | "granddaughter"
            | "tenant"
            | "neighbour"
            | "resident"
            | "client"
            | "carer"
            | "remember"
            | "supported"
            | "assessed"
            | "helped"
            | "involving"
            | "and"
    )
}

/// Whether the sentence before `start` (at most 200 bytes back) says the name is made up ("a made-up
/// case", "a fictional").
fn said_to_be_made_up(text: &str, start: usize) -> bool {
    let from = text.ceil_char_boundary(start.saturating_sub(200));
    let before = &text[from..start];
    let before = before
        .rfind(['.', '!', '?', '\n'])
        .map_or(before, |i| &before[i + 1..]);
    MADE_UP.is_match(before)
}

/// Capitalised words that, after a given name, make the pair a place or a thing, not a person ("Lewis
/// Road", "Stanley Park"). Days and months are no surname either ([`WEEKDAYS`], [`MONTH_WORDS`]).
const NOT_A_SURNAME: &[&str] = &[
    "road",
    "street",
    "lane",
    "avenue",
    "close",
    "drive",
    "way",
    "crescent",
    "park",
    "court",
    "house",
    "ward",
    "unit",
    "centre",
    "center",
    "hall",
    "lodge",
    "hospital",
    "school",
    "academy",
    "college",
    "trust",
    "foundation",
    "surgery",
    "practice",
    "council",
    "team",
    "group",
    "care",
    // Streets and estates: "Heather Bank", "Ivy Gardens", "Rose Mews".
    "bank",
    "gardens",
    "terrace",
    "square",
    "mews",
    "heights",
    "cottages",
    "villas",
    "estate",
];

fn is_place_thing_or_date(word: &str) -> bool {
    NOT_A_SURNAME.contains(&word)
        || WEEKDAYS.contains(&word)
        || crate::text::FULL_MONTHS.contains(&word)
}

/// Words that, after a name, make it the name of a place or a thing ("Mary Seacole House", "the Oliver
/// McGowan training").
const NAMED_THING: &[&str] = &[
    "house",
    "ward",
    "unit",
    "centre",
    "center",
    "hall",
    "lodge",
    "court",
    "road",
    "street",
    "lane",
    "hospital",
    "school",
    "academy",
    "college",
    "trust",
    "foundation",
    "surgery",
    "practice",
    "building",
    "wing",
    "suite",
    "training",
    "award",
    "awards",
    "lecture",
    "fund",
    "programme",
    "model",
    "approach",
    "framework",
    "report",
    "review",
];

/// Each run of letters (with apostrophes and hyphens inside: "O'Brien", "Okafor-Hale's"), by byte range.
fn word_spans(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut last_letter_end = 0;
    for (i, c) in text.char_indices() {
        if c.is_alphabetic() {
            start.get_or_insert(i);
            last_letter_end = i + c.len_utf8();
        } else if start.is_some() && matches!(c, '\'' | '’' | '-') {
            // Inside a word only if a letter follows; the range ends at the last letter either way.
        } else if let Some(s) = start.take() {
            out.push(s..last_letter_end);
        }
    }
    if let Some(s) = start {
        out.push(s..last_letter_end);
    }
    out
}

/// A given name the lexicon knows, then a surname, with no title: "John Smith", "Jane WRIGHT",
/// "Aisha Okafor-Hale's". A first name alone is how a PSW anonymises ("a man I'll call John") and is
/// never flagged; nor is a pair that names a place or a thing ("Lewis Road", "Mary Seacole House",
/// "the Oliver McGowan training"), a known name in `not_names`, a surname in capitals that is
/// shorthand the glossary knows, or a name in a sentence that says it is made up.
pub(crate) fn full_names(lexicon: &Lexicon, text: &str) -> Vec<Range<usize>> {
    let m = lexicon.m();
    if m.given_names.is_empty() {
        return Vec::new();
    }
    let spaces =
        |between: &str| !between.is_empty() && between.chars().all(|c| c == ' ' || c == '\t');
    let words = word_spans(text);
    let mut out = Vec::new();
    for (i, w) in words.iter().enumerate() {
        let first = &text[w.clone()];
        if case_of(first) != Some(Case::Capitalised)
            || !m.given_names.contains(&first.to_lowercase())
        {
            continue;
        }
        let Some(next) = words.get(i + 1) else {
            continue;
        };
        if !spaces(&text[w.end..next.start]) {
            continue;
        }
        let surname_said = &text[next.clone()];
        let surname = strip_possessive(surname_said);
        let case = case_of(surname);
        // "so Nadia I'll call her", "Tom I'd say was the first": the speaker's "I" after a given
        // name is no surname.
        if matches!(
            surname_said.replace('’', "'").as_str(),
            "I'll" | "I'd" | "I've" | "I'm"
        ) {
            continue;
        }
        if surname.chars().count() < 2
            || !matches!(case, Some(Case::Capitalised | Case::Upper))
            || is_place_thing_or_date(&surname.to_lowercase())
            || (case == Some(Case::Upper) && m.glossary.contains(surname))
        {
            continue;
        }
        if surname == surname_said
            && let Some(after) = words.get(i + 2)
            && spaces(&text[next.end..after.start])
            && NAMED_THING.contains(&text[after.clone()].to_lowercase().as_str())
        {
            continue;
        }
        // "St John Ambulance", "St. Helen Street".
        if let Some(prev) = i.checked_sub(1).map(|j| &words[j])
            && matches!(&text[prev.clone()], "St" | "Saint")
            && text[prev.end..w.start]
                .chars()
                .all(|c| c == ' ' || c == '.')
        {
            continue;
        }
        // "the Heather Bank care home", "she lives in Rose Hill", "a flat near Mill Green": a pair
        // after "the", "in", "at" or "near" is a place or a thing; "in Sarah Hill's flat" has the
        // person's possessive and stays a name.
        if surname == surname_said
            && let Some(prev) = i.checked_sub(1).map(|j| &words[j])
            && spaces(&text[prev.end..w.start])
            && matches!(
                text[prev.clone()].to_lowercase().as_str(),
                "the" | "in" | "at" | "near"
            )
        {
            continue;
        }
        let range = w.start..next.start + surname.len();
        let said = text[range.clone()]
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_lowercase();
        if m.not_names.contains(&said)
            || said_to_be_made_up(text, range.start)
            || named_in_a_role(text, &range)
        {
            continue;
        }
        out.push(range);
    }
    out
}

/// Words for a job: a colleague named with one ("our MCA lead, Priya Dunmore", "Sarah HOLT, the
/// panel chair") is named in their work, not a person who uses services to anonymise.
const ROLES: &[&str] = &[
    "lead",
    "manager",
    "director",
    "nurse",
    "chair",
    "colleague",
    "worker",
    "officer",
    "practitioner",
    "head",
    "councillor",
    "cllr",
    "member",
    "commissioner",
    "consultant",
    "coordinator",
    "co-ordinator",
    "advocate",
    "psw",
    "dass",
    "gp",
    "doctor",
    "therapist",
    "assessor",
    "supervisor",
    "deputy",
    "chief",
    "executive",
    "mentor",
    // Titles of public figures and clergy ("Prof Chris Whitty", "Sir Andrew Dilnot", "Rev Thomas
    // Evans"): named in their office, never a person who uses services.
    "professor",
    "prof",
    "sir",
    "dame",
    "lord",
    "baroness",
    "rev",
    "reverend",
    "minister",
    "mp",
];

/// Bodies a colleague comes "from" ("Sarah HOLT from the ICB", "from the council").
const BODIES: &[&str] = &[
    "council",
    "trust",
    "icb",
    "nhs",
    "hospital",
    "practice",
    "surgery",
    "provider",
    "agency",
    "university",
    "charity",
    "cqc",
    "adass",
    "team",
    "service",
    "department",
    "board",
];

/// Whether the full name at `range` is a colleague named in their role: a job word just before it
/// ("our lead nurse Jane Wright", "our MCA lead, Priya Dunmore"), a job after a comma ("Jane WRIGHT,
/// our lead nurse, and I"), or "from" a body ("Sarah HOLT from the ICB chairs the panel").
fn named_in_a_role(text: &str, range: &Range<usize>) -> bool {
    let lower = |w: &str| w.to_lowercase();
    let before = &text[..range.start];
    let before = before
        .rfind(['.', '!', '?', '\n', ';', ':'])
        .map_or(before, |i| &before[i + 1..]);
    if let Some(last) = before
        .trim_end()
        .trim_end_matches(',')
        .split_whitespace()
        .last()
        && ROLES.contains(&lower(last.trim_matches(|c: char| !c.is_alphanumeric())).as_str())
    {
        return true;
    }
    let after = &text[range.end..];
    let after = after.strip_prefix("'s").unwrap_or(after).trim_start();
    let (comma, after) = match after.strip_prefix(',') {
        Some(rest) => (true, rest),
        None => (false, after),
    };
    let words: Vec<String> = after
        .split(['.', '!', '?', '\n', ';'])
        .next()
        .unwrap_or("")
        .split_whitespace()
        .take(6)
        .map(|w| lower(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')))
        .collect();
    let word = |i: usize| words.get(i).map_or("", String::as_str);
    if comma && matches!(word(0), "our" | "the" | "my" | "their") {
        return words
            .iter()
            .skip(1)
            .take(4)
            .any(|w| ROLES.contains(&w.as_str()));
    }
    if word(0) == "from" {
        let body = if word(1) == "the" { word(2) } else { word(1) };
        return BODIES.contains(&body);
    }
    false
}

/// A word without its possessive "'s", or without an apostrophe closing it: "Hollins'" (a
/// possessive) or "E'" (a closing quote, "known as 'Mr E'"), never part of a name.
fn strip_possessive(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or_else(|| word.trim_end_matches(['\'', '’']))
}

fn addresses(lexicon: &Lexicon, text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for all in ADDRESS.find_iter(text) {
        // "Level 3 Park View" names a floor; "12.5 Mill Lane" is no house number. The house number
        // opens the match unless "Flat 3," or the like comes first.
        let number_first = text[all.clone()].starts_with(|c: char| c.is_ascii_digit());
        let after_a_figure = number_first
            && char_before(text, all.start)
                .is_some_and(|c| matches!(c, '.' | ',' | '/' | '£' | '$'));
        if after_a_figure || super::evidence::names_a_thing(lexicon, text, all.start) {
            continue;
        }
        // "3 Mill Lane meetings", "the 2 Park Road hubs": a count of things named after a place.
        let next_word: String = text[all.end..]
            .trim_start_matches([' ', '\t'])
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect();
        let labels_things = next_word.chars().count() >= 2
            && next_word.chars().all(|c| c.is_lowercase())
            && next_word.ends_with('s')
            && !NOT_PLURAL.contains(&next_word.as_str());
        if labels_things {
            continue;
        }
        out.push(all);
    }
    out
}

fn phones(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for m in PHONE_RUN.find_iter(text) {
        if char_before(text, m.start).is_some_and(|c| c.is_alphanumeric() || c == '+') {
            continue;
        }
        let run = &text[m.clone()];
        let international = run.starts_with("+44");
        // Try the longest run of whole groups first, then drop trailing groups one by one.
        // A phone number has a handful of groups: a long run of digits and spaces is tried only as
        // far as its first eight, so the search stays linear.
        let mut group_ends: Vec<usize> = run.match_indices(' ').map(|(i, _)| i).take(8).collect();
        if group_ends.len() < 8 {
            group_ends.push(run.len());
        }
        for &end in group_ends.iter().rev() {
            let candidate = run[..end].trim_end_matches(['-', '(', ')']);
            if phone_digits_fit(candidate, international)
                && !char_at(text, m.start + candidate.len()).is_some_and(|c| c.is_ascii_digit())
            {
                out.push(m.start..m.start + candidate.len());
                break;
            }
        }
    }
    out
}

/// UK numbers are 0 plus 9 or 10 digits, or +44 plus the same without the 0 (an "(0)" may be kept).
fn phone_digits_fit(candidate: &str, international: bool) -> bool {
    let digits: String = candidate.chars().filter(char::is_ascii_digit).collect();
    if international {
        let rest = digits.strip_prefix("44").unwrap_or(&digits);
        let rest = if candidate.contains("(0)") {
            rest.strip_prefix('0').unwrap_or(rest)
        } else {
            rest
        };
        (9..=10).contains(&rest.len()) && !rest.starts_with('0')
    } else {
        digits.starts_with('0') && (10..=11).contains(&digits.len())
    }
}

fn looks_like_postcode(outward: &str, inward: &str) -> bool {
    let letters: String = outward
        .chars()
        .chain(inward.chars())
        .filter(|c| c.is_ascii_alphabetic())
        .collect();
    let upper = letters.chars().all(|c| c.is_ascii_uppercase());
    let lower = letters.chars().all(|c| c.is_ascii_lowercase());
    if !(upper || lower) {
        return false;
    }
    // "Level3 2nd" and the like: an ordinal, not an inward code.
    let tail = inward[1..].to_ascii_lowercase();
    !(lower && matches!(tail.as_str(), "st" | "nd" | "rd" | "th"))
}

/// Whether a birth cue ("born", "DOB") comes shortly before `start`.
fn birth_cue_before(lexicon: &Lexicon, text: &str, start: usize) -> bool {
    let Some(cue) = &lexicon.m().birth_cue else {
        return false;
    };
    let from = text.ceil_char_boundary(start.saturating_sub(CUE_REACH));
    text.get(from..start)
        .is_some_and(|before| cue.is_match(&super::words::tokens(before)))
}

/// Dates of birth said in words ("born the ninth of November two thousand and seven"): a
/// [`spoken_dates`] date with a birth cue shortly before it. A hand scan, so it runs on answers
/// with no digit too.
fn spoken_birth_dates(lexicon: &Lexicon, text: &str) -> Vec<Range<usize>> {
    spoken_dates(text)
        .into_iter()
        .filter(|r| birth_cue_before(lexicon, text, r.start))
        .collect()
}

fn birth_dates(lexicon: &Lexicon, text: &str, this_year: i32) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let mut taken = Taken::default();
    let cue_before =
        |start: usize| birth_cue_before(lexicon, text, start) && !born_of_a_thing(text, start);

    for all in BIRTH_NUMERIC_DATE.find_iter(text) {
        // Day, separator, month, separator, year: digits and one mark each, all ASCII.
        let said = &text[all.clone()];
        let mut pieces = said.split(['/', '.', '-']);
        let (Some(d), Some(m), Some(y)) = (pieces.next(), pieces.next(), pieces.next()) else {
            continue;
        };
        let s1 = said.as_bytes().get(d.len());
        let s2 = said.as_bytes().get(d.len() + 1 + m.len());
        // "paras 1.27-1.31" is a range of references: a date keeps one separator and stands alone.
        if s1 != s2 || char_before(text, all.start).is_some_and(|c| matches!(c, '.' | '/' | '-')) {
            continue;
        }
        let (Ok(day), Ok(month), Ok(year)) = (d.parse::<u32>(), m.parse::<u32>(), y.parse::<i32>())
        else {
            continue;
        };
        if !(1..=31).contains(&day) || !(1..=12).contains(&month) {
            continue;
        }
        let year = if y.len() == 2 {
            let century = this_year - this_year % 100;
            if century + year > this_year {
                century - 100 + year
            } else {
                century + year
            }
        } else {
            year
        };
        // A date is a possible date of birth only with a birth cue nearby: an audit in 2019 is not.
        let _ = year;
        if cue_before(all.start) && taken.take(&all) {
            out.push(all);
        }
    }
    for all in WORD_DATE.find_iter(text) {
        if cue_before(all.start) && taken.take(&all) {
            out.push(all);
        }
    }
    // "born in 1948", "DOB: March 1948": not a full date, but said as a birth date.
    if let Some(partial) = &lexicon.m().birth_partial {
        for date in partial.dates(text) {
            if !born_of_a_thing(text, date.start) && taken.take(&date) {
                out.push(date);
            }
        }
    }
    out
}

/// Things a PSW says were "born" ("the forum was born in 2020", "an idea born in 2018"): a date after
/// that is when the work began, not anyone's date of birth.
const BORN_THINGS: &[&str] = &[
    "service",
    "forum",
    "hub",
    "idea",
    "scheme",
    "project",
    "team",
    "group",
    "network",
    "partnership",
    "initiative",
    "pilot",
    "programme",
    "program",
    "approach",
    "model",
    "panel",
    "board",
    "cafe",
    "café",
    "charity",
    "club",
    "campaign",
    "strategy",
    "plan",
    "clinic",
    "centre",
    "center",
    "alliance",
    "collaborative",
    "movement",
    "line",
    "desk",
    "it",
    "this",
];

/// Whether the "born" shortly before `start` is said of a thing: "the forum was born in 2020", "an
/// idea born in 2018", "it was born out of the review in 2019". The word before "born" (or before
/// its "was", "were" or "is") is one of [`BORN_THINGS`].
fn born_of_a_thing(text: &str, start: usize) -> bool {
    let from = text.ceil_char_boundary(start.saturating_sub(CUE_REACH + 30));
    let words: Vec<String> = text[from..start]
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == 'é'))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    let Some(k) = words.iter().rposition(|w| w == "born") else {
        return false;
    };
    let mut before = words[..k].iter().rev().map(String::as_str);
    let mut word = before.next().unwrap_or("");
    if matches!(word, "was" | "were" | "is" | "been") {
        word = before.next().unwrap_or("");
    }
    BORN_THINGS.contains(&word)
}

/// Digit words as a transcript sets an NHS number down ("four five zero", "oh", "double seven"):
/// how many digits each stands for.
fn spoken_digits(word: &str) -> Option<usize> {
    match word {
        "zero" | "oh" | "o" | "nought" | "nil" | "one" | "two" | "three" | "four" | "five"
        | "six" | "seven" | "eight" | "nine" => Some(1),
        _ if word.len() <= 4 && word.chars().all(|c| c.is_ascii_digit()) => Some(word.len()),
        _ => None,
    }
}

/// NHS numbers said aloud, as a transcript sets them down: "NHS number four five zero five five
/// seven seven one zero four", "nhs no is nine four three, four seven six, double five one nine".
/// The cue ("NHS number", "NHS no") must come first, with at most "is", "was", "it's" or "of"
/// between, and the run must hold exactly ten digits ("double" and "treble" count their digit
/// twice or three times). The check digit is not asked for: a transcript may mishear one digit, and
/// ten digits named as an NHS number are one whatever they add up to.
fn spoken_nhs_numbers(text: &str) -> Vec<Range<usize>> {
    let words: Vec<(usize, usize, String)> = text
        .split(|c: char| !c.is_alphanumeric())
        .scan(0usize, |at, w| {
            let start = text[*at..].find(w).map_or(*at, |i| *at + i);
            *at = start + w.len();
            Some((start, start + w.len(), w.to_lowercase()))
        })
        .filter(|(_, _, w)| !w.is_empty())
        .collect();
    let w = |k: usize| words.get(k).map_or("", |x| x.2.as_str());
    let mut out = Vec::new();
    for k in 0..words.len() {
        if w(k) != "nhs" || !matches!(w(k + 1), "number" | "no" | "num") {
            continue;
        }
        let mut at = k + 2;
        while matches!(w(at), "is" | "was" | "it" | "s" | "its" | "of" | "being") {
            at += 1;
        }
        let first = at;
        let mut digits = 0;
        let mut last = None;
        while at < words.len() && digits < 11 {
            let times = match w(at) {
                "double" => 2,
                "treble" | "triple" => 3,
                _ => 1,
            };
            let word_at = if times > 1 { at + 1 } else { at };
            let Some(n) = spoken_digits(w(word_at)) else {
                break;
            };
            if times > 1 && n != 1 {
                break;
            }
            digits += n * times;
            last = Some(word_at);
            at = word_at + 1;
        }
        // Spoken words among them: ten digits all in figures are the written pattern's to check.
        let said_aloud = (first..at).any(|i| !w(i).starts_with(|c: char| c.is_ascii_digit()));
        if let Some(last) = last
            && digits == 10
            && said_aloud
        {
            out.push(words[first].0..words[last].1);
        }
    }
    out
}

/// Whether a word goes on a year said aloud ("nineteen forty two", "two thousand and seven"): "and",
/// "oh", a number word from one to ninety, or "thousand".
fn year_word(word: &str) -> bool {
    matches!(word, "and" | "oh" | "thousand")
        || number_value(word).is_some_and(|v| (1.0..100.0).contains(&v))
}

/// Dates said in words, as a transcript sets them down: "the second of june nineteen forty", "9th
/// of July nineteen sixty two", "ninth of November two thousand and seven" (a day, "of", a month,
/// and a year beginning "nineteen" or "two thousand"). Each range runs from the day to the year's
/// last number word.
fn spoken_dates(text: &str) -> Vec<Range<usize>> {
    let words: Vec<(usize, usize, String)> = text
        .split(|c: char| !(c.is_alphanumeric() || c == '-'))
        .scan(0usize, |at, w| {
            let start = text[*at..].find(w).map_or(*at, |i| *at + i);
            *at = start + w.len();
            Some((start, start + w.len(), w.to_lowercase()))
        })
        .filter(|(_, _, w)| !w.is_empty())
        .collect();
    let w = |k: usize| words.get(k).map_or("", |x| x.2.as_str());
    let is_day = |word: &str| {
        let last = word.rsplit('-').next().unwrap_or(word);
        DAY_ORDINALS.contains(&last)
            || (word.len() <= 4
                && word.starts_with(|c: char| c.is_ascii_digit())
                && ["st", "nd", "rd", "th"].iter().any(|s| word.ends_with(s)))
    };
    let mut out = Vec::new();
    let mut k = 0;
    while k < words.len() {
        let mut at = k;
        if !is_day(w(at)) {
            k += 1;
            continue;
        }
        // "twenty first": the tens word before the ordinal opens the day.
        let start = if at > 0 && matches!(w(at - 1), "twenty" | "thirty") {
            words[at - 1].0
        } else {
            words[at].0
        };
        at += 1;
        if w(at) != "of" || !MONTH_WORDS[..12].contains(&w(at + 1)) {
            k += 1;
            continue;
        }
        at += 2;
        let year_opens = w(at) == "nineteen" || (w(at) == "two" && w(at + 1) == "thousand");
        if !year_opens {
            k += 1;
            continue;
        }
        let mut end = at;
        while end + 1 < words.len() && end - at < 5 && year_word(w(end + 1)) {
            end += 1;
        }
        // A trailing "and" belongs to what follows ("two thousand and seven and she was").
        while end > at && w(end) == "and" {
            end -= 1;
        }
        out.push(start..words[end].1);
        k = end + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(ConfidentialKind, String)> {
        scan(&Lexicon::bundled(), text, 2026)
            .into_iter()
            .map(|(k, r)| (k, text[r].to_string()))
            .collect()
    }

    #[test]
    fn nhs_numbers_pass_modulus_11() {
        assert!(nhs_number_is_valid("9434765919"));
        assert!(nhs_number_is_valid("943 476 5919"));
        assert!(nhs_number_is_valid("943-476-5919"));
        assert!(nhs_number_is_valid("4010232137"));
        assert!(!nhs_number_is_valid("9434765910"), "wrong check digit");
        assert!(
            !nhs_number_is_valid("943 476 5918"),
            "wrong check digit, spaced"
        );
        // 1000000010: the check digit would have to be 10, which no NHS number has.
        assert!(!nhs_number_is_valid("1000000010"));
        assert!(!nhs_number_is_valid("943476591"), "nine digits");
        assert!(!nhs_number_is_valid("94347659190"), "eleven digits");
    }

    #[test]
    fn nhs_numbers_are_found_spaced_and_unspaced() {
        use ConfidentialKind::NhsNumber;
        assert_eq!(
            kinds("Her NHS number is 943 476 5919 on the file."),
            vec![(NhsNumber, "943 476 5919".to_string())]
        );
        assert_eq!(
            kinds("NHS no. 9434765919."),
            vec![(NhsNumber, "9434765919".to_string())]
        );
        assert_eq!(kinds("Reference 943 476 5910 was closed."), vec![]);
        assert_eq!(kinds("Reference 9434765910 was closed."), vec![]);
    }

    #[test]
    fn phones_emails_postcodes() {
        use ConfidentialKind::*;
        assert_eq!(
            kinds("Ring her on 07700 900123 12 times a day"),
            vec![(Phone, "07700 900123".to_string())]
        );
        assert_eq!(
            kinds("Call 0117 496 0000 or +44 (0)117 496 0001 or +447700900456."),
            vec![
                (Phone, "0117 496 0000".to_string()),
                (Phone, "+44 (0)117 496 0001".to_string()),
                (Phone, "+447700900456".to_string()),
            ]
        );
        assert_eq!(
            kinds("Email j.bloggs@example.org, she lives at BS16 1QY."),
            vec![
                (Email, "j.bloggs@example.org".to_string()),
                (Postcode, "BS16 1QY".to_string()),
            ]
        );
        assert_eq!(
            kinds("postcode sw1a 1aa"),
            vec![(Postcode, "sw1a 1aa".to_string())]
        );
    }

    #[test]
    fn birth_dates_need_a_birth_cue() {
        use ConfidentialKind::DateOfBirth;
        assert_eq!(
            kinds("DOB 14/03/2001"),
            vec![(DateOfBirth, "14/03/2001".to_string())]
        );
        // An old date with no birth cue is an event (an Ombudsman decision, an admission).
        assert_eq!(kinds("She was admitted on 3 June 1941."), vec![]);
        assert_eq!(
            kinds("A man aged 84, 3 June 1941, lives alone."),
            vec![(DateOfBirth, "3 June 1941".to_string())]
        );
        assert_eq!(
            kinds("born in 1948 and living alone"),
            vec![(DateOfBirth, "1948".to_string())]
        );
        assert_eq!(kinds("The audit on 14 March 2024 found 88% good."), vec![]);
        assert_eq!(kinds("The panel met on 12/04/2023."), vec![]);
    }

    #[test]
    fn false_alarms_are_not_raised() {
        for text in [
            "In 2019 we had 412 people waiting; by 2023 it was 96, a fall of 77%.",
            "CQC, ASC and the DASS met the ICB in April 2024.",
            "We audited 1,250 case files; 88.5% were good.",
            "The form asks for a title: Mr\nSmith is not on the same line.",
            "Mr and Mrs are both on the list of titles we ask about.",
            "Our NE1 hub and the A38 corridor team run the B2B model in Level3 2nd floor.",
            "On ward b3 2nd floor. Care Act 2014 s.42 enquiries rose from 1,204 in 2021/22 to 1,380 in 2022/23.",
            "Theme 1 covered 3 teams and 0 complaints in Q3.",
            "See the statutory guidance, paras 1.27-1.31, and 6.86.",
            "Calls answered within 20 seconds: 92% (target 90%).",
        ] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
    }

    #[test]
    fn street_addresses_are_found() {
        use ConfidentialKind::Address;
        assert_eq!(
            kinds("She lives at 12 Acacia Road, near the park."),
            vec![(Address, "12 Acacia Road".to_string())]
        );
        assert_eq!(
            kinds("He moved to Flat 3, 27 Mill Lane last year."),
            vec![(Address, "Flat 3, 27 Mill Lane".to_string())]
        );
        assert_eq!(
            kinds("A carer at 4a St John’s Close and one at 9 High St."),
            vec![
                (Address, "4a St John’s Close".to_string()),
                (Address, "9 High St".to_string())
            ]
        );
    }

    #[test]
    fn a_flat_in_a_named_building_is_an_address() {
        use ConfidentialKind::Address;
        assert_eq!(
            kinds("She was moved to Flat 14, Linden Court after the fire."),
            vec![(Address, "Flat 14, Linden Court".to_string())]
        );
        assert_eq!(
            kinds("He still lives in Apartment 3b Marsh Heights with his son."),
            vec![(Address, "Apartment 3b Marsh Heights".to_string())]
        );
        // A meeting room in an office names no one's home.
        assert!(kinds("The panel meets in Room 3, Mary Seacole House.").is_empty());
    }

    #[test]
    fn things_that_only_look_like_addresses_are_not_flagged() {
        for text in [
            "Care Act 2014 Section 42 enquiries rose.",
            "We held 3 Mill Lane meetings and set up the 2 Park Road hubs.",
            "In 2019 Park View opened; staff at Level 3 Green Park joined us.",
            "We trained 40 Social Work Practice Leads across 6 Locality Teams.",
            "It cost 1,250 Mill Lane pounds, and 12.5 Acacia Road is a typo.",
            "Phase 2 Mill Lane is a project name.",
        ] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
    }

    #[test]
    fn a_couple_named_with_two_titles_is_flagged() {
        use ConfidentialKind::TitledName;
        assert_eq!(
            kinds("we went back to mr and mrs okoro the week after"),
            vec![(TitledName, "mrs okoro".to_string())]
        );
        assert_eq!(
            kinds("Mr and Mrs Whitfield both came to the forum."),
            vec![(TitledName, "Mrs Whitfield".to_string())]
        );
    }

    #[test]
    fn miss_in_lower_case_where_a_person_is_named_is_a_title() {
        use ConfidentialKind::TitledName;
        assert_eq!(
            kinds("the GP asked us to visit miss okafor who lives on her own"),
            vec![(TitledName, "miss okafor".to_string())]
        );
        assert_eq!(
            kinds("so the one that stays with me is miss delaney"),
            vec![(TitledName, "miss delaney".to_string())]
        );
        // The verb and the noun are no title.
        assert!(kinds("some families miss appointments when the bus is late").is_empty());
        assert!(kinds("after a near miss we fitted sensors").is_empty());
        assert!(kinds("we'd miss calls on a friday").is_empty());
        assert!(kinds("I didn't want to miss anything").is_empty());
    }

    #[test]
    fn a_surname_opened_by_a_particle_is_part_of_the_titled_name() {
        use ConfidentialKind::TitledName;
        assert_eq!(
            kinds("We visited Mrs de Souza twice in March."),
            vec![(TitledName, "Mrs de Souza".to_string())]
        );
        assert_eq!(
            kinds("Mr van der Berg rang the duty desk."),
            vec![(TitledName, "Mr van der Berg".to_string())]
        );
        // A lower-case word after a title that opens no surname is still no name.
        assert!(kinds("We told Mrs the news.").is_empty());
    }

    #[test]
    fn a_full_name_with_no_title_is_flagged() {
        use ConfidentialKind::{Address, FullName, TitledName};
        assert_eq!(
            kinds(
                "When Peter Ashdown at 14 Elm Road in Hexham called us in May his son said he had stopped eating."
            ),
            vec![
                (FullName, "Peter Ashdown".to_string()),
                (Address, "14 Elm Road".to_string())
            ]
        );
        assert_eq!(
            kinds("Then Gladys WRIGHT rang the duty line herself."),
            vec![(FullName, "Gladys WRIGHT".to_string())]
        );
        assert_eq!(
            kinds("I sat with Aisha Okafor-Hale's sister for an hour."),
            vec![(FullName, "Aisha Okafor-Hale".to_string())]
        );
        // A titled name is flagged once, as a titled name.
        assert_eq!(
            kinds("Mrs Doreen Pilling moved home in the spring."),
            vec![(TitledName, "Mrs Doreen Pilling".to_string())]
        );
    }

    #[test]
    fn a_pair_that_names_a_place_is_not_a_full_name() {
        use ConfidentialKind::FullName;
        for text in [
            "Three residents of the Heather Hill nursing home were sent home without a plan.",
            "Most of the referrals came from families living in Sally Green.",
            "The group meets in the hall on Helen Gardens.",
            "The new flats on Heather Mews opened in May.",
        ] {
            assert!(
                kinds(text).iter().all(|(k, _)| *k != FullName),
                "{text}: {:?}",
                kinds(text)
            );
        }
        // A person is still named: with a possessive after "in", and after other words.
        assert_eq!(
            kinds("We sat in Sarah Hill's kitchen and went through the bills."),
            vec![(FullName, "Sarah Hill".to_string())]
        );
        assert_eq!(
            kinds("I rang Heather Hill to say the carer was coming."),
            vec![(FullName, "Heather Hill".to_string())]
        );
    }

    #[test]
    fn a_first_name_alone_a_place_or_a_named_thing_is_not_a_full_name() {
        for text in [
            "A man I'll call Derek told us the carers never stayed.",
            "Derek said it was the first time anyone had asked.",
            "The hub on George Street opens on Tuesdays.",
            "We ran it from Mary Seacole House and Stanley Park.",
            "Every worker has done the Oliver McGowan training.",
            "St John Ambulance staffed the first aid tent.",
            "In a made-up case, Sarah Pennington is 84 and lives alone.",
            "Priya ICB funding covers it.",
            "Our MCA lead, Priya Dunmore, ran the clinics.",
            "Jane WRIGHT, our lead nurse, and I set up the falls clinic.",
            "Sarah HOLT from the ICB chairs the panel.",
            "Our lead nurse Jane Wright and I set it up.",
            "We asked Simon. Nobody else knew.",
            "We told Sarah Monday that the panel had agreed, and Tom June's answer.",
        ] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
    }

    #[test]
    fn the_speakers_i_after_an_initial_is_no_surname() {
        for text in [
            "so Mr T I'll call him lived on his own above the chip shop",
            "Mrs D I’d say was the first to use the new line.",
            "Ms R I think had waited longest for her review.",
            "and Mr W I've known for years came to the group",
        ] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
        // An initial with a surname is still a name.
        use ConfidentialKind::TitledName;
        assert_eq!(
            kinds("Mr T Ibbotson came to the group."),
            vec![(TitledName, "Mr T Ibbotson".to_string())]
        );
    }

    #[test]
    fn titled_names_stay_on_one_line() {
        use ConfidentialKind::TitledName;
        assert_eq!(
            kinds("I visited Mrs Okafor at home. Mr J. Hale agreed."),
            vec![
                (TitledName, "Mrs Okafor".to_string()),
                (TitledName, "Mr J. Hale".to_string()),
            ]
        );
        assert_eq!(
            kinds("Dr Patel Jones wrote. Ms Malcolm’s slides."),
            vec![
                (TitledName, "Dr Patel Jones".to_string()),
                (TitledName, "Ms Malcolm".to_string())
            ]
        );
    }

    #[test]
    fn an_initial_in_quotes_is_still_an_initial() {
        // Issue 17: the closing quote after a quoted initial made it look like a surname.
        for text in [
            "The review of a man known as 'Mr B' was shared with every team.",
            "We called her ‘Mrs L’ in the briefing.",
        ] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
        // A surname before a possessive apostrophe is still a name, without the apostrophe.
        use ConfidentialKind::TitledName;
        assert_eq!(
            kinds("Mr Hollins' daughter rang the duty line."),
            vec![(TitledName, "Mr Hollins".to_string())]
        );
    }

    #[test]
    fn the_speakers_i_after_a_given_name_is_no_surname() {
        for text in [
            "so Margaret I'll call her lived with her son on the estate",
            "Tom I’d say was the first to ring the new number.",
            "and Aisha I've known since she was at school came every week",
            "Peter I'm told still goes to the lunch club.",
        ] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
        // A given name with a surname is still a full name.
        use ConfidentialKind::FullName;
        assert_eq!(
            kinds("Margaret Illingworth came to the group."),
            vec![(FullName, "Margaret Illingworth".to_string())]
        );
    }

    #[test]
    fn streets_named_bank_brow_or_fold_are_addresses() {
        // Issue 17: road names ending in words the list lacked.
        use ConfidentialKind::Address;
        for (text, address) in [
            (
                "She lives at Flat 2, 41 Willow Bank, near the park.",
                "Flat 2, 41 Willow Bank",
            ),
            ("He moved to 7 Heather Brow last spring.", "7 Heather Brow"),
            ("The family were at 23 Mill Fold until May.", "23 Mill Fold"),
        ] {
            assert_eq!(kinds(text), vec![(Address, address.to_string())], "{text}");
        }
        // A bank or a fold that is no street stays out.
        for text in [
            "We opened 3 food banks in the town.",
            "We sent 2 Food Bank parcels to her.",
        ] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
    }

    #[test]
    fn a_pronoun_after_an_initial_is_no_surname() {
        // Issue 17: the next sentence's first word after "Mrs A." taken as a surname.
        for text in [
            "I'll call her Mrs A. She'd been turned down for a carer's assessment twice.",
            "We visited Mr K. He said nobody had asked him before.",
            "We met Ms R. Her daughter rang the next day.",
        ] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
        use ConfidentialKind::TitledName;
        assert_eq!(
            kinds("Mr J. Shearer came to the group."),
            vec![(TitledName, "Mr J. Shearer".to_string())]
        );
    }

    #[test]
    fn a_birth_cue_run_into_is_still_a_cue() {
        // Issue 17: "date of birth's the ..." said aloud, in sentences written for this test.
        use ConfidentialKind::DateOfBirth;
        assert_eq!(
            kinds("so her date of birth's the 4th of March 1950 and she lives alone"),
            vec![(DateOfBirth, "4th of March 1950".to_string())]
        );
        assert_eq!(
            kinds("Her birthday's 12 May 1939, and she still drives."),
            vec![(DateOfBirth, "12 May 1939".to_string())]
        );
    }

    #[test]
    fn a_date_of_birth_said_in_words_is_found() {
        // Issue 17: dates of birth in a spoken transcript, in sentences written for this test.
        use ConfidentialKind::DateOfBirth;
        assert_eq!(
            kinds("so she was born the fourth of march nineteen thirty eight and she lived alone"),
            vec![(
                DateOfBirth,
                "fourth of march nineteen thirty eight".to_string()
            )]
        );
        assert_eq!(
            kinds(
                "date of birth the twenty first of October two thousand and three and he was in care"
            ),
            vec![(
                DateOfBirth,
                "twenty first of October two thousand and three".to_string()
            )]
        );
        // With no birth cue it is an event, not a birth date.
        assert_eq!(
            kinds("we met on the fourth of march two thousand and twenty four"),
            vec![]
        );
    }

    #[test]
    fn an_nhs_number_said_aloud_is_found() {
        // A transcript's NHS number, in sentences written for this test.
        use ConfidentialKind::NhsNumber;
        assert_eq!(
            kinds("and his nhs number is six one two zero eight eight four four three one"),
            vec![(
                NhsNumber,
                "six one two zero eight eight four four three one".to_string()
            )]
        );
        assert_eq!(
            kinds("NHS no. seven two oh, double three nine, one five four eight so we checked"),
            vec![(
                NhsNumber,
                "seven two oh, double three nine, one five four eight".to_string()
            )]
        );
        // Near misses: the cue with no number, too few digits, digits not named as one.
        for text in [
            "the nhs number was missing on twelve of the referrals",
            "nhs number six one two, I think, was on the form",
            "we rang six one two zero eight eight four four three one times",
        ] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
    }

    #[test]
    fn a_thing_born_in_a_year_and_a_public_figure_are_no_details() {
        // Sentences written for this test.
        use ConfidentialKind::{DateOfBirth, FullName};
        for text in [
            "The befriending scheme was born in 2017 out of a carers' meeting.",
            "Since the partnership was born in March 2021, 230 carers have joined.",
            "Professor Alan Turner chaired the learning event.",
            "Dame Philippa Russell spoke to the carers' forum.",
            "Rev Colin Hughes took the service at the chapel.",
        ] {
            assert_eq!(kinds(text), vec![], "{text}");
        }
        // A person born in a year, and a person named with no public title, still are.
        assert_eq!(
            kinds("Her brother was born in 1951 and lives on his own."),
            vec![(DateOfBirth, "1951".to_string())]
        );
        assert_eq!(
            kinds("Then Colin Hughes rang the duty line again."),
            vec![(FullName, "Colin Hughes".to_string())]
        );
    }
}
