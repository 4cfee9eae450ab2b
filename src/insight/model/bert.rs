//! all-MiniLM-L6-v2's forward pass, written out by hand (the same steps as
//! scripts/model/minilm.py): token and position embeddings, six BERT encoder layers, mean pooling
//! over each clause's tokens, then scaling to length 1. Reads the file scripts/reader-model writes.

use super::mapped::Bytes;
use super::tokenizer::{MAX_TOKENS, Vocab};
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, PoisonError};

pub const HIDDEN: usize = 384;
const LAYERS: usize = 6;
const HEADS: usize = 12;
const HEAD: usize = HIDDEN / HEADS;
const INTER: usize = 1536;
const VOCAB: usize = 30522;
const POSITIONS: usize = 512;
const MAGIC: &[u8] = b"PSWMLM01";
const EPS: f32 = 1e-12;
/// An answer of fewer tokens than this is read in one run on one thread (a thread costs more than
/// it saves); a longer one is cut into runs of at least this many tokens, about four in all, so that
/// two threads share them and one thread can do most if the other starts late.
pub(super) const RUN_TOKENS: usize = 48;
const RUNS: usize = 4;

struct Layer {
    query: Linear,
    key: Linear,
    value: Linear,
    attention_out: Linear,
    attention_norm: Norm,
    inter: Linear,
    out: Linear,
    out_norm: Norm,
}

/// A dense layer. PyTorch keeps its weight as `outputs` rows of `inputs`; here it is held transposed
/// (`inputs` rows of `outputs`), so that the matrix product's packing of it copies whole runs
/// instead of gathering one number from each of 16 rows: that gather was over half the model's time.
struct Linear {
    weight_t: Vec<f32>,
    bias: Vec<f32>,
    inputs: usize,
    outputs: usize,
}

struct Norm {
    weight: Vec<f32>,
    bias: Vec<f32>,
}

pub struct Bert {
    pub vocab: Vocab,
    /// The whole file as read; the word embeddings stay there as float16 (23 MB), and only the rows
    /// an answer uses are widened.
    file: Bytes,
    words_at: usize,
    positions: Vec<f32>,
    token_type: Vec<f32>,
    embed_norm: Norm,
    layers: Vec<Layer>,
}

/// Reads the tensors of the file in the order scripts/reader-model writes them, checking each
/// name and shape.
struct Reader<'a> {
    data: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self.at.checked_add(n).filter(|&e| e <= self.data.len());
        let end = end.ok_or("the reader model file is cut short")?;
        let out = &self.data[self.at..end];
        self.at = end;
        Ok(out)
    }

    /// The next `N` bytes as an array (the slice `take` gives is exactly `N` long).
    fn array<const N: usize>(&mut self) -> Result<[u8; N], String> {
        self.take(N)?
            .try_into()
            .map_err(|_| "the reader model file could not be read".to_string())
    }

    fn u32(&mut self) -> Result<u32, String> {
        Ok(u32::from_le_bytes(self.array()?))
    }

    /// The float16 bytes of the next tensor, which must be `name` with `shape`.
    fn tensor(&mut self, name: &str, shape: &[usize]) -> Result<&'a [u8], String> {
        let len = u16::from_le_bytes(self.array()?) as usize;
        let got = String::from_utf8_lossy(self.take(len)?).into_owned();
        let dims = self.take(1)?[0] as usize;
        let mut got_shape = Vec::new();
        for _ in 0..dims {
            got_shape.push(self.u32()? as usize);
        }
        if got != name || got_shape != shape {
            return Err(format!(
                "the reader model file has {got} {got_shape:?} where {name} {shape:?} belongs"
            ));
        }
        self.take(shape.iter().product::<usize>() * 2)
    }

    fn f32s(&mut self, name: &str, shape: &[usize]) -> Result<Vec<f32>, String> {
        Ok(self
            .tensor(name, shape)?
            .chunks_exact(2)
            .map(|b| f16_to_f32(u16::from_le_bytes([b[0], b[1]])))
            .collect())
    }

    fn linear(&mut self, name: &str, outputs: usize, inputs: usize) -> Result<Linear, String> {
        let weight = self.f32s(&format!("{name}.weight"), &[outputs, inputs])?;
        // Transposed in tiles, so that both sides stay in cache (a plain double loop doubled the
        // load time).
        const TILE: usize = 32;
        let mut weight_t = vec![0f32; inputs * outputs];
        for o0 in (0..outputs).step_by(TILE) {
            for i0 in (0..inputs).step_by(TILE) {
                for o in o0..(o0 + TILE).min(outputs) {
                    for i in i0..(i0 + TILE).min(inputs) {
                        weight_t[i * outputs + o] = weight[o * inputs + i];
                    }
                }
            }
        }
        Ok(Linear {
            weight_t,
            bias: self.f32s(&format!("{name}.bias"), &[outputs])?,
            inputs,
            outputs,
        })
    }

    fn norm(&mut self, name: &str) -> Result<Norm, String> {
        Ok(Norm {
            weight: self.f32s(&format!("{name}.weight"), &[HIDDEN])?,
            bias: self.f32s(&format!("{name}.bias"), &[HIDDEN])?,
        })
    }
}

