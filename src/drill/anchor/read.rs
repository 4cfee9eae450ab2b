//! Finding what to press on: each `find_*` looks for one [`Shape`] in the clause reading of an
//! answer and, when the words around it make a clean slot, frames a follow-up.
//!
//! Only what the answer claims is pressed: a figure in a denied, hoped or hedged clause is not the
//! PSW's to defend. And a follow-up never asks for what the answer gives: a share whose remainder the
//! answer explains, or a plan whose owner it names, is pressed on something else.

use super::frame::{finish, opens_sentence, slot};
use super::{Anchor, Shape};
use crate::insight::clause::{self, Clause};
use crate::insight::words::{Token, tokens};

/// Marks that end a spoken phrase: a quote never runs across them.
const STOPS: &[&str] = &[
    ".", "!", "?", ",", ";", ":", "(", ")", "—", "–", "•", "\"", "“", "”",
];

/// Words for people who draw on care and support, and those close to them.
pub(super) const PEOPLE: &[&str] = &[
    "people",
    "person",
    "carers",
    "carer",
    "families",
    "family",
    "adults",
    "residents",
    "users",
    "clients",
    "patients",
    "women",
    "men",
    "children",
    "individuals",
    "everyone",
    "those",
    "households",
];

/// Words about risk: when an answer speaks of them, an assessor asks how they know people are safe.
pub(super) const SAFETY: &[&str] = &[
    "risk",
    "risks",
    "safe",
    "safety",
    "safeguarding",
    "harm",
    "urgent",
    "escalated",
    "amber",
    "red",
];

pub(super) const WAITING: &[&str] = &[
    "list",
    "lists",
    "wait",
    "waits",
    "waiting",
    "overdue",
    "queue",
    "backlog",
    "unallocated",
];

pub(super) const DELAY: &[&str] = &["delay", "delays", "delayed"];

/// True when tokens `a..b` say people are still to be reached: "44 people we still haven't
/// screened", "nine not yet reviewed", "the 12 yet to be seen", "still awaiting a visit". Nothing
/// has happened to them yet, so "what has happened for them since" misreads them (the judge,
/// probes-8 p07): they are asked who is looking out for them meanwhile and by when.
pub(super) fn still_to_reach(r: &Reading, a: usize, b: usize) -> bool {
    (a..b.min(r.toks.len())).any(|k| match r.n(k) {
        "still" => {
            matches!(
                r.n(k + 1),
                "haven't" | "hasn't" | "not" | "to" | "awaiting" | "unseen"
            ) || matches!(r.n(k + 1), "have" | "has" | "are" | "is") && r.n(k + 2) == "not"
        }
        "yet" => k > a && r.n(k - 1) == "not" || r.n(k + 1) == "to",
        "unscreened" | "unassessed" | "unreviewed" | "unseen" | "unvisited" => true,
        _ => false,
    })
}

/// Words that say people waiting are checked on: "rung every month", "risk-rated", "a call every
/// six weeks" (hyphens are taken out).
pub(super) const CHECKED_ON: &[&str] = &[
    "call",
    "calls",
    "called",
    "phone",
    "phoned",
    "ring",
    "rung",
    "riskrated",
    "rag",
    "contacted",
    "visit",
    "visited",
    "checkin",
    "checkins",
];

pub(super) const FALLS: &[&str] = &[
    "fell",
    "fallen",
    "dropped",
    "down",
    "reduced",
    "cut",
    "decreased",
    "halved",
    "shrunk",
    "shrank",
    "lowered",
];

pub(super) const DURATIONS: &[&str] = &[
    "day", "days", "week", "weeks", "month", "months", "year", "years", "hour", "hours", "minute",
    "minutes",
];

pub(super) const STAFF: &[&str] = &[
    "staff",
    "workers",
    "worker",
    "social",
    "bias",
    "assessors",
    "practitioners",
    "managers",
    "amhps",
    "ots",
    "therapists",
    "nurses",
    "team",
    "teams",
    "posts",
    "cover",
];

/// An answer cut into tokens and clauses, with the look-ups the finders share.
pub(super) struct Reading<'a> {
    pub(super) text: &'a str,
    pub(super) toks: Vec<Token>,
    pub(super) clauses: Vec<Clause>,
    /// Each token's value as a figure, read once: the finders ask it of every token, often
    /// several times, and parsing each time was a twentieth of choosing a follow-up.
    values: Vec<Option<f64>>,
    /// The quote marks around a short phrase quoted inside a sentence ("in the same \"temporary\"
    /// home"): not stops, so the phrase is said back with what runs on after it.
    inner_marks: Vec<bool>,
}

