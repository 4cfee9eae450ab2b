//! The line-by-line mode for screen readers and scripts: the same rehearsal as a plain dialogue.
//!
//! It prints the question and each prompt, reads answer lines until a line holding only `.`, and
//! writes no escape codes. It reads a pipe as well as a terminal; when input ends, the session so
//! far is saved, as Ctrl-S does in the full-screen app.
//!
//! Input is read on a thread of its own and handed over line by line, so that a line typed and
//! then left is still written to the draft a moment later, while a flood of piped lines is drafted
//! about once a second rather than after every line: a line costs the same at line 16,000 as at
//! line 1. Bytes that are not UTF-8 are replaced and the rehearsal carries on.

use crate::bank::Library;
use crate::drill::{
    Clock, Plan, PracticeLog, RehearseOptions, Session, SessionSetup, Stage, SystemClock,
};
use crate::insight::{self, Lexicon};
use crate::notes::{AnswerStyle, NotesStore, StoreErrorKind};
use crate::text;
use crate::voice::recorder::{AudioFile, BlockingRecorder};
use rand::{Rng, SeedableRng};
use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::mpsc::{Receiver, RecvTimeoutError, SyncSender, sync_channel};
use std::time::Duration;

/// The line that ends an answer.
const END_OF_ANSWER: &str = ".";
/// Said after help in the middle of an answer.
const ANSWER_GOES_ON: &str =
    "Back to your answer: go on typing, and end it with a line holding only a full stop.";
const ASK_RATING: &str = "Rate your answer from 1 (weak) to 5 (strong), or press Enter to skip:";
const ASK_REFLECTION: &str =
    "One line of reflection: what would you change next time? (Enter to skip)";
const ASK_CUES: &str =
    "Which did your answer cover? Type their numbers (for example 1 3), or press Enter for none:";
/// How long input must pause before the lines typed so far are written to the draft.
const QUIET: Duration = Duration::from_millis(300);
/// During a steady flood of lines, the draft is still written this often (session time).
const DRAFT_EVERY: Duration = Duration::from_secs(1);
/// Lines read ahead of the rehearsal: enough to keep it busy, never the whole of a huge input.
const READ_AHEAD: usize = 256;

pub fn run(
    data: Option<&Path>,
    banks: &[PathBuf],
    args: &RehearseOptions,
) -> Result<ExitCode, String> {
    run_with(data, banks, args, None)
}

/// Spoken practice with each part recorded and transcribed (`rehearse --record`). Without voice or a
/// model, one line says why and the rehearsal goes on with typed key points.
pub fn run_recorded(
    data: Option<&Path>,
    banks: &[PathBuf],
    args: &RehearseOptions,
) -> Result<ExitCode, String> {
    match crate::voice::recorder::recorder(data) {
        Ok(recorder) => {
            let args = RehearseOptions {
                record: true,
                ..args.clone()
            };
            run_with(data, banks, &args, Some(recorder))
        }
        Err(why) => {
            println!("{}", crate::display::visible(&why));
            run_with(data, banks, args, None)
        }
    }
}

fn run_with(
    data: Option<&Path>,
    banks: &[PathBuf],
    args: &RehearseOptions,
    recorder: Option<Box<dyn BlockingRecorder>>,
) -> Result<ExitCode, String> {
    let data = data.ok_or("no data folder found: start psw-coach with --data-dir DIR")?;
    if let Plan::Figures(n) = args.plan {
        let clock = SystemClock::default();
        let input = io::BufReader::new(io::stdin());
        return crate::plain_figures::drill(
            data,
            n,
            &clock,
            input,
            &mut io::stdout().lock(),
            recorder,
        )
        .map_err(|e| e.to_string());
    }
    let library = Library::load(Some(data), banks);
    let stdout = io::stdout();
    rehearse(
        &library,
        &NotesStore::new(data),
        &Lexicon::load(Some(data)).0,
        args,
        SystemClock::default(),
        io::BufReader::new(io::stdin()),
        &mut stdout.lock(),
        recorder,
    )
    .map_err(|e| e.to_string())
}

