//! The front-matter readers: a note back from its text, in either format, with located warnings.

use super::*;

pub(super) fn checked_rating(
    value: Option<String>,
    as_number: Option<u64>,
    who: &str,
    line: usize,
    column: Option<usize>,
    warnings: &mut Vec<FormatWarning>,
) -> Option<u8> {
    let shown = value?;
    match as_number {
        Some(r @ 1..=5) => u8::try_from(r).ok(),
        _ => {
            warnings.push(FormatWarning {
                line,
                column,
                message: format!(
                    "{who} rating {shown} is not a whole number from 1 to 5, so this answer counts \
                     as not rated; change it to 1, 2, 3, 4 or 5, or remove it"
                ),
            });
            None
        }
    }
}

pub(super) fn json_rating(
    value: Option<serde_json::Value>,
    who: &str,
    line: usize,
    whole_line: &str,
    warnings: &mut Vec<FormatWarning>,
) -> Option<u8> {
    let value = value.filter(|v| !v.is_null());
    let number = value.as_ref().and_then(serde_json::Value::as_u64);
    let column = whole_line
        .find("\"rating\"")
        .map(|i| whole_line[..i].chars().count() + 1);
    checked_rating(
        value.map(|v| v.to_string()),
        number,
        who,
        line,
        column,
        warnings,
    )
}

/// One place a typed text belongs, as the writer lays it out.
pub(super) struct Slot {
    pub(super) kind: BlockKind,
    pub(super) prompt: Option<String>,
    /// How a person would name it in a warning.
    pub(super) name: String,
    /// The start of the heading it is written under.
    pub(super) heading: String,
}

pub(super) fn slots_of(q: &NoteQuestion, reflection: bool) -> Vec<Slot> {
    let mut slots = Vec::new();
    for a in &q.answers {
        slots.push(Slot {
            kind: BlockKind::Answer,
            prompt: Some(a.id.clone()),
            name: format!("the answer to “{}”", one_line(&a.ask)),
            heading: format!("## {} (", one_line(&a.ask)),
        });
    }
    for f in &q.follow_ups {
        slots.push(Slot {
            kind: BlockKind::FollowUp,
            prompt: None,
            name: format!("the answer to the follow-up “{}”", one_line(&f.ask)),
            heading: format!("## Follow-up: {} (", one_line(&f.ask)),
        });
    }
    if q.pair.is_some() {
        for (kind, heading, name) in [
            (
                BlockKind::Observations,
                "### Observations",
                "the interviewer's observations",
            ),
            (
                BlockKind::Keep,
                "### Keep (what worked)",
                "the interviewer's Keep",
            ),
            (
                BlockKind::Stop,
                "### Stop (what to drop)",
                "the interviewer's Stop",
            ),
            (
                BlockKind::Start,
                "### Start (what to add)",
                "the interviewer's Start",
            ),
        ] {
            slots.push(Slot {
                kind,
                prompt: None,
                name: name.to_string(),
                heading: heading.to_string(),
            });
        }
    }
    if reflection {
        slots.push(Slot {
            kind: BlockKind::Reflection,
            prompt: None,
            name: "the reflection".to_string(),
            heading: "## Reflection".to_string(),
        });
    }
    slots
}

/// Reads a note written by [`to_markdown`] (either format), or one a person has since edited.
pub fn from_markdown(text: &str) -> Result<Note, FormatError> {
    read_markdown(text).map(|(note, _)| note)
}

