//! The stock owner/by-when end fitted to a gap the PSW cannot see (issue 23, class 3 of probes-22).
//! Sentences written for these tests, not taken from any set.

use super::tests::first;

#[test]
fn a_blind_spot_is_asked_how_they_fare_not_who_owns_it() {
    let a = first(
        "Since last spring an officer rings eighty people a month, six weeks on, and asks whether \
         the advice helped. In the first quarter 55 in 100 said it had. We now make a warm handover \
         with the person's agreement. The last quarter's calls found 76 in 100 helped, and repeat \
         contacts fell from 17% to 11%. I chair the monthly meeting that reads the calls. The blind \
         spot is people who reach us through the web chat, 22% of contacts now: they aren't in the \
         sample, because the calls are drawn from the phone system.",
    );
    assert!(
        a.ask
            .ends_with(": how do you know how they fare, and what will you do to bring them in?"),
        "{}",
        a.ask
    );
    assert!(!a.ask.contains("who owns putting it right"), "{}", a.ask);
}

#[test]
fn people_lost_touch_with_are_asked_what_kept_them_safe_before_they_went() {
    let mut a = super::Anchor {
        shape: super::Shape::WeakSpot,
        quote: String::new(),
        ask: "You said two families moved away and you lost touch with them: what is happening \
              for them now, and who owns putting it right?"
            .to_string(),
        said: String::new(),
        presses: String::new(),
    };
    super::gap_kind::fit_stock_tail(&mut a, "");
    assert!(
        a.ask.ends_with(
            ": what did you do to keep them safe before they went, and what would you do differently for the next person?"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn people_identified_and_a_few_dealt_with_are_asked_about_the_rest() {
    let mut a = super::Anchor {
        shape: super::Shape::WeakSpot,
        quote: String::new(),
        ask: "You said you've identified 40 young carers at the college, and six have had an \
              assessment: what is happening for them now, who owns putting it right, and by when?"
            .to_string(),
        said: String::new(),
        presses: String::new(),
    };
    super::gap_kind::fit_stock_tail(&mut a, "");
    assert!(
        a.ask
            .ends_with(": what is the plan for the other 34, and by when?"),
        "{}",
        a.ask
    );
}
