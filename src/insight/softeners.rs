//! Softeners: words that play down the speaker's own claim ("I think", "seems", "we're hoping to"),
//! told apart from the same words doing other work ("the only route", "a just outcome", "I think
//! through each case", "the kind of help", "has only just been agreed", "we've just finished").
//!
//! The rule, as the measurement sets' tables apply it (eval/insight/set-a/README.md and the sets
//! after it): a softener is a word or phrase by which the PSW holds back their OWN claim, whether
//! what was done, what changed or what they know. It is not one when the same words do other work
//! in the clause: "only" or "just" meaning solely, limiting a figure, or meaning recently ("only
//! the one ferry", "just over six weeks", "we've just finished"); "just" or "fairly" meaning fair
//! ("a just outcome", "dealt with fairly."); "quite" meaning wholly ("quite right", "quite
//! complex needs"); "kind of" naming a kind ("the kind of help"); "think" meaning weigh ("I think
//! through each case"); "seem", "try" or "hope" told of someone else ("the families seem to like
//! it", "staff try to", "I hope you get to see it"); anything in someone else's words, reported or
//! quoted ("the GP said she probably had dementia", her words "maybe next year"); and anything in a
//! question, which asks rather than claims. A plain statement of what is not known ("it's hard to
//! say whether", "I don't know how they count it", "too early to say") is candour about a gap, not
//! a claim held back; candour phrases ("honestly", "I'll be straight with you") and approximators
//! on figures ("about 40", "roughly", "or so") are optional in the tables and are not flagged.

use super::claims::limits_a_figure;
use super::reading::Reading;
use super::text::Taken;
use super::words::{self, Token};
use std::ops::Range;

/// Softeners the lists may not hold, read here so they are found whatever a user's lexicon says.
const MORE: &[&[&str]] = &[
    &["seems"],
    &["seem"],
    &["seemed"],
    &["possibly"],
    &["apparently"],
    &["i'd", "say"],
    &["i", "would", "say"],
    &["i'd", "expect"],
    &["i", "would", "expect"],
    &["we're", "hoping", "to"],
    &["we", "are", "hoping", "to"],
    &["i'm", "hoping", "to"],
    &["hoping", "to"],
    // "I'm hoping the new rota settles it", "we're hoping that holds": the same hope without "to".
    &["i'm", "hoping"],
    &["we're", "hoping"],
    &["it", "may", "be"],
    // "the heavier cases may be spread more evenly now": a result held back, as "might be" is.
    &["may", "be"],
    &["all", "being", "well"],
    &["i'd", "imagine"],
    &["i", "imagine"],
    &["i", "tend", "to"],
    &["i'd", "tend", "to"],
    &["arguably"],
    &["for", "what", "it's", "worth"],
    &["more", "or", "less"],
    &["it", "feels", "like"],
    &["look", "like"],
    &["looks", "like"],
    &["really"],
    &["i'd", "guess"],
    // A figure left unchecked: "about fifteen this year, but I'd have to check". ("It's hard to
    // say" is left out: the tables count it as a softener in one answer and not in two others.)
    &["i'd", "have", "to", "check"],
    &["i", "would", "have", "to", "check"],
    &["i", "would", "guess"],
    // Wanting, not doing: "Next year I'd like to get the team fully staffed".
    &["i'd", "like", "to"],
    &["i", "would", "like", "to"],
    &["we'd", "like", "to"],
    // A view held loosely, or heard second hand: "I reckon we handled it", "I gather they're well
    // attended".
    &["i", "reckon"],
    &["i", "gather"],
    // A doubt on what happened or why: "there may have been fewer call-outs", "it could easily be
    // chance".
    &["may", "have", "been"],
    &["might", "have", "been"],
    // "it may have helped a little", "we might have caught it sooner", "people might not know":
    // a doubt on what happened or is so ("might have to" is an obligation, see
    // `more_not_softening`).
    &["may", "have"],
    &["might", "have"],
    &["might", "not"],
    // "It might go to the forum at some point": a step held back.
    &["it", "might"],
    &["i", "suspect"],
    &["i'd", "suspect"],
    // "I couldn't say for sure", "nobody knows for sure": a claim the speaker will not stand on.
    &["couldn't", "say", "for", "sure"],
    &["can't", "say", "for", "sure"],
    &["say", "for", "sure"],
    &["know", "for", "sure"],
    // "though it's hard to be sure", "it's difficult to be certain": the same, said of the claim.
    &["hard", "to", "be", "sure"],
    &["hard", "to", "be", "certain"],
    &["difficult", "to", "be", "sure"],
    &["difficult", "to", "be", "certain"],
    // "so who knows.": a shrug (only closing its clause or after "so", see `more_not_softening`).
    &["who", "knows"],
    // "I'd be wary of claiming anything", "I'm wary of overstating it": the speaker's own caution
    // ("agencies were wary of taking them on" is someone else's).
    &["i'd", "be", "wary"],
    &["i", "would", "be", "wary"],
    &["i'm", "wary"],
    &["i", "am", "wary"],
    // "I wouldn't want to say it's fixed", "I wouldn't want to overclaim" ("I wouldn't want to claim
    // it's made a difference" denies the claim outright and is left out).
    &["i", "wouldn't", "want", "to", "say"],
    &["i", "wouldn't", "want", "to", "overclaim"],
    &["i", "wouldn't", "want", "to", "overstate"],
    &["i", "wouldn't", "want", "to", "oversell"],
    // "that's more of a feeling": a sense, not a finding.
    &["more", "of", "a", "feeling"],
    &["more", "of", "a", "sense"],
    &["more", "of", "a", "hunch"],
    &["more", "of", "a", "gut", "feeling"],
    // "it feels better but I couldn't show you": a sense, however it goes on.
    &["it", "feels"],
    &["could", "easily", "be"],
    &["could", "well", "be"],
    &["in", "a", "small", "way"],
    &["i'm", "hopeful"],
    &["we're", "hopeful"],
    // "morale is broadly good", "the feedback is generally positive": a result held back; only
    // after a form of "be" (see `more_not_softening`), so "over-75s generally" is no softener.
    &["generally"],
    &["broadly"],
    &["mostly"],
    // "the feedback's been pretty good": a result played down.
    &["pretty"],
    // "it's landed reasonably well": the same ("reasonably practicable" is a legal test, so only
    // before a result word, see `more_not_softening`).
    &["reasonably"],
    // "we're well connected, generally speaking": a claim held back, wherever it stands.
    &["generally", "speaking"],
    &["broadly", "speaking"],
    // "It feels as if the culture's shifting": a sense, not a finding.
    &["it", "feels", "as", "if"],
    &["it", "feels", "as", "though"],
    // "Nobody's dropped out, at least": a claim shrunk to what is safe (only at the end of its
    // clause: "at least 40 carers" gives a figure).
    &["at", "least"],
    // "... or that's my impression": a view, not a finding.
    &["that's", "my", "impression"],
    &["my", "impression", "is"],
    // "We might train a third later in the year": a step held back.
    &["we", "might"],
    // An excuse in place of a result: "we're doing our best with what we have".
    &["doing", "our", "best"],
    &["doing", "the", "best", "we", "can"],
    &["doing", "what", "we", "can"],
    // "practice is good on the whole", "On the whole, people feel heard": a result held back (only
    // closing or opening its clause, see `more_not_softening`: "on the whole estate" is a place).
    &["on", "the", "whole"],
    // "we're starting to notice the conversations changing", "it's beginning to land": a result
    // told as only begun (only after a form of "be", see `more_not_softening`: "from care starting
    // to a decision" is no softener).
    &["starting", "to"],
    &["beginning", "to"],
    // The hedges of everyday English that the tables' words did not bring in, by family. Each one's
    // other uses are told apart by its place in the clause in `general_not_softening`.
    // Adverbs of likelihood: "presumably that's the rota", "it's potentially saved a stay".
    &["presumably"],
    &["potentially"],
    &["conceivably"],
    &["seemingly"],
    &["supposedly"],
    &["reportedly"],
    &["it's", "likely"],
    &["it", "is", "likely"],
    &["that's", "likely"],
    &["more", "than", "likely"],
    &["in", "all", "likelihood"],
    &["in", "all", "probability"],
    &["chances", "are"],
    // A view held loosely: "I'd have thought it's helped", "as far as I know nobody waits".
    &["i'd", "think"],
    &["i", "would", "think"],
    &["i'd", "have", "thought"],
    &["i", "would", "have", "thought"],
    &["i", "presume"],
    &["i", "assume"],
    &["i'd", "assume"],
    &["i'm", "guessing"],
    &["my", "guess", "is"],
    &["at", "a", "guess"],
    &["my", "sense", "is"],
    &["my", "feeling", "is"],
    &["my", "hunch", "is"],
    &["my", "understanding", "is"],
    &["as", "far", "as", "i", "know"],
    &["as", "far", "as", "i", "can", "tell"],
    &["as", "far", "as", "i", "can", "see"],
    &["as", "far", "as", "i'm", "aware"],
    &["to", "my", "knowledge"],
    &["if", "i", "remember", "rightly"],
    &["if", "memory", "serves"],
    &["i", "dare", "say"],
    &["i", "daresay"],
    &["i'm", "inclined", "to", "think"],
    &["i'd", "be", "inclined", "to", "think"],
    &["i", "like", "to", "think"],
    &["i'd", "like", "to", "believe"],
    &["i", "would", "like", "to", "believe"],
    &["i'd", "have", "said"],
    &["i", "would", "have", "said"],
    &["i", "would've", "thought"],
    &["i'd've", "thought"],
    &["i", "would've", "said"],
    &["i'd", "like", "to", "hope"],
    // The team's view held loosely, as the speaker's own: "we think it's helped", "we believe the
    // waits are shorter", "we reckon".
    &["we", "think"],
    &["we", "believe"],
    &["we", "feel"],
    &["we", "reckon"],
    &["we", "suspect"],
    &["i'm", "pretty", "sure"],
    &["i'm", "not", "certain"],
    &["not", "entirely", "sure"],
    &["not", "completely", "sure"],
    &["not", "totally", "sure"],
    &["not", "entirely", "certain"],
    // A result held back across the whole: "by and large it's held", "it's worked for the most
    // part", "in the main, carers say".
    &["by", "and", "large"],
    &["for", "the", "most", "part"],
    &["in", "the", "main"],
    &["largely"],
    // A result held back in degree: "it's helped to an extent", "in some ways we're further on",
    // "relatively well".
    &["to", "an", "extent"],
    &["to", "a", "degree"],
    &["to", "a", "certain", "extent"],
    &["to", "a", "large", "extent"],
    &["in", "some", "ways"],
    &["in", "a", "way"],
    &["in", "a", "sense"],
    &["in", "some", "respects"],
    &["up", "to", "a", "point"],
    &["relatively"],
    &["comparatively"],
    // A claim followed by a concession that it cannot be known: "..., though it's hard to say".
    // ("but it's too early to say" is left out: it tells when a result will be known, and the
    // project's own table does not count it.)
    &["hard", "to", "say"],
    &["difficult", "to", "say"],
    &["hard", "to", "tell"],
    &["difficult", "to", "tell"],
    &["hard", "to", "know"],
    // A step suggested, not taken: "it could be worth asking the club".
    &["could", "be", "worth"],
    &["might", "be", "worth"],
    &["may", "be", "worth"],
    &["may", "well"],
    &["might", "well"],
    // How it looks, not what was found: "it appears to have settled", "it tends to work".
    &["appears", "to"],
    &["appear", "to"],
    &["appeared", "to"],
    &["it", "appears"],
    &["would", "appear"],
    &["tends", "to"],
    &["tend", "to"],
    &["tended", "to"],
    // Luck held out for: "with any luck the second group starts in May".
    &["with", "any", "luck"],
    &["fingers", "crossed"],
    &["touch", "wood"],
    &["if", "all", "goes", "well"],
    &["if", "all", "goes", "to", "plan"],
    &["cautiously", "optimistic"],
    &["tentatively"],
    // A possibility put in place of a claim: "it's possible the rota helped", "there's a chance it
    // was the weather", "it could have been the new form", "there may be fewer falls".
    &["it's", "possible"],
    &["it", "is", "possible"],
    &["there's", "a", "chance"],
    &["there", "is", "a", "chance"],
    &["it", "could", "have", "been"],
    &["that", "could", "have", "been"],
    &["it", "could", "be", "that"],
    &["there", "may", "be"],
    &["that", "may", "be"],
    &["this", "may", "be"],
    // A claim weighed or held to theory: "on balance it's worked", "to some degree", "all things
    // considered", "in theory every carer gets a call".
    &["on", "balance"],
    &["to", "some", "degree"],
    &["all", "things", "considered"],
    &["in", "theory"],
    &["i'd", "venture"],
    &["not", "a", "hundred", "percent"],
    &["not", "a", "hundred", "per", "cent"],
    &["not", "100", "%"],
    // Words used loosely: "a hub, so to speak".
    &["so", "to", "speak"],
    &["as", "it", "were"],
    // The hedges of spoken and academic English the first two blocks left out, by family (the
    // hedge lists of the metadiscourse and epistemic-modality literature, in categories, with
    // their look-alikes told apart in `general_not_softening`).
    // Words used loosely, closing their clause: "a network, in a manner of speaking", "a hub, if
    // you like", "what you might call a network".
    &["in", "a", "manner", "of", "speaking"],
    &["if", "you", "like"],
    &["what", "you", "might", "call"],
    &["what", "you", "could", "call"],
    &["what", "you'd", "call"],
    // A claim offered as one view among others: "I'd argue the forum has changed things", "you
    // could say we got lucky", "in my view the team is stronger".
    &["i'd", "argue"],
    &["i", "would", "argue"],
    &["one", "could", "argue"],
    &["you", "could", "argue"],
    &["you", "could", "say"],
    &["you", "might", "say"],
    &["in", "my", "view"],
    &["in", "my", "opinion"],
    &["in", "our", "view"],
    &["to", "my", "mind"],
    // A guess owned as one: "I'd hazard a guess it's halved", "if I had to guess".
    &["i'd", "hazard"],
    &["i", "would", "hazard"],
    &["if", "i", "had", "to", "guess"],
    &["if", "i", "were", "to", "guess"],
    // What the speaker knows only second hand or from memory: "I'm told the waits are down", "from
    // what I can see", "as I understand it", "if I remember correctly".
    &["i'm", "told"],
    &["from", "what", "i", "can", "see"],
    &["from", "what", "i", "can", "tell"],
    &["from", "what", "i", "gather"],
    &["as", "i", "understand", "it"],
    &["if", "i", "recall"],
    &["if", "i", "remember", "correctly"],
    &["it", "would", "seem"],
    &["i", "should", "think"],
    // A claim kept below its full weight: "not entirely bedded in", "it's not necessarily the
    // rota", "if anything the calls went up", "not bad at all". ("I wouldn't say it's changed
    // anything" denies the claim rather than holding it back, and is left out as "I wouldn't want
    // to claim" is.)
    &["not", "entirely"],
    &["not", "wholly"],
    &["not", "necessarily"],
    &["if", "anything"],
    &["not", "bad"],
    &["not", "too", "bad"],
    &["not", "so", "bad"],
    &["not", "a", "bad"],
    // A result shrunk in degree: "morale is slightly better", "the waits are a tad shorter".
    &["slightly"],
    &["a", "tad"],
    // How it looks at first, or in principle: "on the face of it", "at first glance", "in
    // principle every carer gets a review" ("as a rule" and "more often than not" tell how often,
    // of others as often as of the speaker, and are left out: "a lift that was out more often
    // than not").
    // Hedges as a transcript of speech sets them down: "it kinda worked", "we sorta fell into
    // it", "I s'pose it helped", "probly the best thing we did", "a wee bit shorter".
    &["kinda"],
    &["sorta"],
    &["i", "s'pose"],
    &["i", "spose"],
    &["probly"],
    &["prolly"],
    &["a", "wee", "bit"],
    &["a", "touch"],
    // A cause held back: "it could be down to the new rota", "that would explain the drop".
    &["could", "be", "down", "to"],
    &["might", "be", "down", "to"],
    &["may", "be", "down", "to"],
    &["that", "would", "explain"],
    &["that'd", "explain"],
    &["that", "might", "explain"],
    &["that", "could", "explain"],
    &["which", "would", "explain"],
    &["which", "might", "explain"],
    &["on", "the", "face", "of", "it"],
    &["at", "first", "glance"],
    &["at", "first", "sight"],
    &["in", "principle"],
];

