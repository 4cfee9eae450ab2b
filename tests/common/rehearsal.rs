//! A rehearsal on screen for the in-process tests: the app on a clock the test moves, the
//! rehearse screen pushed over it, and a question answered part by part.

use crate::common::keys::{paste, press};
use crossterm::event::KeyCode;
use psw_coach::bank::Library;
use psw_coach::drill::{Clock, FakeClock, Plan, RehearseOptions, Session};
use psw_coach::insight::Lexicon;
use psw_coach::tui::app::App;
use psw_coach::tui::screens::rehearse::RehearseScreen;
use psw_coach::tui::theme::MONOCHROME;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Duration;

/// The app (monochrome, no welcome) on `clock`: every session it starts, and its today, run on it.
pub fn app_on(library: Library, data: Option<PathBuf>, clock: &FakeClock) -> App {
    let source = clock.clone();
    App::new(library, data, MONOCHROME, false).with_clock(Rc::new(move || Box::new(source.clone())))
}

/// The rehearse screen for `session` on `clock`, with the bundled lexicon and the default options.
pub fn rehearse_screen(session: Session<Box<dyn Clock>>, clock: &FakeClock) -> RehearseScreen {
    RehearseScreen::new(
        session,
        Box::new(clock.clone()),
        Rc::new(Lexicon::bundled()),
        MONOCHROME,
        RehearseOptions::default(),
    )
}

/// Each part pasted, `seconds` passed on `clock`, then Tab on to the next part.
pub fn answer_parts(app: &mut App, clock: &FakeClock, parts: &[&str], seconds: u64) {
    for part in parts {
        paste(app, part);
        clock.advance(Duration::from_secs(seconds));
        press(app, KeyCode::Tab);
    }
}

/// The figures drill started from the app, one question, typed (not spoken).
pub fn start_figures_drill(app: &mut App) {
    app.start(RehearseOptions {
        plan: Plan::Figures(1),
        seed: None,
        spoken: false,
        record: false,
        probes: None,
    });
}
