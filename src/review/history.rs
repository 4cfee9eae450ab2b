//! Every past session, read once into a compact index: a row per session and a record per answer.
//!
//! The index keeps facts (dates, times, ratings, ticks, gaps), never the typed words: 5,000 sessions
//! of 50,000 answers hold tens of megabytes of text, and the screens need only a few answers at a
//! time, which are read back from their note on demand. Question ids and topics are interned, and a
//! question's quality statements are a bit set, so an answer costs well under a hundred bytes.

use std::collections::{HashMap, HashSet};
use std::fs;
use std::io;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, OnceLock};

use chrono::{DateTime, FixedOffset, NaiveDate};

use crate::bank::model::QualityStatement;
use crate::notes::{
    AskedQuestion, Note, NoteKind, NoteProblem, NoteQuestion, NotesIndex, NotesStore, PartsGiven,
};

/// Rehearsing alone, or with a colleague playing the assessor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum SessionKind {
    Rehearse,
    Pair,
}

impl SessionKind {
    pub fn label(self) -> &'static str {
        match self {
            SessionKind::Rehearse => "alone",
            SessionKind::Pair => "pair",
        }
    }
}

/// What an answer lacked: the same gaps the answer analysis finds and the probes go after.
pub use crate::bank::model::Gap;

fn bit(gap: Gap) -> u8 {
    1 << (gap as u8)
}

/// A small set of gaps.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Gaps(u8);

impl Gaps {
    pub fn insert(&mut self, gap: Gap) {
        self.0 |= bit(gap);
    }

    pub fn contains(self, gap: Gap) -> bool {
        self.0 & bit(gap) != 0
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }

    /// Biggest gap first, in the order an assessor would press them.
    pub fn iter(self) -> impl Iterator<Item = Gap> {
        Gap::BY_SIZE.into_iter().filter(move |g| self.contains(*g))
    }
}

impl FromIterator<Gap> for Gaps {
    fn from_iter<I: IntoIterator<Item = Gap>>(iter: I) -> Gaps {
        let mut gaps = Gaps::default();
        for g in iter {
            gaps.insert(g);
        }
        gaps
    }
}

/// The nine quality statements as a bit set, in the framework's order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub struct Statements(u16);

impl Statements {
    pub fn from_slugs<S: AsRef<str>>(slugs: &[S]) -> Statements {
        slugs
            .iter()
            .filter_map(|s| QualityStatement::from_slug(s.as_ref()))
            .collect()
    }

    pub fn contains(self, s: QualityStatement) -> bool {
        self.0 & (1 << s as u16) != 0
    }

    pub fn insert(&mut self, s: QualityStatement) {
        self.0 |= 1 << s as u16;
    }

    pub fn iter(self) -> impl Iterator<Item = QualityStatement> {
        QualityStatement::ALL
            .into_iter()
            .filter(move |s| self.contains(*s))
    }

    pub fn len(self) -> usize {
        self.0.count_ones() as usize
    }

    pub fn is_empty(self) -> bool {
        self.0 == 0
    }
}

impl FromIterator<QualityStatement> for Statements {
    fn from_iter<I: IntoIterator<Item = QualityStatement>>(iter: I) -> Statements {
        let mut set = Statements::default();
        for s in iter {
            set.insert(s);
        }
        set
    }
}

/// A question as the notes knew it; interned, so 50,000 answers share a few hundred of these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionInfo {
    pub id: String,
    pub topic: String,
    /// The wording of the latest session that asked it.
    pub ask: String,
    pub statements: Statements,
}

/// An index into [`History::questions`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct QuestionKey(pub u32);

/// One answer to one question in one session.
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    /// Index into [`History::sessions`].
    pub session: u32,
    /// Where the question sits in its note, for reading the words back.
    pub position: u16,
    pub question: QuestionKey,
    pub started: DateTime<FixedOffset>,
    pub seconds: u32,
    pub target: u32,
    /// The PSW's own rating.
    pub rating: Option<u8>,
    /// The colleague's rating, in pair practice.
    pub colleague: Option<u8>,
    /// What the answer analysis found missing; `None` for notes written before it was kept.
    pub gaps: Option<Gaps>,
    /// Listen-for cues ticked, out of how many were shown; `None` when none were kept.
    pub cues: Option<(u8, u8)>,
    /// Marked as the current best answer (a refined answer is).
    pub best: bool,
    /// Written by refining an earlier answer.
    pub refined: bool,
}

