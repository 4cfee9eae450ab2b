//! The app's state, the messages that change it, and which screen draws it.

use super::Launch;
use super::help::{self, HelpTopic};
use super::home::{self, HomeState, Item, Picker};
use super::recover::{self, RecoverState};
use super::rehearse::{self, Outcome, Rehearsal};
use super::summary::{self, SummaryState};
use super::theme::Theme;
use super::widgets;
use crate::bank::{Library, QualityStatement};
use crate::drill::{Clock, History, Plan, Session, SessionSetup, SystemClock};
use crate::insight::Lexicon;
use crate::notes::{AnswerStyle, NotesStore};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use rand::{Rng, SeedableRng};
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::{Duration, Instant};

/// A file in the data folder whose presence means the welcome has been seen.
const WELCOMED_MARKER: &str = ".welcome-seen";

pub enum Screen {
    Home(HomeState),
    Recover(RecoverState),
    Rehearse(Box<Rehearsal>),
    Summary(SummaryState),
}

/// What a key press means on the home, recover and summary screens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Quit,
    ToggleHelp,
    Up,
    Down,
    Choose,
    Back,
    /// Recover screen: save the draft as a note.
    Recover,
    /// Recover screen: leave the draft for another time.
    Keep,
    /// Recover screen: ask to discard, then confirm or not.
    AskDiscard,
    Confirm(bool),
    /// Summary screen: another rehearsal of the same kind.
    Again,
    Rehearse(rehearse::Msg),
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
    lexicon: Rc<Lexicon>,
    /// The plan and seed of the last rehearsal, for "another one".
    last_plan: Option<Plan>,
    seed: Option<u64>,
    /// Quit rather than go home when a rehearsal started from the command line ends.
    leave_after_rehearsal: bool,
    /// A rehearsal asked for on the command line, waiting while drafts are dealt with.
    pending: Option<Box<Rehearsal>>,
    /// A line to print once the terminal is restored, so leaving never feels like losing work.
    pub farewell: Option<String>,
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
            lexicon: Rc::new(Lexicon::bundled()),
            last_plan: None,
            seed: None,
            leave_after_rehearsal: false,
            pending: None,
            farewell: None,
            quit: false,
        }
    }

    pub fn launch(launch: Launch) -> App {
        let library = Library::load(launch.data_dir.as_deref(), &launch.banks);
        let welcome = launch
            .data_dir
            .as_ref()
            .is_none_or(|d| !d.join(WELCOMED_MARKER).exists());
        let mut app = App::new(library, launch.data_dir.clone(), Theme::from_env(), welcome);
        let (lexicon, warning) = Lexicon::load(launch.data_dir.as_deref());
        app.lexicon = Rc::new(lexicon);
        app.status = warning;
        if let Some(args) = &launch.rehearse {
            app.spoken = args.spoken;
            app.seed = args.seed;
            app.leave_after_rehearsal = true;
            match args.plan.parse::<Plan>() {
                Ok(plan) => app.start(plan),
                Err(e) => {
                    app.status = Some(e);
                    app.leave_after_rehearsal = false;
                }
            }
        }
        // Drafts come first, before anything else, so nothing typed before a crash is forgotten.
        app.offer_drafts();
        app
    }

    fn store(&self) -> Option<NotesStore> {
        self.data_dir.as_ref().map(NotesStore::new)
    }

    fn offer_drafts(&mut self) {
        let Some(store) = self.store() else { return };
        let current = match &self.screen {
            Screen::Rehearse(r) => Some(r.session.session_id().to_string()),
            _ => None,
        };
        let mut drafts = Vec::new();
        for draft in store.drafts() {
            match draft.result {
                Ok(note) if Some(&note.session_id) != current.as_ref() => {
                    drafts.push((draft.path, note))
                }
                Ok(_) => {}
                Err(problem) => self.status = Some(format!("A draft could not be read: {problem}")),
            }
        }
        if drafts.is_empty() {
            return;
        }
        let waiting = std::mem::replace(
            &mut self.screen,
            Screen::Recover(RecoverState {
                drafts,
                selected: 0,
                confirm_discard: false,
            }),
        );
        // A rehearsal asked for on the command line starts after the drafts are dealt with.
        if let Screen::Rehearse(r) = waiting {
            self.pending = Some(r);
        }
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// How long the loop may wait for a key before the screen needs redrawing on its own.
    pub fn time_to_next_tick(&self) -> Duration {
        match &self.screen {
            Screen::Rehearse(r) => r.time_to_next_tick(Instant::now()),
            _ => Duration::from_secs(1),
        }
    }

    /// Writes the draft when it is due.
    pub fn tick(&mut self) {
        let now = Instant::now();
        if let Screen::Rehearse(r) = &mut self.screen {
            r.flush_text();
        }
        if let Screen::Rehearse(r) = &self.screen
            && r.draft_due(now)
        {
            self.write_draft();
        }
    }

    fn write_draft(&mut self) {
        let Some(store) = self.store() else { return };
        let Screen::Rehearse(r) = &mut self.screen else {
            return;
        };
        r.flush_text();
        match store.write_draft(&r.session.to_note()) {
            Ok(_) => {
                r.draft_written();
                if self
                    .status
                    .as_deref()
                    .is_some_and(|s| s.starts_with("Could not"))
                {
                    self.status = None;
                }
            }
            Err(e) => {
                // Left marked unsaved, so the next tick tries again.
                self.status = Some(format!("{e} Your answer is still on screen."));
            }
        }
    }

    /// A signal or Ctrl-C asked the app to stop: keep whatever is typed.
    pub fn on_terminate(&mut self) {
        if let Screen::Rehearse(r) = &mut self.screen {
            r.flush_text();
            if r.session.to_note().has_content() {
                self.write_draft();
                self.farewell = Some(
                    "Your unfinished rehearsal is kept as a draft: psw-coach will offer it the next \
                     time you start it."
                        .into(),
                );
            } else {
                let id = r.session.session_id().to_string();
                self.remove_draft(&id);
            }
        }
        self.quit = true;
    }

    /// Remembers the welcome was seen, so it is not shown every time.
    pub fn on_exit(&mut self) {
        if let Some(dir) = &self.data_dir
            && self.welcome
            && crate::paths::ensure_private_dir(dir).is_ok()
        {
            let _ = std::fs::OpenOptions::new()
                .write(true)
                .create(true)
                .truncate(true)
                .mode(0o600)
                .open(dir.join(WELCOMED_MARKER));
        }
    }

    pub fn view(&self, frame: &mut Frame) {
        frame.render_widget(self, frame.area());
    }

    /// Handles a batch of events. In an answer box, a run of typed characters (a terminal without
    /// bracketed paste sends a paste this way) goes in as one piece of text: the editor would
    /// otherwise do work in proportion to the line for every single character.
    pub fn on_events(&mut self, events: Vec<Event>) {
        let mut run = String::new();
        for event in events {
            if self.typing_into_answer()
                && let Some(c) = typed_char(&event)
            {
                run.push(c);
                continue;
            }
            self.flush_run(&mut run);
            self.on_event(event);
        }
        self.flush_run(&mut run);
    }

    fn flush_run(&mut self, run: &mut String) {
        match run.chars().count() {
            0 => {}
            // One character keeps the meaning of a key (`?` opens help in an empty box).
            1 => {
                let c = run.chars().next().unwrap_or(' ');
                let code = if c == '\n' {
                    KeyCode::Enter
                } else {
                    KeyCode::Char(c)
                };
                self.on_event(Event::Key(KeyEvent::new(code, KeyModifiers::NONE)));
            }
            _ => self.update(Msg::Rehearse(rehearse::Msg::Paste(std::mem::take(run)))),
        }
        run.clear();
    }

    /// True when keys go straight into an answer (a part or the follow-up, no panel open).
    fn typing_into_answer(&self) -> bool {
        match &self.screen {
            Screen::Rehearse(r) => {
                !self.help
                    && r.overlay.is_none()
                    && matches!(
                        r.session.stage(),
                        crate::drill::Stage::Prompt(_) | crate::drill::Stage::FollowUp
                    )
            }
            _ => false,
        }
    }

    pub fn on_event(&mut self, event: Event) {
        let msg = match event {
            Event::Key(key) if key.kind != KeyEventKind::Release => self.message_for(key),
            Event::Paste(text) => match &self.screen {
                Screen::Rehearse(r) if r.overlay.is_none() && !self.help => {
                    Some(Msg::Rehearse(rehearse::Msg::Paste(text)))
                }
                _ => None,
            },
            _ => None,
        };
        if let Some(msg) = msg {
            self.update(msg);
        }
    }

    fn help_topic(&self) -> HelpTopic {
        match self.screen {
            Screen::Home(_) => HelpTopic::Home,
            Screen::Recover(_) => HelpTopic::Recover,
            Screen::Rehearse(_) => HelpTopic::Rehearse,
            Screen::Summary(_) => HelpTopic::Summary,
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
        match &self.screen {
            Screen::Rehearse(r) => {
                // A `?` belongs in an answer once typing has begun; before that, and in any
                // panel, it opens help. F1 opens help at any time.
                if key.code == KeyCode::F(1)
                    || (key.code == KeyCode::Char('?')
                        && (r.overlay.is_some() || r.editor.is_empty()))
                {
                    return Some(Msg::ToggleHelp);
                }
                r.message_for(key).map(Msg::Rehearse)
            }
            Screen::Recover(state) if state.confirm_discard => match key.code {
                KeyCode::Char('y') => Some(Msg::Confirm(true)),
                KeyCode::Char('n') | KeyCode::Esc => Some(Msg::Confirm(false)),
                _ => None,
            },
            Screen::Recover(_) => match key.code {
                KeyCode::Char('?') => Some(Msg::ToggleHelp),
                KeyCode::Up | KeyCode::Char('k') => Some(Msg::Up),
                KeyCode::Down | KeyCode::Char('j') => Some(Msg::Down),
                KeyCode::Char('r') | KeyCode::Enter => Some(Msg::Recover),
                KeyCode::Char('l') | KeyCode::Esc | KeyCode::Char('q') => Some(Msg::Keep),
                KeyCode::Char('d') => Some(Msg::AskDiscard),
                _ => None,
            },
            Screen::Summary(_) => match key.code {
                KeyCode::Char('?') => Some(Msg::ToggleHelp),
                KeyCode::Char('n') => Some(Msg::Again),
                KeyCode::Up | KeyCode::Char('k') => Some(Msg::Up),
                KeyCode::Down | KeyCode::Char('j') => Some(Msg::Down),
                KeyCode::Char('q') | KeyCode::Esc | KeyCode::Enter => Some(Msg::Back),
                _ => None,
            },
            Screen::Home(_) => match key.code {
                KeyCode::Char('?') => Some(Msg::ToggleHelp),
                KeyCode::Up | KeyCode::Char('k') => Some(Msg::Up),
                KeyCode::Down | KeyCode::Char('j') => Some(Msg::Down),
                KeyCode::Enter => Some(Msg::Choose),
                // Back from a list of topics; from the menu itself, back means quit.
                KeyCode::Esc | KeyCode::Char('q') => Some(Msg::Back),
                _ => None,
            },
        }
    }

    pub fn update(&mut self, msg: Msg) {
        match msg {
            Msg::ToggleHelp => {
                self.help = !self.help;
                if let Screen::Rehearse(r) = &mut self.screen {
                    // Help stops the clocks, like a pause, unless the pause menu is already up.
                    if r.overlay.is_none() {
                        if self.help {
                            r.session.pause();
                        } else {
                            r.session.resume();
                        }
                    }
                }
            }
            Msg::Quit => self.on_terminate(),
            Msg::Rehearse(m) => self.update_rehearsal(m),
            other => match &mut self.screen {
                Screen::Home(_) => self.update_home(other),
                Screen::Recover(_) => self.update_recover(other),
                Screen::Summary(state) => match other {
                    Msg::Up => state.scroll = state.scroll.saturating_sub(1),
                    Msg::Down => state.scroll = state.scroll.saturating_add(1),
                    Msg::Again => {
                        if let Some(plan) = self.last_plan.clone() {
                            self.seed = None;
                            self.start(plan);
                        }
                    }
                    Msg::Back => self.go_home(),
                    _ => {}
                },
                Screen::Rehearse(_) => {}
            },
        }
    }

    fn go_home(&mut self) {
        if self.leave_after_rehearsal {
            self.quit = true;
        }
        self.screen = Screen::Home(HomeState::default());
    }

    fn update_home(&mut self, msg: Msg) {
        let topics = home::topics(&self.library);
        let Screen::Home(state) = &mut self.screen else {
            return;
        };
        let mut plan = None;
        match (msg, &mut state.picker) {
            (Msg::Back, Some(_)) => state.picker = None,
            (Msg::Back, None) => self.quit = true,
            (Msg::Up, None) => state.selected = state.selected.saturating_sub(1),
            (Msg::Down, None) => state.selected = (state.selected + 1).min(home::ITEMS.len() - 1),
            (Msg::Up, Some(Picker::Topic(i) | Picker::Statement(i))) => *i = i.saturating_sub(1),
            (Msg::Down, Some(Picker::Topic(i))) => {
                *i = (*i + 1).min(topics.len().saturating_sub(1))
            }
            (Msg::Down, Some(Picker::Statement(i))) => {
                *i = (*i + 1).min(QualityStatement::ALL.len() - 1)
            }
            (Msg::Choose, None) => match home::ITEMS[state.selected] {
                Item::Topic => state.picker = Some(Picker::Topic(0)),
                Item::Statement => state.picker = Some(Picker::Statement(0)),
                Item::Spoken => self.spoken = !self.spoken,
                Item::Quit => self.quit = true,
                Item::Mock => plan = Some(Plan::Mock),
                Item::Random => plan = Some(Plan::Random(5)),
                Item::Weakest => plan = Some(Plan::Weakest(5)),
            },
            (Msg::Choose, Some(Picker::Topic(i))) => {
                plan = topics.get(*i).map(|(t, _)| Plan::Topic(t.clone()))
            }
            (Msg::Choose, Some(Picker::Statement(i))) => {
                plan = QualityStatement::ALL.get(*i).map(|s| Plan::Statement(*s))
            }
            _ => {}
        }
        if let Some(plan) = plan {
            self.start(plan);
        }
    }

    /// Picks the questions and opens the first one, or says why it cannot.
    pub fn start(&mut self, plan: Plan) {
        let notes = self.store().map(|s| s.list().notes).unwrap_or_default();
        let notes: Vec<_> = notes.into_iter().map(|(_, n)| n).collect();
        let history = History::from_notes(&notes);
        let seed = self.seed.unwrap_or_else(|| rand::rng().random());
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let questions: Vec<_> = self.library.questions().cloned().collect();
        match crate::drill::select(&plan, &questions, &history, &mut rng) {
            Ok(chosen) => {
                let with_prompts = chosen
                    .into_iter()
                    .map(|q| {
                        let prompts = self.library.prompts_for(&q).to_vec();
                        (q, prompts)
                    })
                    .collect();
                let banks = self.library.banks.iter().map(|b| b.id.clone()).collect();
                let setup = SessionSetup {
                    plan_label: plan.label(),
                    banks,
                    style: if self.spoken {
                        AnswerStyle::Spoken
                    } else {
                        AnswerStyle::Written
                    },
                    seed,
                };
                let clock: Box<dyn Clock> = Box::new(SystemClock::default());
                let session = Session::new(setup, with_prompts, clock);
                self.last_plan = Some(plan);
                self.status = None;
                self.welcome = false;
                self.screen =
                    Screen::Rehearse(Box::new(Rehearsal::new(session, Rc::clone(&self.lexicon))));
                self.write_draft();
            }
            Err(e) => self.status = Some(e.to_string()),
        }
    }

    fn update_rehearsal(&mut self, msg: rehearse::Msg) {
        let Screen::Rehearse(r) = &mut self.screen else {
            return;
        };
        let before = (r.session.index(), r.session.stage());
        match r.update(msg) {
            Outcome::Stay => {
                if (r.session.index(), r.session.stage()) != before {
                    r.mark_unsaved();
                    self.write_draft();
                }
            }
            Outcome::Save { .. } => self.save(),
            Outcome::Discarded => {
                let id = r.session.session_id().to_string();
                self.remove_draft(&id);
                self.status =
                    Some("Rehearsal discarded. Notes you saved before are untouched.".into());
                self.farewell = Some("Rehearsal discarded.".into());
                self.go_home();
            }
        }
    }

    /// Saves the rehearsal as a note and shows the summary; on failure the answer stays on screen.
    fn save(&mut self) {
        let Some(store) = self.store() else {
            self.status =
                Some("Could not save: no data folder. Start psw-coach with --data-dir DIR.".into());
            return;
        };
        let Screen::Rehearse(r) = &mut self.screen else {
            return;
        };
        r.flush_text();
        let note = r.session.to_note();
        if !note.has_content() {
            let id = note.session_id.clone();
            self.remove_draft(&id);
            self.status = Some("Nothing was typed, so there was nothing to save.".into());
            self.farewell = self.status.clone();
            self.go_home();
            return;
        }
        match store.save(&note) {
            Ok(path) => {
                let summary = r.session.summary();
                self.status = None;
                self.screen = Screen::Summary(SummaryState {
                    summary,
                    note: path,
                    scroll: 0,
                });
            }
            Err(e) => {
                self.status = Some(format!(
                    "{e} Your answer is still on screen: press Ctrl-S to try again."
                ));
            }
        }
    }

    fn remove_draft(&mut self, session_id: &str) {
        let Some(store) = self.store() else { return };
        let path = store.draft_path(session_id);
        if path.exists()
            && let Err(e) = store.discard_draft(&path)
        {
            self.status = Some(e.to_string());
        }
    }

    fn update_recover(&mut self, msg: Msg) {
        let store = self.store();
        let Screen::Recover(state) = &mut self.screen else {
            return;
        };
        let Some((path, _)) = state.drafts.get(state.selected).cloned() else {
            self.after_drafts();
            return;
        };
        let mut done_with_this = false;
        match msg {
            Msg::Up => state.selected = state.selected.saturating_sub(1),
            Msg::Down => state.selected = (state.selected + 1).min(state.drafts.len() - 1),
            Msg::AskDiscard => state.confirm_discard = true,
            Msg::Confirm(false) => state.confirm_discard = false,
            Msg::Confirm(true) => {
                state.confirm_discard = false;
                match store.as_ref().map(|s| s.discard_draft(&path)) {
                    Some(Ok(())) => {
                        self.status = Some("Draft discarded.".into());
                        done_with_this = true;
                    }
                    Some(Err(e)) => self.status = Some(e.to_string()),
                    None => {}
                }
            }
            Msg::Recover => match store.as_ref().map(|s| s.recover(&path)) {
                Some(Ok(saved)) => {
                    self.status = Some(format!("Recovered and saved as {}", saved.display()));
                    done_with_this = true;
                }
                Some(Err(e)) => self.status = Some(e.to_string()),
                None => {}
            },
            Msg::Keep => {
                self.status = Some("Kept for later: you will be asked again next time.".into());
                done_with_this = true;
            }
            _ => {}
        }
        if done_with_this {
            state.drafts.remove(state.selected);
            state.selected = state.selected.min(state.drafts.len().saturating_sub(1));
            if state.drafts.is_empty() {
                self.after_drafts();
            }
        }
    }

    fn after_drafts(&mut self) {
        self.screen = match self.pending.take() {
            Some(r) => Screen::Rehearse(r),
            None => Screen::Home(HomeState::default()),
        };
    }
}

/// The character a plain key press types, if it types one (Enter types a line break).
fn typed_char(event: &Event) -> Option<char> {
    let Event::Key(key) = event else { return None };
    if rehearse::is_line_feed(key) {
        return Some('\n');
    }
    if key.kind == KeyEventKind::Release
        || key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
    {
        return None;
    }
    match key.code {
        KeyCode::Char(c) => Some(c),
        KeyCode::Enter => Some('\n'),
        _ => None,
    }
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if widgets::too_small(area) {
            widgets::render_too_small(area, buf, &self.theme);
            return;
        }
        let status = self.status.as_deref();
        match &self.screen {
            Screen::Home(state) => home::render(self, state, area, buf),
            Screen::Recover(state) => recover::render(state, &self.theme, area, buf),
            Screen::Rehearse(r) => rehearse::render(r, &self.theme, status, area, buf),
            Screen::Summary(state) => summary::render(state, &self.theme, area, buf),
        }
        if self.help {
            help::render(self, self.help_topic(), area, buf);
        }
    }
}
