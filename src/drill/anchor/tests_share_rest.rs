//! The rest of the one share a middling answer gives is pressed first: where the rest are and what
//! is done for them (probes-23 p15, p17, p20). A change, a share of things or a share beside a weak
//! spot the answer admits is not.

use super::*;

#[test]
fn a_middling_answers_one_share_is_pressed_on_its_rest() {
    for (answer, said) in [
        (
            "Fairly well supported, on the whole. In this year's staff survey 68% of frontline staff \
             agreed their manager supports them. There's a wellbeing offer. I run a reflective space.",
            "You said 68% of frontline staff agreed their manager supports them: what lies behind the other 32%, is it concentrated in any team or group,",
        ),
        (
            "Mainly through audit. Every quarter we audit a sample of enquiries, and in the latest \
             round 85% came out as good or outstanding. The findings come to the group I chair. We act on them.",
            "You said 85% came out as good or outstanding: what lies behind the other 15%,",
        ),
        (
            "Every person gets an indicative budget.\n- 28% take a direct payment; prepaid cards for \
             most of them\n- Guidance updated in 2025\n- Practitioners talk through what matters",
            "You said 28% take a direct payment: of the other 72%, how many were offered it and chose something else,",
        ),
    ] {
        let ask = first(answer);
        assert!(ask.starts_with(said), "{answer}\n{ask}");
        assert_eq!(well_formed(&ask), Ok(()), "{ask}");
    }
}

#[test]
fn a_change_a_share_of_things_or_an_admitted_weak_spot_goes_before_a_rest() {
    for answer in [
        "Emergency admissions for that group fell by 22% compared with the year before. We are \
         pleased with it.",
        "We've had about 12% more contacts this year than last. It has been a busy year.",
        "40% of assessments now use the shorter record. Managers check a sample.",
        "Risk was the weakest area, and we are working on it. 66% were rated good or better.",
    ] {
        assert!(
            !asks(answer)
                .iter()
                .any(|a| a.contains("lies behind the other")),
            "{answer}\n{:?}",
            asks(answer)
        );
    }
}
