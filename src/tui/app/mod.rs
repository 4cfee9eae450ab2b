//! The router: a stack of screens, the key map lookup, and the only code that carries out
//! effects against the notes store and the data folder.

mod effects;
mod figures;

use super::component::{Ctx, Screen, ScreenId};
use super::component::{Effect, Notice, Outcome, TodayInfo};
use super::keymap::is_line_feed;
use super::keymap::{self, Action};
use super::screens::help::HelpScreen;
use super::screens::home::HomeScreen;
use super::screens::progress::ProgressScreen;
use super::screens::recover::RecoverScreen;
use super::screens::rehearse::RehearseScreen;
use super::screens::review::ReviewScreen;
use super::screens::settings::SettingsScreen;
use super::screens::summary::SummaryScreen;
use super::theme::Theme;
use super::widgets;
use crate::bank::Library;
use crate::drill::{Clock, Plan, PracticeLog, RehearseOptions, Session, SessionSetup, SystemClock};
use crate::insight::Lexicon;
use crate::notes::{AnswerStyle, NotesStore, StoreErrorKind};
use crate::review::{History, Loader, Settings};
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use rand::{Rng, SeedableRng};
use ratatui::Frame;
use std::os::unix::fs::OpenOptionsExt;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Duration;

/// A file in the data folder whose presence means the welcome has been seen.
pub const WELCOMED_MARKER: &str = ".welcome-seen";

/// Makes the clocks the app hands to sessions: the real one, or a test's fake.
pub type ClockSource = Rc<dyn Fn() -> Box<dyn Clock>>;

/// Makes recorded practice's recorder for the data folder: this computer's microphone (or
/// `PSW_COACH_VOICE_INPUT`), or a test's stand-in; the error is the one line saying why not.
pub type RecorderSource = Rc<
    dyn Fn(
        Option<&std::path::Path>,
    ) -> Result<Box<dyn crate::voice::recorder::LiveRecorder>, String>,
>;

pub struct App {
    library: Rc<Library>,
    data_dir: Option<PathBuf>,
    theme: Theme,
    lexicon: Rc<Lexicon>,
    clocks: ClockSource,
    recorders: RecorderSource,
    /// The screens, the top one last. The bottom one is always the home screen.
    stack: Vec<Box<dyn Screen>>,
    /// The latest message for the PSW.
    notice: Option<Notice>,
    /// How many notices have been given, so a key that moves to another screen without giving
    /// one can tell the notice on show is the last screen's.
    notices_given: u64,
    /// The notice on show was there when the PSW last pressed a key, so they have had it in front
    /// of them: a rehearsal started then does not repeat it if it was only for information.
    notice_read: bool,
    /// A rehearsal asked for on the command line, started once drafts are dealt with.
    pending: Option<RehearseOptions>,
    /// Pair practice asked for on the command line, likewise.
    pending_pair: Option<crate::drill::pair::PairStart>,
    /// Leave rather than go home when a rehearsal started from the command line ends.
    leave_after_rehearsal: bool,
    /// The welcome was shown and a rehearsal has started: do not show it again.
    welcome_seen: bool,
    /// A line to print once the terminal is restored, so leaving never feels like losing work.
    pub farewell: Option<String>,
    quit: bool,
    /// Ctrl-Z outside a text box: the terminal loop stops the app as on SIGTSTP.
    suspend_asked: bool,
    /// The notice count when Ctrl-Z in an answer box said it was undo; the next other key
    /// lets that line go.
    undo_said: Option<u64>,
    /// The PSW's settings, kept in the data folder.
    settings: Settings,
    /// Reading the history on its own thread, for the countdown on the home screen.
    countdown: Option<Loader>,
    /// The history as last read, for the progress screen.
    history: Option<Rc<History>>,
    /// Leave rather than go home when review was opened from the command line and is closed.
    leave_after_review: bool,
}

impl App {
    pub fn new(library: Library, data_dir: Option<PathBuf>, theme: Theme, welcome: bool) -> App {
        let library = Rc::new(library);
        App {
            stack: vec![Box::new(HomeScreen::new(Rc::clone(&library), welcome))],
            library,
            data_dir,
            theme,
            lexicon: Rc::new(Lexicon::bundled()),
            clocks: Rc::new(|| Box::new(SystemClock::default())),
            recorders: Rc::new(crate::voice::recorder::live),
            notice: None,
            notices_given: 0,
            undo_said: None,
            notice_read: false,
            pending: None,
            pending_pair: None,
            leave_after_rehearsal: false,
            welcome_seen: false,
            farewell: None,
            quit: false,
            suspend_asked: false,
            settings: Settings::default(),
            countdown: None,
            history: None,
            leave_after_review: false,
        }
    }

