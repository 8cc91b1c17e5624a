//! Talent Navigator's rules: the rule pack and, built on it, the eligibility engine.
//! Pure: no IO, no clock. Everything is evaluated "as of" a date the caller passes in, against the
//! pack the caller passes in (the embedded one, an installed update, a test's variant): nothing here
//! keeps a pack or anything derived from one in a process-wide static.

pub mod checks;
pub mod consistency;
pub mod date;
pub mod documents;
pub mod engine;
pub mod facts;
pub mod input;
pub mod legacy;
pub mod message;
pub mod pack;
pub mod profile;
pub mod report;
mod strict_json;
pub mod universities;
pub mod warnings;

use talentnav_i18n::Locale;

/// Assesses a profile as of a date against `pack` and reports it in one language.
pub fn assess(pack: &pack::Pack, profile: &profile::Profile, as_of: date::Date, locale: Locale) -> report::Assessment {
    report::report(&engine::assess(profile, as_of, pack), locale)
}
