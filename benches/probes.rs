//! How long choosing a follow-up takes (issue 23): reading the answer, finding what to press on in
//! its own words, and ranking every probe, as a rehearsal does after each answer. The budget is
//! 5 ms per answer in process, so the follow-up appears with no pause after the last part.
//!
//! The yardstick, in the same run: lower-casing the same answer and counting its words, the least
//! any reading of it must do. Figures are read as a multiple of it.

use criterion::{Criterion, criterion_group, criterion_main};
use psw_coach::bank::Library;
use psw_coach::drill::anchor::anchors;
use psw_coach::drill::probe::{Heard, rank};
use psw_coach::insight::Lexicon;
use std::hint::black_box;

/// A strong answer with figures, written for this bench (about 150 words).
const STRONG: &str = "When I started, 730 people were waiting for an assessment and nobody checked on \
them. I set up a waiting well line run by two social work assistants, and we now ring everyone on the \
list every three weeks; 89% of people were reached at the first try last quarter. The list is down to \
310 from 730, and the longest wait fell from 30 weeks to 11. Anything that sounds like a risk goes to a \
senior practitioner the same day, and our quarterly audit found no one came to harm while waiting. Two \
of the assistants are agency staff funded by a one-off grant from the ICB. Next, the team manager will \
bring the longest wait under eight weeks by March, and I report progress to the DASS every month. One \
carer told us the calls meant she knew who to ring when things got worse.";

/// A vague answer with nothing to anchor on.
const VAGUE: &str =
    "We've worked really hard on waiting times and I think things are getting better for people.";

fn bench(c: &mut Criterion) {
    let lexicon = Lexicon::bundled();
    lexicon.warm_up();
    let library = Library::load(None, &[]);
    let question = library
        .question("waiting-times-03")
        .or_else(|| library.questions().next())
        .expect("the bundled bank has questions");
    let long = [STRONG; 16].join(" ");
    assert!(long.split_whitespace().count() >= 2_000);

    let mut group = c.benchmark_group("choose a follow-up");
    group.bench_function("strong answer, 150 words", |b| {
        b.iter(|| {
            let heard = Heard::analyse_text(black_box(&lexicon), black_box(STRONG));
            rank(question, &heard, &[])
        })
    });
    group.bench_function("vague answer, 16 words", |b| {
        b.iter(|| {
            let heard = Heard::analyse_text(black_box(&lexicon), black_box(VAGUE));
            rank(question, &heard, &[])
        })
    });
    group.bench_function("strong answer, 2,000 words", |b| {
        b.iter(|| {
            let heard = Heard::analyse_text(black_box(&lexicon), black_box(&long));
            rank(question, &heard, &[])
        })
    });
    group.bench_function("anchors alone, 150 words", |b| {
        b.iter(|| anchors(black_box(STRONG)))
    });
    let heard_long = Heard::analyse_text(&lexicon, &long);
    group.bench_function("ranking alone, 2,000 words read already", |b| {
        b.iter(|| rank(question, black_box(&heard_long), &[]))
    });
    group.bench_function("anchors alone, 2,000 words", |b| {
        b.iter(|| anchors(black_box(&long)))
    });
    group.bench_function("the insight analysis alone, 2,000 words", |b| {
        b.iter(|| psw_coach::insight::analyse(black_box(&lexicon), black_box(&long), None))
    });
    group.bench_function("yardstick: lower-case and count 150 words", |b| {
        b.iter(|| black_box(STRONG).to_lowercase().split_whitespace().count())
    });
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
