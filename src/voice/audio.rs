//! WAV in and out: any common rate, mono or stereo, 8 to 32-bit, to the 16 kHz mono samples that
//! Whisper and the voice-activity detector both take.

use std::fs::{File, OpenOptions};
use std::io::BufReader;
use std::path::Path;

/// Whisper and earshot both work at 16 kHz.
pub const SAMPLE_RATE: u32 = 16_000;
/// Far longer than any answer: a longer file is refused before it is read into memory.
pub const MAX_AUDIO_SECONDS: u32 = 30 * 60;

fn unreadable(path: &Path, why: impl std::fmt::Display) -> String {
    format!("{}: {why}", path.display())
}

/// Reads a WAV file as 16 kHz mono samples in [-1, 1]. Pipes and devices are refused without
/// waiting on them (see `paths::open_regular`).
pub fn read_wav(path: &Path) -> Result<Vec<f32>, String> {
    let file = crate::paths::open_regular(path).map_err(|e| unreadable(path, e.plain()))?;
    let reader = hound::WavReader::new(BufReader::new(file)).map_err(|e| {
        unreadable(
            path,
            format!("this is not a WAV sound file psw-coach can read ({e}); save the recording as WAV (16-bit PCM) and try again"),
        )
    })?;
    let spec = reader.spec();
    if !(8_000..=192_000).contains(&spec.sample_rate) || spec.channels == 0 {
        return Err(unreadable(
            path,
            format!(
                "a sample rate of {} Hz is not supported (8000 to 192000 Hz are)",
                spec.sample_rate
            ),
        ));
    }
    let seconds = reader.duration() / spec.sample_rate;
    if seconds > MAX_AUDIO_SECONDS {
        return Err(unreadable(
            path,
            format!(
                "this recording is {} minutes long; psw-coach takes answers of up to {} minutes",
                seconds / 60,
                MAX_AUDIO_SECONDS / 60
            ),
        ));
    }
    let damaged = |e: hound::Error| unreadable(path, format!("the sound data is damaged ({e})"));
    let interleaved: Vec<f32> = match spec.sample_format {
        hound::SampleFormat::Float => reader
            .into_samples::<f32>()
            .collect::<Result<_, _>>()
            .map_err(damaged)?,
        hound::SampleFormat::Int => {
            let scale = 1.0 / (1u64 << (spec.bits_per_sample - 1)) as f32;
            reader
                .into_samples::<i32>()
                .map(|s| s.map(|v| v as f32 * scale))
                .collect::<Result<_, _>>()
                .map_err(damaged)?
        }
    };
    let mono = to_mono(&interleaved, usize::from(spec.channels));
    Ok(resample(&mono, spec.sample_rate, SAMPLE_RATE))
}

fn to_mono(interleaved: &[f32], channels: usize) -> Vec<f32> {
    if channels == 1 {
        return interleaved.to_vec();
    }
    interleaved
        .chunks_exact(channels)
        .map(|frame| frame.iter().sum::<f32>() / channels as f32)
        .collect()
}

/// Band-limited resampling with a Hann-windowed sinc, cut off just below the lower Nyquist rate so
/// 44.1 and 48 kHz recordings do not fold high frequencies into the speech band.
pub fn resample(input: &[f32], from: u32, to: u32) -> Vec<f32> {
    if from == to || input.is_empty() {
        return input.to_vec();
    }
    const ZERO_CROSSINGS: f64 = 8.0;
    let ratio = f64::from(to) / f64::from(from);
    let cutoff = ratio.min(1.0) * 0.95;
    let half_width = ZERO_CROSSINGS / cutoff;
    let out_len = (input.len() as f64 * ratio).floor() as usize;
    let mut out = Vec::with_capacity(out_len);
    for n in 0..out_len {
        let centre = n as f64 / ratio;
        let first = ((centre - half_width).ceil().max(0.0)) as usize;
        let last = ((centre + half_width).floor() as usize).min(input.len() - 1);
        let mut acc = 0.0f64;
        for (k, &x) in input.iter().enumerate().take(last + 1).skip(first) {
            let t = k as f64 - centre;
            let arg = std::f64::consts::PI * t * cutoff;
            let sinc = if arg.abs() < 1e-9 {
                1.0
            } else {
                arg.sin() / arg
            };
            let window = 0.5 + 0.5 * (std::f64::consts::PI * t / half_width).cos();
            acc += f64::from(x) * sinc * window * cutoff;
        }
        out.push(acc as f32);
    }
    out
}

