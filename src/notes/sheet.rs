//! The feedback sheet: a note as Markdown a colleague can send by email, and read back exactly.
//!
//! A sheet has two parts. The top is for people: who asked and who answered, each question with
//! both ratings, the three parts and the cues heard, the probes asked, the observations and
//! Keep / Stop / Start. The bottom carries the note itself, so `notes import` brings back the
//! same record however the top was reflowed or edited on its way:
//!
//! ```text
//!     -----BEGIN PSW-COACH NOTE-----
//!     sha256: 5f1c...            (of the note's text, so damage is found, never imported)
//!
//!     LS0tCmZvcm1hdDogMgpzZXNzaW9uX2lkOiAy...   (the note's file, base64, 64 per line)
//!     -----END PSW-COACH NOTE-----
//! ```
//!
//! Base64 survives what mail does to text: lines rewrapped or joined (whitespace is ignored),
//! quoted replies (`> ` prefixes are dropped), CRLF line ends, indentation added or removed, and
//! typographers' quotes (the alphabet has none). Anything else that changes a character is caught
//! by the checksum, with a message that says to ask for the sheet again.

use std::fmt;

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use sha2::{Digest, Sha256};

use super::format::{from_markdown, to_markdown};
use super::model::{Note, NoteKind, NoteQuestion};

const BEGIN: &str = "-----BEGIN PSW-COACH NOTE-----";
const END: &str = "-----END PSW-COACH NOTE-----";
/// The markers are found by their words, so a mail client that turns `-----` into dashes of
/// another kind, or drops some, does not stop the import.
const BEGIN_WORDS: &str = "BEGIN PSW-COACH NOTE";
const END_WORDS: &str = "END PSW-COACH NOTE";
const CHECKSUM: &str = "sha256:";
const LINE: usize = 64;

/// Why a file could not be read as a feedback sheet, in words for the person importing it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SheetError {
    /// No block at all: this is some other file.
    NotASheet,
    /// A start line but no end: the message was cut short.
    Truncated,
    /// The block is there but its text was changed on the way.
    Damaged(String),
    /// The block decoded, but the note inside it could not be read.
    BadNote(String),
}

impl fmt::Display for SheetError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SheetError::NotASheet => write!(
                f,
                "this is not a psw-coach feedback sheet: it has no \"{BEGIN}\" block. A sheet is \
                 made with `psw-coach notes export NOTE --out FILE`; save the whole message or \
                 attachment as it came and import that."
            ),
            SheetError::Truncated => write!(
                f,
                "the feedback sheet has been cut short: it has a \"{BEGIN}\" line but no \
                 \"{END}\" line. Ask for it again, or save the whole message, not part of it."
            ),
            SheetError::Damaged(why) => write!(
                f,
                "the feedback sheet was changed on its way ({why}), so it was not imported. Ask \
                 for it again, ideally as an attachment."
            ),
            SheetError::BadNote(why) => write!(
                f,
                "the feedback sheet holds a note that could not be read: {why}"
            ),
        }
    }
}

impl std::error::Error for SheetError {}

/// The sheet for `note`: readable feedback, then the note itself for `notes import`.
pub fn to_sheet(note: &Note) -> String {
    let mut out = String::new();
    readable(&mut out, note);
    out.push_str("---\n\n## For psw-coach\n\n");
    out.push_str(
        "To keep this feedback with your own notes, save this whole message (or the attached \
         file) and run\n`psw-coach notes import FILE`. The block below is the same record in a \
         form psw-coach reads\nback exactly; please leave it as it is.\n\n",
    );
    let text = to_markdown(note);
    out.push_str("    ");
    out.push_str(BEGIN);
    out.push_str("\n    ");
    out.push_str(CHECKSUM);
    out.push(' ');
    out.push_str(&checksum(text.as_bytes()));
    out.push_str("\n\n");
    let encoded = BASE64.encode(text.as_bytes());
    // Base64 is ASCII, so slicing by bytes never splits a character.
    for chunk in encoded.as_bytes().chunks(LINE) {
        out.push_str("    ");
        out.push_str(std::str::from_utf8(chunk).unwrap_or_default());
        out.push('\n');
    }
    out.push_str("    ");
    out.push_str(END);
    out.push('\n');
    out
}

