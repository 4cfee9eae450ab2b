//! Telling people who draw on care and support from the names of boards, teams and staff that hold
//! the same words: "the Safeguarding Adults Board", "community teams", "the carers' centre", "people in
//! my teams" (issue 17, class 10).

use super::lexicon::Lexicon;
use super::pattern::{EXAMPLE_PERSON, PERSON_ACTS};
use super::story::{is_story_past, one_person_told, pronoun_with_an_age};
use super::text::Taken;
use super::words::{self, PhraseSet, Token};
use std::ops::Range;

/// Words after a people word that make it the name of a body, a place or a role.
const BODIES: &[&str] = &[
    "team",
    "teams",
    "trust",
    "trusts",
    "board",
    "boards",
    "partnership",
    "partnerships",
    "forum",
    "forums",
    "centre",
    "centres",
    "lead",
    "leads",
    "officer",
    "officers",
    "worker",
    "workers",
    "nurse",
    "nurses",
    "hub",
    "hubs",
    "panel",
    "panels",
    "sector",
    "network",
    "champion",
    "champions",
    "services",
    "service",
    // Places care is given: "the community wards", "the community hospital".
    "ward",
    "wards",
    "hospital",
    "hospitals",
    "clinic",
    "clinics",
    "beds",
];

/// What may stand between "people in" and a team: "people in my teams", "people in the team".
const TEAM_OPENERS: &[&str] = &["my", "our", "the", "a", "both", "all", "each"];

/// Whether the token at `k` is a word written with a capital: "Directorate", "Trust", not "I".
fn capitalised(text: &str, toks: &[Token], k: usize) -> bool {
    toks.get(k).is_some_and(|t| {
        t.is_word()
            && t.norm != "i"
            && text[t.start..t.end]
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    })
}

/// True when the people word at `range` names a board, a team, a role or staff, or is part of a
/// proper name with a capital word after it ("the People Directorate", "Carers Trust", "Families
/// First"): the name of a body or a programme, not the people it serves.
pub(crate) fn names_a_body(text: &str, toks: &[Token], range: &Range<usize>) -> bool {
    let first = toks.partition_point(|t| t.start < range.start);
    let after = toks.partition_point(|t| t.start < range.end);
    if capitalised(text, toks, first) && capitalised(text, toks, after) {
        return true;
    }
    // The first token after the word ("carers' centre": the apostrophe is inside the word's token).
    let i = toks.partition_point(|t| t.start < range.end);
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // "carers' centre", "Older People's Forum": a possessive may stand between.
    let k = if word(i) == "'s" || word(i) == "'" {
        i + 1
    } else {
        i
    };
    // "we opened a carers hub", "carers come to our carers group": a place or group of carers'
    // own, written in lower case, names the carers it is for. A role ("carers' lead"), a proper
    // name ("Carers' Hub") or the place acting ("the carers' centre rang", "the carers hub says")
    // stays a body.
    let acting = {
        let next = word(k + 1);
        super::clause::is_past_word(next)
            || matches!(
                next,
                "says"
                    | "said"
                    | "told"
                    | "tells"
                    | "runs"
                    | "rang"
                    | "rings"
                    | "has"
                    | "have"
                    | "is"
                    | "are"
                    | "was"
                    | "were"
                    | "will"
                    | "would"
                    | "can"
                    | "offers"
            )
    };
    let for_carers = !acting
        && text[range.clone()].starts_with("carer")
        && matches!(
            word(k),
            "hub"
                | "hubs"
                | "centre"
                | "centres"
                | "group"
                | "groups"
                | "forum"
                | "forums"
                | "network"
                | "service"
                | "services"
        );
    if BODIES.contains(&word(k)) && !for_carers {
        return true;
    }
    // "the safeguarding adults review process", "safeguarding adults training": the name of the
    // work; "safeguarding adults at risk" is people kept safe.
    if first > 0
        && word(first - 1) == "safeguarding"
        && matches!(
            word(k),
            "review"
                | "reviews"
                | "process"
                | "procedures"
                | "policy"
                | "enquiry"
                | "enquiries"
                | "training"
                | "week"
                | "group"
                | "framework"
        )
    {
        return true;
    }
    // "people in my teams", "people in a position of trust".
    word(k) == "in"
        && TEAM_OPENERS.contains(&word(k + 1))
        && matches!(
            word(k + 2),
            "team" | "teams" | "service" | "position" | "workforce"
        )
}

/// Functions of the council or a trust whose staff are called its "people": "the finance people",
/// "the HR people", "our commissioning people".
const DEPARTMENTS: &[&str] = &[
    "finance",
    "hr",
    "payroll",
    "legal",
    "comms",
    "communications",
    "procurement",
    "performance",
    "commissioning",
    "contracts",
    "estates",
    "admin",
    "data",
    "systems",
    "training",
    "workforce",
];

