//! A claim of pressure is pressed on what it leaves open: parts of the work said to be behind or
//! stretched but not named are asked which is furthest behind (probes-12 p32), and hard times
//! lived through are not asked "how many people does that affect" (probes-12 p19, scored 1).

use super::*;

#[test]
fn parts_of_the_work_behind_but_unnamed_are_asked_which_is_furthest_behind() {
    for (answer, ask) in [
        (
            "Most of the plan is done. A couple of workstreams have taken longer than we hoped.",
            "You said a couple of workstreams have taken longer than you hoped: which workstream \
             is furthest behind, and what has that meant for people?",
        ),
        (
            "Recruitment has settled, though some teams are stretched at the moment.",
            "You said some teams are stretched at the moment: which team is under most pressure, \
             and what has slipped there for people?",
        ),
    ] {
        let a = super::tests::first(answer);
        assert_eq!(a.ask, ask, "{answer}");
        assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
    }
    // A pressure with no parts of the work in it keeps its ask.
    let a = super::tests::first("Demand and complexity are the biggest pressures on us.");
    assert!(
        a.ask.contains("how many people does that affect"),
        "{}",
        a.ask
    );
}

#[test]
fn hard_times_lived_through_are_not_asked_how_many_people_they_affect() {
    for answer in [
        "Our practitioners have stayed loyal through some really challenging months of sickness.",
        "The duty team held together through a difficult winter with three vacancies.",
    ] {
        assert!(
            anchors(answer)
                .iter()
                .all(|a| !a.ask.contains("how many people does that affect")),
            "{answer}: {:?}",
            anchors(answer)
        );
    }
}
