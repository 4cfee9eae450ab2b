//! Follow-ups the blind judge on probes-19 and the strong-17 re-asks showed broken or ill-fitting,
//! as classes (issue 23): a capitalised question word taken as a group of people, an instruction
//! ending in a question mark, "times" when one was told, "when did that last happen" of what a
//! change spares people, talk words at a quote's ends, one person's plight in a story pressed as a
//! weak spot, how often one person is visited pressed as people reached, and "what do you know
//! now" after "we don't yet know whose job it is". Every sentence here is written for the test.

use super::frame::{unfilled, well_formed};
use super::*;

#[test]
fn a_question_word_in_a_title_is_not_a_group() {
    let answer = "Since May every report to the cabinet has had a 'What families said' \
                  section, and I return any report that leaves it out. 28 of 33 had it, against \
                  5 of 41 the year before.";
    for ask in asks(answer) {
        assert!(!ask.contains("You told us about What"), "{ask}");
        assert!(!ask.contains("which other communities"), "{ask}");
    }
}

#[test]
fn an_instruction_is_never_ended_with_a_question_mark() {
    assert!(
        well_formed("You said it works: tell us about a time it did not, and what happened?")
            .is_err()
    );
    assert!(well_formed("Give us one case where it changed a plan?").is_err());
    assert!(well_formed("Tell us about one of those four appeals: what did it show?").is_ok());
    let answer = "I sit on the senior team. Last winter I argued for keeping the night sitting \
                  service open, and it was kept. The director asks my view on every practice \
                  policy.";
    let all = asks(answer);
    assert!(
        all.iter()
            .any(|a| a.starts_with("That was a time your advice was taken:")),
        "{all:?}"
    );
    for ask in all {
        assert!(!ask.contains("Those are times"), "{ask}");
        assert!(!ask.contains(": tell us"), "{ask}");
    }
}

#[test]
fn what_a_change_spares_people_is_not_asked_when_it_last_happened() {
    let answer = "We set up a single contact sheet that goes with the family when they move \
                  between teams, so nobody has to repeat their history to each new worker. \
                  Complaints about repeating the story fell from 30 to 6.";
    let all = asks(answer);
    for ask in &all {
        assert!(!ask.contains("when did that last happen"), "{ask}");
    }
    assert!(
        all.iter().any(|a| a.contains(
            "nobody has to repeat their history to each new worker: who has still had to"
        )),
        "{all:?}"
    );
}

#[test]
fn talk_words_at_a_quote_s_ends_are_not_said_back() {
    assert_eq!(
        unfilled("You said yeah the panel went really well actually: what did it find?"),
        "You said the panel went really well: what did it find?"
    );
    assert_eq!(
        unfilled("You said you know the waits are down, honestly: since when?"),
        "You said the waits are down: since when?"
    );
    // Words that carry meaning stay: "well over half", "what you know".
    assert_eq!(
        unfilled("You said well over half use what they know: how?"),
        "You said well over half use what they know: how?"
    );
}

#[test]
fn one_person_s_plight_in_a_story_is_not_a_weak_spot() {
    let answer = "A woman in her eighties with dementia lived with her daughter, and her \
                  daughter was struggling with the nights. We assessed, set up a night sitter \
                  twice a week and a day centre place, and the daughter got a carer's \
                  assessment of her own.";
    for ask in asks(answer) {
        assert!(!ask.contains("which people does it affect most"), "{ask}");
        assert!(!ask.contains("was struggling with the nights"), "{ask}");
    }
}

#[test]
fn how_often_one_person_is_visited_is_not_people_reached() {
    let answer = "Mr J, 80, after a fall: the plan was three calls daily at first, then his \
                  grandson agreed to do the evening meal and the pharmacy delivers his tablets.";
    for ask in asks(answer) {
        assert!(!ask.contains("those people"), "{ask}");
        assert!(!ask.starts_with("Beyond the three calls"), "{ask}");
    }
}

#[test]
fn an_owner_not_yet_known_is_asked_when_it_will_be_settled() {
    let answer = "We brought the two registers together and every person now has a named \
                  worker. The 12 people placed in other counties have no review booked, and we \
                  don't yet know whose job it is to visit them.";
    let all = asks(answer);
    for ask in &all {
        assert!(!ask.contains("what do you know now"), "{ask}");
    }
    assert!(
        all.iter().any(
            |a| a.contains("when will that be settled, and who is checking on them meanwhile?")
        ),
        "{all:?}"
    );
}
