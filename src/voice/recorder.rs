//! Recorded practice for the shells: start recording a part, stop it, get the words back with a few
//! lines of coaching on the delivery. The interface is always built; without the `voice` feature or
//! a model, [`recorder`] says in one line why, and the shell carries on with typed answers.

use std::path::{Path, PathBuf};

/// Where kept recordings go, in the data folder.
pub const RECORDINGS_DIR: &str = "recordings";

/// The recordings kept with the note of `session_id` (named `SESSION-...wav`), oldest part first.
pub fn kept_recordings(data: &Path, session_id: &str) -> Vec<PathBuf> {
    let prefix = format!("{session_id}-");
    let mut found: Vec<PathBuf> = std::fs::read_dir(data.join(RECORDINGS_DIR))
        .map(|dir| {
            dir.filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| {
                    p.extension().is_some_and(|x| x == "wav")
                        && p.file_name()
                            .and_then(|n| n.to_str())
                            .is_some_and(|n| n.starts_with(&prefix))
                })
                .collect()
        })
        .unwrap_or_default();
    // In the order they were said: question by question, its parts, then its follow-ups, a
    // second take after the first. Sorted as text, "q1-follow-up1" came before "q1-part1" and
    // "q10" before "q2" (walk 6).
    found.sort_by_cached_key(|p| {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let place = super::kept::parse_name(&name).map(|(_, question, part)| {
            let (kind, n) = match part {
                super::kept::KeptPart::Prompt(i) => (0, i),
                super::kept::KeptPart::FollowUp(i) => (1, i),
                super::kept::KeptPart::Answer => (2, 0),
            };
            (question, kind, n)
        });
        (place.is_none(), place, name.len(), name)
    });
    found
}

/// A file to play instead of the microphone (tests, and trying recorded practice on a computer
/// without one): each part "hears" the whole of this recording, at once.
pub const INPUT_ENV: &str = "PSW_COACH_VOICE_INPUT";

/// One part heard and transcribed. The default is nothing heard and nothing said of the delivery.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Recorded {
    pub transcript: String,
    /// Speaking time, pace, pauses, fillers, softeners: a few plain lines.
    pub coaching: Vec<String>,
    /// The same on one line, for the full-screen app's message line.
    pub summary: String,
    /// Seconds from the first word to the last, as the voice-activity detector measured them (0
    /// when no speech was heard): the rating step says this rather than an estimate from the
    /// word count.
    pub speaking_seconds: f64,
    /// Said when the microphone failed part-way: the words before it are still transcribed.
    pub fault: Option<String>,
    /// Where the part's sound was written (see [`AudioFile`]), when it was.
    pub audio: Option<PathBuf>,
}

/// Where a part's sound is written before it is transcribed, so that nothing said is lost: not
/// when the transcription fails, and not when the rehearsal closes before it ends. The file is
/// private (0600 in a 0700 folder) and named after the session, so `notes show` lists it with the
/// note.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AudioFile {
    pub path: PathBuf,
    /// The PSW's setting, Keep recordings: the file stays once the words are in. Otherwise the
    /// recorder removes it as soon as the part's words have reached its box, and it stays only
    /// when they never did.
    pub keep: bool,
}

/// Records one part at a time.
pub trait BlockingRecorder {
    /// Starts listening; a plain sentence when the microphone cannot be used.
    fn start(&mut self) -> Result<(), String>;
    /// Stops and transcribes what was heard (on this computer). With `audio`, the sound is first
    /// written there as a private WAV file, and [`Recorded::audio`] says where; the caller removes
    /// it once the words are in unless the PSW keeps recordings.
    fn finish(
        &mut self,
        target_seconds: Option<u32>,
        audio: Option<&AudioFile>,
    ) -> Result<Recorded, String>;
}

/// Where a recorded part's sound is written in `folder`: `SESSION-qN-partN.wav`, or
/// `SESSION-qN-follow-upN.wav`, so `notes show` lists it with its note and `voice transcribe`
/// finds the part it belongs to. The full-screen app and plain mode name them alike.
pub fn part_file(folder: &Path, session_id: &str, at: crate::drill::PartAt) -> PathBuf {
    let part = match at.part {
        crate::drill::PartSlot::Prompt(i) => format!("part{}", i + 1),
        crate::drill::PartSlot::FollowUp(i) => format!("follow-up{}", i + 1),
    };
    folder.join(format!("{session_id}-q{}-{part}.wav", at.question + 1))
}

