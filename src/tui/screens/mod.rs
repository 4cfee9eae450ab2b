//! One module per screen. Each screen owns its state, turns key-map actions into effects, and
//! draws itself from `&self`. Screens never see the app, the notes store or each other's state.

pub mod help;
pub mod home;
pub mod recover;
pub mod rehearse;
pub mod summary;

use super::effect::{Effect, Notice, Outcome};
use super::keymap::{Action, Context};
use super::theme::Theme;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use std::time::Duration;

/// Which screen this is, for the router's bookkeeping and for tests.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenId {
    Home,
    Recover,
    Rehearse,
    Summary,
    Help,
}

/// What every screen is drawn with.
pub struct Ctx<'a> {
    pub theme: &'a Theme,
    /// The app's latest message for the PSW, if any.
    pub notice: Option<&'a Notice>,
}

pub trait Screen {
    fn id(&self) -> ScreenId;

    /// Which part of the key map applies now.
    fn context(&self) -> Context;

    /// Acts on an action from the key map. `None`: this screen does nothing with it.
    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>>;

    /// Text pasted, or a run of typed characters taken in at once.
    fn on_text(&mut self, _text: &str) -> Vec<Effect> {
        Vec::new()
    }

    /// The result of an effect this screen asked for.
    fn on_outcome(&mut self, _outcome: Outcome) -> Vec<Effect> {
        Vec::new()
    }

    /// Called after every batch of events and whenever `wait` runs out.
    fn tick(&mut self) -> Vec<Effect> {
        Vec::new()
    }

    /// How long until this screen needs a tick or a redraw on its own.
    fn wait(&self) -> Option<Duration> {
        None
    }

    /// Another screen (help) now covers this one.
    fn covered(&mut self) {}

    /// The screen covering this one has gone.
    fn revealed(&mut self) {}

    /// The app is ending (Ctrl-C, a signal, a closed terminal): keep what must be kept.
    fn on_terminate(&mut self) -> Vec<Effect> {
        Vec::new()
    }

    /// Drawn over the screen beneath rather than instead of it.
    fn is_overlay(&self) -> bool {
        false
    }

    /// Draws the screen; returns where the terminal's cursor belongs (a text box's insertion point).
    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position>;
}