    /// Uses `settings` (and their colour theme, unless `NO_COLOR` is set).
    pub fn with_settings(mut self, settings: Settings) -> App {
        self.theme = Theme::for_choice(settings.theme);
        self.settings = settings;
        let mut home = HomeScreen::new(Rc::clone(&self.library), self.welcome_shown());
        home.set_style(settings.answer_style);
        self.stack[0] = Box::new(home);
        self
    }

    fn welcome_shown(&self) -> bool {
        !self.welcome_seen
            && self
                .data_dir
                .as_ref()
                .is_none_or(|d| std::fs::symlink_metadata(d.join(WELCOMED_MARKER)).is_err())
    }

    /// Today in the PSW's own time zone, from the app's clock (a test's fake one in tests).
    fn today(&self) -> chrono::NaiveDate {
        (self.clocks)().local_now().date_naive()
    }

    /// Reads the history again in the background, for the countdown on the home screen.
    fn refresh_countdown(&mut self) {
        self.history = None;
        self.countdown = self.store().map(Loader::spawn);
    }

    /// The history for the progress screen: as last read, else read now.
    fn history_now(&mut self) -> Rc<History> {
        // Finish the background read rather than read twice; home hears the result as well, so
        // its Today box is not left behind.
        while self.countdown.is_some() {
            self.poll_countdown();
            if self.countdown.is_some() {
                std::thread::sleep(Duration::from_millis(5));
            }
        }
        if self.history.is_none() {
            let h = self
                .store()
                .map(|s| History::load(&s, &|_, _| {}))
                .unwrap_or_default();
            self.history = Some(Rc::new(h));
        }
        self.history.clone().unwrap_or_default()
    }

    /// Tells the home screen the countdown and today's practice, once the history is read.
    fn poll_countdown(&mut self) {
        let Some(loader) = &mut self.countdown else {
            return;
        };
        let Some(history) = loader.poll() else {
            return;
        };
        self.countdown = None;
        let history = Rc::new(history);
        self.history = Some(Rc::clone(&history));
        let today = self.today();
        let questions: Vec<_> = self.library.questions().cloned().collect();
        let plan = crate::review::countdown::plan_today(
            &questions,
            &history,
            today,
            self.settings.on_site_date,
            usize::from(self.settings.daily_questions),
        );
        let info = TodayInfo::new(
            &plan,
            self.settings.on_site_date,
            today,
            history.skipped.len(),
        );
        let effects = self.stack[0].on_outcome(Outcome::Today(info));
        self.apply(0, effects);
    }

    /// Uses `clocks` for every rehearsal from now on (tests hand in a fake clock).
    pub fn with_clock(mut self, clocks: ClockSource) -> App {
        self.clocks = clocks;
        self
    }

    /// Records with `recorders` instead of this computer's microphone (tests).
    pub fn with_recorders(mut self, recorders: RecorderSource) -> App {
        self.recorders = recorders;
        self
    }

    pub fn launch(launch: super::Launch) -> App {
        let library = Library::load(launch.data_dir.as_deref(), &launch.banks);
        let welcome = launch
            .data_dir
            .as_ref()
            .is_none_or(|d| std::fs::symlink_metadata(d.join(WELCOMED_MARKER)).is_err());
        let mut app = App::new(library, launch.data_dir.clone(), Theme::from_env(), welcome);
        if let Some(dir) = &launch.data_dir {
            let (settings, warning) = Settings::load(dir);
            app = app.with_settings(settings);
            if let Some(warning) = warning {
                app.set_notice(Notice::warning(warning));
            }
        }
        // The history for the Today box is read once the first frame is drawn (`after_first_frame`):
        // starting its threads here delayed the first frame by 2-7 ms on a busy 2-core machine.
        let (lexicon, warning) = Lexicon::load(launch.data_dir.as_deref());
        app.lexicon = Rc::new(lexicon);
        if let Some(warning) = warning {
            app.set_notice(Notice::warning(warning.to_string()));
        }
        // A folder psw-coach may not write in is said on home, before a whole rehearsal is
        // typed into it (the eleventh walk's row 14: the first word came a second into typing).
        // Said last, as it matters most.
        if let Some(problem) = launch.data_dir.as_deref().and_then(cannot_write_in) {
            app.set_notice(Notice::warning(problem));
        }
        if let Some(mut options) = launch.rehearse {
            if launch.style_from_settings {
                options = options.in_style(app.settings.answer_style);
                // Said before the rehearsal starts, so a recorder's own warning (no voice in this
                // build, no model) takes its place.
                app.set_notice(Notice::info(
                    crate::drill::options::style_from_settings_line(app.settings.answer_style),
                ));
            }
            app.leave_after_rehearsal = true;
            app.pending = Some(options);
        }
        if let Some(start) = launch.pair {
            app.leave_after_rehearsal = true;
            app.pending_pair = Some(start);
        }
        // Drafts come first, before anything else, so nothing typed before a crash is forgotten.
        app.offer_drafts();
        app.start_pending();
        if launch.review && app.stack.len() == 1 {
            app.leave_after_review = true;
            app.carry_out(Effect::OpenReview);
        }
        app
    }

