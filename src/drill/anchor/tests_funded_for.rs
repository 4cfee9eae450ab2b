//! A post paid for a fixed term, asked what happens when the money runs out (issue 23, probes-10
//! p21). Answers written for these tests, not taken from any set.

use super::Shape;
use super::tests::first;

#[test]
fn a_post_funded_for_a_term_is_asked_what_happens_when_the_funding_runs_out() {
    let a = first(
        "Since March our hub sits with the police two days a week. We also have a hoarding \
         coordinator for the whole county, funded by public health for eighteen months, and she \
         takes referrals from any team.",
    );
    assert_eq!(a.shape, Shape::Temporary);
    assert_eq!(
        a.ask,
        "You said you also have a hoarding coordinator for the whole county, funded by public \
         health for eighteen months: what happens to that post when the funding runs out, and \
         what has been agreed to keep it?"
    );
}

#[test]
fn a_placement_funded_until_records_are_in_is_no_term() {
    let found = super::anchors(
        "No placement is funded until the capacity records are on the file, and the panel checks \
         every one.",
    );
    assert!(
        found.iter().all(|a| a.shape != Shape::Temporary),
        "{found:?}"
    );
}