/// The note a sheet carries, checked against its checksum.
pub fn from_sheet(sheet: &str) -> Result<Note, SheetError> {
    let lines: Vec<String> = sheet.lines().map(unquote).collect();
    // The last start line: the sheet writes its block last, so a start line typed into an
    // observation (and shown above it) can never be taken for the real one.
    let begin = lines
        .iter()
        .rposition(|l| l.contains(BEGIN_WORDS))
        .ok_or(SheetError::NotASheet)?;
    let end = lines[begin + 1..]
        .iter()
        .position(|l| l.contains(END_WORDS))
        .map(|i| begin + 1 + i)
        .ok_or(SheetError::Truncated)?;
    let body = &lines[begin + 1..end];
    let mut expected = None;
    let mut encoded = String::new();
    for line in body {
        if let Some(sum) = line.strip_prefix(CHECKSUM) {
            expected = Some(sum.trim().to_ascii_lowercase());
        } else {
            encoded.extend(line.chars().filter(|c| !c.is_whitespace()));
        }
    }
    let expected =
        expected.ok_or_else(|| SheetError::Damaged("its checksum line is missing".into()))?;
    let bytes = BASE64
        .decode(encoded.as_bytes())
        .map_err(|e| SheetError::Damaged(format!("the encoded note does not decode: {e}")))?;
    if checksum(&bytes) != expected {
        return Err(SheetError::Damaged(
            "its checksum does not match the note".into(),
        ));
    }
    let text = String::from_utf8(bytes)
        .map_err(|_| SheetError::Damaged("the note inside is not plain text".into()))?;
    from_markdown(&text).map_err(|e| SheetError::BadNote(e.to_string()))
}

/// Whether the part of `sheet` for people differs from what exporting `note` wrote: someone
/// edited it on the way (a rating changed, a line added). Only the record block is imported, so
/// `notes import` says so rather than drop the edits without a word. What mail does is not an
/// edit: quote marks, rewrapped lines, curly quotes and dashes, and text around the sheet (a
/// greeting, a signature) are allowed; the exported words must appear together and unchanged.
pub fn readable_part_changed(sheet: &str, note: &Note) -> bool {
    let words = |text: &str| -> Vec<String> {
        let before_block = text
            .lines()
            .map(unquote)
            .take_while(|l| !l.contains(BEGIN_WORDS))
            .collect::<Vec<_>>()
            .join("\n");
        before_block
            .split_whitespace()
            .map(|w| {
                w.chars()
                    .map(|c| match c {
                        '\u{2018}' | '\u{2019}' => '\'',
                        '\u{201c}' | '\u{201d}' => '"',
                        '\u{2013}' | '\u{2014}' => '-',
                        c => c,
                    })
                    .collect()
            })
            .collect()
    };
    let expected = words(&to_sheet(note));
    let received = words(sheet);
    expected.is_empty()
        || !received
            .windows(expected.len())
            .any(|window| window == expected.as_slice())
}

/// A line as the sheet wrote it: without the quote marks of replies and forwards, and trimmed.
fn unquote(line: &str) -> String {
    let mut rest = line.trim();
    while let Some(r) = rest.strip_prefix('>') {
        rest = r.trim_start();
    }
    rest.trim().to_string()
}

