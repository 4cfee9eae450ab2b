//! Issue 17's "now" classes: wording that looks like where things stand but is not (how often, hearsay,
//! an arrangement still to start, how many live somewhere, a trial being set up), each read on
//! sentences written for these tests (none from the measurement sets), against states that stay.

use super::classes_tests::read;

#[test]
fn how_often_hearsay_a_start_to_come_a_population_and_a_trial_are_no_now() {
    for text in [
        "We meet the tenants' panel now and then to hear how it's going.",
        "I'm told there are fewer missed visits, but I haven't seen the log.",
        "I gather the waits have held up since the move.",
        "From May every new referral gets screened by the duty nurse.",
        "About four hundred people live on the estate, and we hold a surgery there.",
        "We're trialling the app with three teams in the north.",
        "The new form is going out to every home this month.",
    ] {
        let r = read(text);
        assert!(!r.then_now_next.now, "{text}: {:?}", r.then_now_next);
    }
    let r = read("I'm told there are fewer missed visits, but I haven't seen the log.");
    assert!(!r.covers.difference, "{:?}", r.difference_markers);
    for text in [
        "Forty families now have a named worker.",
        "The ward manager told me missed visits are now down to two a week.",
        "We're supporting forty carers through the hub.",
    ] {
        let r = read(text);
        assert!(r.then_now_next.now, "{text}: {:?}", r.then_now_next);
    }
}

#[test]
fn a_feeling_in_the_passive_a_time_yet_to_come_and_a_claim_disowned_are_no_change() {
    for text in [
        "The board was encouraged by the figures.",
        "Families were reassured when the new letters went out.",
    ] {
        let r = read(text);
        assert!(!r.covers.done, "{text}: {:?}", r.done_markers);
    }
    let r = read("Staff were encouraged to use the new form, and we reassured every family.");
    assert!(r.covers.done, "{:?}", r.done_markers);
    let r = read("The list is long, so I won't call it fixed until I've seen the audit.");
    assert!(!r.covers.difference, "{:?}", r.difference_markers);
    let r = read("I wouldn't want to claim it's made a difference to the waits.");
    assert!(!r.covers.difference, "{:?}", r.difference_markers);
}

#[test]
fn a_story_told_with_its_before_and_a_stop_said_with_any_more_give_a_then_and_a_now() {
    // The past before the past of someone other than the speaker, and a trouble that kept coming,
    // are how things stood before the work.
    for text in [
        "She had lost her tenancy twice in a year. We found her a flat with floating support, and she pays her rent.",
        "We kept getting calls about the same three streets. I set up a drop-in at the chapel, and the calls are fewer.",
        "His daughter told us he'd hit a carer. I met them both and arranged a regular worker, and he is calmer now.",
    ] {
        let r = read(text);
        assert!(r.then_now_next.then, "{text}: {:?}", r.then_now_next);
    }
    // What someone has stopped doing, said with "any more", is where things stand.
    let text = "He doesn't ring the out-of-hours line any more.";
    assert!(read(text).then_now_next.now, "{text}");
    // "He's still in the flat" after the story is where things stand now.
    let text = "His flat was about to go. I met the housing officer and we set up a payment plan. He's still in the flat.";
    let r = read(text);
    assert!(
        r.then_now_next.then && r.then_now_next.now,
        "{text}: {:?}",
        r.then_now_next
    );
    // A figure before a plural noun is a count, not a verb: the clause stays in the past.
    let toks = super::words::tokens("He was sleeping four hours a night");
    let c = super::clause::read("He was sleeping four hours a night", &toks);
    assert_eq!(c[0].time, super::clause::Time::Past, "{c:?}");
}

#[test]
fn a_proposal_and_a_dated_step_in_the_present_continuous_are_no_now() {
    // A proposal, a step whose time was said first and cut from it in speech, and a dated step
    // that adds someone's word, each in the present continuous: still to come, not where things
    // stand, and the dated ones are next steps.
    for text in [
        "We're proposing to close the three smaller hubs and open one in the market hall.",
        "so what happens next is in April we're moving every open case to the two new teams",
        "and from the summer I'm adding the tenants' own feedback to each of the six reviews",
    ] {
        let r = read(text);
        assert!(!r.then_now_next.now, "{text}: {:?}", r.then_now_next);
    }
    for text in [
        "so what happens next is in April we're moving every open case to the two new teams",
        "and from the summer I'm adding the tenants' own feedback to each of the six reviews",
    ] {
        let r = read(text);
        assert!(r.then_now_next.next, "{text}: {:?}", r.next_markers);
    }
    // A present continuous with no time to come still says where things stand.
    let r = read("We're supporting sixty families through the two new teams.");
    assert!(r.then_now_next.now, "{:?}", r.then_now_next);
}

#[test]
fn a_result_run_into_what_comes_next_in_speech_is_still_where_things_stand() {
    // No full stop between the result and the step: "and what's next" (or "what happens next",
    // "the next step") turns to the step, so the result before it is not read as planned.
    for text in [
        "so I set up the rota and the wait's down to nine days and what's next is that from March we're adding the weekend cover",
        "we moved the panel to Tuesdays and the queue is down to twelve cases and the next step is in June we're training the two new chairs",
    ] {
        let r = read(text);
        let t = r.then_now_next;
        assert!(t.now && t.next, "{text}: {t:?}");
    }
}