/// "the finance people", "our HR people": "people" after a department of the council is its staff,
/// not people who draw on care (issue 17, class 1; "IT people" only in capitals).
pub(crate) fn staff_of_a_department(text: &str, toks: &[Token], range: &Range<usize>) -> bool {
    let first = toks.partition_point(|t| t.start < range.start);
    let Some(before) = first.checked_sub(1).and_then(|k| toks.get(k)) else {
        return false;
    };
    toks.get(first).is_some_and(|t| t.norm == "people")
        && (DEPARTMENTS.contains(&before.norm.as_str()) || &text[before.start..before.end] == "IT")
}

/// "15 waiting, 3 in hospital", "64 awaiting a provider": a count of those waiting, with no word for
/// who they are, counts people (issue 17, class 1). A year ("in 2024 waiting times") or a waiting
/// list or time is no count of people.
pub(crate) fn counted_waiting(toks: &[Token]) -> Vec<Range<usize>> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let n = w(i);
        let year = n.len() == 4 && n.starts_with(|c: char| c.is_ascii_digit());
        if !n.starts_with(|c: char| c.is_ascii_digit())
            || year
            || !matches!(w(i + 1), "waiting" | "awaiting")
            || matches!(w(i + 2), "list" | "lists" | "time" | "times")
        {
            continue;
        }
        out.push(toks[i].start..toks[i + 1].end);
    }
    out
}

/// One person, as a story is told: "a man", "one daughter", "an older woman".
const ONE_PERSON: &[&str] = &[
    "man",
    "woman",
    "gentleman",
    "lady",
    "daughter",
    "son",
    "mother",
    "father",
    "mum",
    "dad",
    "wife",
    "husband",
    "carer",
    "family",
    "couple",
    "resident",
    "tenant",
    "sister",
    "brother",
    "widow",
    "widower",
    "grandmother",
    "grandfather",
    "girl",
    "boy",
    "neighbour",
    "parent",
    "lad",
    "lass",
    "chap",
    "bloke",
    "fella",
];

/// "lad", "woman", "daughter": one person, as a story names them.
pub(crate) fn is_one_person(word: &str) -> bool {
    ONE_PERSON.contains(&word)
}

/// "A daughter complained that...", "one man rang the duty line", "an older woman came to us":
/// one person doing something in the past, the opening of a case told as a story (issue 17, class
/// 13), whatever the verb.
pub(crate) fn one_person_acts(toks: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for i in 0..toks.len() {
        if !matches!(toks[i].norm.as_str(), "a" | "an" | "one") {
            continue;
        }
        // The person word, straight after or after one describing word ("an older woman").
        let Some(p) = [i + 1, i + 2]
            .into_iter()
            .take_while(|&k| toks.get(k).is_some_and(Token::is_word))
            .find(|&k| ONE_PERSON.contains(&toks[k].norm.as_str()))
        else {
            continue;
        };
        let Some(verb) = toks.get(p + 1) else {
            continue;
        };
        if is_story_past(&verb.norm) {
            out.push(toks[i].start..verb.end);
        }
    }
    out
}

/// "there was a lad, nineteen, ...", "we had this chap, ex-army, ...", "I had a young mum who'd
/// stopped ...": a person brought into the telling and then described opens a case told as a story
/// (issue 17, class 13), whatever comes after. Quoted from the opening words to the person.
pub(crate) fn brought_into_a_story(toks: &[Token]) -> Vec<Range<usize>> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let mut out = Vec::new();
    for i in 0..toks.len() {
        let opens = matches!(
            (w(i), w(i + 1)),
            ("there", "was") | ("we" | "i", "had") | ("we've" | "i've", "had")
        );
        if !opens || !matches!(w(i + 2), "a" | "an" | "this" | "one") {
            continue;
        }
        // The person word, straight after or after one describing word ("a young mum").
        let Some(p) = [i + 3, i + 4]
            .into_iter()
            .take_while(|&k| toks.get(k).is_some_and(Token::is_word))
            .find(|&k| ONE_PERSON.contains(&w(k)))
        else {
            continue;
        };
        // Then described: an aside after a comma, or who they were.
        if matches!(w(p + 1), "," | "who" | "whose" | "aged" | "in") || w(p + 1).starts_with("who'")
        {
            out.push(toks[i].start..toks[p].end);
        }
    }
    out
}

