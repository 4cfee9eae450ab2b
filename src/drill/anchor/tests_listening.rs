//! Not listening, as the blind judge saw it on fresh answers (issue 23, fifth round): a place or an
//! organisation read as a community, groups a law names together read as one singled out, a
//! council's own rate read as a spread around an average, a figure said back without its subject,
//! and a weak spot the answer names left for a stock line. Each on sentences written for these
//! tests.

use super::tests::{first, shapes};
use super::*;

#[test]
fn a_building_or_an_organisation_named_like_a_group_is_not_a_community() {
    for named in [
        "A carers' group that meets at the Hollins community centre helped us reach 30 families, \
         and 12 now use a direct payment.",
        "Ashwell Carers run the assessments for us now, and the median wait is down to 16 days.",
    ] {
        assert!(
            !anchors(named).iter().any(|a| a.shape == Shape::Group),
            "{named}: {:#?}",
            anchors(named)
        );
    }
    // A group of people singled out is still pressed on the others.
    let a = anchors("Our Somali community told us the leaflets were no help, so we met them.");
    assert!(a.iter().any(|a| a.shape == Shape::Group), "{a:#?}");
    // A community's own association is still that community.
    let a = anchors("We funded the Kurdish community association to run a drop-in for carers.");
    assert!(a.iter().any(|a| a.shape == Shape::Group), "{a:#?}");
}

#[test]
fn groups_named_together_as_a_law_names_them_are_not_one_singled_out() {
    let all = anchors(
        "The new code narrows the grounds for detaining autistic people and people with a \
         learning disability, and we have briefed every team on it.",
    );
    assert!(!all.iter().any(|a| a.shape == Shape::Group), "{all:#?}");
}

#[test]
fn other_councils_average_is_a_yardstick_not_a_spread_of_people() {
    let all = anchors(
        "On delayed transfers we're at 14 per 100,000 and the regional average is 9, so I took it \
         to the board.",
    );
    let a = all
        .iter()
        .find(|a| a.shape == Shape::OutsideFigure)
        .expect("the gap is still pressed");
    assert!(!a.ask.contains("furthest from that average"), "{}", a.ask);
    assert!(
        a.ask.contains("what lies behind the difference"),
        "{}",
        a.ask
    );
    // An average of the council's own people is still pressed on who sits outside it.
    let a = super::tests::first("The average wait for a review in our east team is 19 weeks.");
    // An average wait is asked about the longest wait today (probes-12 p16).
    assert!(
        a.ask
            .contains("what is the longest anyone is waiting today"),
        "{}",
        a.ask
    );
}

#[test]
fn a_figure_after_the_median_there_is_said_back_with_its_subject() {
    let all = anchors(
        "for the trust's patients I only got the figures in March, and the median there is 58 \
         days and some people have been waiting over five months",
    );
    let a = all
        .iter()
        .find(|a| a.quote.contains("58 days"))
        .expect("the long wait is pressed");
    assert!(a.quote.starts_with("the median there is 58 days"), "{a:#?}");
    assert!(
        a.ask.starts_with("You said the median there is 58 days"),
        "{}",
        a.ask
    );
}

#[test]
fn where_we_are_behind_is_pressed_as_the_weak_spot_named() {
    let a = super::tests::first(
        "Reviews within a year are at 81%. Where we're behind is people placed out of area, who \
         we visit less often.",
    );
    assert_eq!(a.shape, Shape::Weakness, "{a:#?}");
    assert!(a.ask.contains("people placed out of area"), "{}", a.ask);
    assert!(a.ask.contains("how many people is that"), "{}", a.ask);
    // Counted in the next sentence, how many is not asked again.
    let a = super::tests::first(
        "Reviews within a year are at 81%. Where we're behind is people placed out of area, who \
         we visit less often. There are 48 of them and 20 have had a visit this year.",
    );
    assert_eq!(a.shape, Shape::Weakness, "{a:#?}");
    assert!(!a.ask.contains("how many"), "{}", a.ask);
    // An age is not a count of them: how many is still asked.
    let a = super::tests::first(
        "Where we're behind is young people leaving care: they still reach us at 18, often in \
         crisis.",
    );
    assert!(a.ask.contains("how many people is that"), "{}", a.ask);
}

#[test]
fn the_longest_waits_said_to_be_one_group_are_pressed_on_that_group() {
    for said in [
        "220 people waiting. The 26-week waits are nearly all people who need a ramp or a wider \
         door, because each needs a survey.",
        "The longest waits are mostly people who need two carers at each visit.",
    ] {
        let all = anchors(said);
        assert!(
            all.iter().any(|a| a.shape == Shape::Weakness
                && a.ask.contains("has anyone come to harm while waiting")
                && a.quote.contains("waits are")),
            "{said}: {all:#?}"
        );
    }
    // Waits said to be shorter name no one left behind.
    let all = anchors("Waits are mostly under four weeks now.");
    assert!(
        !all.iter()
            .any(|a| a.ask.contains("has anyone come to harm while waiting")),
        "{all:#?}"
    );
}

