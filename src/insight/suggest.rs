//! The next steps after an answer: two or three short, kind suggestions, computed from the findings,
//! so a suggestion never asks for what a finding says is there.

use super::render::{duration, one_line};
use super::report::{ConfidentialKind, PartCoverage, Report};

/// What the suggestions are chosen from, beyond the report itself.
pub(crate) struct Facts<'a> {
    pub report: &'a Report,
    /// "We have a transitions protocol": said where what was done is wanted, when nothing was done.
    pub has_not_did: Option<String>,
    /// What was said, quoted, to press on when the reading finds no action, change or source.
    pub heard: super::heard::Heard,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Question {
    Done,
    Difference,
    Evidence,
}

impl Question {
    fn of(part: &PartCoverage) -> Option<Question> {
        match part.id.to_ascii_lowercase().as_str() {
            "done" => Some(Question::Done),
            "difference" => Some(Question::Difference),
            "evidence" => Some(Question::Evidence),
            _ => None,
        }
    }
}

/// A candidate next step and what it is about, so the list can be cut to three sensibly.
#[derive(Debug, PartialEq, Eq)]
enum About {
    Question(Question),
    /// Difference and evidence said together.
    DifferenceAndEvidence,
    /// Several empty parts, named together.
    EmptyParts,
    ForPeople,
}

/// "in 'What difference has it made?'" for answers given as parts, "on line 3" otherwise: the joined
/// text of the parts, and so its lines, is never shown to the speaker.
fn place_in(r: &Report, byte: usize, line: usize) -> String {
    if r.parts.is_empty() {
        return format!("on line {line}");
    }
    match r.parts.iter().find(|p| p.start <= byte && byte <= p.end) {
        Some(p) if p.id.to_ascii_lowercase().starts_with("follow") => {
            "in your follow-up answer".to_string()
        }
        Some(p) => format!("in '{}'", p.label),
        None => "in your answer".to_string(),
    }
}

/// Two or three short, concrete, kind next steps, the most important first: identifying details, then
/// the three questions, then unexplained acronyms and softeners (always given a place when there is an
/// acronym or two softeners or more), then then-now-next, length and people.
pub(crate) fn suggestions(facts: &Facts) -> Vec<String> {
    const MAX: usize = 3;
    let r = facts.report;
    let kp = r.key_points;

    let head = confidentiality_step(r);
    let style = style_step(r);
    let room = MAX - head.iter().count() - style.iter().count();
    let mut questions = question_steps(facts);
    // Too many: the tie to people goes first, then difference and evidence are said together.
    if questions.len() > room {
        questions.retain(|(about, _)| *about != About::ForPeople);
    }
    if questions.len() > room {
        let has = |q: Question| {
            questions
                .iter()
                .position(|(about, _)| *about == About::Question(q))
        };
        if let (Some(d), Some(e)) = (has(Question::Difference), has(Question::Evidence)) {
            questions[d] = (
                About::DifferenceAndEvidence,
                if kp {
                    "Your key points do not yet include what difference it made or how you know: jot what is better for people, and a figure or what they told you.".to_string()
                } else if let Some(q) = heard_said(facts) {
                    format!("You say \"{q}\": compare it with before, and say where it comes from.")
                } else {
                    "Say what difference it made for people and carers, and how you know: a figure, an audit finding, or what they told you.".to_string()
                },
            );
            questions.remove(e);
        }
    }
    questions.truncate(room);

    let mut out: Vec<String> = head.into_iter().collect();
    out.extend(thin_step(r));
    out.extend(questions.into_iter().map(|(_, s)| s));
    out.extend(style);
    // Every part left empty: the one step that says so is all there is to say; asking then for the
    // change over time or what comes next asks again for what that step asked for.
    let asked: Vec<&PartCoverage> = r
        .parts
        .iter()
        .filter(|p| Question::of(p).is_some())
        .collect();
    let all_empty = asked.len() >= 3 && asked.iter().all(|p| p.empty);
    if !all_empty {
        out.extend(later_steps(r, facts.heard.later_figure.as_deref()));
    }
    // Two steps that say the same thing in other words are one step: tying the change to people
    // already asks to bring people in.
    if out.iter().any(|s| {
        s.starts_with("Tie the change to people")
            || s.starts_with("You mention ")
            || s.starts_with("Your key points do not yet tie")
    }) {
        out.retain(|s| {
            !s.starts_with("Bring in the people")
                && !s.starts_with("Your key points do not yet mention people")
        });
    }
    // "You say ...: compare it with before" already asks where things were: a later step asking
    // for the before, or for the change over time, asks it again (walk 2026-12-07c row 16).
    if out.iter().any(|s| s.contains(": compare it with before")) {
        out.retain(|s| {
            !s.starts_with("Say where things were before")
                && !s.starts_with("Show the change over time")
        });
    }
    let mut seen: Vec<String> = Vec::new();
    out.retain(|s| {
        let key = s.to_lowercase();
        let repeat = seen.contains(&key);
        seen.push(key);
        !repeat
    });
    out.truncate(MAX);

    if out.len() < 2 {
        let covers = r.covers;
        let all_three = covers.done && covers.difference && covers.evidence;
        out.push(match (kp, all_three) {
            (false, true) => "This answers all three questions: keep it, and practise saying it aloud until it flows.",
            (false, false) => "Practise it aloud, then check it again to see what has changed.",
            (true, true) => "Your key points cover all three questions: now say the answer aloud from them, in full sentences.",
            (true, false) => "Say the answer aloud from your key points, then check them again.",
        }.to_string());
    }
    if out.len() < 2 {
        out.push(
            "Have the source of each figure to hand, in case the assessor asks to see it."
                .to_string(),
        );
    }
    out
}

