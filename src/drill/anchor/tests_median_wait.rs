//! A median wait where waits stand now is asked what it hides: the longest wait today and who is
//! waiting it (issue 23, probes-18 p22, where the coach asked the stock "What have you done to
//! bring waits down?"). Every sentence here is written for the test.

use super::*;

const LONGEST: &str = "how long is the longest wait today, who is waiting it";

#[test]
fn a_median_wait_now_is_asked_what_it_hides() {
    let answer = "People wait 23 days at the median for an occupational therapy assessment. The \
                  equipment service sends us its figures every week. There's also a quick phone \
                  check for people who only need a rail fitted.";
    let all = asks(answer);
    assert!(
        all.iter().any(|a| a.starts_with(
            "You said people wait 23 days at the median for an occupational therapy assessment: \
             that is the middle, so"
        ) && a.contains(LONGEST)),
        "{all:?}"
    );
}

#[test]
fn a_median_from_before_or_with_the_longest_given_is_not_asked_about() {
    for answer in [
        "The median wait was 64 days before we changed the route. We brought in a triage call \
         and a weekly list check, and people now hear from us within a fortnight.",
        "People wait 23 days at the median for an occupational therapy assessment, and the \
         longest anyone is waiting today is 51 days. The equipment service sends us its figures \
         every week.",
    ] {
        for ask in asks(answer) {
            assert!(!ask.contains(LONGEST), "{ask}");
        }
    }
}