/// "the person's care", "a woman's pension": one person owning something is still a person. The
/// phrase list holds the plain word, so the "'s" is read off before it is looked up. "people's" is
/// left out: the tables differ on it ("recording people's own words" is about practice, set A a36;
/// "people's culture and faith are considered", set I i43, is about people).
pub(crate) fn possessives(set: Option<&PhraseSet>, toks: &[Token]) -> Vec<Range<usize>> {
    let Some(set) = set else {
        return Vec::new();
    };
    toks.iter()
        .filter_map(|t| {
            let stem = t
                .norm
                .strip_suffix("'s")
                .filter(|s| s.len() > 2 && *s != "people")?;
            let plain = [Token {
                start: t.start,
                end: t.end,
                norm: stem.to_string(),
            }];
            (set.match_at(&plain, 0) == Some(1)).then_some(t.start..t.end)
        })
        .collect()
}

/// "Dr Patel" is most often a clinician, not a person who draws on care or a case.
pub(super) fn is_doctor(name: &str) -> bool {
    name.get(..2).is_some_and(|t| t.eq_ignore_ascii_case("dr"))
}

/// "a lad I'll call K", "I'll call him Frank", "we'll call her Bev": a person given a name for the
/// telling, one person who draws on care. Quoted from "I'll" to the name.
pub(crate) fn named_for_the_telling(text: &str, toks: &[Token]) -> Vec<Range<usize>> {
    (1..toks.len())
        .filter_map(|i| {
            let who = toks[i - 1].norm.as_str();
            (matches!(who, "i'll" | "we'll")
                && toks[i].norm == "call"
                && super::clause::gives_a_name(
                    text,
                    toks,
                    i,
                    i > 1 && is_one_person(&toks[i - 2].norm),
                ))
            .then(|| toks[i - 1].start..toks[(i + 2).min(toks.len() - 1)].end)
        })
        .collect()
}

/// A specific case or story: the lexicon's phrases, one person described as a case is told, or a
/// person named with a title (which the confidentiality check also flags unless it is anonymised).
pub(super) fn examples(
    lexicon: &Lexicon,
    text: &str,
    toks: &[Token],
    titled: &[(Range<usize>, bool)],
) -> Vec<Range<usize>> {
    let mut found = words::all_matches(lexicon.m().example.as_ref(), toks);
    found.extend(EXAMPLE_PERSON.find_iter(text));
    found.extend(PERSON_ACTS.find_iter(text));
    found.extend(one_person_acts(toks));
    found.extend(brought_into_a_story(toks));
    found.extend(one_person_told(toks));
    found.extend(pronoun_with_an_age(toks));
    // "a lad I'll call K", "I'll call her Mrs A": a person given a name for the telling is a case.
    found.extend(named_for_the_telling(text, toks));
    // "Mrs K", "Mr Okafor": one person's case, anonymised or not (a doctor is no case).
    found.extend(
        titled
            .iter()
            .filter(|(r, _)| !is_doctor(&text[r.clone()]))
            .map(|(r, _)| r.clone()),
    );
    found.sort_by_key(|r| (r.start, std::cmp::Reverse(r.end)));
    let mut taken = Taken::default();
    found.retain(|r| taken.take(r));
    found
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    fn body(text: &str, word: &str) -> bool {
        let start = text.find(word).expect("the word is there");
        names_a_body(text, &tokens(text), &(start..start + word.len()))
    }

    #[test]
    fn boards_teams_and_staff_are_not_people() {
        assert!(body("the Safeguarding Adults Board met", "Adults"));
        assert!(body("I meet the community teams monthly", "community"));
        assert!(body("the carers' centre rang", "carers"));
        assert!(body("the people in my teams who lead", "people"));
        assert!(body("People in a position of trust", "People"));
        assert!(body(
            "a social worker on the community wards each morning",
            "community"
        ));
        assert!(body(
            "moved to the community hospital for rehab",
            "community"
        ));
        assert!(!body("carers told us", "carers"));
        assert!(!body("we opened a carers hub in May", "carers"));
        assert!(!body("she joined our carers' group for a year", "carers"));
        assert!(!body("people in their own homes", "people"));
        assert!(!body("families in the borough", "families"));
        // A capital word after a capitalised people word makes a proper name.
        assert!(body("The People Directorate's board", "People"));
        assert!(body("we fund Young Carers Matter to", "Carers"));
        assert!(!body("People I met told me", "People"));
        assert!(!body("Carers said the line helped", "Carers"));
    }

    #[test]
    fn one_person_doing_something_opens_a_story() {
        let found = |text: &str| -> Vec<String> {
            one_person_acts(&tokens(text))
                .into_iter()
                .map(|r| text[r].to_string())
                .collect()
        };
        assert_eq!(
            found("A son complained that nobody rang back."),
            ["A son complained"]
        );
        assert_eq!(
            found("Then one older man phoned twice."),
            ["one older man phoned"]
        );
        assert!(found("We run a carer led group and a family centred plan.").is_empty());
        assert!(found("A man's right to choose matters.").is_empty());
    }
}
