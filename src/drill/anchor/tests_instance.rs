//! A vague answer that says instances exist without giving one ("there are so many examples I
//! could give", "I still do direct work") is asked for the one instance, in its own words
//! (probes-11 p26, p31; probes-7 p25). Every sentence here is written for the test.

use super::tests::first;
use super::*;

#[test]
fn examples_said_to_exist_or_a_habit_kept_up_is_asked_for_the_one_instance() {
    for (answer, said, asks) in [
        (
            "What we learn from complaints goes into our training. Honestly there are lots of \
             examples I could give.",
            "You said there are lots of examples you could give:",
            "take the most recent one",
        ),
        (
            "I still do a bit of direct work with the duty team. It keeps me close to the front \
             door.",
            "You said you still do a bit of direct work with the duty team:",
            "when did you last do that",
        ),
    ] {
        let a = first(answer);
        assert!(a.ask.starts_with(said), "{answer}\n got: {}", a.ask);
        assert!(a.ask.contains(asks), "{answer}\n got: {}", a.ask);
    }
}

#[test]
fn an_example_given_or_a_habit_counted_is_not_asked_for_again() {
    for answer in [
        "Oh, there are plenty of examples. One woman with a learning disability moved into her \
         own flat after her review found she wanted to.",
        "I still do two reviews a month myself, with the newest practitioners.",
    ] {
        for a in anchors(answer) {
            assert!(
                !a.ask.contains("most recent one") && !a.ask.contains("when did you last do"),
                "{answer}\n got: {}",
                a.ask
            );
        }
    }
}

#[test]
fn a_vague_answer_about_the_board_is_asked_for_the_last_thing_it_pressed() {
    assert_eq!(
        first(
            "Honestly we are close partners. The board trusts us, and whenever the board wants \
             something from adult social care we make it happen."
        )
        .ask,
        "Take the most recent thing the board challenged adult social care on: what was it, and \
         what changed for people because of it?"
    );
    // With figures it is not vague: the board is not asked about this way.
    assert!(
        !anchors("The board audited 40 cases with us in May and the board found 31 good.")
            .iter()
            .any(|a| a.ask.starts_with("Take the most recent thing the board"))
    );
}
