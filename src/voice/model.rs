//! The voice model: a whisper.cpp model file the PSW or their IT adds, kept privately in the data
//! folder. Checked here, in plain Rust, before whisper.cpp ever sees it: whisper.cpp trusts the
//! sizes written in the file, so a truncated or foreign file is refused with a sentence instead.

use std::fs::{self, File, OpenOptions};
use std::io::{self, BufReader, Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};

/// Set to a model file to use it instead of the data folder's (tests, and IT who keep one copy).
pub const MODEL_ENV: &str = "PSW_COACH_VOICE_MODEL";

const GGML_MAGIC: u32 = 0x6767_6d6c;
/// whisper.cpp's ggml tensor types that a Whisper model file uses: f32, f16, and the quantised ones.
const TENSOR_TYPES: &[(i32, u64, u64)] = &[
    // (type id, bytes per block, values per block)
    (0, 4, 1),   // f32
    (1, 2, 1),   // f16
    (2, 18, 32), // q4_0
    (3, 20, 32), // q4_1
    (6, 22, 32), // q5_0
    (7, 24, 32), // q5_1
    (8, 34, 32), // q8_0
];
/// Larger than any Whisper model (large-v3 in f16 is about 3.1 GB).
const MAX_MODEL_BYTES: u64 = 4_000_000_000;

/// What the file says about itself.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelInfo {
    pub bytes: u64,
    pub vocab: i32,
    pub audio_layers: i32,
    pub text_state: i32,
    pub tensors: usize,
}

impl ModelInfo {
    /// "tiny.en", "base", ... from the layer count and vocabulary, as whisper.cpp names them.
    pub fn name(&self) -> String {
        let size = match (self.audio_layers, self.text_state) {
            (4, _) => "tiny",
            (6, _) => "base",
            (12, _) => "small",
            (24, _) => "medium",
            (32, 1280) => "large",
            _ => "unknown size",
        };
        // English-only models have 51864 tokens; the multilingual ones 51865 or more.
        let english = if self.vocab == 51864 { ".en" } else { "" };
        format!("{size}{english}")
    }

    pub fn summary(&self) -> String {
        format!(
            "Whisper {} ({} MB)",
            self.name(),
            (self.bytes as f64 / 1e6).round()
        )
    }
}

/// Why a model file cannot be used, in words a PSW or their IT can act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ModelProblem(pub String);

impl std::fmt::Display for ModelProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn problem(path: &Path, why: impl std::fmt::Display) -> ModelProblem {
    ModelProblem(format!("{}: {why}", path.display()))
}

const NOT_A_MODEL: &str = "this is not a whisper.cpp model file (ggml-tiny.en.bin or ggml-base.en.bin is what is needed; scripts/voice-model builds one)";
const DAMAGED: &str = "this model file is damaged or cut short: copy it again, or build a new one with scripts/voice-model";

