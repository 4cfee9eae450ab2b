//! Issue 17's "next" classes: wording that looks ahead without being a step of the speaker's (a way
//! of speaking, someone else's wish, an aim to be something, a forecast), each read on sentences
//! written for these tests (none from the measurement sets), against steps that stay steps.

use super::classes_tests::read;

fn no_step(texts: &[&str]) {
    for text in texts {
        let r = read(text);
        assert!(!r.then_now_next.next, "{text}: {:?}", r.next_markers);
    }
}

fn a_step(texts: &[&str]) {
    for text in texts {
        let r = read(text);
        assert!(r.then_now_next.next, "{text}: {:?}", r.next_markers);
    }
}

#[test]
fn pointing_on_in_the_telling_a_wish_to_tell_and_others_wishes_are_no_step() {
    no_step(&[
        "I'll come to what the panel decided, but first the carers' centre.",
        "Then I'll come back to the figures for the west team.",
        "I'll set out why the duty rota changed before anything else.",
        "So I want to tell you about the boat dwellers on the canal at Fenley.",
        "I'd like to start with the hoarding panel, which meets monthly.",
        "The library opens its café on Fridays for any tenants who want to come along.",
    ]);
    // A step with the same verbs is still a step.
    a_step(&[
        "I'll come to the locality meeting in March with the audit results.",
        "I want to take a paper to cabinet in the spring.",
        "I'd like to extend the scheme to the south team.",
    ]);
}

#[test]
fn an_aim_to_be_something_with_no_time_is_no_step() {
    no_step(&[
        "We want to be the council that carers trust first.",
        "Our teams aim to be known for listening, and families notice.",
    ]);
    a_step(&["By April we want to be running the clinic in both hospitals."]);
}

#[test]
fn a_place_hoped_to_reach_with_no_time_is_no_step() {
    no_step(&[
        "Where we'd like to get to is a borough where nobody waits for a ramp.",
        "Our vision is to become a county where carers are asked first.",
        "Our ambition is to make Northwold the easiest place to get help.",
        "It is slow, but I know we'll get there with the new teams.",
        "We aim to get there, and the staff are behind it.",
    ]);
    // Going somewhere, or a place reached by a date, is still a step.
    a_step(&[
        "We want to get to every care home on the list.",
        "We'll get there by March with the second worker.",
        "Our ambition is to make every review a home visit by June.",
    ]);
}

#[test]
fn a_forecast_a_relative_will_a_place_gone_to_and_work_remaining_are_no_step() {
    no_step(&[
        "Tenants ring us because they know someone will come out.",
        "I'm sure the waits will come down over the coming months.",
        "Mrs B tells anyone who'll listen about the new wet room.",
        "The younger carers are going to the Saturday club at the leisure centre.",
        "We visited every family, and a worker from the next village joined us.",
        "So families can book a sitter from the next town on the same budget.",
        "The pilot ends up costing less, and hopefully we'll extend it.",
        "I think demand is levelling off and we'll see fewer crisis calls.",
        "I took the carers' plan to the partnership board and it was agreed.",
        "We halved the waits for ramps. There's more to do.",
    ]);
    a_step(&[
        "I'm sure we'll finish the audit by May.",
        "We've recruited two workers who will start in May.",
        "We're making sure the rota will cover weekends from January.",
        "We plan to survey every carer in the spring.",
        "The next step is a joint audit with the trust in March.",
        "From the next quarter the duty line runs until eight.",
        "We'll see every carer on the list by the end of March.",
    ]);
}

#[test]
fn a_dated_past_a_booking_told_in_the_past_and_a_count_so_far_are_no_step() {
    no_step(&[
        "In June I sat down with the ward managers and the form changed.",
        "In May I rang every carer on the list.",
        "Her ramp had been booked for nine weeks away, so I went out myself.",
        "Last spring we had forty falls, and this spring so far it's six.",
    ]);
    a_step(&[
        "In March I chair the first panel with the housing leads.",
        "Her review is booked for June.",
        "In the spring we're training every team.",
    ]);
}

