//! Those the answer counts as furthest from its own average ("the average is nine weeks, and for
//! 40 people it was more than twelve") are pressed by their count, not asked "who is furthest from
//! that average?", which the answer had just said (probes-10 p04, judged "half re-asks").

use super::*;

#[test]
fn those_counted_beyond_the_average_are_pressed_not_asked_for() {
    for (answer, said) in [
        (
            "This year the average wait from referral to a carer's assessment is five weeks, and for \
             63 carers it was more than ten.",
            "You said that for 63 carers it was more than ten:",
        ),
        (
            "The average time to a first review is eight weeks, though 25 people waited over four \
             months.",
            "You said 25 people waited over four months:",
        ),
    ] {
        let a = anchors(answer)
            .into_iter()
            .find(|a| a.shape == Shape::OutsideFigure)
            .unwrap_or_else(|| panic!("no anchor: {answer}"));
        assert!(a.ask.starts_with(said), "{answer}\n{}", a.ask);
        assert!(!a.ask.contains("furthest from that average"), "{}", a.ask);
        assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
    }
    // With no one counted beyond it, the average is still asked about.
    let plain = "The average wait for an assessment is five weeks.";
    let a = anchors(plain)
        .into_iter()
        .find(|a| a.shape == Shape::OutsideFigure)
        .expect("an average");
    // An average wait is asked about the longest wait today (probes-12 p16).
    assert!(
        a.ask
            .contains("what is the longest anyone is waiting today"),
        "{}",
        a.ask
    );
}
