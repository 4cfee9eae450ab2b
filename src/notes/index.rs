//! The notes folder's index, `notes/.index.json`: what `notes list` and review need of each note,
//! kept against the file's size, times and inode, so that each note is parsed once and later
//! listings and reviews only `stat` the files and read the new or changed ones.
//!
//! It keeps facts (dates, times, ratings, ticks, which parts the analysis found), never typed words:
//! a text search reads the notes themselves, on demand. A question's wording is kept once, in a
//! table shared by every note that asked it in the same words, so 50,000 answers make an index of a
//! few megabytes. The index is only a cache: missing, unreadable, corrupt or from another version,
//! it is rebuilt without a word; it is written like everything else (temp file, 0600, rename), and a
//! note is never changed by it. A note that cannot be read is not indexed: it is read again each
//! time, so it is always reported with its reason, and indexed as soon as it is mended.

use std::collections::HashMap;
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};

use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};

use super::model::{Coaching, Note, NoteKind, NoteQuestion};
use super::store::{NoteProblem, NotesStore, plain_io, write_temp};
use crate::paths::read_text_file;

/// The index file in the notes folder (hidden, so never listed as a note).
pub(super) const INDEX_FILE: &str = ".index.json";
/// Raised whenever what the index holds changes, so an old index is rebuilt, not misread.
/// 2: summaries only. 3: with each practised question's facts. 4: with the plan's title. 5: a
/// question with only a colleague's marks is practised, and a note's count of questions is its
/// practised ones (`answers`).
const INDEX_VERSION: u32 = 5;
/// The largest index read: 5,000 sessions make about 2 MB.
const MAX_INDEX_BYTES: u64 = 256 * 1024 * 1024;

/// Every readable note's facts, oldest first, and every note that could not be read.
#[derive(Debug, Default)]
pub struct NotesIndex {
    pub notes: Vec<IndexedNote>,
    /// The questions as asked, shared by the notes' answers ([`AnswerFacts::question`]).
    pub questions: Vec<AskedQuestion>,
    pub problems: Vec<NoteProblem>,
    /// The notes folder itself could not be read.
    pub folder_problem: Option<NoteProblem>,
}

/// One note's facts.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IndexedNote {
    /// Where the note is; in the index file only its name is kept.
    #[serde(skip)]
    pub path: PathBuf,
    name: String,
    stamp: Stamp,
    pub started: DateTime<FixedOffset>,
    pub kind: NoteKind,
    pub plan: String,
    /// The plan as the app named it ("Mock interview"); empty in a version 1 note.
    pub plan_title: String,
    pub total_seconds: u64,
    /// The questions practised ([`practised`]), in the note's order.
    pub answers: Vec<AnswerFacts>,
}

/// A question as a note asked it.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct AskedQuestion {
    pub id: String,
    pub topic: String,
    pub ask: String,
    /// Quality statement slugs.
    pub quality_statements: Vec<String>,
}

/// What review needs of one practised question of a note.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(from = "FactsRow", into = "FactsRow")]
pub struct AnswerFacts {
    /// Where the question sits in its note, for reading the words back.
    pub position: u16,
    /// Index into [`NotesIndex::questions`].
    pub question: u32,
    pub seconds: u64,
    pub target: u32,
    /// The PSW's own rating, as written (a hand-edited note may hold any number).
    pub rating: Option<u8>,
    /// The colleague's rating, in pair practice.
    pub colleague: Option<u8>,
    /// What the answer analysis found; `None` for notes written before it was kept.
    pub parts: Option<PartsGiven>,
    /// Listen-for cues ticked, of how many were kept (0 of 0 for old notes).
    pub cues_ticked: u8,
    pub cues: u8,
    pub best: bool,
    /// Written by refining an earlier answer.
    pub refined: bool,
}

/// Which parts the answer analysis found in an answer (the flags of a note's [`Coaching`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PartsGiven {
    pub done: bool,
    pub difference: bool,
    pub evidence: bool,
    pub people: bool,
    pub next: bool,
    pub example: bool,
    pub own_part: bool,
}

