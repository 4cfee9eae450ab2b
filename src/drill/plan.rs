//! Which questions a rehearsal asks, and in what order.

use std::collections::{BTreeMap, HashMap};
use std::fmt;
use std::str::FromStr;

use chrono::{DateTime, FixedOffset};
use rand::Rng;
use rand::seq::{IndexedRandom, SliceRandom};

use crate::bank::model::{Kind, QualityStatement, Question};
use crate::notes::model::Note;

/// The broad lines of enquiry a mock opens, one question each, in the order of the day: what the
/// PSW is proud of, then the pressures and plans.
const MOCK_BROAD_TOPICS: [&str; 2] = ["proud", "pressures"];
/// Focused questions in a mock, each on a topic not yet asked about.
const MOCK_FOCUSED: usize = 4;
/// The tag of a closing question ("Is there anything we have not asked?"): it ends a mock.
const CLOSING_TAG: &str = "closing";

/// The plans in plain words, for the command-line help and for an error naming a wrong one.
macro_rules! plan_choices {
    () => {
        "mock (an interview shaped like the day); a topic, as \"topic waiting-times\" (five of its \
         questions; \"topic waiting-times 8\" asks eight); a quality statement, as \"statement \
         equity\" (five, or the number you add); questions you name, as \"question \
         waiting-times-01,carers-02\" (`banks list` shows them); \"random 5\"; \"weakest 5\" (your \
         weakest, by evidence); \"least 5\" (those practised least); or \"figures 10\" (your \
         evidence register's figures, quick-fire)"
    };
}
const PLAN_HELP: &str = plan_choices!();
/// The help for `--plan`.
pub const PLAN_ARG_HELP: &str = concat!("What to practise: ", plan_choices!(), ".");

/// How many questions `topic` and `statement` ask when no number is given: a focused session, not
/// every one of the 30-60 questions a topic or statement may have.
pub const DEFAULT_COUNT: usize = 5;

/// A way of choosing questions, as the PSW types it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Plan {
    /// The shape of the real interview: scene-setting, then broad, then focused questions.
    Mock,
    /// Up to this many questions on one topic.
    Topic(String, usize),
    /// Up to this many questions that evidence one quality statement.
    Statement(QualityStatement, usize),
    /// These questions, by id, in this order.
    Questions(Vec<String>),
    /// Today's practice (`review::TodayPlan`): the questions left of the day's suggested set, by
    /// id, in this order. Asked as `Questions` is; its own label and title keep the session
    /// known as today's practice in review, the summary and `notes list` (it read "4 chosen
    /// questions").
    Today(Vec<String>),
    Random(usize),
    /// The weakest questions by evidence: low ratings (the PSW's or a colleague's), gaps the
    /// insights found, cues missed, long unpractised, never practised (`review::rank`).
    Weakest(usize),
    /// The questions practised least: never first, then longest ago, whatever they were like.
    Least(usize),
    /// Quick-fire questions on this many figures from the evidence register (`evidence::drill`),
    /// not bank questions: the shells run it as its own drill.
    Figures(usize),
}

impl Plan {
    /// The plan as a person would type it, for the note and the screen.
    pub fn label(&self) -> String {
        match self {
            Plan::Mock => "mock".to_string(),
            Plan::Topic(topic, n) => format!("topic {topic}{}", count_suffix(*n)),
            Plan::Statement(statement, n) => {
                format!("statement {}{}", statement.slug(), count_suffix(*n))
            }
            Plan::Questions(ids) => format!("question {}", ids.join(",")),
            Plan::Today(ids) => format!("today {}", ids.join(",")),
            Plan::Random(n) => format!("random {n}"),
            Plan::Weakest(n) => format!("weakest {n}"),
            Plan::Least(n) => format!("least {n}"),
            Plan::Figures(n) => format!("figures {n}"),
        }
    }

