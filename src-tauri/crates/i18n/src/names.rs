//! Codes a profile or the rule pack carries, put into words: countries and regions (ISO 3166-1),
//! languages (ISO 639-1, plus yue and cmn) and items of the UNCONFIRMED register. People never read the
//! codes themselves (`GB`, `zh`, `U12`): messages receive the names.
//!
//! Arguments are named for what they carry, and [`crate::message`] puts these into words before
//! formatting, so no caller can forget: `country` (a place), `nationality`, `language`, `languages`
//! (codes separated by commas, shown as a list) and `register` (a register item such as `U12`).

use crate::{ArgValue, Args, Locale, catalog};
use std::borrow::Cow;

/// The name of a country or region as a place (`CN` is the Mainland, as profile-v1 defines it).
pub fn country_name(locale: Locale, code: &str) -> String {
    named(locale, "country", code)
}

/// The name of a country as a nationality: the same as the place except where the catalogue gives a
/// `.nationality` form (`CN`: a Chinese national, not "Mainland China").
pub fn nationality_name(locale: Locale, code: &str) -> String {
    catalog::attribute(locale, &format!("country-{code}"), "nationality").unwrap_or_else(|| country_name(locale, code))
}

/// The name of a currency (ISO 4217); English keeps the code, as the rates pack writes it.
pub fn currency_name(locale: Locale, code: &str) -> String {
    named(locale, "currency", code)
}

/// The name of a language.
pub fn language_name(locale: Locale, code: &str) -> String {
    named(locale, "language-name", code)
}

/// Names joined as a list in the locale: `Chinese, English` or `中文、英文`.
pub fn list(locale: Locale, names: &[String]) -> String {
    names.join(if locale == Locale::En { ", " } else { "、" })
}

/// What an item of the UNCONFIRMED register leaves open, in words.
pub fn register_item(locale: Locale, code: &str) -> String {
    let id = format!("unconfirmed-{code}");
    if catalog::message_exists(locale, &id) {
        catalog::plain(locale, &id, &Args::new())
    } else {
        catalog::plain(locale, "unconfirmed-other", &Args::new())
    }
}

fn named(locale: Locale, kind: &str, code: &str) -> String {
    let id = format!("{kind}-{code}");
    if !code.is_empty() && catalog::message_exists(locale, &id) {
        catalog::plain(locale, &id, &Args::new())
    } else {
        let mut a = Args::new();
        a.insert("code".into(), ArgValue::Text(code.to_string()));
        catalog::plain(locale, &format!("{kind}-unknown"), &a)
    }
}

/// `args` with every code-carrying argument replaced by its name, and `text` set to `text-<locale>`
/// where the caller gave a text in every locale (words that come from a rule pack, not the catalogue);
/// borrowed when there is none.
pub(crate) fn localize_args(locale: Locale, args: &Args) -> Cow<'_, Args> {
    const CODED: [&str; 6] = ["country", "nationality", "language", "languages", "register", "currency"];
    let own = format!("text-{}", locale.tag());
    if !CODED.iter().any(|k| args.contains_key(*k)) && !args.contains_key(&own) {
        return Cow::Borrowed(args);
    }
    let mut out = args.clone();
    if let Some(text) = args.get(&own) {
        out.insert("text".into(), text.clone());
    }
    for key in CODED {
        let Some(ArgValue::Text(code)) = args.get(key) else { continue };
        let name = match key {
            "country" => country_name(locale, code),
            "nationality" => nationality_name(locale, code),
            "language" => language_name(locale, code),
            "currency" => currency_name(locale, code),
            "languages" => {
                let names: Vec<String> = code
                    .split(',')
                    .map(str::trim)
                    .filter(|c| !c.is_empty())
                    .map(|c| language_name(locale, c))
                    .collect();
                list(locale, &names)
            }
            _ => register_item(locale, code),
        };
        out.insert(key.to_string(), ArgValue::Text(name));
    }
    Cow::Owned(out)
}