    fn store(&self) -> Option<NotesStore> {
        self.data_dir.as_ref().map(NotesStore::new)
    }

    /// The screen on top, which gets the keys.
    // The `expect` cannot fire: `new` starts the stack with home and nothing removes it (each pop
    // is guarded by `len() > 1`, a return home truncates to 1), whatever is typed, read or resized.
    #[allow(clippy::expect_used)]
    pub fn top(&self) -> &dyn Screen {
        self.stack
            .last()
            .expect("the home screen is never removed")
            .as_ref()
    }

    pub fn screen_ids(&self) -> Vec<ScreenId> {
        self.stack.iter().map(|s| s.id()).collect()
    }

    pub fn notice(&self) -> Option<&Notice> {
        self.notice.as_ref()
    }

    /// The notice a session opens with, taken from the app: a message from just before (where a
    /// recovered draft went, a bank warning) is shown under the first step rather than dropped;
    /// one for information that was on screen already ("Answer style: spoken. Saved...") is not.
    fn opening_notice(&mut self) -> Option<Notice> {
        let read = self.notice_read;
        self.notice
            .take()
            .filter(|n| !read || n.kind != crate::tui::component::NoticeKind::Info)
    }

    fn set_notice(&mut self, notice: Notice) {
        self.notice = Some(notice);
        self.notices_given += 1;
        self.notice_read = false;
    }

    /// The screen the PSW is on, help set aside (a notice stays readable under help), as the
    /// depth of the stack, the screen's address and its own page (the register's list or form):
    /// together they change when the screen does.
    fn page(&self) -> (usize, *const (), u8) {
        let i = self
            .stack
            .iter()
            .rposition(|s| !s.is_overlay())
            .unwrap_or(0);
        (
            i,
            std::ptr::from_ref::<dyn Screen>(self.stack[i].as_ref()).cast(),
            self.stack[i].page(),
        )
    }

    /// Puts a screen on top (tests use this to open a screen in a known state).
    pub fn push(&mut self, mut screen: Box<dyn Screen>) {
        // Going on to something else makes the line kept for quitting old news: it is printed
        // only about the last thing the PSW did (a discard printed long after, on quitting from
        // home, read as if the quit had thrown something away). Help over a screen is no new step.
        if !screen.is_overlay() {
            self.farewell = None;
        }
        if let Some(top) = self.stack.last_mut() {
            top.covered();
        }
        if screen.id() == ScreenId::Rehearse {
            screen.revealed();
        }
        self.stack.push(screen);
    }

    fn offer_drafts(&mut self) {
        let Some(store) = self.store() else { return };
        let mut drafts = Vec::new();
        for draft in store.drafts() {
            match draft.result {
                Ok(note) => drafts.push((draft.path, note)),
                Err(problem) => self.set_notice(Notice::warning(format!(
                    "A draft could not be read: {problem}"
                ))),
            }
        }
        if !drafts.is_empty() {
            self.push(Box::new(RecoverScreen::new(drafts).checked(&self.library)));
        }
    }

    /// Offers the drafts left by psw-coach sessions that are gone, as at start (tests use this to
    /// start again on a data folder after playing a crash).
    pub fn offer_drafts_now(&mut self) {
        self.offer_drafts();
    }

    /// A rehearsal asked for on the command line starts once nothing else is waiting.
    fn start_pending(&mut self) {
        if self.stack.len() == 1
            && let Some(start) = self.pending_pair.take()
        {
            self.start_pair(start);
            if self.stack.len() == 1 {
                self.leave_after_rehearsal = false;
            }
        }
        if self.stack.len() == 1
            && let Some(options) = self.pending.take()
        {
            self.start(options);
            if self.stack.len() == 1 {
                // It could not start: the reason is on the home screen, which stays.
                self.leave_after_rehearsal = false;
            }
        }
    }

