//! Fillers of speech and words cut before what they lead to are never said back (issue 23,
//! probes-18 p11 and p15, judged a quote copied without listening). Every sentence here is written
//! for the test.

use super::frame::{unfilled, well_formed};
use super::*;

#[test]
fn a_filler_is_never_said_back() {
    let answer = "the thing I'd point to is the practice panel. it meets every fortnight, \
                  anyone can bring a case, and a carer sits on it and is paid for it. we've had \
                  fourteen so far and sixty two different workers have come, and when we asked \
                  them later, most said they'd gone back and done something differently. um the \
                  bit that isn't working is the night carers and the weekend duty staff, they've \
                  come to two between them, the time doesn't suit them and I haven't found one \
                  that does";
    let all = asks(answer);
    assert!(!all.is_empty());
    for ask in all {
        let low = ask.to_lowercase();
        for filler in [" um ", " erm ", " er ", " uh "] {
            assert!(!low.contains(filler), "{ask}");
        }
        assert!(!ask.starts_with("You said um"), "{ask}");
    }
}

#[test]
fn a_filler_and_the_joining_word_after_it_go_from_a_quote() {
    assert_eq!(
        unfilled("You said erm and the panel meets weekly: who comes?"),
        "You said the panel meets weekly: who comes?"
    );
    assert_eq!(
        unfilled("You said we had, um, twelve of them: what happened?"),
        "You said we had, twelve of them: what happened?"
    );
    // A word that holds the letters of a filler is kept.
    assert_eq!(
        unfilled("You said the ermine room and the umpire: who?"),
        "You said the ermine room and the umpire: who?"
    );
}

#[test]
fn a_word_in_s_before_a_stop_is_refused() {
    assert!(
        well_formed("You said the staff push back when the home's: what do records show?").is_err()
    );
    assert!(well_formed("You said the manager says it's: who checks?").is_err());
    assert!(well_formed("You said the home's manager pushes back: what do records show?").is_ok());
}
