//! A figure given bare, with nothing else in the answer to press on, is pressed for its meaning
//! rather than left to the question's stock "what difference has it made?" (issue 23, seventh
//! round). On sentences written for these tests.

use super::tests::first;
use super::*;

const MEANING: &str = "what does that figure tell you about how people are doing?";

#[test]
fn a_bare_figure_is_asked_what_it_means_for_people() {
    for (answer, figure) in [
        (
            "The new extra care scheme at Birchfield opened in the spring with 45 flats, and we \
             sat with the housing association on who moved in.",
            "45",
        ),
        (
            "Staff turnover was 19% last year. We've got a wellbeing offer and exit interviews.",
            "19%",
        ),
    ] {
        let a = first(answer);
        assert!(
            a.ask.contains(figure) && a.ask.ends_with(MEANING),
            "{answer}: {a:#?}"
        );
        assert!(well_formed(&a.ask).is_ok(), "{}", a.ask);
    }
}

#[test]
fn dates_labels_rhythms_and_a_handful_are_not_taken_for_the_figure() {
    for answer in [
        "We have a housing link worker in each of the three localities two days a week.",
        "The prevention strategy 2025-28 was agreed with health, and the panel meets every 12 weeks.",
        "Six members sit on the scrutiny panel, and we use section 117 aftercare where it fits.",
        "We work closely with housing, and the relationship is good.",
    ] {
        assert!(
            !anchors(answer).iter().any(|a| a.ask.ends_with(MEANING)),
            "{answer}: {:#?}",
            anchors(answer)
        );
    }
}

#[test]
fn a_figure_is_not_pressed_for_its_meaning_when_the_answer_gives_more_to_press() {
    // The weak spot the answer names comes first, and the bare figure is not added beside it.
    let answer = "We placed 45 people in extra care last year, but the waiting list for the \
                  scheme is harder: some have waited over a year.";
    assert!(
        !anchors(answer).iter().any(|a| a.ask.ends_with(MEANING)),
        "{:#?}",
        anchors(answer)
    );
}
