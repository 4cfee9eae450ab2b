//! One module per screen. Each screen owns its state, turns key-map actions into effects, and
//! draws itself from `&self` (the [`Screen`](crate::tui::component::Screen) trait). Screens never
//! see the app, the notes store or each other.

pub mod attempts;
pub mod evidence;
pub mod figures;
pub mod help;
pub mod home;
pub mod pair;
pub mod pick;
pub mod progress;
pub mod recover;
pub mod refine;
pub mod rehearse;
pub mod review;
pub mod review_session;
pub mod settings;
pub mod summary;
