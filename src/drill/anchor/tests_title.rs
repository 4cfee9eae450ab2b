//! A title before a name keeps its capital when a quote opens on it. The sentence is written for
//! the test.

use super::frame::well_formed;
use super::tests::first;

#[test]
fn a_quote_opening_on_a_title_keeps_its_capital() {
    let a = first(
        "Dr Okafor is a good example of how we work with GPs. He rings the team when he is \
         worried, we go out together, and it works well for the people we both see.",
    );
    assert!(
        a.ask.starts_with("You said Dr Okafor is a good example"),
        "{}",
        a.ask
    );
    well_formed(&a.ask).unwrap();
}
