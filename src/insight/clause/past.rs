//! Where a clause stands in time past: past forms that set a clause in the past, past states ("the
//! list was 420"), what was found before the work and the latest finding, the figures a "then" rests
//! on. Split from the clause reader, whose other parts read the stance and cut the clauses.

use super::*;

/// Past forms that do not end in -ed, which set a clause in the past ("waits fell", "we went").
pub(super) const PAST_VERBS: &[&str] = &[
    "went", "got", "fell", "rose", "took", "made", "came", "grew", "cut", "began", "brought",
    "built", "gave", "held", "kept", "led", "met", "ran", "sent", "set", "spent", "told", "wrote",
    "said", "saw", "found", "felt", "knew", "thought", "paid", "put", "stood", "won", "dropped",
    // Irregular pasts of actions and events, too short or not in "-ed" ("we bought two trishaws
    // last spring", "two tenants died in their sleep"): an action, not how things stood. Not "sat":
    // "I was sat with the admin officer" is a state.
    "bought", "died", "rang", "taught", "sold", "chose", "spoke", "caught", "drove", "drew",
];

/// A word that is a past action or event: "merged", "fell", "went".
pub(crate) fn is_past_word(norm: &str) -> bool {
    PAST_VERBS.contains(&norm)
        || (norm.len() > 4
            && norm.ends_with("ed")
            && !norm.ends_with("eed")
            && norm.chars().all(|c| c.is_ascii_alphabetic()))
}

/// Past participles that follow "was" or "were" in the passive ("was done", "were seen").
pub(super) const PARTICIPLES: &[&str] = &[
    "done", "seen", "taken", "given", "made", "set", "put", "found", "held", "run", "shown",
    "written", "chosen", "sent", "kept", "led", "met", "told", "brought", "built", "paid", "cut",
];

/// "are phoned every month", "is seen on the day": a present passive, how an arrangement now
/// works for whoever is its subject.
pub(crate) fn present_passive(ts: &[Token]) -> bool {
    ts.windows(2).any(|w| {
        matches!(w[0].norm.as_str(), "is" | "are")
            && (PARTICIPLES.contains(&w[1].norm.as_str())
                || (is_past_word(&w[1].norm)
                    && w[1].norm.ends_with("ed")
                    // "the teams are tired": a state, not a passive.
                    && !crate::insight::actions::says_a_state(&w[1].norm)))
    })
}

/// Participles without "-ed" that follow "had" or "'d" in the past before the past: "he'd hit her",
/// "she had lost her flat", "he had sent £30,000".
const IRREGULAR_PARTICIPLES: &[&str] = &[
    "hit", "lost", "left", "fallen", "broken", "stolen", "spent", "sent", "become", "gone", "been",
    "rung", "done", "seen", "taken", "given", "run", "kept", "got", "fought", "bought",
];

/// "she'd phoned", "he had lost", "they'd been": the past before the past at `w` (the "had" or the
/// contraction and the participle), told of someone other than the speaker ("we had set up" is an
/// action of ours). `before`: the word before `w`.
pub(crate) fn others_past_perfect(before: &str, w: &[Token]) -> bool {
    let (aux, verb) = (w[0].norm.as_str(), w[1].norm.as_str());
    let speaker = matches!(aux, "i'd" | "we'd") || (aux == "had" && matches!(before, "i" | "we"));
    (aux == "had" || (aux.ends_with("'d") && aux.len() > 2))
        && !speaker
        && (IRREGULAR_PARTICIPLES.contains(&verb) || (is_past_word(verb) && verb.ends_with("ed")))
}

/// "we kept getting referrals", "she kept ringing the duty line": a trouble that kept coming before
/// the work.
fn kept_coming(ts: &[Token]) -> bool {
    ts.windows(2)
        .any(|w| w[0].norm == "kept" && w[1].norm.len() > 4 && w[1].norm.ends_with("ing"))
}

/// Past words that say how things stood, wherever a figure is ("the wait was 19 weeks", "families
/// waited six weeks", "two years ago").
pub(super) const PAST_STATES: &[&str] = &[
    "waited",
    "averaged",
    "stood",
    "peaked",
    "totalled",
    "ago",
    "previously",
    "used",
    "historically",
    "originally",
];