impl From<&Coaching> for PartsGiven {
    fn from(c: &Coaching) -> PartsGiven {
        PartsGiven {
            done: c.done,
            difference: c.difference,
            evidence: c.evidence,
            people: c.people,
            next: c.next,
            example: c.example,
            own_part: c.own_part,
        }
    }
}

impl PartsGiven {
    fn flags(self) -> [bool; 7] {
        [
            self.done,
            self.difference,
            self.evidence,
            self.people,
            self.next,
            self.example,
            self.own_part,
        ]
    }

    fn bits(self) -> u8 {
        self.flags()
            .iter()
            .enumerate()
            .fold(0, |bits, (i, &on)| bits | (u8::from(on) << i))
    }

    fn from_bits(bits: u8) -> PartsGiven {
        let on = |i: u8| bits & (1 << i) != 0;
        PartsGiven {
            done: on(0),
            difference: on(1),
            evidence: on(2),
            people: on(3),
            next: on(4),
            example: on(5),
            own_part: on(6),
        }
    }
}

/// An answer in the index file: a short array rather than an object, since there are tens of
/// thousands of them. (position, question, seconds, target, rating, colleague, parts, cues ticked,
/// cues, best + 2 * refined.)
type FactsRow = (
    u16,
    u32,
    u64,
    u32,
    Option<u8>,
    Option<u8>,
    Option<u8>,
    u8,
    u8,
    u8,
);

impl From<AnswerFacts> for FactsRow {
    fn from(a: AnswerFacts) -> FactsRow {
        (
            a.position,
            a.question,
            a.seconds,
            a.target,
            a.rating,
            a.colleague,
            a.parts.map(PartsGiven::bits),
            a.cues_ticked,
            a.cues,
            u8::from(a.best) | (u8::from(a.refined) << 1),
        )
    }
}

impl From<FactsRow> for AnswerFacts {
    fn from(r: FactsRow) -> AnswerFacts {
        AnswerFacts {
            position: r.0,
            question: r.1,
            seconds: r.2,
            target: r.3,
            rating: r.4,
            colleague: r.5,
            parts: r.6.map(PartsGiven::from_bits),
            cues_ticked: r.7,
            cues: r.8,
            best: r.9 & 1 != 0,
            refined: r.9 & 2 != 0,
        }
    }
}

/// What changes whenever a file is written, replaced or edited: size, modification and change
/// times to the nanosecond, and the inode.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
pub(super) struct Stamp {
    size: u64,
    modified: i128,
    changed: i128,
    inode: u64,
}

impl Stamp {
    fn of(meta: &fs::Metadata) -> Stamp {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt;
            Stamp {
                size: meta.len(),
                modified: i128::from(meta.mtime()) * 1_000_000_000 + i128::from(meta.mtime_nsec()),
                changed: i128::from(meta.ctime()) * 1_000_000_000 + i128::from(meta.ctime_nsec()),
                inode: meta.ino(),
            }
        }
        #[cfg(not(unix))]
        {
            let modified = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as i128);
            Stamp {
                size: meta.len(),
                modified,
                changed: 0,
                inode: 0,
            }
        }
    }
}

/// The index file as written.
#[derive(Serialize)]
struct IndexOut<'a> {
    version: u32,
    questions: &'a [AskedQuestion],
    notes: &'a [IndexedNote],
}

/// The index file as read.
#[derive(Deserialize)]
struct IndexIn {
    version: u32,
    questions: Vec<AskedQuestion>,
    notes: Vec<IndexedNote>,
}

/// True when the question was really practised: a time, or anything typed, rated or marked (a
/// colleague's marks in pair practice included, NoteQuestion::has_content). A question only
/// glimpsed before the session ended is not an answer. Review, `notes list` and the read-back
/// count these, so all three give one number for a note.
pub fn practised(q: &NoteQuestion) -> bool {
    q.total_seconds > 0 || q.has_content()
}

/// Questions interned by their exact wording, for building an index.
#[derive(Default)]
struct Table {
    questions: Vec<AskedQuestion>,
    known: HashMap<AskedQuestion, u32>,
}

impl Table {
    fn from(questions: Vec<AskedQuestion>) -> Table {
        let known = questions
            .iter()
            .enumerate()
            .map(|(i, q)| (q.clone(), i as u32))
            .collect();
        Table { questions, known }
    }

