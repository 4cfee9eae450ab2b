//! The group a strong answer ends on naming as missed, in a frame with no count (probes-16).
//! Sentences written for these tests, not taken from any set.

use super::tests::first;
use super::*;

/// A strong answer: results first, then the group the work does not reach, named in a frame.
const UNREACHED: &str = "Every tenant moving into extra care now gets a welcome visit from our \
    occupational therapist in the first fortnight. Falls in the first three months went from 31 to \
    12 across the four schemes. The people we haven't reached are tenants whose first language is \
    Bengali, because the visit letter only goes out in English.";

#[test]
fn a_group_named_as_unreached_is_pressed_first() {
    let a = first(UNREACHED);
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask.starts_with(
            "You said the people you haven't reached are tenants whose first language is Bengali:"
        ) && a.ask.contains("what is happening for them now"),
        "{}",
        a.ask
    );
    assert!(frame::well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn a_group_the_psw_cannot_vouch_for_is_asked_how_they_will_find_out() {
    let a = first(
        "We set up a single point of contact for hoarding referrals last year. Seventy people have \
         had a joint visit with the fire service, and 52 of them have a plan they agreed to. The \
         people I can't vouch for are private tenants whose landlord has never told anyone; they \
         were never referred, so I don't know how many there are.",
    );
    assert!(
        a.ask.starts_with(
            "You said the people you can't vouch for are private tenants whose landlord has never told anyone:"
        ) && a.ask.contains("how will you find out about them"),
        "{}",
        a.ask
    );
    assert!(frame::well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn a_pattern_not_cracked_is_asked_about_the_people_in_those_cases() {
    let a = first(
        "Repeat concerns about the same home used to be dealt with one at a time. Now any home with \
         three concerns in a quarter gets a joint visit with the commissioners, and repeat concerns \
         fell by a third. The pattern we haven't cracked is husbands holding the purse strings for a \
         wife with dementia: the wives rarely want anything done, and most of those enquiries close \
         with nothing changed.",
    );
    assert!(
        a.ask.starts_with(
            "You said the pattern you haven't cracked is husbands holding the purse strings for a wife with dementia:"
        ) && a.ask.contains("the people in those cases"),
        "{}",
        a.ask
    );
}

#[test]
fn where_it_still_misses_is_said_back_as_what_it_misses() {
    let a = first(
        "The hospital team now rings every carer the day after discharge. Nine in ten calls are \
         made on time, and the carers' assessment is booked on the call. Where it still misses is \
         carers who live in another county, because the ward only records a local address.",
    );
    assert!(
        a.ask
            .starts_with("You said it still misses carers who live in another county:"),
        "{}",
        a.ask
    );
}

#[test]
fn a_frame_with_no_admission_or_too_early_is_left_alone() {
    // A frame that boasts, and one in the first of many sentences, are not pressed as missed.
    for answer in [
        "The ones we reached first were the people waiting longest. Most now have a date. The \
         people we see are told the outcome the same week. Nobody waits over six weeks now.",
        "The people we haven't reached are men living alone in the villages. Since then we have \
         put a worker in each village hall. We meet every month. Forty men now come to the \
         lunches. The parish councils fund the bus.",
    ] {
        let a = anchors(answer);
        assert!(
            a.iter().all(|x| !x.presses.contains("the work misses")),
            "{a:?}"
        );
    }
}