fn confidentiality_step(r: &Report) -> Option<String> {
    match r.confidentiality.as_slice() {
        [] => None,
        [only] => Some(format!(
            "Take out the {} {} and {}",
            only.kind.label(),
            place_in(r, only.start, only.line),
            if only.kind == ConfidentialKind::Address {
                "say where in general instead: \"a flat near the town centre\"."
            } else {
                "describe the person instead (for example, their age band and situation)."
            }
        )),
        [first, ..] if r.parts.is_empty() => Some(format!(
            "Take out the {} identifying details (the first is on line {}) and describe the person instead.",
            r.confidentiality.len(),
            first.line
        )),
        all => {
            let mut places: Vec<String> = Vec::new();
            for c in all {
                let p = place_in(r, c.start, c.line);
                let p = p.strip_prefix("in ").unwrap_or(&p).to_string();
                if !places.contains(&p) {
                    places.push(p);
                }
            }
            let places: Vec<&str> = places.iter().map(String::as_str).collect();
            Some(format!(
                "Take out the {} identifying details (in {}) and describe the person instead.",
                all.len(),
                join_words(&places)
            ))
        }
    }
}

/// What is missing from the answer as a whole, in the order the questions are asked, with empty parts
/// named: first when their question is not answered anywhere, after the missing questions when it is.
fn question_steps(facts: &Facts) -> Vec<(About, String)> {
    let r = facts.report;
    let kp = r.key_points;
    let mut out: Vec<(About, String)> = Vec::new();

    let empty: Vec<(&PartCoverage, Question)> = r
        .parts
        .iter()
        .filter(|p| p.empty)
        .filter_map(|p| Question::of(p).map(|q| (p, q)))
        .collect();
    let is_empty = |q: Question| empty.iter().any(|(_, e)| *e == q);
    let jot = if kp { "jot" } else { "add" };
    let mut empty_step: Option<String> = None;
    match empty.as_slice() {
        [] => {}
        [(p, q)] => {
            let what = match (q, kp) {
                (Question::Done, false) => {
                    "say what you did yourself, e.g. \"I set up…\", \"we introduced…\"."
                }
                (Question::Done, true) => "jot what you did, e.g. \"set up carers' forum\".",
                (Question::Difference, false) => {
                    "say what is better for people and carers now, and by how much."
                }
                (Question::Difference, true) => {
                    "jot what is better for people now, and by how much."
                }
                (Question::Evidence, false) if r.covers.evidence => {
                    "say there where your figures come from, or what people told you."
                }
                (Question::Evidence, true) if r.covers.evidence => {
                    "jot where your figures come from, or what people told you."
                }
                (Question::Evidence, false) => {
                    "add a figure, an audit finding, or what people told you."
                }
                (Question::Evidence, true) => {
                    "jot a figure, an audit finding, or what people told you."
                }
            };
            empty_step = Some(format!("Your '{}' part is empty: {what}", p.label));
        }
        [_, _, _] => {
            empty_step = Some(format!(
                "All three parts are empty: {jot} what you did, what changed for people, and how you know."
            ))
        }
        several => {
            let labels: Vec<String> = several
                .iter()
                .map(|(p, _)| format!("'{}'", p.label))
                .collect();
            let labels: Vec<&str> = labels.iter().map(String::as_str).collect();
            let tails: Vec<&str> = several
                .iter()
                .map(|(_, q)| match q {
                    Question::Done => "what you did",
                    Question::Difference => "what changed for people",
                    Question::Evidence => "how you know (a figure, an audit, feedback)",
                })
                .collect();
            empty_step = Some(format!(
                "Your {} parts are empty: {jot} {}.",
                join_words(&labels),
                join_words(&tails)
            ));
        }
    }

    let part = |q: Question| {
        r.parts
            .iter()
            .find(|p| !p.empty && Question::of(p) == Some(q))
    };

    if !r.covers.done && !is_empty(Question::Done) {
        let text = match (&facts.has_not_did, kp, part(Question::Done)) {
            (Some(have), true, _) => format!(
                "Your key points say what exists (\"{have}\"), not what you did: jot your part, e.g. \"wrote it\", \"led it\"."
            ),
            (Some(have), false, Some(p)) => format!(
                "Your '{}' part says what exists (\"{have}\"), not what you did: try \"I wrote…\", \"we introduced…\", \"I led…\".",
                p.label
            ),
            (Some(have), false, None) => format!(
                "Say what you did, not what exists (\"{have}\"): try \"I wrote…\", \"we introduced…\", \"I led…\"."
            ),
            (None, true, _) => "Your key points do not yet include what you did yourself: jot the action, e.g. \"set up carers' forum\".".to_string(),
            (None, false, Some(p)) => match &facts.heard.own {
                Some(own) => format!(
                    "Make your own part plain: you say \"{own}\"; open '{}' with what you did.",
                    p.label
                ),
                None => format!(
                    "Your '{}' part does not yet say what you did yourself: try \"I set up…\", \"we introduced…\", \"I led…\".",
                    p.label
                ),
            },
            // Something said in the first person: the reading found no action in it, which may be the
            // reading's fault, so press on it rather than say the action is missing.
            (None, false, None) => match &facts.heard.own {
                // "I advise on practice": a role, read as the speaker's own part; what is missing is
                // something done in it.
                Some(own) if !r.own_part_markers.is_empty() => format!(
                    "You say \"{own}\": add one thing you did in that part, e.g. \"I set up…\", \"I led…\"."
                ),
                Some(own) => format!(
                    "Make your own part plain: you say \"{own}\"; open with what you did, in a few words."
                ),
                None if !r.own_part_markers.is_empty() => "Add one thing you did in your part: \"I set up…\", \"I led…\", \"I changed…\".".to_string(),
                None => "Start with what you did yourself: \"I set up…\", \"we introduced…\", \"I led…\".".to_string(),
            },
        };
        out.push((About::Question(Question::Done), text));
    }
    if !r.covers.difference && !is_empty(Question::Difference) {
        let text = match (kp, part(Question::Difference), heard_said(facts)) {
            (true, _, _) => "Your key points do not yet include what difference it made: jot what is better for people now, and by how much.".to_string(),
            (false, Some(_), Some(q)) => format!(
                "You say \"{q}\": compare it with before, so the difference for people shows."
            ),
            (false, Some(p), None) => format!(
                "Your '{}' part does not yet say what changed: what is better for people and carers now, and by how much?",
                p.label
            ),
            (false, None, Some(q)) => format!(
                "You say \"{q}\": compare it with before, so the difference for people shows."
            ),
            (false, None, None) if !r.speaks_of_people() => "Say what difference it made for people and carers: what is better for them now, and by how much.".to_string(),
            (false, None, None) => "Say what changed as a result: for the people and carers you mention, what is better now?".to_string(),
        };
        out.push((About::Question(Question::Difference), text));
    }
    if !r.covers.evidence && !is_empty(Question::Evidence) {
        let text = match (kp, part(Question::Evidence)) {
            (true, _) => "Your key points do not yet include how you know: jot a figure, an audit finding, or what people told you.".to_string(),
            (false, Some(p)) => format!(
                "Your '{}' part has no evidence in it yet: add a figure, an audit finding, or what people told you.",
                p.label
            ),
            // Press on a report or a figure said rather than ask for evidence as if none were given.
            (false, None) => match (&facts.heard.reported, &facts.heard.figure) {
                (Some(q), _) => format!(
                    "You say \"{q}\": add how often you hear it, or a figure that backs it."
                ),
                (None, Some(q)) => format!(
                    "You say \"{q}\": say where that figure comes from and when it was counted."
                ),
                (None, None) => "Add how you know: a figure, an audit finding, or what people told you.".to_string(),
            },
        };
        out.push((About::Question(Question::Evidence), text));
    }
    if let Some(step) = empty_step {
        let covered = |q: Question| match q {
            Question::Done => r.covers.done,
            Question::Difference => r.covers.difference,
            Question::Evidence => r.covers.evidence,
        };
        if empty.iter().all(|(_, q)| covered(*q)) {
            out.push((About::EmptyParts, step));
        } else {
            out.insert(0, (About::EmptyParts, step));
        }
    }
    if r.covers.difference && !r.difference_for_people {
        out.push((
            About::ForPeople,
            match (kp, r.people_mentions.first()) {
                (true, _) => "Your key points do not yet tie the change to people: jot what it meant for someone who draws on care.".to_string(),
                // People are named but the change is not said of them: press on what was said rather
                // than ask as if no one were there (issue 17 item 2).
                // A possessive ("the person's own words") is quoted only as the word it owns from, so
                // it would read "You mention person's": the plain line fits it better.
                (false, Some(p))
                    if !p.text.trim().contains(char::is_whitespace)
                        && p.text.len() <= 30
                        && !p.text.trim_end().ends_with("'s")
                        && !p.text.trim_end().ends_with("\u{2019}s") =>
                {
                    format!(
                    "You mention {}: say what the change meant for them, or for one person or carer.",
                    as_named(&p.text)
                )
                }
                // The reader model is sure of people the rules found no words for: ask about them
                // without quoting, and without asking as if there were none.
                (false, None) if r.speaks_of_people() => "Say what the change meant for the people in your answer: what is better now for one person or carer?".to_string(),
                (false, _) => "Tie the change to people: what does it mean for someone who draws on care, or their carer?".to_string(),
            },
        ));
    }
    out
}

