//! People counted as bearing something while they wait are said back by their count and asked
//! what is being done for them meanwhile (probes-10 p02); a check the PSW set out to make is not
//! pressed as a weak spot.

use super::*;

#[test]
fn people_counted_as_bearing_a_wait_are_pressed_by_their_count() {
    for (answer, said) in [
        (
            "The home care list is down to 120 from 300. 18 people on the list are relying on a \
             neighbour for meals while they wait.",
            "You said 18 people on the list are relying on a neighbour for meals while they wait:",
        ),
        (
            "I wanted to make sure the new triage wasn't missing anyone, so a senior rang 50 people \
             on the list. Twelve carers on the list are doing the night care alone while they wait.",
            "You said twelve carers on the list are doing the night care alone while they wait:",
        ),
    ] {
        let a = anchors(answer)
            .into_iter()
            .next()
            .unwrap_or_else(|| panic!("no anchor: {answer}"));
        assert!(a.ask.starts_with(said), "{answer}\n{}", a.ask);
        assert!(a.ask.contains("while they wait"), "{}", a.ask);
        assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
    }
}

#[test]
fn people_helped_while_they_wait_and_a_check_made_are_not_pressed_as_weak_spots() {
    for answer in [
        "Last year the duty team supported 900 people while they waited.",
        "I wanted to know the new route wasn't missing things, so our lead visited 30 people and \
         found two who needed more.",
    ] {
        assert!(
            anchors(answer)
                .iter()
                .all(|a| !matches!(a.shape, Shape::WeakSpot | Shape::Weakness)),
            "{answer}\n{:?}",
            anchors(answer)
        );
    }
}