/// Whether a [`MORE`] softener at tokens `i..j` is doing other work: "really" softens only at the end
/// of its clause ("I pulled it together really,"), not before a verb ("they really like her"); "looks
/// like" only before what it supposes ("it looks like they're improving"), not "what good looks like".
fn more_not_softening(toks: &[Token], i: usize, j: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let phrase: Vec<&str> = (i..j).map(w).collect();
    if let Some(other_work) = general_not_softening(toks, i, j, &phrase) {
        return other_work;
    }
    match w(i) {
        // "it's just a small thing really but I ...": at the end of its clause before a new one.
        "really" => {
            toks.get(j).is_some_and(Token::is_word)
                && !(matches!(w(j), "but" | "and" | "so")
                    && super::clause::SUBJECTS.contains(&w(j + 1)))
        }
        // "The thing I'd say about it is", "what I'd say is": a way into the answer, not a doubt.
        // "before I'd say that myself", "until I'd say so": what it would take to claim it, not a
        // claim softened.
        "i'd" | "i" if w(j - 1) == "say" => {
            i > 0
                && matches!(
                    w(i - 1),
                    "thing" | "things" | "what" | "all" | "before" | "until" | "till"
                )
        }
        // "I'd like to give you an example": a way of speaking.
        "i'd" | "i" | "we'd" if w(j - 1) == "to" => super::clause::DISCOURSE.contains(&w(j)),
        // "I gather the team together on Mondays": collecting, not hearsay.
        "i" if w(j - 1) == "gather" => super::clause::gathers_things(toks, j),
        // "who may have been exploited", "which might have been missed": who or what is meant.
        // "they might have to give up work": an obligation, not a doubt.
        // "..., and that may have helped": "that" the thing done, standing as the subject after
        // "and", "but" or "so" or opening a sentence, is a doubt on it.
        // "only if the criteria might be met": a condition for what staff do, not a doubt.
        "may" | "might" => {
            in_a_condition(toks, i)
                || (i > 0
                    && (matches!(w(i - 1), "who" | "which" | "what")
                        || (w(i - 1) == "that" && !that_as_subject(toks, i - 1))))
                || (w(i + 1) == "have" && w(j) == "to")
        }
        // "what difference it might make", "whether it might": a question about it.
        "it" if w(i + 1) == "might" => word_shortly_before(
            toks,
            i,
            3,
            &["what", "whether", "how", "where", "if", "when"],
        ),
        // "a worker who knows the family": who is meant; "..., so who knows." is a shrug.
        "who" => {
            toks.get(j).is_some_and(Token::is_word)
                && !(i == 0
                    || !toks[i - 1].is_word()
                    || matches!(w(i - 1), "so" | "but" | "and" | "well" | "honestly"))
        }
        // "everyone broadly pulls in one direction", "we're in a good place with it, broadly.":
        // "broadly" holds any claim back, whoever its subject ("more broadly", "think broadly"
        // widen the view instead).
        "broadly" => matches!(
            w(i.wrapping_sub(1)),
            "more" | "most" | "very" | "so" | "too" | "think" | "thinking" | "thought" | "widely"
        ),
        // "health, generally I'd say they're good": opening a clause before its subject; "we
        // generally share it": between the speaker's "we" or "I" and the verb, their own practice
        // held back ("people generally feel supported" tells of others: how often).
        "generally" => {
            let opens = i == 0 || !toks[i - 1].is_word();
            let subject = |k: usize| super::clause::SUBJECTS.contains(&w(k));
            w(i + 1) != "speaking"
                && !after_be(w(i.wrapping_sub(1)))
                && (w(i.wrapping_sub(1)) != "," || toks.get(j).is_some_and(Token::is_word))
                && !(opens && subject(j))
                && !(i > 0
                    && matches!(w(i - 1), "we" | "i")
                    && toks.get(j).is_some_and(Token::is_word))
        }
        // "reasonably comfortable", "landed reasonably well": a state or result held back;
        // "reasonably practicable", "could reasonably be expected": a legal test.
        "reasonably" => matches!(
            w(j),
            "practicable"
                | "foreseeable"
                | "foreseen"
                | "possible"
                | "be"
                | "believe"
                | "believed"
                | "suspect"
                | "suspected"
                | "expect"
                | "expected"
                | "required"
                | "necessary"
                | "practical"
        ),
        "starting" | "beginning" => !after_be(w(i.wrapping_sub(1))),
        "on" if w(i + 1) == "the" => {
            let opens = i == 0 || !toks[i - 1].is_word();
            let next = toks.get(j).filter(|t| t.is_word()).map(|t| t.norm.as_str());
            !match next {
                None => true,
                Some("of") => false,
                Some(n) => {
                    opens
                        || super::clause::SUBJECTS.contains(&n)
                        || matches!(n, "and" | "but" | "so" | "though" | "although")
                }
            }
        }
        // "at least 40 carers", "at least twice": a figure; "at least nobody has complained", "at
        // least in the files I've looked at": the claim shrunk to what is safe.
        "at" => toks.get(j).is_some_and(|t| {
            t.is_word()
                && !matches!(
                    t.norm.as_str(),
                    "no" | "nobody" | "none" | "nothing" | "not"
                )
                && (super::clause::is_figure_word(&t.norm)
                    || matches!(
                        t.norm.as_str(),
                        "once"
                            | "twice"
                            | "a"
                            | "an"
                            | "half"
                            | "some"
                            | "weekly"
                            | "monthly"
                            | "daily"
                            | "fortnightly"
                            | "yearly"
                            | "annually"
                    ))
        }),
        // "the feedback has been mostly positive", "that's mostly working": a result held back;
        // "mostly local women", "are mostly short cul-de-sacs" describe.
        "mostly" => !(after_be(w(i.wrapping_sub(1))) && MOSTLY_RESULTS.contains(&w(j))),
        // "what we might need", "whether we might": a question about it, no step held back; "we
        // might have been" is read on its own; "one day we might see whether GPs refer" is a
        // musing on finding out, no step held back.
        // "we might look at a second scheme" is a step held back; "we might look at whether" muses
        // on finding out.
        "we" if w(i + 1) == "might" => {
            (i > 0 && matches!(w(i - 1), "what" | "whether" | "how" | "where" | "if"))
                || w(j) == "have"
                || (matches!(w(j), "see" | "look" | "find")
                    && (j + 1..j + 4)
                        .map_while(|k| toks.get(k).filter(|t| t.is_word()))
                        .any(|t| {
                            matches!(t.norm.as_str(), "whether" | "if" | "how" | "what" | "why")
                        }))
        }
        // "if a guest seems unwell, the coordinator rings": how someone looks, a trigger for what
        // staff do, not a doubt on the speaker's claim.
        // "anyone who seems to be under someone's control is offered a place": who is meant.
        // "the families seem to like it", "the trainers seem happy to carry on": how others take
        // to something, told as they show it, not the speaker's claim held back ("staff seem to
        // value it" and "it seems to be working" still are).
        "seems" | "seem" | "seemed" => {
            in_a_condition(toks, i)
                || (i > 0 && w(i - 1) == "who")
                // "it would seem odd to stop now": a judgement of a step, not a claim held back.
                || (i > 0 && w(i - 1) == "would" && SEEM_A_JUDGEMENT.contains(&w(j)))
                || (w(j) == "to" && matches!(w(j + 1), "like" | "enjoy" | "love"))
                || w(j) == "happy"
                // "he seemed to want more time with his son", "the daughter seems to prefer
                // mornings": what someone else wants or needs, told as they show it, not a claim of
                // the speaker's held back ("it seems to need a second look" still is).
                || (w(j) == "to"
                    && matches!(
                        w(j + 1),
                        "want" | "need" | "prefer" | "wish" | "miss" | "dislike" | "hate" | "fear"
                    )
                    && subject_before(toks, i).is_some_and(|t| {
                        t.is_word()
                            && !SPEAKER.contains(&t.norm.as_str())
                            && !OWN_WORK.contains(&t.norm.as_str())
                    }))
                // "the imam seems to think it's the best thing we've done": others' view of the
                // work, reported; "the officers seem to think conditions have improved" still holds
                // the speaker's result back on hearsay.
                || (w(j) == "to"
                    && w(j + 1) == "think"
                    && matches!(
                        w(j + 2),
                        "it" | "it's" | "that" | "that's" | "this" | "we" | "we're" | "we've"
                    ))
        }
        // "I'm hoping you'll see the hub on your visit": a courtesy to the listener, as "I hope
        // you" is.
        "i'm" | "we're" if w(i + 1) == "hoping" => (j..j + 4)
            .map_while(|k| toks.get(k).filter(|t| t.is_word()))
            .any(|t| t.norm.starts_with("you")),
        // "pretty good", "pretty well": a result played down; "a pretty garden" describes.
        "pretty" => !RESULT_WORDS.contains(&w(j)),
        "look" | "looks" => !matches!(
            w(j),
            "they're"
                | "it's"
                | "we're"
                | "we"
                | "they"
                | "it"
                | "we've"
                | "there's"
                | "things"
                | "the"
                | "people"
                | "families"
                | "our"
        ),
        _ => false,
    }
}

