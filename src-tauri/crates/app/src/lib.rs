//! The application core: one function per use case, called by both doors (the `talentnav` command
//! line and the window's Tauri commands), which only parse and print. Nothing here knows about Tauri
//! or clap. Everything typed in and out; failures are `talentnav_core::UserError`, whose code (invalid
//! input, a file or database failure, a defect) is decided here, once, for both doors.

pub mod applications;
pub mod archive;
pub mod assessment;
pub mod checklist;
pub mod client_file;
pub mod clients;
pub mod documents;
pub mod draft;
pub mod guided;
pub mod institutions;
pub mod interview;
pub mod notes;
pub mod output;
pub mod path;
pub mod profile_file;
pub mod rule_pack;
pub mod rule_updates;
pub mod store;
pub mod warnings;

use std::path::Path;
use talentnav_i18n::Locale;
use talentnav_rules::pack::Pack;

pub use talentnav_core::UserError;

/// What a use case runs with: the rule pack chosen for the process ([`rule_pack::choose`]), the data
/// folder and the language the answer is for.
#[derive(Clone, Copy)]
pub struct Env<'a> {
    pub pack: &'a Pack,
    pub data_dir: &'a Path,
    pub locale: Locale,
}

/// Today, on this machine's calendar.
pub fn today() -> talentnav_rules::date::Date {
    chrono::Local::now().date_naive()
}
