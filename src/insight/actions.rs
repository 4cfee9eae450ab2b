//! What was done: an actor and an action verb, a verb opening a line or bullet, or a passive
//! ("a rota was put in place"). Read from tokens, so nothing is compiled at run time.

use super::lexicon::Matchers;
use super::words::Token;
use std::ops::Range;

/// One action found in an answer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Action {
    pub range: Range<usize>,
    /// The speaker alone acted ("I", "my team and I").
    pub own: bool,
}

/// The team or service acting: "the worker", "our social workers", "the duty team", "staff".
const TEAM_HEADS: &[&str] = &[
    "team",
    "teams",
    "worker",
    "workers",
    "staff",
    "practitioners",
    "practitioner",
    "managers",
    "manager",
    "service",
    "council",
    "officers",
    "officer",
    "assistant",
    "assistants",
    "panel",
    "hub",
    "leads",
    "colleagues",
    // Named roles a service sends out to do the work ("our community connector", "our dementia
    // advisers"): the service acting, as "our workers" is.
    "connector",
    "connectors",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "coordinator",
    "coordinators",
    "navigator",
    "navigators",
    // "our occupational therapists": council staff sent out, as "our workers" are.
    "therapist",
    "therapists",
    // "Our carers' centre rang the contact": a centre the service runs or funds, acting (only after
    // "our" or "my": "the day centre reported no incidents" is a provider telling).
    "centre",
];

/// Words that end a long team name and start something else ("the group that staff stopped").
const NOT_IN_A_TEAM_NAME: &[&str] = &[
    "that", "which", "who", "was", "were", "is", "are", "the", "a", "an", "and", "or", "but", "of",
    "in", "to", "with", "for", "by", "on", "at", "so", "when", "then", "if", "as",
];

/// Words that open a team actor ("the", "our", "my", "a").
const TEAM_OPENERS: &[&str] = &["the", "our", "my", "two", "three", "both"];

/// Past forms of common verbs that do not end in -ed.
const IRREGULAR_PAST: &[&str] = &[
    "went",
    "got",
    "took",
    "made",
    "put",
    "brought",
    "sent",
    "drew",
    "ran",
    "set",
    "wrote",
    "built",
    "gave",
    "held",
    "met",
    "spoke",
    "began",
    "kept",
    "cut",
    "chose",
    "paid",
    "won",
    "rang",
    "sat",
    "led",
    "bought",
    "taught",
    "sought",
    "fought",
    "rebuilt",
    "rewrote",
    "agreed",
    "stood",
    "undertook",
    "shut",
    "split",
    "spent",
    "lent",
    "knocked",
    "threw",
    "drove",
    "broke",
    "woke",
    "struck",
];

/// Past participles that do not end in -ed, for the passive.
const IRREGULAR_PARTICIPLE: &[&str] = &[
    "put",
    "set",
    "taken",
    "made",
    "given",
    "brought",
    "sent",
    "built",
    "done",
    "drawn",
    "written",
    "held",
    "run",
    "cut",
    "rewritten",
    "redone",
    "remade",
    "agreed",
    "rebuilt",
    "begun",
    "kept",
    "chosen",
    "undertaken",
    "won",
    "shut",
    "split",
    "spent",
    "drawn",
    "thrown",
    "sought",
    "bought",
    "taught",
    "led",
    "paid",
    "lent",
    "driven",
    "broken",
];

/// -ed words that say a state or feeling, not an action ("we were worried", "I used to").
const NOT_ACTIONS: &[&str] = &[
    "needed",
    "wanted",
    "used",
    "based",
    "called",
    "concerned",
    "interested",
    "worried",
    "pleased",
    "proud",
    "expected",
    "supposed",
    "asked",
    "told",
    "involved",
    "tired",
    "surprised",
    "shocked",
    "delighted",
    "disappointed",
    "frustrated",
    "excited",
    "scared",
    "embarrassed",
    "seemed",
    "appeared",
    "hoped",
    "wished",
    "liked",
    "loved",
    "hated",
    "preferred",
    "tended",
    "struggled",
    "failed",
    "managed",
    "decided",
    "planned",
    "intended",
    "aimed",
    "tried",
    "attempted",
    "started",
    "noticed",
    "realised",
    "realized",
    "learned",
    "learnt",
    "felt",
    "thought",
    "believed",
    "knew",
    "assumed",
    "recalled",
    "remembered",
    "listened",
    "waited",
    "stayed",
    "lived",
    "died",
    "turned",
    "seen",
    "heard",
    "named",
    "aged",
    "tied",
    "limited",
    "related",
    "linked",
    "placed",
    "faced",
    "skilled",
    "qualified",
    "registered",
    "allocated",
    "owned",
    "required",
    "allowed",
    "inspected",
    "engaged",
    "committed",
    "supported",
    "valued",
    "motivated",
    "stretched",
    "overwhelmed",
    "stressed",
    "experienced",
    "dedicated",
    "respected",
    "trusted",
    "welcomed",
    "received",
    "affected",
    "impacted",
    "delayed",
    "stuck",
    "isolated",
    "discharged",
    "admitted",
    "referred",
    "worked",
    "born",
    "described",
    "considered",
    "viewed",
    "judged",
    "rated",
    "mixed",
    "varied",
];

/// Change verbs: "we reduced the wait" is an action, "waits were reduced" says a change, not who acted.
const CHANGES: &[&str] = &[
    "increased",
    "reduced",
    "improved",
    "changed",
    "dropped",
    "doubled",
    "halved",
    "assessed",
    "seen",
    "discharged",
    "admitted",
    "referred",
    "supported",
];

/// The forms of "be" and "have" that make a passive ("was put", "have been merged").
const PASSIVE_AUX: &[&str] = &["was", "were", "been", "got"];

/// Short words that may stand between an actor or auxiliary and the verb.
const BETWEEN_SHORT: &[&str] = &[
    "have",
    "has",
    "had",
    "also",
    "then",
    "now",
    "just",
    "all",
    "both",
    "quickly",
    "finally",
    "together",
    "jointly",
    "already",
    "successfully",
    "properly",
    "formally",
    "each",
    "recently",
    "then",
    "first",
    "actually",
    "really",
    "since",
];

/// Feelings said with an -ed word ("I was frightened of the panel", "we were saddened by it", "I
/// was heartened"): how someone felt, never something done. Many -ened words are actions ("we
/// strengthened", "I shortened the form", "we widened"), so these are named rather than the ending
/// read; none is a thing a team does to someone as its work.
const FEELINGS: &[&str] = &[
    "frightened",
    "saddened",
    "heartened",
    "disheartened",
    "emboldened",
    "sickened",
    "horrified",
    "appalled",
    "dismayed",
    "daunted",
    "unnerved",
    "alarmed",
    "annoyed",
];

