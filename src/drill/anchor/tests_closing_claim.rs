//! The claim a middling answer closes on is said back and tested for the figure or the case that
//! would show it, framed to its kind (issue 23, class 1, probes-21 p15 p19 p23, probes-20 p23),
//! not left to a bank question. Every sentence here is written for the test.

use super::frame::well_formed;
use super::tests::first;

fn asked(answer: &str, said: &str, tail: &str) {
    let a = first(answer);
    assert_eq!(a.ask, format!("{said}: {tail}"), "{answer}");
    assert!(well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn a_closing_change_is_asked_for_its_figure_against_before() {
    asked(
        "so the mentoring scheme pairs every new worker with one of our 14 seniors for their \
         first year. it's in the induction pack and managers check it at three months. erm and \
         new starters do stay on a lot more now because of it, the teams tell me that all the time",
        "You said new starters do stay on a lot more now because of it",
        "what figure shows that change, against what it was before?",
    );
}

#[test]
fn a_closing_claim_about_decisions_is_asked_for_one_decision() {
    asked(
        "so our carers' forum, nine carers and two officers, meets the heads of service every \
         quarter. erm and I think the heads of service really listen, it shapes the decisions \
         they take on commissioning",
        "You said the heads of service really listen",
        "what is one decision made differently in the last year because of it?",
    );
}

#[test]
fn a_closing_majority_is_asked_how_many_and_where_it_falls_short() {
    asked(
        "so there's the hospital discharge meeting every morning, with our 6 ward workers and the \
         trust's discharge nurses. families get a call the day before. erm so I'd say the \
         majority go home to the support they asked for now",
        "You said the majority go home to the support they asked for now",
        "how many is that, in figures, and where does it fall short?",
    );
}

#[test]
fn a_closing_claim_of_prevention_is_asked_how_many_still_did() {
    asked(
        "The falls service takes referrals from the 3 practices in the north. Physios visit \
         within a week. erm and it's preventing a lot of people going into hospital, the GPs \
         all say so",
        "You said it's preventing a lot of people going into hospital",
        "how many still did, against the year before?",
    );
}

#[test]
fn a_vague_closing_claim_with_no_figure_before_it_is_left_to_the_vague_readers() {
    let found = super::anchors(
        "We take carers seriously here. The forum meets the heads of service. erm and I think \
         the heads of service really listen, it shapes the decisions they take",
    );
    assert!(
        found.iter().all(|a| !a
            .ask
            .contains("one decision made differently in the last year")),
        "{found:?}"
    );
}
