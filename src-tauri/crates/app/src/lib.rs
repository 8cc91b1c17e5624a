//! The application core: one function per use case (assess a profile, the interview's questions, the
//! guided mode's next question, institution suggestions, profile files, the PDF checklist, the
//! unfinished interview). Both doors call these; nothing here knows about Tauri or clap. Everything
//! typed in and out; failures are `talentnav_core::UserError`.

pub mod assessment;
pub mod checklist;
pub mod client_file;
pub mod draft;
pub mod guided;
pub mod institutions;
pub mod interview;
pub mod path;
pub mod profile_file;
pub mod rule_pack;

pub use talentnav_core::UserError;
