//! The reader model's parts without the weights (clauses, tokenizer, float16, the file's checks), and
//! with the real weights when `PSW_COACH_MODEL` names a file made by scripts/reader-model (CI makes
//! one): the Rust forward pass must give what the Python one gave.

use super::bert::{Bert, RUN_TOKENS, f16_to_f32, runs};
use super::clauses::clauses;
use super::tokenizer::{MAX_TOKENS, Vocab, words};
use super::*;

fn real_reader() -> Option<Reader> {
    let path = std::env::var_os(ENV).filter(|p| !p.is_empty());
    let Some(path) = path else {
        eprintln!("{ENV} is not set: the tests on the real weights are skipped");
        return None;
    };
    Some(Reader::load(Path::new(&path)).expect("the model file named by PSW_COACH_MODEL loads"))
}

/// The thresholds docs/model.md gives ("Set H joins"), chosen on held-out sets: 0.85 for the six
/// findings, 0.95 for people (asked again over sets D to V, "Retrained on sets A to V": they stay).
#[test]
fn heads_file_has_every_finding_and_the_thresholds_chosen_held_out() {
    let file = heads_file().unwrap();
    let sure: Vec<f32> = FINDINGS.iter().map(|f| file.heads[*f].sure).collect();
    assert_eq!(sure, [0.85, 0.85, 0.85, 0.85, 0.85, 0.85, 0.95]);
    for name in FINDINGS {
        assert_eq!(file.heads[name].weights.len(), 768, "{name}");
    }
    assert!(!file.checks.is_empty());
}

#[test]
fn clauses_are_cut_as_the_python_side_cut_them() {
    for check in heads_file().unwrap().checks {
        assert_eq!(clauses(&check.text), check.clauses, "{}", check.text);
    }
}

#[test]
fn clauses_cut_sentences_bullets_lines_and_long_spoken_runs() {
    assert_eq!(
        clauses("- Set up the hub.\n- Waits down to 5 days\n\nok"),
        vec!["Set up the hub.", "Waits down to 5 days"]
    );
    assert_eq!(clauses("Yes."), vec!["Yes."]);
    let run = "so we had people waiting for months on the list and nobody knew who was next, \
               and then we sat down with the district nurses every Monday so now the list is \
               checked weekly but the carers still ring us";
    assert_eq!(
        clauses(run),
        vec![
            "so we had people waiting for months on the list and nobody knew who was next",
            "and then we sat down with the district nurses every Monday",
            "so now the list is checked weekly",
            "but the carers still ring us",
        ]
    );
}

#[test]
fn words_are_lower_cased_without_accents_and_split_at_punctuation() {
    assert_eq!(
        words("Café’s GP-led review, £5k!"),
        vec![
            "cafe", "’", "s", "gp", "-", "led", "review", ",", "£5k", "!"
        ]
    );
}

#[test]
fn word_pieces_take_the_longest_match_and_an_unknown_word_is_one_token() {
    let vocab =
        Vocab::from_lines("[PAD]\n[UNK]\n[CLS]\n[SEP]\nre\n##able\n##ment\nable\n.").unwrap();
    assert_eq!(vocab.encode("Reablement."), vec![2, 4, 5, 6, 8, 3]);
    assert_eq!(vocab.encode("xyz able"), vec![2, 1, 7, 3]);
    let long = "able ".repeat(400);
    let ids = vocab.encode(&long);
    assert_eq!(ids.len(), MAX_TOKENS);
    assert_eq!((ids[0], ids[MAX_TOKENS - 1]), (2, 3));
}

#[test]
fn half_floats_widen_exactly() {
    assert_eq!(f16_to_f32(0x3c00), 1.0);
    assert_eq!(f16_to_f32(0xc000), -2.0);
    assert_eq!(f16_to_f32(0x7bff), 65504.0);
    assert_eq!(f16_to_f32(0x0001), 2f32.powi(-24));
    assert_eq!(f16_to_f32(0x3555), 0.333_251_95);
    assert!(f16_to_f32(0x7c00).is_infinite());
}

#[test]
fn a_file_that_is_not_the_model_is_refused() {
    let err = Bert::from_bytes(b"GGMLxxxxxxxx".to_vec()).err().unwrap();
    assert!(err.contains("not a reader model file"), "{err}");
    let err = Bert::from_bytes(b"PSWMLM01\x05\x00\x00\x00ab".to_vec())
        .err()
        .unwrap();
    assert!(err.contains("cut short"), "{err}");
}

