//! A weak spot named first in a framing phrase and then counted ("late for one group ... Of our
//! 420 shared lives carers, 96 haven't had a check") is said back by its count, not its frame; and
//! people nobody has looked in on are asked how they are now, not "gone back over" like files.
//! Every sentence here is written for the test.

use super::frame::well_formed;
use super::tests::first;

#[test]
fn a_count_after_its_group_is_said_back_not_the_framing_phrase() {
    let a = first(
        "Good for most people, but slow for one group we missed for too long. Of the 2,900 people \
         with a care package, 84% had a review this year, up from 66%, because the reablement team \
         now does the six-month check. What the new check can't reach is people who employ their \
         own personal assistants. Of our 420 people who employ a personal assistant, 96 haven't \
         been reviewed since 2023, and they never came up on the risk list because the payroll \
         check on their account was being logged as a review.",
    );
    assert_eq!(
        a.ask,
        "You said that of your 420 people who employ a personal assistant, 96 haven't been \
         reviewed since 2023: how do you know they are safe now, and what is being done for them, \
         by when?"
    );
    well_formed(&a.ask).unwrap();
}

#[test]
fn people_nobody_has_visited_are_not_gone_back_over_like_files() {
    let a = first(
        "We moved the annual reviews for supported living to the locality teams in 2024. 310 of \
         the 350 tenants have had one this year, and the plans are better written. What the \
         locality teams don't cover is people placed outside the borough. Of the 75 people we \
         placed out of area, 30 haven't been visited by anyone from the council since they moved.",
    );
    assert_eq!(
        a.ask,
        "You said that of the 75 people you placed out of area, 30 haven't been visited by anyone \
         from the council since they moved: how do you know they are safe now, and what is being \
         done for them, by when?"
    );
    well_formed(&a.ask).unwrap();
}
