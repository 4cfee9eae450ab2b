//! whisper.cpp's words tidied before they are shown, read for coaching and kept: its English model
//! writes American spellings ("organize", "center") and numbers half in words ("200 and 10", "two
//! hundred and ten"), which the coaching then quoted back. The PSW can still edit every word.
//! Plain Rust, so it is built and tested without the `voice` feature.

mod numbers;
mod spelling;

/// `transcript` in British spelling, with its numbers as figures.
pub fn tidy(transcript: &str) -> String {
    numbers::as_figures(&spelling::british(transcript))
}

#[cfg(test)]
mod tests {
    use super::tidy;

    #[test]
    fn a_transcript_reads_in_british_spelling_with_its_numbers_as_figures() {
        assert_eq!(
            tidy(
                "We organized the authorizations at the center and cut them from 200 and 10 to 40."
            ),
            "We organised the authorisations at the centre and cut them from 210 to 40."
        );
        assert_eq!(
            tidy("Two hundred and ten people waited; now forty-five do."),
            "210 people waited; now 45 do."
        );
    }

    proptest::proptest! {
        /// Any text, however odd, is tidied without a panic, and tidying twice changes nothing
        /// more: words the PSW corrects are never altered again on a second pass.
        #[test]
        fn any_text_is_tidied_without_panicking_and_once_is_enough(text in "\\PC{0,80}") {
            let once = tidy(&text);
            proptest::prop_assert_eq!(tidy(&once), once);
        }

        #[test]
        fn spoken_numbers_and_words_tidy_once(
            words in proptest::collection::vec(proptest::sample::select(vec![
                "two", "twenty", "hundred", "thousand", "and", "ten", "5", "200", "1,200", "-",
                "organize", "center", "size", "the", ",", "forty", "nine", "million",
            ]), 0..12)
        ) {
            let text = words.join(" ");
            let once = tidy(&text);
            proptest::prop_assert_eq!(tidy(&once), once);
        }
    }
}
