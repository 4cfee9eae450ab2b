//! The PSW's settings, kept between starts in `<data>/settings.yaml` (0600).
//!
//! A small YAML file a person can read and edit. A missing file means the defaults; a broken one
//! gives a located warning and the defaults, and is left alone until the PSW saves new settings.

use std::fs;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

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
/// Months before an evidence register figure counts as stale.
pub const STALE_MONTHS: std::ops::RangeInclusive<u8> = 1..=24;

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
    /// How many months old a register figure may be before answers quoting it are told it is stale.
    pub stale_after_months: u8,
    /// Recorded practice keeps each part's sound as a private WAV file beside the notes, rather
    /// than dropping it once transcribed.
    pub keep_audio: bool,
}

impl Default for Settings {
    fn default() -> Settings {
        Settings {
            on_site_date: None,
            answer_style: AnswerStyle::Written,
            probes: 2,
            theme: ThemeChoice::Dark,
            daily_questions: 5,
            stale_after_months: 3,
            keep_audio: false,
        }
    }
}

const HEADER: &str = "# psw-coach settings. Change them in the app (Settings on the home screen) or here.\n\
# on_site_date: YYYY-MM-DD · answer_style: written, spoken or recorded · probes: 0-3 ·\n\
# theme: dark, light or high-contrast (NO_COLOR always wins) · daily_questions: 1-12 ·\n\
# stale_after_months: 1-24 (when a figure in your evidence register counts as out of date) ·\n\
# keep_audio: false or true (keep each recorded part's sound beside your notes)\n";

pub fn path(data_dir: &Path) -> PathBuf {
    data_dir.join(FILE_NAME)
}

impl Settings {
    /// The settings in `data_dir`, and a warning to show when the file could not all be used.
    /// One bad value costs only that value: the others are kept, so that changing a setting in
    /// the app (which saves the file) cannot quietly put the on-site date back to none.
    pub fn load(data_dir: &Path) -> (Settings, Option<String>) {
        let file = path(data_dir);
        let text = match read_capped(&file) {
            Ok(None) => return (Settings::default(), None),
            Ok(Some(text)) => text,
            Err(e) => {
                return (
                    Settings::default(),
                    Some(format!(
                        "Your settings could not be read, so the defaults are in use: {e}"
                    )),
                );
            }
        };
        match Settings::read(&text) {
            Ok((s, problems)) if problems.is_empty() => (s, None),
            Ok((s, problems)) => (
                s,
                Some(format!(
                    "Some of your settings could not be used, so those are at their defaults and \
                     the rest are kept ({}): {}. Changing a setting here saves the file without them.",
                    file.display(),
                    problems.join("; ")
                )),
            ),
            Err(e) => (
                Settings::default(),
                Some(format!(
                    "Your settings could not be read, so the defaults are in use: {}: {e}",
                    file.display()
                )),
            ),
        }
    }

    /// Reads the settings field by field. The second value says, with its line, each value that
    /// could not be used; an error means the file as a whole is not readable as settings.
    pub fn read(text: &str) -> Result<(Settings, Vec<String>), String> {
        use crate::yaml::Node;
        let mut settings = Settings::default();
        let mut problems = Vec::new();
        if text
            .lines()
            .all(|l| l.trim().is_empty() || l.trim_start().starts_with('#'))
        {
            return Ok((settings, problems));
        }
        let root = crate::yaml::parse_spanned(text).map_err(|e| {
            if e.message.contains("must start with named fields") {
                format!(
                    "{}:{}: the file must hold named settings such as `probes: 2`",
                    e.pos.line, e.pos.column
                )
            } else {
                e.to_string()
            }
        })?;
        let Node::Map { entries, .. } = root else {
            return Err("the file must hold named settings such as `probes: 2`".into());
        };
        for (key, value) in &entries {
            let line = key.pos.line;
            let Node::Scalar { text: value, .. } = value else {
                problems.push(format!("line {line}: `{}` needs a single value", key.text));
                continue;
            };
            let value = value.trim();
            let number = |range: &std::ops::RangeInclusive<u8>| {
                value
                    .parse::<i64>()
                    .ok()
                    .map(|n| n.clamp(*range.start() as i64, *range.end() as i64) as u8)
            };
            let ok = match key.text.as_str() {
                "on_site_date" => parse_date(value).map(|d| settings.on_site_date = Some(d)),
                "answer_style" => match value {
                    "written" => Some(AnswerStyle::Written),
                    "spoken" => Some(AnswerStyle::Spoken),
                    "recorded" => Some(AnswerStyle::Recorded),
                    _ => None,
                }
                .map(|v| settings.answer_style = v),
                "probes" => number(&PROBES).map(|n| settings.probes = n),
                "theme" => ThemeChoice::ALL
                    .into_iter()
                    .find(|t| t.label().replace(' ', "-") == value)
                    .map(|t| settings.theme = t),
                "daily_questions" => number(&DAILY).map(|n| settings.daily_questions = n),
                "keep_audio" => match value {
                    "true" | "yes" => Some(true),
                    "false" | "no" => Some(false),
                    _ => None,
                }
                .map(|v| settings.keep_audio = v),
                "stale_after_months" => {
                    number(&STALE_MONTHS).map(|n| settings.stale_after_months = n)
                }
                other => {
                    problems.push(format!(
                        "line {line}: `{other}` is not a setting psw-coach knows"
                    ));
                    continue;
                }
            };
            if ok.is_none() {
                let expected = match key.text.as_str() {
                    "on_site_date" => "a date such as 2027-01-14",
                    "answer_style" => "written, spoken or recorded",
                    "probes" => "a number from 0 to 3",
                    "theme" => "dark, light or high-contrast",
                    "stale_after_months" => "a number of months from 1 to 24",
                    "keep_audio" => "true or false",
                    _ => "a number from 1 to 12",
                };
                problems.push(format!(
                    "line {line}: {} `{value}` is not {expected}",
                    key.text
                ));
            }
        }
        Ok((settings, problems))
    }