/// Whether a hedge of the families added from everyday English (the second block of [`MORE`]) is
/// doing other work, told by its place in the clause; `None` for the phrases read in
/// [`more_not_softening`].
fn general_not_softening(toks: &[Token], i: usize, j: usize, phrase: &[&str]) -> Option<bool> {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let before = if i > 0 { w(i - 1) } else { "" };
    let other_work = match phrase {
        // "a potentially harmful practice", "the potentially eligible carers": what a thing is, not
        // a claim held back ("it's potentially saved a stay" is one).
        ["potentially"] => {
            super::clause::opens_a_noun(before)
                || matches!(
                    before,
                    "an" | "this" | "that" | "these" | "those" | "any" | "some"
                )
        }
        // "I think through", "I'd think about it": weighing, not a view held loosely; "I'd think
        // about forty" still holds the figure back.
        ["i'd" | "i", .., "think" | "thought"] => {
            matches!(w(j), "through" | "of")
                || (w(j) == "about" && !super::clause::is_figure_word(w(j + 1)))
        }
        // "we think about mental health as one system", "how we think", "we believe in direct
        // payments", "we feel strongly": weighing, a way of thinking, a value or a conviction, not
        // a view held loosely ("we think it's helped" is one).
        ["we", "think" | "believe" | "feel"] => {
            matches!(w(j), "through" | "of" | "in")
                || (w(j) == "about" && !super::clause::is_figure_word(w(j + 1)))
                || CONVICTION.contains(&w(j))
                || matches!(before, "how" | "what" | "way")
        }
        // "I assume responsibility for it", "I'd assume the chair": taking something on.
        ["i" | "i'd", "assume" | "presume"] => matches!(
            w(j),
            "responsibility"
                | "responsibilities"
                | "control"
                | "charge"
                | "ownership"
                | "leadership"
                | "the"
                | "a"
                | "an"
                | "my"
                | "our"
        ),
        // "in the main hall", "in a way that families understand", "to a degree level", "for the
        // most part of the year": a place, a manner or an amount named; the hedge closes or opens
        // its clause, or comes before a new one.
        ["in", "the", "main"]
        | ["in", "a", "way"]
        | ["in", "some", "ways"]
        | ["in", "a", "sense"]
        | ["in", "some", "respects"]
        | ["by", "and", "large"]
        | ["for", "the", "most", "part"]
        | ["up", "to", "a", "point"]
        | ["to", "an", "extent"]
        | ["to", "a", "degree"]
        | ["to", "a", "certain", "extent"]
        | ["to", "a", "large", "extent"]
        | ["to", "some", "degree"]
        | ["on", "balance"]
        | ["in", "theory"] => !at_a_clause_edge(toks, i, j),
        // "it's possible to refer online", "there's a chance to meet the board": what can be done,
        // an opening, not a doubt.
        [
            "it's" | "it" | "there's" | "there",
            ..,
            "possible" | "chance",
        ] => w(j) == "to",
        // "the carers that may be eligible": who is meant, not a doubt on what was done.
        ["that", "may", "be"] | ["that", "could", "have", "been"] => !that_as_subject(toks, i),
        // "the population is largely older", "relatively new", "comparatively small": what a thing
        // is; before a result ("largely positive", "relatively well") the result is held back.
        ["largely" | "relatively" | "comparatively"] => {
            !(RESULT_WORDS.contains(&w(j)) || MOSTLY_RESULTS.contains(&w(j)))
        }
        // "it's hard to say whether it was the rota": a thing not known, said plainly; after
        // "though" or "but" it holds back the claim before it ("it's better, though it's hard to
        // say").
        ["hard" | "difficult", .., "say" | "tell" | "know"] => {
            !word_shortly_before(toks, i, 3, &["though", "although", "but"])
        }
        // "who appear to be at risk": who is meant; "if a tenant appears to be struggling": a
        // trigger for what staff do. As for "seems".
        ["appears" | "appear" | "appeared", "to"] => {
            in_a_condition(toks, i) || before == "who" || matches!(w(j), "like" | "enjoy" | "love")
        }
        // "it appears on the list", "he would appear in court": being seen, not a supposition.
        ["it", "appears"] | ["would", "appear"] => {
            !(matches!(w(j), "to" | "that")
                || !toks.get(j).is_some_and(Token::is_word)
                || super::clause::SUBJECTS.contains(&w(j)))
        }
        // "staff tend to ring first", "who tends to use it": a habit told; "it tends to work", "that
        // tended to settle it": a result held back.
        ["tends" | "tend" | "tended", "to"] => {
            !matches!(before, "it" | "that" | "this" | "things" | "which")
        }
        // "at a guess": read here, not as "at least" before a figure.
        ["at", "a", "guess"] => false,
        // "a hub, if you like.": closing its clause; "if you like, I'll send it" and "if you like
        // the idea" are an offer or a condition.
        ["if", "you", "like"] => {
            before != "," || toks.get(j).is_some_and(Token::is_word) || {
                toks.get(j).is_some_and(|t| t.norm == ",")
            }
        }
        // "I'd argue for a second post", "I'd argue with the panel": pressing for something, not a
        // view held as one of several.
        ["i'd" | "i", .., "argue"] | ["one" | "you", "could", "argue"] => {
            matches!(w(j), "for" | "against" | "with" | "about" | "over")
        }
        // "you could say no to the panel", "you might say that to a carer": what may be said, not
        // a claim offered loosely ("you could say we got lucky" is one).
        ["you", "could" | "might", "say"] => {
            let next = w(j);
            !(super::clause::SUBJECTS.contains(&next)
                || matches!(next, "that's" | "there's" | "things" | "this" | "that")
                    && !matches!(w(j + 1), "to" | "in" | "at" | "about" | "out"))
                || w(j + 1) == "to"
        }
        // "in my view of the service", "to my mind's eye": naming a view, not offering one.
        ["in", "my" | "our", "view" | "opinion"] | ["to", "my", "mind"] => {
            matches!(w(j), "of" | "'s") || !at_a_clause_edge(toks, i, j)
        }
        // "I'm told off", "I'm told by the panel to": being told to do something.
        ["i'm", "told"] => {
            !(super::clause::SUBJECTS.contains(&w(j))
                || matches!(
                    w(j),
                    "that" | "the" | "most" | "some" | "there's" | "things"
                ))
        }
        // "if I recall the letter": recalling a thing, not a memory held loosely.
        ["if", "i", "recall"] => toks.get(j).is_some_and(Token::is_word) && w(j) != "that",
        // "it would seem odd to": a judgement of a step, not a claim held back; "it would seem the
        // waits are down" is one.
        ["it", "would", "seem"] => SEEM_A_JUDGEMENT.contains(&w(j)),
        // "it's not entirely clear why": a gap told plainly, as "hard to say whether" is.
        ["not", "entirely" | "wholly"] => {
            matches!(w(j), "clear" | "known" | "understood" | "obvious")
                && matches!(
                    w(j + 1),
                    "why" | "whether" | "how" | "what" | "if" | "who" | "when"
                )
        }
        // "if anything changes we ring", "if anything happens": a condition; opening its clause
        // before the claim ("if anything the calls went up") or closing it, a claim held back.
        ["if", "anything"] => {
            !(super::clause::SUBJECTS.contains(&w(j))
                || super::clause::opens_a_noun(w(j))
                || matches!(w(j), "," | "more" | "less" | "it's" | "that's" | "there's")
                || !toks.get(j).is_some_and(Token::is_word))
        }
        // "not bad enough to need a nurse", "not bad for her age": how serious, not a result
        // played down.
        ["not", .., "bad"] => matches!(w(j), "enough" | "as" | "for" | "news" | "with"),
        // "slightly better", "a tad shorter": a result shrunk; "slightly more than 40", "slightly
        // over half", "a slightly different form" give a figure or describe.
        // "what kinda help", "that sorta thing": a kind named, as for "kind of".
        ["kinda" | "sorta"] => {
            A_KIND.contains(&before) && (before != "which" || which_kind(toks, i))
        }
        // "he could be down to see us Friday": coming to visit, not a cause held back.
        [.., "down", "to"] => {
            !(super::clause::opens_a_noun(w(j))
                || matches!(
                    w(j),
                    "that"
                        | "this"
                        | "luck"
                        | "chance"
                        | "how"
                        | "people"
                        | "staff"
                        | "timing"
                        | "our"
                ))
        }
        // "which would explain why she rang, and we did": the cause of someone's act, not the
        // speaker's result ("that would explain the drop in calls" is one).
        [.., "explain"] => matches!(w(j), "it" | "to" | "them" | "him" | "her"),
        ["slightly"] | ["a", "tad"] | ["a", "touch"] | ["a", "wee", "bit"] => {
            !(RESULT_WORDS.contains(&w(j))
                || MOSTLY_RESULTS.contains(&w(j))
                || SLIGHTLY_RESULTS.contains(&w(j))
                || (w(j).ends_with("er")
                    && w(j).len() > 4
                    && !matches!(
                        w(j),
                        "over" | "under" | "after" | "other" | "older" | "number"
                    )))
                || (matches!(w(j), "more" | "less" | "fewer")
                    && (w(j + 1) == "than" || super::clause::is_figure_word(w(j + 1))))
                || super::clause::opens_a_noun(before)
        }
        // "on the face of it", "at first glance": the claim held back, opening or closing its
        // clause ("at first sight of the form" is other work).
        ["on", "the", "face", "of", "it"] | ["at", "first", "glance" | "sight"] => {
            !at_a_clause_edge(toks, i, j)
        }
        // "In principle every carer gets a review": opening its clause, a claim held to theory as
        // "in theory" is; "the director agreed it in principle", "in principle and in practice"
        // tell what kind of agreement or name the idea.
        ["in", "principle"] => {
            let opens = i == 0 || !toks[i - 1].is_word() || matches!(before, "and" | "but" | "so");
            !opens || !at_a_clause_edge(toks, i, j) || w(j) == "and"
        }
        _ => return None,
    };
    Some(other_work)
}

