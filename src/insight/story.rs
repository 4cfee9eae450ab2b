//! One person brought in and then told of in the past, the way a case is told (issue 17, class 13,
//! strong answers): "a man who waited seven weeks for a bath lift", "one autistic young man who
//! stayed three times", "a young woman in crisis, who would have been admitted", "a man with aphasia
//! ... at his next review he used a picture board", "we stopped a woman's direct payment ... She lost
//! her two personal assistants". A rule for what should happen ("a person who needs care is offered
//! an assessment") speaks in the present, so the past is what makes it one person's case.

use super::people::is_one_person;
use super::words::Token;
use std::ops::Range;

/// Irregular past actions a person in a story takes: "a daughter rang", "one man came".
const STORY_PAST: &[&str] = &[
    "rang", "came", "told", "wrote", "went", "said", "asked", "got", "took", "made", "sent",
    "fell", "left", "lost", "had", "was", "chose", "saw", "kept", "found", "spent", "used",
    "spoke",
];

/// Past words that make a compound, not an action: "a carer led group", "a family centred plan".
const COMPOUNDS: &[&str] = &[
    "led", "centred", "centered", "based", "focused", "focussed", "driven", "owned", "shaped",
    "friendly", "funded",
];

/// A past action: "rang", "waited", "stayed" (a compound such as "led" or "based" is not one).
pub(crate) fn is_story_past(word: &str) -> bool {
    (STORY_PAST.contains(&word)
        || (word.len() > 4 && word.ends_with("ed") && word.chars().all(|c| c.is_ascii_lowercase())))
        && !COMPOUNDS.contains(&word)
}

/// How far after the person "who" may come ("a woman caring for her husband with heart failure, who
/// had helped him"), and how far on "he" or "she" may carry the story.
const WHO_WITHIN: usize = 9;
const PRONOUN_WITHIN: usize = 30;

/// Decades a person's age is told in: "in his late seventies", "in her forties".
const DECADES: &[&str] = &[
    "teens",
    "twenties",
    "thirties",
    "forties",
    "fifties",
    "sixties",
    "seventies",
    "eighties",
    "nineties",
];

/// "in his late seventies", "in her forties": an age told from `k` on.
fn an_age_from(toks: &[Token], k: usize) -> bool {
    let w = |i: usize| toks.get(i).map_or("", |t| t.norm.as_str());
    let at = k + 2 + usize::from(matches!(w(k + 2), "early" | "mid" | "late"));
    w(k) == "in" && matches!(w(k + 1), "his" | "her" | "their") && DECADES.contains(&w(at))
}

/// "a man", "one autistic young man", "a woman's": the person word's index when the token at `i`
/// opens one person (up to two describing words between). Whatever the word, one retired ("a
/// retired shepherd") or given an age ("a tenant in her eighties") is a person.
fn one_person_at(toks: &[Token], i: usize) -> Option<usize> {
    if !matches!(toks[i].norm.as_str(), "a" | "an" | "one") {
        return None;
    }
    (i + 1..=i + 3)
        .take_while(|&k| toks.get(k).is_some_and(Token::is_word))
        .find(|&k| {
            let w = toks[k].norm.as_str();
            let plain = w
                .strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .unwrap_or(w);
            let lower = !plain.is_empty() && plain.chars().all(|c| c.is_ascii_lowercase());
            is_one_person(plain)
                || plain == "person"
                || (lower && k > i + 1 && toks[k - 1].norm == "retired")
                || (lower && an_age_from(toks, k + 1))
        })
}

/// How far the verb of a person described before it may come: "A woman on one of the estates,
/// caring for a husband with dementia, asked for help".
const VERB_WITHIN: usize = 25;

/// Words a description of the person opens with, before their verb: "a woman with severe hoarding,
/// whose tenancy was at risk, kept her home", "a carer on our read-through group asked", "a man
/// caring for his mother ... took up the call".
/// The person opens a clause as its subject (`i` is the "a", "an" or "one"), and is described
/// before the verb.
fn described(toks: &[Token], i: usize, p: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    // The clause opens on the person: nothing before, a stop or a quotation mark, or "so", "then"
    // or "when" ("for a person on the register", "with a named carer" name no one as a subject).
    let subject =
        i == 0 || !toks[i - 1].is_word() || matches!(w(i - 1), "so" | "then" | "when" | "once");
    let next = w(p + 1);
    // "one person in five", "one carer in each home", "a couple of weeks": a rate or an amount,
    // not a person.
    let rate = next == "in"
        && (crate::text::number_value(w(p + 2)).is_some()
            || matches!(w(p + 2), "each" | "every" | "all"));
    let amount = w(p) == "couple" && next == "of";
    subject
        && !rate
        && !amount
        && (matches!(
            next,
            "," | "with" | "on" | "in" | "from" | "of" | "at" | "aged" | "whose"
        ) || (next.len() > 5 && next.ends_with("ing")))
}

