//! A weak spot that dates its count with "now" ("there are 9 people waiting for a review now") is
//! still the weak spot the answer ends on; a sentence that only says when a fix comes ("the next
//! course isn't until March") does not hide it (probes-16 p05). Sentences written for these tests,
//! not taken from any set.

use super::tests::first;
use super::*;

/// Results first, then the one place the work rests on too few people, dated "now", then when the
/// remedy comes.
const ONE_LEFT: &str = "Every referral for someone with sight loss goes to our rehabilitation \
    officers, and waits fell from twelve weeks to five over the year. The mobility side is where \
    I'm worried. One of our two mobility officers retired in September, the other works two days a \
    week, and there are 9 people waiting for mobility training now, the longest since June. The \
    next course to train another officer isn't until March.";

#[test]
fn a_count_dated_now_after_a_worry_is_the_weak_spot() {
    let a = first(ONE_LEFT);
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask
            .contains("there are 9 people waiting for mobility training now")
            && a.ask.contains("while they wait"),
        "{}",
        a.ask
    );
    assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
}

#[test]
fn a_figure_closed_by_now_is_still_a_result() {
    // "it's 71% now" tells a change; the turn in that sentence is not a weak spot.
    for a in anchors(
        "Reviews on time were 40% two years ago. We put two reviewing officers in each team. \
         Nobody waits past the year now, and it's 71% now.",
    ) {
        assert!(!a.presses.contains("you ended on"), "{a:?}");
    }
}
