//! What each action does in pair practice, step by step, and saving, finishing and swapping
//! roles.

use super::{Focus, Overlay, PairScreen, SWAP_PLANS};
use crate::drill::Plan;
use crate::drill::pair::{Feedback, PairStart};
use crate::tui::component::Screen;
use crate::tui::component::{Effect, Notice};
use crate::tui::keymap::{Action, Context};

impl PairScreen {
    pub(super) fn save(&mut self) -> Vec<Effect> {
        self.flush_text();
        let note = self.session.to_note();
        if !self.session.has_content() {
            // Said on home, and printed on leaving as a rehearsal alone does: started with
            // `psw-coach pair`, home is never shown, and the colleague was told nothing.
            const NOTHING: &str = "Nothing was marked or rated, so there was nothing to save.";
            return vec![
                Effect::RemoveDraft(note.session_id),
                Effect::Notify(Notice::info(NOTHING)),
                Effect::Farewell(NOTHING.into()),
                Effect::Home,
            ];
        }
        vec![Effect::SavePair(Box::new(note))]
    }

    /// Ctrl-S, or "save and finish" in the menu: the session ends here and is saved as it
    /// stands, with any initials typed.
    pub(super) fn save_now(&mut self) -> Vec<Effect> {
        self.flush_text();
        if self.paused_by_menu {
            self.session.resume();
            self.paused_by_menu = false;
        }
        self.session.finish();
        if !matches!(self.focus, Focus::Initials(_)) {
            self.focus_on(Focus::Initials(0));
        }
        self.save()
    }

    pub(super) fn swap(&mut self) -> Vec<Effect> {
        let plan = match SWAP_PLANS[self.swap_choice.min(SWAP_PLANS.len() - 1)].0 {
            "mock" => Plan::Mock,
            "random" => Plan::Random(5),
            "least" => Plan::Least(5),
            _ => self.plan.clone(),
        };
        let setup = self.session.setup();
        vec![Effect::StartPair(Box::new(PairStart {
            plan,
            seed: None,
            round: setup.round + 1,
            initials: setup.initials.swapped(),
            exclude: self.session.asked_ids(),
            chosen: Vec::new(),
        }))]
    }

