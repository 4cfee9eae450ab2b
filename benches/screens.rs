//! Issue 11's drawing budgets: every screen drawn at 200x60 (under 2 ms each), and a key press
//! handled and the frame drawn (under 5 ms at the 99th percentile).
//!
//! The screens are drawn into ratatui's TestBackend, so this is the app's own work (layout, text,
//! widgets and the diff against the last frame), not the terminal's. Criterion gives the mean per
//! screen; the key-to-frame figures are timed one press at a time, each press followed by a full
//! draw, and sorted to give the median, the 99th percentile and the worst.
//!
//! `cargo bench --bench screens` (add `-- --quick` for a short pass).

use chrono::{DateTime, FixedOffset, NaiveDate, TimeZone};
use criterion::Criterion;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use psw_coach::bank::Library;
use psw_coach::bank::model::Question;
use psw_coach::drill::pair::{Initials, PairSession, PairSetup};
use psw_coach::drill::{Clock, FakeClock, Plan, RehearseOptions, Session, SessionSetup};
use psw_coach::insight::Lexicon;
use psw_coach::notes::{AnswerStyle, NotesStore};
use psw_coach::review::{History, Loader, Settings, generate};
use psw_coach::tui::app::App;
use psw_coach::tui::screens::attempts::AttemptsScreen;
use psw_coach::tui::screens::pair::PairScreen;
use psw_coach::tui::screens::progress::ProgressScreen;
use psw_coach::tui::screens::recover::RecoverScreen;
use psw_coach::tui::screens::refine::RefineScreen;
use psw_coach::tui::screens::rehearse::RehearseScreen;
use psw_coach::tui::screens::review::ReviewScreen;
use psw_coach::tui::screens::review_session::SessionScreen;
use psw_coach::tui::screens::settings::SettingsScreen;
use psw_coach::tui::screens::summary::SummaryScreen;
use psw_coach::tui::theme::MONOCHROME;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::widgets::{Paragraph, Wrap};
use std::hint::black_box;
use std::rc::Rc;
use std::time::{Duration, Instant};

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;

fn key(app: &mut App, code: KeyCode) {
    app.on_events(vec![Event::Key(KeyEvent::new(code, KeyModifiers::NONE))]);
}

fn paste(app: &mut App, text: &str) {
    app.on_events(vec![Event::Paste(text.to_string())]);
}

fn start() -> DateTime<FixedOffset> {
    FixedOffset::east_opt(0)
        .unwrap()
        .with_ymd_and_hms(2026, 11, 30, 19, 0, 0)
        .unwrap()
}

/// A long, realistic answer part: about 150 words.
fn part() -> String {
    "I set up a monthly practice forum with team managers and we introduced reflective \
     supervision for every newly qualified worker; waits fell from 40 to 25 days and our March \
     audit of 30 cases showed it. "
        .repeat(4)
}

/// The bundled bank and forty generated sessions over four weeks, as a PSW weeks into practice
/// would have.
struct World {
    _dir: tempfile::TempDir,
    data: std::path::PathBuf,
    library: Rc<Library>,
    history: Rc<History>,
    lexicon: Rc<Lexicon>,
}

impl World {
    fn new() -> World {
        let dir = tempfile::tempdir().unwrap();
        let library = Library::load(None, &[]);
        let questions: Vec<Question> = library.questions().cloned().collect();
        generate::write_history(dir.path(), &questions, 40, 5, 28, start(), 11).unwrap();
        let history = History::load(&NotesStore::new(dir.path()), &|_, _| {});
        World {
            data: dir.path().to_path_buf(),
            _dir: dir,
            library: Rc::new(library),
            history: Rc::new(history),
            lexicon: Rc::new(Lexicon::bundled()),
        }
    }

    fn home(&self) -> App {
        App::new(
            (*self.library).clone(),
            Some(self.data.clone()),
            MONOCHROME,
            false,
        )
    }

