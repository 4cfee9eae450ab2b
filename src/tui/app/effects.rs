//! Carrying out what screens ask for: each effect a screen returns has its method here, and
//! `App::carry_out` (in `mod.rs`) is only the dispatch. This is the one place that touches the notes
//! store and the data folder for the terminal app.

use super::super::route::Route;
use super::super::screens::attempts::AttemptsScreen;
use super::super::screens::pick::PickScreen;
use super::super::screens::refine::RefineScreen;
use super::super::screens::review_session::SessionScreen;
use super::*;
use crate::drill::Summary;
use crate::notes::{Note, NoteQuestion};

impl App {
    /// Builds the screen a route names and puts it on top; a session whose note cannot be read
    /// stays closed, with the reason in words.
    pub(super) fn open(&mut self, route: Route) {
        let screen: Box<dyn Screen> = match route {
            Route::Session {
                history,
                session,
                focus,
                find,
            } => match SessionScreen::open(history, session) {
                Ok(screen) => Box::new(
                    screen
                        .focus_on(focus)
                        .focus_on_words(find.as_deref())
                        .with_register(
                            self.register_now(),
                            u32::from(self.settings.stale_after_months),
                            self.today(),
                        ),
                ),
                Err(problem) => {
                    self.set_notice(Notice::problem(format!(
                        "That note could not be read: {problem}"
                    )));
                    return;
                }
            },
            Route::Attempts { history, key, from } => {
                Box::new(AttemptsScreen::new(history, key, Rc::clone(&self.library)).choosing(from))
            }
            Route::Refine { original, position } => {
                Box::new(RefineScreen::new(*original, position).with_clock((self.clocks)()))
            }
            Route::PickQuestions(plan) => {
                let all: Vec<_> = self.library.questions().cloned().collect();
                Box::new(PickScreen::new(plan, &all))
            }
        };
        self.push(screen);
    }

    /// Writes the draft and tells the screen how it went.
    pub(super) fn write_draft(&mut self, note: Box<Note>) -> Option<Outcome> {
        let store = self.store()?;
        Some(match store.write_draft(&note) {
            Ok(_) => Outcome::DraftWritten,
            Err(e) => Outcome::DraftFailed(e),
        })
    }

    /// Keeps an unfinished rehearsal as a draft on the way out, and says so after the terminal is restored.
    pub(super) fn keep_draft_on_exit(&mut self, note: Box<Note>) -> Option<Outcome> {
        let Some(store) = self.store() else {
            self.farewell = Some(
                "Your unfinished rehearsal could not be kept: there is no data folder \
                 (start psw-coach with --data-dir DIR)."
                    .into(),
            );
            return None;
        };
        let what = if note.is_refined_answer() {
            "refined answer, not saved yet,"
        } else {
            "unfinished rehearsal"
        };
        self.farewell = match store.write_draft(&note) {
            // The store keeps no draft of an empty session, so there is nothing to claim.
            Ok(_) if !note.has_content() => None,
            Ok(_) => Some(format!(
                "Your {what} is kept as a draft: psw-coach will offer it the next time you \
                 start it."
            )),
            Err(e) => Some(format!(
                "{e} Your {what} could not be kept as a draft; here is what you typed:\n\n{}",
                crate::notes::transcript::transcript(&note)
            )),
        };
        None
    }

    /// Removes a session's draft once its note is safe (or it had nothing in it).
    pub(super) fn remove_draft(&mut self, session_id: String) -> Option<Outcome> {
        let store = self.store()?;
        let path = store.draft_path(&session_id);
        if std::fs::symlink_metadata(&path).is_err() {
            return Some(Outcome::DraftWritten);
        }
        Some(match store.discard_draft(&path) {
            Ok(()) => Outcome::DraftWritten,
            Err(e) => Outcome::DraftFailed(e),
        })
    }

