//! A status colour or a provision count offered as progress is asked what it means for people
//! (issue 23, probes-6 and -7). Every sentence here is written for the test.

use super::tests::first;
use super::*;

#[test]
fn a_green_rating_is_asked_what_it_means_for_people() {
    let a = first(
        "Each of the five priorities has a named lead and a plan, reviewed at the practice board. \
         Four of them are green.",
    );
    assert_eq!(
        a.ask,
        "You said four of them are green: does green mean the actions are done, or that people \
         are better off, and what shows it?"
    );
    // A colour that is no rating is not pressed.
    for answer in [
        "We meet people in the green space behind the library.",
        "Blue badge and green waste permits go through the same team.",
    ] {
        assert!(
            !anchors(answer)
                .iter()
                .any(|a| a.presses == "asking what green means for people"),
            "{answer}"
        );
    }
}

#[test]
fn a_count_of_flats_or_places_is_asked_who_got_them() {
    let a = first(
        "With the housing association we opened the Larchfield scheme in the spring, 48 flats, and \
         our team sits on the allocations panel.",
    );
    assert_eq!(
        a.ask,
        "Of the 48 flats, how many went to people who would otherwise have gone into a care home \
         or stayed in hospital, and what has it meant for them?"
    );
}