    /// The plan as a heading a PSW reads: "Mock interview", "Topic: Waiting times".
    pub fn title(&self) -> String {
        match self {
            Plan::Mock => "Mock interview".to_string(),
            Plan::Topic(topic, _) => format!("Topic: {}", crate::bank::topic_title(topic)),
            Plan::Statement(statement, _) => {
                format!("Quality statement: {}", statement.title())
            }
            // A question's id is a bank's slug ("carers-03"), not something a PSW reads; the
            // question itself is on screen beside the title.
            Plan::Questions(ids) if ids.len() == 1 => "1 chosen question".to_string(),
            Plan::Questions(ids) => format!("{} chosen questions", ids.len()),
            Plan::Today(_) => "Today's practice".to_string(),
            Plan::Random(1) => "1 question at random".to_string(),
            Plan::Random(n) => format!("{n} questions at random"),
            Plan::Weakest(1) => "The weakest question".to_string(),
            Plan::Weakest(n) => format!("{n} weakest questions"),
            Plan::Least(1) => "1 question practised least".to_string(),
            Plan::Least(n) => format!("{n} questions practised least"),
            Plan::Figures(1) => "Know your figures: 1 figure".to_string(),
            Plan::Figures(n) => format!("Know your figures: {n} figures"),
        }
    }

    /// The title for a plan label as saved in a note, or the label itself if it does not parse.
    pub fn title_of(label: &str) -> String {
        label
            .parse::<Plan>()
            .map(|p| p.title())
            .unwrap_or_else(|_| label.to_string())
    }

    /// The label made safe for a file name, whatever a topic slug was typed as.
    pub fn file_slug(&self) -> String {
        let mut slug = String::new();
        for c in self.label().chars().flat_map(char::to_lowercase) {
            if c.is_ascii_alphanumeric() {
                slug.push(c);
            } else if !slug.is_empty() && !slug.ends_with('-') {
                slug.push('-');
            }
        }
        while slug.ends_with('-') {
            slug.pop();
        }
        slug
    }
}

impl fmt::Display for Plan {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.label())
    }
}

impl FromStr for Plan {
    type Err = String;

    fn from_str(s: &str) -> Result<Plan, String> {
        // "random:5" and "random 5" are both natural to type, on a command line or in a menu.
        let mut words = s
            .split(|c: char| c == ':' || c.is_whitespace())
            .filter(|w| !w.is_empty());
        let Some(keyword) = words.next() else {
            return Err(format!("No plan given. Choose one of: {PLAN_HELP}."));
        };
        let original: Vec<&str> = words.collect();
        let rest: Vec<String> = original.iter().map(|w| w.to_lowercase()).collect();
        match keyword.to_lowercase().as_str() {
            "mock" if rest.is_empty() => Ok(Plan::Mock),
            "mock" => Err(format!(
                "\"mock\" takes nothing after it, but \"{}\" was given.",
                rest.join(" ")
            )),
            "topic" if rest.is_empty() => Err(
                "\"topic\" needs the topic after it, for example \"topic waiting-times\"."
                    .to_string(),
            ),
            // Slugs use hyphens; accepting spaces spares the PSW quoting on the command line.
            "topic" => {
                let (words, n) = split_count("topic", &rest)?;
                if words.is_empty() {
                    return Err(
                        "\"topic\" needs the topic before the number, for example \"topic waiting-times 5\"."
                            .to_string(),
                    );
                }
                Ok(Plan::Topic(words.join("-"), n))
            }
            "statement" => {
                let (words, n) = split_count("statement", &rest)?;
                parse_statement(&words.join("-")).map(|s| Plan::Statement(s, n))
            }
            // Ids keep their case: a PSW's own bank may use capitals.
            "question" | "questions" => parse_ids(&original).map(Plan::Questions),
            "today" => parse_ids(&original).map(Plan::Today),
            "random" => parse_count("random", &rest).map(Plan::Random),
            "weakest" => parse_count("weakest", &rest).map(Plan::Weakest),
            "least" => parse_count("least", &rest).map(Plan::Least),
            "figures" | "figure" if rest.is_empty() => {
                Ok(Plan::Figures(crate::evidence::drill::DEFAULT_COUNT))
            }
            "figures" | "figure" => parse_count("figures", &rest).map(Plan::Figures),
            other => Err(format!(
                "\"{other}\" is not a plan. Choose one of: {PLAN_HELP}."
            )),
        }
    }
}

