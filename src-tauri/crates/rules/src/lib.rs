//! Talent Navigator's rules: the rule pack and, built on it, the eligibility engine.
//! Pure: no IO, no clock. Everything is evaluated "as of" a date the caller passes in, against the
//! pack the caller passes in (the embedded one, an installed update, a test's variant). What is
//! derived from a pack (the university index, the localized labels) lives in that pack; the only
//! process-wide pack is the embedded one, behind `pack::embedded_pack()`, which nothing in this crate
//! but tests calls.
//!
//! Modules depend one way, each only on those above it: dates and messages; the profile; the pack;
//! facts derived from a profile; checks; the engine (with the legacy points test); reports, documents
//! and warnings.

pub mod date;
pub mod message;

pub mod consistency;
pub mod input;
pub mod profile;
mod strict_json;

pub mod pack;

pub mod facts;

pub mod checks;

pub mod engine;
pub mod legacy;

pub mod documents;
pub mod report;
pub mod warnings;

/// Matching typed names to the aggregate list: part of the pack (each pack indexes its own list).
pub use pack::universities;

use talentnav_i18n::Locale;

/// Assesses a profile as of a date against `pack` and reports it in one language.
pub fn assess(pack: &pack::Pack, profile: &profile::Profile, as_of: date::Date, locale: Locale) -> report::Assessment {
    report::report(&engine::assess(profile, as_of, pack), locale)
}
