//! Settings: the on-site date, answer style, probes, colour theme, the daily count, keeping
//! recordings and when a figure is out of date. Each change
//! is saved at once (`<data>/settings.yaml`) and kept between starts.

use chrono::NaiveDate;
use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget, Wrap};

use crate::review::settings::{DAILY, PROBES, STALE_MONTHS, is_no_such_day, parse_date};
use crate::review::{Countdown, Settings};
use crate::tui::component::{Ctx, Screen, ScreenId};
use crate::tui::component::{Effect, Notice};
use crate::tui::frame::{Areas, ScreenFrame};
use crate::tui::keymap::{self, Action, Context};
use crate::tui::text_box::{Lines, TextBox};
use crate::tui::widgets;

const ITEMS: usize = 7;

pub struct SettingsScreen {
    settings: Settings,
    today: NaiveDate,
    selected: usize,
    /// Typing the on-site date. The date already set opens selected: the first character typed
    /// or pasted replaces it, Backspace and the arrows edit it.
    typing: Option<TextBox>,
    no_color: bool,
}

impl SettingsScreen {
    pub fn new(settings: Settings, today: NaiveDate, no_color: bool) -> SettingsScreen {
        SettingsScreen {
            settings,
            today,
            selected: 0,
            typing: None,
            no_color,
        }
    }

    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    fn change(&mut self, by: i8) -> Vec<Effect> {
        let s = &mut self.settings;
        match self.selected {
            // ←→ move a date already set by a day, as they step every other setting; with no
            // date yet, and with Enter, the date is typed.
            0 if by != 0 && s.on_site_date.is_some() => {
                let moved = s
                    .on_site_date
                    .and_then(|d| d.checked_add_signed(chrono::Duration::days(i64::from(by))));
                s.on_site_date = moved.or(s.on_site_date);
                let mut effects = vec![Effect::SaveSettings(self.settings)];
                effects.extend(self.passed_warning());
                return effects;
            }
            0 => {
                let shown = s
                    .on_site_date
                    .map(|d| d.format("%Y-%m-%d").to_string())
                    .unwrap_or_default();
                let mut date = TextBox::new(&shown, Lines::One);
                date.select_all();
                self.typing = Some(date);
                return Vec::new();
            }
            // ← goes back, as it does on the colour theme (the eleventh walk's row 3: it went on).
            1 => {
                s.answer_style = if by < 0 {
                    s.answer_style.next().next()
                } else {
                    s.answer_style.next()
                };
            }
            2 => s.probes = step(s.probes, by, *PROBES.start(), *PROBES.end()),
            3 => {
                s.theme = if by < 0 {
                    s.theme.next().next()
                } else {
                    s.theme.next()
                }
            }
            4 => s.daily_questions = step(s.daily_questions, by, *DAILY.start(), *DAILY.end()),
            5 => s.keep_audio = !s.keep_audio,
            // Only in settings.yaml before: the PSW could not see or change it on screen.
            _ => {
                s.stale_after_months = step(
                    s.stale_after_months,
                    by,
                    *STALE_MONTHS.start(),
                    *STALE_MONTHS.end(),
                )
            }
        }
        vec![Effect::SaveSettings(self.settings)]
    }

    /// A date set in the past is kept, with a word in case the year is wrong.
    fn passed_warning(&self) -> Option<Effect> {
        self.settings
            .on_site_date
            .filter(|d| *d < self.today)
            .map(|_| {
                Effect::Notify(Notice::warning(
                    "That date has passed. If the visit is still to come, check the year.",
                ))
            })
    }