#[test]
fn where_a_counted_shortfall_sits_is_pressed_on_those_people() {
    let all = anchors(
        "Audit of 40 discharges: an interpreter was booked in 31. Not in 9\n7 of those 9 were \
         weekend discharges: the agency needs two days' notice\nDone: a weekend rota from March",
    );
    let a = all
        .iter()
        .find(|a| a.shape == Shape::Weakness)
        .expect("the shortfall is pressed");
    assert!(
        a.ask.starts_with(
            "You said 7 of those 9 were weekend discharges: what happened for those 7"
        ),
        "{}",
        a.ask
    );
    // With nothing changed since, it is not asked whether the change reaches them.
    let all = anchors("An interpreter was booked in 31. Not in 9. 7 of those 9 were at weekends.");
    let a = all
        .iter()
        .find(|a| a.shape == Shape::Weakness)
        .expect("pressed");
    assert!(!a.ask.contains("what you have changed"), "{}", a.ask);
    // A count whose words would be cut ("with 3 of those 5 we'd lost contact") is not said back.
    let all = anchors("5 had no plan. With 3 of those 5 we'd lost contact within a month.");
    assert!(
        !all.iter()
            .any(|a| a.ask.contains("what happened for those")),
        "{all:#?}"
    );
    // "Of those" a count that was no shortfall is not pressed as one.
    let all =
        anchors("We reviewed 40 plans. 31 of those 40 were in date, and the rest are booked.");
    assert!(
        !all.iter()
            .any(|a| a.ask.contains("what happened for those")),
        "{all:#?}"
    );
}

#[test]
fn the_other_few_set_apart_in_the_next_sentence_are_pressed_first() {
    let a = super::tests::first(
        "I looked at 30 discharges in June. In 24 the notes showed the person's wishes. In the \
         other 6 they didn't, and all six were people with no family nearby.",
    );
    assert_eq!(a.shape, Shape::Weakness, "{a:#?}");
    assert!(
        a.ask.starts_with(
            "You said in the other 6 they didn't, and all six were people with no family nearby: \
             what happened for each of them"
        ),
        "{}",
        a.ask
    );
    // The other few who did well are not pressed as a shortfall.
    let all =
        anchors("In 24 the notes showed their wishes. In the other 6 they were written up later.");
    assert!(
        !all.iter()
            .any(|a| a.ask.contains("what happened for each of them")),
        "{all:#?}"
    );
}

#[test]
fn a_check_not_yet_made_on_no_named_area_does_not_point_at_people_there() {
    // The lead's new-user walk: "there" pointed at no place the answer named.
    let a = anchors(
        "We want every team to work in a strengths-based way and we talk about it a lot. We \
         haven't measured it yet.",
    )
    .into_iter()
    .find(|a| a.shape == Shape::NotYet)
    .expect("a check not yet made");
    assert!(!a.ask.contains("people there"), "{}", a.ask);
    assert!(a.ask.contains("whether it is working"), "{}", a.ask);
    // An area named is still asked about as "there".
    let b = anchors("We haven't audited transfers from children's services yet.")
        .into_iter()
        .find(|a| a.shape == Shape::NotYet)
        .expect("a check not yet made");
    assert!(b.ask.contains("people there"), "{}", b.ask);
}

#[test]
fn two_shares_of_different_groups_set_side_by_side_are_pressed_on_the_gap() {
    let a = first(
        "- Workforce data (May): 31% of practitioners are disabled or have a long-term condition; \
         12% of senior managers\n- Exit interviews for every leaver",
    );
    assert_eq!(a.shape, Shape::Group, "{a:?}");
    assert_eq!(
        a.ask,
        "You said 31% of practitioners are disabled or have a long-term condition, against 12% of \
         senior managers: what have you found about why, and what is changing so that gap closes?"
    );
    // A change over time, or two shares close together, is not a gap between groups.
    for answer in [
        "86% of concerns are decided within two days, against 61% of concerns in 2024.",
        "52% of carers said yes; 49% of carers in the borough did too.",
    ] {
        assert!(!shapes(answer).contains(&Shape::Group), "{answer}");
    }
}

#[test]
fn a_few_teams_are_not_asked_whether_they_are_safe() {
    // The lead's new-user walk (#31): "they" were teams, not people.
    let a = anchors(
        "Risk is rated at the front door and most teams follow the same model. But a few teams \
         still vary.",
    )
    .into_iter()
    .find(|a| a.shape == Shape::Exception)
    .expect("an exception admitted");
    assert!(
        !a.ask.contains("how do you know they are safe"),
        "{}",
        a.ask
    );
    assert!(
        a.ask.contains(
            "which teams are they, and how do you know the people those teams work with are safe?"
        ),
        "{}",
        a.ask
    );
}
