//! An answer that tells a time the PSW's advice was not taken is not asked for one (issue 23,
//! probes-18 p04, judged a re-ask). Every sentence here is written for the test.

use super::*;

fn shapes_of(answer: &str) -> Vec<Shape> {
    anchors(answer).into_iter().map(|a| a.shape).collect()
}

const TOLD: &[&str] = &[
    "I bring evidence rather than a view. When the leadership team wanted to close the carers' \
     drop-in, I argued for a month's count of who came, and the drop-in stayed. Where I got \
     nowhere was the meals service: the contract was cut in April and nobody has asked the people \
     who used it what they eat now.",
    "I bring evidence rather than a view. When the leadership team wanted to close the carers' \
     drop-in, the count I asked for kept it open. I argued against moving reviews to a phone call \
     for everyone over 90, with three case files behind me, and the change went ahead in May.",
];

#[test]
fn advice_not_taken_that_the_answer_tells_is_not_asked_for() {
    for answer in TOLD {
        assert!(
            !shapes_of(answer).contains(&Shape::Balance),
            "{answer}: {:?}",
            anchors(answer)
                .into_iter()
                .map(|a| a.ask)
                .collect::<Vec<_>>()
        );
    }
}

#[test]
fn advice_that_carried_the_day_still_gets_the_balance_ask() {
    let answer = "I bring evidence rather than a view. When the leadership team wanted to close \
                  the carers' drop-in, I argued for a month's count of who came first, and the \
                  decision went ahead only after that count. I argued against moving reviews to \
                  a phone call for everyone over 90, and the director agreed to keep the visits.";
    assert!(shapes_of(answer).contains(&Shape::Balance), "{answer}");
}

#[test]
fn what_nobody_has_found_out_since_is_pressed() {
    let answer = "I bring evidence rather than a view. When the leadership team wanted to close \
                  the carers' drop-in, the count I asked for kept it open. I argued against moving \
                  reviews to a phone call for everyone over 90, with three case files behind me, \
                  and the change went ahead in May, and nobody has checked yet whether those \
                  people still get a visit when they need one.";
    let first = anchors(answer).into_iter().next().expect("a follow-up");
    assert_eq!(
        first.ask,
        "You said nobody has checked yet whether those people still get a visit when they need \
         one: how will you find out, by when, and what will you do if it shows people are losing \
         out?"
    );
}