fn a_step_with_its_when(texts: &[&str]) {
    for text in texts {
        let r = read(text);
        assert!(
            r.then_now_next.next && r.next_has_when,
            "{text}: {:?} when {}",
            r.next_markers,
            r.next_has_when
        );
    }
}

#[test]
fn a_step_timed_by_a_season_a_week_a_year_end_or_a_dated_meeting_has_its_when() {
    a_step_with_its_when(&[
        // A season or feast after any lead.
        "The second hub opens to carers' groups in the autumn.",
        "We will repeat the dip sample over the summer.",
        "By Easter the same check covers the 30 supported living homes on the Moor estate.",
        "- Next: in the spring, when the respite contract is let again, weekend beds go into it.",
        // The new year after any lead, and half a year.
        "The refresher for panel chairs is booked for the new year.",
        "From the new year families can book the sitting service themselves.",
        "We'll bring the duty team into it in the second half of the year.",
        // A week of a month, the end of a year.
        "From the second week of March the drop-in begins at the Ashgrove library as well.",
        "Before the end of this financial year the brokerage notes go onto the shared record.",
        // A start said as "go live".
        "The new portal for self-funders, we go live in October.",
        // A meeting named by its month, with the step told in the -ing form, in speech.
        "the calls were answered quicker after that and at the scrutiny committee's March meeting I'm presenting the waits by locality",
        "nobody has complained about it since and at the May panel we're bringing the first twenty cases",
    ]);
}

#[test]
fn a_season_or_year_end_told_in_the_past_is_no_step() {
    no_step(&[
        "Over the summer we trained 40 staff on the new form.",
        "Before the end of the financial year we had cleared the list.",
        "By Easter the waiting list had fallen to nine.",
        "At the March board we presented the audit.",
    ]);
}

#[test]
fn a_will_in_a_question_an_offer_to_the_panel_a_wish_to_see_and_a_name_given_are_no_step() {
    no_step(&[
        // A "will" inside a question someone asks or answers.
        "Tenants used to ring the office to find out when the lift will be fixed; now they get a text.",
        "Two daughters asked us whether their father will keep the same carers.",
        "Nobody at the surgery could tell him how long the wait will be.",
        // An offer to the panel, not a step.
        "The audit sheets are in the pack if the panel would like to see them.",
        "The manager is here today if you'd like to ask her about it.",
        // A wish to see things otherwise, with no time.
        "I'd like to see the hub open on Sunday afternoons too.",
        "We want to see more men coming to the carers' group.",
        // A name given to someone in the story.
        "A woman I will call Aisha had rung the duty line four times.",
        "A young man we'll call Mr D was placed forty miles away.",
        "An older carer who I'll refer to as Pat had not had a break in two years.",
    ]);
    // The same verbs as steps stay steps.
    a_step(&[
        "We'll let tenants know when the lift is fixed, and I will call the landlord in March.",
        "I'd like to see the hub open on Sundays from April.",
        "I'd like to extend the carers' group to the north team.",
        "We will ask the panel whether they want the figures by team.",
    ]);
}

#[test]
fn a_present_simple_with_a_time_to_come_is_a_step_with_its_when() {
    for text in [
        "The reablement workers pick up the same checklist in October, and the pathway is reviewed \
         again in January.",
        "The report closes at the June scrutiny meeting once the survey is back.",
        "After Easter the two duty teams move onto the new rota as well.",
        "Their first joint visit with the housing officers is in November.",
        "In the new year the hospital social workers switch to the shorter form.",
        "The panel signs it off at the July meeting.",
    ] {
        let r = read(text);
        assert!(r.then_now_next.next, "{text}: {:?}", r.next_markers);
        assert!(r.next_has_when, "{text}: {:?}", r.next_markers);
    }
    // A habit in its month, a past told with its month, a date that says when something holds, a
    // noun after the verb, a past without "-ed" and an arrangement kept each year are no step.
    no_step(&[
        "Every February the carers' forum meets in the town hall.",
        "The duty team usually closes the list in December.",
        "In March the team took on the same approach.",
        "The busiest weeks in winter are the hardest for the duty line.",
        "We agreed with the hospital nurses in June that they ring us first.",
        "I rebuilt the rota over the summer with the two managers.",
        "Families are given the new dates in January.",
    ]);
}