    pub fn should_quit(&self) -> bool {
        self.quit
    }

    /// True once after Ctrl-Z was pressed where it is not undo: the terminal loop stops the app.
    pub fn take_suspend(&mut self) -> bool {
        std::mem::take(&mut self.suspend_asked)
    }

    /// How long the loop may wait for a key before a screen needs a tick.
    pub fn time_to_next_tick(&self) -> Duration {
        let countdown = self.countdown.as_ref().map(|_| Duration::from_millis(50));
        self.stack
            .iter()
            .filter_map(|s| s.wait())
            .chain(countdown)
            .min()
            .unwrap_or(Duration::from_secs(1))
    }

    /// Lets every screen do what is due (a draft to write).
    pub fn tick(&mut self) {
        self.poll_countdown();
        for i in 0..self.stack.len() {
            let effects = self.stack[i].tick();
            self.apply(i, effects);
        }
    }

    /// A signal or Ctrl-C asked the app to stop: keep whatever is typed.
    pub fn on_terminate(&mut self) {
        if self.quit {
            return;
        }
        for i in (0..self.stack.len()).rev() {
            let effects = self.stack[i].on_terminate();
            self.apply(i, effects);
        }
        self.quit = true;
    }

    /// The app is about to be stopped (SIGTSTP): keep an unsaved rehearsal's draft now.
    pub fn on_suspend(&mut self) {
        for i in 0..self.stack.len() {
            let effects = self.stack[i].on_suspend();
            self.apply(i, effects);
        }
    }

    /// What must be kept if the process is ended from outside the loop (see `tui::run`).
    pub fn snapshot(&self) -> Option<crate::notes::Note> {
        self.stack.iter().rev().find_map(|s| s.snapshot())
    }

    /// Once the first frame is on screen, start what is costly and not needed for it, so nothing
    /// slow comes before the first draw: reading the history for the Today box, and compiling the
    /// word lists (about 30 ms of CPU) so the first analysis in a rehearsal does not wait for them.
    /// Both run on background threads.
    pub fn after_first_frame(&mut self) {
        // Started for `rehearse` or `review`, the app ends without going home: no Today box to fill.
        let home_ahead = !self.leave_after_rehearsal && !self.leave_after_review;
        if home_ahead && self.countdown.is_none() && self.history.is_none() {
            self.refresh_countdown();
        }
        self.lexicon.warm_up_in_background();
    }

    pub fn view(&self, frame: &mut Frame) {
        let area = frame.area();
        if widgets::too_small(area) {
            widgets::render_too_small(area, frame.buffer_mut(), &self.theme);
            return;
        }
        let ctx = Ctx {
            theme: &self.theme,
            notice: self.notice.as_ref(),
        };
        // Overlays (help) are drawn over the screen beneath them.
        let first = self
            .stack
            .iter()
            .rposition(|s| !s.is_overlay())
            .unwrap_or(0);
        let mut cursor = None;
        for screen in &self.stack[first..] {
            cursor = screen.render(area, frame.buffer_mut(), &ctx);
        }
        if let Some(at) = cursor {
            frame.set_cursor_position(at);
        }
    }

    /// Handles a batch of events. In a text box, a run of typed characters (a terminal without
    /// bracketed paste sends a paste this way) goes in as one piece of text: the editor would
    /// otherwise do work in proportion to the line for every single character.
    pub fn on_events(&mut self, events: Vec<Event>) {
        let mut run = String::new();
        for event in events {
            if let Some(c) = self.typed_char(&event) {
                run.push(c);
                continue;
            }
            self.flush_run(&mut run);
            match event {
                Event::Key(key) => {
                    self.on_key(key);
                }
                Event::Paste(text) => self.on_text(&text),
                Event::Resize(..) => {
                    for screen in &mut self.stack {
                        screen.on_resize();
                    }
                }
                _ => {}
            }
            if self.quit {
                return;
            }
        }
        self.flush_run(&mut run);
    }

    fn flush_run(&mut self, run: &mut String) {
        if !run.is_empty() {
            let text = std::mem::take(run);
            self.on_text(&text);
        }
    }

    fn on_text(&mut self, text: &str) {
        // Typing on after an undo: the line about Ctrl-Z has been read.
        if self.undo_said.take() == Some(self.notices_given) {
            self.notice = None;
        }
        let i = self.stack.len() - 1;
        let effects = self.stack[i].on_text(text);
        self.apply(i, effects);
    }

