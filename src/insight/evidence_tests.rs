//! Issue 17's evidence classes: a source that the answer itself says was not looked at, not counted
//! or not given by anyone, each read on sentences written for these tests (none from the measurement
//! sets), against sources that stay sources.

use super::classes_tests::read;

fn no_evidence(texts: &[&str]) {
    for text in texts {
        let r = read(text);
        assert!(!r.covers.evidence, "{text}: {:?}", r.evidence_found);
    }
}

fn evidence(texts: &[&str]) {
    for text in texts {
        let r = read(text);
        assert!(r.covers.evidence, "{text}: {:?}", r.evidence_found);
    }
}

#[test]
fn a_source_nobody_looked_at_uncounted_or_given_by_no_one_is_no_evidence() {
    no_evidence(&[
        "I can't say it worked, because nobody has looked at the data since the pilot.",
        "We've had complaints about the new rota, but I don't have a number for them.",
        "The hubs are busy and we get really great feedback.",
        "Staff like the forums, and the feedback we get is positive.",
    ]);
    evidence(&[
        "Nobody waits more than a week now, and the audit shows it.",
        "We've had complaints about the rota, and the log shows they halved after March.",
        "The feedback from carers at the forum was that the letters were clearer.",
        "Families' feedback has been positive since the change.",
    ]);
}

#[test]
fn a_count_that_tells_the_round_a_service_keeps_is_no_evidence() {
    for text in [
        "The befriending van calls at 30 farms in the dale every fortnight.",
        "About a dozen carers drop in to the café each week.",
    ] {
        let r = read(text);
        assert!(!r.covers.evidence, "{text}: {:?}", r.evidence_found);
    }
    // A count that moved, or one kept since the work, is still evidence.
    for text in [
        "Since the change, 30 farms get a call every fortnight, up from 12.",
        "We've had nineteen families assessed at the hub and not one has been turned away.",
        "I work at the hub two days a week and manage a team of 9 reviewing officers.",
    ] {
        let r = read(text);
        assert!(r.covers.evidence, "{text}");
    }
}

#[test]
fn a_denial_wrapped_onto_the_next_line_still_holds() {
    // Answers pasted from an email or a document arrive hard-wrapped: the line break inside a
    // sentence is not the end of it, so "measured" on the next line is still not measured.
    no_evidence(&[
        "We want fewer families to chase us, but to be frank we haven't\nmeasured any of it so far.",
        "The new rota should help, though we haven't yet\nsurveyed the carers about it.",
    ]);
    // A line that starts with a capital is a new line of its own, as in notes and lists.
    evidence(&[
        "We haven't finished the review.\nThe audit of 40 files in May found 31 rated good.",
    ]);
}

#[test]
fn how_often_or_how_long_a_service_runs_is_no_evidence() {
    no_evidence(&[
        "The carers' café is open every three weeks in the library.",
        "The course runs over six weeks at the day centre.",
        "Parents can leave their son at the club for up to two hours at a time.",
        "Dementia practice has had a lot of training behind it these past three years.",
        "Our link worker rings each family every 6 weeks.",
    ]);
    // A time inside a measure, or a figure beside the round, still counts.
    evidence(&[
        "Waits of over 12 weeks fell from 80 to 15 on the allocation report.",
        "We visit every four weeks, and 30 of 34 families said the visits helped.",
    ]);
}

#[test]
fn opening_hours_are_no_before_and_after() {
    for text in [
        "The crisis line takes calls from seven in the morning to ten at night, every day.",
        "The drop-in is staffed from 9am to 5pm on weekdays.",
        "Carers can ring from 8 am to 6 pm.",
    ] {
        let r = read(text);
        assert!(!r.covers.evidence, "{text}: {:?}", r.evidence_found);
        assert!(!r.covers.difference, "{text}: {:?}", r.difference_markers);
    }
    // A change from one figure to another stays one.
    let r = read("Waits for a call back fell from seven days to two.");
    assert!(r.covers.evidence && r.covers.difference);
}

#[test]
fn records_said_to_show_something_are_a_source() {
    evidence(&[
        "We set up one shared rota for the night calls. The out-of-hours team's records show that.",
        "We moved the reviews to the locality hubs and nobody waited past the deadline, as the hub's record shows.",
    ]);
    // Records worked on are no source.
    no_evidence(&["We moved the reviews to the locality hubs and updated the records."]);
}

#[test]
fn that_something_is_watched_is_no_evidence_without_what_the_watching_found() {
    no_evidence(&[
        "It's monitored.",
        "The action plan is monitored by the board every quarter.",
        "We track every referral on the system.",
    ]);
    for text in [
        "Our monitoring shows fewer carers ringing twice.",
        "We track every referral, and the tracker showed 30 late last month.",
    ] {
        let r = read(text);
        assert!(r.covers.evidence, "{text}: {:?}", r.evidence_found);
    }
}

#[test]
fn in_notes_whose_outcome_is_not_measured_the_before_and_the_change_are_no_evidence() {
    // Set W's false yeses (w26, w38) and sets L's and V's, in notes written for this test: the
    // figures of the before, of the change and of the places a service runs in, under a line that
    // says the outcome was not measured.
    no_evidence(&[
        "Falls at home, Brackley (about 5,000 people over 75)\nBefore: 210 falls a year reached A&E; 2 in 3 lived alone\nChange: our reablement team fits grab rails for anyone referred over 80\nOutcome: not measured yet\nNext: ask public health, date not set",
        "Carers' drop-ins\n- Then: 1 drop-in, in the town hall; 6 carers a week\n- Done: drop-ins opened in our 4 family hubs and 3 libraries from May\n- Now: 7 venues open each week\n- Not measured: whether carers got help sooner",
    ]);
    // An after line with its own figure and its source still counts.
    let r = read(
        "Carers' drop-ins\n- Then: 1 drop-in; 6 carers a week\n- Done: drop-ins in our 4 family hubs from May\n- After: 41 of 50 carers said the drop-in helped (our October survey)\n- Not measured: whether carers got help sooner",
    );
    assert!(r.covers.evidence, "{:?}", r.evidence_found);
}
