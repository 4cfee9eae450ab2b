//! People who draw on care and support, and their families, as the answer names them, and whether
//! the change it tells of is for them.

use super::pattern::{EXAMPLE_PERSON, PERSON_ACTS};
use super::people;
use super::reading::Reading;
use super::staff_people;
use super::text::{Sentences, Taken};
use super::words;
use std::collections::HashSet;
use std::ops::Range;

/// Every mention of a person, in text order.
pub(super) fn mentions(r: &Reading) -> Vec<Range<usize>> {
    let (text, toks, m) = (r.text, &r.toks, r.m);
    // A person named with a title is a person, whatever else is wrong with writing it down.
    let mut people = words::all_matches(m.people.as_ref(), toks);
    let listed_people = Taken::covering(&people);
    people.extend(
        people::possessives(m.people.as_ref(), toks)
            .into_iter()
            .filter(|r| !listed_people.overlaps(r)),
    );
    people.sort_by_key(|r| r.start);
    people.retain(|p| {
        !people::names_a_body(text, toks, p)
            && !people::staff_of_a_department(text, toks, p)
            && !staff_people::staff_meant(text, toks, &r.clauses, p)
    });
    // "a woman in her seventies", "one man who had been refusing care": a person in a story.
    let listed_people = Taken::covering(&people);
    people.extend(
        EXAMPLE_PERSON
            .find_iter(text)
            .filter(|r| !listed_people.overlaps(r)),
    );
    // "Her brother rang from Canada", "a daughter complained": a relative or one person acting in
    // a story is a person who draws on care or their family.
    let listed_people = Taken::covering(&people);
    let mut acting: Vec<Range<usize>> = PERSON_ACTS.find_iter(text).collect();
    acting.extend(people::one_person_acts(toks));
    acting.extend(people::brought_into_a_story(toks));
    acting.extend(people::counted_waiting(toks));
    // "I'll call him Frank": the person named for the telling, quoted by the name ("Mr K" is
    // already a person named with a title).
    acting.extend(
        people::named_for_the_telling(text, toks)
            .into_iter()
            .filter_map(|named| {
                toks.iter()
                    .filter(|t| t.start >= named.start && t.end <= named.end)
                    .skip(2)
                    .find(|t| text[t.start..t.end].starts_with(char::is_uppercase))
                    .map(|t| t.start..t.end)
            })
            .filter(|n| {
                !r.titled
                    .iter()
                    .any(|(t, _)| t.start < n.end && n.start < t.end)
            }),
    );
    acting.retain(|r| !listed_people.overlaps(r));
    acting.sort_by_key(|r| r.start);
    acting.dedup_by(|b, a| b.start < a.end);
    people.extend(acting);
    let people_places = Taken::covering(&people);
    for (r, _) in &r.titled {
        if !people::is_doctor(&text[r.clone()]) && !people_places.overlaps(r) {
            people.push(r.clone());
        }
    }
    people.sort_by_key(|r| r.start);
    people
}

/// A change is for people when its sentence names them, or when it opens with "he", "she" or
/// "they" straight after a sentence that does, or is said of everyone or no one ("no one came to
/// harm while waiting"); and, with a change told, when a person says in their own words what it
/// meant ("One carer told us the calls meant she knew who to ring").
pub(super) fn difference_for_people(
    r: &Reading,
    people: &[Range<usize>],
    difference: &[Range<usize>],
) -> bool {
    let people_sentences: HashSet<usize> = people
        .iter()
        .map(|p| r.sentences.index_of(p.start))
        .collect();
    let of_everyone_or_no_one = |d: &Range<usize>| {
        let ts: Vec<&str> = r
            .toks
            .iter()
            .filter(|t| t.start >= d.start && t.end <= d.end)
            .map(|t| t.norm.as_str())
            .collect();
        ts.windows(2).any(|p| p == ["no", "one"])
            || ts
                .iter()
                .any(|t| matches!(*t, "nobody" | "everyone" | "everybody" | "no-one"))
    };
    !difference.is_empty() && people.iter().any(|p| says_in_their_words(r, p))
        || difference.iter().any(|d| {
            let i = r.sentences.index_of(d.start);
            people_sentences.contains(&i)
                || of_everyone_or_no_one(d)
                || (i > 0
                    && people_sentences.contains(&(i - 1))
                    && opens_with_pronoun(r.text, &r.sentences, i))
        })
}

/// How far after the person their "told us" or "said" may come ("One carer, a woman in her
/// seventies looking after her husband, told us").
const SAYS_WITHIN: usize = 14;

/// "One carer ... told us the calls meant she knew who to ring", "families said they no longer
/// have to chase us": the person, then in the same sentence their own words, claimed (not denied,
/// hoped or planned).
fn says_in_their_words(r: &Reading, p: &Range<usize>) -> bool {
    let toks = &r.toks;
    let after = toks.partition_point(|t| t.start < p.end);
    (after..toks.len().min(after + SAYS_WITHIN))
        .take_while(|&k| !matches!(toks[k].norm.as_str(), "." | ";" | "?" | "!"))
        .any(|k| {
            let said = matches!(
                toks[k].norm.as_str(),
                "told" | "said" | "say" | "says" | "tell"
            ) && toks.get(k + 1).is_some_and(|t| {
                matches!(
                    t.norm.as_str(),
                    "us" | "me" | "that" | "the" | "they" | "she" | "he" | "it"
                )
            });
            said && super::clause::at(&r.clauses, toks[k].start).is_none_or(|c| c.stance.claims())
        })
}

/// "He went home in 2 days": a sentence that goes on about the person the last one named.
fn opens_with_pronoun(text: &str, sentences: &Sentences, index: usize) -> bool {
    let start = sentences.start(index);
    let opening: String = text
        .get(start..)
        .unwrap_or("")
        .trim_start_matches(|c: char| !c.is_alphanumeric())
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    matches!(
        opening.as_str(),
        "he" | "she" | "they" | "his" | "her" | "their" | "him" | "them" | "both"
    )
}