/// The recorder for this computer, or the one line saying why there is none.
#[cfg(not(feature = "voice"))]
pub fn recorder(_data: Option<&Path>) -> Result<Box<dyn BlockingRecorder>, String> {
    Err(super::NOT_BUILT.to_string())
}

#[cfg(feature = "voice")]
pub fn recorder(data: Option<&Path>) -> Result<Box<dyn BlockingRecorder>, String> {
    use super::capture::{FileSource, Microphone, Source};
    let transcriber = super::transcribe::Transcriber::find(data)?;
    let source: Box<dyn Source> = match std::env::var_os(INPUT_ENV).filter(|v| !v.is_empty()) {
        Some(path) => Box::new(FileSource {
            path: path.into(),
            speed: f64::INFINITY,
            unplug_after: None,
        }),
        None => Box::new(Microphone),
    };
    Ok(Box::new(Live {
        transcriber,
        source,
        lexicon: crate::insight::Lexicon::load(data).0,
        take: None,
    }))
}

#[cfg(feature = "voice")]
struct Live {
    transcriber: super::transcribe::Transcriber,
    source: Box<dyn super::capture::Source>,
    lexicon: crate::insight::Lexicon,
    take: Option<super::capture::Take>,
}

#[cfg(feature = "voice")]
impl BlockingRecorder for Live {
    fn start(&mut self) -> Result<(), String> {
        self.take = Some(self.source.start().map_err(|f| f.to_string())?);
        Ok(())
    }

    fn finish(
        &mut self,
        target_seconds: Option<u32>,
        audio: Option<&AudioFile>,
    ) -> Result<Recorded, String> {
        let take = self
            .take
            .take()
            .ok_or("Recording had not started, so there is nothing to transcribe.")?;
        let (samples, fault) = take.finish();
        // Written before transcribing, as the full-screen app does, so the sound outlives words
        // that fail to come back.
        let saved = audio.map(|a| sound_file::keep(&a.path, &samples));
        let result = read_part(
            &self.transcriber,
            &self.lexicon,
            &samples,
            fault.map(|f| f.to_string()),
            target_seconds,
        );
        sound_file::settle(result, saved, audio.is_some_and(|a| a.keep))
    }
}

/// One part's sound (16 kHz mono) transcribed and read for its delivery. `fault` is what stopped
/// the microphone early, if anything: the words before it are still transcribed.
#[cfg(feature = "voice")]
fn read_part(
    transcriber: &super::transcribe::Transcriber,
    lexicon: &crate::insight::Lexicon,
    samples: &[f32],
    fault: Option<String>,
    target_seconds: Option<u32>,
) -> Result<Recorded, String> {
    if samples.len() < super::audio::SAMPLE_RATE as usize / 4 {
        return Err(fault.unwrap_or_else(|| "Nothing was recorded for this part.".into()));
    }
    let timing = super::vad::timing(samples);
    let transcript = transcriber.words(samples, &timing)?;
    let answer = super::spoken::SpokenAnswer::new(lexicon, transcript, timing, target_seconds);
    Ok(Recorded {
        coaching: answer.delivery_lines(),
        summary: answer.delivery_summary(),
        speaking_seconds: answer.timing.speaking_seconds,
        transcript: answer.transcript,
        fault,
        audio: None,
    })
}

