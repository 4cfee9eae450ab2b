//! The third round from the blind verdicts (issue 23, 6 December, probes-4): the rest of a share is
//! pressed last, an average is a measure and never a count of people who remain, and admissions said
//! without the usual cue words are pressed first. Every sentence here is written for the test.

use super::tests::shapes;
use super::*;

#[test]
fn the_rest_of_a_share_is_the_last_shape() {
    assert_eq!(Shape::ALL.last(), Some(&Shape::Remainder));
    let mut sorted = Shape::ALL;
    sorted.sort();
    assert_eq!(sorted, Shape::ALL, "ALL is in the ranking order");
}

#[test]
fn an_admitted_weak_spot_beats_the_rest_of_a_strong_share() {
    let s = shapes(
        "92% of adults on the list were called back within a day. Annual reviews are harder, \
         with 70% on time.",
    );
    assert_eq!(s.first(), Some(&Shape::Weakness), "{s:?}");
    assert_eq!(s.last(), Some(&Shape::Remainder), "{s:?}");
}

#[test]
fn an_average_is_never_a_count_of_people_who_remain() {
    for answer in [
        "Caseloads were 30 each in the spring. The average is down to 22 now.",
        "The mean wait for a review has come down to 9.",
        "Average caseload fell to 19 after the new posts started.",
    ] {
        let found = anchors(answer);
        assert!(
            found.iter().all(|a| !a.ask.contains("that remain")
                && !a.ask.contains("still waiting")
                && a.shape != Shape::StillWaiting),
            "{answer}: {found:?}"
        );
    }
    // A list that came down is still a count of people.
    assert!(shapes("The waiting list is down to 85 from 240.").contains(&Shape::StillWaiting));
}