/// "put", "taken", "written": a past participle that does not end in -ed.
pub(crate) fn is_irregular_participle(word: &str) -> bool {
    IRREGULAR_PARTICIPLE.contains(&word)
}

/// An -ed word that says a state or a feeling ("tired", "worried", "involved"), not an action.
pub(crate) fn says_a_state(word: &str) -> bool {
    NOT_ACTIONS.contains(&word) || FEELINGS.contains(&word)
}

fn is_past_action(word: &str, participle: bool) -> bool {
    if says_a_state(word) || (participle && CHANGES.contains(&word)) {
        return false;
    }
    let list = if participle {
        IRREGULAR_PARTICIPLE
    } else {
        IRREGULAR_PAST
    };
    list.contains(&word)
        || (word.len() > 4
            && word.ends_with("ed")
            && word.chars().all(|c| c.is_ascii_alphabetic())
            && !word.ends_with("eed"))
}

/// "I had every standard letter redone", "we got the forms translated": the speaker had it done.
/// The index of the participle, when "had" or "got" at `j` is followed by a thing and then one,
/// within the clause.
fn causative(toks: &[Token], j: usize) -> Option<usize> {
    if !matches!(toks.get(j)?.norm.as_str(), "had" | "got") {
        return None;
    }
    let thing = toks.get(j + 1)?.norm.as_str();
    if !matches!(
        thing,
        "every"
            | "all"
            | "the"
            | "our"
            | "each"
            | "a"
            | "an"
            | "them"
            | "it"
            | "this"
            | "these"
            | "those"
    ) {
        return None;
    }
    // "all 31 agencies": a count may stand in the thing had.
    let within = || {
        (j + 2..(j + 8).min(toks.len()))
            .take_while(|&k| toks[k].is_word() || toks[k].norm.chars().all(|c| c.is_ascii_digit()))
    };
    within()
        .find(|&k| is_past_action_at(toks, k, true))
        // "I had all 31 agencies adopt the checklist": the speaker had them do it; "I got the
        // agencies to sign up": the same with "to".
        .or_else(|| {
            within().find(|&k| {
                let word = toks[k].norm.as_str();
                let before = toks[k - 1].norm.as_str();
                // "I had our occupational therapist fit a dosette": one worker had to do it.
                (toks[j].norm == "had"
                    && CAUSED_TO_DO.contains(&word)
                    && (before.ends_with('s') || TEAM_HEADS.contains(&before)))
                    || (toks[j].norm == "got" && before == "to" && CAUSED_TO_DO.contains(&word))
            })
        })
}

/// What someone is had or got to do by the speaker ("I had the agencies adopt", "I got every
/// manager to sign"): plain verbs, so a thing had ("we had all the agencies' returns") is no action.
const CAUSED_TO_DO: &[&str] = &[
    "adopt", "use", "sign", "agree", "follow", "join", "complete", "attend", "record", "review",
    "check", "ring", "call", "visit", "share", "report", "train", "change", "stop", "start",
    "take", "put", "write", "send", "run", "come", "carry", "fill", "log", "offer", "apply",
    "switch", "fit", "install", "contact", "phone", "see", "meet",
];

/// [`is_past_action`] for the word at `j`, with the word after it: "I used her letter" is an action
/// where "I used to" is not, and "we started offering video calls" where "when I started" is not.
fn is_past_action_at(toks: &[Token], j: usize, participle: bool) -> bool {
    let Some(word) = toks.get(j).map(|t| t.norm.as_str()) else {
        return false;
    };
    let next = toks.get(j + 1).map_or("", |t| t.norm.as_str());
    match word {
        // "The board was encouraged by the figures", "families were reassured when the letters went
        // out": how someone felt, in the passive; "staff were encouraged to use the form" and "we
        // reassured the family" are things done.
        "encouraged" | "reassured" | "relieved" | "pleased" | "delighted" | "surprised"
        | "shocked" | "touched"
            if participle =>
        {
            let after = toks.get(j + 2).map_or("", |t| t.norm.as_str());
            next == "to" && !matches!(after, "see" | "hear" | "learn" | "find" | "know" | "read")
        }
        "used" => !participle && next != "to" && toks.get(j + 1).is_some_and(Token::is_word),
        // "We linked her with the young onset group", "we grew our educator pool", "we placed 40
        // people": with its object after it, an action; "linked to", "grew up", "the referrals grew"
        // are not.
        // "I based a social worker in the court cells", "we placed an adviser at the food bank":
        // someone put somewhere is an action; "based in Leeds", "placed at risk" are not.
        "placed" | "allocated" | "linked" | "grew" | "based" if !participle => {
            // "I linked up with the Saturday school": joining with someone is an action.
            (word == "linked" && next == "up" && toks.get(j + 2).is_some_and(|t| t.norm == "with"))
                || matches!(
                    next,
                    "her" | "him" | "them" | "every" | "each" | "our" | "their" | "his"
                )
                || super::clause::is_figure_word(next)
                || (matches!(word, "placed" | "based") && matches!(next, "a" | "an" | "one"))
        }
        // "Our officer worked with her for ten weeks", "our connector worked with the temple
        // committee": working with someone is an action; "it worked", "worked well" are not.
        "worked" if !participle => matches!(next, "with" | "alongside"),
        // "our connector asked him", "our workers asked every family": asking someone is an action;
        // "we were asked" (the passive) is not one of ours.
        "asked" if !participle => matches!(next, "him" | "her" | "them" | "every" | "each" | "all"),
        // "Our worker found her a ground-floor flat", "we found them a day centre place": someone
        // found something for is an action; "we found that waits were long" is a discovery.
        "found" if !participle => {
            let after = toks.get(j + 2).map_or("", |t| t.norm.as_str());
            matches!(next, "her" | "him" | "them")
                && (matches!(
                    after,
                    "a" | "an" | "somewhere" | "work" | "housing" | "places"
                ) || super::clause::is_figure_word(after))
        }
        // "a duty social worker was placed in the unit", "a named worker was allocated": in the
        // passive, what the service did; "placed at risk", "allocated to" say where someone ended up.
        "placed" | "allocated" => {
            participle && !matches!(next, "at" | "to" | "under" | "on" | "with")
        }
        // "I did a review of every case", "we did a joint list with the nurses", "we did two
        // audits": "did" with a thing after it is the action; "I did not", "what we did was" and an
        // emphatic "we did put in" (skipped before this) are not.
        "did" if !participle => {
            matches!(
                next,
                "a" | "an"
                    | "the"
                    | "our"
                    | "my"
                    | "some"
                    | "every"
                    | "each"
                    | "all"
                    | "more"
                    | "joint"
                    | "regular"
                    | "extra"
            ) || super::clause::is_figure_word(next)
        }
        "started" => {
            (next.ends_with("ing") && next.len() > 4)
                || matches!(
                    next,
                    "a" | "an" | "the" | "our" | "my" | "weekly" | "monthly"
                )
        }
        _ => is_past_action(word, participle),
    }
}