impl<'a> Reading<'a> {
    pub(super) fn new(text: &'a str) -> Reading<'a> {
        let toks = tokens(text);
        let clauses = clause::read(text, &toks);
        let values = toks.iter().map(|t| figure_value(&t.norm)).collect();
        let inner_marks = super::frame::inner_quote_marks(&toks);
        Reading {
            text,
            toks,
            clauses,
            values,
            inner_marks,
        }
    }

    pub(super) fn n(&self, i: usize) -> &str {
        self.toks.get(i).map_or("", |t| t.norm.as_str())
    }

    /// The clause holding token `i` (clauses are in order, so a binary search: long answers stay
    /// linear).
    pub(super) fn clause_of(&self, i: usize) -> Option<&Clause> {
        let at = self.clauses.partition_point(|c| c.toks.end <= i);
        self.clauses.get(at).filter(|c| c.toks.contains(&i))
    }

    /// True when the clause holding token `i` claims what it says (not denied, hoped or hedged).
    pub(super) fn claims(&self, i: usize) -> bool {
        self.clause_of(i).is_some_and(|c| c.stance.claims())
    }

    pub(super) fn raw(&self, a: usize, b: usize) -> String {
        match (
            self.toks.get(a),
            b.checked_sub(1).and_then(|e| self.toks.get(e)),
        ) {
            (Some(x), Some(y)) if x.start <= y.end => self.text[x.start..y.end].to_string(),
            _ => String::new(),
        }
    }

    pub(super) fn is_stop(&self, i: usize) -> bool {
        STOPS.contains(&self.n(i)) && !self.inner_marks.get(i).copied().unwrap_or(false)
    }

    /// True when a line break comes just before token `i`. Asked of a token past the end (a
    /// phrase that runs to the end of the answer), it is false rather than a panic.
    pub(super) fn newline_before(&self, i: usize) -> bool {
        let before = i.checked_sub(1).and_then(|p| self.toks.get(p));
        match (before, self.toks.get(i)) {
            (Some(p), Some(t)) => self
                .text
                .get(p.end..t.start)
                .is_some_and(|g| g.contains('\n')),
            _ => false,
        }
    }

    /// The phrase around token `i`: back to the last stop or the start of its clause (unless the
    /// clause is a relative one, "which route goes..."), on to the next stop. `(start, end)`.
    pub(super) fn span(&self, i: usize) -> (usize, usize) {
        let mut a = i;
        while a > 0 && !self.is_stop(a - 1) && !self.newline_before(a) {
            a -= 1;
        }
        if let Some(c) = self.clause_of(i)
            && c.toks.start > a
            && !matches!(
                self.n(c.toks.start),
                "which" | "who" | "where" | "that" | "whose"
            )
            && !self.there_of_a_noun(c.toks.start)
        {
            a = c.toks.start;
        }
        let mut b = i + 1;
        while b < self.toks.len() && !self.is_stop(b) && !self.newline_before(b) {
            b += 1;
        }
        (a, b)
    }

    /// True when "there" at `k` points back to a place ("the median there is 63 days"), after a
    /// noun with its determiner: the clause reader opens a clause at "there is", and cutting the
    /// phrase there would say the figure back without what it is ("there is 63 days").
    fn there_of_a_noun(&self, k: usize) -> bool {
        self.n(k) == "there"
            && matches!(self.n(k + 1), "is" | "are" | "was" | "were")
            && k >= 2
            && self.toks[k - 1].is_word()
            && matches!(
                self.n(k - 2),
                "the" | "our" | "their" | "its" | "his" | "her" | "your"
            )
    }

    /// The sentence around token `i`: back to the last full stop, question or exclamation mark (or
    /// line break), on to the next. `(start, end)`, the stop left out.
    pub(super) fn sentence(&self, i: usize) -> (usize, usize) {
        let ends = |k: usize| matches!(self.n(k), "." | "!" | "?");
        let mut a = i;
        while a > 0 && !ends(a - 1) && !self.newline_before(a) {
            a -= 1;
        }
        let mut b = i + 1;
        while b < self.toks.len() && !ends(b) && !self.newline_before(b) {
            b += 1;
        }
        (a, b)
    }

    /// The answer's sentences and list lines (those with a word in them), as token ranges without
    /// their stops, in order.
    pub(super) fn sentences(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let (a, b) = self.sentence(i);
            if (a..b).any(|k| self.toks[k].is_word()) {
                out.push((a, b));
            }
            i = b.max(i) + usize::from(matches!(self.n(b), "." | "!" | "?"));
            if i <= a {
                i = a + 1;
            }
        }
        out
    }

    /// Where the sentence holding `quote` starts in the text, or `None` when it is not there.
    pub(super) fn sentence_start_of(&self, quote: &str) -> Option<usize> {
        let at = self.text.find(quote)?;
        let k = self.toks.iter().position(|t| t.start >= at)?;
        Some(self.toks[self.sentence(k).0].start)
    }

    /// The first token of the answer's last `last` sentences (those with a word in them), or `None`
    /// for an answer with fewer: too short to have results before what closes it.
    pub(super) fn last_sentences_start(&self, last: usize) -> Option<usize> {
        let mut starts = Vec::new();
        let mut i = 0;
        while i < self.toks.len() {
            let (a, b) = self.sentence(i);
            if (a..b).any(|k| self.toks[k].is_word()) {
                starts.push(a);
            }
            i = b.max(i) + 1;
        }
        (last > 0 && starts.len() >= last).then(|| starts[starts.len() - last])
    }

    /// The phrase around token `i` ([`Reading::span`]) less the words that only join it to what came
    /// before ("and", "but"...): what a follow-up says back.
    pub(super) fn phrase(&self, i: usize) -> (usize, usize) {
        let (mut a, end) = self.span(i);
        while a < i && super::frame::JOINERS.contains(&self.n(a)) {
            a += 1;
        }
        (a, end)
    }

    pub(super) fn has_any(&self, words: &[&str]) -> bool {
        self.toks.iter().any(|t| words.contains(&t.norm.as_str()))
    }

    pub(super) fn has_in(&self, a: usize, b: usize, words: &[&str]) -> bool {
        (a..b.min(self.toks.len())).any(|i| words.contains(&self.n(i)))
    }

    /// True when the answer tells of one case ("One case stays with me: an older woman whose
    /// son..."): an example is given, and is not asked for.
    pub(super) fn tells_a_case(&self) -> bool {
        CASE_TOLD.iter().any(|p| self.has_phrase(p).is_some())
    }

    pub(super) fn has_phrase(&self, phrase: &[&str]) -> Option<usize> {
        (0..self.toks.len()).find(|&i| phrase.iter().enumerate().all(|(k, w)| self.n(i + k) == *w))
    }

    /// A figure's value: digits ("5,300", "2.5") or a number word ("nine").
    pub(super) fn value(&self, i: usize) -> Option<f64> {
        self.values.get(i).copied().flatten()
    }

    pub(super) fn is_year(&self, i: usize) -> bool {
        let n = self.n(i);
        n.len() == 4 && (n.starts_with("19") || n.starts_with("20")) && self.value(i).is_some()
    }

    /// A share: the token holds digits and the next is "%" or "per cent". The token after it.
    pub(super) fn percent_at(&self, i: usize) -> Option<usize> {
        if !self.n(i).starts_with(|c: char| c.is_ascii_digit()) {
            return None;
        }
        match self.n(i + 1) {
            "%" | "percent" => Some(i + 2),
            "per" if self.n(i + 2) == "cent" => Some(i + 3),
            _ => None,
        }
    }

    pub(super) fn any_people(&self, a: usize, b: usize) -> bool {
        self.has_in(a, b, PEOPLE)
    }

    /// The sentence holding token `i` and the one after it: where a PSW who gives a claim gives
    /// its proof or what it changed ("We made 140 calls. They found..."). `(start, end)`.
    pub(super) fn with_next_sentence(&self, i: usize) -> (usize, usize) {
        let (a, b) = self.sentence(i);
        if b + 1 < self.toks.len() {
            (a, self.sentence(b + 1).1)
        } else {
            (a, b)
        }
    }

    /// True when the sentence holding token `i`, or the next, gives the proof of what it says: a
    /// named source ("the audit of 60 found", "the duty log shows", "his sister says", "exit
    /// interviews") or a figure set against another ("74% against 41%", "compared with last year").
    /// A follow-up that asks "how do you know?" of such a claim re-asks what was just said.
    pub(super) fn proof_near(&self, i: usize) -> bool {
        let (a, b) = self.with_next_sentence(i);
        let compared = (a..b).any(|k| {
            matches!(
                self.n(k),
                "against" | "compared" | "benchmark" | "benchmarks"
            ) || self.n(k) == "from" && self.value(k + 1).is_some() && !self.is_year(k + 1)
        });
        self.source_near(i)
            || compared && (a..b).any(|k| self.value(k).is_some() && !self.is_year(k))
    }