/// Reads a note as [`from_markdown`] does, and says what a hand edit damaged: text whose markers
/// were removed (read as the answer it sits under, and said so), stray end markers, ratings out of
/// range (read as not rated). Warnings are in line order.
pub fn read_markdown(text: &str) -> Result<(Note, Vec<FormatWarning>), FormatError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // psw-coach always writes `\n`; a first line ending `\r\n` means an editor converted the whole
    // file, so the carriage returns are the editor's, not the PSW's.
    let owned;
    let text = if text.starts_with("---\r\n") {
        owned = text.replace("\r\n", "\n");
        owned.as_str()
    } else {
        text
    };

    let mut lines = text.split('\n');
    if lines.next().map(str::trim_end) != Some(FENCE) {
        return Err(FormatError {
            line: 1,
            message: "the note should start with a line `---` followed by its details \
                      (session, plan, questions); this file does not"
                .to_string(),
        });
    }
    let mut yaml = String::new();
    let mut closed = false;
    let mut line_count = 1;
    for line in lines.by_ref() {
        line_count += 1;
        if line.trim_end() == FENCE {
            closed = true;
            break;
        }
        yaml.push_str(line);
        yaml.push('\n');
    }
    if !closed {
        return Err(FormatError {
            line: line_count,
            message: "the details at the top of the note are never closed by a line `---`"
                .to_string(),
        });
    }

    let front: FrontMatter = crate::yaml::from_str(&yaml).map_err(|e| FormatError {
        // The YAML starts on the note's second line.
        line: e.pos.line + 1,
        message: format!(
            "the details at the top of the note could not be read: {}",
            without_position(&e.message)
        ),
    })?;
    if front.format > FORMAT_VERSION {
        return Err(FormatError {
            line: line_of_key(&yaml, "format").map_or(2, |l| l + 1),
            message: format!(
                "this note was written by a newer psw-coach (note format {}, this one reads up to {}); \
                 update psw-coach to open it",
                front.format, FORMAT_VERSION
            ),
        });
    }

    let v1 = front.format < 2;
    // A note that says it is format 1 but holds format 2's question lines (an edit, or a copy of
    // the front matter from an old note) read as an empty session without a word: it is read as
    // what it is, and the PSW is told.
    if v1
        && front.questions.is_empty()
        && text.lines().any(|l| l.starts_with("<!-- question {"))
        && let Some(at) = line_of_key(&yaml, "format")
    {
        let fixed: String = text
            .split_inclusive('\n')
            .enumerate()
            .map(|(i, l)| {
                if i == at {
                    format!("format: {FORMAT_VERSION}\n")
                } else {
                    l.to_string()
                }
            })
            .collect();
        let (mut note, mut warnings) = read_markdown(&fixed)?;
        note.format = front.format;
        warnings.insert(
            0,
            FormatWarning {
                line: at + 1,
                column: None,
                message: format!(
                    "this note says it is format {}, but its answers are written as format \
                     {FORMAT_VERSION} writes them, so it is read as format {FORMAT_VERSION}",
                    front.format
                ),
            },
        );
        return Ok((note, warnings));
    }
    let mut body = read_body(lines, line_count + 1, v1);
    let mut warnings = std::mem::take(&mut body.warnings);
    // A draft's resume line belongs to no question. One that cannot be read only means the draft
    // cannot be resumed: it is still a draft whose words can be recovered, so it is no error.
    let resume = body
        .data
        .iter()
        .rev()
        .find(|(_, kind, _, _)| *kind == DataKind::Resume)
        .and_then(|(_, _, json, _)| serde_json::from_str::<ResumePoint>(json.trim()).ok());
    body.data
        .retain(|(_, kind, _, _)| *kind != DataKind::Resume);
    let facts = if v1 {
        v1_facts(front.questions, &yaml, &mut warnings)
    } else {
        v2_facts(&body.data, &mut warnings)?
    };
    let Body {
        mut blocks,
        mut runs,
        headings,
        ..
    } = body;
    let mut take = |kind: BlockKind, question: &str, prompt: Option<&str>| {
        blocks
            .get_mut(&BlockKey {
                kind,
                question: question.to_string(),
                prompt: prompt.map(str::to_string),
            })
            .and_then(VecDeque::pop_front)
    };

    let mut id_count: HashMap<String, usize> = HashMap::new();
    for f in &facts {
        *id_count.entry(f.question.id.clone()).or_default() += 1;
    }
    let mut questions = Vec::with_capacity(facts.len());
    for (
        index,
        QuestionFacts {
            mut question,
            reflection,
            line,
        },
    ) in facts.into_iter().enumerate()
    {
        let id = question.id.clone();
        let region = index + 1;
        // A reflection block a person added by hand counts, unless another question shares this
        // id: then only the data line can say which of them the block belongs to.
        let may_reflect = reflection || id_count.get(id.as_str()) == Some(&1);
        let mut texts: Vec<Option<String>> = Vec::new();
        for slot in slots_of(&question, may_reflect) {
            if let Some(text) = take(slot.kind, &id, slot.prompt.as_deref()) {
                texts.push(Some(text));
                continue;
            }
            let under_heading = |heading: Option<&str>| {
                heading.is_some_and(|h| h.starts_with(slot.heading.as_str()))
            };
            let found = runs.iter_mut().find(|r| {
                !r.used && !r.after_block && r.region == region && under_heading(r.heading)
            });
            let mend = match &slot.prompt {
                Some(p) => format!(
                    "<!-- {} q:{} p:{} -->",
                    slot.kind.word(),
                    encode_id(&id),
                    encode_id(p)
                ),
                None => format!("<!-- {} q:{} -->", slot.kind.word(), encode_id(&id)),
            };
            match found {
                Some(r) => {
                    r.used = true;
                    let lines = if r.first == r.last {
                        format!("line {}", r.first)
                    } else {
                        format!("lines {} to {}", r.first, r.last)
                    };
                    warnings.push(FormatWarning {
                        line: r.first,
                        column: None,
                        message: format!(
                            "the markers around {name} are missing or damaged, so the text on \
                             {lines} is read as {name}. To mend the note, put `{mend}` on the line \
                             before the text and `<!-- end {} -->` on the line after it",
                            slot.kind.word(),
                            name = slot.name,
                        ),
                    });
                    texts.push(Some(join(&r.lines)));
                }
                None if slot.kind == BlockKind::Reflection && !reflection => texts.push(None),
                None => {
                    let at = headings
                        .iter()
                        .find(|h| h.region == region && h.text.starts_with(slot.heading.as_str()))
                        .map_or(line, |h| h.line);
                    warnings.push(FormatWarning {
                        line: at.max(1),
                        column: None,
                        message: format!(
                            "the markers around {} are missing (`{mend}` and `<!-- end {} -->`) \
                             and no text was found under its heading, so it shows as nothing typed",
                            slot.name,
                            slot.kind.word()
                        ),
                    });
                    texts.push(Some(String::new()));
                }
            }
        }
        let mut texts = texts.into_iter();
        let mut next = || texts.next().flatten().unwrap_or_default();
        for a in &mut question.answers {
            a.text = next();
        }
        for f in &mut question.follow_ups {
            f.text = next();
        }
        if let Some(p) = &mut question.pair {
            p.observations = next();
            p.keep = next();
            p.stop = next();
            p.start = next();
        }
        question.reflection = if may_reflect {
            texts.next().flatten()
        } else {
            None
        };
        questions.push(question);
    }

    for r in runs.iter().filter(|r| !r.used) {
        let first = r.lines.first().map_or("", |l| l.trim());
        let excerpt: String = first.chars().take(60).collect();
        let more = if first.chars().count() > 60 || r.lines.len() > 1 {
            "…"
        } else {
            ""
        };
        warnings.push(FormatWarning {
            line: r.first,
            column: None,
            message: format!(
                "this text is outside every answer's markers, so it is not read as part of any \
                 answer: “{excerpt}{more}”"
            ),
        });
    }
    warnings.sort_by_key(|w| (w.line, w.column));

    let note = Note {
        format: front.format,
        session_id: front.session_id,
        kind: front.kind,
        plan: front.plan,
        plan_title: front.title,
        interviewer: front.interviewer,
        psw: front.psw,
        banks: front.banks,
        started: front.started,
        finished: front.finished,
        style: front.style,
        questions,
        resume,
    };
    Ok((note, warnings))
}