/// Runs one rehearsal over any input and output, with any clock, with each spoken part recorded
/// and transcribed when `recorder` is given.
#[allow(clippy::too_many_arguments)]
pub fn rehearse<C: Clock>(
    library: &Library,
    store: &NotesStore,
    lexicon: &Lexicon,
    args: &RehearseOptions,
    clock: C,
    input: impl BufRead + Send + 'static,
    out: &mut impl Write,
    recorder: Option<Box<dyn BlockingRecorder>>,
) -> io::Result<ExitCode> {
    for skipped in &library.skipped {
        writeln!(out, "{}", crate::display::visible(&skipped.summary()))?;
    }
    let plan: Plan = args.plan.clone();
    let notes: Vec<_> = store.list().notes.into_iter().map(|(_, n)| n).collect();
    let seed = args.seed.unwrap_or_else(|| rand::rng().random());
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let questions: Vec<_> = library.questions().cloned().collect();
    let chosen = match crate::drill::select(
        &plan,
        &questions,
        &PracticeLog::from_notes(&notes),
        &mut rng,
    ) {
        Ok(chosen) => chosen,
        Err(e) => {
            writeln!(out, "{e}")?;
            return Ok(ExitCode::from(2));
        }
    };
    // Recorded only while there is a recorder: without one the parts are typed key points.
    let style = match args.style() {
        AnswerStyle::Recorded if recorder.is_none() => AnswerStyle::Spoken,
        style => style,
    };
    let setup = SessionSetup {
        plan_label: plan.label(),
        banks: library.banks.iter().map(|b| b.id.clone()).collect(),
        style,
        seed,
    };
    let with_prompts = chosen
        .into_iter()
        .map(|q| {
            let prompts = library.prompts_for(&q).to_vec();
            (q, prompts)
        })
        .collect();
    // Asked before this session's own draft exists, so only drafts left by earlier runs count.
    let leftover = store.drafts();
    let mut session = Session::new(setup, with_prompts, clock)
        .with_probes(args.probes())
        .with_lexicon(std::rc::Rc::new(lexicon.clone()));
    // Keep recordings, as in the full-screen app: each part's sound is written beside the notes
    // before it is transcribed, and stays once its words are in only with the setting on.
    let recordings = recorder.as_ref().map(|_| Recordings {
        folder: store
            .data_dir()
            .join(crate::voice::recorder::RECORDINGS_DIR),
        keep: crate::review::Settings::load(store.data_dir()).0.keep_audio,
    });
    let mut dialogue = Dialogue {
        input: read_lines(input),
        out,
        store,
        ended: false,
        last_draft: Duration::ZERO,
        warned_encoding: false,
        recorder,
        recordings,
    };
    tell_leftover_drafts(&mut dialogue, store, &leftover)?;
    dialogue.say(&format!(
        "psw-coach rehearsal in plain mode. {}, {} question{}.",
        plan.title(),
        session.len(),
        if session.len() == 1 { "" } else { "s" }
    ))?;
    dialogue.say(match (style, dialogue.recorder.is_some()) {
        (AnswerStyle::Written, _) => "Type each answer on one or more lines. End it with a line holding only a full stop.",
        (AnswerStyle::Spoken | AnswerStyle::Recorded, false) => "Say each answer aloud, then type the key points. End them with a line holding only a full stop.",
        (AnswerStyle::Spoken | AnswerStyle::Recorded, true) => "Each part is recorded and transcribed on this computer: answer aloud, then press Enter to stop. Nothing is sent anywhere.",
    })?;
    dialogue.say(
        "A line with only ? shows help. If the input ends, everything so far is saved as a note.",
    )?;
    dialogue.draft(&session);

    while !session.is_finished() && !dialogue.ended {
        ask_question(&mut session, &mut dialogue, lexicon)?;
    }
    dialogue.save(&session)
}

struct Dialogue<'a, W: Write> {
    input: Receiver<io::Result<Vec<u8>>>,
    out: &'a mut W,
    store: &'a NotesStore,
    /// Input has run out: save and stop.
    ended: bool,
    /// Session time of the last draft written while answering.
    last_draft: Duration,
    /// Said once that some bytes were not UTF-8.
    warned_encoding: bool,
    /// Recorded practice: each part is heard and transcribed (see `crate::voice::recorder`).
    recorder: Option<Box<dyn BlockingRecorder>>,
    /// Where recorded parts' sound is written, and whether it is kept once the words are in.
    recordings: Option<Recordings>,
}