    /// The character a key press types here, if the key map leaves it to a text box.
    fn typed_char(&self, event: &Event) -> Option<char> {
        let Event::Key(key) = event else { return None };
        let context = self.top().context();
        let Some(Action::Type(_)) = keymap::action_for(context, *key) else {
            return None;
        };
        if is_line_feed(key) {
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

    /// Handles one key; false when it means nothing here.
    pub fn on_key(&mut self, key: KeyEvent) -> bool {
        let Some(action) = keymap::action_for(self.top().context(), key) else {
            return false;
        };
        self.on_action(action)
    }

    /// Acts on an action as the top screen would get it from a key; false when nothing took it.
    pub fn on_action(&mut self, action: Action) -> bool {
        let (given, page) = (self.notices_given, self.page());
        let context = self.top().context();
        let undo_said = self.undo_said.take();
        self.notice_read = self.notice.is_some();
        let taken = self.act(action);
        // Ctrl-Z in an answer is undo, but to a terminal user it is "stop for now": typing
        // vanished with no word of why or of Ctrl-Y. It says so until the next other key.
        if matches!(action, Action::Undo) && keymap::undo_is_said(context) {
            let key = |a| keymap::label(context, a).unwrap_or_default();
            self.set_notice(Notice::info(format!(
                "{} undoes typing here; {} puts it back. To stop psw-coach for now instead, \
                 press {}, then {}.",
                key(Action::Undo),
                key(Action::Redo),
                key(Action::Pause),
                key(Action::Undo)
            )));
            self.undo_said = Some(self.notices_given);
        } else if undo_said == Some(self.notices_given) {
            self.notice = None;
        }
        // A notice is about the screen it was given on ("Saved as a new note..." on refine): a key
        // that leaves that screen without a notice of its own leaves the old one behind, rather
        // than carrying it over review, progress, home and the next rehearsal.
        if self.notices_given == given && self.page() != page {
            self.notice = None;
        }
        taken
    }

    fn act(&mut self, action: Action) -> bool {
        match action {
            Action::Quit => self.on_terminate(),
            Action::Suspend => self.suspend_asked = true,
            Action::Help if self.top().id() != ScreenId::Help => {
                let context = self.top().context();
                self.apply(self.stack.len() - 1, vec![Effect::OpenHelp(context)]);
            }
            _ => {
                let i = self.stack.len() - 1;
                let Some(effects) = self.stack[i].on_action(action) else {
                    return false;
                };
                self.apply(i, effects);
            }
        }
        true
    }

    /// Carries out what screen `from` asked for, telling it how things went.
    fn apply(&mut self, from: usize, effects: Vec<Effect>) {
        for effect in effects {
            let outcome = self.carry_out(effect);
            if let Some(outcome) = outcome
                && let Some(screen) = self.stack.get_mut(from)
            {
                let more = screen.on_outcome(outcome);
                self.apply(from, more);
            }
        }
    }

    fn carry_out(&mut self, effect: Effect) -> Option<Outcome> {
        match effect {
            Effect::WriteDraft(note) => self.write_draft(note),
            Effect::KeepDraftOnExit(note) => self.keep_draft_on_exit(note),
            Effect::RemoveDraft(session_id) => self.remove_draft(session_id),
            Effect::SaveNote {
                note,
                summary,
                again,
            } => self.save_note(note, *summary, again),
            Effect::RecoverDraft(path) => self.recover_draft(path),
            Effect::DiscardDraft(path) => self.discard_draft(path),
            Effect::ResumeDraft(path) => self.resume_draft_at(path),
            Effect::StartPlan(options) => {
                // A new rehearsal makes the last one's outcome old news.
                self.farewell = None;
                self.start(options);
                None
            }
            Effect::Open(route) => {
                self.open(route);
                None
            }
            Effect::OpenHelp(context) => {
                let notes = self.store().map(|s| s.notes_dir().display().to_string());
                self.push(Box::new(HelpScreen::new(context, notes)));
                None
            }
            // A summary straight over home goes home as a rehearsal's end does (which ends
            // `psw-coach rehearse`); over attempts or progress, back to them.
            Effect::Close if self.stack.len() == 2 && self.top().id() == ScreenId::Summary => {
                self.go_home();
                None
            }
            Effect::Close => {
                self.pop();
                None
            }
            Effect::Home => {
                self.go_home();
                None
            }
            Effect::Notify(notice) => {
                // A new notice is about something new (a setting changed on home), so the
                // line kept for quitting, about something earlier, goes with it; a screen that
                // ends with a farewell of its own gives it after its notice.
                self.farewell = None;
                self.set_notice(notice);
                None
            }
            Effect::Farewell(line) => {
                self.farewell = Some(line);
                None
            }
            Effect::Quit => {
                self.on_terminate();
                None
            }
            Effect::StartPair(start) => {
                self.farewell = None;
                self.start_pair(*start);
                None
            }
            Effect::SavePair(note) => self.save_pair(note),
            Effect::OpenReview => self.open_review(),
            Effect::OpenProgress => self.open_progress(),
            Effect::OpenSettings => self.open_settings(),
            Effect::TryQuestion(id) => {
                self.start(self.options_for(Plan::Questions(vec![id])));
                None
            }
            Effect::StartToday(ids) => {
                self.start(self.options_for(Plan::Questions(ids)));
                None
            }
            Effect::PractiseStatement(statement) => {
                let count = crate::drill::plan::DEFAULT_COUNT;
                self.start(self.options_for(Plan::Statement(statement, count)));
                None
            }
            Effect::SaveRefined {
                original,
                edited,
                rating,
            } => self.save_refined(original, edited, rating),
            Effect::SetAnswerStyle(style) => self.set_answer_style(style),
            Effect::SaveFigureDrill(history) => self.save_figure_drill(&history),
            Effect::OpenEvidence => self.open_evidence(),
            Effect::SaveRegister(change) => self.save_register(&change),
            Effect::SaveSettings(settings) => self.save_settings(settings),
        }
    }

    /// Options for a rehearsal the app starts itself, in the PSW's answer style.
    fn options_for(&self, plan: Plan) -> RehearseOptions {
        RehearseOptions {
            plan,
            seed: None,
            spoken: self.settings.answer_style.is_aloud(),
            record: self.settings.answer_style == AnswerStyle::Recorded,
            probes: None,
        }
    }

    fn pop(&mut self) {
        if self.stack.len() > 1 {
            let closed = self.stack.pop();
            if self.leave_after_review
                && self.stack.len() == 1
                && closed.is_some_and(|s| s.id() == ScreenId::Review)
            {
                self.quit = true;
            }
        }
        if let Some(top) = self.stack.last_mut() {
            top.revealed();
        }
        self.start_pending();
    }

    fn replace_top(&mut self, screen: Box<dyn Screen>) {
        if self.stack.len() > 1 {
            self.stack.pop();
        }
        self.stack.push(screen);
    }

    fn go_home(&mut self) {
        self.stack.truncate(1);
        if self.leave_after_rehearsal {
            self.quit = true;
        }
    }

    /// Picks the questions and opens the first one, or says why it cannot.
    pub fn start(&mut self, mut options: RehearseOptions) {
        if let Plan::Figures(n) = options.plan {
            self.start_figures(n, false, options.record);
            return;
        }
        let recorder = self.recorder_for(&mut options);
        // The probes setting is for mock interviews; `--probes N` on the command line wins.
        if options.probes.is_none() && options.plan == Plan::Mock {
            options.probes = Some(usize::from(self.settings.probes));
        }
        let notes = self.store().map(|s| s.list().notes).unwrap_or_default();
        let notes: Vec<_> = notes.into_iter().map(|(_, n)| n).collect();
        let history = PracticeLog::from_notes(&notes);
        let seed = options.seed.unwrap_or_else(|| rand::rng().random());
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let questions: Vec<_> = self.library.questions().cloned().collect();
        match crate::drill::select(&options.plan, &questions, &history, &mut rng) {
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
                    plan_label: options.plan.label(),
                    banks,
                    style: options.style(),
                    seed,
                };
                let session = Session::new(setup, with_prompts, (self.clocks)())
                    .with_probes(options.probes())
                    .with_lexicon(Rc::clone(&self.lexicon));
                let screen = self.rehearse_screen(session, options, recorder);
                // A message from just before (where a recovered draft went, a bank warning) is
                // shown under the first part rather than dropped as the rehearsal opens; one for
                // information that home showed already ("Answer style: spoken. Saved...") is not.
                let screen = match self.opening_notice() {
                    Some(notice) => screen.with_opening(notice),
                    None => screen,
                };
                self.mark_welcome_seen();
                // Started from attempts or progress, the rehearsal goes on top of them, so `q` on
                // its summary returns there; a rehearsal or summary already open gives way.
                while self.stack.len() > 1
                    && matches!(self.top().id(), ScreenId::Summary | ScreenId::Rehearse)
                {
                    self.stack.pop();
                }
                self.push(Box::new(screen));
            }
            Err(e) => self.set_notice(Notice::warning(e.to_string())),
        }
    }