    /// Saves a rehearsal as a note, then shows its summary.
    pub(super) fn save_note(
        &mut self,
        note: Box<Note>,
        summary: Summary,
        again: RehearseOptions,
    ) -> Option<Outcome> {
        let Some(store) = self.store() else {
            return Some(no_data_folder());
        };
        match store.save(&note) {
            Ok(path) => {
                self.notice = None;
                // The line printed on quitting is the last outcome: "Rehearsal
                // discarded." from an earlier rehearsal was printed after this one saved.
                self.farewell = Some(format!(
                    "Your last rehearsal is saved as a note: {}",
                    path.display()
                ));
                self.refresh_countdown();
                self.replace_top(Box::new(SummaryScreen::new(summary, path, again)));
                // Review or attempts underneath (the rehearsal was started from them)
                // show the new answer when the PSW goes back.
                if self
                    .stack
                    .iter()
                    .any(|s| matches!(s.id(), ScreenId::Review | ScreenId::Attempts))
                {
                    let history = self.history_now();
                    for screen in &mut self.stack {
                        screen.on_history(&history);
                    }
                }
                None
            }
            // Nothing typed: there is no note, and no rehearsal worth staying in. Words said
            // but not yet written down are what the summary would have told of: said instead.
            Err(e) if e.kind == StoreErrorKind::NothingToSave => {
                let message = summary.left_out.unwrap_or(e.message);
                self.set_notice(Notice::info(message.clone()));
                self.farewell = Some(message);
                self.go_home();
                None
            }
            Err(e) => Some(Outcome::SaveFailed(e)),
        }
    }

    /// Saves a draft left by a crash as a note marked "recovered".
    pub(super) fn recover_draft(&mut self, path: PathBuf) -> Option<Outcome> {
        let store = self.store()?;
        Some(match store.recover(&path) {
            Ok(saved) => {
                self.set_notice(Notice::info(format!(
                    "Recovered and saved as a note: {}",
                    saved.display()
                )));
                Outcome::DraftDealtWith(path)
            }
            Err(e) => Outcome::DraftActionFailed(e.to_string()),
        })
    }

    /// Throws away a draft the PSW chose to discard.
    pub(super) fn discard_draft(&mut self, path: PathBuf) -> Option<Outcome> {
        let store = self.store()?;
        Some(match store.discard_draft(&path) {
            Ok(()) => {
                self.set_notice(Notice::info("Draft discarded."));
                Outcome::DraftDealtWith(path)
            }
            Err(e) => Outcome::DraftActionFailed(e.to_string()),
        })
    }

    /// Reopens a draft as the rehearsal it was.
    pub(super) fn resume_draft_at(&mut self, path: PathBuf) -> Option<Outcome> {
        let store = self.store()?;
        // Taken over first, so no other psw-coach can offer or resume it meanwhile.
        let note = match store.resume(&path) {
            Ok(note) => note,
            Err(e) => return Some(Outcome::DraftActionFailed(e.to_string())),
        };
        match self.resume_rehearsal(&note) {
            Ok(()) => None,
            Err(why) => {
                store.let_go(&path);
                Some(Outcome::DraftActionFailed(why.to_string()))
            }
        }
    }

    /// Saves a pair practice session as a note.
    pub(super) fn save_pair(&mut self, note: Box<Note>) -> Option<Outcome> {
        let Some(store) = self.store() else {
            return Some(no_data_folder());
        };
        Some(match store.save(&note) {
            Ok(path) => {
                self.notice = None;
                self.farewell = Some(format!(
                    "Your pair practice is saved as a note: {}",
                    path.display()
                ));
                // Home's Today box counts the questions just asked, as after a rehearsal alone.
                self.refresh_countdown();
                // Its number in `notes list`, so the export command is short.
                let number = store
                    .summaries()
                    .summaries
                    .iter()
                    .find(|n| n.path == path)
                    .map(|n| n.number);
                Outcome::Saved(path, number)
            }
            Err(e) => Outcome::SaveFailed(e),
        })
    }

    /// Opens review over the notes folder's history.
    pub(super) fn open_review(&mut self) -> Option<Outcome> {
        let Some(store) = self.store() else {
            self.set_notice(Notice::warning(
                "There is no data folder, so there are no notes to review. Start \
                 psw-coach with --data-dir DIR.",
            ));
            return None;
        };
        // Share the countdown's read when it is still going, rather than read twice.
        let loader = self
            .countdown
            .clone()
            .unwrap_or_else(|| Loader::spawn(store));
        self.push(Box::new(ReviewScreen::new(loader)));
        None
    }

    /// Opens the progress screen.
    pub(super) fn open_progress(&mut self) -> Option<Outcome> {
        let history = self.history_now();
        let today = self.today();
        self.push(Box::new(
            ProgressScreen::new(Rc::clone(&self.library), &history, &self.settings, today)
                .with_register(self.register_now()),
        ));
        None
    }

    /// Opens the settings screen.
    pub(super) fn open_settings(&mut self) -> Option<Outcome> {
        let today = self.today();
        self.push(Box::new(SettingsScreen::new(
            self.settings,
            today,
            crate::tui::theme::no_color(),
        )));
        None
    }

