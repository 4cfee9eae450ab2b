//! A data folder whose Settings a PSW has already changed.

use psw_coach::notes::AnswerStyle;
use psw_coach::review::Settings;
use std::path::Path;

/// Saves Settings under `data` with the answer style set to `style`, as the Settings screen would.
pub fn answer_style_saved(data: &Path, style: AnswerStyle) {
    Settings {
        answer_style: style,
        ..Default::default()
    }
    .save(data)
    .unwrap();
}