/// The recordings folder and the PSW's setting, Keep recordings.
struct Recordings {
    folder: PathBuf,
    keep: bool,
}

/// Reads `input` line by line on its own thread. The channel ends with the input; a read error is
/// passed on once.
/// A line longer than one answer may be is cut there (the rest of it is read and dropped), so a
/// 50 MB line never sits in memory whole; the answer loop says so.
fn read_lines(mut input: impl BufRead + Send + 'static) -> Receiver<io::Result<Vec<u8>>> {
    let (tx, rx): (SyncSender<io::Result<Vec<u8>>>, _) = sync_channel(READ_AHEAD);
    let cap = insight::MAX_ANSWER_BYTES as u64 + 1;
    std::thread::spawn(move || {
        loop {
            let mut line = Vec::new();
            match io::Read::take(&mut input, cap).read_until(b'\n', &mut line) {
                Ok(0) => return,
                Ok(_) => {
                    if line.last() != Some(&b'\n') && line.len() as u64 == cap {
                        // Drop the rest of this line.
                        let mut rest = Vec::new();
                        loop {
                            rest.clear();
                            match io::Read::take(&mut input, cap).read_until(b'\n', &mut rest) {
                                Ok(n) if n > 0 && rest.last() != Some(&b'\n') => continue,
                                _ => break,
                            }
                        }
                    }
                    if tx.send(Ok(line)).is_err() {
                        return;
                    }
                }
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => {
                    let _ = tx.send(Err(e));
                    return;
                }
            }
        }
    });
    rx
}

/// Says which rehearsals were left unfinished before, so a PSW using plain mode knows they exist.
fn tell_leftover_drafts<W: Write>(
    d: &mut Dialogue<'_, W>,
    store: &NotesStore,
    drafts: &[crate::notes::Draft],
) -> io::Result<()> {
    if drafts.is_empty() {
        return Ok(());
    }
    d.say(&match drafts.len() {
        1 => "An earlier rehearsal did not finish; it is kept as a draft:".to_string(),
        n => format!("{n} earlier rehearsals did not finish; they are kept as drafts:"),
    })?;
    for draft in drafts {
        match &draft.result {
            Ok(note) => d.say(&format!(
                "  {}, started {}: {}",
                note.plan,
                note.started.format("%-d %B %Y at %H:%M"),
                draft.path.display()
            ))?,
            Err(problem) => d.say(&format!("  a draft that cannot be read: {problem}"))?,
        }
    }
    d.say(&format!(
        "To save or discard them, start psw-coach without --plain. They are plain text files in {}.",
        store.drafts_dir().display()
    ))
}

const HELP: &[&str] = &[
    "Help: type your answer on as many lines as you like; a line with only a full stop ends it.",
    "At a follow-up, a line with only a full stop straight away skips it.",
    "A line with only ? shows this help. After each answer, type the numbers of the points assessors listen for that it covered (for example 1 3).",
    "At the rating, type a number from 1 to 5, or press Enter to skip. The reflection is one line; Enter skips it.",
    "Everything is kept in a draft as you go. When the input ends (Ctrl-D), the rehearsal so far is saved as a note.",
];