/// Records one part at a time while its timer runs and transcribes each in the background, so the
/// full-screen app never waits: `stop` hands the part's sound to a worker thread and returns at
/// once; the words come back through `results` while the PSW answers the next part.
pub trait LiveRecorder {
    /// Starts listening; a plain sentence when the microphone cannot be used.
    fn start(&mut self) -> Result<(), String>;
    /// True from `start` until `stop` (or a fault).
    fn is_recording(&self) -> bool;
    /// Seconds heard in the part being recorded.
    fn seconds(&self) -> f64;
    /// Said when the microphone failed part-way; recording has stopped and what it heard is kept.
    fn fault(&self) -> Option<String>;
    /// Stops recording and queues what was heard for transcription under `id`; with `audio`, the
    /// sound is first written there as a private WAV file. False when nothing was being recorded.
    fn stop(&mut self, id: u64, target_seconds: Option<u32>, audio: Option<AudioFile>) -> bool;
    /// Stops recording and lets the sound go, untranscribed.
    fn discard(&mut self);
    /// The PSW let the rehearsal go: the part being recorded and every part not yet transcribed
    /// are dropped, with any sound written for them.
    fn let_go(&mut self) {
        self.discard();
    }
    /// Parts transcribed (or failed) since the last call, by the `id` given to `stop`.
    fn results(&mut self) -> Vec<Done>;
}

/// A part transcribed, or the sentence saying why it could not be, by the id it was sent under.
pub type Done = (u64, Result<Recorded, String>);

/// The background recorder for the full-screen app, or the one line saying why there is none: no
/// voice in this build, no model, or a model that is not a whisper.cpp model. The model file is
/// checked here (its headers only, a few milliseconds); whisper.cpp loads it on the worker thread.
#[cfg(not(feature = "voice"))]
pub fn live(_data: Option<&Path>) -> Result<Box<dyn LiveRecorder>, String> {
    Err(super::NOT_BUILT.to_string())
}

#[cfg(feature = "voice")]
pub fn live(data: Option<&Path>) -> Result<Box<dyn LiveRecorder>, String> {
    let model = super::model::find(data).ok_or_else(super::model::missing_message)?;
    super::model::check(&model).map_err(|e| e.to_string())?;
    Ok(Box::new(background::Background::new(
        model,
        data.map(Path::to_path_buf),
        source_for_this_computer(),
    )?))
}

/// The microphone, or the recording named by [`INPUT_ENV`] played in its place in real time, one
/// long answer through the parts, as a PSW would speak it.
#[cfg(feature = "voice")]
fn source_for_this_computer() -> Box<dyn super::capture::Source> {
    use super::capture::{CaptureFault, Microphone, PlayedThrough, Unavailable};
    match std::env::var_os(INPUT_ENV).filter(|v| !v.is_empty()) {
        Some(path) => match PlayedThrough::open(std::path::Path::new(&path), 1.0) {
            Ok(source) => Box::new(source),
            Err(why) => Box::new(Unavailable(CaptureFault::Other(why))),
        },
        None => Box::new(Microphone),
    }
}

#[cfg(feature = "voice")]
pub mod background;
#[cfg(feature = "voice")]
mod sound_file;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kept_recordings_are_those_named_after_the_session_in_order() {
        let data = tempfile::tempdir().unwrap();
        assert!(
            kept_recordings(data.path(), "s1").is_empty(),
            "no folder yet"
        );
        let dir = data.path().join(RECORDINGS_DIR);
        std::fs::create_dir(&dir).unwrap();
        for name in [
            "s1-q1-part2.wav",
            "s1-q1-part1.wav",
            "s10-q1-part1.wav",
            "s1-notes.txt",
        ] {
            std::fs::write(dir.join(name), b"").unwrap();
        }
        let names: Vec<String> = kept_recordings(data.path(), "s1")
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["s1-q1-part1.wav", "s1-q1-part2.wav"]);
    }

    #[test]
    fn kept_recordings_are_listed_in_the_order_they_were_said() {
        let data = tempfile::tempdir().unwrap();
        let dir = data.path().join(RECORDINGS_DIR);
        std::fs::create_dir(&dir).unwrap();
        for name in [
            "s1-q10-part1.wav",
            "s1-q1-follow-up1.wav",
            "s1-q2-part1.wav",
            "s1-q1-part3.wav",
            "s1-q1-part1-2.wav",
            "s1-q1-part1.wav",
        ] {
            std::fs::write(dir.join(name), b"").unwrap();
        }
        let names: Vec<String> = kept_recordings(data.path(), "s1")
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            [
                "s1-q1-part1.wav",
                "s1-q1-part1-2.wav",
                "s1-q1-part3.wav",
                "s1-q1-follow-up1.wav",
                "s1-q2-part1.wav",
                "s1-q10-part1.wav",
            ]
        );
    }
}