/// One person told of in the past: the person followed, within a few words, by "who" and a past
/// action, or followed in the next sentence or two by "he" or "she" and a past action. Quoted from
/// the opening word to the person.
pub(crate) fn one_person_told(toks: &[Token]) -> Vec<Range<usize>> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let mut out = Vec::new();
    for i in 0..toks.len() {
        // "The woman who spoke about the hot drink now has ...": a man or woman met before in the
        // telling, who did something, is the case told on.
        if w(i) == "the"
            && matches!(w(i + 1), "man" | "woman" | "gentleman" | "lady")
            && w(i + 2) == "who"
            && is_story_past(w(i + 3))
            && !matches!(w(i + 3), "was" | "had")
        {
            out.push(toks[i].start..toks[i + 1].end);
            continue;
        }
        let Some(p) = one_person_at(toks, i) else {
            continue;
        };
        let who_past = (p + 1..=p + WHO_WITHIN)
            .take_while(|&k| k < toks.len() && !matches!(w(k), "." | ";" | "?" | "!"))
            .any(|k| {
                w(k) == "who"
                    && (is_story_past(w(k + 1)) || (w(k + 1) == "would" && w(k + 2) == "have"))
            });
        // The story carries on while the person is still spoken of: "his own team", "his wish to
        // live nearer his brother", "... he moved in July".
        let mut last_named = p;
        let mut pronoun_past = false;
        for k in p + 1..toks.len() {
            if k > last_named + PRONOUN_WITHIN {
                break;
            }
            if matches!(w(k), "he" | "she") && is_story_past(w(k + 1)) {
                pronoun_past = true;
                break;
            }
            if matches!(w(k), "he" | "she" | "his" | "her" | "him") {
                last_named = k;
            }
        }
        // "A woman reading her copy spotted that ...": the person described, then their own past
        // verb in the same sentence.
        let verb_past = described(toks, i, p)
            && (p + 2..=p + VERB_WITHIN)
                .take_while(|&k| k < toks.len() && !matches!(w(k), "." | ";" | "?" | "!"))
                .any(|k| {
                    is_story_past(w(k))
                        && !matches!(
                            w(k - 1),
                            "a" | "an" | "the" | "with" | "very" | "more" | "less" | "most"
                            // "a family of four is housed within a fortnight": the present
                            // passive of a rule.
                                | "is" | "are" | "be" | "being" | "gets" | "get"
                        )
                });
        if who_past || pronoun_past || verb_past {
            out.push(toks[i].start..toks[p].end);
        }
    }
    out
}