#[test]
fn an_own_step_timetabled_in_the_present_simple_still_says_the_speakers_part() {
    let r = read(
        "The carers' lead runs the group. I take the figures to the commissioning board in April.",
    );
    assert!(r.then_now_next.next, "{:?}", r.next_markers);
    assert!(!r.own_part_markers.is_empty(), "{:?}", r.own_part_markers);
}

#[test]
fn an_ambition_named_as_a_thing_an_aim_to_make_better_and_a_wish_with_a_vague_time_are_no_step() {
    no_step(&[
        "Our ambition is a quicker, friendlier front door for carers.",
        "We want to make the day centres more welcoming places for younger people.",
        "At some point I'd like a review of the panel, but nothing is booked.",
        "We're keen to keep growing the volunteer scheme going forward.",
        "Eventually we'd like to offer the same to the hospital team.",
    ]);
    // A dated aim, a thing made, and a step with a vague time but no wish stay steps.
    a_step(&[
        "We want to make the day centres more welcoming by the summer.",
        "We want to make a referral route for the GPs.",
        "We'll review the panel's decisions going forward.",
    ]);
}

#[test]
fn work_going_on_between_now_and_a_month_is_a_step_with_its_when() {
    a_step(&[
        "We reviewed the first forty tenancies; the other sixty we're reviewing between now and \
         April.",
        "The reablement team is visiting the remaining homes between now and the autumn.",
    ]);
    // "Between" two times gone by tells when something was, not what comes next.
    no_step(&["Between March and June we visited every care home in the district."]);
}

#[test]
fn a_need_supposed_a_place_gone_to_a_state_to_come_and_an_aim_for_a_thing_are_no_step() {
    no_step(&[
        "The waits look shorter, though I'd need to see the data before I said so.",
        "We talked about what her husband would need to manage at home.",
        "She'd been going to Harrowgate library every afternoon for a year.",
        "He stopped going to Bellmoor day centre after the fall.",
        "Co-production is going to sit at the heart of how we commission.",
        "The hub is going to become the front door for everyone.",
        "What we're aiming for is a front door that feels like one team.",
    ]);
    // A need, a going and an aim that are the speaker's committed step stay steps.
    a_step(&[
        "We need to train the night staff by June.",
        "We're going to audit forty files in March.",
        "We're aiming for every review done by the end of May.",
    ]);
}

#[test]
fn a_date_on_something_already_done_a_span_and_this_month_told_in_the_past_are_no_step() {
    no_step(&[
        "Every ramp was fitted by the end of October, and the falls stopped.",
        "From November to February, the parish hall opens two evenings a week for anyone sleeping out.",
        "In June last year there were ninety on the list and this June there were forty.",
        "The carers' log shows no missed calls this winter.",
    ]);
    // The same leads with a verb to come stay steps.
    a_step(&[
        "From November to February we will open the hall two evenings a week.",
        "We're taking the checklist to every care home this spring.",
    ]);
}

#[test]
fn a_when_in_words_a_note_scheduled_and_a_present_before_it_happens_are_steps() {
    for text in [
        "The findings are on the agenda when the health board meets on the twenty first of March.",
        "- Survey to carers to go out in June",
        "So the plan is from April the ward asks each family three questions before someone goes home.",
    ] {
        let r = read(text);
        assert!(r.then_now_next.next, "{text}: {:?}", r.next_markers);
        assert!(r.next_has_when, "{text}: {:?}", r.next_markers);
    }
}

#[test]
fn a_name_given_in_a_spoken_story_without_a_comma_is_no_step() {
    // A transcript has no commas, so the clause is cut before "I'll": the person word before it
    // still says a name is being given for the telling.
    no_step(&[
        "so there was this lady I'll call Marjorie she'd been in hospital three weeks",
        "and then a young lad I'll call Tomasz he turned up at the front desk",
        "well a carer I'll call Priya rang us on the Friday night",
    ]);
    // A call to make stays a step, with a person or without.
    a_step(&[
        "so I'll call Marjorie's daughter on Monday",
        "and I'll call the housing manager next week",
    ]);
}