impl<W: Write> Dialogue<'_, W> {
    /// Prints a line, with any control character from a bank or an answer made visible. Output
    /// that cannot be written (a closed pipe) never stops the rehearsal being saved, so errors here
    /// are ignored.
    fn say(&mut self, line: &str) -> io::Result<()> {
        let line = crate::display::visible(line);
        let _ = writeln!(self.out, "{line}").and_then(|_| self.out.flush());
        Ok(())
    }

    /// Shows help, then asks again what was being asked: the question is lines above by then,
    /// and the PSW's next line answers it.
    fn help(&mut self, asked: &str) -> io::Result<()> {
        for line in HELP {
            self.say(line)?;
        }
        self.say(asked)
    }

    /// One line of input without its line ending, or None at the end of input.
    fn line(&mut self) -> io::Result<Option<String>> {
        let received = self.input.recv().ok();
        self.take(received)
    }

    /// Like [`Self::line`], but gives up after `wait` with `Err(())`, so the caller can draft.
    fn line_within(&mut self, wait: Duration) -> Result<io::Result<Option<String>>, ()> {
        match self.input.recv_timeout(wait) {
            Ok(received) => Ok(self.take(Some(received))),
            Err(RecvTimeoutError::Timeout) => Err(()),
            Err(RecvTimeoutError::Disconnected) => Ok(self.take(None)),
        }
    }

    fn take(&mut self, received: Option<io::Result<Vec<u8>>>) -> io::Result<Option<String>> {
        let bytes = match received {
            Some(Ok(bytes)) => bytes,
            None => {
                self.ended = true;
                return Ok(None);
            }
            Some(Err(e)) => {
                self.ended = true;
                return Err(e);
            }
        };
        let text = String::from_utf8_lossy(&bytes);
        if matches!(text, std::borrow::Cow::Owned(_)) && !self.warned_encoding {
            self.warned_encoding = true;
            self.say(
                "Some of what was typed was not plain text (UTF-8); those characters are kept as \
                 \u{fffd} and the rest is as typed.",
            )?;
        }
        Ok(Some(text.trim_end_matches(['\n', '\r']).to_string()))
    }

    /// Reads answer lines up to the full stop line (or the end of input) into the session's
    /// current part. The draft is written once input pauses, and about once a second during a
    /// flood, never by rewriting the whole draft for every line.
    fn answer<C: Clock>(&mut self, session: &mut Session<C>) -> io::Result<()> {
        if self.recorder.is_some() && self.recorded_answer(session)? {
            return Ok(());
        }
        let mut typed = String::new();
        let mut lines = 0usize;
        let mut unsaved = false;
        // One limit for an answer, whichever way it comes in: an 18 MB answer was saved as a
        // note that `notes list` then skipped as unreadable.
        let mut full = false;
        loop {
            let next = if unsaved {
                match self.line_within(QUIET) {
                    Ok(next) => next?,
                    Err(()) => {
                        self.draft_answer(session, &typed);
                        unsaved = false;
                        self.line()?
                    }
                }
            } else {
                self.line()?
            };
            let Some(line) = next else { break };
            match line.trim() {
                END_OF_ANSWER => break,
                "?" => self.help(ANSWER_GOES_ON)?,
                _ if full => {}
                _ => {
                    if lines > 0 {
                        typed.push('\n');
                    }
                    typed.push_str(&line);
                    lines += 1;
                    if typed.len() > insight::MAX_ANSWER_BYTES {
                        typed.truncate(typed.floor_char_boundary(insight::MAX_ANSWER_BYTES));
                        full = true;
                        self.say(&format!(
                            "This answer has reached {} KB (about 30,000 words), the most kept for \
                             one answer: the first {} KB are kept, and what follows, up to the line \
                             with only a full stop, is not.",
                            insight::MAX_ANSWER_BYTES / 1024,
                            insight::MAX_ANSWER_BYTES / 1024
                        ))?;
                    }
                    unsaved = true;
                    if session.session_elapsed() >= self.last_draft + DRAFT_EVERY {
                        self.draft_answer(session, &typed);
                        unsaved = false;
                    }
                }
            }
        }
        session.set_text(typed);
        Ok(())
    }

    /// Records the part until Enter, transcribes it, shows the words and the delivery coaching, and
    /// lets the PSW keep or correct them. False when the part is to be typed instead (the microphone
    /// or the model failed: the message says so and nothing is lost).
    fn recorded_answer<C: Clock>(&mut self, session: &mut Session<C>) -> io::Result<bool> {
        let Some(mut recorder) = self.recorder.take() else {
            return Ok(false);
        };
        let result = self.record_with(&mut *recorder, session);
        self.recorder = Some(recorder);
        if session.is_paused() {
            session.resume();
        }
        result
    }

    fn record_with<C: Clock>(
        &mut self,
        recorder: &mut dyn BlockingRecorder,
        session: &mut Session<C>,
    ) -> io::Result<bool> {
        if let Err(why) = recorder.start() {
            self.say(&why)?;
            self.say("Type this part instead, ending with a line holding only a full stop.")?;
            return Ok(false);
        }
        self.say("Recording... press Enter when you have finished this part.")?;
        if self.line()?.is_none() {
            self.ended = true;
        }
        // The part's time is the time answering: waiting for the words to be written down and
        // reading them back is not, or a part spoken in 10 s reads "47 s" and the question "over
        // target" (the full-screen app transcribes while the next part is answered).
        session.pause();
        self.say("Transcribing on this computer...")?;
        let target = Some(session.question_target().as_secs() as u32).filter(|&t| t > 0);
        let audio = match (&self.recordings, session.part_at()) {
            (Some(r), Some(at)) => Some(AudioFile {
                path: crate::voice::recorder::part_file(&r.folder, session.session_id(), at),
                keep: r.keep,
            }),
            _ => None,
        };
        let heard = match recorder.finish(target, audio.as_ref()) {
            Ok(heard) => heard,
            Err(why) => {
                self.say(&why)?;
                if self.ended {
                    return Ok(true);
                }
                self.say("Type this part instead, ending with a line holding only a full stop.")?;
                return Ok(false);
            }
        };
        if let Some(fault) = &heard.fault {
            self.say(fault)?;
        }
        self.say(&format!("Heard: {}", heard.transcript))?;
        for line in &heard.coaching {
            self.say(line)?;
        }
        match session.part_at() {
            Some(at) => {
                session.put_transcript(at, &heard.transcript);
            }
            None => session.set_text(heard.transcript.clone()),
        }
        self.draft(session);
        // The words are in their part: the sound stays only for a PSW who keeps recordings.
        if let Some(path) = &heard.audio {
            if audio.as_ref().is_some_and(|a| a.keep) {
                self.say(&format!("The recording is kept: {}", path.display()))?;
            } else {
                // Gone already is fine; a file that cannot be removed stays private and listed.
                let _ = std::fs::remove_file(path);
            }
        }
        if self.ended {
            return Ok(true);
        }
        self.say("Press Enter to keep these words, or type them corrected and end with a line holding only a full stop.")?;
        let mut corrected = String::new();
        while let Some(line) = self.line()? {
            match line.trim() {
                "" if corrected.is_empty() => break,
                END_OF_ANSWER => break,
                _ => {
                    if !corrected.is_empty() {
                        corrected.push('\n');
                    }
                    corrected.push_str(&line);
                }
            }
        }
        if !corrected.trim().is_empty() {
            session.set_text(corrected);
        }
        Ok(true)
    }

    fn draft_answer<C: Clock>(&mut self, session: &mut Session<C>, typed: &str) {
        session.set_text(typed.to_string());
        self.last_draft = session.session_elapsed();
        self.draft(session);
    }

    fn draft<C: Clock>(&mut self, session: &Session<C>) {
        if let Err(e) = self.store.write_draft(&session.to_draft()) {
            let _ = self.say(&format!("Warning: {e}"));
        }
    }

    fn save<C: Clock>(&mut self, session: &Session<C>) -> io::Result<ExitCode> {
        let note = session.to_note();
        // The store keeps no empty notes (and removes the draft); its message says so.
        let saved = self.store.save(&note);
        if let Err(e) = &saved
            && e.kind == StoreErrorKind::NothingToSave
        {
            self.say(&e.message)?;
            return Ok(ExitCode::SUCCESS);
        }
        let summary = session.summary();
        self.say("")?;
        // Said as on the summary screen, in the note and in `notes show`.
        let answering: u64 = summary.questions.iter().map(|q| q.total_seconds).sum();
        let with_rating = text::with_rating(summary.session_seconds, answering);
        self.say(&format!(
            "Rehearsal: {}; {}{with_rating}.",
            summary.answered_words(),
            text::answering(answering),
        ))?;
        for (i, q) in summary.questions.iter().enumerate() {
            let over = if q.over_target {
                "over target"
            } else {
                "within target"
            };
            let rating = q
                .rating
                .map(|r| format!(", rated {r} of 5"))
                .unwrap_or_default();
            let cues = if q.cues > 0 {
                format!(
                    ", {} of {} listen-for points covered",
                    q.cues_covered, q.cues
                )
            } else {
                String::new()
            };
            self.say(&format!(
                "{}. {} target, {over}{rating}{cues}: {}",
                i + 1,
                text::of_target(q.total_seconds, u64::from(q.target_seconds)),
                q.ask
            ))?;
        }
        match saved {
            Ok(path) => {
                self.say(&format!("Saved your note: {}", path.display()))?;
                Ok(ExitCode::SUCCESS)
            }
            Err(e) => {
                self.say(&e.to_string())?;
                let kept = self.store.draft_path(&note.session_id).exists();
                if kept {
                    self.say(
                        "Your answers are kept in a draft; psw-coach will offer it the next time it starts.",
                    )?;
                } else {
                    // Piped in, the answers were never on screen to copy (the eleventh walk's
                    // row 10): they are printed here, as the full-screen app prints them.
                    self.say(&format!(
                        "Your answers could not be kept; here is what you typed, to copy before \
                         you close this window:\n\n{}",
                        crate::notes::transcript::transcript(&note)
                    ))?;
                }
                Ok(ExitCode::FAILURE)
            }
        }
    }
}

