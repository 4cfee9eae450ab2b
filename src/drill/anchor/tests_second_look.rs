//! A second look at the work named with no finding ("a panel re-audits 10% of the files blind",
//! "the team manager reviews a sample each month") is asked what it found (probes-16 p16,
//! probes-4 s14). Sentences written for these tests, not taken from any set.

use super::tests::first;
use super::*;

#[test]
fn a_reaudit_or_a_sample_reviewed_is_asked_what_it_found() {
    for (answer, said, reason) in [
        (
            "All our teams use one audit tool with a grading guide. Twice a year a panel of \
             senior practitioners re-audits 15% of the files blind.",
            "You said twice a year a panel of senior practitioners re-audits 15% of the files blind:",
            "you said \"re-audits\"",
        ),
        (
            "Every decision on a concern is recorded with its reason, and the duty team manager \
             reviews a sample each month.",
            "You said the duty team manager reviews a sample each month:",
            "you said \"a sample\"",
        ),
    ] {
        let a = first(answer);
        assert_eq!(a.shape, Shape::Source, "{a:?}");
        assert!(
            a.ask.starts_with(said)
                && a.ask
                    .ends_with("what did the last round find, and what changed because of it?"),
            "{}",
            a.ask
        );
        assert!(a.reason().starts_with(reason), "{}", a.reason());
        assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
    }
}

#[test]
fn a_reaudit_whose_finding_is_given_is_not_asked() {
    for a in anchors(
        "A panel re-audits 15% of the files blind, and it agreed with the first grade in 41 of \
         the 50 it looked at last year.",
    ) {
        assert_ne!(a.shape, Shape::Source, "{a:?}");
    }
}
