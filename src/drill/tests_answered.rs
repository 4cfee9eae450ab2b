//! A bank probe the answer already answers is not asked (issue 23, probes-5). Every sentence here
//! is written for the test.

use super::*;

fn answered(ask: &str, answer: &str) -> bool {
    let sentences: Vec<Words> = answer.split(['.', '\n']).map(Words::new).collect();
    already_answered(ask, &Words::new(answer), &sentences)
}

#[test]
fn when_it_is_updated_and_who_owns_it_are_answered_anywhere() {
    let ask = "When is it next updated, and who signs it off?";
    let both = "It is owned by the leadership team. We revisit every section each quarter and \
                check it against the audits.";
    assert!(answered(ask, both));
    // Half answered is still worth asking.
    assert!(!answered(ask, "We revisit every section each quarter."));
    assert!(!answered(
        "How often do you meet?",
        "We meet when we need to."
    ));
    assert!(answered(
        "How often do you meet?",
        "The group meets monthly."
    ));
}

#[test]
fn what_staff_said_is_answered_by_a_survey_with_figures() {
    let ask = "What have newly qualified social workers said about their first year?";
    assert!(answered(
        ask,
        "Leavers survey: 'I had time to learn' 11 of 12; 'my manager knew me' only 7 of 12."
    ));
    assert!(!answered(ask, "We run a leavers survey."));
    // What people who draw on care said is still asked for when staff's words are given.
    assert!(!answered(
        "What have people who draw on care told you about it?",
        "Staff survey: 80% feel supported."
    ));
}

#[test]
fn recruiting_and_keeping_staff_is_answered_when_both_are_told() {
    let ask = "What have you done to recruit and keep occupational therapists?";
    let both = "Three apprentices start with the university in September. Keeping them: a market \
                supplement since March matched the hospital's pay.";
    assert!(answered(ask, both));
    // Only one half told: the other is still worth asking.
    assert!(!answered(
        ask,
        "Three apprentices start with the university in September."
    ));
    assert!(!answered(
        ask,
        "We have four vacancies out of twenty posts."
    ));
}
