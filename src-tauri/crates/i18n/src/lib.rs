//! Talent Navigator's one set of messages.
//!
//! The Fluent files under `locales/{en,zh-Hant,zh-Hans}/` are embedded at compile time and serve the
//! CLI, the window (sent over IPC), PDFs and the engine's explanations alike. Money and dates are
//! formatted here and by `ui/src/format.ts` to the same shared vectors (`tests/fixtures/format-vectors.json`).

mod catalog;
pub mod codes;
pub mod format;
mod locale;
pub mod names;

pub use catalog::{ArgValue, Args, message, message_exists, resources, sources};
pub use locale::{Locale, negotiate, negotiate_request, os_preferences};
pub use names::{country_name, currency_name, language_name, nationality_name, register_item};