fn checksum(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The human part: a heading, who and when, a table of ratings, then each question.
fn readable(out: &mut String, note: &Note) {
    let heading = match note.kind {
        NoteKind::Pair => "Pair practice feedback",
        NoteKind::Rehearse => "Rehearsal notes",
    };
    out.push_str(&format!("# {heading}: {}\n\n", inline(&note.title())));
    let mut who = Vec::new();
    if let Some(i) = note.interviewer.as_deref().filter(|i| !i.trim().is_empty()) {
        who.push(format!("Asked by {}", inline(i)));
    }
    if let Some(p) = note.psw.as_deref().filter(|p| !p.trim().is_empty()) {
        who.push(format!("answered by {}", inline(p)));
    }
    let mut facts = vec![note.started.format("%A %-d %B %Y, %H:%M").to_string()];
    facts.push(match note.questions.len() {
        1 => "1 question".to_string(),
        n => format!("{n} questions"),
    });
    facts.push(crate::text::answering(note.total_seconds()));
    if !who.is_empty() {
        let mut w = who.join(", ");
        if w.starts_with("answered") {
            w.replace_range(..1, "A");
        }
        facts.insert(0, w);
    }
    out.push_str(&facts.join(" · "));
    out.push_str("\n\n");

    if note.kind == NoteKind::Pair && !note.questions.is_empty() {
        out.push_str("| # | Question | Time | Interviewer | Own rating | Parts heard |\n");
        out.push_str("|---|---|---|---|---|---|\n");
        for (i, q) in note.questions.iter().enumerate() {
            let pair = q.pair.as_ref();
            out.push_str(&format!(
                "| {} | {} | {} | {} | {} | {} |\n",
                i + 1,
                cell(&short(&q.ask, 60)),
                crate::text::of_target(q.total_seconds, q.target_seconds.into()),
                rating(pair.and_then(|p| p.rating)),
                rating(q.rating),
                pair.map_or("-".to_string(), |p| {
                    let h = p.heard;
                    format!(
                        "{} of 3",
                        [h.done, h.difference, h.evidence]
                            .iter()
                            .filter(|&&b| b)
                            .count()
                    )
                })
            ));
        }
        out.push('\n');
    }

    for (i, q) in note.questions.iter().enumerate() {
        question(out, i + 1, q);
    }
}

fn question(out: &mut String, number: usize, q: &NoteQuestion) {
    out.push_str(&format!("## {number}. {}\n\n", inline(&q.ask)));
    let over = q.total_seconds.saturating_sub(q.target_seconds.into());
    let mut facts = vec![format!(
        "Time {} target{}",
        crate::text::of_target(q.total_seconds, q.target_seconds.into()),
        if over > 0 {
            format!(" (over by {})", crate::text::duration(over))
        } else {
            String::new()
        }
    )];
    if let Some(p) = &q.pair {
        facts.push(format!("interviewer's rating {}", rating(p.rating)));
        facts.push(format!("own rating {}", rating(q.rating)));
    } else {
        facts.push(format!("rating {}", rating(q.rating)));
    }
    out.push_str(&facts.join(" · "));
    out.push_str("\n\n");

    if let Some(p) = &q.pair {
        let tick = |b: bool| if b { "[x]" } else { "[ ]" };
        out.push_str("**The three parts, as the interviewer heard them**\n\n");
        out.push_str(&format!("- {} What was done\n", tick(p.heard.done)));
        out.push_str(&format!(
            "- {} The difference it made\n",
            tick(p.heard.difference)
        ));
        out.push_str(&format!("- {} How they know\n\n", tick(p.heard.evidence)));
    }
    if !q.cues.is_empty() {
        out.push_str(&format!(
            "**What assessors listen for: {} of {} heard**\n\n",
            q.cues_ticked(),
            q.cues.len()
        ));
        for c in &q.cues {
            let tick = if c.ticked { "[x]" } else { "[ ]" };
            out.push_str(&format!("- {tick} {}\n", inline(&c.text)));
        }
        out.push('\n');
    }
    if let Some(p) = &q.pair {
        if p.probes_asked.is_empty() {
            out.push_str("**Follow-ups asked:** none\n\n");
        } else {
            out.push_str("**Follow-ups asked**\n\n");
            for probe in &p.probes_asked {
                out.push_str(&format!("- {}\n", inline(probe)));
            }
            out.push('\n');
        }
        for (label, text) in [
            ("Observations", &p.observations),
            ("Keep (what worked)", &p.keep),
            ("Stop (what to drop)", &p.stop),
            ("Start (what to add)", &p.start),
        ] {
            if text.trim().is_empty() {
                continue;
            }
            out.push_str(&format!("**{label}**\n\n"));
            quoted(out, text);
        }
    }
    for a in &q.answers {
        if a.text.trim().is_empty() {
            continue;
        }
        out.push_str(&format!(
            "**{}** ({})\n\n",
            inline(&a.ask),
            crate::text::duration(a.seconds)
        ));
        quoted(out, &a.text);
    }
    for f in &q.follow_ups {
        if f.skipped || f.text.trim().is_empty() {
            continue;
        }
        out.push_str(&format!("**{}** ({})\n\n", inline(&f.ask), f.time_said()));
        quoted(out, &f.text);
    }
    if let Some(r) = q.reflection.as_deref().filter(|r| !r.trim().is_empty()) {
        out.push_str("**Next time**\n\n");
        quoted(out, r);
    }
}

fn rating(r: Option<u8>) -> String {
    r.map_or("not given".to_string(), |r| format!("{r} of 5"))
}

/// Typed text as a Markdown quote, each line kept as a paragraph of its own: lines with only
/// "> " before them run together into one in any Markdown viewer, so two observations typed one a
/// line read as one (walk 9). Blank lines typed are left out. The encoded block, not this, is
/// what imports.
fn quoted(out: &mut String, text: &str) {
    let lines: Vec<String> = text
        .lines()
        .map(inline)
        .filter(|line| !line.trim().is_empty())
        .map(|line| format!("> {line}"))
        .collect();
    out.push_str(&lines.join("\n>\n"));
    out.push_str("\n\n");
}

/// One line of text made safe to show: control characters dropped, and markup that could hide
/// the rest of the sheet (`<!--`, raw HTML) escaped.
fn inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c == '\n' || c == '\r' || c == '\t' {
            out.push(' ');
        } else if c.is_control() {
            continue;
        } else {
            if c == '<' {
                out.push('\\');
            }
            out.push(c);
        }
    }
    out
}

