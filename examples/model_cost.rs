//! The reader model's cost per answer, in one process as the TUI runs it (loaded once), over the
//! labelled insight sets A to F (every one used up): wall and CPU time per answer, with its words and
//! tokens, and each answer's probabilities (one per finding) as JSON so that two builds can be compared.
//!
//!     PSW_COACH_MODEL=reader.bin cargo run --release --features model --example model_cost -- OUT.json [ONLY]
//!
//! With ONLY (a file name such as f07.txt) just that answer is read, once: for callgrind, whose
//! count for the answer is the run's total less a run with an ONLY that names no answer (loading
//! alone; both threads are counted that way).

use psw_coach::insight::model::{ENV, FINDINGS, Reader};
use std::path::Path;
use std::time::Instant;

const SETS: [&str; 6] = [
    "eval/insight/set-a",
    "eval/hidden/insight-set-b",
    "eval/hidden/insight-set-c",
    "eval/hidden/insight-set-d",
    "eval/hidden/insight-set-e",
    "eval/hidden/insight-set-f",
];

/// Each answer is read this many times, in turn over the whole list, and its median time kept, so
/// that one scheduling hiccup on a shared machine does not stand for the answer.
const PASSES: usize = 3;

/// CPU time of the whole process (every thread), in seconds.
fn cpu_seconds() -> f64 {
    let mut t = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: clock_gettime writes one timespec, which t is.
    unsafe { libc::clock_gettime(libc::CLOCK_PROCESS_CPUTIME_ID, &mut t) };
    t.tv_sec as f64 + t.tv_nsec as f64 * 1e-9
}

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let at = ((sorted.len() - 1) as f64 * p).round() as usize;
    sorted[at]
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let out = args.first().expect("usage: model_cost OUT.json [ONLY]");
    let only = args.get(1);
    let path = std::env::var_os(ENV).expect("PSW_COACH_MODEL names the model file");
    let start = Instant::now();
    let reader = Reader::load(Path::new(&path)).expect("the model loads");
    eprintln!("loaded in {:.1} ms", start.elapsed().as_secs_f64() * 1e3);
    let mut answers = Vec::new();
    for set in SETS {
        let mut files: Vec<_> = std::fs::read_dir(set)
            .expect("set directory")
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect();
        files.sort();
        for f in files {
            let name = f.file_name().unwrap().to_string_lossy().into_owned();
            if only.is_none_or(|o| *o == name) {
                answers.push((name, std::fs::read_to_string(&f).expect("answer")));
            }
        }
    }
    if answers.is_empty() {
        // Loading alone: what callgrind subtracts from a run with one answer.
        return;
    }
    let passes = if only.is_some() { 1 } else { PASSES };
    let mut times = vec![Vec::new(); answers.len()];
    let mut probabilities = vec![[0f32; FINDINGS.len()]; answers.len()];
    for _ in 0..passes {
        for (i, (_, text)) in answers.iter().enumerate() {
            let cpu = cpu_seconds();
            let t = Instant::now();
            probabilities[i] = reader.probabilities(text);
            let wall = t.elapsed().as_secs_f64() * 1e3;
            times[i].push((wall, (cpu_seconds() - cpu) * 1e3));
        }
    }
    let mut rows = Vec::new();
    let mut json = Vec::new();
    for (i, (name, text)) in answers.iter().enumerate() {
        times[i].sort_by(|a, b| a.0.total_cmp(&b.0));
        let (wall, cpu) = times[i][times[i].len() / 2];
        let p = probabilities[i];
        let words = text.split_whitespace().count();
        let tokens = reader.tokens(text);
        rows.push((wall, cpu, words, tokens, name.clone()));
        json.push(
            serde_json::json!({"answer": name, "words": words, "tokens": tokens,
            "ms": wall, "probabilities": p}),
        );
    }
    std::fs::write(out, serde_json::to_string_pretty(&json).unwrap()).expect("write OUT");
    let mut walls: Vec<f64> = rows.iter().map(|r| r.0).collect();
    walls.sort_by(f64::total_cmp);
    let n = walls.len();
    let cpu_total: f64 = rows.iter().map(|r| r.1).sum();
    println!(
        "{n} answers (median of {passes} passes each), wall ms: median {:.1}, mean {:.1}, 95th percentile {:.1}, max {:.1}; CPU ms per answer (both threads) {:.1}",
        percentile(&walls, 0.5),
        walls.iter().sum::<f64>() / n as f64,
        percentile(&walls, 0.95),
        walls[n - 1],
        cpu_total / n as f64,
    );
    rows.sort_by(|a, b| b.0.total_cmp(&a.0));
    for (wall, cpu, words, tokens, name) in rows.iter().take(5) {
        println!("  {name}: {words} words, {tokens} tokens, {wall:.1} ms wall, {cpu:.0} ms CPU");
    }
    let mut by_tokens = rows.clone();
    by_tokens.sort_by_key(|r| std::cmp::Reverse(r.3));
    let (wall, _, words, tokens, name) = &by_tokens[0];
    println!("  most tokens: {name}: {words} words, {tokens} tokens, {wall:.1} ms wall");
}