/// " 8" after a topic or statement, or nothing for the default count.
fn count_suffix(n: usize) -> String {
    if n == DEFAULT_COUNT {
        String::new()
    } else {
        format!(" {n}")
    }
}

/// A topic or statement's words and the count after them ("waiting times 8"), or the default.
fn split_count<'a>(keyword: &str, rest: &'a [String]) -> Result<(&'a [String], usize), String> {
    match rest.split_last() {
        Some((last, words)) if last.chars().all(|c| c.is_ascii_digit()) => {
            match last.parse::<usize>() {
                Ok(0) | Err(_) => Err(format!(
                    "\"{keyword}\" needs at least one question, for example \"{keyword} {} 5\".",
                    words.join(" ")
                )),
                Ok(n) => Ok((words, n)),
            }
        }
        _ => Ok((rest, DEFAULT_COUNT)),
    }
}

/// "wait-01,wait-02", "wait-01, wait-02" or "wait-01 wait-02": the ids, each once, in order.
fn parse_ids(words: &[&str]) -> Result<Vec<String>, String> {
    let mut ids: Vec<String> = Vec::new();
    for id in words.iter().flat_map(|w| w.split(',')).map(str::trim) {
        if !id.is_empty() && !ids.iter().any(|known| known == id) {
            ids.push(id.to_string());
        }
    }
    if ids.is_empty() {
        return Err(
            "\"question\" needs one or more question ids after it, separated by commas, for example \"question waiting-times-01,carers-02\" (`psw-coach banks list` shows them)."
                .to_string(),
        );
    }
    Ok(ids)
}

fn statement_slugs() -> String {
    QualityStatement::ALL
        .iter()
        .map(|q| q.slug())
        .collect::<Vec<_>>()
        .join(", ")
}

fn parse_statement(slug: &str) -> Result<QualityStatement, String> {
    if slug.is_empty() {
        return Err(format!(
            "\"statement\" needs a quality statement after it, one of: {}.",
            statement_slugs()
        ));
    }
    QualityStatement::from_slug(slug).ok_or_else(|| {
        format!(
            "\"{slug}\" is not a quality statement. Use one of: {}.",
            statement_slugs()
        )
    })
}

fn parse_count(keyword: &str, rest: &[String]) -> Result<usize, String> {
    let example = format!("for example \"{keyword} 5\"");
    match rest {
        [] => Err(format!(
            "\"{keyword}\" needs a number of questions after it, {example}."
        )),
        [n] => match n.parse::<usize>() {
            Ok(0) => Err(format!(
                "\"{keyword}\" needs at least one question, {example}."
            )),
            Ok(n) => Ok(n),
            Err(_) => Err(format!(
                "\"{n}\" is not a number of questions; {keyword} needs a whole number, {example}."
            )),
        },
        _ => Err(format!(
            "\"{keyword}\" takes a single number, {example}, but \"{}\" was given.",
            rest.join(" ")
        )),
    }
}

/// Why a plan found nothing to ask.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PlanError {
    /// The loaded banks hold no questions at all.
    NoQuestions,
    /// A plan asked for no questions.
    ZeroCount,
    UnknownTopic {
        topic: String,
        known: Vec<String>,
        closest: Option<String>,
    },
    NoQuestionsForStatement {
        statement: QualityStatement,
        /// Statements that do have questions, so the PSW can pick another.
        covered: Vec<QualityStatement>,
    },
    /// A `question` plan named an id no loaded bank has.
    UnknownQuestion { id: String, closest: Option<String> },
    /// `figures` asks from the evidence register, not the banks.
    FiguresDrill,
}

