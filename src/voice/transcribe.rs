//! Speech to text on this laptop, with whisper.cpp (through `whisper-rs`). Nothing leaves the
//! machine: the model is a local file and whisper.cpp makes no network calls.

use super::model::{self, ModelInfo};
use std::path::{Path, PathBuf};
use whisper_rs::{FullParams, SamplingStrategy, WhisperContext, WhisperContextParameters};

/// Whisper keeps "um" and "er" far more often when its prompt shows them: without this it tidies
/// them away, and the coach could not count fillers.
const FILLER_PROMPT: &str =
    "Um, so, er, we set up the, you know, the new panel. Like, I mean, it worked.";

/// A loaded model, ready to transcribe. Loading takes a fraction of a second for tiny.en; keep one
/// for a whole rehearsal.
pub struct Transcriber {
    context: WhisperContext,
    pub info: ModelInfo,
    pub path: PathBuf,
    threads: i32,
}

impl Transcriber {
    /// Checks the file (see [`model::check`]) and loads it. Errors are sentences a PSW can act on.
    pub fn load(path: &Path) -> Result<Transcriber, String> {
        let info = model::check(path).map_err(|e| e.to_string())?;
        // whisper.cpp writes its loading chatter to stderr, which would scribble over the screen.
        whisper_rs::install_logging_hooks();
        let mut params = WhisperContextParameters::default();
        params.use_gpu(false);
        let context = WhisperContext::new_with_params(path, params).map_err(|e| {
            format!(
                "{}: whisper.cpp could not load this model ({e}); copy it again or build a new one with scripts/voice-model",
                path.display()
            )
        })?;
        Ok(Transcriber {
            context,
            info,
            path: path.to_path_buf(),
            threads: threads(),
        })
    }

    /// Transcribes on `n` threads (at least one) instead of one a core.
    pub fn with_threads(mut self, n: usize) -> Transcriber {
        self.threads = i32::try_from(n.clamp(1, 4)).unwrap_or(1);
        self
    }

    /// The model in use (see [`model::find`]), loaded; or the plain sentence saying there is none.
    pub fn find(data_dir: Option<&Path>) -> Result<Transcriber, String> {
        let path = model::find(data_dir).ok_or_else(model::missing_message)?;
        Transcriber::load(&path)
    }

    /// The words said in a recording whose delivery was measured as `timing`: none, without
    /// asking whisper.cpp, when nothing was heard at all (see [`nothing_to_hear`]).
    pub fn words(
        &self,
        samples: &[f32],
        timing: &super::delivery::Timing,
    ) -> Result<String, String> {
        if nothing_to_hear(samples, timing) {
            return Ok(String::new());
        }
        self.transcribe(samples)
    }

    /// The words said in `samples` (16 kHz mono). Bracketed sound labels such as "[BLANK_AUDIO]" are
    /// dropped: they are not words the PSW said.
    pub fn transcribe(&self, samples: &[f32]) -> Result<String, String> {
        let mut state = self
            .context
            .create_state()
            .map_err(|e| format!("could not start transcribing ({e})"))?;
        let mut params = FullParams::new(SamplingStrategy::Greedy { best_of: 1 });
        params.set_n_threads(self.threads);
        params.set_language(Some("en"));
        params.set_print_special(false);
        params.set_print_progress(false);
        params.set_print_realtime(false);
        params.set_print_timestamps(false);
        params.set_suppress_blank(true);
        params.set_initial_prompt(FILLER_PROMPT);
        // whisper.cpp refuses less than a second; a click of the key is padded with silence.
        let mut padded;
        let audio = if samples.len() < 16_000 + 1600 {
            padded = samples.to_vec();
            padded.resize(16_000 + 1600, 0.0);
            &padded[..]
        } else {
            samples
        };
        state
            .full(params, audio)
            .map_err(|e| format!("transcription failed ({e})"))?;
        let mut text = String::new();
        for segment in state.as_iter() {
            if let Ok(s) = segment.to_str_lossy() {
                text.push_str(&s);
                text.push(' ');
            }
        }
        Ok(clean(&text))
    }
}

/// Quieter than this everywhere (-40 dBFS) is no voice at a microphone: a muted one, or the
/// silence a recording ends in.
const QUIET_PEAK: f32 = 0.01;

/// True when a recording has nothing to transcribe: the voice-activity detector heard no speech
/// and no sample is louder than [`QUIET_PEAK`]. whisper.cpp spends minutes on such a recording
/// (one second of digital silence took 3.5 minutes on two busy cores, walk 6) before finding no
/// words, holding up the parts after it and a save waiting for them. Anything louder, or any
/// voice heard, still goes to whisper.cpp, so quiet speech is never dropped unheard.
pub fn nothing_to_hear(samples: &[f32], timing: &super::delivery::Timing) -> bool {
    timing.speaking_seconds == 0.0 && samples.iter().all(|s| s.abs() < QUIET_PEAK)
}

/// Two threads on a two-core laptop, at most four anywhere: more makes whisper.cpp slower for
/// tiny.en, and the screen must keep a core.
fn threads() -> i32 {
    std::thread::available_parallelism()
        .map(|n| n.get().clamp(1, 4))
        .unwrap_or(2) as i32
}

/// Whisper's text as plain words: sound labels ("[BLANK_AUDIO]", "(music)") out, spaces single,
/// in British spelling with its numbers as figures (see `voice::tidy`).
pub fn clean(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '[' | '(' => depth += 1,
            ']' | ')' if depth > 0 => depth -= 1,
            _ if depth == 0 => out.push(c),
            _ => {}
        }
    }
    super::tidy::tidy(&out.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn silence_or_a_faint_hiss_with_no_voice_has_nothing_to_hear_and_speech_has() {
        let none = |samples: &[f32]| nothing_to_hear(samples, &crate::voice::vad::timing(samples));
        assert!(none(&vec![0.0; 16_000]), "digital silence");
        let hiss: Vec<f32> = (0..16_000)
            .map(|i| if i % 2 == 0 { 0.002 } else { -0.002 })
            .collect();
        assert!(none(&hiss), "a faint hiss");
        // Loud enough to be anything: whisper.cpp is asked, even with no voice detected.
        let thump: Vec<f32> = (0..16_000)
            .map(|i| if i == 800 { 0.5 } else { 0.0 })
            .collect();
        assert!(!none(&thump));
        // Voice heard, however quiet the rest: asked.
        let timing = crate::voice::delivery::timing(&[true; 100], 0.016);
        assert!(!nothing_to_hear(&vec![0.0; 16_000], &timing));
    }

    #[test]
    fn sound_labels_and_spacing_are_tidied() {
        assert_eq!(
            clean(" [BLANK_AUDIO]  I set up  the panel. (coughs) It worked. "),
            "I set up the panel. It worked."
        );
        // Walk 6, row 12: whisper's American spellings and half-worded numbers.
        assert_eq!(
            clean("[BLANK_AUDIO] We cut authorizations from 200 and 10 to 40 at the center."),
            "We cut authorisations from 210 to 40 at the centre."
        );
    }
}
