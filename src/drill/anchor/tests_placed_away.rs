//! People a strong answer ends on as placed far from home ("living in a home thirty miles away"),
//! after a frame that turns ("Residential care is another story."), are pressed on, and asked how
//! they and their families are doing (probes-16 p08). Sentences written for these tests, not
//! taken from any set.

use super::tests::first;
use super::*;

const MET_AT_HOME: &str = "Two years ago people who needed a carer of their own faith were mostly \
    offered whoever was free. We rewrote the home care contract, and those requests are now met \
    within a week 70% of the time, up from a quarter.";

#[test]
fn people_placed_miles_away_after_another_story_are_pressed() {
    let answer = format!(
        "{MET_AT_HOME} Nursing care is another story. No nursing home in the district can meet \
         the needs of Orthodox Jewish residents, and four older people from Hartwell are living in \
         a home forty miles away because of it."
    );
    let a = first(&answer);
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask.starts_with("You said nursing care is another story, and four older people from Hartwell are living in a home forty miles away")
            && a.ask.contains("how are they and their families doing"),
        "{}",
        a.ask
    );
    assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
}

#[test]
fn people_placed_out_of_county_are_asked_about_their_families() {
    let answer = format!(
        "{MET_AT_HOME} The catch is that 6 younger adults with autism are still placed out of \
         county, because nothing here will take them."
    );
    let a = first(&answer);
    assert!(
        a.ask
            .contains("6 younger adults with autism are still placed out of county")
            && a.ask.contains("how are they and their families doing"),
        "{}",
        a.ask
    );
}