#[test]
fn what_was_only_ever_going_to_happen_in_the_story_is_no_step() {
    no_step(&[
        "it was only ever going to succeed with the tenants on board",
        "the scheme was always going to struggle in the winter months",
        "they were really just going to sign her off and that was that",
    ]);
    a_step(&[
        "we're only going to open it on Tuesdays from January",
        "the panel is going to review every case again in the spring",
    ]);
}

#[test]
fn a_consequence_a_past_date_a_habit_or_a_denied_priority_is_no_step() {
    no_step(&[
        // How long something will not happen: a consequence, not a step.
        "We visit each flat once a year, so some tenants won't get a visit until next spring.",
        "The carers' survey hasn't closed and the figures aren't due until March.",
        // A season or month of a year gone by dates what happened.
        "Delays were found at the front door: in the spring of 2024, 52 people waited a week or \
         more for a first call.",
        // "the next" of a standing arrangement.
        "The librarians and our wellbeing workers get together every month to choose the next \
         book for the group.",
        // A gap line that denies a priority.
        "Result: 40 families seen.\nGap: no transport priority for these families.",
    ]);
    a_step(&[
        "Next spring we'll run the same visits on the Eastfield estate.",
        "We'll clear the 2024 backlog by March.",
        "The housing priority for this group goes to the cabinet in May, and I'm presenting it.",
    ]);
}

#[test]
fn a_season_said_before_the_step_in_speech_or_a_source_named_in_a_timetabled_step_is_a_step() {
    // In speech with no stops, a season left at the end of one clause opens the step after it, and
    // one that stands alone leads the clause it comes before.
    for text in [
        "he has a key safe now and nobody else holds his bank card over the spring we're taking \
         the same check to the day centres",
        "Over the winter I'm taking the falls checklist round the supported living providers.",
        // A step timetabled in the present whose object is a count, or which names a source as a
        // thing ("feedback"), is still a step.
        "In the spring the newsletter carries two stories a quarter from the feedback cards families fill in.",
    ] {
        let r = read(text);
        assert!(r.then_now_next.next, "{text}: {:?}", r.next_markers);
        assert!(r.next_has_when, "{text}");
    }
    // A then and a now, or a now and a now, are no step.
    no_step(&[
        "calls to the duty line dipped over the summer we're seeing them climb again now",
        "waits are long over the winter we're seeing them rise now",
        "The four day centres no longer close for a fortnight in August.",
    ]);
}

#[test]
fn within_the_next_or_coming_span_is_a_when() {
    a_step_with_its_when(&[
        "Within the next six weeks we will put the same welcome call into the hospital discharge team.",
        "We'll agree a shared hand-off form with the two trusts within the coming two months.",
    ]);
}

#[test]
fn a_step_for_people_described_by_a_denial_said_after_a_spoken_next_or_at_the_new_financial_year_is_a_step_with_its_when()
 {
    a_step_with_its_when(&[
        // "whose ... is not" describes who the step is for; it denies nothing.
        "This autumn the carers' clinic goes to families whose home language is not Polish or Urdu.",
        "In June the same welcome call goes to tenants whose support plan hasn't been reviewed.",
        // In speech with no stop, "next" and a time open the step after something done.
        "she got her scooter back and phoned me next from the middle of May the same check goes \
         into the reablement visits",
        "and he got his door keys back too next in October the same letter goes to the learning \
         disability team",
        // The new financial year is a when.
        "Next: when the new financial year begins the panel moves to the north locality.",
    ]);
    // A denial that is the speaker's own still takes the step back, and "her next" before a
    // thing named opens nothing.
    no_step(&[
        "This autumn the carers' clinic does not go to the east, because the rooms are booked.",
        "we went to see her and talked about her next move from the flat she hated",
    ]);
}

