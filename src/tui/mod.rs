//! The terminal app: a thin shell that draws the core's state and turns keys into effects on it.
//!
//! # How it is built
//! - **Screens** (`screens/`, one file each) own their state. A screen gets [`keymap::Action`]s,
//!   returns typed [`component::Effect`]s (write a draft, save a note, recover a draft, start a plan,
//!   open a screen, quit...), and draws itself from `&self`. It never sees `App`, the notes store
//!   or another screen's state; the result of an effect comes back to it as an
//!   [`component::Outcome`].
//! - **One key map** (`keymap/`, one file of bindings per screen): for each [`keymap::Context`] (a screen, or a focus or panel
//!   in one), key → action → footer label → help sentence. Handling, the footer and the help
//!   screen all read it.
//! - **The router** (`app/`) holds the screen stack, looks keys up in the key map, and is the
//!   only code that carries out effects against the notes store and the data folder.
//! - Module graph, no cycles: `app` → `screens`, `keymap`, `component`, `widgets`, `theme`;
//!   `screens` → `keymap`, `component`, `widgets`, `text_box`, `theme` and the core, never another screen;
//!   `component` (the `Screen` trait, effects and outcomes) → `keymap`. Nothing in `tui` imports
//!   `cli`; the command line parses into core types. `tests/it/module_graph.rs` checks this.
//!
//! # How to add a screen
//! 1. Its own file, `screens/NAME.rs`: a struct with its state, `impl Screen` (`context`,
//!    `on_action` returning effects, `render(&self)`, drawn inside a [`frame::ScreenFrame`] for
//!    the title, the notice and the footer), registered in `screens/mod.rs` with a
//!    [`component::ScreenId`].
//! 2. The key map: a [`keymap::Context`] for it (one per focus or panel) and its bindings, with
//!    footer labels and help sentences. The key-map tests then check its footer is handled and
//!    its help lists every key.
//! 3. The router: how it is opened. Another screen never builds it: it returns
//!    `Effect::Open(Route::NAME {..})` (a variant in `route.rs`) and `App::open`
//!    (`app/effects.rs`) builds the screen; one that needs the notes store gets an effect the
//!    router carries out.
//!
//! The terminal is restored on every way out: normal quit, error (restore runs before the error is
//! returned), panic (a hook restores before the message prints), Ctrl-C, and every signal that
//! would end the process and may be caught (see `stop_signals`: flags the loop checks at least
//! four times a second; it saves a draft, then leaves; a watchdog finishes the job if the loop is
//! stuck). SIGTSTP keeps
//! the draft, restores the terminal and stops; on SIGCONT the app takes the terminal again.

pub mod app;
pub mod checklist;
pub mod component;
pub mod draft;
#[cfg(test)]
pub(crate) mod drawn;
pub mod evidence_panel;
pub mod frame;
pub mod insight_panel;
pub mod keymap;
pub mod note_view;
pub mod recorder;
pub mod route;
pub mod screens;
pub mod text_box;
pub mod theme;
pub mod widgets;

use crate::drill::RehearseOptions;
use app::App;
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use crossterm::execute;
use crossterm::terminal::{EnterAlternateScreen, LeaveAlternateScreen};
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::Arc;
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::Duration;