/// Reader::load's error, or a failure if it takes more than five seconds (a FIFO would hang it).
fn load_error_quickly(path: &Path) -> String {
    let path = path.to_path_buf();
    let (send, receive) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = send.send(Reader::load(&path).err());
    });
    let got = receive
        .recv_timeout(std::time::Duration::from_secs(5))
        .expect("loading answered within five seconds");
    got.expect("the file is refused")
}

#[test]
fn a_fifo_directory_empty_or_truncated_model_file_is_refused_plainly_and_at_once() {
    let dir = tempfile::tempdir().unwrap();
    #[cfg(unix)]
    {
        let fifo = dir.path().join("model.fifo");
        let c_path = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
        // SAFETY: mkfifo reads one NUL-terminated path.
        assert_eq!(unsafe { libc::mkfifo(c_path.as_ptr(), 0o600) }, 0);
        let err = load_error_quickly(&fifo);
        assert!(err.contains("not a regular file"), "{err}");
    }
    let err = load_error_quickly(dir.path());
    assert!(
        err.contains("is a folder: give the reader model file itself"),
        "{err}"
    );
    let empty = dir.path().join("empty.bin");
    std::fs::write(&empty, b"").unwrap();
    let err = load_error_quickly(&empty);
    assert!(err.contains("cut short"), "{err}");
    let truncated = dir.path().join("truncated.bin");
    std::fs::write(&truncated, b"PSWMLM01\x10\x00\x00\x00[PAD]\n[unu").unwrap();
    let err = load_error_quickly(&truncated);
    assert!(err.contains("cut short"), "{err}");
    let missing = dir.path().join("missing.bin");
    let err = load_error_quickly(&missing);
    assert!(err.contains("cannot read"), "{err}");
}

#[test]
fn a_model_file_cut_anywhere_is_refused_without_a_panic() {
    let Some(path) = std::env::var_os(ENV).filter(|p| !p.is_empty()) else {
        return;
    };
    let whole = std::fs::read(&path).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let cut = dir.path().join("cut.bin");
    for len in [9, 100, 300_000, whole.len() / 2, whole.len() - 1] {
        std::fs::write(&cut, &whole[..len]).unwrap();
        let err = load_error_quickly(&cut);
        assert!(err.contains("cut short"), "{len}: {err}");
    }
}

#[test]
fn real_weights_give_the_models_published_similarities() {
    let Some(reader) = real_reader() else { return };
    let pairs = [
        (
            "A man is eating food.",
            "A man is eating a piece of bread.",
            0.7553,
        ),
        (
            "A man is riding a horse.",
            "A man is riding a white horse on an enclosed ground.",
            0.7369,
        ),
        (
            "A monkey is playing drums.",
            "Someone in a gorilla costume is playing a set of drums.",
            0.6433,
        ),
        ("A man is eating food.", "A woman is playing violin.", -0.07),
    ];
    for (a, b, want) in pairs {
        let e = reader.bert.embed(&[a.to_string(), b.to_string()]);
        let cos: f32 = e[0].iter().zip(&e[1]).map(|(x, y)| x * y).sum();
        assert!((cos - want).abs() < 0.01, "{a} / {b}: {cos}, want {want}");
    }
}

#[test]
fn a_long_answer_is_cut_into_runs_of_whole_clauses_in_order() {
    let seq = |n: usize| vec![0u32; n];
    // A short answer is one run, read on one thread.
    assert_eq!(runs(&[seq(10), seq(20)]), vec![0..2]);
    assert_eq!(runs(&[]), vec![0..0]);
    // A long one: every clause once, in order, each run but the last at least RUN_TOKENS long.
    let ids: Vec<Vec<u32>> = [30, 25, 12, 60, 8, 40, 33, 21, 9, 50]
        .iter()
        .map(|&n| seq(n))
        .collect();
    let got = runs(&ids);
    assert!(got.len() > 2, "{got:?}");
    assert_eq!(got.first().unwrap().start, 0);
    assert_eq!(got.last().unwrap().end, ids.len());
    for pair in got.windows(2) {
        assert_eq!(pair[0].end, pair[1].start);
        let tokens: usize = ids[pair[0].clone()].iter().map(Vec::len).sum();
        assert!(tokens >= RUN_TOKENS, "{got:?}");
    }
}