    /// Saves a refined answer as a new note beside the original.
    pub(super) fn save_refined(
        &mut self,
        original: Box<Note>,
        edited: Box<NoteQuestion>,
        rating: Option<u8>,
    ) -> Option<Outcome> {
        let store = self.store()?;
        let now = (self.clocks)().local_now();
        let session_id = format!("{}-refined-{}", now.format("%Y%m%d-%H%M%S"), edited.id);
        let note = crate::review::refine_note(&original, *edited, rating, session_id, now);
        match store.save(&note) {
            Ok(path) => {
                let rated = rating.map_or_else(
                    || "not rated, so left out of your rating trend".to_string(),
                    |r| format!("rated {r} of 5"),
                );
                let back =
                    crate::tui::keymap::label(crate::tui::keymap::Context::Refine, Action::Back)
                        .unwrap_or_default();
                self.set_notice(Notice::info(format!(
                    "Saved as a new note, {rated}: {}. The answer it came from is kept as \
                     it was. {back} goes back.",
                    path.display()
                )));
                self.refresh_countdown();
                // Review and the attempts underneath show the refined answer at once.
                let history = self.history_now();
                for screen in &mut self.stack {
                    screen.on_history(&history);
                }
                Some(Outcome::RefinedSaved(path))
            }
            Err(e) => {
                self.set_notice(Notice::problem(format!(
                    "{e} Your refined answer is still on screen."
                )));
                None
            }
        }
    }

    /// Changes the answer style for the rehearsals the app starts.
    pub(super) fn set_answer_style(&mut self, style: crate::notes::AnswerStyle) -> Option<Outcome> {
        let settings = Settings {
            answer_style: style,
            ..self.settings
        };
        self.carry_out(Effect::SaveSettings(settings));
        if self.data_dir.is_some() && self.notice.as_ref().is_some_and(|n| n.text == "Saved.") {
            self.set_notice(Notice::info(format!(
                "Answer style: {}. Saved, as in Settings.",
                style.label()
            )));
        }
        None
    }

    /// Keeps new settings, in memory and in the data folder, and refreshes what depends on them.
    pub(super) fn save_settings(&mut self, settings: Settings) -> Option<Outcome> {
        let changed_dates = settings.on_site_date != self.settings.on_site_date
            || settings.daily_questions != self.settings.daily_questions;
        // Recording chosen (on home or in Settings) in a copy built without voice is said when
        // chosen: "Saved." alone in Settings left the PSW to find out at the next rehearsal.
        let cannot_record = !crate::voice::BUILT_IN
            && settings.answer_style == crate::notes::AnswerStyle::Recorded
            && self.settings.answer_style != crate::notes::AnswerStyle::Recorded;
        self.settings = settings;
        self.theme = Theme::for_choice(settings.theme);
        // One setting, shown wherever it is: home's answer-style switch follows.
        for screen in &mut self.stack {
            screen.on_settings(&settings);
        }
        let Some(dir) = self.data_dir.clone() else {
            self.set_notice(Notice::warning(
                "There is no data folder, so this setting lasts until you leave.",
            ));
            return None;
        };
        match settings.save(&dir) {
            Ok(_) if cannot_record => self.set_notice(Notice::warning(format!(
                "Saved. {}",
                crate::voice::NOT_BUILT
            ))),
            Ok(_) => self.set_notice(Notice::info("Saved.")),
            Err(e) => self.set_notice(Notice::problem(e)),
        }
        if changed_dates {
            self.refresh_countdown();
            // A progress screen underneath (settings opened from it) shows the new
            // countdown when the PSW goes back, not the one it was opened with.
            if self.stack.iter().any(|s| s.id() == ScreenId::Progress) {
                let history = self.history_now();
                let today = self.today();
                let register = self.register_now();
                for screen in &mut self.stack {
                    if screen.id() == ScreenId::Progress {
                        *screen = Box::new(
                            ProgressScreen::new(
                                Rc::clone(&self.library),
                                &history,
                                &self.settings,
                                today,
                            )
                            .with_register(Rc::clone(&register)),
                        );
                    }
                }
            }
        }
        None
    }
}

/// A save asked for with no data folder to save in: the screen keeps the answer and says why.
fn no_data_folder() -> Outcome {
    Outcome::SaveFailed(crate::notes::StoreError {
        path: PathBuf::new(),
        kind: crate::notes::StoreErrorKind::Other,
        message: "Could not save: there is no data folder. Start psw-coach with --data-dir DIR."
            .into(),
    })
}
