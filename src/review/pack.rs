//! The prep pack: the best answer to every question practised, per quality statement and topic, as
//! printable Markdown to read the night before.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::bank::model::{QualityStatement, Question};
use crate::bank::topic_title;
use crate::notes::NoteQuestion;

use super::attempts::{AttemptsView, read_attempt};
use super::history::{History, QuestionKey, Skipped};

/// Which answers go in the pack.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct PackFilter {
    pub topic: Option<String>,
    pub statement: Option<QualityStatement>,
    /// Only attempts on or after this day count.
    pub since: Option<NaiveDate>,
}

/// The pack's text, and notes that could not be read for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Pack {
    pub markdown: String,
    pub questions: usize,
    pub skipped: Vec<Skipped>,
}

struct Entry {
    key: QuestionKey,
    statement: Option<QualityStatement>,
    also: Vec<QualityStatement>,
    topic: String,
}

pub fn build(
    questions: &[Question],
    history: &History,
    filter: &PackFilter,
    today: NaiveDate,
) -> Pack {
    let bank: HashMap<&str, &Question> = questions.iter().map(|q| (q.id.as_str(), q)).collect();
    let mut entries: Vec<Entry> = Vec::new();
    for (k, info) in history.questions.iter().enumerate() {
        let key = QuestionKey(k as u32);
        let in_range = history
            .attempts_of(key)
            .any(|a| filter.since.is_none_or(|d| a.started.date_naive() >= d));
        if !in_range {
            continue;
        }
        let (statements, topic) = match bank.get(info.id.as_str()) {
            Some(q) => (q.quality_statements.clone(), q.topic.clone()),
            None => (info.statements.iter().collect(), info.topic.clone()),
        };
        if filter.topic.as_ref().is_some_and(|t| *t != topic)
            || filter.statement.is_some_and(|s| !statements.contains(&s))
        {
            continue;
        }
        // Each answer is printed once: under the statement asked for, else its first one.
        let statement = filter.statement.or_else(|| statements.first().copied());
        let also = statements
            .iter()
            .copied()
            .filter(|s| Some(*s) != statement)
            .collect();
        entries.push(Entry {
            key,
            statement,
            also,
            topic,
        });
    }
    // Framework order, then topic title, then the question's wording.
    let mut groups: BTreeMap<(usize, String), Vec<&Entry>> = BTreeMap::new();
    for e in &entries {
        let order = e
            .statement
            .map_or(QualityStatement::ALL.len(), |s| s as usize);
        groups
            .entry((order, topic_title(&e.topic)))
            .or_default()
            .push(e);
    }

    let mut md = String::new();
    let mut skipped = Vec::new();
    md.push_str("# CQC assessment: prep pack\n\n");
    let mut scope = vec![format!("Prepared {}", today.format("%A %-d %B %Y"))];
    if let Some(t) = &filter.topic {
        scope.push(format!("topic: {}", topic_title(t)));
    }
    if let Some(s) = filter.statement {
        scope.push(format!("quality statement: {}", s.title()));
    }
    if let Some(d) = filter.since {
        scope.push(format!("answers since {}", d.format("%-d %B %Y")));
    }
    md.push_str(&format!("{}.\n\n", scope.join(" · ")));
    if entries.is_empty() {
        md.push_str("No practised questions match. Rehearse a few, then make the pack again.\n");
        return Pack {
            markdown: md,
            questions: 0,
            skipped,
        };
    }
    md.push_str(&format!(
        "Your best answer to each of the {} questions you have practised, under the quality \
         statement it evidences most. For each: what you did, the difference it made, and how you \
         know. Read it aloud once; say the figures.\n",
        entries.len()
    ));

    let mut last_statement = None;
    let mut printed = 0;
    for ((order, topic), group) in &groups {
        if last_statement != Some(*order) {
            last_statement = Some(*order);
            let title = QualityStatement::ALL
                .get(*order)
                .map_or("Other questions", |s| s.title());
            md.push_str(&format!("\n## {title}\n"));
        }
        md.push_str(&format!("\n### {topic}\n"));
        let mut group = group.clone();
        group.sort_by(|a, b| {
            history
                .question(a.key)
                .ask
                .cmp(&history.question(b.key).ask)
        });
        for e in group {
            match entry(history, &bank, e, filter.since) {
                Ok(text) => {
                    md.push_str(&text);
                    printed += 1;
                }
                Err(problem) => skipped.push(problem),
            }
        }
    }
    Pack {
        markdown: md,
        questions: printed,
        skipped,
    }
}

