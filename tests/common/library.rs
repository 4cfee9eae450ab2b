//! The bank most screen tests run on: `tests/fixtures/good.yaml`, as if bundled.

use psw_coach::bank::{Library, Origin};

/// A library holding only the good fixture bank, which loads whole (nothing skipped).
pub fn good() -> Library {
    let mut library = Library::default();
    library.add(
        "good.yaml",
        include_str!("../fixtures/good.yaml"),
        Origin::Bundled("good.yaml"),
    );
    assert!(library.skipped.is_empty(), "{:?}", library.skipped);
    library
}