impl Bert {
    pub fn from_bytes(file: impl Into<Bytes>) -> Result<Bert, String> {
        let file: Bytes = file.into();
        let data = &file[..];
        let mut r = Reader { data, at: 0 };
        if r.take(MAGIC.len())? != MAGIC {
            return Err("not a reader model file (made by scripts/reader-model)".into());
        }
        let vocab_len = r.u32()? as usize;
        let vocab = std::str::from_utf8(r.take(vocab_len)?)
            .map_err(|_| "the reader model's vocabulary is not UTF-8")?;
        let vocab = Vocab::from_lines(vocab)?;
        if vocab.len() != VOCAB {
            return Err(format!(
                "the reader model's vocabulary has {} words",
                vocab.len()
            ));
        }
        let _count = r.u32()?;
        let words_len = r
            .tensor("embeddings.word_embeddings.weight", &[VOCAB, HIDDEN])?
            .len();
        let words_at = r.at - words_len;
        let positions = r.f32s(
            "embeddings.position_embeddings.weight",
            &[POSITIONS, HIDDEN],
        )?;
        let mut token_type = r.f32s("embeddings.token_type_embeddings.weight", &[2, HIDDEN])?;
        token_type.truncate(HIDDEN);
        let embed_norm = r.norm("embeddings.LayerNorm")?;
        let mut layers = Vec::with_capacity(LAYERS);
        for i in 0..LAYERS {
            let p = format!("encoder.layer.{i}.");
            layers.push(Layer {
                query: r.linear(&format!("{p}attention.self.query"), HIDDEN, HIDDEN)?,
                key: r.linear(&format!("{p}attention.self.key"), HIDDEN, HIDDEN)?,
                value: r.linear(&format!("{p}attention.self.value"), HIDDEN, HIDDEN)?,
                attention_out: r.linear(&format!("{p}attention.output.dense"), HIDDEN, HIDDEN)?,
                attention_norm: r.norm(&format!("{p}attention.output.LayerNorm"))?,
                inter: r.linear(&format!("{p}intermediate.dense"), INTER, HIDDEN)?,
                out: r.linear(&format!("{p}output.dense"), HIDDEN, INTER)?,
                out_norm: r.norm(&format!("{p}output.LayerNorm"))?,
            });
        }
        if r.at != data.len() {
            return Err("the reader model file has bytes after its last tensor".into());
        }
        Ok(Bert {
            vocab,
            file,
            words_at,
            positions,
            token_type,
            embed_norm,
            layers,
        })
    }

