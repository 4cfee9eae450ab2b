//! A recorded part's sound written to the data folder before it is transcribed, so nothing said
//! is lost, and what became of it told with the part's words: the same for the full-screen app's
//! background recorder and plain mode's.

use super::Recorded;
use std::path::PathBuf;

/// A part's words with what became of its sound: the file's place when it was written; when it
/// could not be, a fault only if the PSW asked to keep it; when the words could not be had, where
/// the sound is kept (or that it could not be).
pub(super) fn settle(
    result: Result<Recorded, String>,
    saved: Option<Result<PathBuf, String>>,
    wanted: bool,
) -> Result<Recorded, String> {
    match (result, saved) {
        (Ok(mut heard), Some(Ok(path))) => {
            heard.audio = Some(path);
            Ok(heard)
        }
        (Ok(mut heard), Some(Err(why))) if wanted => {
            let why = format!("{why} The words are transcribed as usual.");
            heard.fault = Some(match heard.fault.take() {
                Some(fault) => format!("{} {why}", crate::text::sentence(&fault)),
                None => why,
            });
            Ok(heard)
        }
        (Ok(heard), _) => Ok(heard),
        (Err(why), Some(Ok(path))) => Err(format!(
            "{} Its recording is kept, to transcribe later: {}",
            crate::text::sentence(&why),
            path.display()
        )),
        (Err(why), Some(Err(lost))) => Err(format!("{} {lost}", crate::text::sentence(&why))),
        (Err(why), None) => Err(why),
    }
}

/// Writes a part's sound to `path` (16 kHz mono, 16-bit), private to the PSW: 0600 in a 0700
/// folder, never through a symbolic link, never over another file (a second take of the same part
/// gets `-2`, `-3`...). The error is a sentence; the words are transcribed either way.
pub(super) fn keep(path: &std::path::Path, samples: &[f32]) -> Result<PathBuf, String> {
    let fail = |e: &std::io::Error| {
        format!(
            "The recording could not be kept: {}",
            crate::paths::plain_write_error(path, e)
        )
    };
    if let Some(dir) = path.parent() {
        crate::paths::ensure_private_dir(dir).map_err(|e| fail(&e))?;
    }
    let stem = path.with_extension("");
    for n in 1..100 {
        let candidate = if n == 1 {
            path.to_path_buf()
        } else {
            PathBuf::from(format!("{}-{n}.wav", stem.display()))
        };
        match crate::voice::audio::write_wav(&candidate, samples) {
            Ok(()) => return Ok(candidate),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => {
                let _ = std::fs::remove_file(&candidate);
                return Err(fail(&e));
            }
        }
    }
    Err(fail(&std::io::Error::other("too many takes of this part")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_kept_recording_is_private_and_a_second_take_never_replaces_the_first() {
        use std::os::unix::fs::PermissionsExt;
        let data = tempfile::tempdir().unwrap();
        let path = data.path().join("recordings").join("s1-q1-part1.wav");
        let sound = vec![0.1f32; 16_000];
        assert_eq!(keep(&path, &sound).unwrap(), path);
        let again = keep(&path, &sound).unwrap();
        assert_eq!(
            again,
            data.path().join("recordings").join("s1-q1-part1-2.wav")
        );
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&data.path().join("recordings")), 0o700);
        assert_eq!(crate::voice::audio::read_wav(&path).unwrap().len(), 16_000);
    }

    fn heard(words: &str) -> Recorded {
        Recorded {
            transcript: words.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_part_not_transcribed_says_where_its_sound_is_kept_and_a_failed_write_matters_only_if_asked()
     {
        let path = PathBuf::from("/data/recordings/s1-q1-part1.wav");
        let why = settle(
            Err("The voice model is damaged".into()),
            Some(Ok(path.clone())),
            false,
        )
        .unwrap_err();
        assert_eq!(
            why,
            "The voice model is damaged. Its recording is kept, to transcribe later: \
             /data/recordings/s1-q1-part1.wav"
        );
        let lost = settle(
            Err("The voice model is damaged".into()),
            Some(Err(
                "The recording could not be kept: the disk is full.".into()
            )),
            false,
        )
        .unwrap_err();
        assert!(
            lost.ends_with("could not be kept: the disk is full."),
            "{lost}"
        );
        let ok = settle(Ok(heard("We did.")), Some(Ok(path.clone())), false).unwrap();
        assert_eq!(
            ok.audio,
            Some(path),
            "the recorder removes it once the words are in"
        );
        let full = || {
            Some(Err(
                "The recording could not be kept: the disk is full.".to_string()
            ))
        };
        assert_eq!(
            settle(Ok(heard("We did.")), full(), false).unwrap().fault,
            None
        );
        assert_eq!(
            settle(Ok(heard("We did.")), full(), true)
                .unwrap()
                .fault
                .as_deref(),
            Some(
                "The recording could not be kept: the disk is full. The words are transcribed as \
                 usual."
            )
        );
    }

    #[test]
    fn a_recording_that_cannot_be_kept_says_so_and_names_the_place() {
        let data = tempfile::tempdir().unwrap();
        // A file where the folder should be: the folder cannot be made.
        std::fs::write(data.path().join("recordings"), b"").unwrap();
        let why = keep(&data.path().join("recordings").join("a.wav"), &[0.0; 100]).unwrap_err();
        assert!(why.starts_with("The recording could not be kept:"), "{why}");
        assert!(why.contains("recordings"), "names the place: {why}");
    }
}