pub(super) fn v1_facts(
    questions: Vec<V1Question>,
    yaml: &str,
    warnings: &mut Vec<FormatWarning>,
) -> Vec<QuestionFacts> {
    questions
        .into_iter()
        .enumerate()
        .map(|(index, q)| {
            let rating = q.rating.filter(|v| !v.is_null()).map(|v| {
                let shown = match &v {
                    serde_yaml::Value::String(s) => format!("“{s}”"),
                    other => crate::yaml::to_string(other)
                        .unwrap_or_default()
                        .trim()
                        .to_string(),
                };
                (shown, v.as_u64())
            });
            let rating = match rating {
                None => None,
                Some((shown, number)) => {
                    let (line, column) = v1_rating_position(yaml, index).unwrap_or((2, None));
                    checked_rating(Some(shown), number, "the", line, column, warnings)
                }
            };
            QuestionFacts {
                reflection: q.reflection,
                line: 0,
                question: NoteQuestion {
                    id: q.id,
                    topic: q.topic,
                    quality_statements: q.quality_statements,
                    ask: q.ask,
                    answers: q.prompts.into_iter().map(part_answer).collect(),
                    follow_ups: q
                        .follow_up
                        .map(|f| FollowUpAnswer {
                            ask: f.ask,
                            seconds: f.seconds,
                            text: String::new(),
                            skipped: f.skipped,
                            reason: None,
                            transcribed: None,
                            answered_in_refine: false,
                        })
                        .into_iter()
                        .collect(),
                    total_seconds: q.total_seconds,
                    target_seconds: q.target_seconds,
                    rating,
                    recovered: q.recovered,
                    ..NoteQuestion::default()
                },
            }
        })
        .collect()
}

