//! The PSW's settings, kept between starts in `<data>/settings.yaml` (0600).
//!
//! A small YAML file a person can read and edit. A missing file means the defaults; a broken one
//! gives a located warning and the defaults, and is left alone until the PSW saves new settings.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use crate::notes::AnswerStyle;
use crate::paths::ensure_private_dir;

pub const FILE_NAME: &str = "settings.yaml";

/// The colour theme. `NO_COLOR` wins over every one of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ThemeChoice {
    #[default]
    Dark,
    Light,
    HighContrast,
}

impl ThemeChoice {
    pub const ALL: [ThemeChoice; 3] = [
        ThemeChoice::Dark,
        ThemeChoice::Light,
        ThemeChoice::HighContrast,
    ];

    pub fn label(self) -> &'static str {
        match self {
            ThemeChoice::Dark => "dark",
            ThemeChoice::Light => "light",
            ThemeChoice::HighContrast => "high contrast",
        }
    }

    pub fn next(self) -> ThemeChoice {
        let i = ThemeChoice::ALL
            .iter()
            .position(|t| *t == self)
            .unwrap_or(0);
        ThemeChoice::ALL[(i + 1) % ThemeChoice::ALL.len()]
    }
}

/// Probes an assessor may ask after a focused question.
pub const PROBES: std::ops::RangeInclusive<u8> = 0..=3;
/// Questions suggested for each day of the countdown.
pub const DAILY: std::ops::RangeInclusive<u8> = 1..=12;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct Settings {
    /// The day the CQC assessment team is on site.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub on_site_date: Option<NaiveDate>,
    pub answer_style: AnswerStyle,
    /// Follow-up probes per focused question.
    pub probes: u8,
    pub theme: ThemeChoice,
    /// How many questions the countdown suggests each day.
    pub daily_questions: u8,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            on_site_date: None,
            answer_style: AnswerStyle::Written,
            probes: 2,
            theme: ThemeChoice::Dark,
            daily_questions: 5,
        }
    }
}

const HEADER: &str = "# psw-coach settings. Change them in the app (Settings on the home screen) or here.\n\
# on_site_date: YYYY-MM-DD · answer_style: written or spoken · probes: 0-3 ·\n\
# theme: dark, light or high-contrast (NO_COLOR always wins) · daily_questions: 1-12\n";

pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE_NAME)
}

impl Settings {
    /// The settings in `data_dir`, and a warning to show when the file could not be used.
    pub fn load(data_dir: &Path) -> (Settings, Option<String>) {
        let file = path(data_dir);
        match read_capped(&file) {
            Ok(None) => (Settings::default(), None),
            Ok(Some(text)) => match Settings::from_str(&text) {
                Ok(s) => (s, None),
                Err(e) => (
                    Settings::default(),
                    Some(format!(
                        "Your settings could not be read, so the defaults are in use: {}: {e}",
                        file.display()
                    )),
                ),
            },
            Err(e) => (
                Settings::default(),
                Some(format!(
                    "Your settings could not be read, so the defaults are in use: {}: {e}",
                    file.display()
                )),
            ),
        }
    }

    /// Writes the settings whole (temp file, sync, rename), readable by the PSW only.
    pub fn save(&self, data_dir: &Path) -> Result<PathBuf, String> {
        let target = path(data_dir);
        let fail =
            |e: io::Error| format!("Could not save your settings ({}): {e}", target.display());
        ensure_private_dir(data_dir).map_err(fail)?;
        let text = self.to_yaml();
        let temp = data_dir.join(format!(".{FILE_NAME}.{}.tmp", std::process::id()));
        let write = || -> io::Result<()> {
            let mut options = fs::OpenOptions::new();
            options.write(true).create(true).truncate(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                options.mode(0o600);
            }
            let mut f = options.open(&temp)?;
            f.write_all(text.as_bytes())?;
            f.sync_all()?;
            fs::rename(&temp, &target)
        };
        write().map_err(|e| {
            let _ = fs::remove_file(&temp);
            fail(e)
        })?;
        Ok(target)
    }