    fn rows(&self) -> [(String, String, String); ITEMS] {
        let s = &self.settings;
        let key = |action| keymap::label(Context::Settings, action).unwrap_or_default();
        let (enter, steps) = (key(Action::Choose), key(Action::Decrease));
        // The row's own short words: the countdown's headline for a date gone by ("The on-site
        // visit was on Tuesday 1 December; set the next date in settings") gave the date twice,
        // sent the PSW to the screen they were on, and was cut at 80 columns with no mark.
        let date = match s.on_site_date {
            Some(d) => {
                let when = match (d - self.today).num_days() {
                    ..0 => format!("gone by: {enter} to change it"),
                    0 => "the on-site visit is today".to_string(),
                    _ => Countdown {
                        on_site: d,
                        today: self.today,
                    }
                    .headline()
                    .split(" (")
                    .next()
                    .unwrap_or_default()
                    .to_string(),
                };
                format!("{} · {when}", d.format("%A %-d %B %Y"))
            }
            None => "not set".to_string(),
        };
        [
            (
                "On-site date".into(),
                date,
                format!(
                    "The day the CQC assessment team is on site. Home then counts down and plans each day's practice. {enter} to type it (for example 2027-01-14); an empty date clears it. {steps} move a date already set by a day."
                ),
            ),
            (
                "Answer style".into(),
                s.answer_style.label().into(),
                format!(
                    "Written: type each answer. Spoken: answer aloud while the timer runs, then jot down the key points. Spoken, recorded: each part is recorded and transcribed on this computer, and you can correct the words. {enter} switches."
                ),
            ),
            (
                "Probes".into(),
                format!("{} per focused question in a mock interview", s.probes),
                format!(
                    "How many follow-up questions the assessor asks after a focused question in a mock interview (0 to 3). {steps} change it."
                ),
            ),
            (
                "Colour theme".into(),
                s.theme.label().into(),
                format!(
                    "Dark, light (for light terminal backgrounds) or high contrast. If NO_COLOR is set, colours stay off whatever is chosen here. {enter} changes it."
                ),
            ),
            (
                "Questions a day".into(),
                format!("{}", s.daily_questions),
                format!(
                    "How many questions the countdown suggests each day (more only when needed to cover every quality statement in time). {steps} change it."
                ),
            ),
            (
                "Keep recordings".into(),
                if s.keep_audio { "yes" } else { "no" }.into(),
                format!(
                    "Recorded practice: no drops each part's sound once it is transcribed; yes keeps it as a private recording beside your notes: psw-coach notes show lists a note's recordings (review does not). {enter} switches."
                ),
            ),
            (
                "Figures out of date".into(),
                match s.stale_after_months {
                    1 => "after 1 month".to_string(),
                    n => format!("after {n} months"),
                },
                format!(
                    "How old a figure in your evidence register can be before it counts as out of date, so that progress (Your evidence) and the coaching on your answers say it needs updating (1 to 24 months). {steps} change it."
                ),
            ),
        ]
    }
}

fn step(value: u8, by: i8, low: u8, high: u8) -> u8 {
    let next = i16::from(value) + if by < 0 { -1 } else { 1 };
    // Enter (no direction) steps up and wraps round; arrows stop at the ends.
    if by == 0 && next > i16::from(high) {
        return low;
    }
    next.clamp(i16::from(low), i16::from(high)) as u8
}

/// A day and month typed without a year ("14 January", "14 Jan"): the next such day from today,
/// as a PSW means it (the eleventh walk's row 4: it was not read).
fn without_its_year(typed: &str, today: NaiveDate) -> Option<NaiveDate> {
    use chrono::Datelike;
    let this_year = parse_date(&format!("{typed} {}", today.year()))?;
    if this_year >= today {
        Some(this_year)
    } else {
        parse_date(&format!("{typed} {}", today.year() + 1))
    }
}

impl Screen for SettingsScreen {
    fn id(&self) -> ScreenId {
        ScreenId::Settings
    }

    fn context(&self) -> Context {
        if self.typing.is_some() {
            Context::SettingsDate
        } else {
            Context::Settings
        }
    }

    fn on_text(&mut self, text: &str) -> Vec<Effect> {
        match &mut self.typing {
            Some(date) => date.paste(text).effects(),
            None => Vec::new(),
        }
    }

    fn on_action(&mut self, action: Action) -> Option<Vec<Effect>> {
        if let Some(date) = &mut self.typing {
            if let Action::Type(key) = action
                && !matches!(key.code, crossterm::event::KeyCode::Char(_))
            {
                // Backspace edits the date shown rather than wiping it.
                date.keep_selection_text();
            }
            if let Some(edit) = date.on_action(action) {
                return Some(edit.effects());
            }
            match action {
                Action::Choose => {
                    let typed = date.text().trim().to_string();
                    if typed.is_empty() {
                        self.typing = None;
                        self.settings.on_site_date = None;
                        return Some(vec![Effect::SaveSettings(self.settings)]);
                    }
                    match parse_date(&typed).or_else(|| without_its_year(&typed, self.today)) {
                        Some(d) => {
                            self.typing = None;
                            self.settings.on_site_date = Some(d);
                            let mut effects = vec![Effect::SaveSettings(self.settings)];
                            effects.extend(self.passed_warning());
                            return Some(effects);
                        }
                        None if is_no_such_day(&typed) => {
                            return Some(vec![Effect::Notify(Notice::problem(format!(
                                "\"{typed}\" is not a day in the calendar: check the day and the month."
                            )))]);
                        }
                        None => {
                            return Some(vec![Effect::Notify(Notice::problem(format!(
                                "\"{typed}\" is not a date psw-coach can read. Type it as 14 January 2027 or 14/01/2027."
                            )))]);
                        }
                    }
                }
                Action::Back => self.typing = None,
                _ => return None,
            }
            return Some(Vec::new());
        }
        match action {
            Action::Up => self.selected = self.selected.saturating_sub(1),
            Action::Down => self.selected = (self.selected + 1).min(ITEMS - 1),
            Action::Top => self.selected = 0,
            Action::Bottom => self.selected = ITEMS - 1,
            Action::Choose => return Some(self.change(0)),
            Action::Increase => return Some(self.change(1)),
            Action::Decrease => return Some(self.change(-1)),
            Action::Back => return Some(vec![Effect::Close]),
            _ => return None,
        }
        Some(Vec::new())
    }

