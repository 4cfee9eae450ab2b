//! A middling answer that offers, as its proof, how many took a briefing in ("290 staff have
//! watched it", "118 returned the sign-off sheet") or a share of forms filled in or supervisions
//! held on time is asked what changed in practice, or whether it is good (probes-16 p18,
//! probes-11 p24, probes-4 s13). Sentences written for these tests, not taken from any set.

use super::tests::first;
use super::*;

#[test]
fn a_count_of_those_who_took_a_briefing_in_is_asked_what_changed() {
    for (answer, said) in [
        (
            "After the new hoarding guidance came out, the safeguarding lead and I recorded a short \
             talk on it, which is on the intranet, and 290 staff have watched it.",
            "You said 290 staff have watched it:",
        ),
        (
            "Every care home gets a learning pack after each review, with a sign-off sheet for \
             the manager to say the session was held. Last time 118 homes returned the sign-off \
             sheet.",
            "You said last time 118 homes returned the sign-off sheet:",
        ),
    ] {
        let a = first(answer);
        assert_eq!(a.shape, Shape::Process, "{a:?}");
        assert!(
            a.ask.starts_with(said) && a.ask.contains("changed in practice"),
            "{}",
            a.ask
        );
        assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
    }
}

#[test]
fn a_form_filled_in_is_asked_whether_it_is_good() {
    let a = first(
        "We brought in a new best interests form last year with a prompt for the person's own \
         view, and audits check whether the form has been filled in, which is at 91% now.",
    );
    assert!(
        a.ask.contains("the form has been filled in")
            && a.ask.contains("how do you know it is good"),
        "{}",
        a.ask
    );
}

#[test]
fn people_who_came_by_a_route_are_not_taken_in_briefings() {
    // "48 people came to us that way" counts referrals, not staff who took a briefing in.
    for a in anchors(
        "We counted it in 2025: forty eight people came to us that way, and all 48 came from the \
         hospital teams.",
    ) {
        assert!(!a.presses.contains("changed in practice"), "{a:?}");
    }
}

#[test]
fn a_share_after_a_first_claim_or_a_survey_is_said_back_without_what_joins_it() {
    for (answer, said) in [
        (
            "Everyone gets monthly supervision on a set template. We check it every quarter and \
             the last check had 89% of supervisions happening within the month.",
            "You said the last check had 89% of supervisions happening within the month:",
        ),
        (
            "We sent the new practice guide to every team. A staff survey two months later found \
             74% said they had read the guide.",
            "You said a staff survey two months later found 74% said they had read the guide:",
        ),
    ] {
        let a = first(answer);
        assert!(a.ask.starts_with(said), "{}", a.ask);
        assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
    }
}
