//! Reassurance passed on from staff with nothing behind it ("managers tell me it's going well") is
//! said back and asked what the PSW has seen, where a middling answer got a bank line (probes-10
//! p19). Every sentence here is written for the test.

use super::tests::first;
use super::*;

#[test]
fn reassurance_passed_on_from_staff_is_asked_what_lies_behind_it() {
    for (answer, said) in [
        (
            "Supervision is every month now, on the new template with a section for the person's \
             wishes. Managers tell me it's going well, and the checks I did looked fine.",
            "You said managers tell you it's going well:",
        ),
        (
            "We started a peer forum for senior practitioners in the spring, led by two of them. \
             Practitioners tell us it helps with the hardest cases.",
            "You said practitioners tell you it helps with the hardest cases:",
        ),
    ] {
        let a = first(answer);
        assert!(a.ask.starts_with(said), "{answer}\n got: {}", a.ask);
        assert!(
            a.ask.contains("what have you seen yourself that shows it"),
            "{}",
            a.ask
        );
    }
}

#[test]
fn a_doubt_or_a_figure_passed_on_is_not_reassurance() {
    for answer in [
        "We started a peer forum for senior practitioners in the spring. Staff tell us it isn't \
         working yet for the night teams.",
        "We started a peer forum for senior practitioners in the spring. Staff tell us it helps, \
         and 31 of the 40 who came rated it useful.",
    ] {
        for a in anchors(answer) {
            assert!(
                !a.ask.contains("seen yourself"),
                "{answer}\n got: {}",
                a.ask
            );
        }
    }
}

#[test]
fn reassurance_a_few_words_after_the_telling_is_still_heard() {
    let a = anchors(
        "We run a monthly practice forum. Practitioners tell us the forum is the most valuable \
         hour of their month.",
    )
    .into_iter()
    .next()
    .expect("an anchor");
    assert_eq!(
        a.ask,
        "You said practitioners tell you the forum is the most valuable hour of their month: what \
         have you seen yourself that shows it, and what has it changed for the people they work \
         with?"
    );
    assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
}