/// How many tokens a team actor takes at `i` ("the duty team", "our social workers", "staff").
fn team_actor(toks: &[Token], i: usize) -> Option<usize> {
    let first = toks.get(i)?.norm.as_str();
    if TEAM_HEADS.contains(&first) && !matches!(first, "team" | "centre") {
        return Some(1);
    }
    if !TEAM_OPENERS.contains(&first) {
        return None;
    }
    // Up to four words before the head: "our care home review team". Four only when they all
    // name the team: "the group that staff stopped", "the end was the council paid" run on into a
    // clause of their own.
    for k in 1..=4 {
        let t = toks.get(i + k)?;
        // "our carers' worker": the apostrophe closing a plural possessive stays in the name.
        let possessive = t.norm == "'" && k > 1 && toks[i + k - 1].norm.ends_with('s');
        if possessive {
            continue;
        }
        if !t.is_word() {
            return None;
        }
        if k == 4
            && toks[i + 1..i + 4]
                .iter()
                .any(|w| NOT_IN_A_TEAM_NAME.contains(&w.norm.as_str()))
        {
            return None;
        }
        if TEAM_HEADS.contains(&t.norm.as_str()) {
            if t.norm == "centre" && !matches!(first, "our" | "my") {
                return None;
            }
            return Some(k + 1);
        }
    }
    None
}

fn first_person_singular(toks: &[Token]) -> bool {
    let first = toks.first().map_or("", |t| t.norm.as_str());
    let last = toks.last().map_or("", |t| t.norm.as_str());
    first == "i" || first.starts_with("i'") || last == "i"
}

/// Skips the short words between an actor and its verb; returns the index of the verb.
fn skip_between(m: &Matchers, toks: &[Token], mut j: usize) -> usize {
    for _ in 0..4 {
        if let Some(n) = m.done_between.as_ref().and_then(|b| b.match_at(toks, j)) {
            j += n;
        } else if toks
            .get(j)
            .is_some_and(|t| BETWEEN_SHORT.contains(&t.norm.as_str()))
        {
            j += 1;
        } else if toks.get(j).is_some_and(|t| t.norm == "did")
            && (m
                .done_verbs
                .as_ref()
                .and_then(|v| v.match_at(toks, j + 1))
                .is_some()
                || is_past_action_at(toks, j + 1, false))
        {
            // "we did put in training", "I did introduce a huddle": an emphatic "did" before the
            // action ("I did a review" keeps its "did", the action).
            j += 1;
        } else {
            break;
        }
    }
    j
}

/// Every "actor (short words) verb": a verb from the lists, or any past action verb ("we merged",
/// "I pulled"); and every passive ("was put in place", "were merged").
pub(crate) fn subject_verbs(m: &Matchers, text: &str, toks: &[Token]) -> Vec<Action> {
    let mut out: Vec<Action> = Vec::new();
    let mut i = 0;
    // Whether "our" or "my" worker has been named in this sentence, so a "she" or "he" after it
    // ("our community connector found out the museum needed someone so she asked him") is that
    // worker acting.
    let mut our_worker = false;
    let colleagues = colleagues_named(text, toks);
    while i < toks.len() {
        if matches!(toks[i].norm.as_str(), "." | "!" | "?") {
            our_worker = false;
        }
        let listed_subject = m.done_subjects.as_ref().and_then(|s| s.match_at(toks, i));
        let team = team_actor(toks, i);
        if team.is_some() && matches!(toks[i].norm.as_str(), "our" | "my") {
            our_worker = true;
        }
        let worker_again =
            (our_worker && matches!(toks[i].norm.as_str(), "she" | "he")).then_some(1);
        let named = named_actor(text, toks, i, &colleagues);
        let subject = listed_subject.or(team).or(worker_again).or(named);
        if let Some(n) = subject {
            // "Our transitions worker, Marsha, went round": the worker's name between commas.
            // "Our social worker Olu found him a tenancy": the worker's name straight after.
            let after = team
                .filter(|_| listed_subject.is_none())
                .and_then(|_| {
                    named_between_commas(text, toks, i + n)
                        .or_else(|| named_straight_after(text, toks, i + n))
                })
                .unwrap_or(i + n);
            // "The duty team, they rang every family", "our worker Ruth, she sat with him": a spoken
            // restart names the team again with a pronoun before its verb.
            let named = !matches!(
                toks[i].norm.as_str(),
                "i" | "we" | "they" | "she" | "he" | "you" | "it"
            );
            let after = if named && worker_again.is_none() {
                restarted_by_pronoun(toks, after).unwrap_or(after)
            } else {
                after
            };
            let j = skip_between(m, toks, after);
            if has_got(toks, j) {
                i = j + 1;
                continue;
            }
            if let Some(end) = no_longer_done(toks, j) {
                out.push(Action {
                    range: toks[i].start..toks[end].end,
                    own: first_person_singular(&toks[i..i + n]),
                });
                i = end + 1;
                continue;
            }
            // A team's present tense is a standing arrangement ("the duty manager reviews the
            // list"), not an action: for a team only a past verb counts.
            let listed = m
                .done_verbs
                .as_ref()
                .and_then(|v| v.match_at(toks, j))
                .filter(|&len| {
                    listed_subject.is_some() || is_past_action_at(toks, j + len - 1, false)
                })
                .filter(|&len| !vague_doing(toks, j + len - 1));
            // "I've taken the list to the board", "we have begun visiting": after "have", the
            // participle is the action ("we've done a lot of work" says no action).
            let perfect = (i..j).any(|k| {
                let w = toks[k].norm.as_str();
                matches!(w, "have" | "has" | "had" | "'ve") || w.ends_with("'ve")
            });
            let len = listed
                .or_else(|| is_past_action_at(toks, j, false).then_some(1))
                .or_else(|| {
                    (perfect && toks[j].norm != "done" && is_past_action_at(toks, j, true))
                        .then_some(1)
                })
                // "had" may have been skipped as a helping verb ("I had set up"), and "all" after it ("I had
                // all the agencies adopt").
                .or_else(|| {
                    causative(toks, j)
                        .or_else(|| (i + n..j).find_map(|k| causative(toks, k)))
                        .map(|end| end + 1 - j)
                });
            if let Some(len) = len {
                out.push(Action {
                    range: toks[i].start..toks[j + len - 1].end,
                    own: first_person_singular(&toks[i..i + n]),
                });
                i = j + len;
                continue;
            }
            if let Some(end) = and_then_acted(m, toks, i, n, j) {
                out.push(Action {
                    range: toks[i].start..toks[end].end,
                    own: first_person_singular(&toks[i..i + n]),
                });
                i = end + 1;
                continue;
            }
        }
        // "Food is no longer blended", "bills are no longer sent before the visit": a practice the
        // service stopped, in the passive, is something done (the change is read apart).
        if let Some(end) = stopped_in_passive(toks, i) {
            out.push(Action {
                range: toks[i].start..toks[end].end,
                own: false,
            });
            i = end + 1;
            continue;
        }
        // "(ALB) was set up": the thing named may close on a bracket.
        if PASSIVE_AUX.contains(&toks[i].norm.as_str())
            && i > 0
            && (toks[i - 1].is_word() || toks[i - 1].norm == ")")
        {
            let j = skip_between(m, toks, i + 1);
            if let Some(t) = toks.get(j)
                && (is_past_action_at(toks, j, true) || done_by_an_agent(toks, j))
                // "was set to", "were used to": not an action taken; "was delivered to all 180
                // staff" is one, "to" leading to whom it was done for.
                && toks.get(j + 1).is_none_or(|n| {
                    n.norm != "to" || t.norm == "put" || to_whom(toks.get(j + 2))
                })
            {
                out.push(Action {
                    range: toks[i].start..t.end,
                    own: false,
                });
                i = j + 1;
                continue;
            }
        }
        i += 1;
    }
    out
}