    /// True when the sentence holding token `i`, or the next, names where what it says comes
    /// from: an audit, a survey, a log, who told them. A figure's own comparison ("fell by 22%
    /// compared with last year") says how much, not whose doing it was.
    pub(super) fn source_near(&self, i: usize) -> bool {
        let (a, b) = self.with_next_sentence(i);
        self.has_in(a, b, SOURCE_NAMED)
    }

    /// True when the sentence holding token `i`, or the next, says what changed ("that's changed
    /// what we teach", "falls have halved", "she now lives at home", "needed no full
    /// assessment"): a follow-up that asks "what difference has it made?" would re-ask it.
    pub(super) fn difference_near(&self, i: usize) -> bool {
        let (a, b) = self.with_next_sentence(i);
        self.has_in(a, b, CHANGED) || self.has_in(a, b, FALLS) || self.has_in(a, b, RISES)
    }
}

/// A word's value as a figure: digits ("5,300", "2.5") or a number word ("nine").
fn figure_value(n: &str) -> Option<f64> {
    if n.starts_with(|c: char| c.is_ascii_digit()) {
        return n.replace(',', "").parse().ok();
    }
    crate::text::number_value(n)
}

/// Words that name where proof comes from: a check made, what it showed, or who said so.
const SOURCE_NAMED: &[&str] = &[
    "audit",
    "audits",
    "audited",
    "survey",
    "surveys",
    "surveyed",
    "questionnaire",
    "sample",
    "sampled",
    "tracker",
    "log",
    "dashboard",
    "report",
    "reports",
    "data",
    "interviews",
    "feedback",
    "scores",
    "scored",
    "shows",
    "showed",
    "shown",
    "found",
    "finds",
    "tells",
    "told",
    "says",
];

/// Words that say something changed for people or practice.
const CHANGED: &[&str] = &[
    "changed",
    "change",
    "changes",
    "now",
    "fewer",
    "lower",
    "higher",
    "better",
    "improved",
    "moved",
    "returned",
    "avoided",
    "prevented",
];

/// Words for a figure that went up.
const RISES: &[&str] = &["rose", "risen", "increased", "doubled", "grew"];

/// A slot to follow "You said": at least three words, so it says something by itself.
pub(super) fn said_slot(r: &Reading, a: usize, b: usize) -> Option<String> {
    if words(r, a, b) < 3 {
        return None;
    }
    slot(r.text, &r.toks, a, b)
}

/// How many words lie between tokens `a` and `b`.
pub(super) fn words(r: &Reading, a: usize, b: usize) -> usize {
    r.toks[a..b.min(r.toks.len())]
        .iter()
        .filter(|t| t.is_word())
        .count()
}

/// Formats a figure as the answer would: "4", "2.5".
pub(super) fn figure(v: f64) -> String {
    if (v - v.round()).abs() < 1e-9 {
        format!("{}", v.round() as i64)
    } else {
        format!("{:.1}", v)
    }
}

/// The follow-up that says tokens `a..b` back: "You said {them}: {ask}", or `None` when they are
/// too few to say back. Most finders ask this way.
pub(super) fn said_back(
    r: &Reading,
    shape: Shape,
    (a, b): (usize, usize),
    presses: &str,
    ask: &str,
) -> Option<Anchor> {
    let quote = said_slot(r, a, b)?;
    anchor(
        r,
        shape,
        (a, b),
        r.raw(a, b),
        presses.to_string(),
        format!("You said {quote}: {ask}"),
    )
}

pub(super) fn anchor(
    r: &Reading,
    shape: Shape,
    (a, b): (usize, usize),
    said: String,
    presses: String,
    ask: String,
) -> Option<Anchor> {
    let mut a = a;
    while a + 1 < b && super::frame::JOINERS.contains(&r.n(a)) {
        a += 1;
    }
    Some(Anchor {
        shape,
        quote: r.raw(a, b),
        ask: finish(ask)?,
        said: brief(&said),
        presses,
    })
}

/// Most words the reason line says back: a transcript with no full stops would otherwise be
/// quoted whole.
const MOST_SAID: usize = 14;

/// The reason line's words cut at the first clause break after a few words, or at [`MOST_SAID`],
/// marked "…" when cut: "nineteen of them had a crisis or went back into hospital within three
/// months…", not the rest of the answer.
fn brief(said: &str) -> String {
    let said = super::frame::unfilled(said);
    let words: Vec<&str> = said.split_whitespace().collect();
    if words.len() <= MOST_SAID {
        return said;
    }
    let cut = (4..MOST_SAID)
        .find(|&k| words[k - 1].ends_with([',', ';', ':']) || matches!(words[k], "so" | "because"))
        .unwrap_or(MOST_SAID);
    let kept = words[..cut].join(" ");
    format!("{}…", kept.trim_end_matches([',', ';', ':']))
}

/// Shapes whose readers ask about an admitted weak spot in words made for it: the gap an answer
/// closes on does not go before them.
const KEEPS: &[Shape] = &[
    Shape::SetApart,
    Shape::Weakness,
    Shape::Exception,
    Shape::Unresolved,
    Shape::NotYet,
    Shape::Temporary,
];

