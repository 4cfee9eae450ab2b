//! The prep pack: the best answer to every question practised, per quality statement and topic, as
//! printable Markdown to read the night before.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;

use crate::bank::model::{QualityStatement, Question};
use crate::bank::topic_title;
use crate::notes::NoteQuestion;

use super::attempts::{AttemptsView, read_attempt};
use super::history::{History, QuestionKey};
use crate::notes::NoteProblem;

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
    pub skipped: Vec<NoteProblem>,
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
    build_opening(questions, history, filter, today, "")
}

/// [`build`], with `opening` (Markdown: the evidence register's figures and stories) before the
/// answers.
pub fn build_opening(
    questions: &[Question],
    history: &History,
    filter: &PackFilter,
    today: NaiveDate,
    opening: &str,
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
    // Each answer read once, here: one with nothing typed leaves the pack, and its counts. One
    // answered aloud and rated (pair practice, spoken practice with no notes) was practised all
    // the same, so its statements are not listed as "not practised yet".
    let mut rendered: HashMap<QuestionKey, Result<String, NoteProblem>> = HashMap::new();
    let mut aloud: Vec<Entry> = Vec::new();
    let mut kept: Vec<Entry> = Vec::new();
    for e in entries {
        match entry(history, &bank, &e, filter.since) {
            Ok(None) => {
                let rated = history.attempts_of(e.key).any(|a| {
                    filter.since.is_none_or(|d| a.started.date_naive() >= d)
                        && a.weakest_rating().is_some()
                });
                if rated {
                    aloud.push(e);
                }
            }
            Ok(Some(text)) => {
                rendered.insert(e.key, Ok(text));
                kept.push(e);
            }
            Err(problem) => {
                rendered.insert(e.key, Err(problem));
                kept.push(e);
            }
        }
    }
    let entries = kept;
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
    md.push_str(opening);
    if entries.is_empty() && !aloud.is_empty() {
        md.push_str(
            "Every question practised here was answered aloud with nothing typed, so there is no \
             answer to print. Rehearse one in writing (Style: written), or type key points after \
             answering aloud, then make the pack again.\n",
        );
        return Pack {
            markdown: md,
            questions: 0,
            skipped,
        };
    }
    if entries.is_empty() {
        md.push_str("No practised questions match. Rehearse a few, then make the pack again.\n");
        return Pack {
            markdown: md,
            questions: 0,
            skipped,
        };
    }
    md.push_str(&format!(
        "Your best answer to {}, under the quality statement it evidences most. For each: what \
         you did, the difference it made, and how you know. Read it aloud once; say the figures.\n",
        match entries.len() {
            1 => "the one question you have practised".to_string(),
            n => format!("each of the {n} questions you have practised"),
        }
    ));
    md.push_str(&contents(&entries, &aloud, filter));

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
            // Every entry kept was read into `rendered` above, once (one entry a question).
            let Some(read) = rendered.remove(&e.key) else {
                continue;
            };
            match read {
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

/// What the pack holds, per quality statement, so a printout of many pages can be found through;
/// and, for a whole pack, the statements not practised at all, so the gap shows the night before
/// rather than in the interview.
fn contents(entries: &[Entry], aloud: &[Entry], filter: &PackFilter) -> String {
    let all = QualityStatement::ALL;
    let mut counts = vec![0usize; all.len() + 1];
    for e in entries {
        counts[e.statement.map_or(all.len(), |s| s as usize)] += 1;
    }
    let mut md = String::from("\n**In this pack:**\n\n");
    for (i, &n) in counts.iter().enumerate().filter(|(_, n)| **n > 0) {
        let title = all.get(i).map_or("Other questions", |s| s.title());
        let plural = if n == 1 { "" } else { "s" };
        md.push_str(&format!("- {title}: {n} question{plural}\n"));
    }
    let covers = |list: &[Entry], s: &QualityStatement| {
        list.iter()
            .any(|e| e.statement == Some(*s) || e.also.contains(s))
    };
    // A statement the answers evidence without one filed under it was in neither list: "In this
    // pack" named three, "Not practised yet" four, and two of the nine were nowhere (the eleventh
    // walk's row 18).
    let also: Vec<&str> = all
        .iter()
        .filter(|s| counts[**s as usize] == 0 && covers(entries, s))
        .map(|s| s.title())
        .collect();
    if !also.is_empty() {
        md.push_str(&format!(
            "\n**Also evidenced by the answers above:** {}.\n",
            also.join("; ")
        ));
    }
    let spoken: Vec<&str> = all
        .iter()
        .filter(|s| covers(aloud, s) && !covers(entries, s))
        .map(|s| s.title())
        .collect();
    if !spoken.is_empty() {
        md.push_str(&format!(
            "\n**Practised aloud only, with nothing typed to print:** {}.\n",
            spoken.join("; ")
        ));
    }
    if filter.statement.is_none() && filter.topic.is_none() {
        let missing: Vec<&str> = all
            .iter()
            .filter(|s| !covers(entries, s) && !covers(aloud, s))
            .map(|s| s.title())
            .collect();
        if !missing.is_empty() {
            md.push_str(&format!(
                "\n**Not practised yet:** {}.\n",
                missing.join("; ")
            ));
        }
    }
    md
}

fn entry(
    history: &History,
    bank: &HashMap<&str, &Question>,
    e: &Entry,
    since: Option<NaiveDate>,
) -> Result<Option<String>, NoteProblem> {
    // An entry is made only for a question with an attempt; one with none has nothing to print.
    let Some(view) = AttemptsView::of(history, e.key) else {
        return Ok(None);
    };
    // With `since`, the best among the attempts in range.
    let in_range: Vec<usize> = (0..view.attempts.len())
        .filter(|&i| since.is_none_or(|d| view.get(history, i).started.date_naive() >= d))
        .collect();
    let mut list: Vec<_> = in_range.iter().map(|&i| view.get(history, i)).collect();
    // A question reached and left with nothing typed (plain mode's input ended there, or answered
    // aloud in pair practice) is not an answer to read aloud: the best attempt with words is
    // printed instead, and with none the question stays out, as one never practised does. (Walk
    // 7: a pair session rated higher hid the only written answer, and its statement was listed
    // as "not practised yet".)
    let said = |t: &str| !t.trim().is_empty();
    let (best, note, position) = loop {
        if list.is_empty() {
            return Ok(None);
        }
        let i = super::attempts::best_of(&list);
        let (note, position) = read_attempt(history, list[i])?;
        let q: &NoteQuestion = &note.questions[position];
        if q.answers.iter().any(|a| said(&a.text))
            || q.follow_ups.iter().any(|f| !f.skipped && said(&f.text))
        {
            break (list[i], note, position);
        }
        list.remove(i);
    };
    let q: &NoteQuestion = &note.questions[position];
    let mut md = String::new();
    md.push_str(&format!(
        "\n#### {}\n\n",
        escape_inline(&crate::text::one_line(&q.ask))
    ));
    let mut facts = vec![format!(
        "{} · {} target",
        best.started.format("%-d %b %Y"),
        crate::text::of_target(u64::from(best.seconds), u64::from(best.target))
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
    if !e.also.is_empty() {
        let also: Vec<&str> = e.also.iter().map(|s| s.title()).collect();
        facts.push(format!("also evidences {}", also.join("; ")));
    }
    md.push_str(&format!("*{}*\n", facts.join(" · ")));
    // The prompt runs into its answer, so on paper the question (a heading) and the three parts
    // (bold, in the text) never look alike.
    for a in &q.answers {
        md.push_str(&format!(
            "\n**{}** {}\n",
            escape_inline(&crate::text::one_line(&a.ask)),
            body(&a.text)
        ));
    }
    for f in q
        .follow_ups
        .iter()
        .filter(|f| !f.skipped && !f.text.trim().is_empty())
    {
        md.push_str(&format!(
            "\n**Follow-up: {}** {}\n",
            escape_inline(&crate::text::one_line(&f.ask)),
            body(&f.text)
        ));
    }
    let cues = super::history::cues_of(q);
    if !cues.is_empty() {
        let covered: Vec<String> = cues
            .iter()
            .filter(|c| c.1)
            .map(|c| crate::text::one_line(&c.0))
            .collect();
        let missed: Vec<String> = cues
            .iter()
            .filter(|c| !c.1)
            .map(|c| crate::text::one_line(&c.0))
            .collect();
        md.push_str(&bullets("Cues covered", &covered));
        md.push_str(&bullets("Still to work in", &missed));
    } else if let Some(bq) = bank.get(q.id.as_str())
        && !bq.listen_for.is_empty()
    {
        let cues: Vec<String> = bq
            .listen_for
            .iter()
            .map(|c| crate::text::one_line(c))
            .collect();
        md.push_str(&bullets("What assessors listen for", &cues));
    }
    if let Some(r) = q.reflection.as_deref().filter(|r| !r.trim().is_empty()) {
        md.push_str(&format!(
            "\n**Next time:** {}\n",
            escape_inline(&crate::text::one_line(r))
        ));
    }
    // A rule between questions: on paper each answer reads as a card of its own.
    md.push_str("\n---\n");
    Ok(Some(md))
}

/// `**Label**` and a bulleted list, or nothing for no items.
fn bullets(label: &str, items: &[String]) -> String {
    if items.is_empty() {
        return String::new();
    }
    let mut md = format!("\n**{label}:**\n\n");
    for item in items {
        md.push_str(&format!("- {}\n", escape_inline(item)));
    }
    md
}

/// A typed answer as printed paragraphs: each line the PSW typed is a paragraph of its own (in
/// Markdown, lines with no blank between would run together into one), and lines typed as a list
/// (`- `, `* `, `1. `) stay a list. Everything else prints as the words typed: a line Markdown would
/// take as a heading, quote, rule, fence, table or code block is escaped, and so are characters it
/// would take as emphasis, links or HTML. Control characters are dropped.
fn body(text: &str) -> String {
    let lines: Vec<String> = text
        .lines()
        .map(|line| {
            line.chars()
                .filter_map(|c| match c {
                    '\t' => Some(' '),
                    c if c.is_control() => None,
                    c => Some(c),
                })
                .collect::<String>()
                .trim()
                .to_string()
        })
        .filter(|line| !line.is_empty())
        .collect();
    if lines.is_empty() {
        return "*(nothing typed)*".to_string();
    }
    let mut out = String::new();
    // The kind of list the previous line was in: bulleted or numbered.
    let mut in_list: Option<bool> = None;
    for (i, line) in lines.iter().enumerate() {
        let item = list_item(line);
        let numbered = item.map(|(marker, _)| marker != "-");
        if i > 0 {
            // List items follow each other; anything else starts a new paragraph. A numbered list
            // straight after a bulleted one (or the other way) is kept apart by an empty comment,
            // or Python-Markdown runs the two into one list.
            out.push_str(match (in_list, numbered) {
                (Some(a), Some(b)) if a == b => "\n",
                (Some(_), Some(_)) => "\n\n<!-- -->\n\n",
                _ => "\n\n",
            });
        }
        match item {
            Some((marker, rest)) => {
                // The first paragraph follows the prompt on its line: a list starts below it.
                if i == 0 {
                    out.push_str("\n\n");
                }
                out.push_str(&format!("{marker} {}", escape_inline(rest)));
            }
            None => out.push_str(&escape_line(line)),
        }
        in_list = numbered;
    }
    out
}

/// `("-", rest)` for a line typed as a bullet, `("3.", rest)` for a numbered one. A year at the
/// start of a sentence ("2019. That year...") is not a list.
fn list_item(line: &str) -> Option<(&str, &str)> {
    for bullet in ["- ", "* ", "• "] {
        if let Some(rest) = line.strip_prefix(bullet) {
            return Some(("-", rest.trim_start()));
        }
    }
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    if (1..=2).contains(&digits) && line[digits..].starts_with(". ") {
        return Some((&line[..=digits], line[digits + 2..].trim_start()));
    }
    None
}

/// A whole line of typed text that Markdown must print as it is.
fn escape_line(line: &str) -> String {
    let escaped = escape_inline(line);
    let starts_block = escaped.starts_with(['#', '>', '+'])
        || escaped.starts_with("---")
        || escaped.starts_with("- ")
        || escaped
            .char_indices()
            .find(|(_, c)| !c.is_ascii_digit())
            .is_some_and(|(at, c)| at > 0 && (c == '.' || c == ')'));
    if !starts_block {
        return escaped;
    }
    // "2019. That year" or "3) then": the number's full stop is escaped, not the number.
    if let Some(at) = escaped.find(|c: char| !c.is_ascii_digit())
        && at > 0
    {
        return format!("{}\\{}", &escaped[..at], &escaped[at..]);
    }
    format!("\\{escaped}")
}

/// Characters Markdown would take as emphasis, code, links or HTML, escaped so they print. `<` is
/// written as `&lt;`, which every Markdown reads the same (Python-Markdown keeps a `\<`).
fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '\\' | '*' | '_' | '`' | '[' | ']' => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out
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
        assert!(md.contains("#### Tell us about wt-01?\n\n*8 Nov 2026 · 2 min of 2 min 30 s target · rated 4 of 5 · best of 2 attempts*"), "{md}");
        assert!(
            md.contains("We triaged the whole list.\n\n\\# not a heading\n\n\\> not a quote"),
            "{md}"
        );
        assert!(!md.contains("First go"), "only the best answer");
        assert!(md.contains("\n**What difference has it made?** Waits fell from 41 to 19 days.\n"));
        assert!(md.contains("**What assessors listen for:**\n\n- a figure\n- a person's voice\n"));
        assert!(md.contains("**Next time:** Lead with the 19 days."));
    }

    /// A question reached and left with nothing typed (plain mode's input ended there) is not
    /// printed as "your best answer" with "(nothing typed)" under every part, nor counted.
    #[test]
    fn a_question_left_with_nothing_typed_stays_out_of_the_pack() {
        let mut n = note_at(
            "2026-11-08T10:00:00+00:00",
            "b",
            &[("wt-01", 4), ("sg-01", 3)],
        );
        let empty = &mut n.questions[1];
        empty.rating = None;
        for a in &mut empty.answers {
            a.text.clear();
        }
        for f in &mut empty.follow_ups {
            f.text.clear();
        }
        let (_dir, h) = saved_history(&[n]);
        let pack = build(&bank(), &h, &PackFilter::default(), day("2026-12-01"));
        let md = &pack.markdown;
        assert_eq!(pack.questions, 1, "{md}");
        assert!(
            !md.contains("sg-01") && !md.contains("(nothing typed)"),
            "{md}"
        );
        assert!(
            md.contains("Your best answer to the one question you have practised, under"),
            "{md}"
        );
        assert!(
            md.contains("**Not practised yet:**") && md.contains("Safeguarding"),
            "{md}"
        );
    }

    /// The eleventh walk, row 18: a question filed under one statement and evidencing another
    /// left the other in neither "In this pack" nor "Not practised yet".
    #[test]
    fn a_statement_only_evidenced_as_well_is_named_in_the_contents() {
        let n = note_at("2026-11-01T10:00:00+00:00", "a", &[("wt-02", 3)]);
        let (_dir, h) = saved_history(&[n]);
        let pack = build(&bank(), &h, &PackFilter::default(), day("2026-12-01"));
        let md = &pack.markdown;
        assert!(md.contains("- Assessing needs: 1 question"), "{md}");
        let also = md
            .lines()
            .find(|l| l.starts_with("**Also evidenced by the answers above:**"))
            .unwrap_or_default();
        assert!(also.contains("Equity in experience and outcomes"), "{md}");
        let not_yet = md
            .lines()
            .find(|l| l.starts_with("**Not practised yet:**"))
            .unwrap_or_default();
        assert!(!not_yet.contains("Equity"), "{md}");
    }

    /// Walk 7: a question answered in writing (rated 2), then aloud in pair practice with nothing
    /// typed (rated 4). The pack printed neither, and listed the question's statement as "not
    /// practised yet"; the written answer is the best one with words, so it is printed.
    #[test]
    fn a_later_attempt_with_nothing_typed_does_not_hide_the_written_answer() {
        let written = note_at("2026-11-01T10:00:00+00:00", "a", &[("sg-01", 2)]);
        let mut aloud = note_at("2026-11-08T10:00:00+00:00", "b", &[("sg-01", 4)]);
        for a in &mut aloud.questions[0].answers {
            a.text.clear();
        }
        let (_dir, h) = saved_history(&[written, aloud]);
        let pack = build(&bank(), &h, &PackFilter::default(), day("2026-12-01"));
        let md = &pack.markdown;
        assert_eq!(pack.questions, 1, "{md}");
        assert!(md.contains("For sg-01 I set up a weekly review."), "{md}");
        assert!(md.contains("*1 Nov 2026 · "), "{md}");
        let not_yet = md
            .lines()
            .find(|l| l.starts_with("**Not practised yet:**"))
            .unwrap_or_default();
        assert!(!not_yet.contains("Safeguarding"), "{md}");
    }

    /// Walk 8: a question practised only aloud in pair practice (rated by both, nothing typed) has
    /// no words to print, and its statement was listed as "not practised yet" while progress and
    /// home counted it practised. It is said to be practised aloud, and only that.
    #[test]
    fn a_question_practised_only_aloud_is_not_listed_as_not_practised() {
        let written = note_at("2026-11-01T10:00:00+00:00", "a", &[("wt-01", 3)]);
        let mut aloud = note_at("2026-11-08T10:00:00+00:00", "b", &[("sg-01", 4)]);
        for a in &mut aloud.questions[0].answers {
            a.text.clear();
        }
        let (_dir, h) = saved_history(&[written, aloud.clone()]);
        let pack = build(&bank(), &h, &PackFilter::default(), day("2026-12-01"));
        let md = &pack.markdown;
        assert_eq!(pack.questions, 1, "{md}");
        let not_yet = md
            .lines()
            .find(|l| l.starts_with("**Not practised yet:**"))
            .unwrap_or_default();
        assert!(!not_yet.contains("Safeguarding"), "{md}");
        assert!(
            md.contains("**Practised aloud only, with nothing typed to print:** Safeguarding."),
            "{md}"
        );
        // With only that one, the pack says why it has nothing to print.
        let (_dir, h) = saved_history(&[aloud]);
        let md = build(&bank(), &h, &PackFilter::default(), day("2026-12-01")).markdown;
        assert!(
            md.contains("answered aloud with nothing typed, so there is no answer to print"),
            "{md}"
        );
    }

    /// The pack read back by a CommonMark parser, as the blocks a printout shows: each heading,
    /// paragraph and list item as its plain text, with what kind of block it is.
    fn printed(md: &str) -> Vec<(String, String)> {
        use pulldown_cmark::{Event, Parser, Tag, TagEnd};
        let mut blocks = Vec::new();
        let mut kind: Vec<String> = Vec::new();
        let mut text = String::new();
        for event in Parser::new(md) {
            match event {
                Event::Start(tag) => {
                    let name = match tag {
                        Tag::Heading { level, .. } => format!("{level}"),
                        Tag::Item => "item".into(),
                        Tag::Paragraph => "p".into(),
                        Tag::CodeBlock(_) => "code block".into(),
                        Tag::BlockQuote(_) => "quote".into(),
                        Tag::Emphasis | Tag::Strong => continue,
                        other => format!("{other:?}"),
                    };
                    if !text.trim().is_empty() {
                        blocks.push((kind.last().cloned().unwrap_or_default(), text.clone()));
                    }
                    text.clear();
                    kind.push(name);
                }
                Event::End(TagEnd::Emphasis | TagEnd::Strong) => {}
                Event::End(_) => {
                    if !text.trim().is_empty() {
                        blocks.push((kind.last().cloned().unwrap_or_default(), text.clone()));
                    }
                    text.clear();
                    kind.pop();
                }
                Event::Text(t) => text.push_str(&t),
                Event::SoftBreak | Event::HardBreak => text.push(' '),
                Event::Code(c) => blocks.push(("inline code".into(), c.to_string())),
                Event::Html(h) | Event::InlineHtml(h) => {
                    // The one comment the pack writes between two kinds of list.
                    if h.trim() != "<!-- -->" {
                        blocks.push(("html".into(), h.to_string()));
                    }
                }
                Event::Rule => blocks.push(("rule".into(), String::new())),
                other => blocks.push((format!("{other:?}"), String::new())),
            }
        }
        blocks
    }

    #[test]
    fn typed_words_print_as_typed_and_the_layout_reads_on_paper() {
        let mut n = note_at("2026-11-08T10:00:00+00:00", "b", &[("wt-01", 4)]);
        n.questions[0].answers[0].text = [
            "We did three things:",
            "- brought the list in-house",
            "* rang every carer waiting over 28 days",
            "1. first we triaged",
            "2. then we reviewed weekly",
            "2019. That year the strategy lapsed.",
            "    Indented, as if code.",
            "# Not a heading",
            "> not a quote",
            "---",
            "+ plus",
            "<b>not bold</b> & 5 < 6, with *stars*, snake_case_words, [a link](x) and `ticks`.",
            "\tTabbed\u{7} line\u{1b}[2J.",
        ]
        .join("\n");
        let (_dir, h) = saved_history(&[n]);
        let pack = build(&bank(), &h, &PackFilter::default(), day("2026-12-01"));
        let blocks = printed(&pack.markdown);
        let has = |kind: &str, text: &str| blocks.iter().any(|(k, t)| k == kind && t == text);
        // The PSW's words, each line as typed, as paragraphs or list items: never a heading,
        // quote, code, rule or HTML of their own.
        assert!(
            has("p", "What have you done? We did three things:"),
            "{blocks:#?}"
        );
        assert!(has("item", "brought the list in-house"), "{blocks:#?}");
        assert!(
            has("item", "rang every carer waiting over 28 days"),
            "{blocks:#?}"
        );
        assert!(has("item", "first we triaged"), "{blocks:#?}");
        assert!(has("item", "then we reviewed weekly"), "{blocks:#?}");
        for line in [
            "2019. That year the strategy lapsed.",
            "Indented, as if code.",
            "# Not a heading",
            "> not a quote",
            "---",
            "+ plus",
            "<b>not bold</b> & 5 < 6, with *stars*, snake_case_words, [a link](x) and `ticks`.",
            "Tabbed line[2J.",
        ] {
            assert!(has("p", line), "{line:?} in {blocks:#?}");
        }
        for kind in ["code block", "quote", "html", "inline code"] {
            assert!(
                !blocks.iter().any(|(k, _)| k == kind),
                "{kind} in {blocks:#?}"
            );
        }
        // The pack's own layout: the title, the statement, the topic and the question as headings,
        // one rule after each question, and the cues as a list.
        let headings: Vec<_> = blocks.iter().filter(|(k, _)| k.starts_with('h')).collect();
        assert_eq!(
            headings,
            [
                &("h1".to_string(), "CQC assessment: prep pack".to_string()),
                &("h2".to_string(), "Assessing needs".to_string()),
                &("h3".to_string(), "Waiting times".to_string()),
                &("h4".to_string(), "Tell us about wt-01?".to_string()),
            ]
        );
        assert_eq!(blocks.iter().filter(|(k, _)| k == "rule").count(), 1);
        assert!(has("item", "a person's voice"), "{blocks:#?}");
        assert!(has("item", "Assessing needs: 1 question"), "{blocks:#?}");
        assert!(
            has(
                "p",
                "Not practised yet: Supporting people to live healthier lives; Equity in \
                 experience and outcomes; Care provision, integration and continuity; \
                 Partnerships and communities; Safe systems, pathways and transitions; \
                 Safeguarding; Governance, management and sustainability; Learning, \
                 improvement and innovation."
            ),
            "{blocks:#?}"
        );
        // Nothing typed reaches a printer or a terminal as a control character.
        assert!(!pack.markdown.contains(['\u{1b}', '\u{7}', '\t']));
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
        assert!(pack.markdown.contains(" · also evidences Assessing needs*"));
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

    proptest::proptest! {
        #![proptest_config(proptest::prelude::ProptestConfig::with_cases(24))]

        /// Whatever was practised (questions in the bank or gone from it, rated or not, typed,
        /// left empty or marked up, on any day, the same question twice in a session) and
        /// whatever the filter, the pack is made without a panic and prints each question once
        /// at most.
        #[test]
        fn any_practice_and_any_filter_make_a_pack(
            sessions in proptest::collection::vec(
                (
                    0u32..28,
                    proptest::collection::vec(
                        (0usize..14, 0u8..6, proptest::bool::ANY, "[ a-z#>*0-9\n-]{0,30}"),
                        0..4,
                    ),
                ),
                0..4,
            ),
            topic in proptest::option::of(0usize..13),
            statement in proptest::option::of(0usize..9),
            since in proptest::option::of(0u32..28),
        ) {
            let ids: Vec<&str> = BANK
                .iter()
                .map(|(id, _, _)| *id)
                .chain(["gone-01", "gone-02"])
                .collect();
            let topics: Vec<&str> = BANK
                .iter()
                .map(|(_, topic, _)| *topic)
                .chain(["other"])
                .collect();
            let notes: Vec<_> = sessions
                .iter()
                .enumerate()
                .map(|(i, (d, answered))| {
                    let started = format!("2026-10-{:02}T{:02}:00:00+00:00", d + 1, i + 8);
                    let rated: Vec<(&str, u8)> =
                        answered.iter().map(|(q, r, _, _)| (ids[*q], *r)).collect();
                    let mut note = note_at(&started, &format!("p{i}"), &rated);
                    for (q, (_, _, empty, text)) in note.questions.iter_mut().zip(answered) {
                        for a in &mut q.answers {
                            a.text = if *empty { String::new() } else { text.clone() };
                        }
                    }
                    note
                })
                .collect();
            // A session with nothing typed is never saved; the rest are, as the app saves them.
            let dir = tempfile::tempdir().unwrap();
            let store = NotesStore::new(dir.path());
            for n in &notes {
                if let Err(e) = store.save(n) {
                    proptest::prop_assert_eq!(e.kind, crate::notes::StoreErrorKind::NothingToSave);
                }
            }
            let h = History::load(&store, &|_, _| {});
            let filter = PackFilter {
                topic: topic.map(|t| topics[t].to_string()),
                statement: statement.map(|s| QualityStatement::ALL[s]),
                since: since.map(|d| day("2026-10-01") + chrono::Days::new(d.into())),
            };
            let pack = build(&bank(), &h, &filter, day("2026-12-01"));
            proptest::prop_assert!(pack.markdown.starts_with("# CQC assessment: prep pack"));
            proptest::prop_assert!(pack.questions + pack.skipped.len() <= h.questions.len());
        }
    }
}