/// Writes 16 kHz mono samples as a 16-bit WAV file, private (0600), never over a file or through a
/// symbolic link.
pub fn write_wav(path: &Path, samples: &[f32]) -> std::io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    let file: File = options.open(path)?;
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: SAMPLE_RATE,
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let io = |e: hound::Error| match e {
        hound::Error::IoError(e) => e,
        other => std::io::Error::other(other.to_string()),
    };
    let mut writer = hound::WavWriter::new(std::io::BufWriter::new(file), spec).map_err(io)?;
    for &s in samples {
        writer
            .write_sample((s.clamp(-1.0, 1.0) * 32767.0) as i16)
            .map_err(io)?;
    }
    writer.finalize().map_err(io)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tone(rate: u32, hz: f32, seconds: f32) -> Vec<f32> {
        (0..(rate as f32 * seconds) as usize)
            .map(|i| 0.5 * (std::f32::consts::TAU * hz * i as f32 / rate as f32).sin())
            .collect()
    }

    fn write(path: &Path, rate: u32, channels: u16, samples: &[f32]) {
        let spec = hound::WavSpec {
            channels,
            sample_rate: rate,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let mut w = hound::WavWriter::create(path, spec).unwrap();
        for &s in samples {
            for _ in 0..channels {
                w.write_sample((s * 32767.0) as i16).unwrap();
            }
        }
        w.finalize().unwrap();
    }

    #[test]
    fn common_rates_and_stereo_come_out_as_16k_mono_of_the_same_length() {
        let dir = tempfile::tempdir().unwrap();
        for (rate, channels) in [
            (16_000, 1),
            (44_100, 2),
            (48_000, 1),
            (22_050, 1),
            (8_000, 1),
        ] {
            let p = dir.path().join(format!("{rate}-{channels}.wav"));
            write(&p, rate, channels, &tone(rate, 440.0, 1.0));
            let s = read_wav(&p).unwrap();
            assert!((s.len() as i64 - 16_000).abs() <= 1, "{rate}: {}", s.len());
            let peak = s[2000..14000].iter().fold(0f32, |m, x| m.max(x.abs()));
            assert!(
                (peak - 0.5).abs() < 0.03,
                "{rate} Hz keeps a 440 Hz tone's level: {peak}"
            );
        }
    }

    #[test]
    fn resampling_removes_what_16k_cannot_hold() {
        let s = resample(&tone(48_000, 12_000.0, 1.0), 48_000, 16_000);
        let peak = s[2000..14000].iter().fold(0f32, |m, x| m.max(x.abs()));
        assert!(
            peak < 0.02,
            "a 12 kHz tone must not fold into the speech band: {peak}"
        );
    }

    #[test]
    fn a_text_file_or_a_folder_gets_a_plain_sentence() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("answer.wav");
        std::fs::write(&p, "I set up a new panel").unwrap();
        assert!(read_wav(&p).unwrap_err().contains("not a WAV sound file"));
        assert!(read_wav(dir.path()).is_err());
        assert!(read_wav(&dir.path().join("none.wav")).is_err());
    }

    #[test]
    fn written_audio_is_private_and_never_overwrites() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.wav");
        write_wav(&p, &tone(16_000, 300.0, 0.5)).unwrap();
        assert_eq!(read_wav(&p).unwrap().len(), 8000);
        assert!(write_wav(&p, &[0.0]).is_err());
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
    }
}