/// Participles that say what a service does to someone ("assessed", "seen", "referred"), read as a
/// change or a state when nobody is said to act ("40 people were assessed"), and as an action when
/// the passive names who did it ("each person was assessed by a social worker").
const DONE_WHEN_AN_AGENT: &[&str] = &[
    "assessed",
    "seen",
    "supported",
    "referred",
    "reviewed",
    "visited",
    "discharged",
    "allocated",
    "placed",
    "changed",
    "reduced",
    "improved",
];

/// Heads of who acts for the service after "by", beyond [`TEAM_HEADS`]: "by a social worker and a
/// speech and language therapist", "by the cabinet member", "by our nurse".
const AGENT_HEADS: &[&str] = &[
    "member",
    "nurse",
    "nurses",
    "therapist",
    "director",
    "lead",
    "me",
    "us",
    "myself",
    "partners",
];

/// "Each person was assessed with their family by a social worker", "tenancies were reviewed by
/// the panel": the participle at `j` names a service's act, and "by" and who acted follow within
/// the clause ("reduced by half", "seen by the GP" name no one of ours or no one at all).
fn done_by_an_agent(toks: &[Token], j: usize) -> bool {
    if !DONE_WHEN_AN_AGENT.contains(&toks[j].norm.as_str()) {
        return false;
    }
    let Some(by) = (j + 1..(j + 9).min(toks.len()))
        .take_while(|&k| toks[k].is_word())
        .find(|&k| toks[k].norm == "by")
    else {
        return false;
    };
    let next = toks.get(by + 1).map_or("", |t| t.norm.as_str());
    matches!(next, "me" | "us" | "myself")
        || team_actor(toks, by + 1).is_some()
        || (matches!(
            next,
            "a" | "an" | "the" | "our" | "my" | "their" | "two" | "both"
        ) && toks
            .iter()
            .skip(by + 2)
            .take(4)
            .take_while(|t| t.is_word())
            .any(|t| {
                TEAM_HEADS.contains(&t.norm.as_str()) || AGENT_HEADS.contains(&t.norm.as_str())
            }))
}

/// "I was on the panel agreeing the standards and wrote the practice guidance", "we were at the
/// table from the start and set the budget": "I" or "we" and a "was"/"were" of being somewhere,
/// then "and" with an action whose subject is left out: the same speaker acted. The index of the
/// action's verb; none when a new subject or a break comes first.
fn and_then_acted(m: &Matchers, toks: &[Token], i: usize, n: usize, j: usize) -> Option<usize> {
    let subject = toks.get(i)?.norm.as_str();
    if n != 1
        || !matches!(subject, "i" | "we")
        || !matches!(toks.get(j)?.norm.as_str(), "was" | "were")
    {
        return None;
    }
    for k in j + 1..(j + 14).min(toks.len()) {
        let w = toks[k].norm.as_str();
        if !toks[k].is_word()
            || matches!(
                w,
                "i" | "we"
                    | "they"
                    | "she"
                    | "he"
                    | "it"
                    | "you"
                    | "that"
                    | "who"
                    | "which"
                    | "but"
                    | "not"
                    | "never"
            )
        {
            return None;
        }
        if w == "and" {
            let v = k + 1;
            let listed = m.done_verbs.as_ref().and_then(|d| d.match_at(toks, v));
            return match listed {
                Some(len) if is_past_action_at(toks, v + len - 1, false) => Some(v + len - 1),
                _ => is_past_action_at(toks, v, false).then_some(v),
            };
        }
    }
    None
}

/// "Food is no longer blended", "letters are no longer being sent": "is", "are", "was" or "were",
/// "no longer" (and "being") and a participle of doing, after a word. The index of the participle.
fn stopped_in_passive(toks: &[Token], i: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    if i == 0
        || !toks[i - 1].is_word()
        || !matches!(word(i), "is" | "are" | "was" | "were")
        || word(i + 1) != "no"
        || word(i + 2) != "longer"
    {
        return None;
    }
    let j = if word(i + 3) == "being" { i + 4 } else { i + 3 };
    // "no longer needed", "no longer required": not wanted any more, which is no action.
    (!matches!(word(j), "needed" | "required" | "wanted" | "allowed" | "able")
        // "is no longer left until the care starts": "left" done, as "kept" is.
        && (word(j) == "left" || is_past_action_at(toks, j, true)))
    .then_some(j)
}

