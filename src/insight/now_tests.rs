//! Issue 17's "now" classes: wording that looks like where things stand but is not (how often, hearsay,
//! an arrangement still to start, how many live somewhere, a trial being set up), each read on
//! sentences written for these tests (none from the measurement sets), against states that stay.

use super::classes_tests::read;

#[test]
fn how_often_hearsay_a_start_to_come_a_population_and_a_trial_are_no_now() {
    for text in [
        "We meet the tenants' panel now and then to hear how it's going.",
        "I'm told there are fewer missed visits, but I haven't seen the log.",
        "I gather the waits have held up since the move.",
        "From May every new referral gets screened by the duty nurse.",
        "About four hundred people live on the estate, and we hold a surgery there.",
        "We're trialling the app with three teams in the north.",
        "The new form is going out to every home this month.",
    ] {
        let r = read(text);
        assert!(!r.then_now_next.now, "{text}: {:?}", r.then_now_next);
    }
    let r = read("I'm told there are fewer missed visits, but I haven't seen the log.");
    assert!(!r.covers.difference, "{:?}", r.difference_markers);
    for text in [
        "Forty families now have a named worker.",
        "The ward manager told me missed visits are now down to two a week.",
        "We're supporting forty carers through the hub.",
    ] {
        let r = read(text);
        assert!(r.then_now_next.now, "{text}: {:?}", r.then_now_next);
    }
}

#[test]
fn a_feeling_in_the_passive_a_time_yet_to_come_and_a_claim_disowned_are_no_change() {
    for text in [
        "The board was encouraged by the figures.",
        "Families were reassured when the new letters went out.",
    ] {
        let r = read(text);
        assert!(!r.covers.done, "{text}: {:?}", r.done_markers);
    }
    let r = read("Staff were encouraged to use the new form, and we reassured every family.");
    assert!(r.covers.done, "{:?}", r.done_markers);
    let r = read("The list is long, so I won't call it fixed until I've seen the audit.");
    assert!(!r.covers.difference, "{:?}", r.difference_markers);
    let r = read("I wouldn't want to claim it's made a difference to the waits.");
    assert!(!r.covers.difference, "{:?}", r.difference_markers);
}