/// A people word as the suggestion says it: in lower case ("Carers" opening a sentence is
/// "carers"), but a name given for the telling ("I'll call him Frank") keeps its capital.
fn as_named(text: &str) -> String {
    let lower = one_line(text).to_lowercase();
    let toks = super::words::tokens(&lower);
    let lexicon = super::Lexicon::bundled();
    let a_people_word = !super::words::all_matches(lexicon.m().people.as_ref(), &toks).is_empty();
    if a_people_word || !text.starts_with(char::is_uppercase) {
        lower
    } else {
        one_line(text)
    }
}

/// A figure or a report said where no change was read, to press on (issue 17 item 2): the figure
/// first, since a change is most often told in figures.
fn heard_said<'a>(facts: &'a Facts) -> Option<&'a String> {
    facts
        .heard
        .figure
        .as_ref()
        .or(facts.heard.reported.as_ref())
}

/// Unexplained acronyms and softeners, in one step when there are both.
fn style_step(r: &Report) -> Option<String> {
    let acronyms: Vec<&str> = r
        .unexplained_acronyms
        .iter()
        .take(3)
        .map(|a| a.text.as_str())
        .collect();
    let softeners: Vec<String> = if r.hedges.len() >= 2 {
        let mut words: Vec<String> = Vec::new();
        for h in &r.hedges {
            let w = one_line(&h.text).to_lowercase();
            let w = if w == "i" || w.starts_with("i ") || w.starts_with("i'") {
                format!("I{}", &w[1..])
            } else {
                w
            };
            if !words.contains(&w) {
                words.push(w);
            }
        }
        words.iter().take(2).map(|w| format!("\"{w}\"")).collect()
    } else {
        Vec::new()
    };
    let softeners: Vec<&str> = softeners.iter().map(String::as_str).collect();
    let kp = r.key_points;
    match (acronyms.is_empty(), softeners.is_empty()) {
        (true, true) => None,
        (false, true) if kp => Some(format!(
            "Say {} in full the first time: assessors will not know local shorthand.",
            join_words(&acronyms)
        )),
        (false, true) => Some(format!(
            "Spell out {} the first time: assessors will not know local shorthand.",
            join_words(&acronyms)
        )),
        (true, false) => Some(format!(
            "Let the work speak for itself: drop softeners such as {} and say plainly what you did and know.",
            join_words(&softeners)
        )),
        (false, false) => Some(format!(
            "{} {} the first time, and drop softeners such as {}: say plainly what you did.",
            if kp { "Say in full" } else { "Spell out" },
            join_words(&acronyms),
            join_words(&softeners)
        )),
    }
}