impl Attempt {
    /// The lower of the two ratings when both exist: a colleague's doubt counts.
    pub fn weakest_rating(&self) -> Option<u8> {
        match (self.rating, self.colleague) {
            (Some(a), Some(b)) => Some(a.min(b)),
            (a, b) => a.or(b),
        }
    }

    pub fn over_target(&self) -> bool {
        self.target > 0 && self.seconds > self.target
    }
}

/// One saved session (one note).
#[derive(Debug, Clone, PartialEq)]
pub struct PastSession {
    pub path: PathBuf,
    pub started: DateTime<FixedOffset>,
    /// The plan label as saved (`mock`, `topic waiting-times`).
    pub plan: String,
    pub kind: SessionKind,
    /// Questions actually answered (a question only glimpsed is not counted).
    pub questions: u16,
    pub seconds: u64,
    /// Its answers, as a range of [`History::attempts`].
    pub attempts: Range<u32>,
    rating_sum: u32,
    rated: u16,
}

impl PastSession {
    pub fn average_rating(&self) -> Option<f32> {
        (self.rated > 0).then(|| self.rating_sum as f32 / f32::from(self.rated))
    }

    pub fn date(&self) -> NaiveDate {
        self.started.date_naive()
    }
}

/// Rating bands a PSW filters by: the weak answers, the middling, the strong, the unrated.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RatingBand {
    Low,
    Middle,
    High,
    Unrated,
}

impl RatingBand {
    pub const ALL: [RatingBand; 4] = [
        RatingBand::Low,
        RatingBand::Middle,
        RatingBand::High,
        RatingBand::Unrated,
    ];

    pub fn label(self) -> &'static str {
        match self {
            RatingBand::Low => "rated 1-2",
            RatingBand::Middle => "rated 3",
            RatingBand::High => "rated 4-5",
            RatingBand::Unrated => "not rated",
        }
    }

    pub fn holds(self, rating: Option<u8>) -> bool {
        match (self, rating) {
            (RatingBand::Low, Some(r)) => r <= 2,
            (RatingBand::Middle, Some(r)) => r == 3,
            (RatingBand::High, Some(r)) => r >= 4,
            (RatingBand::Unrated, None) => true,
            _ => false,
        }
    }
}

/// What the review list shows. Everything but `kind` and `text` is about answers: a session shows
/// when one of its answers matches all of them together.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Filter {
    pub topic: Option<String>,
    pub statement: Option<QualityStatement>,
    pub rating: Option<RatingBand>,
    pub kind: Option<SessionKind>,
    /// Words to find in what was typed (any case).
    pub text: Option<String>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        *self == Filter::default()
    }

    /// "topic Waiting times · rated 1-2", for the screen.
    pub fn describe(&self) -> String {
        let mut parts = Vec::new();
        if let Some(t) = &self.topic {
            parts.push(format!("topic {}", crate::bank::topic_title(t)));
        }
        if let Some(s) = self.statement {
            parts.push(s.title().to_string());
        }
        if let Some(r) = self.rating {
            parts.push(r.label().to_string());
        }
        if let Some(k) = self.kind {
            parts.push(k.label().to_string());
        }
        if let Some(t) = &self.text {
            parts.push(format!("\"{t}\""));
        }
        parts.join(" · ")
    }
}

/// The whole practice history, oldest session first.
#[derive(Debug, Clone, Default)]
pub struct History {
    pub sessions: Vec<PastSession>,
    pub attempts: Vec<Attempt>,
    pub questions: Vec<QuestionInfo>,
    /// Notes that could not be read, with the file, line and reason, shown on the review screen.
    pub skipped: Vec<NoteProblem>,
    index: HashMap<String, QuestionKey>,
    by_question: Vec<Vec<u32>>,
    topics: Vec<String>,
}