#[test]
fn a_step_dated_by_a_when_before_it_a_span_ahead_or_the_next_academic_year_is_a_step_with_its_when()
{
    a_step_with_its_when(&[
        // The date is in the "when" clause; the step is the clause after it.
        "When the day centre contracts end in April, the befriending scheme moves to the two market towns.",
        "When the respite beds reopen in June, the same checklist is used on the admissions ward.",
        // A span of weeks or months ahead opening the clause.
        "Within three months the falls pathway covers the sheltered housing schemes as well.",
        // The next academic year.
        "At the start of the next academic year the transition worker joins the sixth form college.",
    ]);
    // A standard of how fast a thing is done is no step.
    no_step(&[
        "We ring every family back within two weeks of the referral.",
        "Within two weeks of the referral, every family gets a call from the duty worker.",
        "When the contracts ended in April, the befriending scheme moved to the market towns.",
    ]);
}

#[test]
fn in_speech_a_step_after_and_when_and_its_month_is_a_step_with_its_when() {
    a_step_with_its_when(&[
        "he's got his own front door key now and when the new tenancy support contract starts in \
         January the same welcome visit is offered to every new tenant",
        "we talked it through at the panel and once the extra worker arrives in the spring we take \
         the same approach to the hoarding cases",
    ]);
    // Told in the past, or a habit, it is no step.
    no_step(&[
        "and when the survey came back in March the results were better",
        "she was home by then and when the carers' week came round in June we usually had a stall",
    ]);
}

#[test]
fn a_round_the_speaker_is_fixing_for_a_month_is_a_step_with_its_when() {
    a_step_with_its_when(&[
        "The follow-up visits to the eleven families we're fixing for June.",
        "So we're fixing a second drop-in with the carers' centre for October.",
    ]);
}

#[test]
fn a_will_you_question_put_to_others_is_no_step() {
    no_step(&[
        "I went to the landlords' forum and said look if one of us inspects for all of you will \
         you accept it, and six landlords agreed.",
        "I asked the GPs straight out, will they share the frailty list with us, and they did.",
    ]);
    // "You will" and "they will" with a when are still steps.
    a_step(&["They will share the frailty list with us from March."]);
}

#[test]
fn no_ones_plan_or_another_organisations_plan_is_no_step_of_the_speakers() {
    no_step(&[
        "She had been in hospital for a year, and every plan to get her home fell apart at the last minute.",
        "He'd moved four times, and each plan to settle him near his brother came to nothing.",
        "The housing association told us about their plan to rebuild the block, and I went to see \
         the tenants.",
    ]);
    // The speaker's own plan is still one.
    a_step(&["Our plan to extend the scheme to the south team starts in May."]);
}

#[test]
fn a_month_for_what_someone_has_asked_of_us_is_a_step_with_its_when() {
    a_step_with_its_when(&[
        "The tenants' federation has asked us to speak at their AGM in July, and I'm going.",
        "Two GP practices have invited me to run a carers' session in October.",
    ]);
    // Asked of us in the past, it was done or not; it is no step.
    no_step(&["The federation asked us to speak at their AGM in July, and I went."]);
}

#[test]
fn the_next_council_a_case_from_the_spring_a_name_given_an_aim_and_a_document_are_no_step() {
    no_step(&[
        // The neighbouring council, not a step to come.
        "Families on the common moved on often, so they'd slip between our team and the next council \
         along.",
        // Where a case comes from.
        "A story from the autumn. Mrs K had stopped eating after her husband died.",
        // A name given in the telling.
        "There was a lady, Mrs D we'll say, who had lived alone on the farm for forty years.",
        // An aim with no step towards it.
        "We're aiming at a warmer, more personal front door, where callers feel listened to.",
        // What a document says will happen.
        "The carers' charter sets out how the council and the hospital will share news of \
         discharges.",
    ]);
    a_step(&[
        "From the autumn we'll pass every boater's case to one named worker.",
        "I've asked the hospital to share discharge news, and we will review it in March.",
    ]);
}

#[test]
fn we_re_going_closing_a_sentence_that_names_a_month_is_a_step() {
    for text in [
        "The allotment society wants us at their April open day to talk about carers, and we're \
         going",
        "The mosque committee would like a social worker at their Ramadan evening in March, and \
         I'm going.",
    ] {
        let r = read(text);
        assert!(r.then_now_next.next, "{text}: {:?}", r.next_markers);
        assert!(r.next_has_when, "{text}: {:?}", r.next_markers);
    }
    // With no month it says no when, and is left alone.
    no_step(&["They wanted us at the open day, and we went."]);
}