/// A word written with a capital, not the pronoun "I": a name's word after a team's head.
fn capitalised_word(text: &str, t: &Token) -> bool {
    t.is_word()
        && t.norm != "i"
        && text
            .get(t.start..t.end)
            .is_some_and(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// A word written as an acronym ("RVG", "STEP", "CMHT"): two to six capitals or digits, at least
/// two of them capitals.
fn is_acronym(text: &str, t: &Token) -> bool {
    let w = text.get(t.start..t.end).unwrap_or("");
    (2..=6).contains(&w.len())
        && w.chars()
            .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
        && w.chars().filter(char::is_ascii_uppercase).count() >= 2
}

/// The first names of colleagues an answer introduces with their team: "dementia navigators,
/// we've got two of them now, Lena and Paul", "our two advisers, Sam and Bea". Capitalised words
/// within a dozen words after a team's head in the same sentence, set off by commas or "and" (so a
/// place after "in" or a title's "Mrs Khan" is not taken), lower-cased.
fn colleagues_named(text: &str, toks: &[Token]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (h, head) in toks.iter().enumerate() {
        if !TEAM_HEADS.contains(&head.norm.as_str()) {
            continue;
        }
        for k in h + 1..(h + 13).min(toks.len()) {
            if matches!(toks[k].norm.as_str(), "." | "!" | "?") {
                break;
            }
            let before = toks[k - 1].norm.as_str();
            let after = toks.get(k + 1).map_or("", |t| t.norm.as_str());
            let set_off = matches!(before, "," | "and") && matches!(after, "," | "and" | ".");
            if set_off && capitalised_word(text, &toks[k]) && !is_acronym(text, &toks[k]) {
                out.push(toks[k].norm.clone());
            }
        }
    }
    out
}

/// Who acts when the answer names them: "The RVG went through every placement" (a team by its
/// acronym after "the" or in brackets after its name), "STEP replaced three schemes" (an acronym
/// opening a sentence), "Lena went
/// to the memory clinic" (a colleague the answer introduced with the team). How many tokens.
fn named_actor(text: &str, toks: &[Token], i: usize, colleagues: &[String]) -> Option<usize> {
    let t = toks.get(i)?;
    if t.norm == "the" && toks.get(i + 1).is_some_and(|a| is_acronym(text, a)) {
        return Some(2);
    }
    // "The Short Term Enablement Pathway (STEP) replaced three schemes": the acronym in brackets
    // closes the name that acts.
    if t.norm == "("
        && toks.get(i + 1).is_some_and(|a| is_acronym(text, a))
        && toks.get(i + 2).is_some_and(|c| c.norm == ")")
    {
        return Some(3);
    }
    let opens = super::words::opens_sentence(text, toks, i);
    (opens && is_acronym(text, t))
        .then_some(1)
        .or_else(|| (capitalised_word(text, t) && colleagues.contains(&t.norm)).then_some(1))
}

/// "Our transitions worker, Marsha, went round", "our carers' lead, Ann Cole, rang": one to three
/// capitalised words between commas after a team actor name the worker; the index after the second
/// comma, where the verb may follow.
fn named_between_commas(text: &str, toks: &[Token], j: usize) -> Option<usize> {
    if toks.get(j)?.norm != "," {
        return None;
    }
    let capitalised = |t: &Token| capitalised_word(text, t);
    let names = toks[j + 1..]
        .iter()
        .take(3)
        .take_while(|t| capitalised(t))
        .count();
    (names > 0 && toks.get(j + 1 + names)?.norm == ",").then_some(j + 2 + names)
}

/// "the team, they rang", "our worker Ruth she sat": a pronoun (after a comma or none) that says the
/// named team or worker again; the index after it.
fn restarted_by_pronoun(toks: &[Token], j: usize) -> Option<usize> {
    let at = if toks.get(j)?.norm == "," { j + 1 } else { j };
    matches!(toks.get(at)?.norm.as_str(), "they" | "she" | "he" | "we").then_some(at + 1)
}

/// "Our social worker Olu found", "our connector Mary Ellis rang": one or two capitalised words
/// straight after a team's head, then a word, name the worker; the index of that word.
fn named_straight_after(text: &str, toks: &[Token], j: usize) -> Option<usize> {
    let capitalised = |t: &Token| capitalised_word(text, t);
    let names = toks[j.min(toks.len())..]
        .iter()
        .take(2)
        .take_while(|t| capitalised(t))
        .count();
    // "our worker Hannah, she sat with her": the name, then the worker said again by a pronoun.
    let restarted = || {
        toks.get(j + names).is_some_and(|t| t.norm == ",")
            && toks
                .get(j + names + 1)
                .is_some_and(|t| matches!(t.norm.as_str(), "she" | "he" | "they"))
    };
    (names > 0 && (toks.get(j + names)?.is_word() || restarted())).then_some(j + names)
}

/// "We've got about 600 people waiting", "we have got a team of six": British "have got" before an
/// amount or a thing is having, not doing ("we've got him home" is an action).
fn has_got(toks: &[Token], j: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let have = j > 0
        && (matches!(word(j - 1), "have" | "has" | "'ve")
            || word(j - 1).ends_with("'ve")
            || word(j - 1).ends_with("'s"));
    have && word(j) == "got"
        && (matches!(
            word(j + 1),
            "a" | "an"
                | "about"
                | "around"
                | "over"
                | "some"
                | "no"
                | "lots"
                | "more"
                | "fewer"
                | "loads"
                | "nearly"
                | "almost"
                | "just"
                | "only"
                | "two"
                | "three"
                | "four"
        ) || super::clause::is_figure_word(word(j + 1)))
}

/// "It's four pages now, written with a group of people who use services", "a new form, designed by
/// carers": after a comma, a participle of making something and who made it with or by is something
/// done, in a passive with its "was" left out. Only making: "our board, chaired by the leader" is a
/// standing role. Byte ranges.
pub(crate) fn reduced_passives(toks: &[Token]) -> Vec<Range<usize>> {
    (1..toks.len().saturating_sub(1))
        .filter(|&k| toks[k - 1].norm == ",")
        .filter(|&k| MADE.contains(&toks[k].norm.as_str()))
        .filter(|&k| matches!(toks[k + 1].norm.as_str(), "with" | "by" | "alongside"))
        .map(|k| toks[k].start..toks[k + 1].end)
        .collect()
}

/// Participles of making something new, for [`reduced_passives`].
const MADE: &[&str] = &[
    "written",
    "rewritten",
    "designed",
    "redesigned",
    "codesigned",
    "coproduced",
    "developed",
    "built",
    "created",
    "produced",
    "drafted",
    "shaped",
    "tested",
];

/// "We no longer do the financial assessment after the care starts", "the team no longer sends
/// letters": something the speaker or the team stopped doing is an action taken (the change is read
/// apart). Not a state lost ("we no longer have a manager"). The index of the verb.
fn no_longer_done(toks: &[Token], j: usize) -> Option<usize> {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    (word(j) == "no"
        && word(j + 1) == "longer"
        && toks.get(j + 2).is_some_and(Token::is_word)
        && !matches!(
            word(j + 2),
            "have"
                | "has"
                | "need"
                | "needs"
                | "get"
                | "gets"
                | "know"
                | "hear"
                | "see"
                | "feel"
                | "able"
                | "a"
                | "the"
                | "there"
        ))
    .then_some(j + 2)
}

/// "We have done a lot of work on this", "we've done loads": doing said with no thing done is
/// activity, not an action an assessor can picture ("I've done four practice weeks" is one).
fn vague_doing(toks: &[Token], verb: usize) -> bool {
    let word = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    word(verb) == "done"
        && (matches!(
            word(verb + 1),
            "lots" | "loads" | "plenty" | "much" | "some" | "everything"
        ) || (word(verb + 1) == "a" && matches!(word(verb + 2), "lot" | "great" | "huge")))
}

/// Words after "to" that say to whom or what something was done ("delivered to all staff", "sent to
/// every family", "given to 40 carers"), where an infinitive would follow "was set to".
fn to_whom(next: Option<&Token>) -> bool {
    next.is_some_and(|t| {
        t.norm.starts_with(|c: char| c.is_ascii_digit())
            || matches!(
                t.norm.as_str(),
                "all"
                    | "every"
                    | "each"
                    | "the"
                    | "our"
                    | "their"
                    | "them"
                    | "everyone"
                    | "anyone"
                    | "staff"
                    | "family"
                    | "families"
                    | "carers"
                    | "people"
                    | "residents"
                    | "parents"
            )
    })
}

/// Whether token `k` opens a line (the first token, or one after a line break).
fn opens_line(text: &str, toks: &[Token], k: usize) -> bool {
    k == 0
        || text
            .get(toks[k - 1].end..toks[k].start)
            .is_some_and(|gap| gap.contains('\n'))
}

/// Words that never name the thing a note-form bullet is about.
const NOT_A_THING: &[&str] = &[
    "to", "in", "by", "of", "for", "on", "at", "no", "not", "next", "then", "now", "we", "i",
    "they",
];

/// Words after a note-form participle that show it is a passive ("waiting list split by risk",
/// "bedding fitted in 96 homes", "29 top-ups taken back on to the council's rate"), not a thing's
/// own act on an object ("families phoned three depots" is how things stood).
const AFTER_NOTE_PASSIVE: &[&str] = &[
    "in",
    "on",
    "at",
    "by",
    "with",
    "for",
    "to",
    "from",
    "against",
    "across",
    "into",
    "through",
    "under",
    "since",
    "after",
    "before",
    "back",
    "up",
    "out",
    "off",
    "over",
    "down",
    "and",
    "alongside",
    "within",
    "onto",
];

/// Where a note-form thing may open: after a bullet that opens a line; and, on a note line (one
/// that ends with no full stop, in an answer of several lines, not its heading), at the line's
/// start or after a colon, arrow or semicolon ("Feb 2025: waiting list split by risk", "512
/// referrals; 430 visits done"). Each with whether a bullet opened it.
fn note_openers(text: &str, toks: &[Token]) -> Vec<(usize, bool)> {
    let several_lines = text.trim().contains('\n');
    let mut out = Vec::new();
    for k in 0..toks.len() {
        if matches!(toks[k].norm.as_str(), "-" | "•" | "·" | "*" | "–") && opens_line(text, toks, k)
        {
            out.push((k + 1, true));
            continue;
        }
        if !several_lines || !toks[k].is_word() || !on_note_line(text, toks[k].start) {
            continue;
        }
        let after_mark = k > 0 && matches!(toks[k - 1].norm.as_str(), ":" | ";" | "→");
        if after_mark || opens_line(text, toks, k) {
            out.push((k, false));
        }
    }
    out
}

/// Whether byte `at` sits on a note line: not the answer's first line (its heading), and a line
/// that does not end as a sentence does.
fn on_note_line(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |n| at + n);
    let first = text[..line_start].trim().is_empty();
    let line = text[line_start..line_end].trim_end();
    !first && !line.ends_with(['.', '?', '!'])
}

/// In a note, a thing and what was done to it: "- triage moved to senior practitioners", "- duty
/// rotas merged in May", "Feb 2025: waiting list split by risk", "...; bedding fitted in 96 homes".
/// One to four words before a past action verb that is not a change ("- waits reduced" says a
/// change, not an action); past a bullet's two words, or anywhere but after a bullet, the verb must
/// read as a passive by the word after it ([`AFTER_NOTE_PASSIVE`]).
pub(crate) fn note_subject_past(text: &str, toks: &[Token]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    for (s, bullet) in note_openers(text, toks) {
        for j in s + 1..=s + 4 {
            let thing = &toks[s..j.min(toks.len())];
            // The answer ended before the thing did (a bare bullet on the last line): nothing
            // was done to it, and an empty thing has no first word to look at.
            if thing.len() < j - s {
                break;
            }
            // "• 14 pantries opened in church halls": a count may head the thing.
            let is_thing = thing.iter().enumerate().all(|(q, t)| {
                t.is_word()
                    && (t
                        .norm
                        .chars()
                        .all(|c| c.is_alphabetic() || c == '-' || c == '\'')
                        || (q == 0 && super::clause::is_figure_word(&t.norm)))
                    && !NOT_A_THING.contains(&t.norm.as_str())
                    && !is_past_action(&t.norm, false)
            });
            if !is_thing {
                break;
            }
            // A count alone is no thing done to ("- 40 waited"); it needs its noun.
            if j == s + 1 && super::clause::is_figure_word(&thing[0].norm) {
                continue;
            }
            let passive = toks
                .get(j + 1)
                .is_none_or(|n| !n.is_word() || AFTER_NOTE_PASSIVE.contains(&n.norm.as_str()));
            if toks
                .get(j)
                .is_some_and(|t| !CHANGES.contains(&t.norm.as_str()))
                && (is_past_action_at(toks, j, false) || is_past_action_at(toks, j, true))
                && ((bullet && j < s + 3) || passive)
            {
                out.push(toks[s].start..toks[j].end);
                break;
            }
        }
    }
    out
}

/// Verbs of thought, feeling, being or having: "I think", "we have", "I feel" say no practice.
const NOT_PRACTICE: &[&str] = &[
    "think", "feel", "believe", "know", "hope", "want", "need", "have", "am", "are", "like", "try",
    "expect", "suppose", "guess", "wonder", "mean", "worry", "can", "could", "would", "will",
    "should", "must", "may", "might", "do", "don't", "did", "didn't", "also", "still", "always",
    "often", "usually", "never", "really", "just", "plan", "intend", "aim", "wish",
];

/// How often a practice is kept: "every", "each", "monthly".
const OFTEN: &[&str] = &[
    "every",
    "each",
    "daily",
    "weekly",
    "fortnightly",
    "monthly",
    "quarterly",
    "annually",
    "yearly",
];

/// "I read every upheld complaint myself", "we audit ten files each month", "I get assurance
/// through a monthly joint audit": the speaker (or the speaker's team, "we") keeps a practice, said
/// in the present with how often. Only "I" and "we": a team's present tense is a standing
/// arrangement, read elsewhere.
pub(crate) fn regular_practice(m: &Matchers, toks: &[Token]) -> Vec<Action> {
    let mut out = Vec::new();
    for i in 0..toks.len() {
        if !matches!(toks[i].norm.as_str(), "i" | "we") {
            continue;
        }
        let Some(j) = present_verb_after(m, toks, i) else {
            continue;
        };
        let verb = &toks[j];
        // How often, before the clause ends.
        let often = toks[j + 1..]
            .iter()
            .take(10)
            .take_while(|t| t.is_word())
            .any(|t| OFTEN.contains(&t.norm.as_str()));
        if often {
            out.push(Action {
                range: toks[i].start..verb.end,
                own: toks[i].norm == "i",
            });
        }
    }
    out
}

/// The verb after the subject at `i` when it reads as a present-tense action ("I advise", "we
/// audit"): no view, modal, past or "-ing" form.
fn present_verb_after(m: &Matchers, toks: &[Token], i: usize) -> Option<usize> {
    let j = skip_between(m, toks, i + 1);
    let verb = toks.get(j)?;
    let v = verb.norm.as_str();
    let acting = verb.is_word()
        && v.chars().all(|c| c.is_ascii_lowercase())
        && !NOT_PRACTICE.contains(&v)
        && !v.ends_with("ed")
        && !v.ends_with("ing")
        && (!v.ends_with('s') || v.ends_with("ss"));
    acting.then_some(j)
}

/// Verbs of view or speech after "I" that say no role: "I tend to", "I reckon", "I'd say".
const NOT_ROLE: &[&str] = &[
    "tend",
    "reckon",
    "imagine",
    "say",
    "see",
    "find",
    "remember",
    "understand",
    "agree",
    "doubt",
    "recall",
    "realise",
    "realize",
    "suspect",
    "fear",
    "prefer",
    "love",
    "hate",
    "gather",
    "accept",
    "appreciate",
    "admit",
    "hear",
];

/// Words that may stand before an "I" opening a clause: "and I chair", "so I advise".
const CLAUSE_OPENERS: &[&str] = &["and", "but", "so", "now", "today", "also", "where"];

/// "I advise on practice", "I chair the safeguarding board": the speaker's standing role, said in the
/// present without how often. It is the speaker's own part but nothing done, so it never counts as
/// an action; only "I" opening a clause, not "the teams I support".
pub(crate) fn present_roles(m: &Matchers, toks: &[Token]) -> Vec<Range<usize>> {
    (0..toks.len())
        .filter(|&i| {
            toks[i].norm == "i"
                && (i == 0
                    || !toks[i - 1].is_word()
                    || CLAUSE_OPENERS.contains(&toks[i - 1].norm.as_str()))
        })
        .filter_map(|i| present_verb_after(m, toks, i))
        .filter(|&j| !NOT_ROLE.contains(&toks[j].norm.as_str()))
        .map(|j| {
            let i = toks[..j].iter().rposition(|t| t.norm == "i").unwrap_or(j);
            toks[i].start..toks[j].end
        })
        .collect()
}

/// "What we did was ring around the people on our list", "what I did was to phone every carer",
/// "what we've done is bring in a duty worker": the action after "what I/we did was", a bare verb
/// (or "to" and one) with its object or particle after it; "what we did was not enough" and "what
/// we did was important" name none.
pub(crate) fn what_was_done(toks: &[Token]) -> Vec<Action> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let mut out = Vec::new();
    for i in 0..toks.len() {
        if w(i) != "what" {
            continue;
        }
        let mut j = i + 1;
        let own = matches!(w(j), "i" | "i've");
        j += match (w(j), w(j + 1), w(j + 2)) {
            ("i" | "we", "did", _) => 2,
            ("i've" | "we've", "done", _) => 2,
            ("i" | "we", "have", "done") => 3,
            _ => continue,
        };
        if !matches!(w(j), "was" | "is") {
            continue;
        }
        j += 1;
        while matches!(
            w(j),
            "to" | "basically" | "really" | "just" | "simply" | "actually"
        ) {
            j += 1;
        }
        let verb = w(j);
        let object_after = matches!(
            w(j + 1),
            "the"
                | "a"
                | "an"
                | "every"
                | "each"
                | "all"
                | "our"
                | "their"
                | "them"
                | "her"
                | "him"
                | "it"
                | "up"
                | "round"
                | "around"
                | "out"
                | "together"
                | "in"
                | "with"
                | "some"
                | "everyone"
                | "people"
                | "families"
                | "carers"
        ) || super::clause::is_figure_word(w(j + 1));
        let bare = verb.len() > 2
            && verb.chars().all(|c| c.is_ascii_lowercase())
            // "going", not "bring" or "ring".
            && !(verb.ends_with("ing") && verb.len() > 5)
            && !matches!(verb, "not" | "never" | "that" | "this" | "about" | "because");
        if bare && object_after {
            out.push(Action {
                range: toks[i].start..toks[j].end,
                own,
            });
        }
    }
    out
}