/// The note files in a folder, in name order: `*.md`, not hidden (temp files are), regular files only.
pub fn note_paths(dir: &Path) -> io::Result<Vec<PathBuf>> {
    let mut paths = Vec::new();
    for entry in fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.starts_with('.') || !name.ends_with(".md") {
            continue;
        }
        // A FIFO or a device named *.md would hang or flood a reader; only plain files are notes.
        if entry
            .file_type()
            .is_ok_and(|t| t.is_file() || t.is_symlink())
        {
            paths.push(entry.path());
        }
    }
    paths.sort();
    Ok(paths)
}

impl History {
    /// The colleague's average rating over a pair session's answers, if they gave any.
    pub fn colleague_rating(&self, session: &PastSession) -> Option<f32> {
        let given: Vec<u8> = self
            .attempts
            .get(session.attempts.start as usize..session.attempts.end as usize)
            .unwrap_or_default()
            .iter()
            .filter_map(|a| a.colleague)
            .collect();
        (!given.is_empty())
            .then(|| given.iter().map(|&r| f32::from(r)).sum::<f32>() / given.len() as f32)
    }

    /// Every note in the store, from the notes folder's index (`notes/.index.json`, shared with
    /// `notes list`): only notes new or changed since the index was written are read and parsed.
    /// `progress(read, total)` is called as they are (from the reading threads), so a screen can
    /// show a progress line while a large history is read for the first time.
    pub fn load(store: &NotesStore, progress: &(dyn Fn(usize, usize) + Sync)) -> History {
        History::from_index(store.index(progress))
    }