#[test]
fn going_somewhere_an_intention_for_a_state_a_result_foreseen_and_a_name_given_are_no_steps() {
    no_step(&[
        "We opened the drop-in on Tuesdays and I think people are using it instead of going to A&E.",
        "Supervision is in place across the teams and the intention is for it to be reflective.",
        "We know there is more to do, and the new strategy will support a fairer and more joined-up service over time.",
        "An older man, Derek I'll call him, was stuck at home after his fall.",
    ]);
}

#[test]
fn a_review_in_the_present_continuous_and_a_labelled_next_are_steps() {
    a_step(&[
        "We set up the rota last year. We're doing a review of the rota with the union in March",
        "Home care hours\n- Then (May 2025): 300 waiting\n- Now (Nov 2025): 90 waiting\n- Next: ring the carers who had a sitter, April-May",
    ]);
}

#[test]
fn a_time_said_first_and_cut_off_by_commas_dates_the_present_step_after_it() {
    // Strong-19's z08, in sentences written for this test: "Over the summer, before the contract
    // is renewed in September, we repeat ...": the time alone heads the sentence, and the step in
    // the present simple comes after a comma (and a clause it waits on).
    for text in [
        "We rewrote the leaflet with carers last year. In the new year, we send it to every GP surgery.",
        "We rewrote the leaflet with carers last year. Over the spring, once the new system is live, we move the carers' line to the hub.",
    ] {
        let r = read(text);
        assert!(r.then_now_next.next, "{text}: {:?}", r.then_now_next);
    }
    // A habit, or a time gone by, after the same shape stays no step.
    for text in [
        "We rewrote the leaflet with carers last year. Over the summer, we always run a holiday club.",
        "We rewrote the leaflet with carers. In March, we went to the board with it.",
    ] {
        let r = read(text);
        assert!(!r.then_now_next.next, "{text}: {:?}", r.then_now_next);
    }
}

#[test]
fn a_verdict_voiced_with_ill_say_is_no_step_and_come_the_season_is_a_time_to_come() {
    // Written for this test.
    no_step(&[
        "The neighbour kept ringing us. I'll say this for Dev, he never stopped knocking.",
        "She walks to the shop on her own now. I'll say it was the OT's patience more than anything.",
    ]);
    a_step(&[
        "Come the autumn the east team gets the same rota.",
        "The panel wants us back come March, and we've said yes.",
        "I'll say it to the board in May.",
    ]);
}

#[test]
fn a_step_timetabled_in_the_present_is_a_step_whoever_or_whatever_it_names() {
    // Sets X and Y (x33, x46, y33), in sentences written for this test: a body named without "the",
    // "goes before" a board, and a noun described by a past form after the speaker's own step.
    a_step(&[
        "We have drafted the dementia strategy. Scrutiny reviews the final draft in March.",
        "Once the comments are in, the revised policy goes before the safeguarding board in June.",
        "We're adding the two questions to the form used at first contact in the spring.",
    ]);
    // The past stays past: "went before the panel", "the form used at first contact" told as done.
    no_step(&[
        "The revised policy went before the safeguarding board in June.",
        "We added the two questions to the form used at first contact in the spring.",
    ]);
}

#[test]
fn whatever_a_document_sets_out_is_its_content_not_a_step() {
    // Set Y's y61, in a sentence written for this test.
    no_step(&[
        "Our housing strategy for 2026 to 2031 sets out the kinds of homes older people will need as the population ages.",
    ]);
    a_step(&["Our housing strategy sets out the need, and we will take it to cabinet in May."]);
}

#[test]
fn a_step_under_a_next_heading_takes_its_when_from_the_line_below() {
    a_step_with_its_when(&[
        "Reviews moved to a team of four.\n\nNext\n- Re-audit in May, reported to the board in June.",
        "Waits are down to three weeks.\nNext steps:\nThe carers' audit in the autumn.",
    ]);
    // A heading with nothing timed below it still lacks its when.
    let r = read("Waits are down to three weeks.\nNext\n- A second audit of the carers' files.");
    assert!(
        r.then_now_next.next && !r.next_has_when,
        "{:?}",
        r.next_markers
    );
}