/// What the command line asked the app to do.
#[derive(Debug, Clone, Default)]
pub struct Launch {
    pub data_dir: Option<PathBuf>,
    pub banks: Vec<PathBuf>,
    /// Go straight into a rehearsal rather than the home screen.
    pub rehearse: Option<RehearseOptions>,
    /// The rehearsal takes its answer style from Settings (`rehearse` with no style flag), and
    /// its first screen says so.
    pub style_from_settings: bool,
    /// Go straight into pair practice.
    pub pair: Option<crate::drill::pair::PairStart>,
    /// Open review rather than the home screen (`psw-coach review`).
    pub review: bool,
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

/// Signals that end the app the way closing the window does: keep the draft, restore, leave.
/// Every signal whose default action ends the process and that may be caught, except the faults
/// of the program itself (SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGSYS, SIGTRAP: returning from a
/// handler would run the faulting instruction again) and SIGXFSZ (caught in `main`, so a write
/// past `ulimit -f` fails in words instead). SIGUSR2, SIGPROF, SIGVTALRM, SIGPWR, SIGXCPU, SIGIO,
/// SIGSTKFLT and the real-time signals used to leave the terminal in raw mode on the alternate
/// screen and lose the last typing.
fn stop_signals() -> Vec<i32> {
    use signal_hook::consts::*;
    #[allow(unused_mut)]
    let mut signals = vec![
        SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGPROF, SIGVTALRM, SIGXCPU,
        SIGIO,
    ];
    #[cfg(any(target_os = "linux", target_os = "android"))]
    {
        signals.extend([libc::SIGPWR, libc::SIGSTKFLT]);
        signals.extend(libc::SIGRTMIN()..=libc::SIGRTMAX());
    }
    signals
}

/// What the signal handlers tell the loop. Flags only: the loop does the work between frames.
struct Signals {
    /// The number of a signal asking the app to end (0: none yet).
    stop: Arc<AtomicUsize>,
    /// SIGTSTP: put the terminal back and stop until continued.
    suspend: Arc<AtomicBool>,
    /// SIGCONT: the terminal may have been changed meanwhile; take it again and redraw.
    resumed: Arc<AtomicBool>,
}

impl Signals {
    fn register() -> io::Result<Signals> {
        let signals = Signals {
            stop: Arc::new(AtomicUsize::new(0)),
            suspend: Arc::new(AtomicBool::new(false)),
            resumed: Arc::new(AtomicBool::new(false)),
        };
        for signal in stop_signals() {
            signal_hook::flag::register_usize(signal, Arc::clone(&signals.stop), signal as usize)?;
        }
        signal_hook::flag::register(signal_hook::consts::SIGTSTP, Arc::clone(&signals.suspend))?;
        signal_hook::flag::register(signal_hook::consts::SIGCONT, Arc::clone(&signals.resumed))?;
        Ok(signals)
    }