    fn intern(&mut self, q: AskedQuestion) -> u32 {
        if let Some(&i) = self.known.get(&q) {
            return i;
        }
        let i = self.questions.len() as u32;
        self.questions.push(q.clone());
        self.known.insert(q, i);
        i
    }
}

/// A note boiled down on a reading thread, its questions not yet interned.
struct Loose {
    note: IndexedNote,
    asked: Vec<AskedQuestion>,
}

fn loose(path: &Path, name: String, stamp: Stamp, note: &Note) -> Loose {
    let mut asked = Vec::new();
    let answers = note
        .questions
        .iter()
        .enumerate()
        .filter(|(_, q)| practised(q))
        .map(|(i, q)| {
            asked.push(AskedQuestion {
                id: q.id.clone(),
                topic: q.topic.clone(),
                ask: q.ask.clone(),
                quality_statements: q.quality_statements.clone(),
            });
            let cues = q.cues.len().min(usize::from(u8::MAX)) as u8;
            AnswerFacts {
                position: i.min(usize::from(u16::MAX)) as u16,
                question: 0,
                seconds: q.total_seconds,
                target: q.target_seconds,
                rating: q.rating,
                colleague: q.pair.as_ref().and_then(|p| p.rating),
                parts: q.coaching.as_ref().map(PartsGiven::from),
                cues_ticked: q.cues_ticked().min(usize::from(cues)) as u8,
                cues,
                best: q.best,
                refined: q.refined_from.is_some(),
            }
        })
        .collect();
    Loose {
        note: IndexedNote {
            path: path.to_path_buf(),
            name,
            stamp,
            started: note.started,
            kind: note.kind,
            plan: note.plan.clone(),
            plan_title: note.plan_title.clone(),
            total_seconds: note.total_seconds(),
            answers,
        },
        asked,
    }
}

impl Table {
    fn add(&mut self, loose: Loose) -> IndexedNote {
        let mut note = loose.note;
        for (a, q) in note.answers.iter_mut().zip(loose.asked) {
            a.question = self.intern(q);
        }
        note
    }
}

fn sort(index: &mut NotesIndex) {
    index
        .notes
        .sort_by(|a, b| note_order((&a.started, &a.path), (&b.started, &b.path)));
    index.problems.sort_by(|a, b| a.path.cmp(&b.path));
}

/// The order of notes everywhere (`notes list`, its numbers, `notes show latest`, review): by the
/// start time the note holds, then, for notes started in the same second, in the order they were
/// saved. Names in one minute go `...-mock.md`, `...-mock-2.md`, `...-mock-3.md`, which plain name
/// order put as `-2`, `-3`, then the first, so `latest` opened the wrong note.
pub(crate) fn note_order(
    a: (&DateTime<FixedOffset>, &Path),
    b: (&DateTime<FixedOffset>, &Path),
) -> std::cmp::Ordering {
    a.0.cmp(b.0)
        .then_with(|| save_order(a.1).cmp(&save_order(b.1)))
}

/// A note's name as (stem without a `-N` suffix, N), a name without one counting as 1.
fn save_order(path: &Path) -> (String, u32, String) {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    if let Some((base, n)) = stem.rsplit_once('-')
        && let Ok(n) = n.parse::<u32>()
        && n >= 2
        && !n.to_string().starts_with('0')
    {
        return (base.to_string(), n, stem.clone());
    }
    (stem.clone(), 1, stem)
}