/// Then-now-next, length and people: worth saying when the questions are answered. `later` is a
/// figure said after where things were, which may be where they stand (see [`super::heard::Heard`]).
fn later_steps(r: &Report, later: Option<&str>) -> Vec<String> {
    let kp = r.key_points;
    let mut out: Vec<String> = Vec::new();
    let tnn = r.then_now_next;
    let pick = |written: &str, key_points: &str| if kp { key_points } else { written }.to_string();
    if !tnn.then && !tnn.now {
        out.push(pick(
            "Show the change over time: where things were when you started, and where they are now.",
            "Your key points do not yet show the change over time: where things were, and where they are now.",
        ));
    } else if !tnn.then {
        out.push(pick(
            "Say where things were before, so the change shows: \"When I came into post, ...\"",
            "Your key points do not yet include where things were before you started.",
        ));
    } else if let (false, false, Some(q)) = (tnn.now, kp, later) {
        out.push(format!(
            "You say \"{q}\": say whether that is where things stand today."
        ));
    } else if !tnn.now {
        out.push(pick(
            "Say where things stand today, with the latest figure if you have it.",
            "Your key points do not yet include where things stand today, with the latest figure.",
        ));
    }
    if !tnn.next {
        out.push(pick(
            "Close with what comes next, who owns it and how you will know it is working.",
            "Your key points do not yet include what comes next and who owns it.",
        ));
    }
    let asks_for_a_case =
        r.example_markers.is_empty() && r.covers.done && r.covers.difference && r.covers.evidence;
    let mut room_for_a_case: Option<String> = None;
    if r.over_target && r.target_seconds.is_none() {
        let target_words = r.length_target_seconds as usize * super::WORDS_PER_MINUTE as usize / 60;
        out.push(format!(
            "Tighten it: at about {} it runs past the usual {}; cut about {} words of background.",
            duration(r.speaking_seconds),
            duration(r.length_target_seconds),
            r.word_count.saturating_sub(target_words).max(10)
        ));
    }
    if let (Some(target), false) = (r.target_seconds, kp) {
        let target_words = target as usize * super::WORDS_PER_MINUTE as usize / 60;
        if r.over_target {
            let cut = r.word_count.saturating_sub(target_words).max(10);
            out.push(format!(
                "Trim about {cut} words to fit {}: keep the figures and the difference, cut the background.",
                duration(target)
            ));
        } else if r.word_count * 3 < target_words && r.word_count > 0 && asks_for_a_case {
            // The case step below asks for the example: it carries the room, so two steps never ask
            // for the same thing (walk item 43).
            room_for_a_case = Some(duration(target));
        } else if r.word_count * 3 < target_words && r.word_count > 0 {
            // Ask for what the answer lacks, never for what it already gives: a figure in any part
            // is one given, even when the "How do you know?" part is empty (walk item 15).
            let figure = r.covers.evidence || !r.evidence_found.is_empty();
            let add = match (!r.example_markers.is_empty(), figure) {
                (false, false) => "add an example or a figure",
                (false, true) => "add an example",
                (true, false) => "add a figure",
                (true, true) => "say more of what the change meant for the person in your example",
            };
            out.push(format!(
                "You have room for more: the {} target fits about {target_words} words, so {add}.",
                duration(target)
            ));
        }
    }
    if asks_for_a_case {
        out.push(match room_for_a_case {
            Some(target) => format!(
                "Add one short case, anonymised: what changed for one person or carer (the {target} target has room)."
            ),
            None => pick(
                "Add one short case, anonymised: what changed for one person or carer, in a sentence or two.",
                "Your key points do not yet include a case: jot one person's story, anonymised.",
            ),
        });
    }
    if !r.speaks_of_people() && r.covers.difference {
        out.push(pick(
            "Bring in the people who draw on care: what did this mean for them, their carers or families?",
            "Your key points do not yet mention people: what did this mean for them, their carers or families?",
        ));
    }
    out
}