    pub(super) fn act(&mut self, action: Action) -> Option<Vec<Effect>> {
        if !matches!(action, Action::Type(_) | Action::Undo | Action::Redo) {
            self.flush_text();
            self.message = None;
        }
        // Typing while the rating has the keys is feedback, not nothing: it starts "Keep".
        if matches!(action, Action::Type(_)) && self.context() == Context::PairRating {
            self.focus_on(Focus::Text(Feedback::Keep));
        }
        if matches!(action, Action::Type(_)) {
            self.note_from_the_list();
        }
        let context = self.context();
        let effects = match (context, action) {
            (_, Action::Type(_) | Action::Undo | Action::Redo) => {
                let edit = self.editor.on_action(action)?;
                if edit.changed {
                    self.typed();
                }
                edit.effects()
            }

            // Overlays.
            (Context::PairMenu, Action::Resume) => {
                self.overlay = None;
                if self.paused_by_menu {
                    self.session.resume();
                    self.paused_by_menu = false;
                }
                Vec::new()
            }
            // The menu's "save and finish" is Ctrl-S, as in a rehearsal alone.
            (Context::PairMenu, Action::SaveAndFinish) => {
                self.overlay = None;
                self.save_now()
            }
            (Context::PairMenu, Action::AskDiscard) => {
                self.overlay = Some(Overlay::ConfirmDiscard);
                Vec::new()
            }
            (Context::PairConfirmDiscard, Action::Confirm) => {
                self.overlay = None;
                if let Some(recorder) = &mut self.recorder {
                    recorder.let_go();
                }
                const DISCARDED: &str = "Pair practice discarded; nothing was saved.";
                vec![
                    Effect::RemoveDraft(self.session.session_id().to_string()),
                    Effect::Notify(Notice::info(DISCARDED)),
                    Effect::Farewell(DISCARDED.into()),
                    Effect::Home,
                ]
            }
            (Context::PairConfirmDiscard, Action::Cancel) => {
                self.overlay = Some(Overlay::Menu);
                Vec::new()
            }
            (Context::SaveFailed, Action::Save) => {
                self.overlay = None;
                self.save()
            }
            (Context::SaveFailed, Action::Back) => {
                self.overlay = None;
                Vec::new()
            }

            // The interviewer listening.
            (Context::PairAsking, Action::TickPart(n)) => {
                self.session.toggle_part(usize::from(n).saturating_sub(1));
                self.changed();
                Vec::new()
            }
            (Context::PairAsking, Action::Up) => {
                self.cursor = self.cursor.saturating_sub(1);
                Vec::new()
            }
            (Context::PairAsking, Action::Down) => {
                self.cursor = (self.cursor + 1).min(self.rows().saturating_sub(1));
                Vec::new()
            }
            (Context::PairAsking, Action::Toggle) => {
                let probes = self.session.current().map_or(0, |i| i.probes.len());
                if self.cursor < probes {
                    self.session.toggle_probe(self.cursor);
                } else {
                    self.session.toggle_cue(self.cursor - probes);
                }
                self.changed();
                Vec::new()
            }
            (Context::PairAsking, Action::Top) => {
                self.cursor = 0;
                Vec::new()
            }
            (Context::PairAsking, Action::Bottom) => {
                self.cursor = self.rows().saturating_sub(1);
                Vec::new()
            }
            (Context::PairAsking, Action::ToggleTip) => {
                self.session.toggle_tip();
                Vec::new()
            }
            (Context::PairAsking, Action::NextPart) => {
                self.focus_on(Focus::Observations);
                Vec::new()
            }
            (Context::PairAsking, Action::Done) => {
                if self.session.is_paused() {
                    self.session.resume();
                }
                if self.session.finish_asking().is_ok() {
                    self.focus_on(Focus::Rating);
                    self.heard_scroll = 0;
                }
                Vec::new()
            }
            // Esc pauses and Ctrl-S saves at every step, as in a rehearsal alone.
            (_, Action::Pause) => {
                if !self.session.is_paused() && !self.session.is_finished() {
                    self.session.pause();
                    self.paused_by_menu = true;
                }
                self.overlay = Some(Overlay::Menu);
                Vec::new()
            }
            (
                Context::PairAsking
                | Context::PairObservations
                | Context::PairRating
                | Context::PairFeedback
                | Context::PairFeedbackStart
                | Context::PairHandOver
                | Context::PairCompare,
                Action::Save,
            ) => self.save_now(),
            (Context::PairObservations, Action::Back) => {
                self.focus_on(Focus::Marks);
                Vec::new()
            }

            // The interviewer's feedback.
            (Context::PairRating, Action::Rate(n)) => {
                self.session.rate_interviewer(n);
                self.changed();
                Vec::new()
            }
            (Context::PairRating, Action::RateUp | Action::RateDown) => {
                let now = self.session.current().and_then(|i| i.interviewer_rating);
                self.session.rate_interviewer(step_rating(now, action));
                self.changed();
                Vec::new()
            }
            (Context::PairRating, Action::NextPart) => {
                self.focus_on(Focus::Text(Feedback::Keep));
                Vec::new()
            }
            (Context::PairRating, Action::NextQuestion) => {
                if let Err(why) = self.session.hand_over() {
                    self.refuse(why);
                }
                Vec::new()
            }
            (Context::PairRating, Action::Back) => {
                if self.session.back_to_asking().is_ok() {
                    self.focus_on(Focus::Marks);
                }
                Vec::new()
            }
            (Context::PairFeedback | Context::PairFeedbackStart, Action::NextPart) => {
                let next = match self.focus {
                    Focus::Text(Feedback::Keep) => Focus::Text(Feedback::Stop),
                    Focus::Text(Feedback::Stop) => Focus::Text(Feedback::Start),
                    _ => Focus::Rating,
                };
                self.focus_on(next);
                Vec::new()
            }
            // Enter goes on: to the next box, and from Start to the hand-over.
            (Context::PairFeedback | Context::PairFeedbackStart, Action::Choose) => {
                let next = match self.focus {
                    Focus::Text(Feedback::Keep) => Focus::Text(Feedback::Stop),
                    Focus::Text(Feedback::Stop) => Focus::Text(Feedback::Start),
                    _ => {
                        if let Err(why) = self.session.hand_over() {
                            self.focus_on(Focus::Rating);
                            self.refuse(why);
                        }
                        return Some(Vec::new());
                    }
                };
                self.focus_on(next);
                Vec::new()
            }
            (Context::PairFeedback | Context::PairFeedbackStart, Action::PreviousPart) => {
                let previous = match self.focus {
                    Focus::Text(Feedback::Start) => Focus::Text(Feedback::Stop),
                    Focus::Text(Feedback::Stop) => Focus::Text(Feedback::Keep),
                    _ => Focus::Rating,
                };
                self.focus_on(previous);
                Vec::new()
            }

            // What the PSW said, when it was recorded, scrolls beside the feedback.
            (
                Context::PairRating | Context::PairFeedback | Context::PairFeedbackStart,
                Action::PageUp,
            ) => {
                self.heard_scroll = self
                    .heard_scroll
                    .min(self.heard_max.get())
                    .saturating_sub(3);
                Vec::new()
            }
            (
                Context::PairRating | Context::PairFeedback | Context::PairFeedbackStart,
                Action::PageDown,
            ) => {
                self.heard_scroll = self
                    .heard_scroll
                    .saturating_add(3)
                    .min(self.heard_max.get());
                Vec::new()
            }

            // The PSW's own rating, then both.
            (Context::PairHandOver, Action::Rate(n)) => {
                self.session.rate_psw(n);
                self.changed();
                Vec::new()
            }
            (Context::PairHandOver, Action::RateUp | Action::RateDown) => {
                let now = self.session.current().and_then(|i| i.psw_rating);
                self.session.rate_psw(step_rating(now, action));
                self.changed();
                Vec::new()
            }
            (Context::PairHandOver, Action::Choose) => {
                if let Err(why) = self.session.compare() {
                    self.refuse(why);
                }
                self.scroll = 0;
                Vec::new()
            }
            (Context::PairCompare, Action::NextQuestion) => {
                let _ = self.session.next_question();
                self.cursor = 0;
                self.scroll = 0;
                if self.session.is_finished() {
                    self.focus_on(Focus::Initials(0));
                } else {
                    self.focus = Focus::Marks;
                }
                Vec::new()
            }
            (Context::PairCompare | Context::PairSaved, Action::Up) if self.saved.is_none() => {
                self.scroll = self.scroll.saturating_sub(1);
                Vec::new()
            }
            // Scrolling stops at the end, so Up moves straight back however often Down was pressed.
            (Context::PairCompare, Action::Down) => {
                self.scroll = self.scroll.saturating_add(1).min(self.compare_max.get());
                Vec::new()
            }
            (Context::PairCompare, Action::PageUp) => {
                self.scroll = self.scroll.min(self.compare_max.get()).saturating_sub(10);
                Vec::new()
            }
            (Context::PairCompare, Action::PageDown) => {
                self.scroll = self.scroll.saturating_add(10).min(self.compare_max.get());
                Vec::new()
            }

            // The end.
            (Context::PairInitials, Action::NextPart) => {
                let other = match self.focus {
                    Focus::Initials(0) => Focus::Initials(1),
                    _ => Focus::Initials(0),
                };
                self.focus_on(other);
                Vec::new()
            }
            (Context::PairInitials, Action::Save) => self.save(),
            (Context::PairSaved, Action::Up) => {
                self.swap_choice = self.swap_choice.saturating_sub(1);
                Vec::new()
            }
            (Context::PairSaved, Action::Down) => {
                self.swap_choice = (self.swap_choice + 1).min(SWAP_PLANS.len() - 1);
                Vec::new()
            }
            (Context::PairSaved, Action::Choose) => self.swap(),
            (Context::PairSaved, Action::Back) => vec![Effect::Home],
            _ => return None,
        };
        Some(effects)
    }
}

fn step_rating(now: Option<u8>, action: Action) -> u8 {
    match (now, action) {
        (None, _) => 3,
        (Some(r), Action::RateUp) => (r + 1).min(5),
        (Some(r), _) => r.saturating_sub(1).max(1),
    }
}
