//! A weak spot announced in general words ("What we haven't cracked is...", "What worries me is the
//! rota") is pressed on what follows it, the count of people or cases or the date it turns on, not
//! on the announcing words (probes-11 p08, p09, p10).

use super::tests::first;
use super::*;

#[test]
fn the_count_or_date_after_an_announced_weak_spot_is_pressed() {
    for (answer, said, asks) in [
        (
            "Carers' assessments now happen within four weeks for most carers. What we haven't \
             cracked is carers of people with dementia who live alone. Seven told the carers' \
             forum in June that nobody had offered them a break, and the reason is that our \
             discharge checklist never asks about them.",
            "You said seven told the carers' forum in June that nobody had offered them a break:",
            // The reason told after the count: what is changing, not who puts it right.
            "what has happened for those seven since, and what are you changing so it does not \
             happen again?",
        ),
        (
            "We now have twelve approved mental health professionals on the rota, up from five. \
             What worries me is the night cover. The arrangement with the neighbouring council \
             ends in April, and nobody has said whether it will carry on.",
            "You said the arrangement with the neighbouring council ends in April:",
            "who is seeing to it before April",
        ),
        (
            "Deputyship applications are made within a month now. What we can't see is people \
             whose money is managed by a relative under a power of attorney: no statement \
             reaches us, and five concerns this year where the attorney was also the paid carer.",
            "You said five concerns this year where the attorney was also the paid carer:",
            "what has happened for those five concerns since",
        ),
    ] {
        let a = first(answer);
        assert!(a.ask.starts_with(said), "{answer}\n got: {}", a.ask);
        assert!(a.ask.contains(asks), "{answer}\n got: {}", a.ask);
        // The answer gives the reason: it is not asked why.
        assert!(!a.ask.contains("why"), "{}", a.ask);
    }
}

#[test]
fn what_the_psw_did_or_a_span_of_time_is_no_substance() {
    for answer in [
        "Reviews are on time in three of our four teams. What we haven't got right is the \
         hospital team. We have five agency workers there covering the rota.",
        "Our front door answers most calls first time. What we haven't solved is people who \
         ring through a relay service. The phone system drops any call that is silent for 30 \
         seconds.",
    ] {
        let a = first(answer);
        assert!(!a.ask.contains("those five"), "{}", a.ask);
        assert!(!a.ask.contains("those 30"), "{}", a.ask);
    }
}

#[test]
fn none_of_a_count_after_an_announced_weak_spot_is_said_back() {
    let a = first(
        "Every safeguarding enquiry now has a manager's sign-off within ten days. What we haven't \
         fixed is how enquiries get closed. Team leaders close their own, and when I looked at \
         the summer's closures, not one of the 17 with a family complaint had a second reader.",
    );
    assert!(
        a.ask
            .starts_with("You said none of the 17 with a family complaint had a second reader:"),
        "{}",
        a.ask
    );
    assert!(a.ask.contains("those 17"), "{}", a.ask);
}

#[test]
fn a_weak_spot_whose_cause_is_given_is_not_asked_why() {
    let a = first(
        "Direct payments are offered at every assessment now. What we haven't got right is older \
         people from the Polish community who need home care. Few are referred to us, because \
         the GP practices they use don't know we exist.",
    );
    assert!(
        a.ask
            .starts_with("You said what you haven't got right is older people"),
        "{}",
        a.ask
    );
    assert!(!a.ask.contains("why"), "{}", a.ask);
    assert!(
        a.ask.contains("who is putting it right, by when?"),
        "{}",
        a.ask
    );
}

#[test]
fn the_few_a_weak_spot_did_reach_are_asked_what_stops_more() {
    // "Only four of the 50 were...": the few reached, after the announced weak spot; what holds
    // back the rest is asked, not what happened to the four (probes-11 p13).
    let a = first(
        "We now watch practice on home visits, not only read files. The honest limit is that \
         practitioners choose the visits we join. Only four of the 50 were visits to people in \
         crisis.",
    );
    assert!(
        a.ask
            .starts_with("You said only four of the 50 were visits to people in crisis:"),
        "{}",
        a.ask
    );
    assert!(a.ask.contains("what is stopping more"), "{}", a.ask);
    assert!(!a.ask.contains("those four"), "{}", a.ask);
}