fn ask_question<C: Clock, W: Write>(
    session: &mut Session<C>,
    d: &mut Dialogue<'_, W>,
    lexicon: &Lexicon,
) -> io::Result<()> {
    let Some(q) = session.question().cloned() else {
        return Ok(());
    };
    d.say("")?;
    d.say(&format!(
        "Question {} of {} ({}, {}). Target {}.",
        session.index() + 1,
        session.len(),
        // Titles, not slugs: "Focused, Waiting times", as the full-screen app shows them.
        q.kind.label(),
        crate::bank::topic_title(&q.topic),
        text::duration(u64::from(q.target_seconds))
    ))?;
    d.say(&q.ask)?;
    if let Some(tip) = &q.tip {
        d.say(&format!("Tip: {tip}"))?;
    }
    loop {
        match session.stage() {
            Stage::Prompt(_) => {
                let (n, of) = session.prompt_position().unwrap_or((1, 1));
                d.say(&format!("Part {n} of {of}: {}", session.stage_title()))?;
                d.answer(session)?;
                // Input that ends with nothing typed in the question leaves it not reached (a
                // recorded part keeps its time: its recording belongs to the note).
                if d.ended && d.recorder.is_none() {
                    session.forget_untouched_question();
                }
                d.say(&format!(
                    "Time for this part: {}.",
                    text::duration(session.stage_elapsed().as_secs())
                ))?;
                if d.ended {
                    return Ok(());
                }
                session.next();
                d.draft(session);
            }
            Stage::FollowUp => {
                d.say(&format!(
                    "Follow-up: {} (a line with only a full stop straight away skips it)",
                    session.stage_title()
                ))?;
                if let Some(probe) = session.follow_up() {
                    d.say(&format!("Why: {}.", probe.why_in(session.style())))?;
                }
                d.answer(session)?;
                // Input that ends at the prompt is not a choice to skip it: the follow-up is left
                // as it stands (not reached), as the full-screen app keeps one saved mid-way.
                if d.ended && session.text().trim().is_empty() {
                    return Ok(());
                }
                if session.text().trim().is_empty() {
                    session.skip_follow_up();
                } else {
                    session.next();
                }
                d.draft(session);
                if d.ended {
                    return Ok(());
                }
            }
            Stage::Rating => {
                let elapsed = session.question_elapsed().as_secs();
                let target = session.question_target().as_secs();
                if session.is_over_target() {
                    d.say(&format!(
                        "Question time {} target: over by {}.",
                        text::of_target(elapsed, target),
                        text::duration(elapsed - target)
                    ))?;
                } else {
                    d.say(&format!(
                        "Question time {} target: within it.",
                        text::of_target(elapsed, target)
                    ))?;
                }
                if let Some(retry) = insights(session, d, lexicon)? {
                    if retry {
                        while session.stage() != Stage::Prompt(0) {
                            session.previous();
                        }
                        continue;
                    }
                } else {
                    return Ok(());
                }
                if !cues_covered(session, d)? {
                    return Ok(());
                }
                d.say(ASK_RATING)?;
                loop {
                    let Some(line) = d.line()? else { return Ok(()) };
                    match line.trim() {
                        "" => break,
                        "?" => d.help(ASK_RATING)?,
                        typed => match typed.parse::<u8>() {
                            Ok(n @ 1..=5) => {
                                session.rate(n);
                                break;
                            }
                            _ => d.say(&format!(
                                "\"{typed}\" is not a rating: type a number from 1 to 5, or press Enter to skip."
                            ))?,
                        },
                    }
                }
                d.say(ASK_REFLECTION)?;
                // "?" is help here as everywhere, not a reflection.
                let line = loop {
                    let Some(line) = d.line()? else { return Ok(()) };
                    if line.trim() != "?" {
                        break line;
                    }
                    d.help(ASK_REFLECTION)?;
                };
                session.set_text(line);
                session.next();
                d.draft(session);
                return Ok(());
            }
            Stage::Finished => return Ok(()),
        }
    }
}

