//! Uptake offered as proof (a completion rate, page views, "well attended") is asked what it
//! changed and for whom it does not work (issue 23, probes-8 p14, p17, p19). Every sentence here is
//! written for the test.

use super::tests::first;
use super::*;

#[test]
fn uptake_offered_as_proof_is_asked_what_it_changed() {
    let a = first(
        "Every practitioner does the trauma-informed e-learning in their first month, and \
         completion is 88%. Team managers follow it up in supervision.",
    );
    assert_eq!(
        a.ask,
        "You said completion is 88%: that tells us people finished the training, so what has it \
         changed in what practitioners do, and where would we see that in case records?"
    );
    let a = first(
        "Our carers' hub online had 12,500 page views in the last year, and the leaflets are in \
         every surgery.",
    );
    assert_eq!(
        a.ask,
        "You said your carers' hub online had 12,500 page views in the last year: that tells us \
         people opened the pages, so how do you know they found what they needed, and what about \
         people who can't use a website?"
    );
    let a = first(
        "We hold a monthly ethics café for practitioners. The sessions are always well attended \
         and people ask for more.",
    );
    assert_eq!(
        a.ask,
        "You said the sessions are always well attended: which teams or staff don't come, and what \
         has changed in someone's work with a person because of it?"
    );
}

#[test]
fn uptake_with_what_it_changed_or_outside_training_is_not_pressed_so() {
    for answer in [
        "Reviews completed on time are at 93% this year.",
        "The sessions are well attended, and they have changed how practitioners record the \
         person's own words.",
        "Completion of the e-learning is 91%. The difference for people: more of them write part \
         of their own plan.",
    ] {
        assert!(
            !anchors(answer)
                .iter()
                .any(|a| a.presses.starts_with("asking what the training")
                    || a.presses == "asking who does not come and what it changed"),
            "{answer}"
        );
    }
}