impl NotesIndex {
    /// An index of notes already in memory (tests, and sessions just saved). Nothing is written.
    pub fn from_notes<'a>(notes: impl IntoIterator<Item = (&'a Path, &'a Note)>) -> NotesIndex {
        let mut table = Table::default();
        let notes = notes
            .into_iter()
            .map(|(path, note)| {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                table.add(loose(path, name, Stamp::default(), note))
            })
            .collect();
        let mut index = NotesIndex {
            notes,
            questions: table.questions,
            ..NotesIndex::default()
        };
        sort(&mut index);
        index
    }

    /// Keeps only the questions some note refers to, renumbered, so the table does not grow with
    /// every deleted note.
    fn compact(&mut self) {
        let mut new_place = vec![u32::MAX; self.questions.len()];
        let mut kept = Vec::new();
        for note in &mut self.notes {
            for a in &mut note.answers {
                let old = a.question as usize;
                if new_place[old] == u32::MAX {
                    new_place[old] = kept.len() as u32;
                    kept.push(old);
                }
                a.question = new_place[old];
            }
        }
        let mut old: Vec<Option<AskedQuestion>> = std::mem::take(&mut self.questions)
            .into_iter()
            .map(Some)
            .collect();
        self.questions = kept.into_iter().filter_map(|i| old[i].take()).collect();
    }
}

impl NotesStore {
    /// The facts of every note, oldest first, from the index where a note is unchanged and by
    /// reading it where it is new or changed (on up to four threads). `progress(read, total)` is
    /// called as notes are read, so a screen can show a progress line the first time a large
    /// history is read; notes found in the index count as read at once. The index is then written
    /// back if anything changed (best effort: a read-only folder still lists, only more slowly).
    pub fn index(&self, progress: &(dyn Fn(usize, usize) + Sync)) -> NotesIndex {
        // `notes list` and review clean up after a psw-coach stopped mid-write, not only the
        // app's start.
        self.clean_stale_temps();
        let dir = self.notes_dir();
        let MarkdownFiles { files, not_files } = match markdown_files_with_stamps(&dir) {
            Ok(found) => found,
            Err(e) => {
                progress(0, 0);
                return NotesIndex {
                    folder_problem: Some(NoteProblem {
                        path: dir,
                        line: 0,
                        message: format!("the notes folder could not be read: {}", plain_io(&e)),
                    }),
                    ..NotesIndex::default()
                };
            }
        };
        let index_path = dir.join(INDEX_FILE);
        let old = read_text_file(&index_path, MAX_INDEX_BYTES)
            .ok()
            .and_then(|text| serde_json::from_str::<IndexIn>(&text).ok())
            .filter(|index| index.version == INDEX_VERSION)
            // An index naming a question it does not hold was not written by this code.
            .filter(|index| {
                let n = index.questions.len();
                index
                    .notes
                    .iter()
                    .all(|note| note.answers.iter().all(|a| (a.question as usize) < n))
            });
        // Written again only when something changed: a note new, edited or gone, or no usable
        // index. A note that cannot be read changes nothing; it is read and reported each time.
        let mut changed = old.is_none();
        let (table, mut known): (Vec<AskedQuestion>, HashMap<String, IndexedNote>) = match old {
            Some(index) => (
                index.questions,
                index
                    .notes
                    .into_iter()
                    .map(|n| (n.name.clone(), n))
                    .collect(),
            ),
            None => Default::default(),
        };
        let mut index = NotesIndex {
            problems: not_files,
            ..NotesIndex::default()
        };
        let mut to_read = Vec::new();
        for (path, name, stamp) in files {
            match known.remove(&name) {
                Some(mut note) if note.stamp == stamp => {
                    note.path = path;
                    index.notes.push(note);
                }
                Some(_) => {
                    changed = true;
                    to_read.push((path, name, stamp));
                }
                None => to_read.push((path, name, stamp)),
            }
        }
        changed |= !known.is_empty();
        let total = index.notes.len() + to_read.len();
        progress(index.notes.len(), total);
        let mut table = Table::from(table);
        for read in read_all(to_read, index.notes.len(), total, progress) {
            match read {
                Ok(loose) => {
                    changed = true;
                    index.notes.push(table.add(loose));
                }
                Err(problem) => index.problems.push(problem),
            }
        }
        index.questions = table.questions;
        if changed {
            index.compact();
            let out = IndexOut {
                version: INDEX_VERSION,
                questions: &index.questions,
                notes: &index.notes,
            };
            if let Ok(json) = serde_json::to_vec(&out)
                && let Ok(temp) = write_temp(&dir, INDEX_FILE, &json)
                && fs::rename(&temp, &index_path).is_err()
            {
                let _ = fs::remove_file(&temp);
            }
        }
        sort(&mut index);
        index
    }
}

