//! The app's state, the messages that change it, and which screen draws it.

use super::Launch;
use super::help::{self, HelpTopic};
use super::home::{self, HomeState, Item, Picker};
use super::theme::Theme;
use super::widgets;
use crate::bank::Library;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use std::path::PathBuf;
use std::time::Duration;

/// A file in the data folder whose presence means the welcome has been seen.
const WELCOMED_MARKER: &str = ".welcome-seen";

#[derive(Debug)]
pub enum Screen {
    Home(HomeState),
}

/// What a key press means, once the screen it happened on is taken into account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Quit,
    ToggleHelp,
    Up,
    Down,
    Choose,
    Back,
}

pub struct App {
    pub library: Library,
    pub data_dir: Option<PathBuf>,
    pub theme: Theme,
    pub screen: Screen,
    pub help: bool,
    pub welcome: bool,
    pub spoken: bool,
    /// A one-line message for the PSW (a skipped bank, a save that failed...).
    pub status: Option<String>,
    quit: bool,
}

impl App {
    pub fn new(library: Library, data_dir: Option<PathBuf>, theme: Theme, welcome: bool) -> App {
        App {
            library,
            data_dir,
            theme,
            screen: Screen::Home(HomeState::default()),
            help: false,
            welcome,
            spoken: false,
            status: None,
            quit: false,
        }
    }

    pub fn launch(launch: Launch) -> App {
        let library = Library::load(launch.data_dir.as_deref(), &launch.banks);
        let welcome = launch
            .data_dir
            .as_ref()
            .is_none_or(|d| !d.join(WELCOMED_MARKER).exists());
        App::new(library, launch.data_dir, Theme::from_env(), welcome)
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// How long the loop may wait for a key before the screen needs redrawing on its own.
    pub fn time_to_next_tick(&self) -> Duration {
        Duration::from_secs(1)
    }

    pub fn tick(&mut self) {}

    /// A signal asked the app to stop: keep whatever is typed.
    pub fn on_terminate(&mut self) {
        self.quit = true;
    }

    /// Remembers the welcome was seen, so it is not shown every time.
    pub fn on_exit(&mut self) {
        if let Some(dir) = &self.data_dir
            && self.welcome
            && crate::paths::ensure_private_dir(dir).is_ok()
        {
            let _ = std::fs::write(dir.join(WELCOMED_MARKER), "");
        }
    }

    pub fn view(&self, frame: &mut Frame) {
        frame.render_widget(self, frame.area());
    }

    pub fn on_event(&mut self, event: Event) {
        if let Event::Key(key) = event
            && key.kind != KeyEventKind::Release
            && let Some(msg) = self.message_for(key)
        {
            self.update(msg);
        }
    }

    fn help_topic(&self) -> HelpTopic {
        match self.screen {
            Screen::Home(_) => HelpTopic::Home,
        }
    }

    fn message_for(&self, key: KeyEvent) -> Option<Msg> {
        if key.modifiers.contains(KeyModifiers::CONTROL) && key.code == KeyCode::Char('c') {
            return Some(Msg::Quit);
        }
        if self.help {
            return match key.code {
                KeyCode::Char('?') | KeyCode::Esc | KeyCode::Char('q') => Some(Msg::ToggleHelp),
                _ => None,
            };
        }
        match key.code {
            KeyCode::Char('?') => Some(Msg::ToggleHelp),
            KeyCode::Up | KeyCode::Char('k') => Some(Msg::Up),
            KeyCode::Down | KeyCode::Char('j') => Some(Msg::Down),
            KeyCode::Enter => Some(Msg::Choose),
            KeyCode::Esc => Some(Msg::Back),
            KeyCode::Char('q') => Some(Msg::Quit),
            _ => None,
        }
    }

    pub fn update(&mut self, msg: Msg) {
        if msg == Msg::ToggleHelp {
            self.help = !self.help;
            return;
        }
        let topics = home::topics(&self.library).len();
        match &mut self.screen {
            Screen::Home(state) => match (msg, &mut state.picker) {
                (Msg::Quit, _) => self.quit = true,
                (Msg::Back, Some(_)) => state.picker = None,
                (Msg::Back, None) => self.quit = true,
                (Msg::Up, None) => state.selected = state.selected.saturating_sub(1),
                (Msg::Down, None) => {
                    state.selected = (state.selected + 1).min(home::ITEMS.len() - 1)
                }
                (Msg::Up, Some(Picker::Topic(i) | Picker::Statement(i))) => {
                    *i = i.saturating_sub(1)
                }
                (Msg::Down, Some(Picker::Topic(i))) => *i = (*i + 1).min(topics.saturating_sub(1)),
                (Msg::Down, Some(Picker::Statement(i))) => *i = (*i + 1).min(8),
                (Msg::Choose, None) => match home::ITEMS[state.selected] {
                    Item::Topic => state.picker = Some(Picker::Topic(0)),
                    Item::Statement => state.picker = Some(Picker::Statement(0)),
                    Item::Spoken => self.spoken = !self.spoken,
                    Item::Quit => self.quit = true,
                    Item::Mock | Item::Random | Item::Weakest => {
                        self.status = Some("Rehearsal is not ready yet.".into())
                    }
                },
                (Msg::Choose, Some(_)) => self.status = Some("Rehearsal is not ready yet.".into()),
                (Msg::ToggleHelp, _) => {}
            },
        }
    }
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if widgets::too_small(area) {
            widgets::render_too_small(area, buf, &self.theme);
            return;
        }
        match &self.screen {
            Screen::Home(state) => home::render(self, state, area, buf),
        }
        if self.help {
            help::render(self, self.help_topic(), area, buf);
        }
    }
}
