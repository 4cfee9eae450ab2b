//! The terminal app: a thin shell that draws the core's state and turns keys into effects on it.
//!
//! # How it is built
//! - **Screens** (`screens/`, one file each) own their state. A screen gets [`keymap::Action`]s,
//!   returns typed [`component::Effect`]s (write a draft, save a note, recover a draft, start a plan,
//!   open a screen, quit...), and draws itself from `&self`. It never sees `App`, the notes store
//!   or another screen's state; the result of an effect comes back to it as an
//!   [`component::Outcome`].
//! - **One key map** (`keymap.rs`): for each [`keymap::Context`] (a screen, or a focus or panel
//!   in one), key → action → footer label → help sentence. Handling, the footer and the help
//!   screen all read it.
//! - **The router** (`app.rs`) holds the screen stack, looks keys up in the key map, and is the
//!   only code that carries out effects against the notes store and the data folder.
//! - Module graph, no cycles: `app` → `screens`, `keymap`, `effect`, `widgets`, `theme`;
//!   `screens` → `keymap`, `effect`, `widgets`, `theme` and the core; `effect` → `keymap` and
//!   the `Screen` trait. Nothing in `tui` imports `cli`; the command line parses into core types.
//!
//! # How to add a screen
//! 1. Its own file, `screens/NAME.rs`: a struct with its state, `impl Screen` (`context`,
//!    `on_action` returning effects, `render(&self)`), registered in `screens/mod.rs` with a
//!    [`screens::ScreenId`].
//! 2. The key map: a [`keymap::Context`] for it (one per focus or panel) and its bindings, with
//!    footer labels and help sentences. The key-map tests then check its footer is handled and
//!    its help lists every key.
//! 3. The router: how it is opened (an `Effect::Open(Box::new(...))` from another screen needs no
//!    change; one that needs the notes store gets an effect the router carries out), and any new
//!    effect it needs carried out.
//!
//! The terminal is restored on every way out: normal quit, error (restore runs before the error is
//! returned), panic (a hook restores before the message prints), and Ctrl-C, SIGINT, SIGTERM and
//! SIGHUP (flags the loop checks at least four times a second; it saves a draft, then leaves).

pub mod app;
pub mod component;
pub mod insight_panel;
pub mod keymap;
pub mod screens;
pub mod theme;
pub mod widgets;

use crate::drill::RehearseOptions;
use app::App;
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen};
use std::io;
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// What the command line asked the app to do.
#[derive(Debug, Clone, Default)]
pub struct Launch {
    pub data_dir: Option<PathBuf>,
    pub banks: Vec<PathBuf>,
    /// Go straight into a rehearsal rather than the home screen.
    pub rehearse: Option<RehearseOptions>,
    /// Go straight into pair practice.
    pub pair: Option<crate::drill::pair::PairStart>,
}

/// Enough queued events to handle at once before drawing again.
const MAX_BATCH: usize = 65_536;
/// While keys keep coming (a paste sent as key presses), the screen is drawn at most this often:
/// drawing a very long answer costs more than taking it in.
const BATCH_WINDOW: Duration = Duration::from_millis(100);
/// A pause this long ends a batch, so ordinary typing is drawn at once.
const BATCH_GAP: Duration = Duration::from_millis(2);

/// The longest the loop waits for a key, so a signal is noticed quickly.
const MAX_WAIT: Duration = Duration::from_millis(250);
/// The shortest: crossterm's `poll(Duration::ZERO)` never reads the terminal, so a wait of zero
/// (a tick already due) would spin without ever taking a key.
const MIN_WAIT: Duration = Duration::from_millis(10);

pub fn run(launch: Launch) -> io::Result<()> {
    let stop = Arc::new(AtomicBool::new(false));
    for signal in [
        signal_hook::consts::SIGTERM,
        signal_hook::consts::SIGHUP,
        signal_hook::consts::SIGINT,
    ] {
        signal_hook::flag::register(signal, Arc::clone(&stop))?;
    }
    watch_for_a_stuck_exit(Arc::clone(&stop));
    let mut app = App::launch(launch);
    let mut terminal = match init() {
        Ok(terminal) => terminal,
        Err(e) => {
            restore();
            return Err(io::Error::other(format!(
                "psw-coach needs a terminal window to draw in ({e}). For screen readers and \
                 scripts, use `psw-coach rehearse --plain`."
            )));
        }
    };
    let result = event_loop(&mut terminal, &mut app, &stop);
    // Every way out keeps what was typed, including an error from a terminal that has gone away.
    app.on_terminate();
    restore();
    // `restore` has shown the cursor; the terminal's own Drop would try again and report a failure
    // with `eprintln!`, which panics when the terminal has gone away.
    std::mem::forget(terminal);
    app.on_exit();
    if let Some(line) = &app.farewell {
        use std::io::Write;
        let _ = writeln!(io::stdout(), "{line}");
    }
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    stop: &AtomicBool,
) -> io::Result<()> {
    loop {
        terminal.draw(|frame| app.view(frame))?;
        if stop.load(Ordering::Relaxed) {
            app.on_terminate();
            return Ok(());
        }
        let wait = app.time_to_next_tick().clamp(MIN_WAIT, MAX_WAIT);
        if crossterm::event::poll(wait)? {
            // Everything already queued is handled before the next draw, so a fast typist or a
            // paste that arrives as key presses never waits on the screen.
            let mut batch = vec![crossterm::event::read()?];
            let until = std::time::Instant::now() + BATCH_WINDOW;
            while batch.len() < MAX_BATCH
                && std::time::Instant::now() < until
                && crossterm::event::poll(BATCH_GAP)?
            {
                batch.push(crossterm::event::read()?);
            }
            app.on_events(batch);
        }
        app.tick();
        if app.should_quit() {
            return Ok(());
        }
    }
}

/// How long the loop has to finish after a stop signal before the watchdog ends the process.
const STOP_GRACE: Duration = Duration::from_secs(2);

/// When the terminal itself goes away (a closed window or a dropped SSH session), reading it gives
/// end-of-file forever and crossterm's read loop spins on that without returning, so the loop never
/// sees the SIGHUP flag. This thread ends the process if a stop was asked for and the loop has not
/// finished in time; the draft on disk is then at most a couple of seconds behind, as after a kill.
fn watch_for_a_stuck_exit(stop: Arc<AtomicBool>) {
    std::thread::spawn(move || {
        while !stop.load(Ordering::Relaxed) {
            std::thread::sleep(MAX_WAIT);
        }
        std::thread::sleep(STOP_GRACE);
        restore();
        std::process::exit(129);
    });
}

/// Raw mode, the alternate screen and bracketed paste, with a panic hook that puts them back.
///
/// Not `ratatui::init`: it `expect`s a terminal, and its `restore` reports a failure with
/// `eprintln!`, which panics when the terminal has gone (a closed window); inside the panic hook
/// that aborts the process before anything else can run.
fn init() -> io::Result<ratatui::DefaultTerminal> {
    install_panic_hook();
    crossterm::terminal::enable_raw_mode()?;
    // Bracketed paste delivers a pasted text as one event, so a huge paste is one edit, not
    // thousands of key presses (and an Enter inside it cannot trigger anything).
    execute!(io::stdout(), EnterAlternateScreen, EnableBracketedPaste)?;
    ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(io::stdout()))
}

/// Puts the terminal back as it was. Best effort: a terminal that has gone cannot be restored,
/// and saying so would have nowhere to go.
fn restore() {
    let _ = crossterm::terminal::disable_raw_mode();
    let _ = execute!(
        io::stdout(),
        DisableBracketedPaste,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
}

fn install_panic_hook() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
}