/// Whether the hedge at tokens `i..j` closes its clause, opens it before its subject, or comes before
/// a new one ("in the main, carers say", "it helped, in a way.", "by and large the reviews happen"),
/// not naming a place, a manner or an amount ("in the main hall", "in a way that works", ", on
/// balance sheets").
fn at_a_clause_edge(toks: &[Token], i: usize, j: usize) -> bool {
    let opens = i == 0 || !toks[i - 1].is_word();
    match toks.get(j).filter(|t| t.is_word()).map(|t| t.norm.as_str()) {
        None => true,
        Some("of") => false,
        Some(n) => {
            super::clause::SUBJECTS.contains(&n)
                || matches!(n, "and" | "but" | "so" | "though" | "although")
                || (opens
                    && (super::clause::opens_a_noun(n)
                        || matches!(
                            n,
                            "every"
                                | "most"
                                | "many"
                                | "some"
                                | "this"
                                | "that"
                                | "these"
                                | "those"
                                | "things"
                                | "there's"
                                | "we've"
                                | "i've"
                        )))
        }
    }
}

/// Whether token `i` sits inside quoted words (she said "maybe next year", ‘I think it's fine,’ he
/// told me) or a direct question ("Could it be worth trying again?", "So is it maybe the rota?"):
/// someone's words shown as theirs, or a question, holds back no claim of the speaker's.
fn quoted_or_asked(toks: &[Token], i: usize) -> bool {
    in_quotes(toks, i) || in_direct_question(toks, i)
}

/// Quotation marks around token `i`: an odd number of straight double quotes before it and one after
/// it, or an opening curly quote (double or single) before it, not yet closed, and its closing one
/// after it. Within 60 tokens either side, so a stray mark does not swallow the answer.
fn in_quotes(toks: &[Token], i: usize) -> bool {
    let before = &toks[i.saturating_sub(60)..i];
    let after = &toks[i..toks.len().min(i + 60)];
    let mark = |t: &Token, m: &str| t.norm == m;
    let straight = before.iter().filter(|t| mark(t, "\"")).count() % 2 == 1
        && after.iter().any(|t| mark(t, "\""));
    let curly = |open: &str, close: &str| {
        before
            .iter()
            .rev()
            .find(|t| mark(t, open) || mark(t, close))
            .is_some_and(|t| mark(t, open))
            && after.iter().any(|t| mark(t, close))
    };
    straight || curly("\u{201c}", "\u{201d}") || curly("\u{2018}", "'")
}

/// Words that open a direct question.
const ASKS: &[&str] = &[
    "is",
    "are",
    "was",
    "were",
    "do",
    "does",
    "did",
    "can",
    "could",
    "would",
    "should",
    "will",
    "might",
    "may",
    "have",
    "has",
    "isn't",
    "aren't",
    "wasn't",
    "don't",
    "doesn't",
    "didn't",
    "can't",
    "couldn't",
    "wouldn't",
    "shouldn't",
    "won't",
    "haven't",
    "hasn't",
    "what",
    "why",
    "how",
    "where",
    "when",
    "who",
    "which",
];

/// Whether token `i` is in a sentence that ends with a question mark and opens (after "so", "and",
/// "but", "well" or "then") with a word that asks: "Could it be worth trying again?". A statement
/// with a tag ("It's helped, I think, hasn't it?") opens with its subject and is still a claim.
fn in_direct_question(toks: &[Token], i: usize) -> bool {
    let ends = |t: &Token| matches!(t.norm.as_str(), "." | "!" | "?");
    let start = toks[..i].iter().rposition(ends).map_or(0, |k| k + 1);
    let Some(end) = toks[i..].iter().position(ends).map(|k| i + k) else {
        return false;
    };
    if toks[end].norm != "?" {
        return false;
    }
    toks[start..end]
        .iter()
        .filter(|t| t.is_word())
        .find(|t| !matches!(t.norm.as_str(), "so" | "and" | "but" | "well" | "then"))
        .is_some_and(|t| ASKS.contains(&t.norm.as_str()))
}