/// Reads the header and walks every tensor's header, checking the sizes add up to the file's length.
/// Refuses special files (a FIFO would hang) and anything far too large to be a model.
pub fn check(path: &Path) -> Result<ModelInfo, ModelProblem> {
    // Each refusal says what to do next, in words ("not a regular file" was a programmer's).
    let meta = fs::metadata(path).map_err(|e| match e.kind() {
        io::ErrorKind::NotFound => problem(
            path,
            "there is no such file: check its name and the folder it is in",
        ),
        _ => problem(path, plain_io(&e)),
    })?;
    if meta.is_dir() {
        return Err(problem(
            path,
            "this is a folder: give the model file itself (such as ggml-tiny.en.bin)",
        ));
    }
    if !meta.is_file() {
        return Err(problem(
            path,
            "this is not an ordinary file (a pipe or a device): copy the model into a file, then \
             add that",
        ));
    }
    let bytes = meta.len();
    if bytes > MAX_MODEL_BYTES {
        return Err(problem(
            path,
            "this file is far too large to be a voice model (ggml-tiny.en.bin is about 78 MB, \
             ggml-base.en.bin about 148 MB): check it is the model file",
        ));
    }
    let file = File::open(path).map_err(|e| problem(path, plain_io(&e)))?;
    let mut r = BufReader::new(file);
    let read_i32 = |r: &mut BufReader<File>| -> Result<i32, ModelProblem> {
        let mut b = [0u8; 4];
        r.read_exact(&mut b).map_err(|_| problem(path, DAMAGED))?;
        Ok(i32::from_le_bytes(b))
    };
    if read_i32(&mut r)? as u32 != GGML_MAGIC {
        return Err(problem(path, NOT_A_MODEL));
    }
    let mut hp = [0i32; 11];
    for h in hp.iter_mut() {
        *h = read_i32(&mut r)?;
    }
    let [
        vocab,
        audio_ctx,
        audio_state,
        _,
        audio_layers,
        text_ctx,
        text_state,
        _,
        _,
        mels,
        _,
    ] = hp;
    let sane = (51_000..=52_000).contains(&vocab)
        && audio_ctx == 1500
        && text_ctx == 448
        && (1..=64).contains(&audio_layers)
        && (64..=4096).contains(&audio_state)
        && (64..=4096).contains(&text_state)
        && (mels == 80 || mels == 128);
    if !sane {
        return Err(problem(path, NOT_A_MODEL));
    }
    let mut pos: u64 = 4 + 44;
    let n_mel = read_i32(&mut r)?;
    let n_fft = read_i32(&mut r)?;
    if n_mel != mels || n_fft != 201 {
        return Err(problem(path, DAMAGED));
    }
    pos += 8 + 4 * (n_mel as u64) * (n_fft as u64);
    r.seek(SeekFrom::Start(pos))
        .map_err(|_| problem(path, DAMAGED))?;
    let n_vocab = read_i32(&mut r)?;
    pos += 4;
    if !(0..=vocab).contains(&n_vocab) {
        return Err(problem(path, DAMAGED));
    }
    for _ in 0..n_vocab {
        let len = read_i32(&mut r)?;
        if !(0..=256).contains(&len) {
            return Err(problem(path, DAMAGED));
        }
        r.seek_relative(i64::from(len))
            .map_err(|_| problem(path, DAMAGED))?;
        pos += 4 + len as u64;
    }
    let mut tensors = 0;
    while pos < bytes {
        let n_dims = read_i32(&mut r)?;
        let name_len = read_i32(&mut r)?;
        let ttype = read_i32(&mut r)?;
        if !(1..=4).contains(&n_dims) || !(1..=128).contains(&name_len) {
            return Err(problem(path, DAMAGED));
        }
        let mut count: u64 = 1;
        for _ in 0..n_dims {
            let d = read_i32(&mut r)?;
            if d <= 0 {
                return Err(problem(path, DAMAGED));
            }
            count = count.saturating_mul(d as u64);
        }
        let Some(&(_, block_bytes, block_len)) = TENSOR_TYPES.iter().find(|t| t.0 == ttype) else {
            return Err(problem(path, DAMAGED));
        };
        let data = count / block_len * block_bytes;
        pos += 12 + 4 * n_dims as u64 + name_len as u64 + data;
        if pos > bytes {
            return Err(problem(path, DAMAGED));
        }
        r.seek(SeekFrom::Start(pos))
            .map_err(|_| problem(path, DAMAGED))?;
        tensors += 1;
    }
    // Whisper has 7 encoder tensors outside its layers, 4 decoder ones, and 15 and 24 a layer.
    let text_layers = hp[8];
    let expected = 7 + 15 * audio_layers as usize + 4 + 24 * text_layers as usize;
    if pos != bytes || tensors != expected {
        return Err(problem(path, DAMAGED));
    }
    Ok(ModelInfo {
        bytes,
        vocab,
        audio_layers,
        text_state,
        tensors,
    })
}

/// Where `voice add` keeps the model: `<data>/voice/model.bin`.
pub fn installed_path(data_dir: &Path) -> PathBuf {
    data_dir.join("voice").join("model.bin")
}