/// Labels that say the notes after them are the speaker's actions: "What I did:", "Actions taken:".
const ACTION_LABELS: &[&str] = &[
    "what i did",
    "what we did",
    "what i've done",
    "what we've done",
    "what i have done",
    "what we have done",
    "what i changed",
    "what we changed",
    "action",
    "actions",
    "actions taken",
    "my part",
    "our part",
    // "Our change: therapists agree the aims at the first visit": the change the speaker's service
    // made, and theirs.
    "our change",
    "our changes",
    "my change",
    "my changes",
    "our actions",
    "my actions",
    "what we put in place",
    "what i put in place",
    // Notes that head each line with its stage ("Then: ... Did: ... Now: ..."): what was done,
    // not whose.
    "did",
    "done",
    "changed",
    "change",
    "what changed",
    "what was done",
];

/// Whether an action label names the speaker ("What I did", "our part"), so what stands under it
/// is their own part; "Actions:" or "Did:" say what, not whose.
fn label_names_speaker(label: &str) -> bool {
    label
        .split_whitespace()
        .any(|w| matches!(w, "i" | "we" | "i've" | "we've" | "my" | "our"))
}

/// A verb straight after a label naming the speaker's actions ("What I did: launched the mark") is
/// done, as it is under the "What have you done?" prompt: the label has said who.
pub(crate) fn after_action_label(text: &str, at: usize) -> bool {
    action_label(text, at).is_some()
}

