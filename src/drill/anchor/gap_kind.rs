//! The stock end of a pressed weak spot, fitted to the kind of gap it is (issue 23).
//!
//! The readers that find a weak spot end it with one of a few stock asks ("what is happening for
//! them now, who owns putting it right, and by when?", "what does that mean for the people it
//! leaves out, and who is putting it right?"). The judge called them a template wherever they fell
//! (probes-22 p01, p04, p09, p11; probes-10 p01; probes-19 p07), and the assessor's own follow-ups
//! show why: each asks the one thing that kind of gap calls for. People nobody has seen are asked
//! who keeps them safe until they are seen; people there is nothing for, who looks out for them
//! meanwhile and what is being found for them; people who do not come forward, how the PSW finds
//! out how they fare and reaches them; a dispute between bodies, who is settling it; misses an
//! audit found, what happened for those people and what stops it. The kind is read from the words
//! said back and the sentences after them in the answer, whatever the topic; where no kind is
//! plain, the stock end stays.

use super::{Anchor, frame};

/// The stock ends that are fitted. Each asks generally about people affected and an owner.
const STOCK: &[&str] = &[
    ": what is happening for them now, who owns putting it right, and by when?",
    ": what has been done since, who owns putting it right, and by when?",
    ": what is happening for them now, and who owns putting it right?",
    ": what does that mean for the people it leaves out, and who is putting it right?",
    ": what does that mean for the people it leaves out, who owns putting it right, and by when?",
    ": how many people does that affect, what is happening for them now, and who will put it right?",
    ": how many people is that, what is happening for them now, and who will put it right?",
    ": how many people is that, and what is happening for them until it is put right?",
];

/// Words that say nobody can see how these people fare: a blind spot, outside a sample.
const UNSEEN: &[&str] = &["blind spot", "in the sample", "out of the sample"];

/// Words that say no service exists for these people: "the ones we haven't got anything for", "no
/// home in the county will take them", "the real offer is an agency or nothing".
const NO_PROVISION: &[&str] = &[
    "haven't got anything for",
    "have nothing for",
    "got nothing for",
    "nothing for them",
    "nowhere for them",
    "nowhere to go",
    "will take them",
    "won't take them",
    "will not take them",
    "or nothing",
    "no provider",
    "no service for",
];

/// Words that say nobody has seen these people: "not one of those 85 has been visited by anybody".
const NOT_SEEN: &[&str] = &[
    "visited by anybody",
    "visited by anyone",
    "been visited by nobody",
    "not been visited",
    "haven't been visited",
    "hasn't been visited",
    "not been seen",
    "haven't been seen",
    "hasn't been seen",
    "none seen",
    "nobody has seen",
    "no one has seen",
];

/// Words that say two bodies each hold the work is the other's: "the ICB says the applications
/// are ours to make, our legal advice says they're the ICB's".
const DISPUTE: &[&str] = &[
    "back and forth",
    "each say",
    "each says",
    "in dispute",
    "dispute over",
    "disputed",
    "are ours to",
    "is ours to",
];

/// Words that say these people do not come forward or are not reached: "they hardly ever ask",
/// "a place they rarely go", "the calls haven't reached anyone who...".
const UNREACHED: &[&str] = &[
    "hardly ever",
    "rarely",
    "don't come forward",
    "do not come forward",
    "never come forward",
    "haven't reached",
    "hasn't reached",
    "not reached",
    "don't reach",
    "doesn't reach",
    "never reach",
    "out of reach",
    "don't hear from",
    "still don't hear",
    "never hear from",
];

/// Words that say an audit or check found people who should have had something and did not.
const SHOULD_HAVE: &[&str] = &["should have had", "should have been", "should have got"];

/// Words for staff, when they and not people who draw on care are the ones not reached.
const STAFF: &[&str] = &[
    "staff",
    "workers",
    "practitioners",
    "officers",
    "therapists",
    "nurses",
    "managers",
    "assessors",
    "colleagues",
];

/// Bodies named as the other side of a dispute, said back as written in the answer.
const BODIES: &[&str] = &["ICB", "trust", "NHS", "hospital", "housing", "police"];

/// The kinds of gap, each with the ask it calls for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Outside what the PSW can see: how they fare, and how they are brought in.
    Unseen,
    /// Nobody has seen them; maybe two bodies each say it is the other's job.
    NotSeen,
    /// Two bodies each say it is the other's job.
    Dispute,
    /// Nothing exists for them.
    NoProvision,
    /// An audit found people who should have had something and did not.
    ShouldHave,
    /// Staff the work has not reached.
    StaffUnreached,
    /// People who do not come forward or are not reached.
    Unreached,
    /// People lost touch with.
    LostTouch,
}

