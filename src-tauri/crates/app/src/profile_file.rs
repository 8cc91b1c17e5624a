//! Profile files (`talentnav.profile/1` JSON): what is written is validated first, and what is read is
//! refused with the contract's one-line error (naming the path) before the window sees any of it.

use crate::{assessment, path};
use serde::Serialize;
use serde_json::Value;
use std::{io::Read, path::Path};
use talentnav_core::UserError;
use talentnav_i18n::Locale;
use talentnav_rules::{
    input::{MAX_BYTES, parse_profile, too_large},
    profile::Profile,
};
use ts_rs::TS;

/// What a save dialog wrote: the file's name (never its path) to show the person.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Saved {
    pub file_name: String,
}

/// The file's bytes: the known answers only, pretty-printed.
pub fn to_bytes(profile: &Value, locale: Locale) -> Result<Vec<u8>, UserError> {
    assessment::parse(profile, locale)?;
    let mut v = path::clean(profile);
    if let Some(obj) = v.as_object_mut() {
        obj.insert("schema".into(), Value::from(talentnav_rules::profile::SCHEMA_ID));
    }
    let mut out = serde_json::to_vec_pretty(&v).map_err(UserError::internal)?;
    out.push(b'\n');
    Ok(out)
}

/// A profile read from a file's bytes, validated.
pub fn from_bytes(bytes: &[u8], locale: Locale) -> Result<Value, UserError> {
    parse_profile(bytes).map_err(|e| assessment::input_error(&e, locale))?;
    let v: Value = serde_json::from_slice(bytes).map_err(UserError::internal)?;
    Ok(path::clean(&v))
}

/// Writes the profile atomically, owner-only, by the output policy (never a folder or a path inside
/// `data_dir`): an existing file is replaced only by a complete one.
pub fn save(data_dir: &Path, file: &Path, profile: &Value, locale: Locale) -> Result<(), UserError> {
    let bytes = to_bytes(profile, locale)?;
    crate::output::write(data_dir, file, &bytes, locale)
}

/// A file's bytes, refusing anything over the profile contract's size limit before reading it.
pub fn read_limited(file: &Path, locale: Locale) -> Result<Vec<u8>, UserError> {
    let io = |e: &std::io::Error| UserError::io(file, e, locale);
    let f = std::fs::File::open(file).map_err(|e| io(&e))?;
    let len = f.metadata().map_err(|e| io(&e))?.len();
    if len > MAX_BYTES as u64 {
        return Err(assessment::input_error(&too_large(len), locale));
    }
    let mut bytes = Vec::with_capacity(len as usize);
    f.take(MAX_BYTES as u64 + 1).read_to_end(&mut bytes).map_err(|e| io(&e))?;
    Ok(bytes)
}

/// A profile file, validated (types, dates, consistency), as the engine takes it.
pub fn read(file: &Path, locale: Locale) -> Result<Profile, UserError> {
    parse_profile(&read_limited(file, locale)?).map_err(|e| assessment::input_error(&e, locale))
}

/// Reads a profile file, refusing one over the contract's size limit before reading it.
pub fn open(file: &Path, locale: Locale) -> Result<Value, UserError> {
    let io = |e: &std::io::Error| UserError::io(file, e, locale);
    let size = std::fs::metadata(file).map_err(|e| io(&e))?.len();
    if size > MAX_BYTES as u64 {
        return Err(assessment::input_error(&too_large(size), locale));
    }
    from_bytes(&std::fs::read(file).map_err(|e| io(&e))?, locale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn saved_and_opened_profiles_are_the_same_and_bad_files_are_refused() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("me.json");
        let p = json!({"submission_date": "2026-03-15", "applicant": {"date_of_birth": "1990-01-01", "income": [], "name": null}});
        let data = dir.path().join("data");
        save(&data, &file, &p, Locale::En).unwrap();
        let back = open(&file, Locale::En).unwrap();
        assert_eq!(
            back,
            json!({"schema": "talentnav.profile/1", "submission_date": "2026-03-15", "applicant": {"date_of_birth": "1990-01-01", "income": []}})
        );

        std::fs::write(&file, b"{ not json").unwrap();
        let e = open(&file, Locale::En).unwrap_err();
        assert_eq!(e.message_id, "error-profile");
        std::fs::write(&file, br#"{"schema":"talentnav.profile/1","applicant":{"date_of_birth":"2001-02-29"}}"#)
            .unwrap();
        assert!(open(&file, Locale::ZhHant).unwrap_err().localized(Locale::ZhHant).contains("applicant.date_of_birth"));
        assert_eq!(open(&dir.path().join("absent.json"), Locale::En).unwrap_err().message_id, "error-io");

        // A profile that does not validate is not written, and the old file stays.
        save(&data, &file, &p, Locale::En).unwrap();
        assert!(save(&data, &file, &json!({"applicant": {"date_of_birth": "x"}}), Locale::En).is_err());
        assert_eq!(open(&file, Locale::En).unwrap(), back);
        // Never inside the data folder.
        std::fs::create_dir(&data).unwrap();
        let inside = data.join("profile.json");
        let e = save(&data, &inside, &p, Locale::En).unwrap_err();
        assert_eq!(e.message_id, "error-output-in-data-folder");
        assert!(!inside.exists());
        assert_eq!(open(&file, Locale::En).unwrap(), back);
    }
}