    /// Recorded practice's recorder, when `options` ask for it. Without voice in this build or
    /// without a usable model, the one line saying why and how to get it is shown under the first
    /// part, and the rehearsal goes on as spoken practice with the timer.
    fn recorder_for(
        &mut self,
        options: &mut RehearseOptions,
    ) -> Option<crate::tui::recorder::PartRecorder> {
        if !options.record {
            return None;
        }
        match (self.recorders)(self.data_dir.as_deref()) {
            Ok(live) => Some(crate::tui::recorder::PartRecorder::new(live)),
            Err(why) => {
                options.record = false;
                self.set_notice(Notice::warning(format!(
                    "{why} This rehearsal is spoken with the timer: answer aloud, then jot the key points."
                )));
                None
            }
        }
    }

    /// Pair practice's recorder, with the spoken, recorded style: the PSW's answers are recorded
    /// and their words shown to the colleague on the feedback step. The error is the line saying
    /// why not (no voice in this build, no model) and that the pair goes on as usual.
    fn pair_recorder(
        &self,
        session_id: &str,
    ) -> Option<Result<crate::tui::recorder::pair::PairRecorder, String>> {
        use crate::tui::recorder::pair::PairRecorder;
        if self.settings.answer_style != AnswerStyle::Recorded {
            return None;
        }
        Some(match (self.recorders)(self.data_dir.as_deref()) {
            Ok(live) => Ok(match &self.data_dir {
                Some(dir) => PairRecorder::new(live).saving_audio_in(
                    dir.join(crate::voice::recorder::RECORDINGS_DIR),
                    session_id,
                    self.settings.keep_audio,
                ),
                None => PairRecorder::new(live),
            }),
            Err(why) => Err(format!(
                "{why} The answers are not recorded: the colleague listens and marks as usual."
            )),
        })
    }

