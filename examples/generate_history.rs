//! Writes a made-up practice history into a data folder, to try the review screens by hand:
//! `cargo run --release --example generate_history -- DIR [SESSIONS] [DAYS]`.

use psw_coach::bank::Library;
use psw_coach::bank::model::Question;

fn main() {
    let mut args = std::env::args().skip(1);
    let Some(dir) = args.next() else {
        eprintln!("usage: generate_history DIR [SESSIONS] [DAYS]");
        std::process::exit(2);
    };
    let sessions: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(60);
    let days: i64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(28);
    let questions: Vec<Question> = Library::load(None, &[]).questions().cloned().collect();
    let end = chrono::Local::now().fixed_offset() - chrono::Duration::days(1);
    match psw_coach::review::generate::write_history(
        std::path::Path::new(&dir),
        &questions,
        sessions,
        10,
        days,
        end,
        7,
    ) {
        Ok(answers) => println!(
            "Wrote {sessions} sessions ({answers} answers) over {days} days to {dir}/notes"
        ),
        Err(e) => {
            eprintln!("could not write the history: {e}");
            std::process::exit(1);
        }
    }
}