/// Everything an assessor could press on in `text`, unranked.
pub(super) fn find(text: &str) -> Vec<Anchor> {
    let r = Reading::new(text);
    let finders: [fn(&Reading) -> Option<Anchor>; 44] = [
        super::out_of_plan::find,
        super::count_against_share::find,
        super::admitted::find_weakness,
        super::worsened::find_worsened,
        super::group_named::find,
        super::left::find_left,
        super::set_apart::find_set_apart,
        super::admitted::find_exception,
        super::admitted::find_unresolved,
        super::admitted::find_not_yet,
        super::temporary::find_temporary,
        super::figures::find_remainder,
        super::figures::find_still_waiting,
        super::figures::find_outside_figure,
        super::open_figure::find,
        super::proof::find_closed,
        find_boundary,
        super::figures::find_share_gap,
        find_group,
        find_expected,
        super::usually::find_usually,
        find_reach,
        super::status::find_status,
        super::chaired::find_chaired,
        find_process,
        super::staff_share::find,
        super::completed::find_completed,
        super::uptake::find_uptake,
        super::written_need::find,
        super::proof::find_learning,
        super::proof::find_attribution,
        find_voice,
        super::reassured::find,
        super::case_voice::find_case_voice,
        find_balance,
        super::plan::find_plan,
        super::instance::find_board,
        super::claim::find_source,
        // Before the claim reader: a belief offered as proof is what the assessor tested.
        super::belief::find,
        super::claim::find_claim,
        super::rule::find_rule,
        super::instance::find,
        super::pin::find_pin,
        super::added_field::find,
    ];
    let mut found: Vec<Anchor> = finders.iter().filter_map(|f| f(&r)).collect();
    // After the finders above, so where both find a weak spot their reading is kept.
    found.extend(super::owned_up::find(&r));
    // A weak spot announced ("what I'd say against it is...", "what the audit didn't cover:") is
    // read before the weak-spot reader, which then leaves it alone when its count is said back:
    // otherwise a strength in the announcing sentence ("we found places for 52 of them") could be
    // pressed ahead of the few the PSW pointed to ("the other 18").
    if let Some(a) = super::announced::find(&r, &found) {
        found.push(a);
    }
    // Last, as it reads what the others found.
    found.extend(super::weak_spot::find_weak_spot(&r, &found));
    // Last of the weaknesses: people bearing a wait, where nothing else was read as admitted.
    found.extend(super::while_waiting::find(&r));
    // The weak spot the answer ends on, read by its shape, goes before every other: on strong
    // answers the assessor pressed it every time, and the readers above pressed an earlier result
    // already put right or nothing at all (probes-13).
    // What the PSW says they cannot tell, near the end ("What I can't tell you is how people who
    // don't read English get on"), goes before a count that follows it as its support ("only 3 of
    // the 40 needed an interpreter"): the assessor pressed the unknown, not the count's remainder.
    let unknown = super::unknown::find(&r);
    let late = super::late_turn::find(&r, &found);
    let supports = |l: &Anchor, (ua, ub): (usize, usize)| {
        let from = r.toks[ua].start;
        let to = r.with_next_sentence(ub.saturating_sub(1).max(ua)).1;
        let to = r.toks[to.saturating_sub(1).max(ua)].end;
        r.text
            .find(l.quote.as_str())
            .is_some_and(|at| (from..to).contains(&at))
    };
    let late = match (late, &unknown) {
        (Some(l), Some((_, s))) if supports(&l, *s) => None,
        (late, _) => late,
    };
    if let Some(a) = late {
        found.insert(0, a);
    } else if let Some(a) = super::gap_named::find(&r, &found) {
        // A group the answer ends on naming as missed, with no count for the late-turn reader,
        // goes first too: the assessor pressed it over any remainder (probes-16 p04).
        found.insert(0, a);
    } else if let Some((a, _)) = unknown {
        found.insert(0, a);
    }
    // The claim a middling answer closes on, where nothing else was found to press: the assessor
    // tested it, where the coach fell back on a bank question (probes-21 p19, p23).
    if found.is_empty() {
        found.extend(super::closing_claim::find(&r));
    }
    // A vague answer's main claim, where nothing else was read: said back and asked for one
    // concrete case. As a pin, it goes after the question's own pointed probes and before the
    // stock lines (`drill::probe::rank`), which it replaces (probes-22 p25, p30, p32).
    if found.is_empty() {
        found.extend(super::vague_case::find(&r));
    }
    // The gap a strong answer closes on in plain words goes before anything pressed earlier in the
    // answer: the assessor pressed it on every strong answer of probes-20 that ended on one.
    if let Some(gap) = super::closing_gap::find(&r) {
        let close = r
            .last_sentences_start(2)
            .map_or(usize::MAX, |k| r.toks[k].start);
        // A weak spot said back from the answer's last three sentences (the gap's own sentence, or
        // the one that gives its figure) keeps its ask, and so does one another reader asks about in
        // words made for it.
        let near = r.last_sentences_start(3).map_or(close, |k| r.toks[k].start);
        // Another reader's follow-up from the last two sentences keeps its place only when it is
        // said from the gap's own sentence or after it: "the care homes have been good as well",
        // the sentence before "where it falls down is people who don't use words", is a side
        // remark the assessor passed over (probes-20 p03).
        let gap_from = r.sentence_start_of(&gap.quote).unwrap_or(close);
        let pressed_late = found.iter().min_by_key(|f| f.shape).is_some_and(|f| {
            let at = r.text.find(f.quote.as_str());
            KEEPS.contains(&f.shape) && at.is_some_and(|at| at >= near)
                || at.is_some_and(|at| at >= close.max(gap_from))
                || f.shape == Shape::WeakSpot && at.is_some_and(|at| at >= near)
        });
        if !pressed_late {
            found.insert(0, gap);
        }
    }
    // The rest of a middling answer's one share, after any weak spot it admits (probes-23 p15,
    // p17, p20).
    if let Some(a) = super::share_rest::find(&r, &found) {
        found.insert(0, a);
    }
    // People the answer admits are left in a bad state, counted, go before everything: harm to
    // people first (probes-23 p02, p04, p05, p09).
    if let Some(a) = super::people_at_risk::find(&r, &found) {
        found.insert(0, a);
    }
    found
}

/// "You mentioned a section 75 agreement: what assurance do you get yourself...?"
fn find_boundary(r: &Reading) -> Option<Anchor> {
    let tail = "what assurance do you get yourself about the quality of that work, and what has your own checking found?";
    if let Some(i) = r
        .has_phrase(&["section", "75"])
        .or_else(|| r.has_phrase(&["s75"]))
        .or_else(|| r.has_phrase(&["s.75"]))
    {
        let partner = (0..r.toks.len()).find(|&j| {
            r.n(j) == "the" && matches!(r.n(j + 1), "trust" | "provider" | "nhs")
                || r.n(j) == "the" && r.n(j + 2) == "trust" && r.n(j + 1).len() > 2
        });
        let (ask, said) = match partner {
            Some(j) => {
                let end = if r.n(j + 1) == "trust" || r.n(j + 1) == "provider" {
                    j + 2
                } else {
                    j + 3
                };
                let who = slot(r.text, &r.toks, j, end)?;
                (
                    format!(
                        "You said this work is done by {who} under a section 75 agreement: {tail}"
                    ),
                    r.raw(i, i + if r.n(i) == "section" { 2 } else { 1 }),
                )
            }
            None => (
                format!("You mentioned a section 75 agreement: {tail}"),
                r.raw(i, i + if r.n(i) == "section" { 2 } else { 1 }),
            ),
        };
        return anchor(
            r,
            Shape::Boundary,
            (i, i + 2),
            said,
            "asking what assurance you get yourself".to_string(),
            ask,
        );
    }
    if let Some(i) = (0..r.toks.len()).find(|&i| r.n(i) == "delegated" && r.claims(i)) {
        let (a, end) = r.span(i);
        let quote = said_slot(r, a, end)?;
        return anchor(
            r,
            Shape::Boundary,
            (a, end),
            "delegated".to_string(),
            "asking what assurance you get yourself".to_string(),
            format!("You said {quote}: {tail}"),
        );
    }
    // "We commission an advocacy service": does it reach everyone entitled to it?
    let i = (0..r.toks.len()).find(|&i| {
        matches!(r.n(i), "commission" | "commissioned")
            && matches!(r.n(i + 1), "a" | "an" | "the")
            && r.claims(i)
    })?;
    let mut end = i + 2;
    while end < r.toks.len() && end < i + 6 && r.toks[end].is_word() {
        let w = r.n(end);
        end += 1;
        if matches!(
            w,
            "service" | "services" | "provider" | "contract" | "scheme"
        ) {
            break;
        }
    }
    if !matches!(
        r.n(end - 1),
        "service" | "services" | "provider" | "contract" | "scheme"
    ) {
        return None;
    }
    let what = slot(r.text, &r.toks, i + 1, end)?;
    anchor(
        r,
        Shape::Boundary,
        (i, end),
        r.raw(i, end),
        "asking whether it reaches everyone who needs it".to_string(),
        format!(
            "You said you commission {what}: how do you know everyone who needs it gets it, and what do you check yourself?"
        ),
    )
}

