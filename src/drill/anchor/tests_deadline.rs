//! A standard with a deadline offered as what was done ("anyone who complains is contacted by a
//! senior within 3 working days") is asked how many have actually had it in time (probes-14 p22).
//! Sentences written for these tests, not taken from any set.

use super::tests::first;
use super::*;

#[test]
fn a_standard_with_a_deadline_is_asked_how_often_it_is_met() {
    let a = first(
        "Complaints about home care:\n\
         - New process since March: anyone who complains is contacted by a senior within 3 working days\n\
         - A standard letter explaining the steps\n\
         - Training for the quality team",
    );
    assert_eq!(
        a.ask,
        "You said anyone who complains is contacted by a senior within 3 working days: that is the \
         standard, so how many have actually had that in time, and what happens when it is missed?"
    );
    assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
}

#[test]
fn a_deadline_with_its_share_given_is_not_asked() {
    for a in anchors(
        "Anyone who complains is contacted by a senior within 3 working days, and 94% were last \
         quarter.",
    ) {
        assert!(!a.ask.contains("that is the standard"), "{a:?}");
    }
}
