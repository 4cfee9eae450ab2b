//! Follow-ups the blind judge on probes-17 called broken or incoherent, as classes (issue 23): a
//! quote cut before its object, a routine read as a weak spot, a count's describing word read as
//! its verb, a record not kept asked whether people are safe, a figure about someone else's team
//! asked what it does to the people waiting on that team. Every sentence here is written for the
//! test.

use super::frame::well_formed;
use super::tests::first;
use super::*;

#[test]
fn a_quote_cut_before_its_object_is_not_said_back() {
    assert!(well_formed("You said you're focusing on: what has it changed so far?").is_err());
    assert!(well_formed("You said the team is looking at: who leads it, and by when?").is_err());
    // Whole phrases that end on the same words stand.
    for ask in [
        "You said carers feel listened to: who told you that, and what did they say?",
        "You said the home is easy to deal with: who says otherwise, and why?",
        "You said this is what you're working on: what has it changed so far?",
    ] {
        assert_eq!(well_formed(ask), Ok(()), "{ask}");
    }
}

#[test]
fn a_routine_kept_every_month_is_not_a_weak_spot() {
    let answer = "I stay close in several ways. I sit in on the duty desk one day a month and go \
                  out with whoever is on. Twice a year I join each team's meeting to listen. We \
                  also look at twelve supervision records a quarter that don't come up in the \
                  formal audit, picked by lot.";
    for ask in asks(answer) {
        assert!(!ask.contains("what has been done since"), "{ask}");
        assert!(
            !ask.contains("twelve supervision records a quarter"),
            "{ask}"
        );
    }
}

#[test]
fn a_word_in_ed_after_on_describes_the_count_it_is_not_its_verb() {
    let answer = "Staffing in the OT service:\n\
                  - Eight of the 13 on reduced hours.\n\
                  - Two newly qualified starters in March.\n\
                  - Waiting list 190, median nine weeks.";
    for ask in asks(answer) {
        assert!(!ask.contains("did not"), "{ask}");
        assert!(!ask.contains("the five that"), "{ask}");
    }
}