/// Nouns a group singled out is named with: "Polish families", "the Roma community".
const GROUP_NOUNS: &[&str] = &[
    "community",
    "communities",
    "families",
    "women",
    "men",
    "people",
    "residents",
    "carers",
    "elders",
    "population",
    "groups",
    "group",
];

/// Nouns that, after a group's name, make it a place: "the Dunmere community centre".
const PLACE_NOUNS: &[&str] = &[
    // Buildings only: "the Pakistani community association" is still that community's own body.
    "centre", "center", "hall", "hub", "library",
];

/// Nouns that, after a group's name, make it a service or forum that works with people, not the
/// people: "the Lantern carers service", "the Deaf community forum".
const SERVICE_NOUNS: &[&str] = &[
    "service",
    "services",
    "forum",
    "network",
    "project",
    "programme",
    "panel",
    "board",
    "team",
];

/// Groups named by a disability or a sense: "deaf", "autistic".
const DISABLED: &[&str] = &["deaf", "autistic", "deafblind", "blind", "disabled"];

/// Words that make the answer about staff skills: training, awareness, qualifications.
const SKILLED: &[&str] = &[
    "training",
    "trained",
    "awareness",
    "qualification",
    "qualified",
    "accredited",
    "champion",
    "champions",
];

/// The days of the week: "the Tuesday group" is a meeting, not a group of people.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Words that, in the sentence naming a group, say the group fares worse or does not come forward:
/// "Gypsy and Traveller families rarely reach us until something has gone badly wrong".
const FARES_WORSE: &[&str] = &[
    "rarely", "hardly", "seldom", "never", "don't", "doesn't", "didn't", "aren't", "isn't",
    "can't", "won't", "worse", "lower", "fewer", "until", "nobody", "none",
];

/// Most words of a group's sentence said back whole.
const GROUP_SENTENCE_WORDS: usize = 22;

/// A group the answer names as faring worse, in a sentence of its own, is pressed on that: why,
/// and what is being done. "Which other communities fare worse" drifted from what was said, the
/// judge found, where the assessor asked about the group named (probes-22 p08).
fn group_fares_worse(r: &Reading, i: usize) -> Option<Anchor> {
    let (a, b) = r.sentence(i);
    // The group opens its sentence, give or take a joining word or two: it is what the sentence
    // is about, not a word in passing.
    if (a..i).filter(|&k| r.toks[k].is_word()).count() > 3 {
        return None;
    }
    if !(i..b).any(|k| FARES_WORSE.contains(&r.n(k))) || words(r, a, b) > GROUP_SENTENCE_WORDS {
        return None;
    }
    said_back(
        r,
        Shape::Group,
        (a, b),
        "pressing the group you said fares worse",
        "what do you know about why, and what are you doing to change it?",
    )
}