impl fmt::Display for PlanError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PlanError::NoQuestions => f.write_str(
                "There are no questions in the loaded question banks, so there is nothing to practise.",
            ),
            PlanError::ZeroCount => {
                f.write_str("That plan asks for no questions; ask for at least one.")
            }
            PlanError::UnknownTopic {
                topic,
                known,
                closest,
            } => {
                write!(f, "No questions have the topic \"{topic}\".")?;
                if let Some(closest) = closest {
                    write!(f, " Did you mean \"{closest}\"?")?;
                }
                if known.is_empty() {
                    Ok(())
                } else {
                    write!(f, " Known topics: {}.", known.join(", "))
                }
            }
            PlanError::FiguresDrill => f.write_str(
                "The figures drill asks from your evidence register, not the question banks.",
            ),
            PlanError::UnknownQuestion { id, closest } => {
                write!(f, "No question has the id \"{id}\".")?;
                match closest {
                    Some(closest) => write!(f, " Did you mean \"{closest}\"?"),
                    None => f.write_str(" `psw-coach banks list` shows every id."),
                }
            }
            PlanError::NoQuestionsForStatement { statement, covered } => {
                write!(
                    f,
                    "No questions are tagged with the quality statement \"{}\" ({}).",
                    statement.slug(),
                    statement.title()
                )?;
                if covered.is_empty() {
                    Ok(())
                } else {
                    let slugs: Vec<&str> = covered.iter().map(|q| q.slug()).collect();
                    write!(f, " Statements with questions: {}.", slugs.join(", "))
                }
            }
        }
    }
}

impl std::error::Error for PlanError {}

/// When each question was last practised, read from past notes.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct PracticeLog {
    practised: HashMap<String, Practised>,
    /// How weak the evidence says each practised question is, in thousandths (`review::rank`).
    weakness: HashMap<String, i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Practised {
    last: DateTime<FixedOffset>,
    times: usize,
}

impl PracticeLog {
    pub fn from_notes(notes: &[Note]) -> PracticeLog {
        let mut practised: HashMap<String, Practised> = HashMap::new();
        for note in notes {
            // A note keeps the question a session stopped on even if the PSW only glimpsed it;
            // that is not practice.
            for question in note.questions.iter().filter(|q| crate::notes::practised(q)) {
                practised
                    .entry(question.id.clone())
                    .and_modify(|p| {
                        p.times += 1;
                        p.last = p.last.max(note.started);
                    })
                    .or_insert(Practised {
                        last: note.started,
                        times: 1,
                    });
            }
        }
        // Weakness by evidence, as review ranks it, judged as of the latest session.
        let paths: Vec<std::path::PathBuf> = (0..notes.len())
            .map(|i| std::path::PathBuf::from(format!("{i}.md")))
            .collect();
        let review = crate::review::History::from_notes(
            paths.iter().map(std::path::PathBuf::as_path).zip(notes),
        );
        let weakness = match notes.iter().map(|n| n.started.date_naive()).max() {
            Some(today) => review
                .questions
                .iter()
                .map(|q| {
                    let score = crate::review::rank::assess(&q.id, &review, today).score;
                    (q.id.clone(), (score * 1000.0) as i64)
                })
                .collect(),
            None => HashMap::new(),
        };
        PracticeLog {
            practised,
            weakness,
        }
    }

    /// How weak the evidence says a question is; never practised counts as review ranks it.
    pub fn weakness(&self, id: &str) -> i64 {
        self.weakness
            .get(id)
            .copied()
            .unwrap_or((crate::review::rank::NEVER * 1000.0) as i64)
    }

    pub fn last_practised(&self, id: &str) -> Option<DateTime<FixedOffset>> {
        self.practised.get(id).map(|p| p.last)
    }

    pub fn times_practised(&self, id: &str) -> usize {
        self.practised.get(id).map_or(0, |p| p.times)
    }
}

