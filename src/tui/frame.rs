//! The frame most screens share: a title line, the screen's own parts, the app's latest notice
//! and the footer read from the key map, with the same "make this window larger" message below
//! the smallest size. A screen draws only what is its own; the frame is laid out and drawn here,
//! once, so every screen gives the notice the same room and the footer the same line.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::Widget;

use super::component::Ctx;
use super::keymap::Context;
use super::widgets;

/// A screen's frame: from the top, its title, `head` rows, the body, `tail` rows, then the
/// notice (wrapped, up to three rows, none without one) and the footer of `context`'s keys.
pub struct ScreenFrame<'a, const H: usize, const T: usize> {
    /// Whose keys the footer shows.
    pub context: Context,
    pub title: Line<'a>,
    /// Rows under the title, each as tall as asked (a question, a list of fixed size).
    pub head: [Constraint; H],
    pub body: Constraint,
    /// Rows under the body, above the notice.
    pub tail: [Constraint; T],
}

/// Where a screen draws inside its frame.
pub struct Areas<const H: usize, const T: usize> {
    pub head: [Rect; H],
    pub body: Rect,
    pub tail: [Rect; T],
}

impl<'a> ScreenFrame<'a, 0, 0> {
    /// A frame with nothing between the title and the body, nor between the body and the notice:
    /// for the screens that draw all of their own inside one body (review, a session read back,
    /// progress).
    pub fn body_only(context: Context, title: Line<'a>, body: Constraint) -> ScreenFrame<'a, 0, 0> {
        ScreenFrame {
            context,
            title,
            head: [],
            body,
            tail: [],
        }
    }
}

impl<const H: usize, const T: usize> ScreenFrame<'_, H, T> {
    /// Lays the frame out over `area` and draws the title, the notice and the footer. `None`
    /// when the window is too small: the frame then asks for more room instead, and the screen
    /// draws nothing.
    pub fn draw(self, area: Rect, buf: &mut Buffer, ctx: &Ctx) -> Option<Areas<H, T>> {
        if widgets::too_small(area) {
            widgets::render_too_small(area, buf, ctx.theme);
            return None;
        }
        let rows: Vec<Constraint> = std::iter::once(Constraint::Length(1))
            .chain(self.head)
            .chain([self.body])
            .chain(self.tail)
            .chain([
                Constraint::Length(widgets::notice_height(ctx.notice, area.width)),
                Constraint::Length(1),
            ])
            .collect();
        let rects = Layout::vertical(rows).split(area);
        widgets::cut_spans(self.title, usize::from(area.width)).render(rects[0], buf);
        widgets::render_notice(ctx.notice, rects[H + T + 2], buf, ctx.theme);
        widgets::footer(self.context, ctx.theme).render(rects[H + T + 3], buf);
        Some(Areas {
            head: std::array::from_fn(|i| rects[1 + i]),
            body: rects[1 + H],
            tail: std::array::from_fn(|i| rects[2 + H + i]),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::ThemeChoice;
    use crate::tui::component::Notice;
    use crate::tui::theme::Theme;
    use ratatui::text::Span;

    fn rows(buf: &Buffer) -> Vec<String> {
        (0..buf.area.height)
            .map(|y| {
                (0..buf.area.width)
                    .map(|x| buf[(x, y)].symbol())
                    .collect::<String>()
                    .trim_end()
                    .to_string()
            })
            .collect()
    }

    fn frame(notice: Option<&Notice>, area: Rect) -> (Option<Areas<1, 1>>, Vec<String>) {
        let theme = Theme::for_choice(ThemeChoice::Dark);
        let ctx = Ctx {
            theme: &theme,
            notice,
        };
        let mut buf = Buffer::empty(area);
        let areas = ScreenFrame {
            context: Context::Settings,
            title: Line::raw("The title"),
            head: [Constraint::Length(2)],
            body: Constraint::Min(3),
            tail: [Constraint::Length(1)],
        }
        .draw(area, &mut buf, &ctx);
        (areas, rows(&buf))
    }

    #[test]
    fn the_title_is_on_top_the_footer_at_the_bottom_and_the_notice_just_above_it() {
        let notice = Notice::problem("The disk is full.");
        let (areas, rows) = frame(Some(&notice), Rect::new(0, 0, 60, 14));
        let areas = areas.expect("60x14 is large enough");
        assert_eq!(rows[0], "The title");
        assert_eq!(rows[12], "The disk is full.");
        let footer: Vec<String> = crate::tui::keymap::footer(Context::Settings)
            .iter()
            .map(|(key, what)| format!("{key} {what}"))
            .collect();
        assert!(rows[13].starts_with(&footer[0]), "{:?}", rows[13]);
        assert_eq!(areas.head[0], Rect::new(0, 1, 60, 2));
        assert_eq!(areas.body, Rect::new(0, 3, 60, 8));
        assert_eq!(areas.tail[0], Rect::new(0, 11, 60, 1));
    }

    #[test]
    fn a_title_too_long_for_the_window_ends_in_an_ellipsis() {
        let theme = Theme::for_choice(ThemeChoice::Dark);
        let ctx = Ctx {
            theme: &theme,
            notice: None,
        };
        let area = Rect::new(0, 0, 40, 12);
        let mut buf = Buffer::empty(area);
        ScreenFrame {
            context: Context::Settings,
            title: Line::from(vec![
                Span::raw("Your progress"),
                Span::raw(" · Tab: what good looks like, then trends"),
            ]),
            head: [],
            body: Constraint::Min(3),
            tail: [],
        }
        .draw(area, &mut buf, &ctx);
        let top = &rows(&buf)[0];
        assert_eq!(top, "Your progress · Tab: what good looks li…");
    }

    #[test]
    fn without_a_notice_the_body_takes_its_row() {
        let (areas, rows) = frame(None, Rect::new(0, 0, 60, 14));
        assert_eq!(areas.expect("large enough").body, Rect::new(0, 3, 60, 9));
        assert_eq!(rows[12], "");
    }

    #[test]
    fn a_window_too_small_gets_the_message_and_no_areas() {
        let (areas, rows) = frame(None, Rect::new(0, 0, 30, 10));
        assert!(areas.is_none());
        assert!(
            rows[0].starts_with("Please make this window larger"),
            "{rows:?}"
        );
    }
}
