//! Talent Navigator's rules: the embedded rule pack and, built on it, the eligibility engine.
//! Pure: no IO, no clock. Everything is evaluated "as of" a date the caller passes in.

pub mod checks;
pub mod consistency;
pub mod date;
pub mod documents;
pub mod engine;
pub mod facts;
pub mod input;
pub mod legacy;
pub mod pack;
mod pack_validate;
pub mod profile;
pub mod report;
mod strict_json;
pub mod universities;
pub mod warnings;

use talentnav_i18n::Locale;

/// Assesses a profile as of a date against the embedded pack and reports it in one language.
pub fn assess(profile: &profile::Profile, as_of: date::Date, locale: Locale) -> report::Assessment {
    report::report(&engine::assess(profile, as_of, pack::embedded_pack()), locale)
}