    /// An index built from notes already in memory (tests, and a session just saved).
    pub fn from_notes<'a>(notes: impl IntoIterator<Item = (&'a Path, &'a Note)>) -> History {
        History::from_index(NotesIndex::from_notes(notes))
    }

    /// The history of an index whose notes are oldest first.
    pub fn from_index(index: NotesIndex) -> History {
        let mut h = History {
            skipped: index
                .folder_problem
                .into_iter()
                .chain(index.problems)
                .collect(),
            ..History::default()
        };
        h.attempts
            .reserve(index.notes.iter().map(|n| n.answers.len()).sum());
        h.sessions.reserve(index.notes.len());
        let statements: Vec<Statements> = index
            .questions
            .iter()
            .map(|q| Statements::from_slugs(&q.quality_statements))
            .collect();
        // For each wording in the index's table: the question it is, once met.
        let mut keys: Vec<Option<QuestionKey>> = vec![None; index.questions.len()];
        // For each question: the wording it was last given, so it is updated only on a change.
        let mut wording: Vec<u32> = Vec::new();
        for note in index.notes {
            let session = h.sessions.len() as u32;
            let first = h.attempts.len() as u32;
            let (mut seconds, mut rating_sum, mut rated) = (0u64, 0u32, 0u16);
            for a in &note.answers {
                let Some(asked) = index.questions.get(a.question as usize) else {
                    continue;
                };
                let variant = a.question as usize;
                let key = match keys[variant] {
                    Some(key) => key,
                    None => {
                        let key = h.intern(asked, statements[variant]);
                        keys[variant] = Some(key);
                        key
                    }
                };
                if wording.len() <= key.0 as usize {
                    wording.resize(key.0 as usize + 1, u32::MAX);
                }
                if wording[key.0 as usize] != a.question {
                    wording[key.0 as usize] = a.question;
                    h.reword(key, asked, statements[variant]);
                }
                let seconds_here = a.seconds.min(u64::from(u32::MAX)) as u32;
                // A hand-edited `rating: 9` is not a rating on a 1-5 scale.
                let rating = a.rating.filter(|r| (1..=5).contains(r));
                seconds += u64::from(seconds_here);
                if let Some(r) = rating {
                    rating_sum += u32::from(r);
                    rated += 1;
                }
                h.by_question[key.0 as usize].push(h.attempts.len() as u32);
                h.attempts.push(Attempt {
                    session,
                    position: a.position,
                    question: key,
                    started: note.started,
                    seconds: seconds_here,
                    target: a.target,
                    rating,
                    colleague: a.colleague.filter(|r| (1..=5).contains(r)),
                    gaps: a.parts.map(gaps_of),
                    cues: (a.cues > 0).then_some((a.cues_ticked, a.cues)),
                    best: a.best,
                    refined: a.refined,
                });
            }
            let last = h.attempts.len() as u32;
            h.sessions.push(PastSession {
                path: note.path,
                started: note.started,
                plan: note.plan,
                kind: match note.kind {
                    NoteKind::Rehearse => SessionKind::Rehearse,
                    NoteKind::Pair => SessionKind::Pair,
                },
                questions: (last - first) as u16,
                seconds,
                attempts: first..last,
                rating_sum,
                rated,
            });
        }
        h
    }

    /// Later sessions win: a reworded question reads as it is asked today.
    fn reword(&mut self, key: QuestionKey, a: &AskedQuestion, statements: Statements) {
        let info = &mut self.questions[key.0 as usize];
        if info.ask != a.ask && !a.ask.is_empty() {
            info.ask.clone_from(&a.ask);
        }
        if info.topic != a.topic && !a.topic.is_empty() {
            info.topic.clone_from(&a.topic);
        }
        if !statements.is_empty() {
            info.statements = statements;
        }
    }

    fn intern(&mut self, a: &AskedQuestion, statements: Statements) -> QuestionKey {
        if let Some(&key) = self.index.get(&a.id) {
            return key;
        }
        let key = QuestionKey(self.questions.len() as u32);
        self.index.insert(a.id.clone(), key);
        self.questions.push(QuestionInfo {
            id: a.id.clone(),
            topic: a.topic.clone(),
            ask: a.ask.clone(),
            statements,
        });
        self.by_question.push(Vec::new());
        if !self.topics.contains(&a.topic) {
            self.topics.push(a.topic.clone());
        }
        key
    }

    /// Rebuilds the per-question lists after attempts were dropped.
    pub(crate) fn reindex(&mut self) {
        for list in &mut self.by_question {
            list.clear();
        }
        for (i, a) in self.attempts.iter().enumerate() {
            self.by_question[a.question.0 as usize].push(i as u32);
        }
    }

    pub fn key(&self, id: &str) -> Option<QuestionKey> {
        self.index.get(id).copied()
    }

    pub fn question(&self, key: QuestionKey) -> &QuestionInfo {
        &self.questions[key.0 as usize]
    }

    /// Every answer to a question, oldest first.
    pub fn attempts_of(&self, key: QuestionKey) -> impl DoubleEndedIterator<Item = &Attempt> {
        self.by_question
            .get(key.0 as usize)
            .into_iter()
            .flatten()
            .map(|&i| &self.attempts[i as usize])
    }

    /// Indexes into `attempts` of every answer to a question, oldest first.
    pub fn attempt_indices(&self, key: QuestionKey) -> &[u32] {
        self.by_question
            .get(key.0 as usize)
            .map_or(&[], Vec::as_slice)
    }

    pub fn session_of(&self, attempt: &Attempt) -> &PastSession {
        &self.sessions[attempt.session as usize]
    }

    pub fn attempts_in(&self, session: &PastSession) -> &[Attempt] {
        &self.attempts[session.attempts.start as usize..session.attempts.end as usize]
    }

    /// Topics practised, in the order first met.
    pub fn topics(&self) -> &[String] {
        &self.topics
    }

    /// Sessions newest first that match `filter`. `text` matching needs the files, so it is done
    /// by [`History::search`] beforehand and handed in as the sessions that hold the words.
    pub fn matching(&self, filter: &Filter, text_hits: Option<&HashSet<usize>>) -> Vec<usize> {
        let answer_filter =
            filter.topic.is_some() || filter.statement.is_some() || filter.rating.is_some();
        (0..self.sessions.len())
            .rev()
            .filter(|&i| {
                let s = &self.sessions[i];
                if filter.kind.is_some_and(|k| k != s.kind) {
                    return false;
                }
                if filter.text.is_some() && !text_hits.is_some_and(|hits| hits.contains(&i)) {
                    return false;
                }
                !answer_filter
                    || self
                        .attempts_in(s)
                        .iter()
                        .any(|a| self.answer_matches(a, filter))
            })
            .collect()
    }

    /// Where in its note the first answer of a session that matches `filter` is (0 when the
    /// filter says nothing about answers).
    pub fn first_match(&self, session: usize, filter: &Filter) -> usize {
        self.sessions
            .get(session)
            .and_then(|s| {
                self.attempts_in(s)
                    .iter()
                    .find(|a| self.answer_matches(a, filter))
            })
            .map_or(0, |a| usize::from(a.position))
    }

    pub(super) fn answer_matches(&self, a: &Attempt, filter: &Filter) -> bool {
        let q = self.question(a.question);
        filter.topic.as_ref().is_none_or(|t| &q.topic == t)
            && filter.statement.is_none_or(|s| q.statements.contains(s))
            && filter.rating.is_none_or(|band| band.holds(a.rating))
    }

    /// The sessions whose typed words contain `needle` (any case). Reads each file's typed blocks
    /// only, so a question's wording or a heading does not count as something the PSW said.
    pub fn search(&self, needle: &str, progress: &(dyn Fn(usize, usize) + Sync)) -> HashSet<usize> {
        let needle = needle.trim().to_lowercase();
        let total = self.sessions.len();
        if needle.is_empty() {
            return (0..total).collect();
        }
        let done = AtomicUsize::new(0);
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, 4);
        let chunk = total.div_ceil(threads).max(1);
        std::thread::scope(|scope| {
            let handles: Vec<_> = self
                .sessions
                .chunks(chunk)
                .enumerate()
                .map(|(c, part)| {
                    let (needle, done) = (&needle, &done);
                    scope.spawn(move || {
                        let mut hits = Vec::new();
                        for (i, s) in part.iter().enumerate() {
                            if crate::paths::read_text_file(
                                &s.path,
                                crate::notes::store::MAX_NOTE_BYTES,
                            )
                            .is_ok_and(|text| typed_text_contains(&text, needle))
                            {
                                hits.push(c * chunk + i);
                            }
                            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                            if n.is_multiple_of(64) || n == total {
                                progress(n, total);
                            }
                        }
                        hits
                    })
                })
                .collect();
            handles
                .into_iter()
                .flat_map(|h| h.join().unwrap_or_default())
                .collect()
        })
    }

    /// Dates with at least one answer, and how many answers on each.
    pub fn answers_per_day(&self) -> HashMap<NaiveDate, usize> {
        let mut days = HashMap::new();
        for a in &self.attempts {
            *days.entry(a.started.date_naive()).or_default() += 1;
        }
        days
    }
}

