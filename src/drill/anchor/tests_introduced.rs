//! A dated change with nothing said of what it changed, pressed on that (issue 23, probes-22 p17).
//! Answers written for these tests, not taken from any set.

use super::Shape;
use super::tests::first;

#[test]
fn a_list_line_bringing_in_a_tool_is_asked_what_it_has_changed_for_people() {
    let a = first(
        "Keeping up with the region\n\
         - Regional PSW network: I go to every meeting\n\
         - Took the region's hoarding guidance and adapted it for our teams; managers had it from May\n\
         - A slot in the monthly bulletin on what other councils are doing",
    );
    assert_eq!(a.shape, Shape::Process);
    assert_eq!(
        a.ask,
        "You said you took the region's hoarding guidance and adapted it for your teams: what has \
         it changed for people so far, and how do you know?"
    );
}

#[test]
fn a_note_that_drops_its_verb_of_being_has_it_put_back() {
    let a = first(
        "Working with health\n\
         - Joint discharge team at the hospital\n\
         - Community link workers piloted in three villages since March\n\
         - I meet the trust's chief nurse monthly",
    );
    assert!(
        a.ask.starts_with(
            "You said community link workers were piloted in three villages since March:"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn people_who_started_a_course_are_no_change_brought_in() {
    let found = super::anchors(
        "Growing our own\n\
         - Two OT apprentices started in September\n\
         - We started preparing for the new Act last December",
    );
    assert!(found.iter().all(|a| a.shape != Shape::Process), "{found:?}");
}

#[test]
fn a_change_whose_result_the_answer_gives_is_not_asked_what_it_changed() {
    let found = super::anchors(
        "Since January we introduced a joint triage with the police, and repeat referrals fell \
         from forty to twenty-two.",
    );
    assert!(
        found
            .iter()
            .all(|a| !a.ask.contains("what has it changed for people so far")),
        "{found:?}"
    );
}