/// Whether a past clause says where things stood, a baseline, rather than what was done then: "300
/// people were waiting", "the wait was 19 weeks", "40% of reviews were completed on time" (the figure
/// the subject), but not "a named worker was introduced for every person waiting six weeks" or "the
/// last audit found capacity considered in 9 of 10" (an action, its figure after it).
pub(crate) fn states_a_past(toks: &[Token], clauses: &[Clause], i: usize) -> bool {
    let c = &clauses[i];
    let ts = &toks[c.toks.clone()];
    if after_the_work(ts) || latest_finding(toks, clauses, i) {
        return false;
    }
    // "She'd phoned us eleven times": the past before the past is how things stood before.
    let past_perfect = ts.windows(2).enumerate().any(|(k, w)| {
        ((w[0].norm.ends_with("'d") || w[0].norm == "had")
            && (matches!(w[1].norm.as_str(), "been" | "rung" | "gone")
                || (is_past_word(&w[1].norm) && w[1].norm.ends_with("ed"))))
            || others_past_perfect(if k > 0 { &ts[k - 1].norm } else { "" }, w)
    });
    if past_perfect || kept_coming(ts) {
        return true;
    }
    let figure_at = |k: usize| figure_at_tok(&ts[k]);
    // "When I started, assessments were rated good in a third of files": the clause before sets the
    // time things stood at.
    let set_before = i > 0 && clauses[i - 1].sentence == c.sentence && {
        let before = &toks[clauses[i - 1].toks.clone()];
        before.windows(2).any(|w| {
            w[0].norm == "when" && matches!(w[1].norm.as_str(), "i" | "we" | "i'd" | "we'd")
        }) || before
            .iter()
            .any(|t| matches!(t.norm.as_str(), "ago" | "last"))
    };
    // "went from about two a month to fourteen": the figure after "from" is where things were.
    let from_figure = ts
        .windows(3)
        .any(|w| w[0].norm == "from" && (figure_at_tok(&w[1]) || figure_at_tok(&w[2])));
    let mut any_past = false;
    for (p, t) in ts.iter().enumerate() {
        let verb = t.norm.as_str();
        let be = matches!(verb, "was" | "were" | "had");
        if !(be || PAST_STATES.contains(&verb) || is_past_word(verb)) {
            continue;
        }
        // Only the first verb's subject can be the figure: in "was opened to 3 more teams and met
        // weekly" the 3 is no subject of "met".
        let first = !any_past;
        any_past = true;
        let next = ts.get(p + 1).map_or("", |t| t.norm.as_str());
        let passive_next = is_past_word(next) || PARTICIPLES.contains(&next);
        if PAST_STATES.contains(&verb) || (be && !passive_next) || (first && (0..p).any(figure_at))
        {
            return true;
        }
    }
    // No past verb: set in the past by its time words alone ("55% within target last winter").
    !any_past || set_before || from_figure
}

/// "91% of enquiries closed since then had one", "since April 300 people were seen": a figure said
/// of the time since is where things are after the work, not where they were.
pub(super) fn after_the_work(ts: &[Token]) -> bool {
    ts.iter().enumerate().any(|(k, t)| {
        t.norm == "since"
            && ts.get(k + 1).is_some_and(|n| {
                n.norm == "then" || MONTH_WORDS.contains(&n.norm.as_str()) || is_digits(&n.norm)
            })
    })
}

/// "The last audit found capacity considered in 9 of 10, but families were contacted in 4": what the
/// latest check found, in any clause of its sentence, is where things stand, not a before.
pub(crate) fn latest_finding(toks: &[Token], clauses: &[Clause], i: usize) -> bool {
    let sentence = clauses[i].sentence;
    clauses[..=i]
        .iter()
        .rev()
        .take_while(|c| c.sentence == sentence)
        .any(|c| {
            let ts = &toks[c.toks.clone()];
            ts.windows(2).enumerate().any(|(k, w)| {
                matches!(w[0].norm.as_str(), "the" | "our" | "its" | "their")
                    && matches!(w[1].norm.as_str(), "last" | "latest" | "recent" | "most")
                    && ts[k + 2..]
                        .iter()
                        .take(6)
                        .any(|t| matches!(t.norm.as_str(), "found" | "showed" | "shows" | "finds"))
            })
        })
}

