//! How long `insight::analyse` takes on a long answer. The budget is 5 ms for 2,000 words, so the
//! analysis can run on every keystroke pause in the editor without being felt.

use criterion::{Criterion, criterion_group, criterion_main};
use psw_coach::insight::{Lexicon, analyse};
use std::hint::black_box;

/// Sentences in the register of a PSW's evidence, with the things the analysis looks for: actions,
/// changes, figures and trends, sources, hedges, acronyms both national and local, and one or two
/// identifying details.
const SENTENCES: &[&str] = &[
    "When I came into post in 2021, our practice audits rated 62% of case files as “good”.",
    "I set up a monthly audit and moderation panel with team managers, and we introduced reflective workshops.",
    "In the March audit 88% of files were rated good, up from 78% in November.",
    "People tell us they feel listened to, and 81% of carers said their views were in the plan.",
    "I think we have sort of just started to see the difference in the hospital team.",
    "The Multi-Agency Risk Panel (MARP) now meets weekly and the LAS dashboard shows repeat referrals fell from 31 to 12.",
    "Two years ago 640 people were waiting for a Care Act assessment, some for over six months.",
    "Today 212 people are waiting and the longest wait is 11 weeks, which we check through our risk log.",
    "Next, we will add a conversation with the person or their carer to every audit.",
    "I meet the DASS fortnightly and report to the ICB quality board on safeguarding and DoLS.",
    "One carer, Mrs Adeyemi, rang us on 0117 496 0123 because she could not get through to the duty team.",
    "Our vacancy rate was 24% and is now 9%; agency use has halved and 11 of our 12 ASYEs stayed.",
    "Hopefully the new pathway and the referral form make the process a bit quicker for families.",
    "Exit interviews tell us reflective supervision is why social workers stay with us.",
    "We co-produced the model with people who draw on care and their carers, and complaints fell by a third.",
    "Young people moving to adult services used to meet us at 17 and a half, which was too late.",
    "· PDSWs join huddles to observe, support and promote the model in practice.",
    "· A refresh of the huddle packs was completed and given to hub leads – with guidance.",
    "Making Safeguarding Personal was patchy when I joined: only 38% of enquiries recorded the person’s outcomes.",
    "Our quarterly audit now shows 79%, and 86% of people said their outcomes were fully or partly met.",
    "I rewrote our MCA guidance with the legal team and we now run quarterly refreshers for 322 staff.",
    "Under the Care Act 2014 and paras 1.27-1.31 of the statutory guidance, the PSW role is clear.",
    "Carers’ assessments for Black and Asian carers rose from 42 to 97 in a year, after outreach in three languages.",
    "That sits outside my remit: commissioning owns the home care market, but I sit on the market quality group.",
    "The LGA health check survey gave supervision its lowest score, so I asked the PD team to run workshops.",
    "Between 2019/20 and 2022/23 the number of carers supported fell, and our self-assessment names it as a gap.",
    "I’m not sure we always get it right, but we try to learn from every complaint and compliment.",
    "A gentleman in his eighties waited 9 weeks in hospital; I challenged the delay and we got him home within 48 hours.",
    "Practice Development Social Workers (PDSWs) co-ordinated 60 student placements over the past two years.",
    "Our peer review with a neighbouring council in July 2023 found strong strengths-based recording.",
    "We streamlined the front door, updated the referral form and brought screening into one system.",
    "Same-day responses went up from 61% to 88% after I set up a shared duty rota across the NE1 hub.",
    "Families have told us the process feels calmer, and fewer young people reach 18 without a plan.",
    "We will report the equality data to the DASS every quarter and publish it on the intranet.",
    "In April’s ASC Ops newsletter I noted 90% of the work audited was scored as good.",
    "Our annual report, the SALT return and ASCOF measures all point the same way this year.",
];

/// About `words` words of realistic answer, sentences in turn, in paragraphs of five.
fn long_answer(words: usize) -> String {
    let mut text = String::new();
    let mut count = 0;
    for (i, sentence) in SENTENCES.iter().cycle().enumerate() {
        if count >= words {
            break;
        }
        if i > 0 {
            text.push_str(if i % 5 == 0 { "\n\n" } else { " " });
        }
        text.push_str(sentence);
        count += sentence.split_whitespace().count();
    }
    text
}

/// The worst shape found for the old code: one long line with no stops, full of next steps,
/// acronyms and titles, so every per-finding look-back would cover the whole text.
fn one_line(bytes: usize) -> String {
    let unit = "we will go to the MARP with Mr A and 0 0 0 as planned and ";
    unit.repeat(bytes / unit.len() + 1)[..bytes].to_string()
}

fn bench(c: &mut Criterion) {
    let lexicon = Lexicon::bundled();
    lexicon.warm_up();
    let answer = long_answer(2_000);
    let words = answer.split_whitespace().count();
    assert!((2_000..2_050).contains(&words), "{words} words");
    c.bench_function("analyse 2,000-word answer", |b| {
        b.iter(|| analyse(black_box(&lexicon), black_box(&answer), Some(180)))
    });
    // The yardstick, in the same run: lower-casing the same answer and counting its words, the least
    // any reading of it must do. The analysis is reported as a multiple of this.
    c.bench_function("yardstick: lower-case and count 2,000 words", |b| {
        b.iter(|| black_box(&answer).to_lowercase().split_whitespace().count())
    });
    // A short answer, as `psw-coach analyse` is most often given one.
    c.bench_function("analyse 10-word answer", |b| {
        b.iter(|| {
            analyse(
                black_box(&lexicon),
                black_box("We set up a carers forum and waits fell to six weeks."),
                None,
            )
        })
    });

    // Linear in the input: time per input size should grow in step with the size.
    let mut group = c.benchmark_group("analyse linear");
    group.sample_size(10);
    for kb in [50usize, 100, 200, 400] {
        let realistic = long_answer(kb * 1024 / 6);
        let realistic = &realistic[..realistic.len().min(kb * 1024)];
        group.bench_function(format!("report text {kb} KB"), |b| {
            b.iter(|| analyse(black_box(&lexicon), black_box(realistic), None))
        });
        let worst = one_line(kb * 1024);
        group.bench_function(format!("one line, no stops {kb} KB"), |b| {
            b.iter(|| analyse(black_box(&lexicon), black_box(&worst), None))
        });
    }
    group.finish();

    // The one-off cost paid on the first analysis (never before the first frame): the bundled lists
    // and a user's addition compiled together.
    let mut group = c.benchmark_group("lexicon");
    group.sample_size(10);
    group.bench_function("compile the word lists (first analysis)", |b| {
        b.iter(|| {
            let mut lexicon = Lexicon::bundled();
            lexicon
                .extend_from_yaml("lexicon.yaml", "glossary: [MARP]\n")
                .expect("valid");
            lexicon.warm_up();
            lexicon
        })
    });
    group.bench_function("make a lexicon (start-up)", |b| b.iter(Lexicon::bundled));
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
