//! `psw-coach voice [add FILE]` and `psw-coach analyse --audio FILE.wav`. Each returns the text to
//! print, so the command line (`crate::cli`) keeps one way of printing.

use clap::{Args, Subcommand};
use std::path::{Path, PathBuf};

#[derive(Debug, Args, Clone)]
pub struct VoiceArgs {
    #[command(subcommand)]
    pub command: Option<VoiceCommand>,
}

#[derive(Debug, Subcommand, Clone)]
pub enum VoiceCommand {
    /// Check a whisper.cpp model file (such as ggml-tiny.en.bin) and keep a private copy of it.
    Add {
        /// The model file, from scripts/voice-model or from IT.
        file: PathBuf,
    },
    /// Transcribe a recording kept with a note again (`notes show NOTE` lists them): its words are
    /// shown and kept as a new note, an attempt at the same question; no note is ever changed.
    Transcribe {
        /// The recording, by its name or as `notes show` prints it.
        #[arg(value_name = "RECORDING")]
        recording: PathBuf,
    },
    /// Delete recordings kept with a note, once you no longer need them. Nothing is deleted
    /// without --yes.
    Delete {
        /// The recordings, each by its name or as `notes show` prints it.
        #[arg(value_name = "RECORDING", required = true)]
        recordings: Vec<PathBuf>,
        /// Yes, delete them: it cannot be undone.
        #[arg(long)]
        yes: bool,
    },
}

/// `psw-coach voice`: which model is in use and how fast it runs here; `voice add FILE`.
pub fn run(data: Option<&Path>, args: &VoiceArgs) -> Result<String, String> {
    match &args.command {
        Some(VoiceCommand::Add { file }) => {
            let data = data.ok_or("no data folder found: use --data-dir DIR")?;
            let (path, info) = super::model::add(data, file).map_err(|e| e.to_string())?;
            #[cfg(feature = "voice")]
            super::transcribe::Transcriber::load(&path)?;
            let next = if super::BUILT_IN {
                "Choose \"spoken, recorded\" when you rehearse, or try: psw-coach analyse --audio FILE.wav"
            } else {
                super::NOT_BUILT
            };
            Ok(format!(
                "Added {} as the voice model ({}).\n{next}\n",
                info.summary(),
                path.display()
            ))
        }
        Some(VoiceCommand::Transcribe { recording }) => {
            let data = data.ok_or("no data folder found: use --data-dir DIR")?;
            transcribe_kept(data, recording)
        }
        Some(VoiceCommand::Delete { recordings, yes }) => {
            let data = data.ok_or("no data folder found: use --data-dir DIR")?;
            delete_kept(data, recordings, *yes)
        }
        None => status(data),
    }
}

/// `voice delete RECORDING... [--yes]`: without `--yes`, says what would go and how to confirm,
/// and deletes nothing. Every recording named is found before any is deleted, so a mistyped
/// name deletes none. Needs no voice in this build: letting go of one's own recordings never
/// should.
fn delete_kept(data: &Path, which: &[PathBuf], yes: bool) -> Result<String, String> {
    let kept = which
        .iter()
        .map(|w| super::kept::find(data, w))
        .collect::<Result<Vec<_>, _>>()?;
    let listing = crate::notes::NotesStore::new(data).list();
    let what = |kept: &super::kept::Kept| match super::kept::note_of(&listing.notes, kept) {
        Some((path, _)) => format!(
            "the recording of {} in the rehearsal saved as {}",
            kept.describe(),
            path.display()
        ),
        None => format!(
            "the recording of {} in a rehearsal that was not saved as a note",
            kept.describe()
        ),
    };
    if !yes {
        let mut said = String::from("nothing was deleted.");
        for k in &kept {
            said.push_str(&format!("\n{} is {}.", k.name, what(k)));
            // Words that are nowhere else: said before they can be lost. With no note to
            // refine, `voice transcribe` only shows them (walk 6): it was said to keep them.
            if super::kept::note_of(&listing.notes, k).is_none() {
                said.push_str(&format!(
                    " Its words are in none of your notes: `psw-coach voice transcribe {}` \
                     shows them, to copy first.",
                    k.name
                ));
            } else if !super::kept::part_has_words(&listing.notes, k) {
                said.push_str(&format!(
                    " Its words are not in your notes: `psw-coach voice transcribe {}` keeps \
                     them as a new note first.",
                    k.name
                ));
            }
        }
        let names: Vec<&str> = kept.iter().map(|k| k.name.as_str()).collect();
        said.push_str(&format!(
            "\nDeleting cannot be undone. To delete {}, run: psw-coach voice delete {} --yes",
            if kept.len() == 1 { "it" } else { "them" },
            names.join(" ")
        ));
        return Err(said);
    }
    let mut out = String::new();
    for k in &kept {
        super::kept::delete(k).map_err(|e| format!("{out}{e}"))?;
        out.push_str(&format!("Deleted {}, {}.\n", k.path.display(), what(k)));
    }
    Ok(out)
}

