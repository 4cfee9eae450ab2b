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

/// Two threads on a two-core laptop, at most four anywhere: more makes whisper.cpp slower for
/// tiny.en, and the screen must keep a core.
fn threads() -> i32 {
    std::thread::available_parallelism()
        .map(|n| n.get().clamp(1, 4))
        .unwrap_or(2) as i32
}

/// Whisper's text as plain words: sound labels ("[BLANK_AUDIO]", "(music)") out, spaces single.
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
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sound_labels_and_spacing_are_tidied() {
        assert_eq!(
            clean(" [BLANK_AUDIO]  I set up  the panel. (coughs) It worked. "),
            "I set up the panel. It worked."
        );
    }
}