/// "she's fifty three", "he was 86,": a person given an age, as a case is told ("the person who comes
/// to mind ... she's fifty three and then Parkinson's came early"); a rule or a team is given no age.
/// Quoted from the pronoun to the age.
pub(crate) fn pronoun_with_an_age(toks: &[Token]) -> Vec<Range<usize>> {
    use crate::text::number_value;
    // An age in words ("fifty three") or in digits ("79").
    let is_number = |k: usize| {
        toks.get(k).is_some_and(|t| {
            number_value(&t.norm).is_some()
                || (t.norm.len() <= 3 && t.norm.chars().all(|c| c.is_ascii_digit()))
        })
    };
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let mut out = Vec::new();
    for first in 1..toks.len() {
        if !is_number(first) || is_number(first - 1) {
            continue;
        }
        let by_pronoun = matches!(w(first - 1), "he's" | "she's")
            || (first > 1
                && matches!(w(first - 2), "he" | "she")
                && matches!(w(first - 1), "is" | "was"));
        if !by_pronoun {
            continue;
        }
        let last = (first..)
            .take_while(|&k| is_number(k))
            .last()
            .unwrap_or(first);
        let opens = if w(first - 1).ends_with("'s") {
            first - 1
        } else {
            first - 2
        };
        if super::evidence::an_age(toks, first, last) {
            out.push(toks[opens].start..toks[last].end);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::words::tokens;
    use super::*;

    fn told(text: &str) -> Vec<String> {
        one_person_told(&tokens(text))
            .into_iter()
            .map(|r| text[r].to_string())
            .collect()
    }

    #[test]
    fn one_person_told_of_in_the_past_is_a_case() {
        assert_eq!(
            told("We met a widower who struggled with the stairs for a year."),
            ["a widower"]
        );
        assert_eq!(
            told("One deaf older woman, living alone above the shop, who asked twice for a visit."),
            ["One deaf older woman"]
        );
        assert_eq!(
            told(
                "The team visited a lad with a head injury and his mum. Within a month he joined a football club."
            ),
            ["a lad"]
        );
        assert_eq!(
            told("We cut a daughter's respite without warning. She complained to her MP."),
            ["a daughter's"]
        );
    }

    #[test]
    fn a_strong_answer_with_a_case_told_in_the_past_has_an_example() {
        use super::super::{Gap, Lexicon, analyse};
        let r = analyse(
            &Lexicon::bundled(),
            "I set up a weekend discharge rota with the ward managers. Delays fell from 40 to 12 a \
             month on the hospital dashboard. An older man with a broken hip, who waited nine days in \
             2024, went home on the Saturday. From March the rota covers bank holidays.",
            None,
        );
        assert!(!r.example_markers.is_empty());
        assert!(!r.has_gap(Gap::Example));
    }

    #[test]
    fn a_person_given_an_age_is_a_case() {
        let aged = |text: &str| -> Vec<String> {
            pronoun_with_an_age(&tokens(text))
                .into_iter()
                .map(|r| text[r].to_string())
                .collect()
        };
        assert_eq!(
            aged(
                "the one I think of ran a market stall and he's sixty two and then the stroke came"
            ),
            ["he's sixty two"]
        );
        assert_eq!(aged("She was 79, living on her own."), ["She was 79"]);
        assert!(aged("He's forty minutes from the nearest office.").is_empty());
        assert!(aged("The team is twelve strong and she was one of them.").is_empty());
    }

    #[test]
    fn one_person_described_by_age_or_condition_is_an_example() {
        use super::super::{Gap, Lexicon, analyse};
        for text in [
            "A man of ninety-one, whose wife had died in the spring, moved to extra care in June.",
            "A grandmother of sixty-seven brings her grandson to the group every week.",
            "A deaf older woman whose daughter interpreted for her now has a BSL interpreter at reviews.",
            "A father who uses a wheelchair can now get his daughter to school with a personal assistant.",
            "A young man with cerebral palsy runs the allotment stall on Saturdays.",
            "we picked the case of a retired builder and he's eighty four and lives alone up the valley",
        ] {
            let r = analyse(&Lexicon::bundled(), text, None);
            assert!(!r.example_markers.is_empty(), "{text}: no example");
            assert!(!r.has_gap(Gap::Example), "{text}");
        }
    }

    #[test]
    fn a_rule_in_the_present_is_no_case() {
        assert!(told("A carer who needs a break is offered one within a week.").is_empty());
        assert!(told("Any person who asks gets a call back, and she or he can choose.").is_empty());
        assert!(told("We run a carer led group. She is the chair.").is_empty());
        // A person of no age or condition, in a rule, is still no case.
        for text in [
            "A person who uses services is offered an advocate.",
            "A family of four is housed within a fortnight.",
        ] {
            let r = super::super::analyse(&super::super::Lexicon::bundled(), text, None);
            assert!(r.example_markers.is_empty(), "{text}");
        }
    }

    #[test]
    fn one_person_described_before_their_past_verb_or_spoken_of_on_is_an_example() {
        use super::super::{Gap, Lexicon, analyse};
        for text in [
            // Described, then their own past verb in the same sentence.
            "A woman on the Brookfield estate, looking after her brother since his stroke, rang \
             the duty line in March and had a visit within a week.",
            "A man reading his care plan spotted that his insulin times were wrong.",
            // Retired, or given an age, whatever the word for them.
            "A retired baker in his late eighties, living alone above the old shop, told us he \
             wanted to stay put.",
            // Spoken of as "his" and "he" until the story goes on in the past.
            "A review for a young man at the sixth-form college had been signed off by his own \
             team as good; the second reader asked why his wish to find paid work was missing from \
             it, and once the team had sat down with his mother and his tutor and rebuilt the plan \
             around the bike shop where he volunteers, he started a paid trial there in May.",
        ] {
            let r = analyse(&Lexicon::bundled(), text, None);
            assert!(!r.example_markers.is_empty(), "{text}: no example");
            assert!(!r.has_gap(Gap::Example), "{text}");
        }
        // A rate, an amount, or a person who is no subject of the telling is no case.
        for text in [
            "A couple of weeks later the rota was changed.",
            "No failed visit for a person on the register has been logged since March.",
            "We trained one senior carer in each home, supported by the continence nurses.",
            "A family in every ten waited more than a month.",
        ] {
            let r = analyse(&Lexicon::bundled(), text, None);
            assert!(
                r.example_markers.is_empty(),
                "{text}: {:?}",
                r.example_markers
            );
        }
    }

    #[test]
    fn the_man_or_woman_who_did_something_is_the_case_told_on() {
        use super::super::{Gap, Lexicon, analyse};
        let text = "I sat in on reviews and three carers told me what the waits were like. The \
                    woman who spoke about her night shifts now has a sitter on Tuesdays.";
        let r = analyse(&Lexicon::bundled(), text, None);
        assert!(!r.has_gap(Gap::Example), "{:?}", r.example_markers);
        // A role, or a state, is no one's story.
        for text in [
            "The man who leads the carers' forum chairs the board.",
            "The woman who was on duty took the call.",
        ] {
            assert!(told(text).is_empty(), "{text}");
        }
    }
}