    /// One embedding (length 1) per text. Each text (a clause) is read on its own, so the texts are
    /// cut into runs of about a quarter of the tokens each, and two threads take runs in turn until
    /// none is left: one spawn per answer, and if the machine is busy and the second thread starts
    /// late, the first has simply done more of the runs (a thread per matrix product waited on the
    /// busy machine 36 times per answer).
    pub fn embed(&self, texts: &[String]) -> Vec<Vec<f32>> {
        let ids: Vec<Vec<u32>> = texts.iter().map(|t| self.vocab.encode(t)).collect();
        let runs = runs(&ids);
        if runs.len() == 1 {
            return self.embed_ids(&ids);
        }
        let next = AtomicUsize::new(0);
        let done = Mutex::new(vec![Vec::new(); runs.len()]);
        let work = || {
            loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(run) = runs.get(i) else { break };
                let e = self.embed_ids(&ids[run.clone()]);
                // A poisoned lock means the other thread panicked, and the scope below passes that
                // panic on anyway; the runs already written are whole, so the data is still good.
                done.lock().unwrap_or_else(PoisonError::into_inner)[i] = e;
            }
        };
        std::thread::scope(|s| {
            s.spawn(work);
            work();
        });
        let done = done.into_inner().unwrap_or_else(PoisonError::into_inner);
        done.into_iter().flatten().collect()
    }

    /// One embedding per token sequence, the sequences run through each layer together (their
    /// rows one after another, no padding; attention stays within each sequence).
    pub(super) fn embed_ids(&self, ids: &[Vec<u32>]) -> Vec<Vec<f32>> {
        let rows: usize = ids.iter().map(Vec::len).sum();
        let mut x = Vec::with_capacity(rows * HIDDEN);
        for seq in ids {
            for (pos, &id) in seq.iter().enumerate().take(MAX_TOKENS) {
                let at = self.words_at + id as usize * HIDDEN * 2;
                let word = &self.file[at..at + HIDDEN * 2];
                let place = &self.positions[pos * HIDDEN..(pos + 1) * HIDDEN];
                x.extend((0..HIDDEN).map(|j| {
                    f16_to_f32(u16::from_le_bytes([word[2 * j], word[2 * j + 1]]))
                        + place[j]
                        + self.token_type[j]
                }));
            }
        }
        layer_norm(&mut x, &self.embed_norm);
        let spans: Vec<(usize, usize)> = ids
            .iter()
            .scan(0, |at, s| {
                let span = (*at, s.len());
                *at += s.len();
                Some(span)
            })
            .collect();
        for layer in &self.layers {
            x = layer.forward(&x, rows, &spans);
        }
        spans
            .iter()
            .map(|&(start, n)| {
                let mut e = vec![0f32; HIDDEN];
                for r in start..start + n {
                    for (a, b) in e.iter_mut().zip(&x[r * HIDDEN..(r + 1) * HIDDEN]) {
                        *a += b;
                    }
                }
                let norm = e.iter().map(|v| (v / n as f32).powi(2)).sum::<f32>().sqrt();
                e.iter().map(|v| v / n as f32 / norm.max(1e-12)).collect()
            })
            .collect()
    }
}

impl Layer {
    fn forward(&self, x: &[f32], rows: usize, spans: &[(usize, usize)]) -> Vec<f32> {
        let q = self.query.apply(x, rows);
        let k = self.key.apply(x, rows);
        let v = self.value.apply(x, rows);
        let mut context = vec![0f32; rows * HIDDEN];
        let scale = 1.0 / (HEAD as f32).sqrt();
        for &(start, n) in spans {
            let mut scores = vec![0f32; n * n];
            for h in 0..HEADS {
                let at = start * HIDDEN + h * HEAD;
                // scores = q_h k_h^T / sqrt(32), over this clause's tokens only.
                unsafe {
                    matrixmultiply::sgemm(
                        n,
                        HEAD,
                        n,
                        scale,
                        q[at..].as_ptr(),
                        HIDDEN as isize,
                        1,
                        k[at..].as_ptr(),
                        1,
                        HIDDEN as isize,
                        0.0,
                        scores.as_mut_ptr(),
                        n as isize,
                        1,
                    );
                }
                for row in scores.chunks_exact_mut(n) {
                    let top = row.iter().copied().fold(f32::NEG_INFINITY, f32::max);
                    let mut sum = 0.0;
                    for s in row.iter_mut() {
                        *s = (*s - top).exp();
                        sum += *s;
                    }
                    row.iter_mut().for_each(|s| *s /= sum);
                }
                // context_h = softmax(scores) v_h, written into this head's columns.
                unsafe {
                    matrixmultiply::sgemm(
                        n,
                        n,
                        HEAD,
                        1.0,
                        scores.as_ptr(),
                        n as isize,
                        1,
                        v[at..].as_ptr(),
                        HIDDEN as isize,
                        1,
                        0.0,
                        context[at..].as_mut_ptr(),
                        HIDDEN as isize,
                        1,
                    );
                }
            }
        }
        let mut attended = self.attention_out.apply(&context, rows);
        attended.iter_mut().zip(x).for_each(|(a, b)| *a += b);
        layer_norm(&mut attended, &self.attention_norm);
        let mut inner = self.inter.apply(&attended, rows);
        inner.iter_mut().for_each(|v| *v = gelu(*v));
        let mut out = self.out.apply(&inner, rows);
        out.iter_mut().zip(&attended).for_each(|(a, b)| *a += b);
        layer_norm(&mut out, &self.out_norm);
        out
    }
}