/// Where the `index`th question's `rating:` is in format 1's front matter, as a line of the note
/// and a column: each question starts with a `- ` item at the left edge of `questions:`.
pub(super) fn v1_rating_position(yaml: &str, index: usize) -> Option<(usize, Option<usize>)> {
    let mut in_questions = false;
    let mut item = None;
    for (i, line) in yaml.lines().enumerate() {
        if !line.starts_with(' ') && !line.starts_with('-') {
            in_questions = line.starts_with("questions:");
            continue;
        }
        if !in_questions {
            continue;
        }
        if line.starts_with("- ") {
            item = Some(item.map_or(0, |n| n + 1));
        }
        let key = line.trim_start_matches(['-', ' ']);
        if item == Some(index) && key.starts_with("rating:") {
            let column = line.len() - key.len() + 1;
            // The YAML starts on the note's second line.
            return Some((i + 2, Some(column)));
        }
    }
    None
}

pub(super) fn part_answer(p: PartLine) -> PromptAnswer {
    PromptAnswer {
        id: p.id,
        ask: p.ask,
        seconds: p.seconds,
        text: String::new(),
        transcribed: PartLine::transcribed_from(p.transcribed, p.transcript),
    }
}

pub(super) fn v2_facts(
    data: &[(usize, DataKind, &str, &str)],
    warnings: &mut Vec<FormatWarning>,
) -> Result<Vec<QuestionFacts>, FormatError> {
    let mut facts: Vec<QuestionFacts> = Vec::new();
    for &(line, kind, json, whole) in data {
        let json = json.trim();
        let fail = |e: serde_json::Error| FormatError {
            line,
            message: format!(
                "{} could not be read: {}",
                kind.what(),
                without_position(&e.to_string())
            ),
        };
        if kind == DataKind::Question {
            let q: QuestionLine = serde_json::from_str(json).map_err(fail)?;
            let rating = json_rating(q.rating, "the", line, whole, warnings);
            facts.push(QuestionFacts {
                reflection: q.reflection,
                line,
                question: NoteQuestion {
                    id: q.id,
                    topic: q.topic,
                    quality_statements: q.statements,
                    ask: q.ask,
                    total_seconds: q.seconds,
                    target_seconds: q.target,
                    rating,
                    recovered: q.recovered,
                    refined_from: q.refined_from,
                    best: q.best,
                    ..NoteQuestion::default()
                },
            });
            continue;
        }
        let Some(current) = facts.last_mut() else {
            return Err(FormatError {
                line,
                message: format!(
                    "{} come before any question: each belongs under a `<!-- question ... -->` line",
                    kind.what()
                ),
            });
        };
        let q = &mut current.question;
        match kind {
            DataKind::Question => {}
            DataKind::Part => {
                q.answers
                    .push(part_answer(serde_json::from_str(json).map_err(fail)?));
            }
            DataKind::Probe => {
                let p: ProbeLine = serde_json::from_str(json).map_err(fail)?;
                let reason = match (p.gap, p.heard) {
                    (Some(gap), _) => Some(FollowUpReason::Gap(gap)),
                    (None, Some(word)) => Some(FollowUpReason::Heard(word)),
                    (None, None) => None,
                };
                q.follow_ups.push(FollowUpAnswer {
                    ask: p.ask,
                    seconds: p.seconds,
                    text: String::new(),
                    skipped: p.skipped,
                    reason,
                    transcribed: PartLine::transcribed_from(p.transcribed, p.transcript),
                    answered_in_refine: p.answered_in_refine,
                });
            }
            DataKind::Cues => {
                let cues: Vec<CueLine> = serde_json::from_str(json).map_err(fail)?;
                q.cues.extend(cues.into_iter().map(|c| Cue {
                    text: c.cue,
                    ticked: c.ticked,
                }));
            }
            DataKind::Coaching => {
                q.coaching = Some(serde_json::from_str(json).map_err(fail)?);
            }
            DataKind::Resume => {}
            DataKind::Pair => {
                let p: PairLine = serde_json::from_str(json).map_err(fail)?;
                let rating = json_rating(p.rating, "the interviewer's", line, whole, warnings);
                q.pair = Some(PairMarks {
                    rating,
                    heard: p.heard,
                    probes_asked: p.probes_asked,
                    ..PairMarks::default()
                });
            }
        }
    }
    Ok(facts)
}

/// serde appends its own position, counted inside the YAML or the line; the caller reports the
/// note's line.
pub(super) fn without_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(i) if message[i..].contains(" column ") => &message[..i],
        _ => message,
    }
}

pub(super) fn line_of_key(yaml: &str, key: &str) -> Option<usize> {
    yaml.lines()
        .position(|l| l.strip_prefix(key).is_some_and(|r| r.starts_with(':')))
        .map(|i| i + 1)
}
