//! The UNCONFIRMED register as the pack holds it (`register.toml`): each point the official texts
//! leave open, with its sources and its own words in every locale (what is open, as a phrase; and the
//! review reason: what is open and what to ask the Immigration Department), so a person is never shown
//! the code itself and a pack loaded at run time can add an item without a new app.

use crate::message::{Msg, msg};
use serde::{Deserialize, Serialize};
use talentnav_i18n::{Locale, args};

/// A text in each locale of the app. Load refuses a missing or empty one.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub en: String,
    #[serde(rename = "zh-Hant")]
    pub zh_hant: String,
    #[serde(rename = "zh-Hans")]
    pub zh_hans: String,
}

impl Localized {
    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::En => &self.en,
            Locale::ZhHant => &self.zh_hant,
            Locale::ZhHans => &self.zh_hans,
        }
    }

    /// As the catalogue's `register-text`, which shows the text of the locale it is formatted in.
    fn message(&self) -> Msg {
        self.inside("register-text")
    }

    /// As the `$text` of the catalogue's message `id`, in the locale that message is formatted in.
    fn inside(&self, id: &'static str) -> Msg {
        let a = Locale::ALL.map(|l| (format!("text-{}", l.tag()), self.get(l)));
        msg(id, a.into_iter().map(|(k, v)| (k, v.into())).collect())
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct RegisterItem {
    pub code: String,
    pub sources: Vec<String>,
    /// What is open, as a phrase inside another sentence.
    pub open: Localized,
    /// The review reason: what is open, and what to ask the Immigration Department.
    pub review: Localized,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub(super) struct Register {
    pub item: Vec<RegisterItem>,
}

/// The review reason for `code`: the item's own words, or, for a code the register does not have
/// (load refuses such a pack), the general "the official text leaves this open".
pub fn reason(items: &[RegisterItem], code: &str) -> Msg {
    match items.iter().find(|i| i.code == code) {
        Some(i) => i.review.message(),
        None => msg("review-open", args![]),
    }
}

/// A brief line naming what `code` leaves open, for a list that says it in full elsewhere.
pub fn brief(items: &[RegisterItem], code: &str) -> Msg {
    match items.iter().find(|i| i.code == code) {
        Some(i) => i.open.inside("doc-note-unconfirmed"),
        None => msg("review-open", args![]),
    }
}

/// What `code` leaves open, as a phrase, in `locale` (the general phrase for an unknown code).
pub fn phrase(items: &[RegisterItem], code: &str, locale: Locale) -> String {
    match items.iter().find(|i| i.code == code) {
        Some(i) => i.open.get(locale).to_string(),
        None => talentnav_i18n::message(locale, "unconfirmed-other", &args![]),
    }
}
