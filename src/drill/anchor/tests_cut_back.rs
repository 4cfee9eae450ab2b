//! The people a weak spot counts as having lost support ("for the other ten the trust cut the
//! therapy back") are said back by their count and asked what has happened for them, not a few
//! of their families named after them (probes-16 p07). Sentences written for these tests, not
//! taken from any set.

use super::tests::first;
use super::*;

const OPENING: &str = "We now meet the ward every week, and delayed discharges fell from 40 to 12 \
    over the year. Where it goes wrong is adults with a brain injury.";

#[test]
fn the_rest_whose_support_was_cut_back_are_pressed_by_their_count() {
    let answer = format!(
        "{OPENING} There were fifteen on the rehabilitation ward this year and only five were \
         found eligible for NHS funding, and for the other ten the trust cut the therapy back in \
         the week of discharge while we were still arguing over who pays, and three of those wives \
         have had to give up work."
    );
    let a = first(&answer);
    assert_eq!(
        a.ask,
        "You said for the other ten, the trust cut the therapy back in the week of discharge: what \
         has happened for those ten since, and what have you agreed with the trust to put it right?"
    );
    assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
}

#[test]
fn hours_cut_back_count_as_harm() {
    let answer = format!(
        "{OPENING} Of the fifteen discharged this year, for the other ten the hours were cut back \
         the week they got home."
    );
    let a = first(&answer);
    assert!(
        a.ask.starts_with(
            "You said for the other ten, the hours were cut back the week they got home:"
        ),
        "{}",
        a.ask
    );
    assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
}