#[test]
fn an_age_after_an_announced_weak_spot_is_no_count_of_people() {
    // "Most members are over 60": an age, not 60 people to ask about (probes-8 p12's "mostly over
    // 60", "nobody under 40"); "over 60 people" is still a count.
    for a in anchors(
        "Our carers' panel meets monthly and has changed two policies this year. What worries me \
         is who sits on it. Most members are over 60, and none of them works.",
    ) {
        assert!(!a.ask.contains("those 60"), "{}", a.ask);
    }
    let a = first(
        "Our carers' panel meets monthly and has changed two policies this year. What worries me \
         is the waiting list. Over 60 people have waited more than a year for a carer's \
         assessment.",
    );
    assert!(a.ask.contains("those 60 people"), "{}", a.ask);
}

/// A weak spot announced, its scene set with a count that harmed nobody, and only then the count of
/// people who came off worse: the assessor pressed that count (probes-12 p01, p09). Sentences
/// written for this test.
#[test]
fn the_count_of_people_who_came_off_worse_is_pressed_over_the_scene_before_it() {
    for (answer, said, asks) in [
        (
            "Our day team's decisions now agree with each other nearly every time. What I haven't \
             got a grip on is the out-of-hours team. It covers us and two other boroughs from a \
             base in Hallam, and it has never joined our sessions. In October I read 30 of its \
             decisions: 8 were closed with no visit where our day team would have gone out.",
            "You said 8 were closed with no visit where your day team would have gone out:",
            "what has happened for those 8 since",
        ),
        (
            "Most people who ask for equipment have it within a week. The gap is older men who \
             live alone. In the market towns the district nurses pick most of them up at their \
             clinics. Since June, 14 men have refused a first visit after a letter they did not \
             expect.",
            "You said 14 men have refused a first visit after a letter they did not expect:",
            "what has happened for those 14 men since",
        ),
    ] {
        let a = first(answer);
        assert!(a.ask.starts_with(said), "{answer}\n got: {}", a.ask);
        assert!(a.ask.contains(asks), "{answer}\n got: {}", a.ask);
    }
}

/// The same count, when the answer goes on to tell its fix and who owns it, is not asked who is
/// putting it right, by when: that re-asks what the answer gives (insight-strong-10 z08).
#[test]
fn a_later_count_whose_fix_is_owned_is_not_asked_who_puts_it_right() {
    let answer = "What worries me most is how we review people in supported living. Families told \
                  the board last spring that reviews felt rushed. I read 40 of them: 17 ended with \
                  no change to the support although the person's needs had moved on. Since March \
                  every review is done face to face with the person's own circle invited, and the \
                  re-audit in September found 5 of 38. The head of service owns the plan, and we \
                  audit again in May.";
    let a = first(answer);
    assert!(
        !a.ask.contains("who is putting it right, by when"),
        "{}",
        a.ask
    );
}

#[test]
fn the_ask_after_a_count_fits_what_the_answer_leaves_open() {
    // A partner named with the count: what has been agreed with them.
    let a = super::tests::first(
        "What we haven't solved is discharge at weekends. 15 people went home from the ward \
         before the provider had confirmed a first visit.",
    );
    assert_eq!(
        a.ask,
        "You said 15 people went home from the ward before the provider had confirmed a first \
         visit: what has happened for those 15 people since, and what have you agreed with the \
         provider to put it right?"
    );
    // The cause told after the count: what is changing so it does not happen again.
    let a = super::tests::first(
        "What we haven't solved is reviews for people placed out of county. 21 people have not \
         been seen this year, and the reason is that nobody owns the travel budget.",
    );
    assert_eq!(
        a.ask,
        "You said 21 people have not been seen this year: what has happened for those 21 people \
         since, and what are you changing so it does not happen again?"
    );
    assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
}
