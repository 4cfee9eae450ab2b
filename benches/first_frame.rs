//! Time from starting the app in a pseudo-terminal to its first frame of the home screen, beside a
//! small ratatui app (ttyper) started the same way in the same run: these machines are noisy, so
//! only the ratio means anything. Budget (issue 11): within 2x of the yardstick.
//!
//! The yardstick is `$FIRST_FRAME_YARDSTICK`, else `~/.cache/ttyper/bin/ttyper`; without one only
//! psw-coach is measured. `../shared/tools/first_frame.py` measures the same thing from Python.

use criterion::{Criterion, criterion_group, criterion_main};
use portable_pty::{CommandBuilder, PtySize, native_pty_system};
use std::io::Read;
use std::path::PathBuf;
use std::time::{Duration, Instant};

const COACH: &str = env!("CARGO_BIN_EXE_psw-coach");
const ROWS: u16 = 30;
const COLS: u16 = 100;
/// A frame counts once this many visible characters are on the alternate screen.
const MIN_VISIBLE: usize = 40;

/// Starts `cmd` in a fresh pseudo-terminal and returns how long its first frame took.
fn first_frame(program: &str, args: &[&str]) -> Duration {
    let pair = native_pty_system()
        .openpty(PtySize {
            rows: ROWS,
            cols: COLS,
            pixel_width: 0,
            pixel_height: 0,
        })
        .expect("a pseudo-terminal");
    let mut cmd = CommandBuilder::new(program);
    cmd.args(args);
    cmd.env("TERM", "xterm-256color");
    let mut reader = pair.master.try_clone_reader().expect("a reader");
    let start = Instant::now();
    let mut child = pair.slave.spawn_command(cmd).expect("the program starts");
    let mut screen = vt100::Parser::new(
        std::num::NonZeroU16::new(ROWS).expect("rows"),
        std::num::NonZeroU16::new(COLS).expect("cols"),
        0,
    );
    let mut buf = [0u8; 16384];
    let took = loop {
        let n = reader.read(&mut buf).unwrap_or(0);
        assert!(n > 0, "{program} ended before drawing a frame");
        screen.process(&buf[..n]);
        let s = screen.screen();
        if s.alternate_screen()
            && s.contents().chars().filter(|c| !c.is_whitespace()).count() >= MIN_VISIBLE
        {
            break start.elapsed();
        }
        assert!(
            start.elapsed() < Duration::from_secs(10),
            "{program} drew no frame in 10 s"
        );
    };
    let _ = child.kill();
    let _ = child.wait();
    took
}

fn yardstick() -> Option<PathBuf> {
    std::env::var_os("FIRST_FRAME_YARDSTICK")
        .map(PathBuf::from)
        .or_else(|| {
            std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache/ttyper/bin/ttyper"))
        })
        .filter(|p| p.is_file())
}

fn bench(c: &mut Criterion) {
    let data = tempfile::tempdir().expect("a data folder");
    let data = data.path().to_str().expect("a UTF-8 path").to_string();
    let mut g = c.benchmark_group("first frame");
    g.sample_size(20).measurement_time(Duration::from_secs(5));
    if let Some(ttyper) = yardstick() {
        let ttyper = ttyper.to_str().expect("a UTF-8 path").to_string();
        g.bench_function("ttyper (yardstick)", |b| {
            b.iter_custom(|n| (0..n).map(|_| first_frame(&ttyper, &[])).sum())
        });
    } else {
        eprintln!("no yardstick: set FIRST_FRAME_YARDSTICK to a small ratatui app");
    }
    g.bench_function("psw-coach home", |b| {
        b.iter_custom(|n| {
            (0..n)
                .map(|_| first_frame(COACH, &["--data-dir", &data]))
                .sum()
        })
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
