//! At start, before anything else: answers left in a draft by a crash or a kill, and what to do.

use super::theme::Theme;
use super::widgets::{clock, key_line};
use crate::notes::Note;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, List, ListItem, ListState, Paragraph, StatefulWidget, Widget, Wrap};
use std::path::PathBuf;

#[derive(Debug, Clone)]
pub struct RecoverState {
    pub drafts: Vec<(PathBuf, Note)>,
    pub selected: usize,
    pub confirm_discard: bool,
}

/// The last words typed in a draft (where the PSW was when it stopped), so drafts can be told
/// apart.
fn last_words(note: &Note) -> String {
    let text = note
        .questions
        .iter()
        .flat_map(|q| q.parts().into_iter().map(|(_, text)| text))
        .rfind(|t| !t.trim().is_empty())
        .unwrap_or("(nothing typed yet)");
    let words: Vec<&str> = text.split_whitespace().collect();
    let start = words.len().saturating_sub(12);
    let ellipsis = if start > 0 { "…" } else { "" };
    format!("“{ellipsis}{}”", words[start..].join(" "))
}

pub fn render(state: &RecoverState, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let [intro, list_area, footer] = Layout::vertical([
        Constraint::Length(4),
        Constraint::Min(3),
        Constraint::Length(2),
    ])
    .areas(area);
    Paragraph::new(vec![
        Line::styled("Unfinished rehearsal found", theme.title),
        Line::from("psw-coach stopped before these answers were saved as a note (perhaps the window closed or the computer restarted). Nothing was lost."),
    ])
    .wrap(Wrap { trim: true })
    .render(intro, buf);
    let items: Vec<ListItem> = state
        .drafts
        .iter()
        .map(|(_, note)| {
            ListItem::new(vec![
                Line::from(format!(
                    "{} · {} · {} question{} · {}",
                    note.started.format("%a %-d %b %Y, %H:%M"),
                    crate::drill::Plan::title_of(&note.plan),
                    note.questions.len(),
                    if note.questions.len() == 1 { "" } else { "s" },
                    clock(note.total_seconds())
                )),
                Line::styled(format!("   {}", last_words(note)), theme.dim),
            ])
        })
        .collect();
    let mut list_state = ListState::default().with_selected(Some(state.selected));
    StatefulWidget::render(
        List::new(items)
            .block(
                Block::bordered()
                    .title(" Drafts ")
                    .border_style(theme.border),
            )
            .highlight_style(theme.selected)
            .highlight_symbol("> "),
        list_area,
        buf,
        &mut list_state,
    );
    let keys = if state.confirm_discard {
        key_line(
            &[
                ("y", "yes, discard this draft for good"),
                ("n", "no, keep it"),
            ],
            theme,
        )
    } else {
        key_line(
            &[
                ("r", "recover as a note"),
                ("l", "keep for later"),
                ("d", "discard"),
                ("?", "help"),
            ],
            theme,
        )
    };
    Paragraph::new(vec![
        if state.confirm_discard {
            Line::styled(
                "Discard this draft? Its answers cannot be brought back.",
                theme.warn,
            )
        } else {
            Line::from("Recover saves the answers as a note marked “recovered”.")
        },
        keys,
    ])
    .render(footer, buf);
}