/// Whether clause `c` holds a figure outside `private` (an NHS number or an address is no measure).
pub(crate) fn figure_outside(toks: &[Token], c: &Clause, private: &[Range<usize>]) -> bool {
    let overlaps = |p: &Range<usize>| p.start < c.bytes.end && c.bytes.start < p.end;
    c.figure
        && (!private.iter().any(overlaps)
            || toks[c.toks.clone()].iter().any(|t| {
                is_figure_word(&t.norm)
                    && !private.iter().any(|p| p.start <= t.start && t.end <= p.end)
            }))
}

/// "The rota was short at weekends", "families were falling between us": a past "was" or "were"
/// before a state, not a passive ("was introduced"), with no figure: how things stood, said in words.
/// "They had to ask a relative to read them" (not "I had to" or "we had to", the speaker acting): what
/// people were made to do.
pub(crate) fn past_state_in_words(ts: &[Token]) -> bool {
    let had_to = ts.windows(3).any(|w| {
        w[1].norm == "had"
            && w[2].norm == "to"
            && !matches!(w[0].norm.as_str(), "i" | "we" | "just" | "also")
    });
    // "he'd hit her", "she had stopped going out", "we kept getting referrals from the crews": the
    // past before the work, or a trouble that kept coming, is how things stood.
    let before_the_past = (0..ts.len().saturating_sub(1))
        .any(|k| others_past_perfect(if k > 0 { &ts[k - 1].norm } else { "" }, &ts[k..k + 2]));
    had_to
        || before_the_past
        || kept_coming(ts)
        || ts.windows(2).any(|w| {
            matches!(w[0].norm.as_str(), "was" | "were")
                && w[1].is_word()
                && !is_past_word(&w[1].norm)
                && !PARTICIPLES.contains(&w[1].norm.as_str())
                && !matches!(w[1].norm.as_str(), "to" | "also" | "then" | "there")
        })
}

/// A figure that is not a year ("2023" says when, not how many).
pub(super) fn figure_at_tok(t: &Token) -> bool {
    let year = t.norm.len() == 4
        && is_digits(&t.norm)
        && (t.norm.starts_with("19") || t.norm.starts_with("20"));
    is_figure_word(&t.norm) && !year
}

/// "last year", "this spring", "last quarter", "so far this year": a time just gone or going on, for
/// which a figure is the latest said, whatever its tense.
pub(crate) fn for_a_recent_time(ts: &[Token]) -> bool {
    ts.windows(2).any(|w| {
        matches!(w[0].norm.as_str(), "last" | "this")
            && (matches!(
                w[1].norm.as_str(),
                "year" | "month" | "quarter" | "term" | "week" | "time"
            ) || SEASONS.contains(&w[1].norm.as_str()))
    })
}

