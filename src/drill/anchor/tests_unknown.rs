//! What the PSW admits they cannot tell, near the end of an answer, is said back and pressed; a
//! count that follows it as its support is not pressed as a remainder (issue 23, after probes-17
//! p05). Sentences written for these tests, not taken from any set.

use super::tests::first;
use super::*;

const LEAFLET: &str = "We rewrote the carers' assessment leaflet last spring with a panel of eight \
    carers, and the new version went out in June. Calls to the carers' line asking what the \
    assessment is for fell from 60 a month to 25. I know that from the call log and the panel's own \
    check-in.";

#[test]
fn an_unknown_with_a_count_as_its_support_is_pressed_not_the_remainder() {
    let a = first(&format!(
        "{LEAFLET} What I can't tell you is how carers who don't read English get on: only 4 of \
         the 50 callers asked for a translated copy."
    ));
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask.starts_with(
            "You said you can't tell how carers who don't read English get on: how will you find out,"
        ) && a.ask.contains("who would notice"),
        "{}",
        a.ask
    );
    assert!(!a.ask.contains("46"), "{}", a.ask);
    assert!(frame::well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn i_cannot_tell_you_whether_is_said_back_and_pressed() {
    let a = first(&format!(
        "{LEAFLET} I can't tell you whether carers who live outside the county have even seen it."
    ));
    assert!(
        a.ask.starts_with(
            "You said you can't tell whether carers who live outside the county have even seen it: how will you find out,"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn what_is_not_known_yet_is_said_back_over_a_supporting_count() {
    let a = first(&format!(
        "{LEAFLET} What we don't know yet is whether the night carers find it any clearer; only 2 \
         of the 30 replies came from them."
    ));
    assert!(
        a.ask.starts_with(
            "You said you don't know yet whether the night carers find it any clearer: how will you find out,"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn a_figure_the_psw_does_not_know_is_no_unknown_frame() {
    let a = first(&format!(
        "{LEAFLET} I don't know the exact figure for last year."
    ));
    assert!(!a.ask.contains("who would notice"), "{}", a.ask);
}