/// "We audit safeguarding enquiries. Practice has improved. The audits show it.": every question
/// ticked in a few words with no figure anywhere, against a target with room for far more. The ticks
/// say only that each question is touched; the step says the answer is thin and asks for what the
/// source found (walk docs/usability-2026-12-07b.md, "Left" row 22).
fn thin_step(r: &Report) -> Option<String> {
    let target = r.target_seconds?;
    let target_words = target as usize * super::WORDS_PER_MINUTE as usize / 60;
    let all_three = r.covers.done && r.covers.difference && r.covers.evidence;
    let figure = r
        .evidence_found
        .iter()
        .chain(r.difference_markers.iter())
        .chain(r.evidence_markers.iter())
        .any(|f| {
            f.text.chars().any(|c| c.is_ascii_digit())
                || f.text.split_whitespace().any(|w| {
                    crate::text::NUMBER_OR_WHOLE_WORDS.contains(&w.to_lowercase().as_str())
                })
        });
    if r.key_points || !all_three || figure || r.word_count == 0 || r.word_count * 4 >= target_words
    {
        return None;
    }
    // "the audits", "the survey": a source named in a word says whose findings to give.
    let source = r
        .evidence_markers
        .last()
        .map(|f| f.text.to_lowercase())
        .filter(|t| {
            matches!(
                t.as_str(),
                "audits"
                    | "audit"
                    | "survey"
                    | "surveys"
                    | "review"
                    | "reviews"
                    | "log"
                    | "tracker"
                    | "report"
                    | "reports"
                    | "dip sample"
                    | "dip samples"
            )
        })
        .map_or("your evidence".to_string(), |t| format!("the {t}"));
    Some(format!(
        "At {} words this touches each question but shows none of it, and the {} target has room for about {target_words}: say what {source} found, with a figure, and what is better for people, by how much.",
        r.word_count,
        duration(target)
    ))
}

fn join_words(words: &[&str]) -> String {
    match words {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_join_in_plain_english() {
        assert_eq!(join_words(&["MARP"]), "MARP");
        assert_eq!(join_words(&["MARP", "LAS"]), "MARP and LAS");
        assert_eq!(join_words(&["A", "B", "C"]), "A, B and C");
    }
}