/// The model in use: [`MODEL_ENV`] if set, else the data folder's. `None` when there is none.
pub fn find(data_dir: Option<&Path>) -> Option<PathBuf> {
    if let Some(p) = std::env::var_os(MODEL_ENV).filter(|p| !p.is_empty()) {
        return Some(PathBuf::from(p));
    }
    let p = installed_path(data_dir?);
    fs::symlink_metadata(&p).is_ok().then_some(p)
}

/// The one line said when there is no model yet.
pub fn missing_message() -> String {
    "No voice model has been added yet, so spoken answers cannot be transcribed. Build one with \
     scripts/voice-model (see docs/voice.md) or ask IT for ggml-tiny.en.bin, then run: psw-coach \
     voice add FILE"
        .to_string()
}

/// Checks `source` and copies it privately (0600, in a 0700 folder) into the data folder, replacing
/// an older model in one step: written to a temporary file, flushed, then renamed over. Nothing is
/// written through a symbolic link.
pub fn add(data_dir: &Path, source: &Path) -> Result<(PathBuf, ModelInfo), ModelProblem> {
    let info = check(source)?;
    let dir = data_dir.join("voice");
    crate::paths::ensure_private_dir(&dir).map_err(|e| problem(&dir, plain_io(&e)))?;
    if fs::symlink_metadata(&dir).is_ok_and(|m| m.file_type().is_symlink()) {
        return Err(problem(
            &dir,
            "this is a symbolic link; psw-coach keeps the model only in a real folder",
        ));
    }
    let target = installed_path(data_dir);
    if fs::symlink_metadata(&target).is_ok_and(|m| !m.is_file()) {
        return Err(problem(
            &target,
            "something other than a file is in the way; remove it and try again",
        ));
    }
    let temp = dir.join(format!(".model.bin.{}.tmp", std::process::id()));
    let result = copy_private(source, &temp).and_then(|()| fs::rename(&temp, &target));
    if let Err(e) = result {
        let _ = fs::remove_file(&temp);
        return Err(problem(&target, plain_io(&e)));
    }
    Ok((target, info))
}

fn copy_private(source: &Path, temp: &Path) -> io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600).custom_flags(libc::O_NOFOLLOW);
    }
    let mut out = options.open(temp)?;
    let mut input = File::open(source)?;
    io::copy(&mut input, &mut out)?;
    out.flush()?;
    out.sync_all()
}

