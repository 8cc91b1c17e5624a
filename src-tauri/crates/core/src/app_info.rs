//! What the About panel and `talentnav about` show, and the messages the window is given.

use serde::Serialize;
use std::path::Path;
use talentnav_i18n::{Locale, resources};
use talentnav_rules::pack::PackInfo;
use ts_rs::TS;

pub const VERSION: &str = env!("CARGO_PKG_VERSION");

#[derive(Debug, Clone, Serialize, TS)]
pub struct AppInfo {
    pub version: String,
    pub data_dir: String,
    pub rule_pack: PackInfo,
    /// YYYY-MM-DD: the day the rules in use are as of (an installed update's publication date, the
    /// built-in pack's newest source revision).
    pub rules_as_of: String,
}

/// The program, its data folder and the rule pack it runs with (as of its newest source revision; an
/// installed update says its publication date instead, see `talentnav_update::app_info`).
pub fn app_info(data_dir: &Path, pack: &PackInfo) -> AppInfo {
    AppInfo {
        version: VERSION.to_string(),
        data_dir: data_dir.display().to_string(),
        rule_pack: pack.clone(),
        rules_as_of: pack.revised.clone(),
    }
}

/// The Fluent sources the window needs for one language, plus English to fall back on.
#[derive(Debug, Clone, Serialize, TS)]
pub struct LocaleBundle {
    pub locale: Locale,
    pub resources: Vec<String>,
    pub fallback: Vec<String>,
}

pub fn locale_bundle(locale: Locale) -> LocaleBundle {
    let owned = |l: Locale| resources(l).into_iter().map(str::to_string).collect();
    LocaleBundle { locale, resources: owned(locale), fallback: owned(Locale::En) }
}