    fn stop_asked(&self) -> bool {
        self.stop.load(Ordering::Relaxed) != 0
    }
}

/// What the watchdog keeps if it has to end the process itself: the latest state of an unsaved
/// rehearsal, updated by the loop after every batch of keys.
type Snapshot = Arc<Mutex<Option<(PathBuf, crate::notes::Note)>>>;

pub fn run(launch: Launch) -> io::Result<()> {
    let signals = Signals::register()?;
    let snapshot: Snapshot = Arc::new(Mutex::new(None));
    watch_for_a_stuck_exit(Arc::clone(&signals.stop), Arc::clone(&snapshot));
    let data_dir = launch.data_dir.clone();
    let mut app = App::launch(launch);
    let mut terminal = match init() {
        Ok(terminal) => terminal,
        Err(e) => {
            // Only a terminal that was taken is given back: with no terminal at all, the codes
            // that restore one came out raw before this message (`review > file`).
            if crossterm::terminal::is_raw_mode_enabled().unwrap_or(false) {
                restore();
            }
            return Err(io::Error::other(format!(
                "psw-coach needs a terminal window to draw in ({e}). For screen readers and \
                 scripts, use `psw-coach rehearse --plain`; past answers can be read with \
                 `psw-coach notes list` and `psw-coach notes show N`."
            )));
        }
    };
    let keep = |app: &App| {
        if let (Some(dir), Ok(mut slot)) = (&data_dir, snapshot.lock()) {
            *slot = app.snapshot().map(|note| (dir.clone(), note));
        }
    };
    let result = event_loop(&mut terminal, &mut app, &signals, &keep);
    // Every way out keeps what was typed, including an error from a terminal that has gone away.
    app.on_terminate();
    // The draft is written: nothing is left for the watchdog to keep.
    if let Ok(mut slot) = snapshot.lock() {
        *slot = None;
    }
    restore();
    // `restore` has shown the cursor; the terminal's own Drop would try again and report a failure
    // with `eprintln!`, which panics when the terminal has gone away.
    std::mem::forget(terminal);
    if let Some(line) = &app.farewell {
        use std::io::Write;
        let _ = writeln!(io::stdout(), "{line}");
    }
    result
}

fn event_loop(
    terminal: &mut ratatui::DefaultTerminal,
    app: &mut App,
    signals: &Signals,
    keep: &dyn Fn(&App),
) -> io::Result<()> {
    let mut first_frame = true;
    loop {
        if signals.suspend.swap(false, Ordering::Relaxed) {
            suspend(terminal, app)?;
        }
        if signals.resumed.swap(false, Ordering::Relaxed) {
            // Stopped by something other than SIGTSTP (SIGSTOP, a debugger): the shell may have
            // put the terminal back in line mode meanwhile.
            take_terminal_again(terminal)?;
        }
        terminal.draw(|frame| app.view(frame))?;
        if std::mem::take(&mut first_frame) {
            app.after_first_frame();
        }
        if signals.stop_asked() {
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
            let resized = batch
                .iter()
                .any(|e| matches!(e, crossterm::event::Event::Resize(..)));
            app.on_events(batch);
            if resized {
                // A window made smaller and back before a frame was drawn is the same size to
                // ratatui, which then redraws nothing, but the terminal has cut what it showed
                // (tmux zooming a pane in and out, a tiling window manager): draw it all again.
                // `resize` clears the screen and forgets the last frame, asking the terminal
                // nothing.
                terminal.resize(terminal.size()?.into())?;
            }
            if app.take_suspend() {
                suspend(terminal, app)?;
            }
        }
        app.tick();
        keep(app);
        if app.should_quit() {
            return Ok(());
        }
    }
}

/// SIGTSTP (`kill -TSTP`, or a job-control stop), or Ctrl-Z outside a text box: keep the draft, give the terminal back as it
/// was, stop; when continued, take the terminal again and draw everything afresh.
fn suspend(terminal: &mut ratatui::DefaultTerminal, app: &mut App) -> io::Result<()> {
    app.on_suspend();
    restore();
    // Ctrl-Z is undo in most programs a PSW knows: without a word, the coach seems to have gone
    // and taken their answer with it. The shell prints its "Stopped" after this line.
    let _ = writeln!(io::stdout(), "{STOPPED_FOR_NOW}");
    let _ = io::stdout().flush();
    let _ = signal_hook::low_level::raise(signal_hook::consts::SIGSTOP);
    // Running again.
    take_terminal_again(terminal)
}

/// Printed on the terminal given back by Ctrl-Z (or SIGTSTP): what happened and how to go back.
pub const STOPPED_FOR_NOW: &str = "psw-coach is stopped for now; what you typed is kept. To go back to it, type fg and press Enter.";

fn take_terminal_again(terminal: &mut ratatui::DefaultTerminal) -> io::Result<()> {
    crossterm::terminal::enable_raw_mode()?;
    execute!(
        io::stdout(),
        EnterAlternateScreen,
        EnableBracketedPaste,
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    )?;
    // The screen is blank now, and a terminal with empty buffers knows it, so the next frame is
    // drawn whole. (`Terminal::clear` would ask the terminal where its cursor is, which not every
    // terminal answers.) The old one is forgotten, not dropped: see `run`.
    let fresh = ratatui::Terminal::new(ratatui::backend::CrosstermBackend::new(io::stdout()))?;
    std::mem::forget(std::mem::replace(terminal, fresh));
    Ok(())
}

/// How long the loop has to finish after a stop signal before the watchdog ends the process.
const STOP_GRACE: Duration = Duration::from_secs(2);

/// Ends the process if a stop was asked for and the loop has not finished in time. Two ways the
/// loop can be stuck: the terminal has gone (reading it gives end-of-file forever and crossterm's
/// read spins on that), or the terminal has stopped reading (a stalled connection), so the loop
/// is blocked writing a frame while holding the lock on standard output. So the watchdog never
/// touches standard output: it writes the latest snapshot as the draft, puts the terminal's
/// mode back, tries a non-blocking write to leave the alternate screen, and exits.
fn watch_for_a_stuck_exit(stop: Arc<AtomicUsize>, snapshot: Snapshot) {
    std::thread::spawn(move || {
        while stop.load(Ordering::Relaxed) == 0 {
            std::thread::sleep(MAX_WAIT);
        }
        std::thread::sleep(STOP_GRACE);
        let kept = snapshot.lock().ok().and_then(|mut slot| slot.take());
        if let Some((dir, note)) = kept {
            let _ = crate::notes::NotesStore::new(dir).write_draft(&note);
        }
        let _ = crossterm::terminal::disable_raw_mode();
        restore_without_waiting();
        std::process::exit(128 + stop.load(Ordering::Relaxed) as i32);
    });
}

/// Leaves the alternate screen and shows the cursor if the terminal will take the bytes at
/// once; never waits (a terminal that is not reading would block the write forever).
fn restore_without_waiting() {
    use std::io::Write;
    use std::os::unix::fs::OpenOptionsExt;
    if let Ok(mut tty) = std::fs::OpenOptions::new()
        .write(true)
        .custom_flags(libc::O_NONBLOCK)
        .open("/dev/tty")
    {
        let _ = tty.write_all(b"\x1b[?2004l\x1b[?1049l\x1b[?25h");
    }
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