#[test]
fn real_weights_give_the_same_embeddings_in_runs_on_two_threads_as_in_one() {
    let Some(reader) = real_reader() else { return };
    let answer = "When I came into post our audits rated 62% of files good. I set up a monthly \
                  audit panel with team managers and we ran reflective workshops. In March 88% of \
                  files were rated good. Carers told us they felt listened to. Next we will add a \
                  conversation with the person to every audit. ";
    let texts = clauses(&answer.repeat(4));
    let ids: Vec<Vec<u32>> = texts.iter().map(|t| reader.bert.vocab.encode(t)).collect();
    assert!(runs(&ids).len() > 1, "the answer is long enough to be cut");
    let together = reader.bert.embed_ids(&ids);
    let in_runs = reader.bert.embed(&texts);
    assert_eq!(together.len(), in_runs.len());
    for (a, b) in together.iter().zip(&in_runs) {
        let most = a
            .iter()
            .zip(b)
            .map(|(x, y)| (x - y).abs())
            .fold(0f32, f32::max);
        assert!(most < 1e-6, "{most}");
    }
}

#[test]
fn real_weights_give_the_probabilities_the_python_side_gave() {
    let Some(reader) = real_reader() else { return };
    for check in heads_file().unwrap().checks {
        let got = reader.probabilities(&check.text);
        for (name, p) in FINDINGS.iter().zip(got) {
            let want = check.probabilities[*name];
            assert!(
                (p - want).abs() < 0.01,
                "{name} on {:?}: {p}, want {want}",
                check.text
            );
        }
    }
}

#[test]
fn the_model_overrules_only_where_it_is_sure() {
    let Some(reader) = real_reader() else { return };
    let sure: Vec<f32> = reader.heads.iter().map(|h| h.sure).collect();
    let text = "Families waited six weeks before; this quarter it was four days.";
    let p = reader.probabilities(text);
    let none = Covers {
        done: false,
        difference: false,
        evidence: false,
    };
    let tnn = ThenNowNext {
        then: false,
        now: false,
        next: true,
    };
    let (c, t) = reader.overrule(text, none, tnn);
    // Sure of a change, and sure there is no next step: both overrule the rules.
    assert!(p[1] > sure[1] && c.difference, "{p:?}");
    assert!(p[5] < 1.0 - sure[5] && !t.next, "{p:?}");
    // Where it is not sure, the rules' finding stands, whichever way the rules went; where it is,
    // its own yes/no is given whatever the rules said.
    for text in [
        text,
        "um so the thing about it is",
        "I set up a carers' forum.",
    ] {
        let q = reader.probabilities(text);
        for rule in [true, false] {
            let covers = Covers {
                done: rule,
                difference: rule,
                evidence: rule,
            };
            let tnn = ThenNowNext {
                then: rule,
                now: rule,
                next: rule,
            };
            let (c, t) = reader.overrule(text, covers, tnn);
            let all = [c.done, c.difference, c.evidence, t.then, t.now, t.next];
            for i in 0..6 {
                let want = if q[i] > sure[i] {
                    true
                } else if q[i] < 1.0 - sure[i] {
                    false
                } else {
                    rule
                };
                assert_eq!(all[i], want, "{} at {} on {text:?}", FINDINGS[i], q[i]);
            }
        }
    }
}

/// Figures that only describe (how many staff, how often a forum meets) are not evidence that a change
/// worked: the heads trained on sets A to V are not sure they are, so the rules' "no" stands. The
/// heads trained on A to I were sure (0.86), as on set V's first day (docs/model.md).
#[test]
fn figures_that_only_describe_are_not_taken_for_evidence() {
    let Some(reader) = real_reader() else { return };
    let evidence = 2;
    assert_eq!(FINDINGS[evidence], "evidence");
    let text = "I started a practice forum for our 120 social workers; it runs twice a month and \
                each session takes about 25 people.";
    let p = reader.probabilities(text)[evidence];
    assert!(
        p <= reader.heads[evidence].sure,
        "not sure of evidence: {p}"
    );
    let covers = Covers {
        done: true,
        difference: false,
        evidence: false,
    };
    let tnn = ThenNowNext {
        then: false,
        now: true,
        next: false,
    };
    assert!(!reader.overrule(text, covers, tnn).0.evidence);
    // A measured change still is evidence, surely.
    let measured = "Families waited six weeks before; this quarter it was four days.";
    let q = reader.probabilities(measured)[evidence];
    assert!(q > reader.heads[evidence].sure, "sure of evidence: {q}");
}

#[test]
fn where_the_model_is_sure_nothing_was_done_no_own_part_is_claimed() {
    let Some(reader) = real_reader() else { return };
    // The rules read "I asked" as done and as the speaker's own part. (Set E's e65, shortened,
    // "before I joined", was the case here until the heads were trained on set H too: they give it
    // 0.24 for done, no longer sure, and no answer of sets A to I now loses an own part this way.)
    let text = "I asked about it once, but honestly nothing has been done: there is no plan and no \
                one owns it.";
    let p = reader.probabilities(text)[0];
    assert!(
        p < 1.0 - reader.heads[0].sure,
        "the model is sure nothing was done: {p}"
    );
    // analyse uses the model here, as PSW_COACH_MODEL is set for these tests.
    let r = crate::insight::analyse(&crate::insight::Lexicon::bundled(), text, None);
    assert!(!r.covers.done);
    assert!(r.own_part_markers.is_empty(), "{:?}", r.own_part_markers);
}

