//! "Our people are our biggest asset", "exit interviews tell us people stay for the supervision",
//! "the practice forums are busy and people feel listened to": "people" said of the workforce, in a
//! telling about staff, is not people who draw on care and support (issue 17, people; sets K and L).

use super::clause::{self, Clause};
use super::words::Token;
use std::ops::Range;

/// Words that say the telling around "people" is about the workforce.
const WORKFORCE: &[&str] = &[
    "staff",
    "workforce",
    "colleagues",
    "practitioners",
    "supervision",
    "recruitment",
    "recruit",
    "recruited",
    "retention",
    "retire",
    "retired",
    "retiring",
    "agency",
    "vacancies",
    "vacancy",
    "turnover",
    "sickness",
    "caseloads",
    "caseload",
    "morale",
    "interviews",
    "appraisal",
    "appraisals",
    "induction",
    "rep",
    "union",
    // "in the teams", not "the reablement team", which names a service.
    "teams",
    "forums",
    "organisation",
    "leaving",
    "left",
];

/// Words that put people who draw on care in the same clause: then "people" may well be them.
const CARE: &[&str] = &[
    "care",
    "carers",
    "carer",
    "families",
    "family",
    "residents",
    "tenants",
    "patients",
    "clients",
    "home",
    "homes",
    "assessment",
    "assessments",
    "assessed",
    "waiting",
    "wait",
    "waits",
    "referred",
    "referral",
    "referrals",
    "discharge",
    "discharged",
    // "people leaving hospital with nowhere to live": patients, not staff leaving.
    "hospital",
    "safeguarding",
    "help",
    "services",
    "draw",
    "support",
    "supported",
    "visit",
    "visited",
    "older",
    "disabled",
    "dementia",
    "eligibility",
];

/// Words after which "people" opens what is said of them, as its subject: "... and people feel
/// listened to", "tell us people stay", "that people only report". After a verb or "the" ("turning
/// people round", "ring around the people on our list") they are whom the work is done to.
const BEFORE_A_SUBJECT: &[&str] = &[
    "and", "so", "but", "that", "because", "us", "me", "while", "whereas", "then", "now", "i",
    "think", "and,", "where", "when", "how", "whether",
];

/// Whether the people word at `range` is said of the workforce: "our people" or "my people", or a
/// bare "people" whose clause, with the clause before it, talks of staff, and which names no one who
/// draws on care.
pub(super) fn staff_meant(
    text: &str,
    toks: &[Token],
    clauses: &[Clause],
    range: &Range<usize>,
) -> bool {
    if !text[range.clone()].eq_ignore_ascii_case("people") {
        return false;
    }
    let k = toks.partition_point(|t| t.start < range.start);
    let word = |i: usize| toks.get(i).map_or("", |t| t.norm.as_str());
    // "people who draw on care", "people with dementia": said of whom the service is for.
    if matches!(
        word(k + 1),
        "who" | "with" | "whose" | "living" | "using" | "we"
    ) {
        return false;
    }
    // "our people", "our most experienced people": the speaker's own staff, unless the words
    // between say whom care is for ("our older people").
    let owned = (1..=3)
        .take_while(|&d| d <= k)
        .find(|&d| matches!(word(k - d), "our" | "my"));
    if let Some(d) = owned {
        return (1..d).all(|b| !CARE.contains(&word(k - b)) && toks[k - b].is_word());
    }
    let opens = k == 0
        || !toks[k - 1].is_word()
        || BEFORE_A_SUBJECT.contains(&word(k - 1))
        || clauses.iter().any(|c| c.toks.start == k);
    if !opens {
        return false;
    }
    let Some(i) = clauses
        .iter()
        .position(|c| c.bytes.start <= range.start && range.start < c.bytes.end)
    else {
        return false;
    };
    let own = &toks[clauses[i].toks.clone()];
    let before = i
        .checked_sub(1)
        .map_or(&[][..], |p| &toks[clauses[p].toks.clone()]);
    let named = |ts: &[Token], set: &[&str]| ts.iter().any(|t| set.contains(&t.norm.as_str()));
    let social_workers = |ts: &[Token]| {
        ts.windows(2)
            .any(|p| p[0].norm == "social" && matches!(p[1].norm.as_str(), "work" | "workers"))
    };
    let workforce = named(own, WORKFORCE)
        || named(before, WORKFORCE)
        || social_workers(own)
        || social_workers(before);
    workforce && !named(own, CARE) && !clause::is_figure_word(word(k.wrapping_sub(1)))
}

#[cfg(test)]
mod tests {
    use super::super::classes_tests::read;

    #[test]
    fn people_said_of_the_workforce_are_not_people_who_draw_on_care() {
        for text in [
            "Our people are the reason the service holds together.",
            "We lost our most experienced people to the agencies last year.",
            "Sickness in the teams was high, but people feel more settled now.",
            "The leavers' interviews tell us people stay because of the supervision.",
            "Morale dipped after the restructure and people were covering each other's caseloads.",
        ] {
            let r = read(text);
            assert!(
                r.people_mentions.is_empty(),
                "{text}: {:?}",
                r.people_mentions
            );
        }
        // People who draw on care, beside the same words, are still people.
        for text in [
            "The staff were retrained so people get their assessment within a week.",
            "The agency carers are turning people round quicker after a fall.",
            "Our older people wait less for a review.",
            "After the restructure, people with dementia see the same worker each visit.",
            "In Dunmere, people leaving hospital to an empty flat were often readmitted.",
        ] {
            let r = read(text);
            assert!(!r.people_mentions.is_empty(), "{text}");
        }
    }
}
