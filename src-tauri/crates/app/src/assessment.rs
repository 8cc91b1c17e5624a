//! Assess a profile, as the window holds it (JSON being filled in), on a date, in a language.

use crate::path;
use serde_json::Value;
use std::{
    fs::File,
    io::{BufRead, BufReader},
    path::Path,
};
use talentnav_core::UserError;
use talentnav_i18n::{Locale, args};
use talentnav_rules::{date::Date, input::InputError, pack::Pack, profile::Profile, report::Assessment};

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
pub fn assess(pack: &Pack, profile: &Value, today: Date, locale: Locale) -> Result<Assessment, UserError> {
    let p = parse(profile, locale)?;
    Ok(assess_profile(pack, &p, as_of(&p, today), locale))
}

/// A validated profile assessed against `pack` on `on`: the one place both doors reach the engine.
pub fn assess_profile(pack: &Pack, profile: &Profile, on: Date, locale: Locale) -> Assessment {
    talentnav_rules::assess(pack, profile, on, locale)
}

/// The published JSON Schema of `talentnav.profile/1`.
pub fn profile_schema() -> Value {
    talentnav_rules::profile::json_schema()
}

/// The day a profile file is judged on: the date asked for, else its planned submission date; a
/// file with neither is refused (a command line has no "today" by default: answers must be repeatable).
pub fn effective_date(profile: &Profile, as_of: Option<Date>) -> Result<Date, InputError> {
    as_of
        .or(profile.submission_date.map(|d| d.0))
        .ok_or(InputError { message_id: "profile-error-no-date", args: args![] })
}

/// A profile file assessed as of `as_of` (else its submission date).
pub fn assess_file(pack: &Pack, file: &Path, as_of: Option<Date>, locale: Locale) -> Result<Assessment, UserError> {
    let profile = crate::profile_file::read(file, locale)?;
    let day = effective_date(&profile, as_of).map_err(|e| input_error(&e, locale))?;
    Ok(assess_profile(pack, &profile, day, locale))
}

/// One line of a batch (`.jsonl`, one profile a line; blank lines skipped), numbered from 1.
pub enum BatchLine {
    Assessed {
        line: usize,
        assessment: Box<Assessment>,
    },
    /// The line's profile is refused; the rest are still assessed.
    Refused {
        line: usize,
        error: InputError,
    },
}

/// Assesses a batch file line by line, streamed (memory stays flat however long the file). An item is
/// an error only when the file itself cannot be read on.
pub fn assess_batch<'a>(
    pack: &'a Pack,
    file: &'a Path,
    as_of: Option<Date>,
    locale: Locale,
) -> Result<impl Iterator<Item = Result<BatchLine, UserError>> + 'a, UserError> {
    let f = File::open(file).map_err(|e| UserError::io(file, &e, locale))?;
    let lines = BufReader::with_capacity(1 << 20, f).split(b'\n').enumerate();
    Ok(lines.filter_map(move |(n, bytes)| {
        let line = n + 1;
        let bytes = match bytes {
            Ok(b) => b,
            Err(e) => return Some(Err(UserError::io(file, &e, locale))),
        };
        let bytes = bytes.strip_suffix(b"\r").unwrap_or(&bytes);
        if bytes.iter().all(u8::is_ascii_whitespace) {
            return None;
        }
        let outcome =
            talentnav_rules::input::parse_profile(bytes).and_then(|p| effective_date(&p, as_of).map(|d| (p, d)));
        Some(Ok(match outcome {
            Ok((p, day)) => BatchLine::Assessed { line, assessment: Box::new(assess_profile(pack, &p, day, locale)) },
            Err(error) => BatchLine::Refused { line, error },
        }))
    }))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use talentnav_rules::pack::embedded_pack;

    fn day(s: &str) -> Date {
        talentnav_rules::date::parse(s).unwrap()
    }

    #[test]
    fn an_empty_profile_is_all_unknown_and_uses_today() {
        let a = assess(embedded_pack(), &json!({}), day("2026-03-15"), Locale::En).unwrap();
        assert_eq!(a.as_of, "2026-03-15");
        assert_eq!(a.results.len(), 8);
        assert!(a.results.iter().any(|r| !r.missing_facts.is_empty()));
    }

    #[test]
    fn a_bad_date_is_a_localized_error_naming_the_field() {
        let e = assess(
            embedded_pack(),
            &json!({"applicant": {"date_of_birth": "1990-02-30"}}),
            day("2026-03-15"),
            Locale::En,
        )
        .unwrap_err();
        assert_eq!(e.message_id, "error-profile");
        let text = e.localized(Locale::En);
        assert!(text.contains("applicant.date_of_birth"), "{text}");
    }

    #[test]
    fn the_submission_date_is_the_as_of_date() {
        let a = assess(embedded_pack(), &json!({"submission_date": "2025-01-02"}), day("2026-03-15"), Locale::ZhHans)
            .unwrap();
        assert_eq!(a.as_of, "2025-01-02");
    }
}