    /// Writes the settings whole (temp file, sync, rename), readable by the PSW only.
    pub fn save(&self, data_dir: &Path) -> Result<PathBuf, String> {
        let target = path(data_dir);
        let fail = |e: io::Error| crate::notes::store::not_written("your settings", &target, &e);
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
}

/// Reads a small file through the one reading helper; `None` when it is not there. Anything but
/// a plain file under 64 KB is refused without waiting on it.
fn read_capped(file: &Path) -> Result<Option<String>, String> {
    match crate::paths::read_text_file(file, 64 * 1024) {
        Ok(text) => Ok(Some(text)),
        Err(crate::paths::ReadError::Io(e)) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(e.located(&file.display().to_string())),
    }
}

/// Reads a date as a PSW might type it: 2027-01-14, 14/01/2027 or 14 January 2027.
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    DATE_FORMATS
        .iter()
        .find_map(|f| NaiveDate::parse_from_str(text, f).ok())
}

/// The ways of writing a date [`parse_date`] reads.
const DATE_FORMATS: [&str; 5] = ["%Y-%m-%d", "%d/%m/%Y", "%d %B %Y", "%d %b %Y", "%-d %B %Y"];

/// Written in a way [`parse_date`] reads, but no day in the calendar (31/02/2027): the PSW is told
/// to check the day and month, not shown the way to write a date they already followed.
pub fn is_no_such_day(text: &str) -> bool {
    let text = text.trim();
    parse_date(text).is_none()
        && DATE_FORMATS.iter().any(|f| {
            matches!(
                NaiveDate::parse_from_str(text, f),
                Err(e) if e.kind() == chrono::format::ParseErrorKind::OutOfRange
            )
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_day_not_in_the_calendar_is_told_apart_from_a_date_written_another_way() {
        for text in ["31/02/2027", "2027-02-30", "31 April 2027", "29/02/2027"] {
            assert!(is_no_such_day(text), "{text}");
        }
        for text in [
            "next friday",
            "14/01/2027",
            "2027/01/14",
            "14.01.2027",
            "29/02/2028",
            "",
        ] {
            assert!(!is_no_such_day(text), "{text}");
        }
    }

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
            stale_after_months: 6,
            keep_audio: true,
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

        fs::write(path(dir.path()), "probes: 300\n").unwrap();
        assert_eq!(Settings::load(dir.path()).0.probes, 3);

        fs::write(path(dir.path()), "# only a comment\n").unwrap();
        assert_eq!(Settings::load(dir.path()), (Settings::default(), None));
    }

    #[test]
    fn one_bad_setting_keeps_the_on_site_date_when_a_change_is_saved() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(
            path(dir.path()),
            "on_site_date: 2027-01-14\nprobes: lots\ntheme: purple\ndaily_questions: 4\ncolour: red\n",
        )
        .unwrap();
        let (mut s, warning) = Settings::load(dir.path());
        assert_eq!(s.on_site_date, NaiveDate::from_ymd_opt(2027, 1, 14));
        assert_eq!((s.daily_questions, s.probes), (4, 2));
        assert_eq!(s.theme, ThemeChoice::Dark);
        let warning = warning.expect("the PSW is told before anything is saved");
        for words in [
            "line 2: probes `lots`",
            "line 3: theme `purple`",
            "`colour`",
            "the rest are kept",
        ] {
            assert!(warning.contains(words), "{words}: {warning}");
        }
        // A change in the app saves the whole file: the good values must survive it.
        s.answer_style = AnswerStyle::Spoken;
        s.save(dir.path()).unwrap();
        let (again, warning) = Settings::load(dir.path());
        assert_eq!(warning, None);
        assert_eq!(again.on_site_date, NaiveDate::from_ymd_opt(2027, 1, 14));
        assert_eq!(
            (again.daily_questions, again.answer_style),
            (4, AnswerStyle::Spoken)
        );
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
