//! A plan's actions said to be finished are pressed on what changed in practice and for people
//! (issue 23, probes-8 p22). Every sentence here is written for the test.

use super::tests::first;
use super::*;

#[test]
fn finished_actions_are_asked_what_changed_for_people() {
    let a = first(
        "After the domestic homicide review we rewrote the risk guidance and ran workshops for \
         every team. The partnership board tracks the plan and all the actions are now complete.",
    );
    assert_eq!(
        a.ask,
        "You said all the actions are now complete: that tells us the plan is finished, so what \
         has changed for people since, and how do you know practice is different?"
    );
    let a = first(
        "The peer review made nine recommendations about hospital discharge, and all 9 \
         recommendations have been implemented.",
    );
    assert_eq!(
        a.ask,
        "You said all 9 recommendations have been implemented: that tells us the plan is \
         finished, so what has changed for people since, and how do you know practice is \
         different?"
    );
}

#[test]
fn finished_actions_with_what_changed_or_only_planned_are_not() {
    for answer in [
        "All the actions are complete, and our audit of cases since shows practitioners now \
         check with the housing officer before closing.",
        "We hope all the actions will be complete by the summer.",
        "We signed the action plan with the board in May.",
    ] {
        assert!(
            !anchors(answer)
                .iter()
                .any(|a| a.presses == "asking what the finished plan changed in practice"),
            "{answer}"
        );
    }
}