/// Chooses the questions for a plan. The same `rng` seed gives the same questions in the same order.
pub fn select(
    plan: &Plan,
    questions: &[Question],
    history: &PracticeLog,
    rng: &mut impl Rng,
) -> Result<Vec<Question>, PlanError> {
    if questions.is_empty() {
        return Err(PlanError::NoQuestions);
    }
    match plan {
        Plan::Mock => Ok(select_mock(questions, rng)),
        Plan::Topic(_, 0) | Plan::Statement(_, 0) => Err(PlanError::ZeroCount),
        Plan::Topic(topic, n) => select_topic(topic, questions, rng).map(|q| first(q, *n)),
        Plan::Statement(statement, n) => {
            select_statement(*statement, questions, rng).map(|q| first(q, *n))
        }
        Plan::Questions(ids) | Plan::Today(ids) => select_ids(ids, questions),
        Plan::Random(0) | Plan::Weakest(0) | Plan::Least(0) => Err(PlanError::ZeroCount),
        // The figures drill asks no bank questions; the shells start it before choosing any.
        Plan::Figures(_) => Err(PlanError::FiguresDrill),
        Plan::Random(n) => {
            let mut chosen = questions.to_vec();
            chosen.shuffle(rng);
            chosen.truncate(*n);
            Ok(chosen)
        }
        Plan::Weakest(n) => {
            let mut chosen = questions.to_vec();
            // Ties (never practised, or equal evidence) fall in random order after the shuffle.
            chosen.shuffle(rng);
            chosen.sort_by_key(|q| std::cmp::Reverse(history.weakness(&q.id)));
            chosen.truncate(*n);
            Ok(chosen)
        }
        Plan::Least(n) => {
            let mut chosen = questions.to_vec();
            // Shuffling first and then sorting stably leaves ties (never practised, or the same
            // session) in random order, so the same few do not always come first.
            chosen.shuffle(rng);
            chosen.sort_by_key(|q| history.last_practised(&q.id));
            chosen.truncate(*n);
            Ok(chosen)
        }
    }
}

fn first(mut questions: Vec<Question>, n: usize) -> Vec<Question> {
    questions.truncate(n);
    questions
}

fn select_ids(ids: &[String], questions: &[Question]) -> Result<Vec<Question>, PlanError> {
    ids.iter()
        .map(|id| {
            questions
                .iter()
                .find(|q| q.id == *id)
                .or_else(|| questions.iter().find(|q| q.id.eq_ignore_ascii_case(id)))
                .cloned()
                .ok_or_else(|| {
                    let known: Vec<&str> = questions.iter().map(|q| q.id.as_str()).collect();
                    PlanError::UnknownQuestion {
                        id: id.clone(),
                        closest: crate::bank::check::did_you_mean(id, &known).map(str::to_string),
                    }
                })
        })
        .collect()
}

fn is_closing(q: &Question) -> bool {
    q.tags.iter().any(|t| t == CLOSING_TAG)
}

/// A mock shaped like the day: the scene-setting question on the PSW's role, one broad question
/// on what they are proud of and one on pressures, focused questions each on a topic not yet
/// asked about (so no second role question after the first), and a closing question last when
/// the bank has one. No topic comes up twice unless the bank runs out of topics.
fn select_mock(questions: &[Question], rng: &mut impl Rng) -> Vec<Question> {
    use std::collections::HashSet;
    let mut chosen: Vec<Question> = Vec::new();
    let mut used: HashSet<String> = HashSet::new();
    let pick = |chosen: &mut Vec<Question>,
                used: &mut HashSet<String>,
                rng: &mut _,
                fits: &dyn Fn(&Question) -> bool| {
        let pool: Vec<&Question> = questions
            .iter()
            .filter(|q| fits(q) && !used.contains(&q.topic))
            .collect();
        let q = pool.choose(rng)?;
        used.insert(q.topic.clone());
        chosen.push((*q).clone());
        Some(())
    };
    pick(&mut chosen, &mut used, rng, &|q| {
        q.kind == Kind::SceneSetting && !is_closing(q)
    });
    for topic in MOCK_BROAD_TOPICS {
        let found = pick(&mut chosen, &mut used, rng, &|q| {
            q.kind == Kind::Broad && q.topic == topic && !is_closing(q)
        });
        // A bank without one of these lines of enquiry: another broad one stands in.
        if found.is_none() {
            pick(&mut chosen, &mut used, rng, &|q| {
                q.kind == Kind::Broad && !is_closing(q)
            });
        }
    }
    // The closing question is chosen now so that its topic is not asked about again, but asked
    // last.
    let mut closing = Vec::new();
    pick(&mut closing, &mut used, rng, &is_closing);
    let fresh: Vec<&Question> = questions
        .iter()
        .filter(|q| q.kind == Kind::Focused && !is_closing(q) && !used.contains(&q.topic))
        .collect();
    let mut focused = spread_over_topics(&fresh, MOCK_FOCUSED, rng);
    if focused.len() < MOCK_FOCUSED {
        // Too few new topics: the rest from topics already asked about, rather than fewer.
        let rest: Vec<&Question> = questions
            .iter()
            .filter(|q| {
                q.kind == Kind::Focused && !is_closing(q) && !focused.iter().any(|f| f.id == q.id)
            })
            .collect();
        let wanted = MOCK_FOCUSED - focused.len();
        focused.extend(spread_over_topics(&rest, wanted, rng));
    }
    chosen.extend(focused);
    chosen.extend(closing);
    chosen
}

