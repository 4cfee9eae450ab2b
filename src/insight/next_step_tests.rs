//! Issue 17's "next" classes: wording that looks ahead without being a step of the speaker's (a way
//! of speaking, someone else's wish, an aim to be something, a forecast), each read on sentences
//! written for these tests (none from the measurement sets), against steps that stay steps.

use super::classes_tests::read;

fn no_step(texts: &[&str]) {
    for text in texts {
        let r = read(text);
        assert!(!r.then_now_next.next, "{text}: {:?}", r.next_markers);
    }
}

fn a_step(texts: &[&str]) {
    for text in texts {
        let r = read(text);
        assert!(r.then_now_next.next, "{text}: {:?}", r.next_markers);
    }
}

#[test]
fn pointing_on_in_the_telling_a_wish_to_tell_and_others_wishes_are_no_step() {
    no_step(&[
        "I'll come to what the panel decided, but first the carers' centre.",
        "Then I'll come back to the figures for the west team.",
        "I'll set out why the duty rota changed before anything else.",
        "So I want to tell you about the boat dwellers on the canal at Fenley.",
        "I'd like to start with the hoarding panel, which meets monthly.",
        "The library opens its café on Fridays for any tenants who want to come along.",
    ]);
    // A step with the same verbs is still a step.
    a_step(&[
        "I'll come to the locality meeting in March with the audit results.",
        "I want to take a paper to cabinet in the spring.",
        "I'd like to extend the scheme to the south team.",
    ]);
}

#[test]
fn an_aim_to_be_something_with_no_time_is_no_step() {
    no_step(&[
        "We want to be the council that carers trust first.",
        "Our teams aim to be known for listening, and families notice.",
    ]);
    a_step(&["By April we want to be running the clinic in both hospitals."]);
}
