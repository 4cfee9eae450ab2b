//! A strong answer that ends on the people "still slipping through" or "left behind", then counts
//! them against the whole, is pressed on them, not on the result it gave first (probes-16 p12).
//! Sentences written for these tests, not taken from any set.

use super::tests::first;
use super::*;

const RESULT: &str = "Every team now has a reviewing officer, and reviews done on time went from \
    51% to 80% in a year. The overdue list is down from 700 to 310.";

#[test]
fn people_still_slipping_through_are_the_weak_spot() {
    let answer = format!(
        "{RESULT} The people still slipping through are tenants in extra care. Of everyone in \
         extra care, 44% are overdue a review, against 15% overall, as the scheme managers rarely \
         ring us when things change."
    );
    let a = first(&answer);
    assert_eq!(a.shape, Shape::WeakSpot, "{a:?}");
    assert!(
        a.ask
            .contains("44% are overdue a review, against 15% overall")
            && a.ask.contains(
                "what are they getting meanwhile, and what will you do about it, by when?"
            ),
        "{}",
        a.ask
    );
    assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
}

#[test]
fn the_ones_left_behind_are_said_back_with_their_count() {
    let answer = format!(
        "{RESULT} The ones left behind are carers who look after someone at night. Of the carers \
         we know about, 28% have had a break this year, against 60% of everyone else."
    );
    let a = first(&answer);
    assert!(
        a.ask.starts_with(
            "You said the ones left behind are carers who look after someone at night"
        ) && a.ask.contains("28% have had a break"),
        "{}",
        a.ask
    );
    assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
}
