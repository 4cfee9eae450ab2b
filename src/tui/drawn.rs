//! One screen drawn alone into ratatui's TestBackend, for the unit tests in `tui`: the one way
//! they see what a person would. (The integration tests have their own in `tests/common/drawn.rs`,
//! which the library cannot reach.)

use crate::tui::component::{Ctx, Screen};
use crate::tui::theme::MONOCHROME;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The screen drawn at `width` x `height` in the monochrome theme, with no notice.
pub(crate) fn screen(shown: &dyn Screen, width: u16, height: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal
        .draw(|frame| {
            let ctx = Ctx {
                theme: &MONOCHROME,
                notice: None,
            };
            shown.render(frame.area(), frame.buffer_mut(), &ctx);
        })
        .unwrap();
    terminal
}

/// The screen as quoted rows padded to the width (a snapshot's form).
pub(crate) fn screen_text(shown: &dyn Screen, width: u16, height: u16) -> String {
    format!("{}", screen(shown, width, height).backend())
}