fn entry(
    history: &History,
    bank: &HashMap<&str, &Question>,
    e: &Entry,
    since: Option<NaiveDate>,
) -> Result<String, Skipped> {
    let view = AttemptsView::of(history, e.key).expect("entries have attempts");
    // With `since`, the best among the attempts in range.
    let in_range: Vec<usize> = (0..view.attempts.len())
        .filter(|&i| since.is_none_or(|d| view.get(history, i).started.date_naive() >= d))
        .collect();
    let list: Vec<_> = in_range.iter().map(|&i| view.get(history, i)).collect();
    let best = list[super::attempts::best_of(&list)];
    let (note, position) = read_attempt(history, best)?;
    let q: &NoteQuestion = &note.questions[position];
    let mut md = String::new();
    md.push_str(&format!("\n#### {}\n\n", one_line(&q.ask)));
    let mut facts = vec![format!(
        "{} · {} against a {} target",
        best.started.format("%-d %b %Y"),
        clock(u64::from(best.seconds)),
        clock(u64::from(best.target))
    )];
    match best.rating {
        Some(r) => facts.push(format!("rated {r} of 5")),
        None => facts.push("not rated".to_string()),
    }
    if let Some(c) = best.colleague {
        facts.push(format!("colleague rated {c} of 5"));
    }
    if list.len() > 1 {
        facts.push(format!("best of {} attempts", list.len()));
    }
    if best.refined {
        facts.push("refined".to_string());
    }
    md.push_str(&format!("*{}*\n", facts.join(" · ")));
    if !e.also.is_empty() {
        let also: Vec<&str> = e.also.iter().map(|s| s.title()).collect();
        md.push_str(&format!("\n*Also evidences: {}.*\n", also.join("; ")));
    }
    for a in &q.answers {
        md.push_str(&format!(
            "\n**{}**\n\n{}\n",
            one_line(&a.ask),
            body(&a.text)
        ));
    }
    for f in q
        .follow_ups
        .iter()
        .filter(|f| !f.skipped && !f.text.trim().is_empty())
    {
        md.push_str(&format!(
            "\n**Follow-up: {}**\n\n{}\n",
            one_line(&f.ask),
            body(&f.text)
        ));
    }
    let cues = super::history::cues_of(q);
    if !cues.is_empty() {
        let covered: Vec<String> = cues
            .iter()
            .filter(|c| c.1)
            .map(|c| one_line(&c.0))
            .collect();
        let missed: Vec<String> = cues
            .iter()
            .filter(|c| !c.1)
            .map(|c| one_line(&c.0))
            .collect();
        if !covered.is_empty() {
            md.push_str(&format!("\nCues covered: {}.\n", covered.join("; ")));
        }
        if !missed.is_empty() {
            md.push_str(&format!("\nStill to work in: {}.\n", missed.join("; ")));
        }
    } else if let Some(bq) = bank.get(q.id.as_str())
        && !bq.listen_for.is_empty()
    {
        let cues: Vec<String> = bq.listen_for.iter().map(|c| one_line(c)).collect();
        md.push_str(&format!(
            "\nWhat assessors listen for: {}.\n",
            cues.join("; ")
        ));
    }
    if let Some(r) = q.reflection.as_deref().filter(|r| !r.trim().is_empty()) {
        md.push_str(&format!("\nNext time: {}\n", one_line(r)));
    }
    Ok(md)
}

/// Writes the pack whole (temp file, then rename), readable by its owner only: it holds answers.
pub fn write(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let dir = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => std::path::Path::new("."),
    };
    let name = path
        .file_name()
        .map_or_else(|| "pack".into(), |n| n.to_string_lossy().into_owned());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let mut f = options.open(&temp)?;
        f.write_all(text.as_bytes())?;
        f.sync_all()?;
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&temp);
    }
    result
}

fn clock(seconds: u64) -> String {
    format!("{}:{:02}", seconds / 60, seconds % 60)
}

/// Text from the bank or a note, on one line and with no control characters.
fn one_line(text: &str) -> String {
    text.split_whitespace()
        .map(|w| w.chars().filter(|c| !c.is_control()).collect::<String>())
        .collect::<Vec<_>>()
        .join(" ")
}

