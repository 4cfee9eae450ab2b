//! A forum the PSW chairs is asked into: what comes up, and what it changed (issue 23, probes-6).
//! Every sentence here is written for the test.

use super::tests::first;
use super::*;

#[test]
fn a_forum_the_psw_chairs_is_asked_what_comes_up_and_what_changed() {
    let a = first(
        "Practitioners can book a consultation with an AMHP any week. There's a fortnightly \
         complex cases panel that I chair, where teams bring their hardest decisions.",
    );
    assert_eq!(
        a.ask,
        "In the fortnightly complex cases panel you chair, what comes up most often, and what \
         have you changed because of it?"
    );
    let a = first("Every new manager has a mentor, and I chair the practice standards group.");
    assert_eq!(
        a.ask,
        "In the practice standards group you chair, what comes up most often, and what have you \
         changed because of it?"
    );
}

#[test]
fn a_chair_that_is_furniture_or_whose_difference_is_said_is_not() {
    for answer in [
        "I chair the practice standards group, and it has changed what we teach new starters.",
        "We bought a chair for the waiting room.",
        "I chair the weekly high-risk panel, which looked at 85 cases last year.",
    ] {
        assert!(
            !anchors(answer)
                .iter()
                .any(|a| a.presses == "asking what comes up in the forum you chair"),
            "{answer}"
        );
    }
}
