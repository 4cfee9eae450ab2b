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