/// A history being read on its own thread, so a screen can draw a progress line meanwhile. A
/// clone watches the same read: the home screen's countdown and the review screen opened while it
/// runs share one read rather than parse every note twice.
#[derive(Debug, Clone)]
pub struct Loader {
    read: Arc<AtomicUsize>,
    total: Arc<AtomicUsize>,
    result: Arc<OnceLock<History>>,
}

/// Gives the loader an empty history if its thread ends without one (it cannot panic by design,
/// but), so a screen never waits for ever.
struct SetOnDrop(Arc<OnceLock<History>>);

impl Drop for SetOnDrop {
    fn drop(&mut self) {
        let _ = self.0.set(History::default());
    }
}

impl Loader {
    /// Starts reading every note in the store.
    pub fn spawn(store: NotesStore) -> Loader {
        let loader = Loader {
            read: Arc::default(),
            total: Arc::default(),
            result: Arc::default(),
        };
        let (r, t) = (loader.read.clone(), loader.total.clone());
        let fallback = SetOnDrop(loader.result.clone());
        std::thread::spawn(move || {
            let history = History::load(&store, &|n, of| {
                t.store(of, Ordering::Relaxed);
                r.store(n, Ordering::Relaxed);
            });
            let _ = fallback.0.set(history);
        });
        loader
    }

    /// A loader that has already finished, for tests and small histories built in memory.
    pub fn ready(history: History) -> Loader {
        let loader = Loader {
            read: Arc::default(),
            total: Arc::default(),
            result: Arc::default(),
        };
        let _ = loader.result.set(history);
        loader
    }

    /// Notes read so far, of how many.
    pub fn progress(&self) -> (usize, usize) {
        (
            self.read.load(Ordering::Relaxed),
            self.total.load(Ordering::Relaxed),
        )
    }