/// Reads and boils down the given notes on as many threads as the machine has cores (at most
/// four), calling `progress(done, total)` every 64 notes and at the end.
fn read_all(
    files: Vec<(PathBuf, String, Stamp)>,
    already: usize,
    total: usize,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Vec<Result<Loose, NoteProblem>> {
    if files.is_empty() {
        return Vec::new();
    }
    let done = AtomicUsize::new(already);
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, 4)
        .min(files.len());
    let chunk = files.len().div_ceil(threads);
    let mut files = files;
    let mut parts = Vec::new();
    while files.len() > chunk {
        let rest = files.split_off(chunk);
        parts.push(std::mem::replace(&mut files, rest));
    }
    parts.push(files);
    std::thread::scope(|scope| {
        let handles: Vec<_> = parts
            .into_iter()
            .map(|part| {
                let done = &done;
                scope.spawn(move || {
                    part.into_iter()
                        .map(|(path, name, stamp)| {
                            let read = NotesStore::read(&path)
                                .map(|note| loose(&path, name, stamp, &note));
                            let n = done.fetch_add(1, Ordering::Relaxed) + 1;
                            // Every 64 files is often enough for a progress line to move.
                            if n.is_multiple_of(64) || n == total {
                                progress(n, total);
                            }
                            read
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

/// The notes folder's `*.md` entries that are not hidden (temp files are): the files, each with
/// its name and [`Stamp`] from one `stat`, and the things named like notes that are not files.
#[derive(Debug, Default)]
pub(super) struct MarkdownFiles {
    pub files: Vec<(PathBuf, String, Stamp)>,
    /// A FIFO, a device, a socket, a folder or a link to nothing named `*.md`: never opened (a
    /// FIFO would wait for ever), and named with what it is, as a note that cannot be read is. A
    /// FIFO there was skipped without a word where a 40 MB file was named (the twelfth walk's
    /// row 13).
    pub not_files: Vec<NoteProblem>,
}

/// The `.md` entries in `dir` ([`MarkdownFiles`]), files in name order. A missing folder is empty.
pub(super) fn markdown_files_with_stamps(dir: &Path) -> io::Result<MarkdownFiles> {
    let entries = match fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(MarkdownFiles::default()),
        Err(e) => return Err(e),
    };
    let mut found = MarkdownFiles::default();
    for entry in entries {
        let entry = entry?;
        let name = entry.file_name();
        let Some(name) = name.to_str() else { continue };
        if name.starts_with('.') || !name.ends_with(".md") {
            continue;
        }
        let path = entry.path();
        // A link is followed, as `is_file` does: a linked note is still listed. Anything else is
        // looked up from the open folder rather than by its whole path again.
        let link = entry.file_type().is_ok_and(|t| t.is_symlink());
        let meta = if link {
            fs::metadata(&path)
        } else {
            entry.metadata()
        };
        match meta {
            Ok(meta) if meta.is_file() => {
                found.files.push((path, name.to_string(), Stamp::of(&meta)));
            }
            Ok(meta) => found.not_files.push(NoteProblem {
                path,
                line: 0,
                message: format!(
                    "this is {}, not a note, so it was not opened: move it out of the notes folder",
                    what_is_not_a_file(&meta.file_type())
                ),
            }),
            Err(e) if link && e.kind() == io::ErrorKind::NotFound => {
                found.not_files.push(NoteProblem {
                    path,
                    line: 0,
                    message: "this is a link to a file that is not there, so it was not read"
                        .to_string(),
                });
            }
            // Gone since the folder was listed (a note being renamed), or unreadable: what is
            // there is read, and reported, on the next listing.
            Err(_) => {}
        }
    }
    found.files.sort_by(|a, b| a.1.cmp(&b.1));
    Ok(found)
}

/// What a thing that is not an ordinary file is, in a PSW's words.
fn what_is_not_a_file(kind: &fs::FileType) -> &'static str {
    if kind.is_dir() {
        return "a folder";
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if kind.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if kind.is_socket() {
            return "a socket";
        }
        if kind.is_block_device() || kind.is_char_device() {
            return "a device";
        }
    }
    "not an ordinary file"
}
