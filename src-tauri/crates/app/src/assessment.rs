//! Assess a profile, as the window holds it (JSON being filled in), on a date, in a language.

use crate::path;
use serde_json::Value;
use talentnav_core::UserError;
use talentnav_i18n::{Locale, args};
use talentnav_rules::{date::Date, input::InputError, profile::Profile, report::Assessment};

/// The profile contract's error, as one localized line naming the path.
pub fn input_error(e: &InputError, locale: Locale) -> UserError {
    UserError::invalid("error-profile", args![("message", e.localized(locale))])
}

/// Validates a profile the way a profile file is validated (types, dates, consistency).
pub fn parse(profile: &Value, locale: Locale) -> Result<Profile, UserError> {
    let mut v = path::clean(profile);
    if let Some(obj) = v.as_object_mut() {
        obj.entry("schema").or_insert_with(|| Value::from(talentnav_rules::profile::SCHEMA_ID));
    }
    talentnav_rules::input::profile_from_value(v).map_err(|e| input_error(&e, locale))
}

/// The date the rules are evaluated at: the planned submission date, else today.
pub fn as_of(profile: &Profile, today: Date) -> Date {
    profile.submission_date.map(|d| d.0).unwrap_or(today)
}

/// The contract assessment (`talentnav.assessment/1`) of `profile` in `locale`.
pub fn assess(profile: &Value, today: Date, locale: Locale) -> Result<Assessment, UserError> {
    let p = parse(profile, locale)?;
    Ok(talentnav_rules::assess(talentnav_rules::pack::embedded_pack(), &p, as_of(&p, today), locale))
}

/// Today, on this machine's calendar.
pub fn today() -> Date {
    chrono::Local::now().date_naive()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn day(s: &str) -> Date {
        talentnav_rules::date::parse(s).unwrap()
    }

    #[test]
    fn an_empty_profile_is_all_unknown_and_uses_today() {
        let a = assess(&json!({}), day("2026-03-15"), Locale::En).unwrap();
        assert_eq!(a.as_of, "2026-03-15");
        assert_eq!(a.results.len(), 8);
        assert!(a.results.iter().any(|r| !r.missing_facts.is_empty()));
    }

    #[test]
    fn a_bad_date_is_a_localized_error_naming_the_field() {
        let e =
            assess(&json!({"applicant": {"date_of_birth": "1990-02-30"}}), day("2026-03-15"), Locale::En).unwrap_err();
        assert_eq!(e.message_id, "error-profile");
        let text = e.localized(Locale::En);
        assert!(text.contains("applicant.date_of_birth"), "{text}");
    }

    #[test]
    fn the_submission_date_is_the_as_of_date() {
        let a = assess(&json!({"submission_date": "2025-01-02"}), day("2026-03-15"), Locale::ZhHans).unwrap();
        assert_eq!(a.as_of, "2025-01-02");
    }
}
