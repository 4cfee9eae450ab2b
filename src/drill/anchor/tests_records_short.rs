//! Records that fall short ("only 4 of the 15 of their plans in the sample") are asked who is going
//! back over the rest, not "what has happened for" them as if they were people. Every sentence
//! here is written for the test.

use super::frame::well_formed;
use super::tests::first;

#[test]
fn the_rest_of_a_count_of_records_is_gone_back_over_not_asked_what_happened_for_them() {
    let a = first(
        "Every care plan for someone at risk of falling now carries a named person to call if \
         things change. When we sampled plans across the teams in the summer, 52 of 60 had it. \
         The gap is the hospital discharge team: they write about a third of new plans, and only \
         4 of the 15 of their plans in the sample had a contingency section.",
    );
    assert_eq!(
        a.ask,
        "Of the 15 plans, who is going back over the other 11, and how will you know they now \
         meet the standard?"
    );
    well_formed(&a.ask).unwrap();
}