/// Whether the label before `at` names the speaker ("What I did:", "What we changed:", "My part:"),
/// so the action after it is their own part; "Actions:" says what, not whose.
pub(crate) fn after_own_action_label(text: &str, at: usize) -> bool {
    action_label(text, at).is_some_and(label_names_speaker) || under_own_heading(text, at)
}

/// Whether `at` stands on a bulleted line under a heading on a line of its own that names the
/// speaker's actions, with or without a colon ("What I did" over "- Sat down with the provider"):
/// the lines between are bullets or blank, so the heading has said whose the actions are.
fn under_own_heading(text: &str, at: usize) -> bool {
    let Some(before) = text.get(..at) else {
        return false;
    };
    let bullets = ['-', '*', '•', '–'];
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    if !before[line_start..].trim_start().starts_with(bullets) {
        return false;
    }
    let mut end = line_start;
    while end > 0 {
        let above = &before[..end - 1];
        let start = above.rfind('\n').map_or(0, |i| i + 1);
        let line = above[start..].trim();
        end = start;
        if line.is_empty() || line.starts_with(bullets) {
            continue;
        }
        let label = line.trim_end_matches(':').trim_end().to_lowercase();
        return ACTION_LABELS.contains(&label.as_str()) && label_names_speaker(&label);
    }
    false
}