#[test]
fn a_field_left_blank_is_asked_why_and_who_is_heard_not_whether_they_are_safe() {
    let a = first(
        "We record ethnicity on every assessment and we check the split against the census each \
         year. Disability is recorded well too, and we report on it to the board. What we're \
         weakest on is religion: the question is left blank for about 70% of people we support.",
    );
    assert!(
        a.ask.ends_with(
            ": what stops it being recorded, and how are you hearing from those people meanwhile?"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn a_count_about_another_bodys_team_is_not_asked_about_people_waiting_on_it() {
    let answer = "Most moves into supported living go through our brokerage team and a social \
                  worker sees the person first. We agreed that with the three landlords in 2024. \
                  The gap is that 9 of the 25 moves last year were set up by the landlord's own \
                  lettings team, with no assessment beforehand.";
    for ask in asks(answer) {
        assert!(!ask.contains("waiting on that team"), "{ask}");
    }
}

#[test]
fn a_hard_time_in_a_when_clause_is_not_a_weak_spot_or_a_pressure() {
    let answer = "I'm proud of how we work with the voluntary sector. The carers' centre and the \
                  food bank know us by name, and we rely on them a great deal. Neighbours look out \
                  for each other and that counts for a lot when times are difficult.";
    for ask in asks(answer) {
        assert!(!ask.contains("which people does it affect most"), "{ask}");
        assert!(!ask.contains("how many people does that affect"), "{ask}");
    }
}

#[test]
fn a_negative_on_a_negative_is_breadth_not_a_weak_spot() {
    let answer = "Very little. There isn't much in adult services that doesn't affect how social \
                  workers practise in some way, so I end up part of most decisions. The director \
                  and I get on well.";
    for ask in asks(answer) {
        assert!(!ask.contains("There isn't much"), "{ask}");
        assert!(!ask.contains("riskiest cases"), "{ask}");
    }
}

#[test]
fn two_spoken_clauses_run_together_are_not_said_back_as_one() {
    assert!(
        well_formed(
            "You said you don't think families were upset by it they mostly understood: who would \
             tell you if it were not so?"
        )
        .is_err()
    );
    assert!(
        well_formed(
            "You said you don't think carers minded it most of them were glad: who would tell you \
             if it were not so?"
        )
        .is_err()
    );
    assert!(
        well_formed("You said staff find it most useful at handover: what has it changed?").is_ok()
    );
}

#[test]
fn a_spoken_wait_is_said_back_without_the_reason_it_runs_on_into() {
    let answer = "so the list for allocation is down to 140 from 300 in the spring and the \
                  longest wait is down from sixteen weeks to seven\n\n\
                  the part I worry about is hoarding so people referred because the house is \
                  full or unsafe there are 19 of them waiting today and most of them over ten \
                  weeks and that's because the triage score puts them low when nobody is in \
                  danger on the day and they don't chase us";
    let a = first(answer);
    assert!(
        a.ask.starts_with(
            "You said there are 19 of them waiting today and most of them over ten weeks: "
        ),
        "{}",
        a.ask
    );
}

#[test]
fn where_it_is_weakest_is_said_back_when_spoken_with_no_stop() {
    let answer = "we trained every team with the legal service in the autumn and in the audit of \
                  30 files in October 22 had the person's wishes written up properly\n\n\
                  where it's weakest is shared lives placements especially people with advanced \
                  dementia there were 8 files there and most just said happy with no more than that";
    let a = first(answer);
    assert!(
        a.ask
            .starts_with("You said where it's weakest is shared lives placements: "),
        "{}",
        a.ask
    );
}

#[test]
fn what_the_next_sentence_says_was_done_is_not_asked_for_again() {
    let a = first(
        "Recruitment is steady. The pressure is worst in the mental health social work team. We \
         brought in two agency practitioners in September and cut the team's duty days from five \
         to three.",
    );
    assert!(
        a.ask
            .starts_with("You said the pressure is worst in the mental health social work team: "),
        "{}",
        a.ask
    );
    assert!(!a.ask.contains("what are you doing about it"), "{}", a.ask);
    // With nothing said to have been done, it is still asked.
    let a = first(
        "Recruitment is steady. The pressure is worst in the mental health social work team.",
    );
    assert!(a.ask.ends_with("what are you doing about it?"), "{}", a.ask);
}

#[test]
fn a_share_set_against_the_population_is_pressed_as_a_gap() {
    let a = first(
        "Says 18% of carers assessed are from Asian communities against 24% of the population.",
    );
    assert_eq!(
        a.ask,
        "You said 18% of carers assessed are from Asian communities, against 24% of the \
         population: what have you found about why, and what is changing so that gap closes?"
    );
}

#[test]
fn a_box_added_to_a_form_is_asked_whether_it_is_used() {
    let answer = "one I remember is a son who complained because his mum was moved to a care home \
                  from hospital and nobody told her she could choose which one and she ended up \
                  forty minutes from her friends\n\n\
                  so what we changed was there's now a field on the review record to say the \
                  person was offered a choice and we went through it at every team meeting";
    let a = first(answer);
    assert_eq!(
        a.ask,
        "You said there's now a field on the review record to say the person was offered a \
         choice: in how many reviews has it been filled in so far, and what has it changed for \
         people?"
    );
    // Asked only where nothing else was read: a weak spot said first is kept.
    assert!(
        anchors(
            "We added a prompt to the assessment form about carers. Where it falls short is the \
             hospital team, who still skip it on every discharge."
        )[0]
        .ask
        .contains("where it falls short is the hospital team"),
    );
}

#[test]
fn carers_nobody_has_looked_at_are_asked_how_they_manage_not_whether_they_are_safe() {
    let a = first(
        "We widened direct payments for older Somali residents. In a year 24 people have taken one \
         up, and most say in reviews that the care suits them. What I haven't looked at is the \
         people doing the caring. Twelve of the new personal assistants are grandchildren, and \
         most of them live in the same flat as the person they care for.",
    );
    assert!(
        a.ask.ends_with(
            ": who is checking how they are managing, and did they feel they had a real choice \
             about taking it on?"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn where_the_work_does_not_land_is_asked_how_it_gets_there() {
    let answer = "After each regional meeting I send team managers one page on what to borrow. The \
                  clearest thing we took up was a plain letter when we stop working with someone, \
                  and 30 of 36 closures in the spring audit had one. Where it doesn't land is the \
                  reablement team, which closes the most cases. They haven't come to the practice \
                  forum since March because it clashes with their handover.";
    let a = first(answer);
    assert_eq!(
        a.ask,
        "You said where it doesn't land is the reablement team: how are you getting it to them \
         directly, and who is accountable for it there?"
    );
}

#[test]
fn a_month_already_past_is_not_a_date_to_see_to_it_by() {
    for ask in asks(
        "Where it doesn't land is the reablement team. They haven't come to the practice forum \
         since March because it clashes with their handover.",
    ) {
        assert!(!ask.contains("before March"), "{ask}");
    }
}

#[test]
fn a_decision_still_awaited_is_not_asked_what_has_been_agreed() {
    let answer = "We ring everyone on the occupational therapy list every six weeks to ask how \
                  they are. About 300 people are on it now. The calls are made by two assistants \
                  on fixed-term posts paid from the better care fund, and both posts end in \
                  March. I've asked the director to make them permanent and haven't had an \
                  answer yet.";
    let a = first(answer);
    assert!(
        a.ask.ends_with(
            ": what happens for the people who rely on them if nothing is agreed, who is \
             deciding, and by when?"
        ),
        "{}",
        a.ask
    );
}

#[test]
fn where_the_council_is_below_its_comparators_is_asked_what_is_behind_it() {
    let answer = "We sit near the top of our comparator group on carers feeling involved in \
                  decisions. Where we're below the group is people saying they have enough \
                  social contact, and that has held for two surveys. The dashboard goes to the \
                  leadership team every quarter.";
    let a = first(answer);
    assert_eq!(
        a.ask,
        "You said where you're below the group is people saying they have enough social \
         contact: what do you think is behind that, and what are you doing about it?"
    );
}

#[test]
fn money_short_for_next_year_is_not_a_plan_and_a_list_item_is_mentioned() {
    let answer = "The pressures are mostly demand from people with complex needs. We have a \
                  shortfall of about £6 million in the adult social care budget for next year. We \
                  have a recovery plan agreed by cabinet, a new day opportunities contract going \
                  out to tender in the autumn with a transport element, and a reablement review \
                  under way.";
    for ask in asks(answer) {
        assert!(!ask.contains("shortfall of about £6 million"), "{ask}");
        assert!(!ask.starts_with("You said a new day"), "{ask}");
    }
}

/// Every follow-up of `answer` reads as a sentence: no "Of the one ...", no verb straight after a
/// count said back with its noun ("Of the 12 carers had ...").
fn none_broken(answer: &str) {
    for ask in asks(answer) {
        assert!(!ask.contains("Of the one"), "{ask}");
        assert!(!ask.contains("the people in them"), "{ask}");
        assert_eq!(well_formed(&ask), Ok(()), "{ask}");
    }
}

#[test]
fn one_of_a_kind_named_is_not_a_count_the_result_leaves_out() {
    // Written for the test: "one of these flats" and "each one of those calls" name one of a
    // kind; "Of the one flats were empty..." and "Of the one calls was logged" did not read.
    let answer = "We opened 40 extra care flats in 2024. Of the 120 people who moved to one of \
                  these flats were living in a care home beforehand, most had no say. We log \
                  250 welfare calls a month and I check that every one of those calls was \
                  logged the same day.";
    none_broken(answer);
    for ask in asks(answer) {
        assert!(!ask.starts_with("Of the one"), "{ask}");
    }
}

#[test]
fn people_named_before_what_is_said_of_them_take_who_after_the_noun() {
    let a = first(
        "Our mapping of the 200 people on the night-time list found 35 who were new to us, and \
         12 of those carers had never been offered an assessment of their own.",
    );
    assert!(
        a.ask
            .starts_with("Of the 12 carers who had never been offered an assessment"),
        "{}",
        a.ask
    );
}

#[test]
fn a_part_already_seen_is_not_pressed_as_left_out() {
    // "nine of them were seen within a week": gone back to already, not people left out.
    let answer = "We matched the waiting list against hospital admissions every week and 31 \
                  people were moved up the list, and nine of them were seen within a week and \
                  the rest inside the month and that is from the same data";
    for ask in asks(answer) {
        assert!(!ask.contains("the people in them"), "{ask}");
        assert!(!ask.starts_with("Of the nine"), "{ask}");
    }
}

#[test]
fn a_contrast_word_is_not_said_back_at_the_start_of_a_quote() {
    let answer = "Our leaflet said everyone is told how to reach their worker, yet 23 of the 60 \
                  people we rang had no number for anyone.";
    for ask in asks(answer) {
        assert!(!ask.starts_with("You said yet"), "{ask}");
    }
}
