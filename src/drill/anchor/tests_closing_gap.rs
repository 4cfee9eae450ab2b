//! The gap a strong answer closes on in plain words, with no count to read it by (anchor38).
//! Sentences written for these tests, not taken from any set.

use super::tests::first;
use super::*;

/// Results first, with their figures, then the group nobody asks, in the last sentence but one.
const NOBODY_ASKS: &str = "We rebuilt the carers' review around the carer's own plan for a break. \
    In 2024 only 40 of 210 carers reviewed had a break written into their plan. I trained the \
    review officers myself with the carers' centre over four mornings. This year 150 of 230 \
    reviewed carers have a break in their plan. Carers tell the centre the review feels like \
    theirs now. Nobody asks young adult carers looking after a parent the same questions. One \
    of them told me he had never heard the word respite.";

#[test]
fn a_gap_closing_a_strong_answer_goes_before_its_figures() {
    let a = first(NOBODY_ASKS);
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask.starts_with(
            "You said nobody asks young adult carers looking after a parent the same questions:"
        ) && a.ask.contains("the people it leaves out"),
        "{}",
        a.ask
    );
    assert!(frame::well_formed(&a.ask).is_ok(), "{}", a.ask);
}

#[test]
fn a_gap_before_a_colon_is_said_with_what_follows() {
    let a = first(
        "Working with commissioners\n\
         - Monthly meeting with the head of commissioning, agenda set jointly\n\
         - 12 of 14 new contracts since April carry a practice standard I drafted\n\
         - Complaints about missed visits: 48 last year, 19 this year\n\
         - Provider forum every quarter, which I attend\n\
         - Spot checks with the quality team: 30 visits since June\n\
         - Reporting: to the director, fortnightly\n\
         - Not at the table: the panel that sets the home care fee each year",
    );
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask.starts_with(
            "You said not at the table, the panel that sets the home care fee each year:"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn a_fix_told_with_its_negative_is_not_pressed_as_a_gap() {
    let a = first(
        "We stopped closing reviews by letter in the spring. Closures by letter had been 120 a \
         quarter. Now every closure is a phone call first, and 30 of the 35 people we rang were \
         glad to keep their support. Team managers check five closures a month each. The audit in \
         October agreed with the managers' checks. We've stopped closing anyone for not answering \
         a letter.",
    );
    assert!(!a.ask.contains("not answering a letter"), "{}", a.ask);
}

#[test]
fn a_short_answer_ending_on_a_negative_is_left_to_the_other_readers() {
    let all = asks("Our reviews are on time. We don't have a backlog.");
    assert!(
        all.iter().all(|a| !a.contains("the people it leaves out")),
        "{all:?}"
    );
}

/// A frame before a colon names no one; the list it points to closes the answer.
const LIST_GREW: &str = "Hospital discharges now go to the reablement team on the day. Readmissions \
    within 30 days went from 14% to 9% this year. We took 40 cases a week off the locality teams to \
    do it. Locality caseloads came down from 25 to 21. Managers say the teams feel the difference. \
    What we haven't fixed is where that work landed: the sensory team picked up the equipment checks \
    the locality teams used to do, and their list has gone from 90 to 150 since April.";

#[test]
fn a_list_that_grew_is_asked_how_long_people_wait_not_about_its_old_size() {
    let a = first(LIST_GREW);
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask.starts_with(
            "You said their list has gone from 90 to 150 since April: how long are people on it waiting now"
        ),
        "{}",
        a.ask
    );
    assert!(
        asks(LIST_GREW).iter().all(|q| !q.contains("those 90")),
        "{:?}",
        asks(LIST_GREW)
    );
}