/// Fit a stock end to the kind of gap its quote names, reading the quote's sentence and the two
/// after it in `answer`. Nothing changes when the end is not stock, no kind is plain, or the new
/// sentence would not be well formed.
pub(super) fn fit_stock_tail(a: &mut Anchor, answer: &str) {
    let Some(head) = STOCK.iter().find_map(|t| a.ask.strip_suffix(t)) else {
        return;
    };
    let head = without_aside(head).to_string();
    let said = normal(&head);
    let near = normal(&around(answer, &a.quote, 0).unwrap_or_default());
    let wide = normal(&around(answer, &a.quote, 2).unwrap_or_default());
    let (near, wide) = (format!("{said} {near}"), format!("{said} {wide}"));
    let blind = UNSEEN.iter().any(|w| said.contains(w));
    if let Some(rest) = rest_of_identified(&said).filter(|_| !blind) {
        // "you've identified 96 such people, and nine applications have gone to court": the
        // people at issue are the other 87 (probes-22 p04).
        set_if_well_formed(
            a,
            format!("{head}: what is the plan for the other {rest}, and by when?"),
        );
        return;
    }
    let Some(kind) = kind_of(&said, &near, &wide) else {
        return;
    };
    // The other body is named only where the answer says the two dispute the work.
    let disputed = DISPUTE.iter().any(|w| wide.contains(w));
    let other = disputed.then(|| other_body(answer, &a.quote)).flatten();
    let tail = match kind {
        Kind::Unseen => {
            "how do you know how they fare, and what will you do to bring them in?".to_string()
        }
        Kind::NotSeen => match other {
            Some(body) => format!(
                "who is making sure they are safe until someone sees them, and who is settling it with the {body}?"
            ),
            None => "who is making sure they are safe until someone sees them, and by when will each of them be seen?".to_string(),
        },
        Kind::Dispute => match other {
            Some(body) => format!(
                "who is making sure they are safe while it is argued over, and who is settling it with the {body}?"
            ),
            None => "who is making sure they are safe while it is argued over, and who is settling it?".to_string(),
        },
        Kind::NoProvision => no_provision_ask(&said, &after(answer, &a.quote)),
        Kind::ShouldHave => "what happened for those people, and what are you changing so it does not happen again?".to_string(),
        Kind::StaffUnreached => "what does that mean for the people they work with, and what will you change so it reaches them?".to_string(),
        Kind::Unreached => "how do you find out how they fare, and what are you doing to reach them?".to_string(),
        Kind::LostTouch => "what did you do to keep them safe before they went, and what would you do differently for the next person?".to_string(),
    };
    set_if_well_formed(a, format!("{head}: {tail}"));
}

/// The kind of gap, read from what is said back (`said`), its sentence (`near`) and the two
/// sentences after it (`wide`): what the quote itself says comes first; the sentences after it
/// only add that nobody has seen the people or that two bodies dispute the work.
fn kind_of(said: &str, near: &str, wide: &str) -> Option<Kind> {
    let has = |text: &str, words: &[&str]| words.iter().any(|w| text.contains(w));
    if has(near, UNSEEN) {
        return Some(Kind::Unseen);
    }
    if said.contains("lost touch") {
        return Some(Kind::LostTouch);
    }
    if has(near, NO_PROVISION) {
        return Some(Kind::NoProvision);
    }
    if has(wide, NOT_SEEN) {
        return Some(Kind::NotSeen);
    }
    if has(wide, DISPUTE) {
        return Some(Kind::Dispute);
    }
    if has(said, SHOULD_HAVE) {
        return Some(Kind::ShouldHave);
    }
    if has(near, UNREACHED) {
        // "the sessions haven't reached occupational therapists": staff, whose reach is asked
        // about through the people they work with.
        let staff = said
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| STAFF.contains(&w));
        return Some(if staff {
            Kind::StaffUnreached
        } else {
            Kind::Unreached
        });
    }
    None
}

/// Words that say the quote names people, so "they" and "them" have someone to refer to.
const WHO: &[&str] = &[
    "people",
    "men",
    "women",
    "carers",
    "families",
    "adults",
    "ones",
    "those",
    "group",
    "parents",
    "children",
    "residents",
    "tenants",
];

/// Words after a gap in provision that say what is already being done about it: "commissioners are
/// adding language to the tender", "a new contract starts in April".
const UNDER_WAY: &[&str] = &[
    "tender",
    "commissioners are",
    "commissioning is",
    "contract starts",
    " will ",
    "we're building",
    "we are building",
];