#[test]
fn having_no_figure_a_guessed_past_and_what_something_looks_like_read_as_said() {
    // The speaker having no figure is no figure of where things stand.
    for text in [
        "We've no figures for the weekend team.",
        "so I've got no data to show you on that",
    ] {
        let r = read(text);
        assert!(!r.then_now_next.now, "{text}: {:?}", r.then_now_next);
    }
    // "no" as a count still is one.
    let r = read("There's no one waiting over a week for a first visit.");
    assert!(r.then_now_next.now, "{:?}", r.then_now_next);
    // "I'd guess" or "I'd reckon" softens the past it opens: no "then" the speaker stands behind.
    for text in [
        "I'd reckon the queue was shorter than last year, but we kept no record.",
        "I'd guess fewer carers came than last year.",
    ] {
        let r = read(text);
        assert!(!r.then_now_next.then, "{text}: {:?}", r.then_now_next);
    }
    // What something looks like is how it is, not a softener: the speaker's own part stands.
    let text =
        "I sat in on the first ten reviews with each worker to show what a good one looks like.";
    let r = read(text);
    assert!(
        !r.own_part_markers.is_empty(),
        "{text}: {:?}",
        r.own_part_markers
    );
    let r = read("The waits look like they're falling.");
    assert!(!r.covers.difference, "{:?}", r.difference_markers);
}

#[test]
fn a_figure_after_an_irregular_past_action_is_no_then() {
    // What was bought or taught then, with its count after the verb, is an action, not how
    // things stood.
    for text in [
        "We bought three minibuses last spring with a grant from the lottery.",
        "I taught two sessions on the Care Act last winter for the hospital team.",
    ] {
        let r = read(text);
        assert!(!r.then_now_next.then, "{text}: {:?}", r.then_now_next);
    }
    // A count before the verb ("two residents died") and "was sat" (a state) still say how things
    // stood.
    for text in [
        "Two residents died in hospital in 2024 after falls at night.",
        "I was sat with the two duty workers last spring when the calls came in.",
    ] {
        let r = read(text);
        assert!(r.then_now_next.then, "{text}: {:?}", r.then_now_next);
    }
}

#[test]
fn a_figure_in_a_clause_telling_something_done_is_no_present_state() {
    // The figure counts the action's places, and the present is what the action was for.
    for text in [
        "We trained the reception staff at the four GP surgeries in Ashby to spot when a carer is struggling to cope.",
        "I briefed the two housing officers on what to do when a tenant is being exploited.",
    ] {
        let r = read(text);
        assert!(!r.then_now_next.now, "{text}: {:?}", r.then_now_next);
    }
    // A present state with a figure, told on its own, still is one.
    let r =
        read("We trained the reception staff. Four surgeries now refer carers to us every week.");
    assert!(r.then_now_next.now, "{:?}", r.then_now_next);
}

#[test]
fn what_happens_next_as_a_thing_understood_is_no_step() {
    // Knowing or being told what happens next is a result, not a step to come.
    for text in [
        "In the survey 51 of the 60 carers said they understood what happens next.",
        "Most families now know what will happen next after the first visit.",
    ] {
        let r = read(text);
        assert!(!r.then_now_next.next, "{text}: {:?}", r.next_markers);
    }
    // A step told after "what happens next" is still one.
    let r = read("So what happens next is that in May we're moving the duty team to the hub.");
    assert!(r.then_now_next.next, "{:?}", r.next_markers);
}

#[test]
fn a_state_regained_back_to_her_old_self_or_back_on_his_feet_is_where_things_stand() {
    for text in [
        "Her confidence went after the fall. We arranged a reablement package and she's back on her feet.",
        "He had lost his appetite after the stroke, so we found him a lunch club. He's back to his old \
         weight.",
    ] {
        let r = read(text);
        assert!(r.then_now_next.now, "{text}: {:?}", r.then_now_next);
        assert!(r.covers.difference, "{text}: {:?}", r.difference_markers);
    }
    // Going back to a place told in the past is no state now.
    let r = read("In May she went back to her old flat for a visit.");
    assert!(!r.then_now_next.now, "{:?}", r.then_now_next);
}

#[test]
fn a_denial_in_a_relative_clause_with_no_that_leaves_the_state_standing() {
    // "a flat the lads don't know about": the denial says which flat, and the state stands.
    for text in [
        "He has a flat now with a back door the old crowd don't know about.",
        "She lives in a bungalow now with a garden the neighbours can't see into.",
        "They rent a room near the college now, in a block their father can't get into.",
    ] {
        let r = read(text);
        assert!(r.then_now_next.now, "{text}: {:?}", r.then_now_next);
    }
    // After a verb of saying, or with an object after the verb, the denial is the clause's own.
    for text in [
        "We told the family now they didn't qualify.",
        "He isn't in a flat now the council doesn't pay for.",
        "She's in a flat now the landlord doesn't repair the boiler.",
    ] {
        let r = read(text);
        assert!(!r.then_now_next.now, "{text}: {:?}", r.then_now_next);
    }
}

#[test]
fn figures_against_two_dates_or_two_periods_in_turn_are_a_then_a_now_and_a_change_in_any_order() {
    // Written for this test: the later date told first, and periods named by their place in turn.
    for text in [
        "A check of 40 discharge files from March 2026 found a carer named in 36. In the 2024 check it was 12 of 40.",
        "Reviews were sampled every quarter: a risk plan was on file in 18 of 40 in the first quarter and 33 of 40 in the fourth.",
    ] {
        let r = read(text);
        assert!(r.then_now_next.then, "{text}: {:?}", r.then_now_next);
        assert!(r.then_now_next.now, "{text}: {:?}", r.then_now_next);
        assert!(r.covers.difference, "{text}: {:?}", r.difference_markers);
    }
    // One period alone, or one date alone, sets nothing against anything.
    for text in [
        "In the first quarter a risk plan was on file in 18 of 40 reviews.",
        "In the 2024 check a carer was named in 12 of 40 files.",
    ] {
        let r = read(text);
        assert!(!r.covers.difference, "{text}: {:?}", r.difference_markers);
    }
}