    fn render(&self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Position> {
        let theme = ctx.theme;
        let title = Line::from(vec![
            Span::styled("Settings", theme.title),
            Span::styled(
                " · kept in your data folder, saved as you change them",
                theme.dim,
            ),
        ]);
        let Areas {
            head: [list],
            body: about,
            ..
        } = ScreenFrame {
            context: self.context(),
            title,
            head: [Constraint::Length(ITEMS as u16 + 2)],
            body: Constraint::Min(3),
            tail: [],
        }
        .draw(area, buf, ctx)?;
        let rows = self.rows();
        let block = Block::bordered().border_style(theme.border);
        let inner = block.inner(list);
        block.render(list, buf);
        let mut cursor = None;
        for (i, (name, value, _)) in rows.iter().enumerate() {
            let row = Rect::new(inner.x, inner.y + i as u16, inner.width, 1);
            if i == 0
                && let Some(date) = &self.typing
            {
                let label = format!(" {name:<16} ");
                let [label_area, field] = Layout::horizontal([
                    Constraint::Length(label.len() as u16),
                    Constraint::Min(0),
                ])
                .areas(row);
                Span::styled(label, theme.key).render(label_area, buf);
                // The date shown whole as selected until typing replaces it.
                let style = if date.has_selection() {
                    theme.selected
                } else {
                    theme.text
                };
                cursor = date.render_line(style, theme, field, buf);
                continue;
            }
            let style = if i == self.selected {
                theme.selected
            } else {
                theme.text
            };
            // A value too long for its row ends in "…" rather than stopping mid-word.
            let text = widgets::cut_line(&format!(" {name:<16} {value}"), usize::from(row.width));
            Paragraph::new(text).style(style).render(row, buf);
        }
        let mut about_text = rows[self.selected].2.to_string();
        if self.selected == 3 && self.no_color {
            about_text.push_str(" NO_COLOR is set now, so the screen stays without colour.");
        }
        if self.typing.is_some() {
            let key = |action| keymap::label(Context::SettingsDate, action).unwrap_or_default();
            about_text = format!(
                "Type the date of the on-site visit (14 January 2027, 14/01/2027 or 2027-01-14), then {}; typing replaces the date shown. {} leaves it as it was.",
                key(Action::Choose),
                key(Action::Back)
            );
        }
        Paragraph::new(about_text)
            .style(theme.text)
            .wrap(Wrap { trim: true })
            .block(Block::bordered().border_style(theme.border))
            .render(about, buf);
        cursor
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The eleventh walk, row 3: ← on Answer style went on to the next style, as → does.
    #[test]
    fn left_steps_the_answer_style_back_and_right_on() {
        use crate::notes::AnswerStyle::{Recorded, Spoken, Written};
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        for (from, left, right) in [
            (Recorded, Spoken, Written),
            (Spoken, Written, Recorded),
            (Written, Recorded, Spoken),
        ] {
            let settings = Settings {
                answer_style: from,
                ..Settings::default()
            };
            let mut screen = SettingsScreen::new(settings, today, false);
            screen.selected = 1;
            screen.change(-1);
            assert_eq!(screen.settings.answer_style, left, "← from {from:?}");
            screen.settings.answer_style = from;
            screen.change(1);
            assert_eq!(screen.settings.answer_style, right, "→ from {from:?}");
        }
    }

    #[test]
    fn steps_stop_at_the_ends_and_enter_wraps() {
        assert_eq!(step(2, 1, 0, 3), 3);
        assert_eq!(step(3, 1, 0, 3), 3);
        assert_eq!(step(0, -1, 0, 3), 0);
        assert_eq!(step(3, 0, 0, 3), 0);
        assert_eq!(step(1, 0, 0, 3), 2);
    }
}
