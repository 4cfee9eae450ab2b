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
        None => status(data),
    }
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
        "Voice model: {} at {}\nLoads in {:.1} s; transcribes at about {:.2}x real time here, so a 3-minute answer takes about {:.0} s.\nEverything stays on this computer: nothing is sent anywhere.\n",
        t.info.summary(),
        path.display(),
        load,
        ratio,
        ratio * 180.0
    ))
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
    let transcript = transcriber.transcribe(&samples)?;
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
