//! Figures offered as proof that an assessor tests: people taken off a list (who checks on them
//! now?), complaints or challenges counted (tell us about one), and a change offered as the
//! difference made (how do you know it was your work?).

use super::frame::pick;
use super::read::{Reading, anchor, said_slot};
use super::{Anchor, Shape};

const CLOSED: &[&str] = &[
    "closed",
    "discharged",
    "removed",
    "withdrawn",
    "ended",
    "stepped",
    "signed",
    // Care cut back: "Seventeen were reduced" at a funding panel.
    "reduced",
];

/// "You said 160 were closed: who now checks that things stay right for those people...?"
pub(super) fn find_closed(r: &Reading) -> Option<Anchor> {
    let i = (0..r.toks.len()).find(|&i| {
        r.value(i).is_some_and(|v| v >= 2.0)
            && !r.is_year(i)
            && r.percent_at(i).is_none()
            && matches!(r.n(i + 1), "were" | "have" | "had")
            && (CLOSED.contains(&r.n(i + 2))
                || r.n(i + 2) == "been" && CLOSED.contains(&r.n(i + 3)))
            && !matches!(r.n(i + 3), "off" | "up")
            && r.claims(i)
    })?;
    let verb = if r.n(i + 2) == "been" { i + 4 } else { i + 3 };
    // "four of the 25 were closed": the closed are the four, said back with their whole.
    let part = match (r.n(i.wrapping_sub(1)), r.n(i.wrapping_sub(2))) {
        ("the", "of") if i >= 3 && r.value(i - 3).is_some() => i - 3,
        ("of", _) if i >= 2 && r.value(i - 2).is_some() => i - 2,
        _ => i,
    };
    let quote = said_slot(r, part, verb)?;
    let n = r.raw(part, part + 1);
    let tail = pick(
        &quote,
        &[
            "who now checks that things stay right for those people, and what happens if one of them needs you again?",
            "what has happened for those people since, and who would notice if things changed for them?",
        ],
    );
    anchor(
        r,
        Shape::Closed,
        (part, verb),
        r.raw(part, verb),
        format!("asking who checks on the {n} now"),
        format!("You said {quote}: {tail}"),
    )
}

/// Things counted that each hold a lesson.
const LESSONS: &[&str] = &[
    "threats",
    "challenges",
    "complaints",
    "incidents",
    "appeals",
    "disputes",
    "errors",
    "sars",
    "judgments",
    "findings",
];

/// "Tell us about one of those three judicial review threats: what did it show...?"
pub(super) fn find_learning(r: &Reading) -> Option<Anchor> {
    counted_lessons(r).or_else(|| case_shared(r))
}

/// Where a case may be taken to teach from: "we used the case in our practice forum".
const TAUGHT_AT: &[&str] = &[
    "forum",
    "forums",
    "training",
    "supervision",
    "briefing",
    "briefings",
    "bulletin",
    "session",
    "sessions",
    "induction",
];

/// "We used the case in our practice forum to talk about making safeguarding personal": a case
/// shared is not yet practice changed. "...what changed in practice afterwards, and how do you know?"
fn case_shared(r: &Reading) -> Option<Anchor> {
    let i = (0..r.toks.len()).find(|&i| {
        matches!(r.n(i), "used" | "shared" | "took" | "brought")
            && (matches!(r.n(i + 1), "it" | "this")
                || matches!(r.n(i + 1), "the" | "that" | "this") && r.n(i + 2) == "case")
            && r.claims(i)
    })?;
    let (s0, s1) = r.sentence(i);
    if !r.has_in(i, s1, TAUGHT_AT) || r.difference_near(i) {
        return None;
    }
    let (a, end) = r.phrase(i);
    if a < s0 {
        return None;
    }
    let quote = said_slot(r, a, end)?;
    if quote.split_whitespace().count() > 16 {
        return None;
    }
    anchor(
        r,
        Shape::Learning,
        (a, end),
        r.raw(i, (i + 3).min(end)),
        "asking what it changed in practice".to_string(),
        format!("You said {quote}: what changed in practice afterwards, and how do you know?"),
    )
}

