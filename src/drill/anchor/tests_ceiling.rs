//! An average said beside the answer's own ceiling is asked how many are over the ceiling (issue
//! 23, probes-19 p14: the assessor asked "how many workers are over 22 today and in which teams"
//! where the coach asked "who is furthest from that average"). Every sentence here is written for
//! the test.

use super::*;

#[test]
fn an_average_under_a_ceiling_is_asked_how_many_are_over_it() {
    let answer = "Our figures are right. The limit is 25 cases for a full-time social worker, \
                  the monthly report counts them, and across the four area teams the average \
                  stands at 21. Staff feel stretched because of the paperwork.";
    let all = asks(answer);
    assert!(
        all.iter()
            .any(|a| a.ends_with("how many workers are over 25 today, and in which teams?")),
        "{all:?}"
    );
    for ask in &all {
        assert!(!ask.contains("who is furthest from that average"), "{ask}");
    }
}

#[test]
fn an_average_with_no_ceiling_is_asked_as_before() {
    let answer = "Across the four area teams the average caseload stands at 21, and the monthly \
                  report counts them. Staff feel stretched because of the paperwork.";
    for ask in asks(answer) {
        assert!(!ask.contains("are over"), "{ask}");
    }
}