    pub fn to_yaml(&self) -> String {
        let body = crate::yaml::to_string(self).unwrap_or_default();
        format!("{HEADER}{body}")
    }

    /// Keeps numbers in their ranges, whatever a hand edit wrote.
    fn clamped(mut self) -> Settings {
        self.probes = self.probes.clamp(*PROBES.start(), *PROBES.end());
        self.daily_questions = self.daily_questions.clamp(*DAILY.start(), *DAILY.end());
        self
    }
}

impl FromStr for Settings {
    type Err = String;

    fn from_str(text: &str) -> Result<Settings, String> {
        if text
            .trim()
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            return Ok(Settings::default());
        }
        crate::yaml::from_str::<Settings>(text)
            .map(Settings::clamped)
            .map_err(|e| e.to_string())
    }
}

/// Reads a small file; `None` when it is not there. Anything but a plain file under 64 KB is refused.
fn read_capped(file: &Path) -> io::Result<Option<String>> {
    let meta = match fs::metadata(file) {
        Ok(m) => m,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(e),
    };
    if !meta.is_file() || meta.len() > 64 * 1024 {
        return Err(io::Error::other("it is not a small plain file"));
    }
    fs::read_to_string(file).map(Some)
}

/// Reads a date as a PSW might type it: 2027-01-14, 14/01/2027 or 14 January 2027.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    ["%Y-%m-%d", "%d/%m/%Y", "%d %B %Y", "%d %b %Y", "%-d %B %Y"]
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_when_missing_and_kept_between_starts() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(Settings::load(dir.path()), (Settings::default(), None));
        let s = Settings {
            on_site_date: NaiveDate::from_ymd_opt(2027, 1, 14),
            answer_style: AnswerStyle::Spoken,
            probes: 1,
            theme: ThemeChoice::HighContrast,
            daily_questions: 4,
        };
        let file = s.save(dir.path()).unwrap();
        assert_eq!(Settings::load(dir.path()), (s, None));
        let text = fs::read_to_string(&file).unwrap();
        assert!(text.contains("on_site_date: 2027-01-14"), "{text}");
        assert!(text.contains("theme: high-contrast"), "{text}");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = fs::metadata(&file).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600);
        }
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(
            names,
            [std::ffi::OsString::from(FILE_NAME)],
            "no temp file left"
        );
    }

    #[test]
    fn a_broken_file_warns_and_uses_defaults_and_hand_edits_are_kept_in_range() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(path(dir.path()), "theme: purple\n").unwrap();
        let (s, warning) = Settings::load(dir.path());
        assert_eq!(s, Settings::default());
        let warning = warning.unwrap();
        assert!(warning.contains("settings.yaml"), "{warning}");
        assert!(warning.contains("purple"), "{warning}");

        fs::write(path(dir.path()), "probes: 9\ndaily_questions: 0\n").unwrap();
        let (s, warning) = Settings::load(dir.path());
        assert_eq!((s.probes, s.daily_questions, warning), (3, 1, None));

        fs::write(path(dir.path()), "# only a comment\n").unwrap();
        assert_eq!(Settings::load(dir.path()), (Settings::default(), None));
    }

    #[test]
    fn dates_as_people_type_them() {
        let d = NaiveDate::from_ymd_opt(2027, 1, 14);
        assert_eq!(parse_date("2027-01-14"), d);
        assert_eq!(parse_date("14/01/2027"), d);
        assert_eq!(parse_date(" 14 January 2027 "), d);
        assert_eq!(parse_date("14 Jan 2027"), d);
        assert_eq!(parse_date("next Thursday"), None);
    }

    #[test]
    fn theme_cycles() {
        assert_eq!(ThemeChoice::Dark.next(), ThemeChoice::Light);
        assert_eq!(ThemeChoice::HighContrast.next(), ThemeChoice::Dark);
    }
}