/// Prints what assessors listen for and asks which the answer covered; false at the end of input.
fn cues_covered<C: Clock, W: Write>(
    session: &mut Session<C>,
    d: &mut Dialogue<'_, W>,
) -> io::Result<bool> {
    let cues: Vec<String> = session.cues().iter().map(|(c, _)| c.to_string()).collect();
    if cues.is_empty() {
        return Ok(true);
    }
    d.say("What assessors listen for:")?;
    for (i, cue) in cues.iter().enumerate() {
        d.say(&format!("  {}. {cue}", i + 1))?;
    }
    d.say(ASK_CUES)?;
    loop {
        let Some(line) = d.line()? else {
            return Ok(false);
        };
        let typed = line.trim();
        if typed == "?" {
            d.help(ASK_CUES)?;
            continue;
        }
        let numbers: Result<Vec<usize>, _> = typed
            .split(|c: char| c == ',' || c.is_whitespace())
            .filter(|w| !w.is_empty())
            .map(|w| match w.parse::<usize>() {
                Ok(n) if (1..=cues.len()).contains(&n) => Ok(n - 1),
                _ => Err(w.to_string()),
            })
            .collect();
        match numbers {
            Ok(covered) => {
                session.set_cues_covered(&covered);
                d.say(&format!(
                    "Covered {} of {}.",
                    session.cues().iter().filter(|(_, t)| *t).count(),
                    cues.len()
                ))?;
                d.draft(session);
                return Ok(true);
            }
            Err(bad) => d.say(&format!(
                "\"{bad}\" is not one of the numbers 1 to {}: type the numbers of the points your answer covered, or press Enter for none.",
                cues.len()
            ))?,
        }
    }
}

