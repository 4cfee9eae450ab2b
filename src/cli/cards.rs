//! `psw-coach cards`: printable question cards for practice away from the screen.

use super::*;

pub(super) fn cards(
    data: Option<&Path>,
    extra: &[PathBuf],
    args: &CardsArgs,
) -> Result<ExitCode, String> {
    use rand::{Rng, SeedableRng};
    let plan: crate::drill::Plan = args.plan.parse()?;
    let library = Library::load(data, extra);
    for skipped in &library.skipped {
        warn(&skipped.summary());
    }
    let notes: Vec<crate::notes::Note> = data
        .map(|d| crate::notes::NotesStore::new(d).list().notes)
        .unwrap_or_default()
        .into_iter()
        .map(|(_, note)| note)
        .collect();
    let history = crate::drill::PracticeLog::from_notes(&notes);
    let seed = args.seed.unwrap_or_else(|| rand::rng().random());
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    let questions: Vec<_> = library.questions().cloned().collect();
    let chosen =
        crate::drill::select(&plan, &questions, &history, &mut rng).map_err(|e| e.to_string())?;
    let command = format!("psw-coach pair --plan \"{}\" --seed {seed}", plan.label());
    // The PSW's figures go on the cards; a register with a mistake is named and left off.
    let register = match data.map(crate::evidence::load) {
        Some(Ok(register)) => register,
        Some(Err(e)) => {
            warn(&format!("Your figures are left off the cards: {e}"));
            crate::evidence::Register::default()
        }
        None => crate::evidence::Register::default(),
    };
    let text = crate::drill::cards::cards_with_figures(
        &plan.title(),
        Some(&command),
        &chosen,
        &library.statement_notes(),
        &register,
    );
    match &args.out {
        None => say_raw(&text)?,
        Some(path) => {
            // Never over a file (a note was once replaced by cards) nor through a link.
            write_out(data, path, &text)?;
            say(&format!(
                "Wrote {} interviewer card{} to {}.",
                chosen.len(),
                if chosen.len() == 1 { "" } else { "s" },
                path.display()
            ));
        }
    }
    Ok(ExitCode::SUCCESS)
}