/// For a table cell: a pipe would end the cell.
fn cell(text: &str) -> String {
    inline(text).replace('|', "\\|")
}

fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max.saturating_sub(1)).collect();
    format!("{}…", cut.trim_end())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::notes::model::{
        AnswerStyle, Cue, FORMAT_VERSION, PairMarks, PartsHeard, PromptAnswer,
    };
    use chrono::DateTime;
    use proptest::prelude::*;

    fn pair_note() -> Note {
        Note {
            format: FORMAT_VERSION,
            session_id: "20261201-201500-1a2b-pair1".into(),
            kind: NoteKind::Pair,
            plan: "mock".into(),
            plan_title: "Mock interview".into(),
            interviewer: Some("AB".into()),
            psw: Some("CD".into()),
            banks: vec!["cqc-psw-adults".into()],
            started: DateTime::parse_from_rfc3339("2026-12-01T20:15:00+00:00").unwrap(),
            finished: Some(DateTime::parse_from_rfc3339("2026-12-01T20:31:00+00:00").unwrap()),
            style: AnswerStyle::Spoken,
            questions: vec![NoteQuestion {
                id: "waiting-times-02".into(),
                topic: "waiting-times".into(),
                quality_statements: vec!["assessing-needs".into()],
                ask: "How do you keep people safe while they wait?".into(),
                cues: vec![
                    Cue {
                        text: "A named owner for the list".into(),
                        ticked: true,
                    },
                    Cue {
                        text: "Contact while people wait".into(),
                        ticked: false,
                    },
                ],
                pair: Some(PairMarks {
                    rating: Some(3),
                    heard: PartsHeard {
                        done: true,
                        difference: false,
                        evidence: true,
                    },
                    probes_asked: vec!["Who owns the waiting list day to day?".into()],
                    observations: "Clear on triage.\nNo figure for the longest wait.".into(),
                    keep: "Leading with the triage tool.".into(),
                    stop: "Saying \"hopefully\".".into(),
                    start: "Name one person's story.".into(),
                }),
                total_seconds: 171,
                target_seconds: 150,
                rating: Some(4),
                ..NoteQuestion::default()
            }],
            resume: None,
        }
    }

    #[test]
    fn a_sheet_reads_as_feedback_and_imports_as_the_same_note() {
        let note = pair_note();
        let sheet = to_sheet(&note);
        insta::assert_snapshot!(sheet);
        assert_eq!(from_sheet(&sheet), Ok(note));
    }

    #[test]
    fn what_mail_does_to_a_sheet_does_not_stop_the_import() {
        let note = pair_note();
        let sheet = to_sheet(&note);
        // Quoted in a reply, with CRLF line ends.
        let quoted: String = sheet.lines().map(|l| format!("> {l}\r\n")).collect();
        assert_eq!(from_sheet(&quoted).as_ref(), Ok(&note));
        // Indentation stripped and the encoded lines joined into long ones.
        let mut joined = String::new();
        for line in sheet.lines() {
            let t = line.trim();
            if t.len() == LINE && !t.contains(' ') {
                joined.push_str(t);
                joined.push(' ');
            } else {
                joined.push('\n');
                joined.push_str(t);
                joined.push('\n');
            }
        }
        assert_eq!(from_sheet(&joined).as_ref(), Ok(&note));
        // Nested quotes of a forwarded reply, and the dashes turned into one long dash.
        let forwarded = quoted
            .lines()
            .map(|l| format!(">> {}", l.replace("-----", "—")))
            .collect::<Vec<_>>()
            .join("\n");
        assert_eq!(from_sheet(&forwarded).as_ref(), Ok(&note));
        // Text around it, as in an email body.
        let email = format!("Hi CD,\n\nHere is my feedback.\n\n{sheet}\nBest,\nAB\n");
        assert_eq!(from_sheet(&email).as_ref(), Ok(&note));
        // None of that is an edit of the readable part; a changed word is.
        for mailed in [&sheet, &quoted, &joined, &forwarded, &email] {
            assert!(!readable_part_changed(mailed, &note), "{mailed}");
        }
        let rewrapped = sheet.replacen(' ', "\n", 20).replace('\'', "\u{2019}");
        assert!(!readable_part_changed(&rewrapped, &note));
        let edited = sheet.replacen("Keep", "Keep going", 1);
        assert!(readable_part_changed(&edited, &note));
    }

    #[test]
    fn a_sheet_that_is_not_one_or_was_changed_gives_a_clear_error() {
        assert_eq!(
            from_sheet("# My shopping list\n\n- eggs\n"),
            Err(SheetError::NotASheet)
        );
        assert!(
            SheetError::NotASheet
                .to_string()
                .starts_with("this is not a psw-coach feedback sheet")
        );

        let sheet = to_sheet(&pair_note());
        let cut = &sheet[..sheet.len() - 200];
        assert_eq!(from_sheet(cut), Err(SheetError::Truncated));

        // One character of the encoded note changed: caught by the checksum, never imported.
        let lines: Vec<&str> = sheet.lines().collect();
        let at = lines.iter().rposition(|l| l.contains(BEGIN)).unwrap() + 3;
        assert_eq!(lines[at].trim().len(), LINE);
        let mut changed: Vec<String> = lines.iter().map(|l| l.to_string()).collect();
        let line = changed[at].trim().to_string();
        let flipped = if line.starts_with('A') { "B" } else { "A" };
        changed[at] = format!("    {flipped}{}", &line[1..]);
        let err = from_sheet(&changed.join("\n")).unwrap_err();
        assert!(matches!(err, SheetError::Damaged(_)), "{err:?}");
        assert!(err.to_string().contains("checksum does not match"));

        // The checksum line lost.
        let without: Vec<&str> = lines
            .iter()
            .copied()
            .filter(|l| !l.contains(CHECKSUM))
            .collect();
        assert!(matches!(
            from_sheet(&without.join("\n")),
            Err(SheetError::Damaged(_))
        ));

        // A block that decodes but holds no note.
        let junk = "nothing like a note";
        let fake = format!(
            "{BEGIN}\n{CHECKSUM} {}\n{}\n{END}\n",
            checksum(junk.as_bytes()),
            BASE64.encode(junk)
        );
        assert!(matches!(from_sheet(&fake), Err(SheetError::BadNote(_))));
    }

    #[test]
    fn typed_text_cannot_forge_the_block_or_hide_the_sheet() {
        let mut note = pair_note();
        let pair = note.questions[0].pair.as_mut().unwrap();
        pair.observations = format!("{END}\n<!-- hidden\n{BEGIN}\n\u{1b}[2J");
        let sheet = to_sheet(&note);
        assert!(!sheet.contains('\u{1b}'));
        assert!(sheet.contains("\\<!-- hidden"));
        assert_eq!(from_sheet(&sheet), Ok(note));
    }

    /// Walk 9: observations typed one a line ran together into one paragraph in a Markdown
    /// viewer ("Clear on triage. No figure for the longest wait."), as if one observation.
    #[test]
    fn each_line_typed_is_its_own_paragraph_when_the_sheet_is_viewed() {
        use pulldown_cmark::{Event, Parser, Tag, TagEnd};
        let sheet = to_sheet(&pair_note());
        let mut paragraphs = Vec::new();
        let (mut quote, mut text) = (0, String::new());
        for event in Parser::new(&sheet) {
            match event {
                Event::Start(Tag::BlockQuote(_)) => quote += 1,
                Event::End(TagEnd::BlockQuote(_)) => quote -= 1,
                Event::Start(Tag::Paragraph) => text.clear(),
                Event::End(TagEnd::Paragraph) if quote > 0 => paragraphs.push(text.clone()),
                Event::Text(t) => text.push_str(&t),
                Event::SoftBreak | Event::HardBreak => text.push(' '),
                _ => {}
            }
        }
        assert!(
            paragraphs.contains(&"Clear on triage.".to_string())
                && paragraphs.contains(&"No figure for the longest wait.".to_string()),
            "{paragraphs:#?}"
        );
    }

    fn text() -> impl Strategy<Value = String> {
        // Lines that look like markers, fences, quotes, base64 and sheet markers, plus any text.
        let line = prop_oneof![
            Just(String::new()),
            Just("---".to_string()),
            Just("<!-- end answer -->".to_string()),
            Just("> quoted".to_string()),
            Just(BEGIN.to_string()),
            Just(END.to_string()),
            Just("    QUJD".to_string()),
            Just("  trailing spaces  ".to_string()),
            "[a-zA-Z0-9 ,.'\"%-]{0,40}",
            "\\PC{0,20}",
        ];
        prop::collection::vec(line, 0..5).prop_map(|lines| lines.join("\n"))
    }

    prop_compose! {
        fn marks()(
            rating in prop::option::of(1u8..=5),
            heard in any::<(bool, bool, bool)>(),
            probes_asked in prop::collection::vec("[a-zA-Z ?]{1,30}", 0..3),
            observations in text(),
            keep in text(),
            stop in text(),
            start in text(),
        ) -> PairMarks {
            PairMarks {
                rating,
                heard: PartsHeard { done: heard.0, difference: heard.1, evidence: heard.2 },
                probes_asked,
                observations,
                keep,
                stop,
                start,
            }
        }
    }

    prop_compose! {
        fn question()(
            n in 0u32..1000,
            ask in "[A-Za-z ,?']{1,60}",
            cues in prop::collection::vec(("[A-Za-z ]{1,30}", any::<bool>()), 0..4),
            pair in prop::option::of(marks()),
            answer in text(),
            total_seconds in 0u64..10_000,
            target_seconds in 30u32..600,
            rating in prop::option::of(1u8..=5),
        ) -> NoteQuestion {
            NoteQuestion {
                id: format!("q-{n}"),
                topic: "carers".into(),
                quality_statements: vec!["equity".into()],
                ask,
                answers: if pair.is_some() { vec![] } else {
                    vec![PromptAnswer {
                        transcribed: None,
                        id: "done".into(),
                        ask: "What have you done?".into(),
                        seconds: total_seconds,
                        text: answer,
                    }]
                },
                cues: cues.into_iter().map(|(text, ticked)| Cue { text, ticked }).collect(),
                pair,
                total_seconds,
                target_seconds,
                rating,
                ..NoteQuestion::default()
            }
        }
    }

    prop_compose! {
        fn note()(
            questions in prop::collection::vec(question(), 0..4),
            pair in any::<bool>(),
            interviewer in prop::option::of("[A-Z]{1,3}"),
            psw in prop::option::of("[A-Z]{1,3}"),
        ) -> Note {
            Note {
                kind: if pair { NoteKind::Pair } else { NoteKind::Rehearse },
                interviewer,
                psw,
                questions,
                ..pair_note()
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 128, ..ProptestConfig::default() })]

        /// Export then import gives the same record, also after a trip through a mail reply.
        #[test]
        fn export_then_import_gives_the_same_record(note in note()) {
            let sheet = to_sheet(&note);
            prop_assert_eq!(from_sheet(&sheet), Ok(note.clone()));
            let replied: String = sheet.lines().map(|l| format!("> {l}\r\n")).collect();
            prop_assert_eq!(from_sheet(&replied), Ok(note));
        }
    }
}
