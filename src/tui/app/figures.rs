//! The figures drill, as the router starts it and keeps its history.

use super::App;
use crate::evidence::drill::{self, EMPTY_REGISTER, FigureRecords};
use crate::tui::component::{Notice, Outcome};
use crate::tui::screens::figures::FiguresScreen;

impl App {
    /// Opens the figures drill on the register in the data folder, or says in one line why not
    /// (no figures yet, or a mistake in `evidence.yaml`). With `record` (the recorded answer
    /// style), figures may be said aloud; without voice or a model, one line says why and the
    /// figures are typed.
    pub(super) fn start_figures(&mut self, count: usize, pair: bool, record: bool) {
        let Some(dir) = self.data_dir.clone() else {
            self.set_notice(Notice::warning(
                "There is no data folder, so there is no evidence register to drill.",
            ));
            return;
        };
        let register = match crate::evidence::load(&dir) {
            Ok(register) => register,
            Err(e) => {
                self.set_notice(Notice::warning(format!(
                    "{e}. Fix that line in the register, then drill your figures."
                )));
                return;
            }
        };
        if register.figures.is_empty() {
            self.set_notice(Notice::info(EMPTY_REGISTER));
            return;
        }
        let history = match drill::load_history(&dir) {
            Ok(history) => history,
            Err(e) => {
                self.set_notice(Notice::warning(e));
                FigureRecords::default()
            }
        };
        let mut screen = FiguresScreen::new(register, history, count, (self.clocks)(), pair);
        if record {
            match (self.recorders)(Some(&dir)) {
                Ok(live) => screen = screen.with_voice(live),
                Err(why) => {
                    self.set_notice(Notice::warning(format!(
                        "{} Type the figures instead.",
                        crate::text::sentence(&why)
                    )));
                }
            }
        }
        self.mark_welcome_seen();
        self.stack.truncate(1);
        self.push(Box::new(screen));
    }

    /// Keeps the drill's history; a failure is said plainly and the next answer tries again.
    pub(super) fn save_figure_drill(&mut self, history: &FigureRecords) -> Option<Outcome> {
        let dir = self.data_dir.clone()?;
        if let Err(e) = drill::save_history(&dir, history) {
            self.set_notice(Notice::problem(e));
        }
        None
    }

    /// The register for the interviewer's screen and progress; one with a mistake is left out (the figures
    /// drill and `evidence list` name the mistake).
    pub(super) fn register_now(&self) -> std::rc::Rc<crate::evidence::Register> {
        let register = self
            .data_dir
            .as_deref()
            .and_then(|d| crate::evidence::load(d).ok())
            .unwrap_or_default();
        std::rc::Rc::new(register)
    }

    /// Opens the evidence screen; a register file with a mistake is shown with its place.
    pub(super) fn open_evidence(&mut self) -> Option<Outcome> {
        let register = match &self.data_dir {
            // The file's name and place, as `banks check` gives them: the folder is in --version.
            Some(dir) => crate::evidence::load(dir).map_err(|e| e.located()),
            None => Ok(crate::evidence::Register::default()),
        };
        let today = self.today();
        self.push(Box::new(
            crate::tui::screens::evidence::EvidenceScreen::new(
                register,
                std::rc::Rc::clone(&self.lexicon),
                today,
                u32::from(self.settings.stale_after_months),
            ),
        ));
        None
    }

    /// Makes the evidence screen's change to the register as the file holds it and writes it;
    /// refused, in words, while the file has a mistake or when the entry was edited there
    /// meanwhile. The screen that asked says what was kept.
    pub(super) fn save_register(&mut self, change: &crate::evidence::Change) -> Option<Outcome> {
        let result = match &self.data_dir {
            Some(dir) => crate::evidence::save_change(dir, change).map(|(register, place)| {
                crate::tui::component::RegisterKept {
                    register: Box::new(register),
                    place,
                }
            }),
            None => Err("There is no data folder, so the register cannot be kept.".to_string()),
        };
        Some(Outcome::RegisterSaved(result))
    }
}