    /// The history, once it has all been read (a copy for each caller).
    pub fn poll(&mut self) -> Option<History> {
        self.result.get().cloned()
    }
}

/// True when a typed block (between `<!-- answer ... -->` style markers) holds `needle`, which is
/// already lower case.
fn typed_text_contains(text: &str, needle: &str) -> bool {
    let mut inside = false;
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("<!-- ") {
            inside = !rest.starts_with("end ");
            continue;
        }
        if inside && line.to_lowercase().contains(needle) {
            return true;
        }
    }
    false
}

/// True when the question was really practised; a question only glimpsed is not an attempt.
pub fn was_attempted(q: &NoteQuestion) -> bool {
    crate::notes::practised(q)
}

/// The gaps in an answer from what its coaching found. Version 1 notes kept no coaching, and read
/// as unknown rather than as "no gaps".
fn gaps_of(parts: PartsGiven) -> Gaps {
    [
        (parts.done, Gap::Done),
        (parts.difference, Gap::Difference),
        (parts.evidence, Gap::Evidence),
        (parts.people, Gap::People),
        (parts.next, Gap::Next),
        (parts.example, Gap::Example),
        (parts.own_part, Gap::OwnPart),
    ]
    .into_iter()
    .filter(|(has, _)| !has)
    .map(|(_, gap)| gap)
    .collect()
}

/// The listen-for cues kept with an answer, and whether each was ticked. Empty for old notes.
pub(crate) fn cues_of(q: &NoteQuestion) -> Vec<(String, bool)> {
    q.cues.iter().map(|c| (c.text.clone(), c.ticked)).collect()
}

