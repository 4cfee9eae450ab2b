//! A weak spot the PSW follows with what they cannot yet say ("and we don't yet know which") is
//! asked how they will find out, not what it has meant (probes-16 p10). Sentences written for
//! these tests, not taken from any set.

use super::tests::first;
use super::*;

const OPENING: &str = "Every carer's assessment is now checked by a senior before sign-off, and \
    the share judged good rose from 52% to 80% in a year. The check showed something we hadn't \
    looked for. Carers of people with a learning disability still get a break funded only 23% of \
    the time, the lowest of any group.";

#[test]
fn a_weak_spot_followed_by_an_unknown_is_asked_how_they_will_find_out() {
    for last in [
        " Either they ask for less or we set the bar higher for them, and we don't yet know which.",
        " I can't tell you why, and nor can the carers' centre.",
    ] {
        let answer = format!("{OPENING}{last}");
        let a = first(&answer);
        assert!(
            a.ask
                .starts_with("Carers of people with a learning disability still get a break")
                && a.ask
                    .ends_with("how are you going to find out what lies behind it, and by when?"),
            "{}",
            a.ask
        );
        assert_eq!(well_formed(&a.ask), Ok(()), "{}", a.ask);
    }
}

#[test]
fn a_weak_spot_with_nothing_unknown_keeps_its_ask() {
    let answer = format!("{OPENING} The carers' centre has started ringing each of them.");
    let a = first(&answer);
    assert!(!a.ask.contains("find out"), "{}", a.ask);
}