/// Whether the "that" at `k` stands for a thing already told, as the subject of its own clause
/// ("and that may have helped", "That might have been the rota"), not a relative ("the carers that
/// may have missed it").
fn that_as_subject(toks: &[Token], k: usize) -> bool {
    k == 0
        || !toks[k - 1].is_word()
        || matches!(toks[k - 1].norm.as_str(), "and" | "but" | "so" | "though")
}

/// Whether the words from `j` run, within the same clause, to ", not ...": "only rehab we've
/// changed, not the equipment side".
fn set_against_not(toks: &[Token], j: usize) -> bool {
    let mut k = j;
    while k < toks.len() && k < j + 8 && toks[k].is_word() {
        k += 1;
    }
    k > j
        && toks.get(k).is_some_and(|t| t.norm == ",")
        && toks.get(k + 1).is_some_and(|t| t.norm == "not")
}

/// Words for a result that "mostly" before them holds back ("mostly positive", "mostly working").
const MOSTLY_RESULTS: &[&str] = &[
    "good", "positive", "working", "okay", "ok", "fine", "helpful", "better", "settled", "well",
];

/// Words for a result that "pretty" or "reasonably" before them plays down ("pretty good",
/// "landed reasonably well").
const RESULT_WORDS: &[&str] = &[
    "good",
    "well",
    "positive",
    "strong",
    "decent",
    "solid",
    "confident",
    "settled",
    "stable",
    "effective",
];

/// Words after "it would seem" that judge a step ("it would seem odd to stop now", "it would seem
/// a waste"), not hold a claim back ("it would seem the waits are down").
const SEEM_A_JUDGEMENT: &[&str] = &[
    "odd",
    "strange",
    "unfair",
    "wrong",
    "right",
    "sensible",
    "fair",
    "a",
    "an",
    "silly",
    "mad",
    "daft",
    "harsh",
    "wise",
    "unwise",
    "pointless",
];

/// Comparatives and results that "slightly" or "a tad" before them shrink ("slightly shorter",
/// "a tad quicker", "slightly improved").
const SLIGHTLY_RESULTS: &[&str] = &[
    "improved", "down", "up", "lower", "higher", "less", "more", "fewer", "quicker", "faster",
    "easier", "calmer", "shorter", "smaller", "bigger", "stronger", "happier",
];

/// A form of "be" (or "'s", "been") before an adverb that then softens what follows it: "is generally
/// positive", "the feedback's broadly good".
fn after_be(word: &str) -> bool {
    matches!(
        word,
        "is" | "are" | "was" | "were" | "been" | "be" | "'s" | "'re"
    ) || word.ends_with("'s")
        || word.ends_with("'re")
}

/// Words before "just" that make it mean "recently" ("we've just finished", "only just agreed").
const JUST_RECENTLY: &[&str] = &[
    "have", "has", "had", "i've", "we've", "they've", "only", "i'd", "we'd",
];

/// Verbs after "have just" that say something has recently happened ("we've just finished"); "has
/// just helped a bit" still plays the work down.
const RECENT_VERBS: &[&str] = &[
    "finished",
    "introduced",
    "started",
    "begun",
    "been",
    "completed",
    "agreed",
    "launched",
    "opened",
    "published",
    "signed",
    "appointed",
    "come",
    "returned",
    "had",
    "received",
    "recruited",
    "moved",
    "taken",
    "got",
    "closed",
    "ended",
    "approved",
    "arrived",
];

/// Words before "kind of" or "sort of" that make it a kind ("the kind of help", "each kind of cost").
/// Not "a": "a sort of register" is something like a register, the word itself held back. "which"
/// names a kind only as a question word, see [`which_kind`].
const A_KIND: &[&str] = &[
    "the",
    "that",
    "this",
    "what",
    "any",
    "some",
    "every",
    "same",
    "which",
    "each",
    "another",
    "particular",
    "certain",
    "different",
    "similar",
    "whatever",
    // "her kind of humour", "our sort of work": whose kind it is.
    "her",
    "his",
    "their",
    "our",
    "my",
    "your",
    "its",
];

/// The speaker as the subject: a softener after these plays down their own work or claim.
const SPEAKER: &[&str] = &[
    "i", "we", "i'm", "we're", "i've", "we've", "i'd", "we'd", "i'll", "we'll",
];

/// Words before "just" that leave it about the speaker's own work or claim besides [`SPEAKER`]: "it"
/// or "that" (the work), or a joining word after which the speaker goes on.
const OWN_WORK: &[&str] = &[
    "it", "it's", "that", "that's", "this", "and", "so", "but", "or", "then", "really", "me", "us",
];

/// Forms of "be", "have" and the modals, which leave the subject before them ("it was just", "we
/// have just", "we are trying to").
const AUXILIARIES: &[&str] = &[
    "is", "was", "'s", "are", "were", "am", "'m", "'re", "be", "been", "have", "has", "had", "do",
    "does", "did", "will", "would", "can", "could", "should", "might", "may", "must",
];

/// Verbs after "only" that make it "not until" ("we only found out because a carer wrote").
const FOUND_OUT: &[&str] = &[
    "found",
    "realised",
    "realized",
    "learned",
    "learnt",
    "discovered",
    "noticed",
    "heard",
    "knew",
    "spotted",
];

/// Words after "quite" that make it "very" or "wholly", not "fairly": a need or a problem told at
/// its full weight ("quite serious disabilities", "quite complex needs") or a certainty ("quite
/// sure"). "Quite good" still plays a result down.
const QUITE_WHOLLY: &[&str] = &[
    "serious",
    "severe",
    "complex",
    "complicated",
    "significant",
    "high",
    "difficult",
    "challenging",
    "unwell",
    "ill",
    "poorly",
    "frail",
    "vulnerable",
    "isolated",
    "lonely",
    "distressed",
    "anxious",
    "frightened",
    "scared",
    "angry",
    "chaotic",
    "dangerous",
    "risky",
    "stark",
    "shocking",
    "worrying",
    "alarming",
    "entrenched",
    "sure",
    "clear",
    "certain",
    "simply",
    "rightly",
];

/// Work the speaker does, after "a bit of": "a bit of training", "a bit of outreach".
const WORK_DONE: &[&str] = &[
    "training",
    "work",
    "awareness",
    "outreach",
    "engagement",
    "publicity",
    "promotion",
    "research",
    "planning",
    "development",
    "consultation",
    "coaching",
    "mentoring",
    "networking",
    "teaching",
];

/// Help the speaker gave, after "a bit of" and a verb of giving ("we gave them a bit of help"); a
/// bit of help or advice someone wanted or needed is an amount ("most wanted a bit of advice").
fn help_given(toks: &[Token], i: usize, j: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    matches!(w(j + 1), "help" | "advice" | "support")
        && word_shortly_before(
            toks,
            i,
            5,
            &[
                "gave", "give", "giving", "given", "offered", "offer", "lent", "lend",
            ],
        )
}

/// Words after "a bit more" or "a bit less" that make it an amount given or had ("a bit more time
/// with the worker she knew"), not a result played down ("a bit more reflective").
const AN_AMOUNT_OF: &[&str] = &[
    "time",
    "money",
    "help",
    "support",
    "space",
    "room",
    "notice",
    "information",
    "detail",
    "funding",
    "cash",
];

/// Words that open a noun phrase: a word after one and before "we hope" is the thing hoped for
/// ("the difference we hope for").
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "our", "any", "every",
];

/// Words after "I feel" that make it a feeling, not a view held loosely ("I feel for the carers", "I
/// feel sorry for the families", "I feel bad that we missed it").
const FEELINGS: &[&str] = &[
    "for",
    "sorry",
    "angry",
    "sad",
    "guilty",
    "frustrated",
    "upset",
    "awful",
    "terrible",
    "privileged",
    "grateful",
    "glad",
    "pleased",
    "ashamed",
    "embarrassed",
    "bad",
];

/// Words after "I feel" that make it a conviction ("I feel strongly about it"), not a doubt.
const CONVICTION: &[&str] = &["strongly", "passionately", "very", "so", "proud"];

/// Things after "a little" that make "little" small, not "slightly" ("a little girl", "a little
/// while", "a little bungalow", "a little way out of town").
const A_LITTLE_THING: &[&str] = &[
    "while", "girl", "boy", "lad", "lass", "baby", "one", "ones", "flat", "bungalow", "house",
    "cottage", "room", "group", "team", "village", "town", "shop", "garden", "dog", "cat", "card",
    "leaflet", "booklet", "book", "note", "office", "charity", "cafe", "way", "distance", "walk",
    // "we met a little later that week": a time, not a result played down.
    "later", "earlier",
];

/// Verbs that report what someone else said or thought ("the GP said she probably had dementia").
/// "Say", "tell" and "think" are left out: they follow "to" or "I'd" too often ("hard to say
/// really", "I'd like to think our supervision is fairly strong"), where the doubt is the speaker's.
const REPORTING: &[&str] = &[
    "said",
    "says",
    "told",
    "tells",
    "reckoned",
    "reckons",
    "thinks",
    "mentioned",
    // "the GP thought it was probably a stroke", "her son believed she'd possibly cope": another's
    // view, reported ("I'd have thought" opens with the speaker and is theirs).
    "thought",
    "believed",
    "felt",
    "suggested",
    // "her neighbour worried that she might be lonely", "the son hoped his mum would maybe
    // settle": another's worry or hope, reported.
    "worried",
    "hoped",
    "feared",
    "wondered",
    "suspected",
    "insisted",
    "claimed",
    "warned",
    "wrote",
    "writes",
    "asked",
];