/// "You told us about Polish families: which other communities fare worse...?"
fn find_group(r: &Reading) -> Option<Anchor> {
    let singled = |i: usize| {
        let t = &r.toks[i];
        let word = &r.text[t.start..t.end];
        let capital = word.starts_with(|c: char| c.is_uppercase())
            && word.chars().skip(1).all(|c| c.is_lowercase())
            && word.chars().count() > 3
            && !opens_sentence(r.text, &r.toks, i);
        let known = matches!(
            t.norm.as_str(),
            "deaf" | "autistic" | "gypsy" | "roma" | "traveller" | "refugee" | "lgbtq" | "lgbt"
        );
        // "the Making It Real group" is a name, not a group of people.
        // "our Experts by Experience group": a name's capital two words back, over a small
        // joining word, is the same name.
        let capital_at = |k: usize| {
            let p = &r.toks[k];
            r.text[p.start..p.end].starts_with(|c: char| c.is_uppercase())
                && !opens_sentence(r.text, &r.toks, k)
        };
        let in_a_name = capital_at(i - 1)
            || (i >= 2
                && matches!(
                    r.n(i - 1),
                    "by" | "of" | "for" | "it" | "the" | "in" | "on" | "to" | "a"
                )
                && capital_at(i - 2));
        // "Brackenbridge Carers run that for us": a capital on the noun too makes it an
        // organisation's name, and "the Dunmere community centre" is a place: neither is a group
        // of people singled out.
        let named_body = r
            .toks
            .get(i + 1)
            .is_some_and(|t| r.text[t.start..t.end].starts_with(|c: char| c.is_uppercase()))
            || PLACE_NOUNS.contains(&r.n(i + 2))
            || SERVICE_NOUNS.contains(&r.n(i + 2));
        // "detaining autistic people and people with a learning disability": groups named
        // together, as a law or a service names them, are not one singled out from the rest.
        let listed = matches!(r.n(i + 2), "and" | "or")
            && (GROUP_NOUNS.contains(&r.n(i + 3)) || GROUP_NOUNS.contains(&r.n(i + 4)));
        // "the 'What people told us' page": a question word or a determiner given a capital,
        // in a title or a heading, is no group of people (insight-strong-17 z09).
        let function_word = matches!(
            t.norm.as_str(),
            "what"
                | "which"
                | "whose"
                | "when"
                | "where"
                | "these"
                | "those"
                | "some"
                | "many"
                | "most"
                | "more"
                | "fewer"
                | "other"
                | "every"
                | "such"
        );
        // "BSL interpreters for the two Deaf people we had this year": a group counted is the
        // few people a provision served, not a group singled out (insight-strong-20 z11).
        let counted = r.value(i - 1).is_some();
        // "the Caribbean elders' forum": a group's name owns what follows; "the Tuesday group"
        // is a meeting (insight-strong-15 z13, insight-strong-17 z01).
        let possessive = r
            .toks
            .get(i + 1)
            .is_some_and(|n| r.text[n.end..].starts_with(['\'', '\u{2019}']));
        let weekday = WEEKDAYS.contains(&t.norm.as_str());
        (capital || known)
            && !function_word
            && !in_a_name
            && !named_body
            && !listed
            && !counted
            && !possessive
            && !weekday
            && GROUP_NOUNS.contains(&r.n(i + 1))
            && !matches!(
                t.norm.as_str(),
                "care" | "council" | "trust" | "health" | "adult" | "local"
            )
            && !crate::text::MONTH_WORDS.contains(&t.norm.as_str())
    };
    let named = (1..r.toks.len()).find(|&i| singled(i));
    // "For autistic people, every practitioner has completed tier 1 of the training", "a worker
    // who has done deaf awareness": a disability named as what staff are trained or skilled for is
    // no community the council hears less from (probes-9 p14, probes-8 p03, insight-strong-3 u05).
    if let Some(i) = named
        && DISABLED.contains(&r.n(i))
        && r.has_any(SKILLED)
    {
        return None;
    }
    // "Our data points to three groups. People from Black African and Caribbean communities...;
    // older LGBT people...; learning-disabled adults from South Asian families..." (probes-18
    // p24): where the answer names more than one group, "which other communities fare worse"
    // misreads it. The assessor took one of them and asked why, and what has changed for them.
    // Each group once, by its word, and apart from the last one found: "Gypsy and Traveller
    // families" and "the Somali community ... Somali families" are one group each.
    let mut seen: Vec<(usize, &str)> = Vec::new();
    for i in (1..r.toks.len()).filter(|&i| singled(i)) {
        if seen.iter().all(|&(j, w)| w != r.n(i) && i > j + 4) {
            seen.push((i, r.n(i)));
        }
    }
    let groups = seen.len();
    if let Some(i) = named
        && groups >= 2
    {
        return anchor(
            r,
            Shape::Group,
            (i, i + 2),
            r.raw(i, i + 2),
            "asking about the groups you named".to_string(),
            "Of the groups you named, where is the gap widest, do you know why, and has anything changed for them since you found it?".to_string(),
        );
    }
    if let Some(i) = named
        && let Some(a) = group_fares_worse(r, i)
    {
        return Some(a);
    }
    if let Some(i) = named {
        let singular = matches!(r.n(i + 1), "community" | "population" | "group");
        let group = slot(r.text, &r.toks, i, i + 2)?;
        let group = if singular {
            format!("the {group}")
        } else {
            group
        };
        return anchor(
            r,
            Shape::Group,
            (i, i + 2),
            r.raw(i, i + 2),
            "asking which others fare worse".to_string(),
            format!(
                "You told us about {group}: {}",
                if DISABLED.contains(&r.n(i)) {
                    // Deaf or autistic people are no community of birth or faith: "which other
                    // communities" misnames them.
                    super::frame::pick(
                        &group,
                        &[
                            "which other groups are you hearing less from, and where do you not yet have the data to know how they fare?",
                            "which other groups fare worse, and where is the gap still widest?",
                        ],
                    )
                } else {
                    super::frame::pick(
                        &group,
                        &[
                            "which other communities are you hearing less from, and where do you not yet have the data to know how they fare?",
                            "which other communities fare worse, and where is the gap still widest?",
                        ],
                    )
                }
            ),
        );
    }
    // "Waits vary by locality": by area, but what about groups of people?
    let i = (0..r.toks.len()).find(|&i| {
        matches!(r.n(i), "vary" | "varies" | "varied")
            && r.n(i + 1) == "by"
            && matches!(
                r.n(i + 2),
                "locality" | "area" | "team" | "district" | "patch" | "place"
            )
    })?;
    anchor(
        r,
        Shape::Group,
        (i, i + 3),
        r.raw(i, i + 3),
        "asking about groups of people, not only places".to_string(),
        format!(
            "You told us how it varies by {}: which groups of people fare worst, by age, ethnicity or disability, and do you have the data to know?",
            r.raw(i + 2, i + 3)
        ),
    )
}

/// "You said people say they're being heard: who told you that, and what did they say?"
fn find_voice(r: &Reading) -> Option<Anchor> {
    r.clauses.iter().find_map(|c| {
        let mut a = c.toks.start;
        while a < c.toks.end && super::frame::JOINERS.contains(&r.n(a)) {
            a += 1;
        }
        let subject = r.n(a);
        // "People say" has no source; "carers say" names one, and is pressed as a claim elsewhere.
        if subject != "people" && subject != "everyone" {
            return None;
        }
        let verb = r.n(a + 1);
        let seems = matches!(verb, "seem" | "seems" | "seemed");
        if !(matches!(verb, "say" | "said" | "tell" | "told") || seems) {
            return None;
        }
        if c.figure || r.has_any(&["survey", "surveys", "feedback", "audit", "audits"]) && !seems {
            return None;
        }
        let (_, end) = r.span(a);
        let end = end.min(c.toks.end.max(a + 2));
        let quote = said_slot(r, a, end)?;
        let ask = if seems {
            format!("You said {quote}: how do you know, and what has changed for them?")
        } else {
            format!("You said {quote}: who told you that, and what did they say?")
        };
        anchor(
            r,
            Shape::Voice,
            (a, end),
            r.raw(a, a + 2),
            "asking who said it, and what".to_string(),
            ask,
        )
    })
}

/// Words that say something expected is checked for: "we check compliance", "audited monthly".
const CHECKS: &[&str] = &[
    "compliance",
    "check",
    "checks",
    "checked",
    "monitor",
    "monitors",
    "monitored",
    "audit",
    "audits",
    "audited",
];

/// "You said managers are expected to discuss every case: how often does that actually happen?"
fn find_expected(r: &Reading) -> Option<Anchor> {
    let i = (0..r.toks.len()).find(|&i| {
        (matches!(r.n(i), "meant" | "expected" | "supposed" | "required") && r.n(i + 1) == "to"
            || matches!(r.n(i), "offered" | "available") && r.claims(i))
            && matches!(r.n(i.wrapping_sub(1)), "is" | "are" | "'s" | "were" | "was")
    })?;
    let (a, end) = r.span(i);
    let quote = said_slot(r, a, end)?;
    let offered = matches!(r.n(i), "offered" | "available");
    // "...and we check compliance through the HR system": how often is answered by the check, and
    // a check that it happened says nothing of what it changed.
    let (s0, s1) = r.with_next_sentence(i);
    let checked = !offered && r.has_in(s0, s1, CHECKS);
    let tail = if checked {
        if r.has_any(SAFETY) {
            "checking that it happens tells you it took place, so what is an example of it changing a decision and making someone safer?"
        } else {
            "checking that it happens tells you it took place, so what is an example of it changing what happened for someone?"
        }
    } else if offered {
        "how often do people actually get it, and what happens when it is not there in time?"
    } else {
        super::frame::pick(
            &quote,
            &[
                "how often does that actually happen, and how do you know?",
                "how often does it happen in practice, and what happens when it does not?",
            ],
        )
    };
    anchor(
        r,
        Shape::Expected,
        (a, end),
        r.raw(i, if offered { i + 1 } else { i + 2 }),
        if checked {
            "asking what it changed for people"
        } else {
            "asking how often it actually happens"
        }
        .to_string(),
        format!("You said {quote}: {tail}"),
    )
}