/// Marks a refined answer with the session it came from.
pub(crate) fn mark_refined(q: &mut NoteQuestion, from_session: &str) {
    q.refined_from = Some(from_session.to_string());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::fixtures::*;

    #[test]
    fn sessions_are_indexed_oldest_first_with_their_answers() {
        let notes = vec![
            note_at(
                "2026-11-20T10:00:00+00:00",
                "mock",
                &[("wt-01", 3), ("qa-01", 2)],
            ),
            note_at("2026-11-10T09:00:00+00:00", "random 1", &[("wt-01", 1)]),
        ];
        let h = history_of(&notes);
        assert_eq!(h.sessions.len(), 2);
        assert_eq!(h.sessions[0].plan, "random 1");
        assert_eq!(h.sessions[1].questions, 2);
        assert_eq!(h.sessions[1].average_rating(), Some(2.5));
        let wt = h.key("wt-01").unwrap();
        let ratings: Vec<_> = h.attempts_of(wt).map(|a| a.rating).collect();
        assert_eq!(ratings, [Some(1), Some(3)]);
        assert_eq!(h.question(wt).topic, "waiting-times");
        assert!(
            h.question(wt)
                .statements
                .contains(QualityStatement::AssessingNeeds)
        );
    }

    #[test]
    fn a_glimpsed_question_is_not_an_attempt_and_bad_ratings_are_dropped() {
        let mut n = note_at(
            "2026-11-20T10:00:00+00:00",
            "mock",
            &[("wt-01", 3), ("qa-01", 2)],
        );
        let q = &mut n.questions[1];
        q.total_seconds = 0;
        q.rating = None;
        q.answers.iter_mut().for_each(|a| a.text.clear());
        n.questions[0].rating = Some(9);
        let h = history_of(&[n]);
        assert_eq!(h.attempts.len(), 1);
        assert_eq!(h.attempts[0].rating, None);
        assert_eq!(h.sessions[0].average_rating(), None);
    }

    #[test]
    fn filters_by_topic_statement_rating_and_kind() {
        let notes = vec![
            note_at("2026-11-01T10:00:00+00:00", "a", &[("wt-01", 2)]),
            note_at("2026-11-02T10:00:00+00:00", "b", &[("qa-01", 4)]),
            note_at(
                "2026-11-03T10:00:00+00:00",
                "c",
                &[("sg-01", 3), ("wt-01", 5)],
            ),
        ];
        let h = history_of(&notes);
        let plans = |f: &Filter| -> Vec<String> {
            h.matching(f, None)
                .into_iter()
                .map(|i| h.sessions[i].plan.clone())
                .collect()
        };
        assert_eq!(plans(&Filter::default()), ["c", "b", "a"], "newest first");
        let topic = Filter {
            topic: Some("waiting-times".into()),
            ..Filter::default()
        };
        assert_eq!(plans(&topic), ["c", "a"]);
        let low_waits = Filter {
            rating: Some(RatingBand::Low),
            ..topic.clone()
        };
        assert_eq!(plans(&low_waits), ["a"], "one answer must match both");
        let statement = Filter {
            statement: Some(QualityStatement::Safeguarding),
            ..Filter::default()
        };
        assert_eq!(plans(&statement), ["c"]);
        let pair = Filter {
            kind: Some(SessionKind::Pair),
            ..Filter::default()
        };
        assert!(plans(&pair).is_empty());
        assert_eq!(low_waits.describe(), "topic Waiting times · rated 1-2");
    }

    #[test]
    fn loads_from_disk_lists_malformed_notes_and_searches_typed_words_only() {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let mut a = note_at("2026-11-01T10:00:00+00:00", "a", &[("wt-01", 2)]);
        a.questions[0].answers[0].text = "We set up a Triage huddle.".into();
        store.save(&a).unwrap();
        store
            .save(&note_at("2026-11-02T10:00:00+00:00", "b", &[("qa-01", 4)]))
            .unwrap();
        fs::write(
            store.notes_dir().join("2026-11-03-1000-broken.md"),
            "nonsense\n",
        )
        .unwrap();
        fs::write(store.notes_dir().join(".hidden.md.1.tmp"), "half").unwrap();

        let calls = std::sync::Mutex::new(Vec::new());
        let h = History::load(&store, &|n, t| calls.lock().unwrap().push((n, t)));
        assert_eq!(h.sessions.len(), 2);
        assert_eq!(h.skipped.len(), 1);
        assert!(h.skipped[0].path.ends_with("2026-11-03-1000-broken.md"));
        assert_eq!(h.skipped[0].line, 1);
        let calls = calls.into_inner().unwrap();
        assert_eq!(calls.first(), Some(&(0, 3)));
        assert_eq!(calls.last(), Some(&(3, 3)));

        let hits = h.search("triage HUDDLE", &|_, _| {});
        assert_eq!(hits, HashSet::from([0]));
        // The question's own wording is not something the PSW typed.
        assert!(h.search("how do you", &|_, _| {}).is_empty());
        let f = Filter {
            text: Some("triage".into()),
            ..Filter::default()
        };
        assert_eq!(h.matching(&f, Some(&hits)), [0]);
    }

    /// Sessions and attempts as a person would compare them: everything but the file's folder.
    fn facts(h: &History) -> Vec<String> {
        let mut out: Vec<String> = h
            .sessions
            .iter()
            .map(|s| {
                let name = s.path.file_name().unwrap().to_string_lossy().into_owned();
                format!("{name} {} {} {:?}", s.plan, s.questions, s.average_rating())
            })
            .collect();
        out.extend(h.attempts.iter().map(|a| {
            let q = h.question(a.question);
            format!("{a:?} {} {} {:?}", q.id, q.ask, q.statements)
        }));
        out
    }

    #[test]
    fn the_index_gives_the_same_history_as_reading_every_note() {
        use crate::notes::{Coaching, Cue, PairMarks};
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        let mut a = note_at(
            "2026-11-01T10:00:00+00:00",
            "a",
            &[("wt-01", 2), ("qa-01", 0)],
        );
        a.questions[0].coaching = Some(Coaching {
            done: true,
            evidence: true,
            ..Coaching::default()
        });
        a.questions[0].cues = vec![
            Cue {
                text: "a figure".into(),
                ticked: true,
            },
            Cue {
                text: "a person's voice".into(),
                ticked: false,
            },
        ];
        a.questions[1].best = true;
        a.questions[1].refined_from = Some("s-1".into());
        a.questions[1].pair = Some(PairMarks {
            rating: Some(4),
            ..PairMarks::default()
        });
        // Only glimpsed: no attempt, but still one of the note's questions.
        let mut glimpsed = answered("sg-01", 0);
        glimpsed.total_seconds = 0;
        glimpsed.answers.iter_mut().for_each(|p| p.text.clear());
        a.questions.push(glimpsed);
        let mut b = note_at("2026-11-02T10:00:00+00:00", "b", &[("wt-01", 5)]);
        b.questions[0].ask = "Reworded: how long do people wait?".into();
        let pa = store.save(&a).unwrap();
        let pb = store.save(&b).unwrap();
        fs::write(
            store.notes_dir().join("2026-11-03-1000-broken.md"),
            "nonsense\n",
        )
        .unwrap();
        let expected = facts(&History::from_notes([
            (pa.as_path(), &a),
            (pb.as_path(), &b),
        ]));

        // First open: no index yet, every note read, the index written privately.
        let calls = std::sync::Mutex::new(Vec::new());
        let first = History::load(&store, &|n, t| calls.lock().unwrap().push((n, t)));
        assert_eq!(facts(&first), expected);
        assert_eq!(calls.into_inner().unwrap().last(), Some(&(3, 3)));
        assert_eq!(
            first.skipped.len(),
            1,
            "the broken note is listed as skipped"
        );
        assert_eq!(
            first.question(first.key("wt-01").unwrap()).ask,
            b.questions[0].ask
        );
        let index = store.notes_dir().join(".index.json");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&index).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }

        // Later opens: the same history from the index alone, and the broken note still skipped
        // with its reason, without the index being written again for it.
        let written = fs::read(&index).unwrap();
        let inode = |p: &Path| {
            #[cfg(unix)]
            {
                use std::os::unix::fs::MetadataExt;
                fs::metadata(p).unwrap().ino()
            }
            #[cfg(not(unix))]
            0
        };
        let before = inode(&index);
        let calls = std::sync::Mutex::new(Vec::new());
        let later = History::load(&store, &|n, t| calls.lock().unwrap().push((n, t)));
        assert_eq!(facts(&later), expected);
        assert_eq!(later.skipped, first.skipped);
        assert_eq!(later.skipped[0].line, 1);
        assert_eq!(inode(&index), before, "nothing changed, nothing written");
        assert_eq!(fs::read(&index).unwrap(), written);
        assert_eq!(calls.into_inner().unwrap().first(), Some(&(2, 3)));

        // The index really is what is read: a rating planted in it shows through.
        let text = String::from_utf8(written.clone()).unwrap();
        let planted = text.replacen(",2,null,", ",1,null,", 1);
        assert_ne!(planted, text, "the planted rating is in the index: {text}");
        fs::write(&index, planted).unwrap();
        let planted = History::load(&store, &|_, _| {});
        assert_eq!(planted.attempts[0].rating, Some(1));

        // A note changed on disk is read again; a corrupt or old index is rebuilt without a word.
        let edited = fs::read_to_string(&pb)
            .unwrap()
            .replace("plan: b", "plan: edited");
        fs::write(&pb, edited).unwrap();
        assert_eq!(History::load(&store, &|_, _| {}).sessions[1].plan, "edited");
        for broken in [
            "{ not json",
            r#"{"version":2,"notes":[]}"#,
            r#"{"version":3,"notes":[]}"#,
            r#"{"version":4,"notes":[]}"#,
            "",
        ] {
            fs::write(&index, broken).unwrap();
            let rebuilt = History::load(&store, &|_, _| {});
            assert_eq!(rebuilt.sessions.len(), 2);
            assert_eq!(rebuilt.attempts.len(), 3);
            assert_eq!(rebuilt.attempts[0].rating, Some(2));
            assert!(
                fs::read_to_string(&index)
                    .unwrap()
                    .starts_with(r#"{"version":5"#)
            );
        }
        // A removed note leaves the index.
        fs::remove_file(&pa).unwrap();
        assert_eq!(History::load(&store, &|_, _| {}).sessions.len(), 1);
        assert!(!fs::read_to_string(&index).unwrap().contains("-a.md"));
    }

    #[test]
    fn a_missing_notes_folder_is_an_empty_history() {
        let dir = tempfile::tempdir().unwrap();
        let h = History::load(&NotesStore::new(dir.path().join("none")), &|_, _| {});
        assert!(h.sessions.is_empty() && h.skipped.is_empty());
    }
}