/// The subject before token `i`, stepping back over auxiliaries ("it was", "we have").
fn subject_before(toks: &[Token], i: usize) -> Option<&Token> {
    toks[..i]
        .iter()
        .rev()
        .take(3)
        .find(|t| !AUXILIARIES.contains(&t.norm.as_str()))
}

/// "just" at token `i` is about the speaker's own work or claim: its subject is the speaker or the
/// work ("I just rang round", "it's just a small thing"), or a clause opens with it.
fn about_own_work(toks: &[Token], i: usize) -> bool {
    let Some(k) = toks[..i]
        .iter()
        .rposition(|t| !AUXILIARIES.contains(&t.norm.as_str()))
    else {
        return true;
    };
    if i - k > 3 {
        return true;
    }
    let t = &toks[k];
    // "tenants didn't trust them and were just switching it off": a joining word straight before
    // an auxiliary carries the earlier subject over, so the speaker's own only if they are in it.
    if JOINERS.contains(&t.norm.as_str()) && k + 1 < i {
        return toks[..k]
            .iter()
            .rev()
            .take(12)
            .take_while(|t| t.is_word())
            .any(|t| SPEAKER.contains(&t.norm.as_str()) || t.norm == "it");
    }
    !t.is_word() || SPEAKER.contains(&t.norm.as_str()) || OWN_WORK.contains(&t.norm.as_str())
}

/// "just" at token `i` opens what was done or had in place of something denied just before a comma:
/// "It wasn't clever, we just changed the time", "no kit, just a cup of tea".
fn instead_of_denied(toks: &[Token], i: usize) -> bool {
    let mut k = i;
    while k > 0 && i - k < 2 && SUBJECT_AFTER_COMMA.contains(&toks[k - 1].norm.as_str()) {
        k -= 1;
    }
    if k < 2 || toks[k - 1].norm != "," {
        return false;
    }
    toks[k.saturating_sub(9)..k - 1]
        .iter()
        .rev()
        .take_while(|t| t.is_word())
        .any(|t| is_negation(&t.norm) || t.norm == "nothing")
}

/// Subjects that may stand between the comma and "just" in [`instead_of_denied`].
const SUBJECT_AFTER_COMMA: &[&str] = &["i", "we", "it", "it's", "that's", "they", "was"];

/// "and just" at token `i` carries on a step asked of someone else: "to" comes before it, with no I
/// or we between ("asked our lead to go and just listen"), and the verb after it is not past ("we
/// went round to see him and just sat there" is the speaker's own).
fn asked_of_another(toks: &[Token], i: usize) -> bool {
    let verb = toks.get(i + 1).map_or("", |t| t.norm.as_str());
    if verb.ends_with("ed") || PAST_FORMS.contains(&verb) {
        return false;
    }
    toks[i.saturating_sub(14)..i - 1]
        .iter()
        .rev()
        .take_while(|t| t.is_word() && !SPEAKER.contains(&t.norm.as_str()))
        .any(|t| t.norm == "to")
}

/// "just" at token `i`, after a comma, before the word that closed the clause before it: "he liked
/// trains, just trains".
fn echoes_word_before_comma(toks: &[Token], i: usize) -> bool {
    i >= 2
        && toks[i - 1].norm == ","
        && toks[i - 2].is_word()
        && toks
            .get(i + 1)
            .is_some_and(|next| next.is_word() && next.norm == toks[i - 2].norm)
}

/// "just" at token `i`, after a comma and before a past verb, goes on with a clause whose subject is
/// someone else, with no I or we in it: "she chased it every week, just kept at it".
fn continues_anothers_clause(toks: &[Token], i: usize) -> bool {
    let verb = toks.get(i + 1).map_or("", |t| t.norm.as_str());
    if i < 2 || toks[i - 1].norm != "," || !(verb.ends_with("ed") || PAST_FORMS.contains(&verb)) {
        return false;
    }
    let clause: Vec<&str> = toks[i.saturating_sub(14)..i - 1]
        .iter()
        .rev()
        .take_while(|t| t.is_word())
        .map(|t| t.norm.as_str())
        .collect();
    !clause.iter().any(|w| SPEAKER.contains(w))
        && clause.iter().any(|w| matches!(*w, "she" | "he" | "they"))
}

/// "only" at token `i` plays the speaker's own evidence down to a single case rather than reporting a
/// figure: "I suppose it's only one man", "that's only one family".
fn one_case_played_down(toks: &[Token], i: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let before = if i > 0 { w(i - 1) } else { "" };
    let after_it = matches!(before, "it's" | "that's")
        || (matches!(before, "is" | "was") && i > 1 && matches!(w(i - 2), "it" | "that" | "this"));
    after_it
        && w(i + 1) == "one"
        && matches!(
            w(i + 2),
            "man"
                | "woman"
                | "person"
                | "family"
                | "case"
                | "story"
                | "example"
                | "carer"
                | "client"
                | "resident"
                | "tenant"
                | "lad"
                | "girl"
                | "boy"
        )
}

/// Past participles, not ending in "ed" and not in [`PAST_FORMS`], that follow "had just" ("had just
/// left care").
const PARTICIPLES: &[&str] = &[
    "left", "gone", "come", "been", "begun", "lost", "become", "moved",
];

/// "just" at token `i`, after "and" or a comma, in a sentence told of someone else: "she" or "he"
/// is in it and no I or we comes before it back to the full stop ("Omar, he went to see her every
/// other day, just with a coffee").
fn in_anothers_sentence(toks: &[Token], i: usize) -> bool {
    if i < 2 || !matches!(toks[i - 1].norm.as_str(), "and" | ",") {
        return false;
    }
    let ends = |t: &Token| matches!(t.norm.as_str(), "." | "!" | "?" | ";");
    let start = toks[..i].iter().rposition(ends).map_or(0, |k| k + 1);
    let sentence = &toks[start.max(i.saturating_sub(40))..i];
    !sentence.iter().any(|t| SPEAKER.contains(&t.norm.as_str()))
        && sentence
            .iter()
            .any(|t| matches!(t.norm.as_str(), "she" | "he"))
}

/// Common past forms not ending in "ed".
const PAST_FORMS: &[&str] = &[
    "sat", "went", "got", "made", "did", "rang", "took", "told", "ran", "kept", "found", "put",
    "gave", "said", "met", "sent", "brought", "spoke", "stood", "wrote", "saw", "had",
];

/// Joining words after which a clause may go on without its subject ("and were just").
const JOINERS: &[&str] = &["and", "so", "but", "or", "then"];

/// Whether one of the `back` tokens just before token `i`, in the run of words that ends there (no
/// punctuation between), is one of `words`.
fn word_shortly_before(toks: &[Token], i: usize, back: usize, words: &[&str]) -> bool {
    toks[i.saturating_sub(back)..i]
        .iter()
        .rev()
        .take_while(|t| t.is_word())
        .any(|t| words.contains(&t.norm.as_str()))
}

/// Whether token `i` sits in a condition ("if someone seems confused", "when a tenant seems low"):
/// "if", "when", "whenever" or "unless" opens its clause a few words before, with no I or we.
fn in_a_condition(toks: &[Token], i: usize) -> bool {
    toks[i.saturating_sub(5)..i]
        .iter()
        .rev()
        .take_while(|t| t.is_word() && !SPEAKER.contains(&t.norm.as_str()))
        .any(|t| matches!(t.norm.as_str(), "if" | "when" | "whenever" | "unless"))
}

/// Words after "is only" that tell a rule about who or when ("only given on request", "only open
/// to carers"): a past participle, or a word for who may have it.
fn a_rule_told(word: &str) -> bool {
    matches!(
        word,
        "open" | "available" | "given" | "offered" | "issued" | "for" | "allowed" | "used"
    ) || (word.ends_with("ed") && word.len() > 4)
}

/// A negation: "not", "never", "weren't".
fn is_negation(word: &str) -> bool {
    matches!(word, "not" | "never" | "no") || word.ends_with("n't")
}

