//! A group a strong answer ends on whose share of a benefit is set against its share of the whole
//! ("a quarter of our caseload but made 6% of the new claims") is asked what is changing so the
//! gap closes and what they have said themselves, not whether they are safe (probes-16 p06).
//! Sentences written for these tests, not taken from any set.

use super::tests::first;
use super::*;

#[test]
fn a_share_set_against_the_whole_is_asked_what_closes_the_gap() {
    let a = first(
        "Every new referral now gets a benefits check from the welfare rights team, and last year \
         310 people claimed about £500,000 a year more. Attendance allowance claims doubled.\n\
         - Gap: people in the two rural districts are a quarter of our caseload but made 6% of \
         the new claims, mostly because nobody visits them at home",
    );
    assert!(
        a.ask.starts_with(
            "You said people in the two rural districts are a quarter of your caseload but made 6% of the new claims"
        ) && a.ask.ends_with(
            "what is closing that gap, and what have they told you themselves?"
        ),
        "{}",
        a.ask
    );
    assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
}