    fn session(&self, clock: &FakeClock) -> Session<Box<dyn Clock>> {
        let questions = self
            .library
            .questions()
            .take(5)
            .map(|q| (q.clone(), self.library.prompts_for(q).to_vec()))
            .collect();
        let setup = SessionSetup {
            plan_label: "random 5".into(),
            banks: vec!["cqc-psw-adults".into()],
            style: AnswerStyle::Written,
            seed: 1,
        };
        let boxed: Box<dyn Clock> = Box::new(clock.clone());
        Session::new(setup, questions, boxed)
    }

    /// Rehearsing, with `tabs` parts answered (each a 150-word part) before it is drawn.
    fn rehearsing(&self, tabs: usize) -> App {
        let clock = FakeClock::new(start());
        let mut app = self.home();
        app.push(Box::new(RehearseScreen::new(
            self.session(&clock),
            Box::new(clock.clone()),
            self.lexicon.clone(),
            MONOCHROME,
            RehearseOptions::default(),
        )));
        for _ in 0..tabs {
            paste(&mut app, &part());
            clock.advance(Duration::from_secs(70));
            key(&mut app, KeyCode::Tab);
        }
        paste(&mut app, &part());
        app
    }

    fn pairing(&self) -> App {
        let clock = FakeClock::new(start());
        let setup = PairSetup {
            plan_label: "random 2".into(),
            plan_title: "2 questions at random".into(),
            banks: vec!["cqc-psw-adults".into()],
            seed: 1,
            round: 1,
            initials: Initials::default(),
        };
        let questions = self.library.questions().take(2).cloned().collect();
        let boxed: Box<dyn Clock> = Box::new(clock.clone());
        let session = PairSession::new(setup, questions, boxed);
        let mut app = self.home();
        app.push(Box::new(PairScreen::new(
            session,
            Box::new(clock.clone()),
            Plan::Random(2),
        )));
        clock.advance(Duration::from_secs(95));
        app
    }

    fn with(&self, screen: impl psw_coach::tui::component::Screen + 'static) -> App {
        let mut app = self.home();
        app.push(Box::new(screen));
        app
    }

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 12, 1).unwrap()
    }

    /// Every screen, and each step of the rehearsal and pair screens, by name.
    fn screens(&self) -> Vec<(&'static str, App)> {
        let newest = self.history.sessions.len() - 1;
        let question =
            self.history.attempts[self.history.sessions[newest].attempts.start as usize].question;
        let note = NotesStore::read(&self.history.sessions[newest].path).unwrap();
        let clock = FakeClock::new(start());
        let mut session = self.session(&clock);
        session.set_text(part());
        let mut help = self.home();
        key(&mut help, KeyCode::Char('?'));
        let mut pair_rating = self.pairing();
        key(&mut pair_rating, KeyCode::Char('d'));
        let mut pair_compare = self.pairing();
        for k in [
            KeyCode::Char('d'),
            KeyCode::Char('3'),
            KeyCode::Enter,
            KeyCode::Char('4'),
            KeyCode::Enter,
        ] {
            key(&mut pair_compare, k);
        }
        vec![
            ("home", self.home()),
            ("help", help),
            ("rehearse, answering", self.rehearsing(0)),
            ("rehearse, third part", self.rehearsing(2)),
            ("rehearse, follow-up", self.rehearsing(3)),
            ("rehearse, rating", self.rehearsing(4)),
            (
                "summary",
                self.with(SummaryScreen::new(
                    session.summary(),
                    "notes/x.md".into(),
                    RehearseOptions::default(),
                )),
            ),
            (
                "recover",
                self.with(RecoverScreen::new(vec![(
                    "drafts/x.md".into(),
                    session.to_note(),
                )])),
            ),
            ("pair, asking", self.pairing()),
            ("pair, rating", pair_rating),
            ("pair, compare", pair_compare),
            (
                "review list",
                self.with(ReviewScreen::new(Loader::ready((*self.history).clone()))),
            ),
            (
                "review session",
                self.with(SessionScreen::open(self.history.clone(), newest).unwrap()),
            ),
            (
                "attempts",
                self.with(AttemptsScreen::new(
                    self.history.clone(),
                    question,
                    self.library.clone(),
                )),
            ),
            ("refine", self.with(RefineScreen::new(note, 0))),
            (
                "progress",
                self.with(ProgressScreen::new(
                    self.library.clone(),
                    &self.history,
                    &Settings::default(),
                    World::today(),
                )),
            ),
            (
                "settings",
                self.with(SettingsScreen::new(
                    Settings::default(),
                    World::today(),
                    false,
                )),
            ),
        ]
    }
}

