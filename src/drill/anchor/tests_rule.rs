//! A rule given as proof that something happens ("the manager has to move work", "the field is
//! mandatory", "up to six days a year") is said back and asked whether it happens, where a
//! middling answer got a bank line (probes-11 p15, p18, p21; probes-4 s16). Every sentence here is
//! written for the test.

use super::tests::first;
use super::*;

#[test]
fn a_rule_given_as_proof_is_asked_whether_it_happens() {
    for (answer, said, asks) in [
        (
            "Every worker's cases are weighted for complexity on the system. If a worker goes \
             over forty points, the team manager has to move cases to someone else or raise it \
             with the head of service.",
            "You said the team manager has to move cases to someone else or raise it with the \
             head of service:",
            "when did that last happen, and what came of it?",
        ),
        (
            "Every referral now asks about hearing loss. The hearing field on our referral form \
             is mandatory before the form can be sent.",
            "You said the hearing field on your referral form is mandatory before the form can \
             be sent:",
            "have you checked what is done with it",
        ),
        (
            "Carers get a named worker at the carers' hub. Our carers' policy offers them up to \
             five days a year of replacement care.",
            "You said your carers' policy offers them up to five days a year of replacement care:",
            "how many actually had it last year",
        ),
        (
            "Anyone who lacks capacity to take part in their review should have an advocate \
             from our commissioned service.",
            "You said anyone who lacks capacity to take part in their review should have an \
             advocate from your commissioned service:",
            "that is what should happen, so how do you know it does",
        ),
    ] {
        let a = first(answer);
        assert!(a.ask.starts_with(said), "{answer}\n got: {}", a.ask);
        assert!(a.ask.contains(asks), "{answer}\n got: {}", a.ask);
    }
}

#[test]
fn a_constraint_an_admission_or_a_rule_already_counted_is_not_asked_whether_it_happens() {
    for answer in [
        // The council's constraint, not a rule for practice.
        "We have to live within our means like every council, and the budget is set in March.",
        // What did not happen, and a "should" with no verb of its own.
        "In three of the closures we looked at, the enquiry should have gone further.",
        "Some people stayed in hospital longer than they should while we found a package.",
        // The next sentence already says how often.
        "Every practitioner should get a supervision session each month. The audit shows 88% \
         of sessions happened in the month they were due.",
    ] {
        for a in anchors(answer) {
            assert!(
                !a.ask.contains("should happen") && !a.ask.contains("last happen"),
                "{answer}\n got: {}",
                a.ask
            );
        }
    }
}
