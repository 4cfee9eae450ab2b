//! Staff the weak spot leaves out are asked what is changing for them, not the stock "what does
//! that mean for the people they work with"; people the PSW has lost touch with are asked who would
//! know if harm came to them, not "how do you know they are safe" (issue 23, probes-18 p03, p05,
//! p11). Every sentence here is written for the test.

use super::tests::first;

#[test]
fn staff_left_out_of_support_are_asked_what_is_changing_for_them() {
    let answer = "the thing I'd point to is the practice panel. it meets every fortnight, anyone \
                  can bring a case, and a carer sits on it and is paid for it. we've had fourteen \
                  so far and sixty two different workers have come, and most said afterwards \
                  they'd gone back and done something differently. the bit that isn't working is \
                  the night staff and the sensory team, they've been to two between them, the \
                  time doesn't suit them and I haven't found one that does";
    let ask = first(answer).ask;
    assert!(
        ask.contains("the night staff and the sensory team"),
        "{ask}"
    );
    assert!(
        ask.contains("what are you changing for them, by when?"),
        "{ask}"
    );
    assert!(!ask.contains("the people they work with"), "{ask}");
}

#[test]
fn staff_hosted_by_a_partner_are_asked_what_is_being_agreed_with_it() {
    let answer = "We rewrote the review letters with a group of carers. Before, people got a page \
                  of jargon; now they get what was agreed in plain words within a week. In our own \
                  teams 70 of 80 letters went out on time last quarter. What it hasn't reached is \
                  the learning disability workers hosted by the health trust: they weren't part of \
                  the rewrite, and when I looked, 4 of 20 people had a letter at all.";
    let ask = first(answer).ask;
    assert!(
        ask.ends_with("what are you agreeing with the trust to put that right, and by when?"),
        "{ask}"
    );
}

#[test]
fn staff_whose_work_nobody_has_audited_are_asked_for_assurance() {
    let answer = "Our hoarding protocol came in two years ago. Each case gets a joint visit with \
                  the fire service within ten days, and the plan is reviewed at three months. \
                  We've used it with 64 people so far, and only two have had a fire since. The \
                  weak spot is the housing support staff at the two big providers: 30 of their \
                  workers have done the training, but we don't have any audit figures from them.";
    let ask = first(answer).ask;
    assert!(
        ask.contains("how do you get assurance about the practice people get from them"),
        "{ask}"
    );
    assert!(!ask.contains("the people they work with"), "{ask}");
}

#[test]
fn people_the_psw_has_lost_touch_with_are_not_asked_how_they_are_known_to_be_safe() {
    let answer = "The route we built for people leaving prison starts before release. A social \
                  worker meets them inside, the flat is found before the day, and someone is at \
                  the gate. Last year 26 people came out that way, and 21 were still in their \
                  tenancy after six months. What worries me is afterwards. Once the probation \
                  support stops there's nothing, and we've lost touch with five of them.";
    let ask = first(answer).ask;
    assert!(ask.contains("lost touch with five of them"), "{ask}");
    assert!(
        ask.contains("who would know now if something went wrong"),
        "{ask}"
    );
    assert!(!ask.contains("how do you know they are safe"), "{ask}");
    assert!(
        !ask.contains("what has happened for those five since"),
        "{ask}"
    );
}

#[test]
fn a_team_left_out_of_what_the_answer_told_is_asked_what_it_leans_on() {
    let answer = "The rule since spring is that no worker visits a hoarding case alone the first \
                  time. A second worker from another team goes too, and the fire service joins \
                  where there's a risk of fire. Over the year 64 visits were paired, and the staff \
                  survey share saying they feel safe on those visits went from 41% to 72%. The \
                  gap is the out of hours team. They see the worst of it at weekends, and they \
                  aren't in the pairing at all, because there are only three of them on a shift.";
    let ask = first(answer).ask;
    assert!(
        ask.ends_with(
            "what do they have to lean on now, and what are you changing for them, by when?"
        ),
        "{ask}"
    );
    assert!(!ask.contains("riskiest cases"), "{ask}");
}