/// Each screen drawn whole at 200x60. A fresh terminal each time, so ratatui's diff against the
/// last frame sends every cell, as after a resize or the first draw.
fn screens(c: &mut Criterion, world: &World) {
    let mut group = c.benchmark_group("screen 200x60");
    // The yardstick, in the same run: ratatui drawing one plain paragraph that fills the window.
    let filler = "The quick brown fox jumps over the lazy dog. ".repeat(300);
    group.bench_function("yardstick: one full paragraph", |b| {
        let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap();
        b.iter(|| {
            terminal.clear().unwrap();
            terminal
                .draw(|frame| {
                    let p = Paragraph::new(filler.as_str()).wrap(Wrap { trim: true });
                    frame.render_widget(p, frame.area());
                })
                .unwrap();
        });
    });
    for (name, app) in world.screens() {
        group.bench_function(name, |b| {
            let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap();
            b.iter(|| {
                terminal.clear().unwrap();
                terminal.draw(|frame| app.view(frame)).unwrap();
                black_box(terminal.backend().buffer().area);
            });
        });
    }
    group.finish();
}

/// A key press handled and the frame drawn, timed one at a time. The keys go back and forth so
/// the work stays the same: a letter then Backspace in a follow-up box holding 150 words under
/// three 150-word parts, Down then Up in lists, next and previous page in progress.
fn key_to_frame(world: &World) {
    const PRESSES: usize = 4000;
    let cases: Vec<(&str, App, [KeyCode; 2])> = vec![
        (
            "typing: 150 words in the box, 450 above",
            world.rehearsing(3),
            [KeyCode::Char('x'), KeyCode::Backspace],
        ),
        (
            "home: down and up",
            world.home(),
            [KeyCode::Down, KeyCode::Up],
        ),
        (
            "review list: down and up",
            world.with(ReviewScreen::new(Loader::ready((*world.history).clone()))),
            [KeyCode::Down, KeyCode::Up],
        ),
        (
            "progress: next and previous page",
            world.with(ProgressScreen::new(
                world.library.clone(),
                &world.history,
                &Settings::default(),
                World::today(),
            )),
            [KeyCode::Right, KeyCode::Left],
        ),
    ];
    println!();
    println!(
        "key press to frame at {WIDTH}x{HEIGHT} ({PRESSES} presses each, timed one at a time):"
    );
    for (name, mut app, keys) in cases {
        let mut terminal = Terminal::new(TestBackend::new(WIDTH, HEIGHT)).unwrap();
        terminal.draw(|frame| app.view(frame)).unwrap();
        let mut times = Vec::with_capacity(PRESSES);
        for i in 0..PRESSES + 200 {
            let t = Instant::now();
            key(&mut app, keys[i % 2]);
            terminal.draw(|frame| app.view(frame)).unwrap();
            let took = t.elapsed();
            // The first presses warm the caches; they are not counted.
            if i >= 200 {
                times.push(took);
            }
        }
        times.sort();
        let at = |q: f64| times[((times.len() as f64 * q) as usize).min(times.len() - 1)];
        println!(
            "  {name:<36} median {:>8.3} ms   p99 {:>8.3} ms   worst {:>8.3} ms",
            at(0.5).as_secs_f64() * 1e3,
            at(0.99).as_secs_f64() * 1e3,
            times[times.len() - 1].as_secs_f64() * 1e3,
        );
    }
}

fn main() {
    let world = World::new();
    let mut c = Criterion::default().configure_from_args();
    screens(&mut c, &world);
    c.final_summary();
    key_to_frame(&world);
}
