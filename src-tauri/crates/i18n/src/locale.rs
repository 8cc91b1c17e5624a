use serde::{Deserialize, Serialize};
use ts_rs::TS;
use unic_langid::LanguageIdentifier;

/// The three languages the product speaks. Serialized as its BCP 47 tag.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
pub enum Locale {
    #[serde(rename = "en")]
    En,
    #[serde(rename = "zh-Hant")]
    ZhHant,
    #[serde(rename = "zh-Hans")]
    ZhHans,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::ZhHant, Locale::ZhHans];

    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::ZhHant => "zh-Hant",
            Locale::ZhHans => "zh-Hans",
        }
    }

    /// Exactly one of our own tags (`en`, `zh-Hant`, `zh-Hans`), as stored in settings.
    pub fn from_tag(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }

    pub fn langid(self) -> LanguageIdentifier {
        self.tag().parse().expect("our own tags are valid BCP 47")
    }
}

impl std::fmt::Display for Locale {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.tag())
    }
}

/// Picks the language for a list of preferences, best first (OS locales, `--lang`, a stored setting).
///
/// The first preference we can serve wins: any Chinese written in Traditional script (zh-HK, zh-TW,
/// zh-MO, zh-Hant, Cantonese) gives zh-Hant, Simplified script (zh-CN, zh-SG, zh-Hans, bare zh)
/// gives zh-Hans, any English gives en. When none can be served the answer is en. Negotiation happens
/// here only: the UI receives the result, because @fluent/langneg sends zh-CN to zh-Hant.
pub fn negotiate<S: AsRef<str>>(preferences: &[S]) -> Locale {
    preferences.iter().find_map(|p| servable(p.as_ref())).unwrap_or(Locale::En)
}

/// A language asked for by name (`--lang zh-HK`): negotiated like an OS preference, so any valid tag
/// gives an answer; `None` only when `tag` is not a language tag at all.
pub fn negotiate_request(tag: &str) -> Option<Locale> {
    let bcp47 = tag.trim().replace('_', "-");
    if bcp47.is_empty() || bcp47.parse::<LanguageIdentifier>().is_err() {
        return None;
    }
    Some(servable(&bcp47).unwrap_or(Locale::En))
}

fn servable(tag: &str) -> Option<Locale> {
    // POSIX locales look like `zh_HK.UTF-8@euro`; BCP 47 wants `zh-HK`.
    let bcp47 = tag.split(['.', '@']).next()?.trim().replace('_', "-");
    let mut id: LanguageIdentifier = bcp47.parse().ok()?;
    match id.language.as_str() {
        "en" => Some(Locale::En),
        "zh" | "yue" => {
            id.maximize();
            match id.script.as_ref().map(|s| s.as_str()) {
                Some("Hans") => Some(Locale::ZhHans),
                _ => Some(Locale::ZhHant),
            }
        }
        _ => None,
    }
}

/// The user's OS language preferences, best first (LANGUAGE/LC_ALL/LC_MESSAGES/LANG on Linux).
pub fn os_preferences() -> Vec<String> {
    sys_locale::get_locales().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_follows_the_documented_table() {
        let table = [
            ("zh-HK", Locale::ZhHant),
            ("zh-TW", Locale::ZhHant),
            ("zh-MO", Locale::ZhHant),
            ("zh-Hant", Locale::ZhHant),
            ("zh-Hant-HK", Locale::ZhHant),
            ("zh_HK.UTF-8", Locale::ZhHant),
            ("yue", Locale::ZhHant),
            ("zh-CN", Locale::ZhHans),
            ("zh-SG", Locale::ZhHans),
            ("zh-Hans", Locale::ZhHans),
            ("zh-Hans-HK", Locale::ZhHans),
            ("zh", Locale::ZhHans),
            ("zh_CN.GB18030", Locale::ZhHans),
            ("en", Locale::En),
            ("en-GB", Locale::En),
            ("en_US.UTF-8", Locale::En),
            ("fr", Locale::En),
            ("ja-JP", Locale::En),
            ("C", Locale::En),
            ("POSIX", Locale::En),
            ("", Locale::En),
            ("not a tag!", Locale::En),
        ];
        for (requested, expected) in table {
            assert_eq!(negotiate(&[requested]), expected, "requested {requested:?}");
        }
    }

    #[test]
    fn the_first_servable_preference_wins() {
        assert_eq!(negotiate(&["fr-FR", "zh-TW", "en"]), Locale::ZhHant);
        assert_eq!(negotiate(&["de", "es"]), Locale::En);
        assert_eq!(negotiate::<&str>(&[]), Locale::En);
        assert_eq!(negotiate(&["en-HK", "zh-HK"]), Locale::En);
    }

    #[test]
    fn an_explicit_request_needs_a_real_tag() {
        assert_eq!(negotiate_request("zh-HK"), Some(Locale::ZhHant));
        assert_eq!(negotiate_request("zh_CN"), Some(Locale::ZhHans));
        assert_eq!(negotiate_request("fr"), Some(Locale::En));
        assert_eq!(negotiate_request(""), None);
        assert_eq!(negotiate_request("chinese please"), None);
    }

    #[test]
    fn tags_round_trip() {
        for l in Locale::ALL {
            assert_eq!(Locale::from_tag(l.tag()), Some(l));
            assert_eq!(serde_json::to_string(&l).unwrap(), format!("\"{}\"", l.tag()));
        }
        assert_eq!(Locale::from_tag("zh-HK"), None);
    }
}