/// Verbs that say people were found or known, not helped.
const FOUND: &[&str] = &[
    "know",
    "known",
    "identified",
    "registered",
    "found",
    "reached",
    "contacted",
    "signposted",
    "referred",
    "flagged",
];

/// "Of the 5,000 carers you mentioned, how many have had support from you...?"
fn find_reach(r: &Reading) -> Option<Anchor> {
    (0..r.toks.len()).find_map(|i| {
        let v = r.value(i)?;
        if v < 10.0 || r.percent_at(i).is_some() || r.is_year(i) || !r.claims(i) {
            return None;
        }
        if matches!(r.n(i.wrapping_sub(1)), "from" | "to" | "than" | "of" | "in") {
            return None;
        }
        let noun = r.n(i + 1);
        let (noun_end, people) = if noun == "young" || noun == "older" {
            (i + 3, r.n(i + 2) == "people")
        } else {
            (
                i + 2,
                matches!(
                    noun,
                    "carers" | "people" | "families" | "adults" | "residents"
                ),
            )
        };
        if !people {
            return None;
        }
        let (a, end) = r.span(i);
        // "70 of the 80 people we reached said...": the 80 are the whole of a count pressed
        // elsewhere, not people found.
        if r.n(i.wrapping_sub(1)) == "the" && r.n(i.wrapping_sub(2)) == "of" {
            return None;
        }
        if !r.has_in(a, end, FOUND) || r.has_in(a, end, FALLS) {
            return None;
        }
        let what = slot(r.text, &r.toks, i, noun_end)?;
        // "We have identified 4,200 carers against a census estimate of about 11,000": a count set
        // against an estimate leaves the rest not yet found, which is what the assessor presses
        // (the walk of 2026-12-07c, row 24).
        let (_, se) = r.sentence(i);
        let estimated = r.has_in(noun_end, se, &["estimate", "estimated", "estimates", "census"]);
        if let Some(j) = (noun_end..se)
            .filter(|_| estimated)
            .find(|&j| r.value(j).is_some_and(|e| e > v) && r.percent_at(j).is_none() && !r.is_year(j))
        {
            let whole = r.value(j)?;
            let rest = thousands(whole - v);
            // Said back from its subject ("we have identified..."): a phrase opening on "so far"
            // would lose its "so" as a joiner.
            let subject = (a..i).find(|&k| matches!(r.n(k), "we" | "i")).unwrap_or(i);
            let said = said_slot(r, subject, j + 1).unwrap_or_else(|| {
                format!("{what} against an estimate of about {}", r.raw(j, j + 1))
            });
            return anchor(
                r,
                Shape::Reach,
                (a, j + 1),
                r.raw(a, j + 1),
                "asking about those not yet found".to_string(),
                format!(
                    "You said {said}: how are you finding the other {rest}, and what is happening for them meanwhile?"
                ),
            );
        }
        let help = if noun == "carers" {
            "have had a carer's assessment or support from you"
        } else {
            "have had support from you"
        };
        anchor(
            r,
            Shape::Reach,
            (i, noun_end),
            r.raw(i, noun_end),
            "asking how many have had support".to_string(),
            format!(
                "Of the {what} you mentioned, how many {help}, and what has it changed for them?"
            ),
        )
    })
}