    /// The recorder writes each part's sound to the data folder's `recordings` before it is
    /// transcribed, named after the session so `notes show` lists it with its note; it stays
    /// there once transcribed only with the setting to keep recordings on.
    fn saving_audio(
        &self,
        recorder: crate::tui::recorder::PartRecorder,
        session_id: &str,
    ) -> crate::tui::recorder::PartRecorder {
        match &self.data_dir {
            Some(dir) => recorder.saving_audio_in(
                dir.join(crate::voice::recorder::RECORDINGS_DIR),
                session_id,
                self.settings.keep_audio,
            ),
            None => recorder,
        }
    }

    /// The rehearsal screen over `session`, new or resumed: the PSW's evidence register beside
    /// it and, in recorded practice, the recorder, keeping audio under the session's id.
    fn rehearse_screen(
        &self,
        session: Session<Box<dyn Clock>>,
        options: RehearseOptions,
        recorder: Option<crate::tui::recorder::PartRecorder>,
    ) -> RehearseScreen {
        let session_id = session.session_id().to_string();
        let screen = RehearseScreen::new(
            session,
            (self.clocks)(),
            Rc::clone(&self.lexicon),
            self.theme,
            options,
        )
        .with_register(
            self.register_now(),
            u32::from(self.settings.stale_after_months),
        );
        match recorder {
            Some(recorder) => screen.with_recorder(self.saving_audio(recorder, &session_id)),
            None => screen,
        }
    }

