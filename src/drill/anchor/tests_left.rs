//! Some of those a scheme counted as its gain have since left: pressed first, by their count
//! (issue 23, probes-8 p09). Every sentence here is written for the test.

use super::tests::first;
use super::*;

#[test]
fn staff_who_left_after_the_scheme_are_asked_about_why_they_went() {
    let a = first(
        "We grew our own approved mental health professionals: nine social workers trained in \
         three years, and caseloads have eased. But three of the nine who qualified have since \
         left. Their exit interviews said the rota gave them no time to learn.",
    );
    assert_eq!(
        a.ask,
        "You said three of the nine who qualified have since left: what have you done about \
         what they told you, and how will you know the next ones stay?"
    );
    let a = first(
        "Our apprenticeship took on twelve care workers last year, and four of them have left.",
    );
    assert_eq!(
        a.ask,
        "You said four of them have left: what have you found out about why they went, and how \
         will you know the next ones stay?"
    );
}

#[test]
fn people_who_left_a_scheme_are_asked_what_happened_for_them() {
    let a = first(
        "The shared lives scheme placed 20 adults with carers this year, and 5 of the 20 dropped \
         out within three months.",
    );
    assert_eq!(
        a.ask,
        "You said 5 of the 20 dropped out: what happened for them after they left, and what have \
         they told you about why?"
    );
}

#[test]
fn leaving_hospital_or_being_left_with_something_is_not_leaving_a_scheme() {
    for answer in [
        "Twelve of the fifteen left hospital within a week with a package in place.",
        "Two of the six were left with a plan they had written themselves.",
        // Where things stood before what the PSW did: not who is leaving now.
        "When I came in 2024 five of the twelve who joined that year had left within months, \
         so I set up mentoring, and all nine who started last year are still with us.",
        "Five of the twelve who joined in 2024 left within months, so I set up mentoring, and \
         all nine who started last year are still with us.",
    ] {
        assert!(
            !anchors(answer)
                .iter()
                .any(|a| a.presses == "asking about those who left"),
            "{answer}"
        );
    }
}
