//! The help panel over any screen, listing that screen's keys from the key map.

use crate::tui::component::Effect;
use crate::tui::component::{Ctx, Screen, ScreenId};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::widgets::{centred, key_line_within, lines_height, wrap_hanging};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Widget, Wrap};

pub struct HelpScreen {
    /// The screen (and focus) whose keys are explained.
    about: Context,
    /// Where notes are kept, so the PSW can find them.
    notes_dir: Option<String>,
    scroll: u16,
}

impl HelpScreen {
    pub fn new(about: Context, notes_dir: Option<String>) -> HelpScreen {
        HelpScreen {
            about,
            notes_dir,
            scroll: 0,
        }
    }

    /// The help's lines for a panel `width` columns inside: a key's sentence too long for one
    /// line goes on under itself, past the column of keys, so the keys stand alone down the left.
    fn lines<'a>(&'a self, ctx: &Ctx, width: usize) -> Vec<Line<'a>> {
        let theme = ctx.theme;
        let mut text = vec![
            Line::styled("Every answer is pressed with three questions:", theme.title),
            Line::styled(
                "What have you done? What difference has it made? How do you know?",
                theme.question,
            ),
            Line::from(saved_line(self.about)),
        ];
        if let Some(dir) = &self.notes_dir {
            text.push(Line::from(vec![
                Span::raw("Notes are kept in "),
                Span::styled(dir.as_str(), theme.key),
            ]));
        }
        text.push(Line::from(""));
        const KEYS: usize = 18;
        for (key, what) in keymap::help(self.about) {
            let said = wrap_hanging(what, width.saturating_sub(KEYS), "");
            for (i, line) in said.into_iter().enumerate() {
                let key = if i == 0 { key } else { "" };
                text.push(Line::from(vec![
                    Span::styled(format!("{key:>16}  "), theme.key),
                    Span::raw(line),
                ]));
            }
        }
        text
    }
}

impl Screen for HelpScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Help
    }

    fn context(&self) -> Context {
        Context::Help
    }

    fn is_overlay(&self) -> bool {
        true
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        match action {
            Action::Back | Action::Help => return Some(vec![Effect::Close]),
            Action::Up => self.scroll = self.scroll.saturating_sub(1),
            Action::Down => self.scroll = self.scroll.saturating_add(1),
            Action::PageUp => self.scroll = self.scroll.saturating_sub(10),
            Action::PageDown => self.scroll = self.scroll.saturating_add(10),
            _ => return None,
        }
        Some(Vec::new())
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        let width = 76.min(area.width);
        let inner_width = usize::from(width.saturating_sub(2)).max(1);
        let lines = self.lines(ctx, inner_width);
        let content = lines_height(&lines, inner_width);
        let paragraph = Paragraph::new(lines).wrap(Wrap { trim: false });
        let height = (content + 3).min(area.height);
        let popup = centred(area, width, height);
        let visible = height.saturating_sub(3);
        // Never scrolled past its end: the last line stays at the bottom.
        let scroll = self.scroll.min(content.saturating_sub(visible));
        Clear.render(popup, buf);
        let block = Block::bordered()
            .title(" Help ")
            .border_style(ctx.theme.title);
        let inner = block.inner(popup);
        block.render(popup, buf);
        let [body, footer] = ratatui::layout::Layout::vertical([
            ratatui::layout::Constraint::Min(1),
            ratatui::layout::Constraint::Length(1),
        ])
        .areas(inner);
        paragraph.scroll((scroll, 0)).render(body, buf);
        let mut keys = keymap::footer(Context::Help);
        if content <= visible {
            keys.retain(|(_, label)| *label == "close");
        }
        key_line_within(&keys, ctx.theme, footer.width).render(footer, buf);
        None
    }
}

/// What the help says about saving: in pair practice the help may be read by the colleague
/// asking the questions, whose notes are not "your answers".
fn saved_line(about: Context) -> &'static str {
    use Context::*;
    match about {
        PairAsking | PairObservations | PairRating | PairFeedback | PairFeedbackStart
        | PairHandOver | PairCompare | PairMenu | PairConfirmDiscard | PairInitials | PairSaved
        | PairPick => {
            "The answers and the interviewer's notes are saved as you go and kept as private \
             notes on this device."
        }
        _ => "Your answers are saved as you type and kept as private notes.",
    }
}

#[cfg(test)]
mod saved_line_tests {
    use super::{Context, saved_line};

    /// Item 22 of issue 18: the colleague in pair practice is not told "your answers".
    #[test]
    fn pair_help_does_not_call_the_answers_the_readers_own() {
        assert!(!saved_line(Context::PairAsking).contains("Your answers"));
        assert!(!saved_line(Context::PairObservations).contains("Your answers"));
        assert!(saved_line(Context::Answer).contains("Your answers"));
    }
}