/// A system error in words ("the disk is full"), not "No space left on device (os error 28)".
pub fn plain_io(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => "there is no such file".into(),
        io::ErrorKind::PermissionDenied => "permission was refused".into(),
        io::ErrorKind::StorageFull => "the disk is full: free some space and try again".into(),
        io::ErrorKind::IsADirectory => "this is a folder, not a file".into(),
        _ => e.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A tiny but well-formed whisper.cpp file: one encoder and one decoder layer of 8-wide f32
    /// tensors, so the checker's walk is tested without a 78 MB model.
    pub(crate) fn fake_model(layers: i32) -> Vec<u8> {
        let mut b = Vec::new();
        let mut w = |v: i32| b.extend_from_slice(&v.to_le_bytes());
        w(GGML_MAGIC as i32);
        for h in [51864, 1500, 64, 1, layers, 448, 64, 1, layers, 80, 1] {
            w(h);
        }
        w(80);
        w(201);
        let mut b2 = b;
        b2.extend(std::iter::repeat_n(0u8, 4 * 80 * 201));
        b2.extend_from_slice(&2i32.to_le_bytes());
        for tok in ["a", "b"] {
            b2.extend_from_slice(&(tok.len() as i32).to_le_bytes());
            b2.extend_from_slice(tok.as_bytes());
        }
        let tensors = 7 + 15 * layers + 4 + 24 * layers;
        for i in 0..tensors {
            let name = format!("t{i}");
            for v in [1, name.len() as i32, 0, 8] {
                b2.extend_from_slice(&v.to_le_bytes());
            }
            b2.extend_from_slice(name.as_bytes());
            b2.extend(std::iter::repeat_n(0u8, 32));
        }
        b2
    }

    #[test]
    fn a_well_formed_file_is_named_by_its_size_and_language() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.bin");
        fs::write(&p, fake_model(4)).unwrap();
        let info = check(&p).unwrap();
        assert_eq!(info.name(), "tiny.en");
        assert_eq!(info.tensors, 7 + 60 + 4 + 96);
    }

    #[test]
    fn cut_short_foreign_and_special_files_are_refused_in_words() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("m.bin");
        let mut good = fake_model(4);
        good.truncate(good.len() - 10);
        fs::write(&p, &good).unwrap();
        assert!(check(&p).unwrap_err().0.contains("damaged or cut short"));
        fs::write(&p, b"RIFF....WAVEfmt this is a sound file").unwrap();
        assert!(check(&p).unwrap_err().0.contains("not a whisper.cpp model"));
        // Walk 6: each says what to do, not "not a regular file".
        let folder = check(dir.path()).unwrap_err().0;
        assert!(
            folder.contains("this is a folder: give the model file itself"),
            "{folder}"
        );
        let missing = check(&dir.path().join("nothing.bin")).unwrap_err();
        assert!(
            missing
                .0
                .contains("there is no such file: check its name and the folder it is in"),
            "{missing}"
        );
        let huge = dir.path().join("huge.bin");
        File::create(&huge)
            .unwrap()
            .set_len(MAX_MODEL_BYTES + 1)
            .unwrap();
        let huge = check(&huge).unwrap_err().0;
        assert!(huge.contains("check it is the model file"), "{huge}");
        #[cfg(unix)]
        {
            let fifo = dir.path().join("pipe");
            assert!(
                std::process::Command::new("mkfifo")
                    .arg(&fifo)
                    .status()
                    .unwrap()
                    .success()
            );
            let fifo = check(&fifo).unwrap_err().0;
            assert!(fifo.contains("copy the model into a file"), "{fifo}");
        }
    }

    #[test]
    fn add_copies_privately_and_replaces_an_older_model() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("ggml.bin");
        fs::write(&src, fake_model(4)).unwrap();
        let data = dir.path().join("data");
        let (path, _) = add(&data, &src).unwrap();
        assert_eq!(fs::read(&path).unwrap(), fake_model(4));
        fs::write(&src, fake_model(6)).unwrap();
        let (_, info) = add(&data, &src).unwrap();
        assert_eq!(info.name(), "base.en");
        assert_eq!(fs::read(&path).unwrap(), fake_model(6));
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode(&path), 0o600);
            assert_eq!(mode(path.parent().unwrap()), 0o700);
        }
        let leftovers = fs::read_dir(path.parent().unwrap()).unwrap().count();
        assert_eq!(leftovers, 1, "no temporary file is left behind");
    }

    #[cfg(unix)]
    #[test]
    fn add_never_writes_through_a_symbolic_link() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("ggml.bin");
        fs::write(&src, fake_model(4)).unwrap();
        let data = dir.path().join("data");
        let elsewhere = dir.path().join("elsewhere");
        fs::create_dir_all(&data).unwrap();
        fs::create_dir_all(&elsewhere).unwrap();
        std::os::unix::fs::symlink(&elsewhere, data.join("voice")).unwrap();
        let err = add(&data, &src).unwrap_err();
        assert!(err.0.contains("symbolic link"), "{err}");
        assert_eq!(fs::read_dir(&elsewhere).unwrap().count(), 0);
    }

    #[test]
    fn a_corrupt_model_is_refused_before_anything_is_copied() {
        let dir = tempfile::tempdir().unwrap();
        let src = dir.path().join("bad.bin");
        fs::write(&src, b"not a model").unwrap();
        let data = dir.path().join("data");
        assert!(add(&data, &src).is_err());
        assert!(!installed_path(&data).exists());
    }
}