/// True when the softener at tokens `i..j` is doing other work.
fn not_softening(toks: &[Token], i: usize, j: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    let before = if i > 0 { w(i - 1) } else { "" };
    let first = w(i);
    let last = w(j - 1);
    match first {
        "just" if j == i + 1 => {
            // "it used to be just the one provider": only, saying how few.
            (w(j) == "the" && w(j + 1) == "one")
                || (JUST_RECENTLY.contains(&before)
                && RECENT_VERBS.contains(&w(j)))
                // "just turned nineteen": an age, or lately.
                || w(j) == "turned"
                // "she had just left care", "he'd just moved in": "had" before it puts the step
                // just before the time told of, so it means "only a moment before".
                || (matches!(before, "had" | "he'd" | "she'd" | "they'd")
                    && (w(j).ends_with("ed") || PAST_FORMS.contains(&w(j)) || PARTICIPLES.contains(&w(j))))
                // "Our worker Bex, she had a cup of tea with him and just let him talk": simply,
                // telling what someone else did, with no I or we in the sentence before it.
                || in_anothers_sentence(toks, i)
                || matches!(before, "a" | "the" | "more")
                // "a fair and just result": fair, paired with another word for it.
                || (before == "and"
                    && i > 1
                    && matches!(w(i - 2), "fair" | "right" | "equitable" | "proper" | "lawful"))
                || w(j) == "outcome"
                || w(j) == "as"
                // "it was just that it was nobody's job": simply, saying what the gap was.
                || (w(j) == "that" && matches!(before, "was" | "is" | "it's"))
                // "her nephew emails me every month just to let me know": simply, a purpose.
                || (w(j) == "to" && matches!(w(j + 1), "let" | "say" | "check" | "see"))
                // "just to give you a picture", "just to be clear": a way of speaking.
                || (w(j) == "to" && super::clause::DISCOURSE.contains(&w(j + 1)))
                // "they'd just tick the box", "he just said to me", "a third just needed
                // equipment": simply, telling what others did or needed.
                || !about_own_work(toks, i)
                // "we just weren't seeing them", "that's just not lawful": the gap stressed.
                || is_negation(w(j))
                // "it was just because one assessor covered it", "we just needed someone the homes
                // trusted": simply, the cause or what it took.
                || matches!(w(j), "because" | "needed" | "need" | "needs")
                // "It wasn't clever, we just changed the time", "no kit, just a cup of tea":
                // simply, what was done in place of what is denied.
                || instead_of_denied(toks, i)
                // "I asked the lead to go and just listen to her": another's step asked for.
                || (before == "and" && asked_of_another(toks, i))
                // "I just wish the courts saw it": a wish made stronger.
                || matches!(w(j), "wish" | "wished")
                // "he liked trains, just trains": only, the word said again to stress it.
                || echoes_word_before_comma(toks, i)
                // "she chased it every week, just kept at it": simply, going on with another's work.
                || continues_anothers_clause(toks, i)
                // "I'll just call him R", "we'll just say B": giving a person a name for the telling.
                || (matches!(w(j), "say" | "call")
                    && (w(j + 1).len() == 1 || matches!(w(j + 1), "him" | "her" | "them")))
                // "it's just how we work now", "that's just what we do": simply, the usual way.
                || (matches!(before, "it's" | "that's" | "is" | "was")
                    && (w(j) == "how" || (w(j) == "what" && w(j + 1) == "we")))
        }
        // "we fairly share out cases": how, not how much.
        // "so that it is dealt with fairly.": justly, closing its clause; the softener comes
        // before what it plays down ("fairly good", "fairly well").
        "fairly" if j == i + 1 => {
            matches!(before, "we" | "i" | "they" | "treated" | "shared")
                || !toks.get(j).is_some_and(Token::is_word)
        }
        // "a bit of information", "a bit of equipment": an amount given; "a bit of a mixed
        // picture", "giving them a bit of training", "we'd like to do a bit of awareness work"
        // still play down the speaker's work.
        "a" if w(i + 1) == "bit" && w(j) == "of" => {
            let played_down = matches!(w(j + 1), "a" | "an")
                || WORK_DONE.contains(&w(j + 1))
                || help_given(toks, i, j)
                || (i > 0 && matches!(w(i - 1), "do" | "did" | "doing" | "done"));
            !played_down
        }
        // "this one goes back a bit", "we waited a bit", "for a bit": a while, not slightly; "this one
        // goes on a bit, sorry": talking at length, not a claim played down.
        "a" if w(i + 1) == "bit"
            && (matches!(before, "for" | "after" | "wait" | "waited" | "waiting")
                || (matches!(before, "back" | "on")
                    && i > 1
                    && matches!(w(i - 2), "go" | "goes" | "going" | "went" | "gone"))) =>
        {
            true
        }
        // "a little girl", "a little while": small, not slightly.
        // "a little review team": one word naming what kind of thing stands between.
        "a" if w(i + 1) == "little" => {
            A_LITTLE_THING.contains(&w(j))
                || (A_LITTLE_THING.contains(&w(j + 1))
                    && toks.get(j).is_some_and(Token::is_word)
                    && !matches!(
                        w(j),
                        "more" | "less" | "too" | "further" | "better" | "worse"
                    )
                    && !w(j).ends_with("er")
                    && !w(j).ends_with("ly"))
        }
        // "we gave her a bit more time": an amount given.
        "a" if w(i + 1) == "bit" && matches!(w(j), "more" | "less") => {
            AN_AMOUNT_OF.contains(&w(j + 1))
        }
        // "quite a change", "quite a few carers": how much, not a doubt; "quite complex needs":
        // very, a need told at its full weight.
        // "nobody quite knew who held it": fully, a gap told.
        "quite" if j == i + 1 => {
            // "It's quite something to see him there": wonder, not a doubt.
            matches!(w(j), "a" | "an" | "something")
                || QUITE_WHOLLY.contains(&w(j))
                || matches!(before, "nobody" | "never")
                // "not quite what the physio had in mind": not exactly, a difference told.
                || (is_negation(before) && matches!(w(j), "what" | "how" | "the" | "as"))
                || (before == "one" && i > 1 && w(i - 2) == "no")
        }
        "only" if j == i + 1 => {
            // "only professionals filled it in", "were only contacted in 4": solely, about others.
            // It plays the speaker's own part down after I or it ("I only chaired it", "it's
            // only"); after "we" it tells what the service does or did ("we only take referrals
            // from the wards", "we only did them nine to five") unless it goes on to play it down
            // ("we only really", "we only managed").
            // "it's only rehab we've changed, not the equipment side": solely, set against what
            // is not.
            if set_against_not(toks, j) {
                return true;
            }
            let about_others = if matches!(before, "we" | "we've" | "we'd" | "we're") {
                !matches!(w(j), "really" | "managed" | "got")
            } else {
                !matches!(
                    before,
                    "i" | "i've"
                        | "i'd"
                        | "i'm"
                        | "it's"
                        | "that's"
                        | "it"
                        | "is"
                        | "was"
                        | "'s"
                        | "have"
                        | "has"
                        | "had"
                        | "can"
                        | "could"
                        | "but"
                        | "and"
                        | "so"
                )
            };
            about_others
                || matches!(before, "the" | "an" | "our" | "my" | "their" | "his" | "her" | "its")
                || w(j) == "just"
                // "beds could only be booked by a social worker": solely, a rule described.
                || (matches!(before, "can" | "could") && w(j) == "be")
                // "only about half", "only around 40": a figure reported.
                || (matches!(w(j), "about" | "around" | "some" | "roughly" | "a")
                    && super::clause::is_figure_word(w(j + 1)))
                // "we only found out because", "it was only when the nurse saw": not until.
                || matches!(w(j), "when" | "after" | "because" | "once" | "until")
                // "it was only thanks to the nurse", "that was only possible because housing
                // stepped in": solely, the cause told.
                || w(j) == "thanks"
                || (w(j) == "possible"
                    && matches!(w(j + 1), "because" | "after" | "when" | "once" | "with" | "thanks"))
                || FOUND_OUT.contains(&w(j))
                // "he'd only ever used cash": solely.
                || w(j) == "ever"
                // "the lanyard is only given on request", "the group is only open to carers": a
                // rule about who may have it, told of a thing, not the speaker's work.
                || (matches!(before, "is" | "are" | "was" | "were")
                    && subject_before(toks, i).is_some_and(|t| {
                        t.is_word()
                            && !SPEAKER.contains(&t.norm.as_str())
                            && !OWN_WORK.contains(&t.norm.as_str())
                    })
                    && a_rule_told(w(j)))
                // "that's only the ones we've visited so far": which are counted, a scope told.
                || (w(j) == "the" && w(j + 1) == "ones")
                // "there's only the one ferry", "it's only the driver who sees it": solely, one
                // thing or the one who does it.
                || (w(j) == "the"
                    && (w(j + 1) == "one"
                        || (j + 2..j + 5)
                            .map_while(|k| toks.get(k).filter(|t| t.is_word()))
                            .any(|t| matches!(t.norm.as_str(), "who" | "that" | "which"))))
                || w(j) == "those"
        }
        // "a social worker only if the criteria might be met": a condition for what staff do.
        // "whoever might be on duty": who is meant, as "who might be" is.
        "might" | "may" => {
            in_a_condition(toks, i) || matches!(before, "whoever" | "whatever" | "whichever")
        }
        // "it was very kind of her to come in", "so kind of you to ask": kind meaning good-hearted,
        // not "somewhat" ("it was kind of hard" still is).
        "kind"
            if matches!(before, "very" | "so" | "too" | "ever")
                || (matches!(w(j), "her" | "him" | "them" | "you" | "us" | "me")
                    && w(j + 1) == "to") =>
        {
            true
        }
        // "maybe you'd like to see the hub": an offer to the listener, not a claim held back.
        "maybe" | "perhaps" if j == i + 1 && w(j).starts_with("you") => true,
        // "she looked at us hopefully": how someone looked or asked, not a hope of the speaker's.
        "hopefully"
            if matches!(
                before,
                "looked" | "asked" | "smiled" | "waited" | "us" | "me" | "him" | "her" | "them"
            ) && !toks
                .get(j)
                .is_some_and(|t| t.is_word() && !matches!(t.norm.as_str(), "and" | "but")) =>
        {
            true
        }
        "kind" | "sort" => A_KIND.contains(&before) && (before != "which" || which_kind(toks, i)),
        // "one woman I think of": calling someone to mind. "I think about five a year": the figure
        // held back, "about" there meaning roughly.
        "i" if last == "think" || last == "feel" => {
            matches!(w(j), "through" | "of")
                || (w(j) == "about" && !super::clause::is_figure_word(w(j + 1)))
                || (last == "feel" && (CONVICTION.contains(&w(j)) || FEELINGS.contains(&w(j))))
        }
        // "I believe her when she says", "I believe them": trusting someone, not a view held
        // loosely.
        "i" if last == "believe" => matches!(w(j), "her" | "him" | "them" | "you"),
        // "I guess you want to know what changed", "I suppose you'll want the figures": a turn to
        // the listener, not a claim held back.
        "i" if matches!(last, "guess" | "suppose") => w(j).starts_with("you"),
        "trying" | "tried" | "try" => {
            matches!(before, "stopped" | "stop" | "stops" | "keep")
                // "we've tried to get a housing officer on the wards": an attempt reported.
                || first == "tried"
                // "we've been trying to get them into every assessment", "block contracts,
                // trying to get providers going": work going on, told as work.
                || (first == "trying" && before == "been")
                // "the team tries to", "staff try to": others' efforts reported. The effort
                // plays a claim down only when it is the speaker's ("we try to", "we're trying").
                || subject_before(toks, i).is_none_or(|t| !SPEAKER.contains(&t.norm.as_str()))
                // "I'll try and give you a flavour": a way of speaking.
                || (before == "i'll"
                    && (super::clause::DISCOURSE.contains(&w(j)) || keeps_it_short(toks, j)))
                // "what we did was try to get one worker": what was done, told as work.
                || (first == "try" && matches!(before, "was" | "were"))
                // "I'm trying to think of the best example", "trying to remember": the speaker
                // recalling, a way of speaking.
                || (last == "to" && matches!(w(j), "think" | "remember" | "recall"))
        }
        // "whether it makes the difference we hope for": the thing hoped for, named.
        "i" | "we"
            if last == "hope"
                && i >= 2
                && DETERMINERS.contains(&w(i - 2))
                && toks[i - 1].is_word() =>
        {
            true
        }
        // "I hope you'll get the chance to see it": a courtesy to the listener.
        "i" if last == "hope" => (j..j + 8)
            .map_while(|k| toks.get(k).filter(|t| t.is_word()))
            .any(|t| t.norm.starts_with("you")),
        _ => false,
    }
}