/// Picks `wanted` questions from as many different topics as possible, as an assessor moves
/// between lines of enquiry; when topics run short, tops up from topics already used.
fn spread_over_topics(questions: &[&Question], wanted: usize, rng: &mut impl Rng) -> Vec<Question> {
    // A BTreeMap keeps topic order independent of hashing, so a seed always gives the same mock.
    let mut by_topic: BTreeMap<&str, Vec<&Question>> = BTreeMap::new();
    for q in questions {
        by_topic.entry(q.topic.as_str()).or_default().push(q);
    }
    let mut pools: Vec<Vec<&Question>> = by_topic.into_values().collect();
    pools.shuffle(rng);
    for pool in &mut pools {
        pool.shuffle(rng);
    }
    let mut chosen = Vec::new();
    // Round-robin over the shuffled topics: one from each before a second from any.
    let mut round = 0;
    while chosen.len() < wanted {
        let mut took_any = false;
        for pool in &pools {
            if chosen.len() == wanted {
                break;
            }
            if let Some(q) = pool.get(round) {
                chosen.push((*q).clone());
                took_any = true;
            }
        }
        if !took_any {
            break;
        }
        round += 1;
    }
    chosen
}

fn select_topic(
    topic: &str,
    questions: &[Question],
    rng: &mut impl Rng,
) -> Result<Vec<Question>, PlanError> {
    let wanted = topic.trim().to_lowercase();
    let mut chosen: Vec<Question> = questions
        .iter()
        .filter(|q| q.topic.to_lowercase() == wanted)
        .cloned()
        .collect();
    if chosen.is_empty() {
        let mut known: Vec<String> = questions.iter().map(|q| q.topic.clone()).collect();
        known.sort();
        known.dedup();
        let closest = closest_topic(&wanted, &known);
        return Err(PlanError::UnknownTopic {
            topic: topic.to_string(),
            known,
            closest,
        });
    }
    chosen.shuffle(rng);
    Ok(chosen)
}

/// The known topic most like a mistyped one, if any is close enough to be worth suggesting.
fn closest_topic(wanted: &str, known: &[String]) -> Option<String> {
    // "waiting" should find "waiting-times" even though the edit distance is large.
    if wanted.len() >= 3
        && let Some(hit) = known.iter().find(|k| k.to_lowercase().contains(wanted))
    {
        return Some(hit.clone());
    }
    known
        .iter()
        .map(|k| (strsim::jaro_winkler(wanted, &k.to_lowercase()), k))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k.clone())
}

fn select_statement(
    statement: QualityStatement,
    questions: &[Question],
    rng: &mut impl Rng,
) -> Result<Vec<Question>, PlanError> {
    let mut chosen: Vec<Question> = questions
        .iter()
        .filter(|q| q.quality_statements.contains(&statement))
        .cloned()
        .collect();
    if chosen.is_empty() {
        let covered = QualityStatement::ALL
            .into_iter()
            .filter(|s| questions.iter().any(|q| q.quality_statements.contains(s)))
            .collect();
        return Err(PlanError::NoQuestionsForStatement { statement, covered });
    }
    chosen.shuffle(rng);
    Ok(chosen)
}

#[cfg(test)]
#[path = "plan_tests.rs"]
mod tests;