/// The TUI reads an answer on a worker thread and then analyses it again on the key that waited
/// (src/tui/screens/rehearse/reading.rs): the second time must not run the model again.
#[test]
fn an_answer_read_lately_is_remembered_not_read_again() {
    let Some(reader) = real_reader() else { return };
    let text = "I set up a carers' forum.";
    assert_eq!(reader.remembered(text), reader.probabilities(text));
    let held = |t: &str| reader.recent.lock().unwrap().iter().any(|(r, _)| r == t);
    assert!(held(text));
    reader.remembered(text);
    assert_eq!(
        reader.recent.lock().unwrap().len(),
        1,
        "read once, kept once"
    );
    for i in 0..RECENT {
        reader.remembered(&format!("We met {i} times."));
    }
    assert!(!held(text), "the oldest answer goes first");
    assert_eq!(reader.recent.lock().unwrap().len(), RECENT);
}

#[test]
fn the_model_says_people_yes_or_no_only_where_it_is_sure() {
    let Some(reader) = real_reader() else { return };
    let sure = reader.heads[PEOPLE].sure;
    for text in [
        "Families waited six weeks before; this quarter it was four days.",
        "um so the thing about it is",
        "We completed 412 enquiries last year, 92% within 28 days.",
        "I set up a carers' forum.",
    ] {
        let p = reader.probabilities(text)[PEOPLE];
        let want = if p > sure {
            Some(true)
        } else if p < 1.0 - sure {
            Some(false)
        } else {
            None
        };
        assert_eq!(reader.people(text), want, "{p} on {text:?}");
    }
}

/// A sure "yes" with nothing the rules can quote (set G's g18, retold): no people gap, no ask for
/// people as if there were none, and no words picked out as a person.
#[test]
fn where_the_model_is_sure_of_people_the_rules_cannot_quote_it_says_so_plainly() {
    let Some(reader) = real_reader() else { return };
    let text = "Until last year, students with a physical impairment moving here for university often arrived with \
                no care in place while two councils argued over who should pay. I agreed with the \
                university that they tell us in June about every student who needs care. This \
                September 23 arrived with care in place from day one, against 4 last year.";
    let p = reader.probabilities(text)[PEOPLE];
    assert!(p > reader.heads[PEOPLE].sure, "sure of people: {p}");
    let r = crate::insight::analyse(&crate::insight::Lexicon::bundled(), text, None);
    assert!(r.people_mentions.is_empty(), "{:?}", r.people_mentions);
    assert_eq!(r.people_by_model, Some(true));
    assert!(!r.has_gap(crate::bank::Gap::People));
    for s in &r.suggestions {
        assert!(
            !s.starts_with("Tie the change to people")
                && !s.starts_with("Bring in the people")
                && !s.starts_with("You mention "),
            "{s}"
        );
    }
    assert!(
        r.suggestions
            .iter()
            .any(|s| s.starts_with("Say what the change meant for the people in your answer")),
        "{:?}",
        r.suggestions
    );
    assert!(crate::insight::render_report(&r).contains("People: yes (the reader model finds"));
}

/// A sure "no" (set H's h31, retold: "people" are the staff in the groups): the rules' mention goes,
/// and the coaching asks for people.
#[test]
fn where_the_model_is_sure_there_are_no_people_the_mentions_go_and_people_are_asked_for() {
    let Some(reader) = real_reader() else { return };
    let text = "We've got reflective practice groups going in most teams now and people seem to \
                find them helpful. It's become part of the culture, and we try to get the managers \
                along when they can.";
    let p = reader.probabilities(text)[PEOPLE];
    assert!(
        p < 1.0 - reader.heads[PEOPLE].sure,
        "sure of no people: {p}"
    );
    let r = crate::insight::analyse(&crate::insight::Lexicon::bundled(), text, None);
    assert!(r.people_mentions.is_empty(), "{:?}", r.people_mentions);
    assert_eq!(r.people_by_model, Some(false));
    assert!(!r.difference_for_people);
    assert!(r.has_gap(crate::bank::Gap::People));
    assert!(
        r.suggestions
            .iter()
            .any(|s| s.starts_with("Say what difference it made for people and carers")),
        "{:?}",
        r.suggestions
    );
    assert!(crate::insight::render_report(&r).contains("People: no mention of people"));
}
