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
    // The short quoted reason is said back whole, with what runs on after it.
    let a = first(
        "Of 40 referrals, 33 went to a full assessment, but 7 were refused at triage with \"no \
         eligible need\" as the reason.",
    );
    assert!(
        a.ask.starts_with(
            "You said 7 were refused at triage with \"no eligible need\" as the reason: "
        ),
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
    // Plans that fall short are gone back over, not asked "what has happened for" them.
    assert_eq!(
        a.ask,
        "Of the 20 plans, who is going back over the other 11, and how will you know they now \
         meet the standard?"
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

// The sixth round (issue 23, probes 1-6): the exception the PSW admits, in any wording, is pressed
// first, naming those people and asking what is happening for them now and who makes it change.

#[test]
fn the_few_who_are_worse_off_are_named_and_pressed_first() {
    let a = first(
        "We offered all 120 tenants a welfare call this winter and 74 took it up. The 46 who didn't \
         are mostly people living alone, and annual reviews are harder for them too.",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert!(
        a.ask
            .starts_with("You said the 46 who didn't are mostly people living alone")
            && a.ask.contains("what is happening for those 46 now"),
        "{}",
        a.ask
    );
}

#[test]
fn a_part_of_those_lost_keeps_the_words_that_admit_it() {
    let a = first(
        "Twelve families were referred to the new team in spring; eight engaged well. The part I'm \
         uneasy about is that with 3 of those 4 we'd lost touch by the summer.",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert!(
        a.ask.starts_with(
            "You said the part you're uneasy about is that with 3 of those 4 you'd lost touch"
        ) && a.ask.contains("those 3"),
        "{}",
        a.ask
    );
}

#[test]
fn a_rate_still_open_is_pressed_on_the_people_in_it() {
    let a = first(
        "Most reviews are done inside the year now. What still lags is the tail: about one in eight \
         reviews is still open after 18 months.",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert!(
        a.ask
            .starts_with("You said about one in eight reviews is still open after 18 months: ")
            && a.ask.contains("the people in those reviews"),
        "{}",
        a.ask
    );
}

#[test]
fn providers_set_apart_are_asked_about_the_people_they_support() {
    let a = first(
        "Eleven of the 16 day services have signed the new charter. The other five services \
         haven't signed yet, and it goes into their contracts in April.",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert!(
        a.ask.contains("the people those five services support"),
        "{}",
        a.ask
    );
}

#[test]
fn the_rest_of_a_part_that_did_well_is_pressed() {
    let a = first(
        "After each review the plan names who does what, and in our March check that plan was \
         being followed for 41 of 60 people.",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert!(
        a.ask
            .starts_with("You said the plan was being followed for 41 of 60 people: ")
            && a.ask.contains("the other 19"),
        "{}",
        a.ask
    );
}

#[test]
fn the_main_result_a_whole_a_choice_or_a_measure_is_not_set_apart() {
    for answer in [
        // The main result itself: 800 of 1,200 are what is left, not a few set apart.
        "We had 1,200 on the list. We closed 400 after review. The 800 still waiting are seen by risk.",
        // Saying no was their choice, and it was respected.
        "58 of 64 agreed to the visit and the six who said no were respected.",
        // Figures are not people.
        "The three figures we watch every week are the number of people waiting, 420 in all.",
    ] {
        let set_apart: Vec<Anchor> = anchors(answer)
            .into_iter()
            .filter(|a| a.shape == Shape::SetApart)
            .collect();
        assert!(
            set_apart
                .iter()
                .all(|a| !a.ask.contains("now, and who is making sure")
                    && !a.ask.contains("now, who is checking")),
            "{answer}: {set_apart:?}"
        );
    }
}

#[test]
fn the_whole_of_a_part_is_not_what_is_pressed() {
    let a = first("Outcomes: 12 of the 17 still living at home, 5 moved by choice.");
    assert!(
        a.ask.contains("those 12") && !a.ask.contains("those 17"),
        "{}",
        a.ask
    );
}

#[test]
fn a_counted_exception_comes_before_the_weak_spot_named_in_general() {
    let a = first(
        "Where we're behind is people in extra care. We've spoken to 30 of them; the other 12 \
         haven't had a review this year.",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert!(a.ask.contains("those 12"), "{}", a.ask);
}

#[test]
fn people_found_and_the_few_acted_for_are_pressed_on_the_rest() {
    let a = first(
        "Where we are behind is people placed out of area. We've identified 48 of them and we've \
         reviewed 15.",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert!(
        a.ask
            .starts_with("You said you've identified 48 and reviewed 15: ")
            && a.ask.contains("the other 33"),
        "{}",
        a.ask
    );
}

#[test]
fn their_count_said_with_the_sentence_that_names_them() {
    let a = first(
        "The list is down from 400 to 260. What worries me is people with a learning disability. \
         Their 18 have waited longest, 90 days on average.",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert!(
        a.ask.starts_with(
            "You said what worries you is people with a learning disability, and their 18 have \
             waited longest: "
        ) && a.ask.contains("those 18"),
        "{}",
        a.ask
    );
}

#[test]
fn one_person_still_not_where_they_want_to_be_is_asked_about() {
    let a = first(
        "We changed how moves are planned after her placement broke down, and 20 moves since have \
         held. She is still in the respite unit, nine months later, while we look for a flat.",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert_eq!(
        a.ask,
        "You said she is still in the respite unit, nine months later: what does she want now, \
         what is stopping it happening, and who is making sure it does?"
    );
}

#[test]
fn all_but_one_is_asked_about_the_one() {
    let a = first(
        "We checked 30 discharge letters in May and the ward staff had sent all but one of them \
         within a day.",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert!(
        a.ask.contains(
            "what happened with that one and for the person concerned, and what would stop it happening again?"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn people_set_apart_by_how_they_reach_us_are_not_asked_whether_they_are_safe() {
    // Written for this test, after insight-strong-3 u18: not being online leaves people out of a
    // service; "who is checking they are safe" reads as if it put them in danger.
    let a = first(
        "Most people now contact us online. About one in four people over 80 here don't use the \
         internet at all, so the phone line stays staffed.",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:#?}");
    assert!(!a.ask.contains("safe"), "{}", a.ask);
}

#[test]
fn a_count_with_a_helper_verb_keeps_its_who() {
    // "Of the three have told..." lost its "who" (probes-15 p09).
    let a = first(
        "We placed 14 people in respite beds over the winter, and three of them have told their \
         daughters they want to come home.",
    );
    assert_eq!(a.shape, Shape::SetApart, "{a:?}");
    assert!(
        a.ask
            .starts_with("Of the three who have told their daughters"),
        "{}",
        a.ask
    );
    assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
}

#[test]
fn a_part_that_got_something_back_is_not_set_apart() {
    // "40 of them had got hours back" is a result, not people left out (probes-15 p02).
    let a = first(
        "Of the 90 carers on the scheme, 62 were still in their jobs a year on, and 25 of them \
         had got back the shifts they had dropped.",
    );
    assert_ne!(a.shape, Shape::SetApart, "{a:?}");
}