/// The action label ending just before `at`, if there is one.
fn action_label(text: &str, at: usize) -> Option<&'static str> {
    let before = text.get(..at).unwrap_or("").trim_end();
    let label = before.strip_suffix(':')?;
    let from = label.rfind(['\n', '.', '!', '?', ':']).map_or(0, |i| i + 1);
    let label = label[from..]
        .trim()
        .trim_start_matches(['-', '*', '•'])
        .trim()
        .to_lowercase();
    // "What we did (from May 2024):", "Actions (with the GPs):": an aside in brackets after the
    // label says when or with whom, and leaves the label what it is.
    let label = match label.strip_suffix(')').and_then(|l| l.rfind('(')) {
        Some(open) => label[..open].trim_end(),
        None => label.as_str(),
    };
    ACTION_LABELS.iter().copied().find(|l| *l == label)
}

/// What stands under an action label in notes, whatever its grammar ("What I did: a checklist for
/// discharge, agreed with the trust", "What we did:" over "- a weekly risk huddle"): the words to
/// the end of the label's line or its first ";", or the next line when the label ends its own, and
/// whether the label names the speaker.
pub(crate) fn under_action_labels(text: &str) -> Vec<(Range<usize>, bool)> {
    let mut out = Vec::new();
    for (p, _) in text.match_indices(':') {
        let Some(label) = action_label(text, p + 1) else {
            continue;
        };
        let line_end = |from: usize| text[from..].find('\n').map_or(text.len(), |i| from + i);
        let mut from = p + 1;
        if text[from..line_end(from)].trim().is_empty() && line_end(from) < text.len() {
            from = line_end(from) + 1;
        }
        let end = line_end(from);
        let end = text[from..end].find(';').map_or(end, |i| from + i);
        let said = &text[from..end];
        let lead = said.len()
            - said
                .trim_start_matches(|c: char| c.is_whitespace() || matches!(c, '-' | '*' | '•'))
                .len();
        let body = said[lead..].trim_end();
        if body.chars().any(char::is_alphabetic) {
            out.push((
                from + lead..from + lead + body.len(),
                label_names_speaker(label),
            ));
        }
    }
    // "What I did" on a line of its own, with or without a colon, over bulleted lines: each bullet is the
    // speaker's action, whatever its grammar ("- Sat down with the provider").
    let mut offset = 0;
    let mut heading: Option<bool> = None;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let trimmed = line.trim();
        if trimmed.is_empty() {
            continue;
        }
        let body = trimmed.trim_start_matches(['-', '*', '•', '–']);
        if body.len() < trimmed.len() {
            let body = body.trim();
            if let Some(own) = heading
                && body.chars().any(char::is_alphabetic)
            {
                let from = start + line.find(body).unwrap_or(0);
                out.push((from..from + body.len(), own));
            }
            continue;
        }
        let label = trimmed.trim_end_matches(':').trim_end().to_lowercase();
        heading = ACTION_LABELS
            .contains(&label.as_str())
            .then(|| label_names_speaker(&label));
        // "What changed - assessments handed over to the carers' centre": a dash with spaces
        // round it ends a label in notes as a colon does.
        if let Some((p, dash)) = [" - ", " – ", " — "]
            .iter()
            .filter_map(|d| line.find(d).map(|p| (p, d.len())))
            .min()
            && let Some(label) = ACTION_LABELS
                .iter()
                .find(|l| line[..p].trim().to_lowercase() == **l)
        {
            let from = p + dash;
            let end = line[from..]
                .find([';', '\n'])
                .map_or(line.len(), |i| from + i);
            let body = line[from..end].trim();
            if body.chars().any(char::is_alphabetic) {
                let at = start + from + line[from..].find(body).unwrap_or(0);
                out.push((at..at + body.len(), label_names_speaker(label)));
            }
        }
    }
    out.sort_by_key(|(r, _)| r.start);
    out.dedup_by_key(|(r, _)| r.start);
    out
}

/// A listed action verb opening a sentence or a line ("Set up a huddle"), and whether a bullet or
/// number stands before it. Under "What have you done?" the prompt has said who.
pub(crate) fn opening_verbs(
    m: &Matchers,
    text: &str,
    toks: &[Token],
    span: Range<usize>,
) -> Vec<(Range<usize>, bool)> {
    let Some(verbs) = &m.done_verbs else {
        return Vec::new();
    };
    let mut out = Vec::new();
    let line_start = |k: usize| {
        k == 0
            || text
                .get(toks[k - 1].end..toks[k].start)
                .is_some_and(|gap| gap.contains('\n'))
            || toks[k].start == span.start
    };
    for (k, t) in toks.iter().enumerate() {
        if t.start < span.start || t.end > span.end {
            continue;
        }
        let mut bullet = false;
        let opens = if line_start(k) {
            true
        } else {
            let prev = toks[k - 1].norm.as_str();
            let marked = matches!(prev, "-" | "•" | "·" | "*" | "–") && line_start(k - 1);
            let numbered = matches!(prev, "." | ")")
                && k >= 2
                && toks[k - 2].norm.len() <= 2
                && toks[k - 2].norm.chars().all(|c| c.is_ascii_digit())
                && line_start(k - 2);
            bullet = marked || numbered;
            bullet || matches!(prev, "." | "!" | "?" | ";" | ":")
        };
        if opens && let Some(n) = verbs.match_at(toks, k) {
            out.push((t.start..toks[k + n - 1].end, bullet));
        }
    }
    out
}
