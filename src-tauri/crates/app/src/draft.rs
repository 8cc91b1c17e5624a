//! The window's place: which screen was open and the interview not yet finished, kept in the data
//! folder so that closing the window loses nothing and the next start offers it again.

use serde::{Deserialize, Serialize};
use std::path::Path;
use talentnav_core::{UserError, fsutil::write_atomic};
use talentnav_i18n::Locale;
use ts_rs::TS;

pub const FILE_NAME: &str = "window-state.json";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, TS)]
pub struct WindowState {
    /// The screen last shown: `start`, `interview`, `guided`, `results`, `compare`.
    pub screen: String,
    /// The interview step last shown.
    #[serde(default)]
    pub step: usize,
    /// The answers so far (a profile being filled in), or none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "Record<string, unknown>")]
    pub profile: Option<serde_json::Value>,
    /// Questions passed over in the guided mode.
    #[serde(default)]
    pub skipped: Vec<String>,
}

/// The stored state; none when there is none or it cannot be read (a damaged file must never keep the
/// window from starting).
pub fn load(data_dir: &Path) -> Option<WindowState> {
    let bytes = std::fs::read(data_dir.join(FILE_NAME)).ok()?;
    serde_json::from_slice(&bytes).ok()
}

pub fn save(data_dir: &Path, state: &WindowState, locale: Locale) -> Result<(), UserError> {
    talentnav_core::fsutil::create_private_dir(data_dir).map_err(|e| UserError::io(data_dir, &e, locale))?;
    let file = data_dir.join(FILE_NAME);
    let bytes = serde_json::to_vec(state).map_err(UserError::internal)?;
    write_atomic(&file, &bytes).map_err(|e| UserError::io(&file, &e, locale))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn state_survives_a_restart_and_a_damaged_file_is_ignored() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(load(dir.path()), None);
        let s = WindowState {
            screen: "interview".into(),
            step: 3,
            profile: Some(serde_json::json!({"applicant": {"date_of_birth": "1990-01-01"}})),
            skipped: vec!["applicant.income".into()],
        };
        save(dir.path(), &s, Locale::En).unwrap();
        assert_eq!(load(dir.path()), Some(s));
        std::fs::write(dir.path().join(FILE_NAME), b"{").unwrap();
        assert_eq!(load(dir.path()), None);
    }
}