/// "Tell us about one of those three judicial review threats".
fn counted_lessons(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|i| {
        let v = r.value(i)?;
        if !(1.0..=60.0).contains(&v) || r.is_year(i) || r.percent_at(i).is_some() || !r.claims(i) {
            return None;
        }
        if matches!(r.n(i.wrapping_sub(1)), "from" | "to" | "than" | "of" | "in") {
            return None;
        }
        // The noun phrase after the figure: "three judicial review threats", "two upheld complaints".
        let end = (i + 2..(i + 5).min(r.toks.len() + 1)).find(|&e| {
            LESSONS.contains(&r.n(e - 1)) && r.toks[i + 1..e].iter().all(|t| t.is_word())
        })?;
        let what = super::frame::slot(r.text, &r.toks, i, end)?;
        let tail = pick(
            &what,
            &[
                "what did it show about practice, and what changed afterwards?",
                "what did it teach you, and what is different now because of it?",
            ],
        );
        anchor(
            r,
            Shape::Learning,
            (i, end),
            r.raw(i, end),
            "asking what one of them taught you".to_string(),
            format!("Tell us about one of those {what}: {tail}"),
        )
    })
}

const MOVED: &[&str] = &[
    "fell",
    "dropped",
    "rose",
    "reduced",
    "increased",
    "decreased",
    "improved",
    "went",
    "grew",
    "cut",
];

/// "You said emergency admissions for that group fell by 22%: how do you know that is down to the
/// team...?"
pub(super) fn find_attribution(r: &Reading) -> Option<Anchor> {
    let i = (0..r.toks.len()).find(|&i| {
        (MOVED.contains(&r.n(i)) && r.n(i + 1) == "by" && r.value(i + 2).is_some()
            || matches!(r.n(i), "halved" | "doubled"))
            && r.claims(i)
    })?;
    let (a, end) = r.phrase(i);
    if matches!(r.n(a), "it" | "this" | "that" | "they" | "which") || a == i {
        return None;
    }
    // Only the words up to the change and what it was measured against.
    let stop = (i + 1..end)
        .find(|&k| matches!(r.n(k), "after" | "because" | "since" | "when" | "on"))
        .unwrap_or(end);
    let quote = said_slot(r, a, stop)?;
    // The change said back: "fell by 18%", or "halved" alone (not "halved in the").
    let said = if matches!(r.n(i), "halved" | "doubled") {
        r.raw(i, i + 1)
    } else {
        r.raw(i, (i + 3).min(stop))
    };
    // The change comes with its source ("the falls team tells us", "police data shows"): how
    // they know is said, so what is pressed is what else could explain it, and whether it lasts.
    if r.source_near(i) {
        return anchor(
            r,
            Shape::Attribution,
            (a, stop),
            said,
            "asking what else could explain the change".to_string(),
            format!(
                "You said {quote}: what else could explain that change, and what would tell you if it started to slip back?"
            ),
        );
    }
    let people = if r.any_people(0, r.toks.len()) {
        "what do the people involved say about it?"
    } else {
        "what do people who draw on care say has changed?"
    };
    let lead = pick(
        &quote,
        &[
            "how do you know that is down to what you did and not something else, and",
            "what else could explain that change, and",
        ],
    );
    anchor(
        r,
        Shape::Attribution,
        (a, stop),
        said,
        "asking how you know the change is your doing".to_string(),
        format!("You said {quote}: {lead} {people}"),
    )
}

#[cfg(test)]
mod tests {
    use super::super::{Shape, anchors};

    fn find(answer: &str, shape: Shape) -> super::super::Anchor {
        anchors(answer)
            .into_iter()
            .find(|a| a.shape == shape)
            .unwrap_or_else(|| panic!("no {shape:?} for: {answer}"))
    }

    #[test]
    fn people_taken_off_a_list_are_asked_about() {
        let a = find(
            "We reviewed every open case on the list. 85 were closed because the person's needs \
             had been met.",
            Shape::Closed,
        );
        assert!(a.ask.starts_with("You said 85 were closed:"), "{}", a.ask);
    }

    #[test]
    fn a_count_of_challenges_is_asked_for_one_of_them() {
        let a = find(
            "We run Care Act training every year and had two judicial review threats last year.",
            Shape::Learning,
        );
        assert!(
            a.ask
                .starts_with("Tell us about one of those two judicial review threats:"),
            "{}",
            a.ask
        );
    }

    #[test]
    fn a_change_offered_as_the_difference_is_asked_whose_it_is() {
        let a = find(
            "The falls team saw 300 people. Ambulance call-outs for falls fell by 18% on the \
             ambulance trust's figures.",
            Shape::Attribution,
        );
        assert!(
            a.ask
                .starts_with("You said ambulance call-outs for falls fell by 18%:"),
            "{}",
            a.ask
        );
    }
}