/// `voice transcribe RECORDING`: the words of a kept recording, shown with its delivery and kept
/// as a new note. The recording stays until the PSW deletes it.
#[cfg(not(feature = "voice"))]
fn transcribe_kept(_data: &Path, _which: &Path) -> Result<String, String> {
    Err(super::NOT_BUILT.to_string())
}

#[cfg(feature = "voice")]
fn transcribe_kept(data: &Path, which: &Path) -> Result<String, String> {
    use super::kept::{self, Keeping};
    let kept = kept::find(data, which)?;
    let still_kept = |why: String| {
        format!(
            "{why}. The recording is kept as it was; delete it with `psw-coach voice delete {} \
             --yes` if you no longer need it",
            kept.name
        )
    };
    let store = crate::notes::NotesStore::new(data);
    let listing = store.list();
    let question =
        kept::note_of(&listing.notes, &kept).and_then(|(_, n)| n.questions.get(kept.question));
    let transcriber = super::transcribe::Transcriber::find(Some(data))?;
    let samples = super::audio::read_wav(&kept.path).map_err(&still_kept)?;
    // It takes some seconds: a person at a terminal is told what is happening meanwhile.
    if std::io::IsTerminal::is_terminal(&std::io::stderr()) {
        eprintln!("Transcribing {} on this computer…", kept.name);
    }
    let timing = super::vad::timing(&samples);
    let transcript = transcriber.words(&samples, &timing).map_err(&still_kept)?;
    let (lexicon, _) = crate::insight::Lexicon::load(Some(data));
    let answer = super::spoken::SpokenAnswer::new(
        &lexicon,
        transcript,
        timing,
        question.map(|q| q.target_seconds),
    );
    let mut out = format!("Heard in {}:\n", kept.name);
    match question {
        Some(q) => {
            out.push_str(&format!(
                "Question {}: {}\n",
                kept.question + 1,
                crate::text::one_line(&q.ask)
            ));
            match kept::part_ask(q, kept.part).map(crate::text::one_line) {
                Some(ask) if !ask.is_empty() => {
                    out.push_str(&format!("{}: {ask}\n\n", kept.part_label()));
                }
                _ => out.push_str(&format!("{}\n\n", kept.part_label())),
            }
        }
        // "question 1, part 1" opening a line.
        None => out.push_str(&format!("Q{}\n\n", &kept.describe()[1..])),
    }
    if answer.transcript.trim().is_empty() {
        out.push_str(
            "No words were heard in this recording, so nothing was added to your notes.\n",
        );
        return Ok(out);
    }
    out.push_str(answer.transcript.trim());
    out.push_str("\n\n");
    for line in answer.delivery_lines() {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    let now = chrono::Local::now().fixed_offset();
    let session_id = format!(
        "{}-transcribed-{}",
        now.format("%Y%m%d-%H%M%S"),
        question.map_or("answer", |q| q.id.as_str())
    );
    let delete = format!(
        "The recording is still kept: delete it with `psw-coach voice delete {} --yes` once you \
         no longer need it.",
        kept.name
    );
    match kept::keep_words(&listing.notes, &kept, &answer.transcript, session_id, now) {
        Keeping::New(note) => {
            let path = store.save(&note).map_err(|e| {
                format!("{e} The words above were not kept; the recording is, so nothing is lost")
            })?;
            out.push_str(&format!(
                "Kept as a new note, an attempt at this question (not rated): {}. The note it \
                 came from is kept as it was.\n{delete}\n",
                path.display()
            ));
        }
        Keeping::AlreadyIn(path) => out.push_str(&format!(
            "These words are already in {}, so nothing new was kept.\n{delete}\n",
            path.display()
        )),
        // Unreadable notes say nothing about whether its rehearsal was saved: said as it is.
        Keeping::NoNote if listing.folder_problem.is_some() => {
            let problem = listing
                .folder_problem
                .as_ref()
                .map(ToString::to_string)
                .unwrap_or_default();
            out.push_str(&format!(
                "Your notes could not be read ({problem}), so the words are shown here only; copy \
                 them if you need them.\n{delete}\n"
            ));
        }
        Keeping::NoNote => out.push_str(&format!(
            "The rehearsal it was recorded in was not saved as a note, so the words are shown \
             here only; copy them if you need them.\n{delete}\n"
        )),
        Keeping::NoPart => out.push_str(&format!(
            "Its note has no such part, so the words are shown here only; copy them if you need \
             them.\n{delete}\n"
        )),
    }
    Ok(out)
}

#[cfg(not(feature = "voice"))]
fn status(_data: Option<&Path>) -> Result<String, String> {
    Err(super::NOT_BUILT.to_string())
}

/// Loads the model and times it on 30 seconds of quiet noise: whisper.cpp's encoder always works
/// on a 30-second window, so this is close to the cost of each half-minute of an answer.
#[cfg(feature = "voice")]
fn status(data: Option<&Path>) -> Result<String, String> {
    use std::time::Instant;
    let Some(path) = super::model::find(data) else {
        return Err(super::model::missing_message());
    };
    let start = Instant::now();
    let t = super::transcribe::Transcriber::load(&path)?;
    let load = start.elapsed().as_secs_f64();
    // A fixed pseudo-random hiss, so every run times the same work.
    let mut x: u32 = 1;
    let noise: Vec<f32> = (0..30 * 16_000)
        .map(|_| {
            x = x.wrapping_mul(1_664_525).wrapping_add(1_013_904_223);
            (x >> 8) as f32 / (1u32 << 24) as f32 * 0.002 - 0.001
        })
        .collect();
    let start = Instant::now();
    t.transcribe(&noise)?;
    let ratio = start.elapsed().as_secs_f64() / 30.0;
    Ok(format!(
        "Voice model: {} at {}\n{}\nEverything stays on this computer: nothing is sent anywhere.\n",
        t.info.summary(),
        path.display(),
        speed_line(load, ratio),
    ))
}

/// How fast the model is here, in the time a PSW waits: how long it takes to load, and how long a
/// 3-minute answer takes to be written out. The measure behind it (seconds of work a second of
/// speech, "0.54x real time") is a developer's, so it is not said.
#[cfg(any(feature = "voice", test))]
fn speed_line(load_seconds: f64, seconds_a_second: f64) -> String {
    let answer = (seconds_a_second * 180.0).round().max(1.0) as u64;
    let load = if load_seconds < 1.0 {
        "under a second".to_string()
    } else {
        crate::text::duration(load_seconds.round() as u64)
    };
    format!(
        "It loads in {load}, and a 3-minute answer takes about {} to write out here.",
        crate::text::duration(answer)
    )
}

/// `analyse --audio FILE.wav [--json]`: the transcript, the delivery, and the usual reading.
#[cfg(not(feature = "voice"))]
pub fn analyse_audio(
    _data: Option<&Path>,
    _file: &Path,
    _json: bool,
    _target: Option<u32>,
) -> Result<String, String> {
    Err(super::NOT_BUILT.to_string())
}

#[cfg(feature = "voice")]
pub fn analyse_audio(
    data: Option<&Path>,
    file: &Path,
    json: bool,
    target: Option<u32>,
) -> Result<String, String> {
    let samples = super::audio::read_wav(file)?;
    let transcriber = super::transcribe::Transcriber::find(data)?;
    let timing = super::vad::timing(&samples);
    let transcript = transcriber.words(&samples, &timing)?;
    let (lexicon, warning) = crate::insight::Lexicon::load(data);
    if let Some(w) = warning {
        eprintln!("{}", crate::display::visible(&w));
    }
    let answer = super::spoken::SpokenAnswer::new(&lexicon, transcript, timing, target);
    if json {
        serde_json::to_string_pretty(&answer.to_json())
            .map(|s| s + "\n")
            .map_err(|e| e.to_string())
    } else {
        Ok(answer.render())
    }
}

#[cfg(test)]
mod tests {
    use super::speed_line;

    #[test]
    fn the_models_speed_is_said_as_time_waited_not_as_a_multiple_of_real_time() {
        let line = speed_line(0.3, 0.54);
        assert_eq!(
            line,
            "It loads in under a second, and a 3-minute answer takes about 1 min 37 s to write out here."
        );
        assert!(!line.contains("real time"), "{line}");
        // A slow computer: the wait is said in minutes, as everywhere else.
        assert_eq!(
            speed_line(2.4, 2.0),
            "It loads in 2 s, and a 3-minute answer takes about 6 min to write out here."
        );
    }
}
