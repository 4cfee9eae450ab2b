//! Recorded practice for the shells: start recording a part, stop it, get the words back with a few
//! lines of coaching on the delivery. The interface is always built; without the `voice` feature or
//! a model, [`recorder`] says in one line why, and the shell carries on with typed answers.

use std::path::Path;

/// A file to play instead of the microphone (tests, and trying recorded practice on a computer
/// without one): each part "hears" the whole of this recording, at once.
pub const INPUT_ENV: &str = "PSW_COACH_VOICE_INPUT";

/// One part heard and transcribed.
#[derive(Debug, Clone, PartialEq)]
pub struct Recorded {
    pub transcript: String,
    /// Speaking time, pace, pauses, fillers, softeners: a few plain lines.
    pub coaching: Vec<String>,
    /// Said when the microphone failed part-way: the words before it are still transcribed.
    pub fault: Option<String>,
}

/// Records one part at a time.
pub trait PartRecorder {
    /// Starts listening; a plain sentence when the microphone cannot be used.
    fn start(&mut self) -> Result<(), String>;
    /// Stops and transcribes what was heard (on this computer).
    fn finish(&mut self, target_seconds: Option<u32>) -> Result<Recorded, String>;
}

/// The recorder for this computer, or the one line saying why there is none.
#[cfg(not(feature = "voice"))]
pub fn recorder(_data: Option<&Path>) -> Result<Box<dyn PartRecorder>, String> {
    Err(super::NOT_BUILT.to_string())
}

#[cfg(feature = "voice")]
pub fn recorder(data: Option<&Path>) -> Result<Box<dyn PartRecorder>, String> {
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
impl PartRecorder for Live {
    fn start(&mut self) -> Result<(), String> {
        self.take = Some(self.source.start().map_err(|f| f.to_string())?);
        Ok(())
    }

    fn finish(&mut self, target_seconds: Option<u32>) -> Result<Recorded, String> {
        let take = self
            .take
            .take()
            .ok_or("Recording had not started, so there is nothing to transcribe.")?;
        let (samples, fault) = take.finish();
        let fault = fault.map(|f| f.to_string());
        if samples.len() < super::audio::SAMPLE_RATE as usize / 4 {
            return Err(fault.unwrap_or_else(|| "Nothing was recorded for this part.".into()));
        }
        let timing = super::vad::timing(&samples);
        let transcript = self.transcriber.transcribe(&samples)?;
        let answer =
            super::spoken::SpokenAnswer::new(&self.lexicon, transcript, timing, target_seconds);
        Ok(Recorded {
            coaching: answer.delivery_lines(),
            transcript: answer.transcript,
            fault,
        })
    }
}
