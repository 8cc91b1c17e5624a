//! The few preferences the app remembers (today: the language), in `settings.json` in the data folder.

use crate::fsutil;
use serde::{Deserialize, Serialize};
use std::{io, path::Path};
use talentnav_i18n::{Locale, negotiate};

pub const FILE_NAME: &str = "settings.json";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Settings {
    /// The language chosen in the window; absent until the user picks one.
    #[serde(default, skip_serializing_if = "Option::is_none", deserialize_with = "lenient_locale")]
    pub language: Option<Locale>,
    /// Where rule-pack updates are fetched from (a static file host with `index.json`); absent
    /// until set. `TALENTNAV_RULES_URL` overrides it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub rules_url: Option<String>,
}

/// A language this version does not know (say, from a newer version) is treated as not chosen.
fn lenient_locale<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Locale>, D::Error> {
    let tag: Option<String> = Option::deserialize(d).unwrap_or(None);
    Ok(tag.as_deref().and_then(Locale::from_tag))
}

impl Settings {
    /// The stored settings; defaults when there are none or the file cannot be read as settings,
    /// because a damaged preferences file must never keep the app from starting.
    pub fn load(data_dir: &Path) -> Settings {
        std::fs::read(data_dir.join(FILE_NAME))
            .ok()
            .and_then(|bytes| serde_json::from_slice(&bytes).ok())
            .unwrap_or_default()
    }

    pub fn save(&self, data_dir: &Path) -> io::Result<()> {
        fsutil::create_private_dir(data_dir)?;
        let json = serde_json::to_vec_pretty(self).map_err(io::Error::other)?;
        fsutil::write_atomic(&data_dir.join(FILE_NAME), &json)
    }

    /// The language to speak: an explicit request, else the remembered choice, else the OS's.
    pub fn locale(&self, requested: Option<Locale>, os_preferences: &[String]) -> Locale {
        requested.or(self.language).unwrap_or_else(|| negotiate(os_preferences))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn remembers_the_language_across_loads() {
        let dir = tempfile::tempdir().unwrap();
        let data = dir.path().join("data");
        assert_eq!(Settings::load(&data), Settings::default());
        Settings { language: Some(Locale::ZhHans), ..Settings::default() }.save(&data).unwrap();
        assert_eq!(Settings::load(&data).language, Some(Locale::ZhHans));
    }

    #[test]
    fn a_damaged_or_foreign_file_gives_defaults() {
        let dir = tempfile::tempdir().unwrap();
        for content in ["{not json", r#"{"language": "fr"}"#, r#"{"language": 3}"#, "[]"] {
            std::fs::write(dir.path().join(FILE_NAME), content).unwrap();
            assert_eq!(Settings::load(dir.path()).language, None, "{content}");
        }
    }

    #[test]
    fn request_beats_memory_beats_the_os() {
        let os = vec!["zh-TW".to_string()];
        let remembered = Settings { language: Some(Locale::ZhHans), ..Settings::default() };
        assert_eq!(remembered.locale(Some(Locale::En), &os), Locale::En);
        assert_eq!(remembered.locale(None, &os), Locale::ZhHans);
        assert_eq!(Settings::default().locale(None, &os), Locale::ZhHant);
    }
}
