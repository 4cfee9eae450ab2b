//! The banks the screen tests run on: `tests/fixtures/good.yaml` for most, as if bundled.

use psw_coach::bank::{Library, Origin};

/// A library holding only the good fixture bank, which loads whole (nothing skipped).
pub fn good() -> Library {
    bundled("good.yaml", include_str!("../fixtures/good.yaml"))
}

/// A library holding only the bank `text`, as if bundled under `name`; it must load whole
/// (nothing skipped).
pub fn bundled(name: &'static str, text: &str) -> Library {
    let mut library = Library::default();
    library.add(name, text, Origin::Bundled(name));
    assert!(library.skipped.is_empty(), "{:?}", library.skipped);
    library
}