/// An answer as printed paragraphs. A typed line that Markdown would take as a heading, quote,
/// rule or fence is escaped, so the PSW's words print as words; control characters are dropped.
fn body(text: &str) -> String {
    let text = text.trim();
    if text.is_empty() {
        return "*(nothing typed)*".to_string();
    }
    text.lines()
        .map(|line| {
            let clean: String = line
                .chars()
                .filter(|c| !c.is_control() || *c == '\t')
                .collect();
            let t = clean.trim_start();
            if t.starts_with('#')
                || t.starts_with('>')
                || t.starts_with("---")
                || t.starts_with("```")
                || t.starts_with("===")
                || t.starts_with("<")
            {
                format!("\\{t}")
            } else {
                clean
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notes::NotesStore;
    use crate::review::fixtures::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    fn saved_history(notes: &[crate::notes::Note]) -> (tempfile::TempDir, History) {
        let dir = tempfile::tempdir().unwrap();
        let store = NotesStore::new(dir.path());
        for n in notes {
            store.save(n).unwrap();
        }
        let h = History::load(&store, &|_, _| {});
        (dir, h)
    }

    #[test]
    fn best_answers_grouped_by_statement_then_topic() {
        let mut weak = note_at(
            "2026-11-01T10:00:00+00:00",
            "a",
            &[("wt-01", 2), ("sg-01", 4)],
        );
        weak.questions[0].answers[0].text = "First go: we looked at the list.".into();
        let mut strong = note_at("2026-11-08T10:00:00+00:00", "b", &[("wt-01", 4)]);
        strong.questions[0].answers[0].text =
            "We triaged the whole list.\n# not a heading\n> not a quote".into();
        strong.questions[0].reflection = Some("Lead with the 19 days.".into());
        let (_dir, h) = saved_history(&[weak, strong]);
        let pack = build(&bank(), &h, &PackFilter::default(), day("2026-12-01"));
        let md = &pack.markdown;
        assert_eq!(pack.questions, 2);
        assert!(pack.skipped.is_empty());
        assert!(
            md.starts_with("# CQC assessment: prep pack\n\nPrepared Tuesday 1 December 2026.\n")
        );
        let needs = md.find("## Assessing needs").unwrap();
        let waits = md.find("### Waiting times").unwrap();
        let safeguarding = md.find("## Safeguarding").unwrap();
        assert!(needs < waits && waits < safeguarding, "{md}");
        assert!(md.contains("#### Tell us about wt-01?\n\n*8 Nov 2026 · 2:00 against a 2:30 target · rated 4 of 5 · best of 2 attempts*"), "{md}");
        assert!(
            md.contains("We triaged the whole list.\n\\# not a heading\n\\> not a quote"),
            "{md}"
        );
        assert!(!md.contains("First go"), "only the best answer");
        assert!(md.contains("**What difference has it made?**\n\nWaits fell from 41 to 19 days."));
        assert!(md.contains("What assessors listen for: a figure; a person's voice."));
        assert!(md.contains("Next time: Lead with the 19 days."));
    }

    #[test]
    fn filters_by_statement_topic_and_date() {
        let notes = vec![
            note_at(
                "2026-11-01T10:00:00+00:00",
                "a",
                &[("wt-02", 5), ("qa-01", 4)],
            ),
            note_at(
                "2026-11-20T10:00:00+00:00",
                "b",
                &[("wt-02", 2), ("sg-01", 3)],
            ),
        ];
        let (_dir, h) = saved_history(&notes);
        let equity = PackFilter {
            statement: Some(QualityStatement::Equity),
            ..PackFilter::default()
        };
        let pack = build(&bank(), &h, &equity, day("2026-12-01"));
        assert_eq!(pack.questions, 1);
        assert!(
            pack.markdown
                .contains("## Equity in experience and outcomes")
        );
        assert!(pack.markdown.contains("*Also evidences: Assessing needs.*"));
        assert!(pack.markdown.contains("rated 5 of 5"));

        let since = PackFilter {
            since: Some(day("2026-11-10")),
            ..PackFilter::default()
        };
        let pack = build(&bank(), &h, &since, day("2026-12-01"));
        assert_eq!(pack.questions, 2, "qa-01 was only practised before");
        assert!(
            pack.markdown.contains("rated 2 of 5"),
            "best within the dates"
        );
        assert!(pack.markdown.contains("answers since 10 November 2026"));

        let topic = PackFilter {
            topic: Some("edi".into()),
            ..PackFilter::default()
        };
        let pack = build(&bank(), &h, &topic, day("2026-12-01"));
        assert_eq!(pack.questions, 0);
        assert!(pack.markdown.contains("No practised questions match."));
    }
}