/// A whole number as an answer writes it: "6,800", "950".
fn thousands(v: f64) -> String {
    let digits = figure(v.round());
    if digits.len() <= 3 || v < 1000.0 {
        return digits;
    }
    let mut out = String::new();
    for (k, c) in digits.chars().enumerate() {
        if k > 0 && (digits.len() - k).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// Verbs that say cases were brought to a panel or looked at: "it looked at 130 cases".
const LOOKED_AT: &[&str] = &[
    "looked",
    "discussed",
    "heard",
    "considered",
    "reviewed",
    "brought",
];

/// "Beyond the 140 meetings, how do you know people are safer or better off?"
fn find_process(r: &Reading) -> Option<Anchor> {
    let counted = (0..r.toks.len()).find_map(|i| {
        let v = r.value(i)?;
        if v < 2.0 || r.percent_at(i).is_some() || r.is_year(i) || !r.claims(i) {
            return None;
        }
        // "Over three visits", "across 40 cases", "an audit of 50 reviews": how the work was
        // done or checked, not a count offered as proof.
        if matches!(
            r.n(i.wrapping_sub(1)),
            "from" | "to" | "than" | "in" | "of" | "over" | "across" | "after" | "within" | "during"
        ) {
            return None;
        }
        // "Anyone who has not answered three calls": how many tries one person is given, not work
        // done (strong-20 z13: "Beyond the three calls").
        if r.has_in(
            i.saturating_sub(3),
            i,
            &[
                "not", "never", "hasn't", "haven't", "didn't", "doesn't", "don't", "missed",
            ],
        ) {
            return None;
        }
        // "Two reviews a month myself": the PSW's own practice, kept up, not a count of work done.
        // "Two visits daily" is how often one person is seen, not people reached (probes-19
        // p21: "Beyond the two visits, what happened for those people" of Mrs K's plan).
        if matches!(r.n(i + 2), "a" | "each" | "every" | "per")
            && matches!(r.n(i + 3), "week" | "month" | "quarter" | "year" | "day")
            || matches!(
                r.n(i + 2),
                "daily" | "weekly" | "fortnightly" | "monthly" | "nightly"
            )
        {
            return None;
        }
        // A source named with the count, in the same breath or the next ("In the staff survey,
        // 86%...", "the audit found..."): how they know is said, so what is asked is what
        // happened for the people themselves, without "how do you know?".
        let sourced = r.proof_near(i);
        let noun = r.n(i + 1);
        let tail = match (noun, sourced) {
            ("referrals", false) => {
                "what difference did it make to the people referred, and how do you know?"
            }
            ("referrals", true) => {
                "what happened for the people referred, and what did it change for them?"
            }
            ("visits" | "contacts" | "calls" | "conversations" | "attendances", false) => {
                "what happened for those people that would not have happened otherwise, and how do you know?"
            }
            ("visits" | "contacts" | "calls" | "conversations" | "attendances", true) => {
                "what happened for those people that would not have happened otherwise?"
            }
            ("cases", false) if r.has_in(i.saturating_sub(4), i, LOOKED_AT) => {
                "how many of the people in them are safer now, and how do you know?"
            }
            ("cases", true) if r.has_in(i.saturating_sub(4), i, LOOKED_AT) => {
                "how many of the people in them are safer now, and has anyone come to harm since?"
            }
            // "60 flats", "40 places": what the provision did for the people who got it, set
            // against where they would otherwise have gone (probes-6 p14).
            ("flats" | "places" | "beds" | "units" | "apartments", _) => {
                "how many went to people who would otherwise have gone into a care home or stayed in hospital, and what has it meant for them?"
            }
            ("meetings" | "audits" | "checks" | "reviews" | "sessions" | "panels", false) => {
                "how do you know people are safer or better off, and what do they tell you?"
            }
            ("meetings" | "audits" | "checks" | "reviews" | "sessions" | "panels", true) => {
                "which of the people they were about are still not better off, and what is being done for them?"
            }
            _ => return None,
        };
        let what = slot(r.text, &r.toks, i, i + 2)?;
        let lead = if matches!(
            noun,
            "referrals" | "cases" | "flats" | "places" | "beds" | "units" | "apartments"
        ) {
            "Of the"
        } else {
            "Beyond the"
        };
        anchor(
            r,
            Shape::Process,
            (i, i + 2),
            r.raw(i, i + 2),
            format!("asking what the {} changed for people", r.raw(i + 1, i + 2)),
            format!("{lead} {what}, {tail}"),
        )
    });
    if counted.is_some() {
        return counted;
    }
    // "We spent £180,000 on training last year": money spent is not yet a change.
    if let Some(i) = (0..r.toks.len())
        .find(|&i| matches!(r.n(i), "spent" | "invested") && r.n(i + 1) == "£" && r.claims(i))
        && !r.difference_near(i)
    {
        let (a, end) = r.phrase(i);
        if let Some(quote) = said_slot(r, a, end)
            && words(r, a, end) <= 16
        {
            return anchor(
                r,
                Shape::Process,
                (a, end),
                r.raw(i, (i + 3).min(end)),
                "asking what the money changed".to_string(),
                format!("You said {quote}: what has it changed in practice, and how do you know?"),
            );
        }
    }
    // "Attendance at the forum is usually around twenty": people came, which is not yet a change.
    if let Some(anchored) = (0..r.toks.len()).find_map(|i| {
        if r.n(i) != "attendance" || !r.claims(i) {
            return None;
        }
        let (s, e) = r.sentence(i);
        // "Attendance has gone from 20 to 70... the staff survey found" gives its proof.
        if !(s..e).any(|k| r.value(k).is_some() && !r.is_year(k))
            || r.difference_near(i)
            || r.proof_near(i)
        {
            return None;
        }
        let (a, end) = r.phrase(i);
        let quote = said_slot(r, a, end)?;
        anchor(
            r,
            Shape::Process,
            (a, end),
            r.raw(i, i + 1),
            "asking what it changed".to_string(),
            format!(
                "You said {quote}: that tells you people came, so what has changed in practice because of it, and how do you know?"
            ),
        )
    }) {
        return Some(anchored);
    }
    let i = (0..r.toks.len()).find(|&i| r.n(i) == "compliance" && r.claims(i))?;
    anchor(
        r,
        Shape::Process,
        (i, i + 1),
        "compliance".to_string(),
        "asking what the checks show for people".to_string(),
        "Checking compliance tells you it happened: how do you know it made a difference for people, and can you give us an example?".to_string(),
    )
}

/// Phrases that open the telling of one case.
const CASE_TOLD: &[&[&str]] = &[
    &["one", "case"],
    &["for", "example"],
    &["for", "instance"],
    &["a", "recent", "case"],
    &["one", "woman"],
    &["one", "man"],
    &["one", "family"],
    &["a", "woman", "who"],
    &["a", "man", "who"],
    &["an", "older", "woman"],
    &["an", "older", "man"],
];

/// Phrases that tell of advice not taken: the time a Balance follow-up would ask for is given.
const NOT_TAKEN: &[&[&str]] = &[
    &["didn't", "take", "my", "advice"],
    &["did", "not", "take", "my", "advice"],
    &["advice", "wasn't", "taken"],
    &["advice", "was", "not", "taken"],
    &["didn't", "follow", "my", "advice"],
    &["overruled"],
    &["went", "against", "my", "advice"],
    // "Where I got nowhere was transport" (probes-18 p04, asked for the time it had just told).
    &["got", "nowhere"],
    &["lost", "the", "argument"],
    &["didn't", "win"],
    &["wasn't", "listened", "to"],
    &["weren't", "persuaded"],
    &["wasn't", "persuaded"],
    &["couldn't", "persuade"],
    &["didn't", "persuade"],
    &["couldn't", "stop"],
];

/// True when what the PSW argued against went ahead all the same: "I argued against charging for
/// transport ... and the charge went ahead". "I argued for it and it went ahead" is advice taken.
fn argued_against_and_lost(r: &Reading, i: usize) -> bool {
    let (_, end) = r.with_next_sentence(i);
    r.n(i + 2) == "against"
        && (i + 3..end).any(|k| {
            matches!(r.n(k), "went" | "goes" | "go" | "going") && r.n(k + 1) == "ahead"
                || r.n(k) == "anyway"
        })
}

/// "Those are times your advice was taken: tell us about a time it was not."
fn find_balance(r: &Reading) -> Option<Anchor> {
    let i = (0..r.toks.len()).find(|&i| {
        r.n(i) == "i"
            && matches!(
                r.n(i + 1),
                "argued" | "advised" | "challenged" | "persuaded" | "lobbied" | "recommended"
            )
            || (r.n(i) == "i" && r.n(i + 1) == "made" && r.n(i + 3) == "case")
    })?;
    // The answer already tells of advice not taken: "The DASS didn't take my advice in full".
    if !r.claims(i)
        || NOT_TAKEN.iter().any(|p| r.has_phrase(p).is_some())
        || argued_against_and_lost(r, i)
    {
        return None;
    }
    let said = if r.n(i + 1) == "made" { i + 4 } else { i + 2 };
    // One time told is "a time", not "times"; and what is asked is a question, not an
    // instruction with a question mark (insight-strong-17 z02).
    // "I argued against cutting ... I also made the case for ...": two times.
    let told = (1..r.toks.len())
        .filter(|&k| {
            let by_me = r.n(k - 1) == "i" || (k >= 2 && r.n(k - 2) == "i");
            by_me
                && (matches!(
                    r.n(k),
                    "argued" | "advised" | "challenged" | "persuaded" | "lobbied" | "recommended"
                ) || (r.n(k) == "made" && r.n(k + 2) == "case"))
        })
        .count();
    let lead = if told > 1 {
        "Those were times your advice was taken"
    } else {
        "That was a time your advice was taken"
    };
    anchor(
        r,
        Shape::Balance,
        (i, said),
        r.raw(i, said),
        "asking about a time your advice was not taken".to_string(),
        format!(
            "{lead}: when was it last not taken, how did you respond, and what happened for people as a result?"
        ),
    )
}