/// People there is nothing for are asked who looks out for them meanwhile and what is being found
/// for them; when the answer goes on to say what is being done (a tender, a new contract), only the
/// meanwhile is asked, or it would re-ask what was given (strong-19 z09). A gap named as a service
/// ("home care in Cantonese") is asked about the people who need it.
fn no_provision_ask(said: &str, after: &str) -> String {
    let people = said
        .split(|c: char| !c.is_alphanumeric())
        .any(|w| WHO.contains(&w));
    let under_way = UNDER_WAY.iter().any(|w| after.contains(w));
    match (people, under_way) {
        (true, false) => "who is looking out for their safety meanwhile, and what is being done to find or commission something for them?".to_string(),
        (false, false) => "who is looking out for the people who need it meanwhile, and what is being done to find or commission it?".to_string(),
        (true, true) => "what are they getting until then, and who is checking they are safe?".to_string(),
        (false, true) => "what are the people who need it getting until then, and who is checking they are safe?".to_string(),
    }
}

/// The two sentences of `answer` after the one holding `quote`, lower case.
fn after(answer: &str, quote: &str) -> String {
    let near = around(answer, quote, 0).unwrap_or_default();
    let wide = around(answer, quote, 2).unwrap_or_default();
    normal(wide.get(near.len()..).unwrap_or_default())
}

/// Lower case, with curly apostrophes made straight, for matching.
fn normal(text: &str) -> String {
    text.to_lowercase().replace(['\u{2019}', '\u{2018}'], "'")
}

/// The sentence of `answer` holding `quote`, from the quote on, and the `more` sentences after it.
fn around(answer: &str, quote: &str, more: usize) -> Option<String> {
    if quote.is_empty() {
        return None;
    }
    let at = answer.find(quote)?;
    let mut end = at + quote.len();
    for _ in 0..=more {
        match sentence_end(answer, end) {
            Some(e) => end = e,
            None => {
                end = answer.len();
                break;
            }
        }
    }
    answer.get(at..end).map(str::to_string)
}

/// The byte just after the next sentence stop (". ", "? ", "! " or a line break) at or after `from`.
fn sentence_end(text: &str, from: usize) -> Option<usize> {
    let rest = text.get(from..)?;
    let mut chars = rest.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let stop = match c {
            '\n' => true,
            '.' | '?' | '!' => chars.peek().is_none_or(|(_, n)| n.is_whitespace()),
            _ => false,
        };
        if stop {
            return Some(from + i + c.len_utf8());
        }
    }
    None
}

/// The body on the other side of a dispute near the quote, as the answer writes it: "the ICB says
/// the applications are ours".
fn other_body(answer: &str, quote: &str) -> Option<&'static str> {
    let wide = around(answer, quote, 2)?;
    BODIES.iter().copied().find(|b| {
        let low = normal(&wide);
        let body = b.to_lowercase();
        low.contains(&format!("the {body} says")) || low.contains(&format!("the {body}'s"))
    })
}

/// Most words in a closing aside that is dropped.
const ASIDE_WORDS: usize = 8;

/// Without a short closing comparison that gives no figure: "four should have had an advocate and
/// didn't, against I'd guess more before" is said back to its comma. Said back, the aside read as a
/// garbled quote (probes-22 p11).
fn without_aside(text: &str) -> &str {
    let Some(at) = text.rfind(", against ") else {
        return text;
    };
    let aside = &text[at + 2..];
    let words: Vec<&str> = aside.split_whitespace().collect();
    let figure = words.iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.chars().any(|c| c.is_ascii_digit()) || crate::text::number_value(w).is_some()
    });
    if figure || words.len() > ASIDE_WORDS {
        return text;
    }
    &text[..at]
}

fn set_if_well_formed(a: &mut Anchor, ask: String) {
    if frame::well_formed(&ask).is_ok() {
        a.quote = without_aside(&a.quote).to_string();
        a.ask = ask;
    }
}

/// In "identified 96 such people, and nine applications have gone to court", the 87 not yet dealt
/// with: the first figure after "identified" less the next figure after it, when it is smaller.
fn rest_of_identified(quote: &str) -> Option<u64> {
    let words: Vec<&str> = quote
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|w| !w.is_empty())
        .collect();
    let at = words.iter().position(|w| *w == "identified")?;
    let value = |w: &str| {
        let w = w.replace(',', "");
        w.parse::<f64>()
            .ok()
            .or_else(|| crate::text::number_value(&w))
    };
    let mut figures = words[at + 1..].iter().filter_map(|w| value(w));
    let whole = figures.next()?;
    let part = figures.next()?;
    (part >= 1.0 && part < whole && whole.fract() == 0.0 && part.fract() == 0.0)
        .then_some((whole - part) as u64)
}
