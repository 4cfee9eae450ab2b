//! The fourth round from the blind verdicts (issue 23, probes-5): people a count sets apart from the
//! main result are pressed first, whatever the wording. Every sentence here is written for the test.

use super::tests::{first, shapes};
use super::*;

#[test]
fn a_few_turned_away_after_but_are_pressed_first() {
    let a = first(
        "We reviewed 30 closures in the spring: 24 were closed with a proper handover, but 6 were \
         closed with no contact at all. We have since changed the closure checklist.",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert!(
        a.ask
            .starts_with("You said 6 were closed with no contact at all: what has happened"),
        "{}",
        a.ask
    );
    assert!(a.ask.contains("those 6"), "{}", a.ask);
}

#[test]
fn a_part_of_them_keeps_what_they_are() {
    // "9 of them moved in" said back would lose who "them" are.
    let a = first("Offered a nursing bed instead of home care: 31 since May, 5 of them moved in.");
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert!(a.ask.starts_with("Of the 5 who moved in, "), "{}", a.ask);
}

#[test]
fn plans_set_apart_are_asked_about_the_people_in_them() {
    let a = first(
        "We sampled 50 support plans in June. 38 recorded the person's own words, but in 12 the \
         plan was copied from the referral.",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert!(
        a.ask.starts_with("Of the 12 plans you mentioned, ")
            && a.ask.contains("the people in them"),
        "{}",
        a.ask
    );
}

#[test]
fn a_quote_cut_at_a_quotation_mark_does_not_hang() {
    let a = first(
        "Of 40 referrals, 33 went to a full assessment, but 7 were refused at triage with \"no \
         eligible need\" as the reason.",
    );
    assert!(
        a.ask.starts_with("You said 7 were refused at triage: "),
        "{}",
        a.ask
    );
}

#[test]
fn a_few_who_did_well_or_how_they_came_are_not_set_apart() {
    for answer in [
        "Most were still waiting in June, but 12 went home well within the week.",
        "We had 14 referrals; 8 of them first raised by our own home care staff.",
        "There were 40 people on the list and 6 of the team took them on.",
    ] {
        assert!(!shapes(answer).contains(&Shape::SetApart), "{answer}");
    }
}

#[test]
fn only_a_part_of_a_count_is_pressed_on_the_others() {
    let a = first("Leavers told us: 'I had time to learn' 12/12; 'my manager knew me' only 7/12.");
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert_eq!(
        a.ask,
        "Of the 12, what did the other 5 tell you, and what have you changed because of it?"
    );
    let a =
        first("We checked the new plans in May, and only 9 of the 20 plans used the new section.");
    assert_eq!(
        a.ask,
        "Of the 20, what has happened for the other 11, and what is being done about them?"
    );
    // A part that is the whole, or a share, is not.
    assert!(!shapes("Only 20 of 20 were late.").contains(&Shape::SetApart));
}

#[test]
fn an_outcome_given_for_some_of_a_count_is_pressed_on_the_others() {
    let a = first(
        "The hoarding panel started in May and has had 40 referrals since, and 15 people have had \
         a deep clean and a plan agreed with them",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert_eq!(
        a.ask,
        "Of the 40 referrals, you said 15 people have had a deep clean and a plan agreed with \
         them: what has happened for the other 25, and what is being done about them?"
    );
}

#[test]
fn the_others_the_answer_sets_apart_itself_are_pressed() {
    let a = first(
        "Twelve went to a care home for a short stay while we found home care, ten were home within \
         a month, the other two moved in for good.",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert!(
        a.ask
            .starts_with("You said the other two moved in for good: "),
        "{}",
        a.ask
    );
}

#[test]
fn a_few_said_to_have_chosen_are_asked_whether_it_was_their_choice() {
    let a = first("Of the 15 offered a move, 12 went home and the other three chose to stay.");
    assert_eq!(
        a.ask,
        "You said the other three chose to stay: how sure are you it was really their choice, and \
         what did they tell you about it?"
    );
}

#[test]
fn a_few_who_did_not_are_asked_about_with_the_whole() {
    let a = first("Of the 30 carers we reached in May, 24 had a plan by July but five did not.");
    assert_eq!(
        a.ask,
        "Of the 30 carers you mentioned, what has happened for the five who did not, and who has \
         gone back to them?"
    );
    // Two outcomes side by side are not a few set apart.
    assert!(
        !shapes("Of 80 concerns, 64 were closed at triage, while 16 went to an enquiry.")
            .contains(&Shape::SetApart)
    );
}

#[test]
fn a_few_already_gone_back_to_are_not_asked_who_went_back() {
    assert!(
        !shapes(
            "We sampled 40 closures and 33 were right, but seven were not. Those seven were \
             contacted within a week."
        )
        .contains(&Shape::SetApart)
    );
}
