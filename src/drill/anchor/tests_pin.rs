//! The fourth round from the blind verdicts (issue 23, probes-5): a vague answer's sweeping claim is
//! pinned down in its own words, with the one thing that would make it real. Every sentence here is
//! written for the test.

use super::*;

fn pin(answer: &str) -> Option<Anchor> {
    anchors(answer).into_iter().find(|a| a.shape == Shape::Pin)
}

#[test]
fn a_claim_of_most_things_is_asked_what_sits_outside_it() {
    let a = pin("Honestly I get involved in most decisions about practice, it's a good place.")
        .expect("a pin");
    assert_eq!(
        a.ask,
        "You said you get involved in most decisions about practice: what sits outside that, and \
         how do you get assurance there?"
    );
}

#[test]
fn a_claim_to_know_ourselves_is_asked_where_it_is_weakest() {
    let a = pin("I'd say we're a service that knows itself well.").expect("a pin");
    assert!(
        a.ask
            .starts_with("You said you're a service that knows itself well: "),
        "{}",
        a.ask
    );
    assert!(a.ask.contains("weakest"), "{}", a.ask);
}

#[test]
fn something_done_now_and_then_is_asked_when_it_last_happened() {
    let a = pin("I still do some home visits with the seniors.").expect("a pin");
    assert_eq!(
        a.ask,
        "You said you still do some home visits with the seniors: when was the last time, and what \
         came of it?"
    );
}

#[test]
fn an_amount_with_no_figure_is_asked_for_one_example() {
    let a = pin("We hear a lot of good stories from families.").expect("a pin");
    assert!(a.ask.contains("example"), "{}", a.ask);
}

#[test]
fn no_pin_on_a_denial_an_event_a_figure_or_a_saying() {
    for answer in [
        "Not a lot really.",
        "We don't always get it right.",
        "I wrote most of the strategy with the director.",
        "We visit most of the 40 providers each year.",
        "There's always more to do.",
        "Our audit shows most plans are good.",
    ] {
        assert!(pin(answer).is_none(), "{answer}: {:?}", pin(answer));
    }
}

#[test]
fn a_pin_keeps_its_object_and_reads_being_involved_as_how_things_are() {
    // "them" said back would lose its object.
    assert!(pin("The procedures are clear and we always follow them.").is_none());
    let a = pin("We get on well with health, and I'm involved in most of the big decisions.")
        .expect("a pin");
    assert!(
        a.ask.starts_with(
            "You said you're involved in most of the big decisions: what sits outside"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn knowing_ourselves_said_with_know_is_asked_where_it_is_weakest() {
    let a = pin("I think we know ourselves quite well as a service.").expect("a pin");
    assert!(a.ask.contains("weakest"), "{}", a.ask);
    // Knowing people is no claim to know the service.
    assert!(
        pin("We know the families we work with really well.")
            .is_none_or(|a| !a.ask.contains("weakest"))
    );
}

#[test]
fn a_claim_that_describes_a_noun_just_named_is_not_pinned_without_it() {
    // Written for the test: "I'm most..." here belongs to "the area", and said back alone it would
    // read "You said you're most confident about is...".
    let answer = "The area I'm most confident about is hospital discharge.";
    assert!(
        !anchors(answer).iter().any(|a| a.shape == Shape::Pin),
        "{:?}",
        anchors(answer)
    );
    // A claim of its own is still pinned.
    assert!(
        anchors("We're very person-centred in the east team.")
            .iter()
            .any(|a| a.shape == Shape::Pin)
    );
}