/// "he went eleven days with nobody getting him up", "no team ever held them", "carers had nowhere
/// to turn", "she stopped going out": a lack or a loss told in the past of someone other than the
/// speaker, a before in words whatever the figure beside it. Denied or asserted alike (the lack is
/// what it asserts). Not the speaker's own ("we never knew", "I had no way of checking"), and not a
/// lack of knowing ("nobody checked", "no one knew how many"), which says nothing of how things
/// stood for people.
pub(crate) fn others_lacked(ts: &[Token], c: &Clause) -> bool {
    // "He stopped going out", "he never left the house": a past the reader leaves unknown counts
    // when a word of it is past.
    let past = c.time == Time::Past
        || (c.time == Time::Unknown
            && ts
                .iter()
                .any(|t| is_past_word(&t.norm) || matches!(t.norm.as_str(), "left" | "lost")));
    if !past || !matches!(c.stance, Stance::Asserted | Stance::Denied) {
        return false;
    }
    let words: Vec<&str> = ts
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str())
        .collect();
    let subject = words.iter().copied().find(|x| {
        !matches!(
            *x,
            "and" | "so" | "but" | "then" | "um" | "erm" | "er" | "yeah" | "okay" | "well"
        )
    });
    if matches!(
        subject,
        Some("i" | "we" | "i'd" | "we'd" | "i'm" | "we're" | "i've" | "we've" | "you" | "you'd")
    ) {
        return false;
    }
    let knowing = |from: usize| {
        words[from..].iter().take(3).any(|x| {
            matches!(
                *x,
                "knew"
                    | "know"
                    | "known"
                    | "checked"
                    | "compared"
                    | "counted"
                    | "measured"
                    | "recorded"
                    | "asked"
                    | "data"
                    | "figures"
                    | "idea"
            )
        })
    };
    (0..words.len()).any(|k| {
        let next = words.get(k + 1).copied().unwrap_or("");
        let lack = match words[k] {
            "nobody" | "no-one" | "nowhere" | "nothing" | "without" => true,
            "no" => next == "one" || (next.len() > 2 && !matches!(next, "longer" | "more")),
            // "after that she wouldn't go out at all": a habit of not doing, told of the past.
            "never" | "wouldn't" => true,
            "stopped" => next.len() > 4 && next.ends_with("ing"),
            _ => false,
        };
        lack && !knowing(k + 1)
    })
}

/// "No one has gone back and asked them since", "no audit of the ones screened out done", "nobody
/// recorded how isolated they felt before": a clause whose only figure is the "no one" or "no" of a
/// check nobody made says what is not known, not how things stood or stand. "Nobody had ever asked
/// him" is how things stood.
pub(crate) fn nobody_checked(ts: &[Token]) -> bool {
    let words: Vec<&str> = ts
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.norm.as_str())
        .collect();
    let checking = |x: &str| {
        matches!(
            x,
            "asked"
                | "checked"
                | "measured"
                | "audit"
                | "audited"
                | "recorded"
                | "counted"
                | "compared"
                | "surveyed"
                | "evaluated"
                | "evaluation"
                | "tracked"
        )
    };
    let no_check = (0..words.len()).any(|k| {
        let lack = match words[k] {
            "nobody" | "no-one" => true,
            "no" => words.get(k + 1).is_some_and(|n| *n == "one" || checking(n)),
            _ => false,
        };
        // "nobody had ever asked him where he wanted to live": a lack told in the past perfect is
        // how things stood for the person before the work, a before.
        let before_the_work = words[k + 1..].iter().take(2).any(|x| *x == "had");
        lack && !before_the_work && words[k + 1..].iter().take(6).any(|x| checking(x))
    });
    // Any other figure in the clause ("no one has asked the 40 carers") is a measure still.
    let other_figure = words.iter().enumerate().any(|(k, x)| {
        is_figure_word(x)
            && !matches!(*x, "no" | "nobody" | "none")
            && !(*x == "one" && k > 0 && words[k - 1] == "no")
    });
    no_check && !other_figure
}

/// The word after a habit's "would" that makes it no habit: a wish ("would like"), a view ("I'd
/// say"), a supposition of the past ("would have").
fn no_habit_after(next: &str) -> bool {
    matches!(
        next,
        "like"
            | "love"
            | "prefer"
            | "rather"
            | "say"
            | "want"
            | "have"
            | "'ve"
            | "be"
            | "imagine"
            | "guess"
            | "think"
            | "expect"
            | "hope"
            | "argue"
            | "suggest"
    ) || next.ends_with("ed")
}

/// Words before a "would" in its sentence that set it in a time gone by: "Before, families would
/// get a leaflet", "she had a fall and after that she wouldn't go out", "in 2023 people would
/// wait".
fn sets_a_time_gone_by(words: &[&str]) -> bool {
    words.iter().enumerate().any(|(k, w)| {
        matches!(
            *w,
            "before" | "beforehand" | "previously" | "was" | "were" | "had" | "used" | "ago"
        ) || (*w == "back" && words.get(k + 1) == Some(&"then"))
            || (*w == "after" && words.get(k + 1) == Some(&"that"))
            || is_past_word(w)
            || (w.len() == 4 && w.starts_with("20") && w.chars().all(|c| c.is_ascii_digit()))
    })
}

