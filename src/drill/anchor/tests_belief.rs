//! A belief offered in place of evidence is said back and tested (probes-9 p29, p32, probes-10 p30:
//! the assessor's own shape, where the coach gave a stock line or pressed a label).

use super::*;

#[test]
fn a_belief_offered_as_proof_is_said_back_and_tested() {
    for (answer, said) in [
        (
            "Our reablement offer is generous, and I'd like to think nobody leaves hospital \
             without a visit the same day.",
            "You said you'd like to think nobody leaves hospital without a visit the same day:",
        ),
        (
            "We trimmed the day service budget last year. I don't think any family has lost \
             out because of it.",
            "You said you don't think any family has lost out because of it:",
        ),
        (
            "Staff know the Care Act well. I'd expect a duty worker to spot a carer's needs on \
             the first call.",
            "You said you'd expect a duty worker to spot a carer's needs on the first call:",
        ),
        (
            "It's been hard going, but I'd say the transfer to the new system is nearly done.",
            "You said the transfer to the new system is nearly done:",
        ),
    ] {
        let a = super::tests::first(answer);
        assert!(
            a.ask.starts_with(&format!("{said} ")),
            "{answer}: {}",
            a.ask
        );
        assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
    }
}

#[test]
fn a_belief_with_nothing_in_it_or_a_weak_spot_admitted_keeps_its_press() {
    // "I don't think so" says nothing of anything.
    assert!(
        anchors("Has it changed? I don't think so.")
            .iter()
            .all(|a| !a.ask.contains("if you were wrong")),
    );
    // A strong answer's admitted weak spot is still pressed first.
    let a = super::tests::first(
        "Reviews are on time for 88% of people. Where it falls short is the 14 people placed \
         out of county, none of whom has been reviewed this year. I'd like to think that will \
         change soon.",
    );
    assert!(!a.ask.contains("if you were wrong"), "{}", a.ask);
}

#[test]
fn beliefs_about_different_things_are_tested_in_different_words() {
    let asks: Vec<String> = [
        "I'd like to think our duty team picks up every carer's assessment within the week.",
        "I don't think any household in the villages has gone without a visit.",
        "I'm confident the backlog is under 40 now.",
        "I'd expect the new panel to settle down by spring.",
    ]
    .iter()
    .map(|answer| {
        let a = super::tests::first(answer);
        assert!(a.ask.starts_with("You said "), "{answer}: {}", a.ask);
        assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
        a.ask
            .split_once(": ")
            .map(|(_, end)| end.to_string())
            .unwrap_or_default()
    })
    .collect();
    for (i, x) in asks.iter().enumerate() {
        assert!(asks[i + 1..].iter().all(|y| y != x), "{asks:?}");
    }
}

/// Vague answers whose belief names an amount, progress, sameness or a change: the assessor asked
/// for that figure and the part it leaves out, not "how would you know if you were wrong".
#[test]
fn a_vague_belief_is_asked_for_its_figure_and_what_it_leaves_out() {
    for (answer, said, tail) in [
        (
            "Our reviewing officers all work to the one framework and the same templates. I'd say \
             reviews are consistent right across the county.",
            "You said reviews are consistent right across the county:",
            "when did your checks last find a difference between teams",
        ),
        (
            "We've had a lot on with the restructure. I'd say we're broadly on track with the \
             plan now.",
            "You said you're broadly on track with the plan now:",
            "which part is furthest behind, in figures",
        ),
        (
            "Everyone gets told about direct payments at assessment. I'd say most of them take \
             one up.",
            "You said most of them take one up:",
            "how many is most, in figures",
        ),
        (
            "The young carers' service is well known in schools. I'd say we reach far more of \
             them now than we used to.",
            "You said you reach far more of them now than you used to:",
            "who are you still not reaching?",
        ),
    ] {
        let a = super::tests::first(answer);
        assert!(
            a.ask.starts_with(said) && a.ask.contains(tail),
            "{answer}\n{}",
            a.ask
        );
        assert!(frame::well_formed(&a.ask).is_ok(), "{}", a.ask);
    }
}

#[test]
fn a_vague_claim_of_quality_is_asked_what_the_last_check_found_in_figures() {
    let a = super::tests::first(
        "Supervision is something we take seriously. Our hospital team managers are really \
         strong, and the staff say so.",
    );
    assert!(
        a.ask.ends_with(
            "what did the last check of it find, in figures, and where did it come out least well?"
        ),
        "{}",
        a.ask
    );
}