impl Linear {
    /// x (rows by inputs) times weight, plus bias.
    fn apply(&self, x: &[f32], rows: usize) -> Vec<f32> {
        assert_eq!(x.len(), rows * self.inputs);
        // Sized once: collecting a flat_map grew the vector by doubling, copying it each time.
        let mut y = Vec::with_capacity(rows * self.outputs);
        for _ in 0..rows {
            y.extend_from_slice(&self.bias);
        }
        self.product(x, &mut y);
        y
    }

    /// y += x times weight transposed, for as many rows as x holds.
    fn product(&self, x: &[f32], y: &mut [f32]) {
        let rows = x.len() / self.inputs;
        assert_eq!(y.len(), rows * self.outputs);
        // SAFETY: the strides walk x (rows x inputs), weight_t (inputs x outputs) and y (rows x
        // outputs) within their lengths, checked above and by construction.
        unsafe {
            matrixmultiply::sgemm(
                rows,
                self.inputs,
                self.outputs,
                1.0,
                x.as_ptr(),
                self.inputs as isize,
                1,
                self.weight_t.as_ptr(),
                self.outputs as isize,
                1,
                1.0,
                y.as_mut_ptr(),
                self.outputs as isize,
                1,
            );
        }
    }
}

/// The sequences cut into runs of whole sequences, in order, each of at least `RUN_TOKENS` tokens
/// (but the last) and about a `RUNS`th of the whole.
pub(super) fn runs(ids: &[Vec<u32>]) -> Vec<Range<usize>> {
    let total: usize = ids.iter().map(Vec::len).sum();
    let target = RUN_TOKENS.max(total.div_ceil(RUNS));
    let mut out = Vec::new();
    let (mut start, mut tokens) = (0, 0);
    for (i, seq) in ids.iter().enumerate() {
        tokens += seq.len();
        if tokens >= target {
            out.push(start..i + 1);
            (start, tokens) = (i + 1, 0);
        }
    }
    if start < ids.len() || out.is_empty() {
        out.push(start..ids.len());
    }
    out
}

fn layer_norm(x: &mut [f32], norm: &Norm) {
    for row in x.chunks_exact_mut(HIDDEN) {
        let mean = row.iter().sum::<f32>() / HIDDEN as f32;
        let var = row.iter().map(|v| (v - mean).powi(2)).sum::<f32>() / HIDDEN as f32;
        let scale = 1.0 / (var + EPS).sqrt();
        for ((v, w), b) in row.iter_mut().zip(&norm.weight).zip(&norm.bias) {
            *v = (*v - mean) * scale * w + b;
        }
    }
}

/// BERT's exact gelu, x * (1 + erf(x / sqrt 2)) / 2.
fn gelu(x: f32) -> f32 {
    0.5 * x * (1.0 + erf(x / std::f32::consts::SQRT_2))
}

/// Abramowitz and Stegun 7.1.26 (within 1.5e-7; std has no erf), as scripts/model/minilm.py uses.
fn erf(x: f32) -> f32 {
    let a = x.abs();
    let t = 1.0 / (1.0 + 0.327_591_1 * a);
    let poly = ((((1.061_405_4 * t - 1.453_152_1) * t) + 1.421_413_7) * t - 0.284_496_74) * t
        + 0.254_829_6;
    let y = 1.0 - poly * t * (-a * a).exp();
    y.copysign(x)
}

/// IEEE half to single precision.
pub fn f16_to_f32(h: u16) -> f32 {
    let sign = ((h >> 15) as u32) << 31;
    let exp = ((h >> 10) & 0x1f) as u32;
    let frac = (h & 0x3ff) as u32;
    let bits = match (exp, frac) {
        (0, 0) => sign,
        (0, _) => {
            // Subnormal: shift the fraction up until its leading one is the implicit bit.
            let mut e = 127 - 15 + 1;
            let mut f = frac;
            while f & 0x400 == 0 {
                f <<= 1;
                e -= 1;
            }
            sign | (e << 23) | ((f & 0x3ff) << 13)
        }
        (0x1f, _) => sign | 0x7f80_0000 | (frac << 13),
        _ => sign | ((exp + 127 - 15) << 23) | (frac << 13),
    };
    f32::from_bits(bits)
}