/// Whether the "which" before "kind of"/"sort of" at `i` asks which kind ("we asked which kind of
/// help suits", "it depends on which sort of visit"): a word of knowing, asking or choosing, or a
/// preposition, comes straight before it. After a noun or a comma it is a relative ("funerals,
/// which sort of sit with us") and "sort of" holds back what follows.
fn which_kind(toks: &[Token], i: usize) -> bool {
    i >= 2
        && matches!(
            toks[i - 2].norm.as_str(),
            "know"
                | "knew"
                | "knows"
                | "ask"
                | "asked"
                | "asks"
                | "decide"
                | "decided"
                | "decides"
                | "choose"
                | "chose"
                | "chooses"
                | "see"
                | "tell"
                | "told"
                | "sure"
                | "about"
                | "on"
                | "of"
                | "in"
                | "for"
                | "to"
                | "from"
                | "with"
                | "whatever"
        )
}

/// "keep it short", "keep it brief" at `j`: a way of speaking after "I'll try and".
fn keeps_it_short(toks: &[Token], j: usize) -> bool {
    let w = |k: usize| toks.get(k).map_or("", |t| t.norm.as_str());
    w(j) == "keep" && w(j + 1) == "it" && matches!(w(j + 2), "short" | "brief" | "quick")
}

/// Whether the softener starting at token `i` sits in someone else's words reported by the speaker
/// ("the GP said she probably had dementia", "a few of the men told us they might be interested"):
/// a reporting verb whose subject is not the speaker comes before it in the same clause, with no
/// punctuation and no I or we between. "I think" and the like are the speaker's own by their words.
fn told_by_others(toks: &[Token], i: usize) -> bool {
    if SPEAKER.contains(&toks[i].norm.as_str()) {
        return false;
    }
    // "According to the GP, it was probably a stroke": the sentence opens by giving its words to
    // someone else, and the speaker does not come into it before the softener.
    let ends = |t: &Token| matches!(t.norm.as_str(), "." | "!" | "?");
    let start = toks[..i].iter().rposition(ends).map_or(0, |k| k + 1);
    if toks.get(start).is_some_and(|t| t.norm == "according")
        && toks.get(start + 1).is_some_and(|t| t.norm == "to")
        && !toks[start..i]
            .iter()
            .any(|t| SPEAKER.contains(&t.norm.as_str()))
    {
        return true;
    }
    for k in (i.saturating_sub(8)..i).rev() {
        let t = toks[k].norm.as_str();
        // "he said we were trying to take away the only person who cared": the speaker comes into
        // it only as what the other person said about them, so the words are still the other's.
        let reported_of_us = SPEAKER.contains(&t)
            && toks[k.saturating_sub(2)..k]
                .iter()
                .any(|r| REPORTING.contains(&r.norm.as_str()))
            && toks[k.saturating_sub(2)..k].iter().all(|r| r.is_word());
        if !toks[k].is_word() || (SPEAKER.contains(&t) && !reported_of_us) {
            return false;
        }
        // "The staff say the residents seem to", "a few volunteers tell me the people they ring
        // seem brighter": "say" and "tell" in the present, after people named as their subject
        // (not "you", "to" or a modal: "you could say", "hard to say", "I'd say").
        let present_report = matches!(t, "say" | "tell")
            && k > 0
            && toks[k - 1].is_word()
            && !AUXILIARIES.contains(&toks[k - 1].norm.as_str())
            && !matches!(toks[k - 1].norm.as_str(), "you" | "they" | "to" | "people");
        if REPORTING.contains(&t) || present_report {
            // "what the teams tell me has been good on the whole": the report is the subject of
            // the speaker's own clause, and the softener is the speaker's.
            if toks[k.saturating_sub(4)..k]
                .iter()
                .any(|t| t.norm == "what")
            {
                return false;
            }
            // The subject is a person or a body: not the speaker, the work, "to" or an adverb
            // ("I'd probably said").
            // "a lot of thought went into it": a noun, not a report.
            return subject_before(toks, k).is_some_and(|s| {
                let s = s.norm.as_str();
                toks[k - 1].is_word()
                    && !SPEAKER.contains(&s)
                    && !OWN_WORK.contains(&s)
                    && s != "to"
                    && !s.ends_with("ly")
                    && !DETERMINERS.contains(&s)
                    && !matches!(s, "of" | "much" | "some" | "more" | "no" | "any")
            });
        }
    }
    false
}

/// Whether the softener at token `i` sits in a sentence whose last clause gives the words to someone
/// else: ", the volunteers said.", ", she told me.", ", according to the GP." The speaker's own
/// softeners ("I think", "we're hoping") are theirs whoever they quote after.
fn attributed_after(toks: &[Token], i: usize) -> bool {
    if SPEAKER.contains(&toks[i].norm.as_str()) {
        return false;
    }
    let ends = |t: &Token| matches!(t.norm.as_str(), "." | "!" | "?");
    let end = toks[i..]
        .iter()
        .position(ends)
        .map_or(toks.len(), |k| i + k);
    let Some(comma) = toks[i..end]
        .iter()
        .rposition(|t| t.norm == ",")
        .map(|k| i + k)
    else {
        return false;
    };
    let tail: Vec<&str> = toks[comma + 1..end]
        .iter()
        .map(|t| t.norm.as_str())
        .collect();
    // ", and the carers said so" backs the claim up rather than giving it away.
    if tail.is_empty()
        || tail.len() > 6
        || tail.iter().any(|w| SPEAKER.contains(w))
        || matches!(
            tail[0],
            "and" | "but" | "so" | "which" | "because" | "though"
        )
    {
        return false;
    }
    if tail.len() >= 3 && tail[0] == "according" && tail[1] == "to" {
        return true;
    }
    // "the volunteers said", "she told me", "or so the GP says": a teller, then a verb of telling,
    // then at most "me", "us" or "so" (the teller is not the speaker, checked above).
    let Some(v) = tail.iter().position(|w| {
        matches!(
            *w,
            "said" | "says" | "told" | "tells" | "reckoned" | "reckons" | "thought" | "thinks"
        )
    }) else {
        return false;
    };
    v > 0
        && tail[v + 1..]
            .iter()
            .all(|w| matches!(*w, "me" | "us" | "them" | "him" | "her" | "so" | "later"))
}

/// The softeners in an answer: the lexicon's, less its exceptions, and [`MORE`], less those doing
/// other work.
pub(super) fn in_answer(r: &Reading) -> Vec<Range<usize>> {
    let exceptions = Taken::from_disjoint(words::all_matches(r.m.hedge_except.as_ref(), &r.toks));
    let listed_hedges: Vec<Range<usize>> = words::all_matches(r.m.hedges.as_ref(), &r.toks)
        .into_iter()
        .filter(|h| !exceptions.overlaps(h))
        .collect();
    // "only 4% missed it", "just 12 carers" report a figure; "initials only," restricts.
    find(listed_hedges, &r.toks, |h| limits_a_figure(r.text, h))
}

/// The softeners among `listed` (the lexicon's) and [`MORE`], leaving out those doing other work and
/// those that limit a figure ("only 4%").
pub(crate) fn find(
    listed: Vec<Range<usize>>,
    toks: &[Token],
    limits_a_figure: impl Fn(&Range<usize>) -> bool,
) -> Vec<Range<usize>> {
    let mut out: Vec<Range<usize>> = Vec::new();
    let index_of = |byte: usize| toks.partition_point(|t| t.start < byte);
    for r in listed {
        let i = index_of(r.start);
        let j = toks.partition_point(|t| t.end <= r.end).max(i + 1);
        if !not_softening(toks, i, j)
            && !told_by_others(toks, i)
            && !attributed_after(toks, i)
            && (!limits_a_figure(&r) || one_case_played_down(toks, i))
            && !quoted_or_asked(toks, i)
        {
            out.push(r);
        }
    }
    let mut i = 0;
    while i < toks.len() {
        let hit = MORE
            .iter()
            .filter(|p| {
                p.iter()
                    .enumerate()
                    .all(|(k, word)| toks.get(i + k).is_some_and(|t| t.norm == *word))
            })
            .map(|p| p.len())
            .max();
        if let Some(n) = hit {
            let r = toks[i].start..toks[i + n - 1].end;
            if more_not_softening(toks, i, i + n) {
                // "we might have caught it": "we might" is read on, so "might have" is still seen.
                i += 1;
                continue;
            }
            if !told_by_others(toks, i)
                && !attributed_after(toks, i)
                && !quoted_or_asked(toks, i)
                && !out.iter().any(|o| o.start < r.end && r.start < o.end)
            {
                out.push(r);
            }
            i += n;
        } else {
            i += 1;
        }
    }
    out.sort_by_key(|r| r.start);
    out
}
