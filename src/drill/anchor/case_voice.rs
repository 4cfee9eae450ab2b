//! One person's case told as what was done to them ("Mrs K had an assessment within a week, we put
//! in a care package"), with nothing of what they wanted: an assessor asks what the person wanted,
//! and whether the plan shows it (issue 23, probes-5: "one case told as process, without the
//! person's voice").

use super::read::{Reading, anchor};
use super::{Anchor, Shape};

/// Titles a case is told under, with the pronoun the follow-up uses for them.
const TITLES: &[(&str, &str)] = &[
    ("mrs", "her"),
    ("ms", "her"),
    ("miss", "her"),
    ("mr", "his"),
];

/// Words that give the person's own voice or wishes: then it is not asked for.
const VOICE: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "wanted",
    "wants",
    "wishes",
    "asked",
    "chose",
    "choose",
    "preferred",
    "prefers",
    "wish",
    "hoped",
    "views",
    "view",
    "words",
    "agreed",
    "felt",
    "matters",
    "mattered",
];

/// Words that say the case is one of harm or death: what the person wanted is not the question then.
const HARM: &[&str] = &["died", "death", "sar", "inquest", "killed", "suicide"];

/// People close to the person, named with a title: "his daughter, Miss Oduya" is not the case.
const CLOSE: &[&str] = &[
    "daughter",
    "son",
    "wife",
    "husband",
    "carer",
    "sister",
    "brother",
    "niece",
    "nephew",
    "mother",
    "father",
    "neighbour",
    "friend",
    "partner",
];

/// "What did Mrs K want from it, and how does her plan show what matters to her?"
pub(super) fn find_case_voice(r: &Reading) -> Option<Anchor> {
    if r.has_any(VOICE) || r.has_any(HARM) {
        return None;
    }
    let titled = (0..r.toks.len()).find_map(|i| {
        let (_, pronoun) = TITLES.iter().find(|(t, _)| r.n(i) == *t)?;
        // A name after the title, with its capital: "Mrs K", "Mr Okafor".
        let name = r.toks.get(i + 1)?;
        let capital = r.text[name.start..].starts_with(|c: char| c.is_uppercase());
        let close = r.has_in(i.saturating_sub(3), i, CLOSE);
        (capital && name.is_word() && !close).then_some((i, *pronoun))
    });
    let Some((i, pronoun)) = titled else {
        return untitled(r);
    };
    // The whole name as said: "Mrs K", "Mr K. Oyelaran", "Mr Desmond Achterberg".
    let capital = |k: usize| {
        r.toks.get(k).is_some_and(|t| {
            t.is_word() && r.text[t.start..].starts_with(|c: char| c.is_uppercase())
        })
    };
    // A possessive ends the name: "Mrs Okafor's Care Act assessment" names Mrs Okafor.
    let possessive = |k: usize| bare(&r.raw(k, k + 1)).len() < r.raw(k, k + 1).len();
    let mut end = i + 2;
    while end < i + 5
        && !possessive(end - 1)
        && (capital(end) || r.n(end) == "." && capital(end + 1))
    {
        end += if r.n(end) == "." { 2 } else { 1 };
    }
    // The bare name in the frame: "What did Mrs Okafor herself want", never "Mrs Okafor's" (the
    // tenth walk, docs/usability-2026-12-07d.md row 6).
    let who = bare(&r.raw(i, end)).to_string();
    ask(r, (i, end), &who, pronoun)
}

/// A name without the possessive it was said with: "Mrs Okafor's" is "Mrs Okafor", "Mr Jones'" is
/// "Mr Jones".
fn bare(name: &str) -> &str {
    ["'s", "’s", "'S", "’S", "'", "’"]
        .iter()
        .find_map(|end| name.strip_suffix(end))
        .unwrap_or(name)
}

/// "There was a man in his fifties with Huntington's disease...": one person's case told with no
/// name, asked about as "the man" (probes-19 p20, where the coach pressed the brother's coping).
fn untitled(r: &Reading) -> Option<Anchor> {
    let i = (0..r.toks.len()).find(|&i| {
        r.n(i) == "a"
            && matches!(r.n(i + 1), "man" | "woman")
            && (matches!(r.n(i + 2), "in" | "aged" | "with" | "who")
                || r.n(i + 2) == "of" && r.value(i + 3).is_some())
    })?;
    // Only where the case opens the answer and is all it tells: a strong answer that opens on a
    // case goes on to its figures (probes-14 p10), and a passing "a woman who..." is no story.
    let figures = (0..r.toks.len())
        .filter(|&k| r.value(k).is_some_and(|v| v >= 2.0))
        .count();
    if i > 12 || figures > 1 {
        return None;
    }
    let (who, pronoun) = if r.n(i + 1) == "man" {
        ("the man", "his")
    } else {
        ("the woman", "her")
    };
    ask(r, (i, i + 2), who, pronoun)
}

/// "What did Mrs K herself want, how is she now, and how typical is her case?": the person's own
/// wishes, how they are now, and whether the case is typical, as the assessor asked of one story
/// (probes-19 p20, p21; "what did Mrs K want from it, and how does her plan show what matters to
/// her?" was judged to miss how she is now and whether she is typical).
fn ask(r: &Reading, (i, end): (usize, usize), who: &str, pronoun: &str) -> Option<Anchor> {
    let (selfword, subject) = if pronoun == "his" {
        ("himself", "he")
    } else {
        ("herself", "she")
    };
    anchor(
        r,
        Shape::Voice,
        (i, end),
        who.to_string(),
        "asking what the person wanted".to_string(),
        format!(
            "What did {who} {selfword} want, how is {subject} now, and how typical is {pronoun} case?"
        ),
    )
}
