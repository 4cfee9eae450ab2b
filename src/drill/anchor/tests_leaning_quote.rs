//! A weak spot said back in words that lean on what came before ("they're the partner we hear from
//! least", "the second hasn't moved") does not say what is weak, and is not asked about as said
//! (issue 23: insight-strong-2 t11, probes-7 p07). Every sentence here is written for the test.

use super::*;

#[test]
fn a_weak_spot_that_leans_back_is_not_said_back() {
    let answer = "We set two goals last year: faster first contact and fewer repeat referrals. \
                  The first came down from 12 days to 5. The second hasn't moved, because the \
                  referral form still belongs to the contact centre.";
    for ask in asks(answer) {
        assert!(
            !ask.starts_with("You said the second hasn't moved"),
            "{ask}"
        );
    }
    let answer = "We meet the police and the hospital every month. The ambulance service is \
                  different. They're the partner we hear from least, and their crews rarely \
                  come to the meeting.";
    for ask in asks(answer) {
        assert!(!ask.starts_with("You said they're the partner"), "{ask}");
    }
}