/// Words before a "would" that make it what was expected or said, not a habit: "we thought
/// families would", "she said she'd ring".
fn reports_what_would(words: &[&str]) -> bool {
    words.iter().any(|w| {
        matches!(*w, "if" | "unless" | "asked" | "wondered")
            || super::REPORTS_WHAT_WOULD.contains(w)
    })
}

/// A habit told of the past, read across the clauses of its sentence: "Before, I think, families
/// would get a diagnosis and a leaflet", "she had a fall and after that she wouldn't go out at all",
/// "they'd ring us when it had gone wrong". Someone other than the speaker, "would" (or "wouldn't",
/// or "'d") and a plain verb, after words earlier in the sentence that set a time gone by: how
/// things were, set in the past. A "would" read as a supposition becomes a claim; "wouldn't" stays
/// a denial told in the past, which says how things were as well.
pub(super) fn habitual_past(toks: &[Token], out: &mut [Clause]) {
    let mut sentence_start = 0;
    for i in 0..out.len() {
        let c = &out[i];
        if i == 0 || out[i - 1].sentence != c.sentence {
            sentence_start = c.toks.start;
        }
        if !matches!(
            c.stance,
            Stance::Conditional | Stance::Denied | Stance::Asserted
        ) {
            continue;
        }
        let habit = c.toks.clone().find(|&k| {
            let n = toks[k].norm.as_str();
            let next = toks.get(k + 1).map_or("", |t| t.norm.as_str());
            let subject = k.checked_sub(1).map_or("", |p| toks[p].norm.as_str());
            // "we never used to refer anyone", "people used to wait months": "used to" sets its
            // own time gone by; "is used to", "got used to" say being accustomed.
            if n == "used" && next == "to" {
                // "How many used to vanish at that point nobody ever looked at": a past asked
                // about and not known.
                let asked = toks[k.saturating_sub(3)..k].windows(2).any(|p| {
                    p[0].norm == "how"
                        && matches!(p[1].norm.as_str(), "many" | "much" | "often" | "long")
                });
                return !asked
                    && !matches!(
                        subject,
                        "is" | "are"
                            | "was"
                            | "were"
                            | "be"
                            | "been"
                            | "get"
                            | "got"
                            | "getting"
                            | "am"
                            | "i'm"
                            | "we're"
                            | "they're"
                            | "it's"
                            | "not"
                    )
                    && toks.get(k + 2).is_some_and(Token::is_word);
            }
            let would = match n {
                // "no nursing home nearby would take her": any subject but the speaker, the
                // listener or a thing supposed ("it would help", "that would mean").
                "would" | "wouldn't" => {
                    k.checked_sub(1).is_some_and(|p| toks[p].is_word())
                        && !matches!(
                            subject,
                            "i" | "you"
                                | "it"
                                | "that"
                                | "this"
                                | "which"
                                | "what"
                                | "there"
                                | "who"
                                | "so"
                                | "and"
                                | "but"
                                | "or"
                        )
                }
                _ => matches!(n, "they'd" | "she'd" | "he'd"),
            };
            if !would || !toks.get(k + 1).is_some_and(Token::is_word) || no_habit_after(next) {
                return false;
            }
            // At most forty words back, so a transcript with no stops is still read in one pass.
            let words: Vec<&str> = toks[sentence_start.max(k.saturating_sub(40))..k]
                .iter()
                .filter(|t| t.is_word())
                .map(|t| t.norm.as_str())
                .collect();
            sets_a_time_gone_by(&words) && !reports_what_would(&words)
        });
        if habit.is_none() {
            continue;
        }
        // "no home care agency would cover the island": a habit no one kept is a denial told in
        // the past, how things were, and holds no figure of its own.
        let denied = toks[c.toks.clone()].iter().any(|t| {
            matches!(
                t.norm.as_str(),
                "no" | "nobody" | "none" | "never" | "not" | "no-one"
            )
        });
        let c = &mut out[i];
        c.time = Time::Past;
        c.habit = true;
        if c.stance == Stance::Conditional {
            c.stance = if denied {
                Stance::Denied
            } else {
                Stance::Asserted
            };
        }
    }
}