/// Prints what the answer covered; returns Some(true) when the PSW chose to answer again, None at
/// the end of input.
fn insights<C: Clock, W: Write>(
    session: &Session<C>,
    d: &mut Dialogue<'_, W>,
    lexicon: &Lexicon,
) -> io::Result<Option<bool>> {
    let note = session.to_note();
    let Some(q) = note.questions.get(session.index()) else {
        return Ok(Some(false));
    };
    let spoken = session.style() == AnswerStyle::Spoken;
    let target = Some(q.target_seconds);
    let (_, report) =
        insight::analyse_titled(lexicon, &q.parts(), &q.part_titles(), target, spoken);
    let yes = |b: bool| if b { "yes" } else { "no" };
    // Spoken: what was typed is key points, and the suggestions below call them so (the tenth
    // walk's row 11).
    let what = if report.key_points {
        "Your key points say"
    } else {
        "Your answer says"
    };
    d.say(&format!(
        "{what} what you did: {}. What difference it made: {}. How you know: {}.",
        yes(report.covers.done),
        yes(report.covers.difference),
        yes(report.covers.evidence)
    ))?;
    for s in &report.suggestions {
        d.say(&format!("Suggestion: {s}"))?;
    }
    if report.confidentiality.is_empty() {
        return Ok(Some(false));
    }
    d.say("Warning: this answer may identify someone:")?;
    for c in &report.confidentiality {
        d.say(&format!("  {} ({})", c.text, c.kind.label()))?;
    }
    d.say("Type e and Enter to answer this question's parts again, or press Enter to keep it as it is:")?;
    match d.line()? {
        Some(line) => Ok(Some(line.trim().eq_ignore_ascii_case("e"))),
        None => Ok(None),
    }
}
