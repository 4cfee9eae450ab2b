//! A shortfall named in two places and a plan for only one: the one left out is pressed (issue 23,
//! the annual-report case). Every sentence here is written for the test.

use super::tests::first;
use super::*;

#[test]
fn the_place_a_plan_leaves_out_is_pressed() {
    let a = first(
        "Reviews on time rose to 86% across the service this year. Two teams are still below \
         80%, the learning disability team and the hospital team, because of agency turnover. \
         Next year the priority is the learning disability team, with two permanent seniors from \
         April.",
    );
    assert_eq!(
        a.ask,
        "You named the learning disability team and the hospital team, but the plan you described \
         is for the learning disability team: what is happening meanwhile for the people who rely \
         on the hospital team, and who is answerable for it?"
    );
    assert_eq!(a.shape, Shape::WeakSpot);
}

#[test]
fn a_plan_for_every_place_named_or_no_plan_leaves_nothing_out() {
    for answer in [
        // The plan covers both.
        "Two teams are still below 80%, the east team and the night service. Next year the \
         priority is the east team and the night service together.",
        // No plan at all.
        "Two teams are still below 80%, the east team and the night service, because of agency \
         turnover.",
        // No shortfall: a list of what went well.
        "Two teams reached 95%, the east team and the night service. Next year the priority is \
         the east team.",
    ] {
        assert!(
            !anchors(answer)
                .iter()
                .any(|a| a.ask.contains("the plan you described")),
            "{answer}: {:?}",
            anchors(answer)
        );
    }
}