    /// Opens a rehearsal rebuilt from its draft, where it stopped. Its drafts go on replacing the
    /// same file and its note is saved as any rehearsal's is, which removes the draft.
    fn resume_rehearsal(
        &mut self,
        note: &crate::notes::Note,
    ) -> Result<(), crate::drill::resume::CannotResume> {
        let planned = crate::drill::resume::planned(note, &self.library)?;
        let mut session = Session::from_draft(note, planned, (self.clocks)())?
            .with_lexicon(Rc::clone(&self.lexicon));
        let mut again = RehearseOptions {
            plan: note.plan.parse().unwrap_or(Plan::Mock),
            seed: None,
            spoken: note.style.is_aloud(),
            record: note.style == AnswerStyle::Recorded,
            probes: Some(session.probes()),
        };
        let recorder = self.recorder_for(&mut again);
        let why_not_recorded = self.notice.take();
        session.set_style(again.style());
        let at = session.index() + 1;
        let len = session.len();
        let elapsed = crate::text::duration(session.session_elapsed().as_secs());
        let screen = self.rehearse_screen(session, again, recorder);
        let others = self
            .stack
            .iter()
            .find(|s| s.id() == ScreenId::Recover)
            .map_or(0, |_| self.store().map_or(0, |s| s.drafts().len()));
        let mut text = format!(
            "Resumed at question {} of {len} ({elapsed} so far). The last second or two of \
             typing may be missing.",
            at.min(len)
        );
        match others {
            0 => {}
            1 => text.push_str(" Another unfinished rehearsal is kept for next time."),
            n => text.push_str(&format!(
                " {n} other unfinished rehearsals are kept for next time."
            )),
        }
        if let Some(why) = why_not_recorded {
            text.push(' ');
            text.push_str(&why.text);
        }
        // A rehearsal asked for on the command line is not started on top of this one.
        self.pending = None;
        self.pending_pair = None;
        self.mark_welcome_seen();
        self.notice = None;
        self.stack.truncate(1);
        self.push(Box::new(screen.with_opening(Notice::info(text))));
        Ok(())
    }

    /// Picks the questions for pair practice and opens the interviewer's screen, or says why not.
    pub fn start_pair(&mut self, start: crate::drill::pair::PairStart) {
        use super::screens::pair::PairScreen;
        use crate::drill::pair::{PairSession, PairSetup, not_yet_asked};
        if let Plan::Figures(n) = start.plan {
            self.start_figures(n, true, false);
            return;
        }
        let notes = self.store().map(|s| s.list().notes).unwrap_or_default();
        let notes: Vec<_> = notes.into_iter().map(|(_, n)| n).collect();
        let history = PracticeLog::from_notes(&notes);
        let seed = start.seed.unwrap_or_else(|| rand::rng().random());
        let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
        let questions = not_yet_asked(self.library.questions().cloned().collect(), &start.exclude);
        match crate::drill::select(&start.selection(), &questions, &history, &mut rng) {
            Ok(chosen) => {
                let setup = PairSetup {
                    plan_label: start.plan.label(),
                    plan_title: start.plan.title(),
                    banks: self.library.banks.iter().map(|b| b.id.clone()).collect(),
                    seed,
                    round: start.round,
                    initials: start.initials,
                };
                let session = PairSession::new(setup, chosen, (self.clocks)());
                let recorder = self.pair_recorder(session.session_id());
                let mut screen = PairScreen::new(session, (self.clocks)(), start.plan)
                    .with_register(self.register_now());
                // As a rehearsal does: `psw-coach pair` after saving a recovered draft said
                // nothing of where the note went.
                if let Some(notice) = self.opening_notice() {
                    screen = screen.with_opening(notice);
                }
                match recorder {
                    Some(Ok(recorder)) => screen = screen.with_recorder(recorder),
                    Some(Err(why)) => self.set_notice(Notice::warning(why)),
                    None => {}
                }
                self.mark_welcome_seen();
                self.stack.truncate(1);
                self.push(Box::new(screen));
            }
            Err(e) => self.set_notice(Notice::warning(e.to_string())),
        }
    }

    /// The welcome is for people who have not rehearsed yet: once one starts, it is not shown
    /// again.
    fn mark_welcome_seen(&mut self) {
        if self.welcome_seen {
            return;
        }
        self.welcome_seen = true;
        if let Some(dir) = &self.data_dir
            && crate::paths::ensure_private_dir(dir).is_ok()
        {
            // `create_new` never follows a symbolic link, so nothing outside the folder is touched.
            let _ = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(dir.join(WELCOMED_MARKER));
        }
    }
}

/// Why nothing can be saved in the data folder `dir`, if it cannot: a file is made there and
/// removed again. `None` when it can be written.
fn cannot_write_in(dir: &std::path::Path) -> Option<String> {
    let probe = dir.join(format!(".write-check-{}", std::process::id()));
    let made = crate::paths::ensure_private_dir(dir).and_then(|()| {
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&probe)
            .map(drop)
    });
    match made {
        Ok(()) => {
            let _ = std::fs::remove_file(&probe);
            None
        }
        Err(e) => Some(format!(
            "{} Until then, what you type stays on screen but is not saved.",
            crate::notes::store::not_written("anything in your data folder", dir, &e)
        )),
    }
}

/// A full disk during recorded practice, through the app.
#[cfg(test)]
mod recorded_full_disk;
