//! Telling people who draw on care and support from the names of boards, teams and staff that hold
//! the same words: "the Safeguarding Adults Board", "community teams", "the carers' centre", "people in
//! my teams" (issue 17, class 10).

use super::words::Token;
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
    if BODIES.contains(&word(k)) {
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
        assert!(!body("carers told us", "carers"));
        assert!(!body("people in their own homes", "people"));
        assert!(!body("families in the borough", "families"));
        // A capital word after a capitalised people word makes a proper name.
        assert!(body("The People Directorate's board", "People"));
        assert!(body("we fund Young Carers Matter to", "Carers"));
        assert!(!body("People I met told me", "People"));
        assert!(!body("Carers said the line helped", "Carers"));
    }
}
