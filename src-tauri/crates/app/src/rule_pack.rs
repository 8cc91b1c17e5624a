//! The rule pack the process runs with, chosen once, and what a person may ask of it: its identity,
//! its sources, any criterion's version in force on a date.

use serde::Serialize;
use std::path::Path;
use talentnav_core::UserError;
use talentnav_i18n::{Locale, args, message};
use talentnav_rules::{
    date::Date,
    pack::{Pack, PackInfo, RuleVersion},
    profile::Day,
};
use talentnav_update::{ActivePack, Notice};

/// The rules this process runs with, and what the person must be told about that choice.
#[derive(Clone)]
pub struct Chosen {
    /// The installed update, verified again now, or the built-in pack.
    pub active: &'static ActivePack,
    /// Set when an installed update was missing or failed verification and the built-in pack is used.
    pub fallback: Option<Notice>,
}

impl Chosen {
    pub fn pack(&self) -> &'static Pack {
        self.active.pack()
    }
}

/// The one place a pack is chosen: both doors call it at start and pass the result down. Held for
/// the life of the process, so every answer in one run comes from one pack.
pub fn choose(data_dir: &Path) -> Chosen {
    let (active, fallback) = talentnav_update::load_active(data_dir);
    Chosen { active: Box::leak(Box::new(active)), fallback }
}

/// The pack's identity: id, version, SHA-256 (also in every assessment).
pub fn identity(pack: &Pack) -> &PackInfo {
    &pack.info
}

/// A source the pack cites, with the date it was last revised.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct SourceView {
    pub id: String,
    pub title: String,
    pub url: Option<String>,
    pub revised: String,
}

fn source_views<'a>(pack: &Pack, locale: Locale, ids: impl IntoIterator<Item = &'a String>) -> Vec<SourceView> {
    ids.into_iter()
        .filter_map(|id| {
            pack.source(id).map(|s| SourceView {
                id: id.clone(),
                title: s.title_in(locale).to_owned(),
                url: s.url.clone(),
                revised: s.revised.0.to_string(),
            })
        })
        .collect()
}

/// Every source the pack cites, in natural order (S1, S2, … S13), titled in `locale`.
pub fn sources(pack: &Pack, locale: Locale) -> Vec<SourceView> {
    let mut ids: Vec<&String> = pack.sources.keys().collect();
    ids.sort_by_key(|id| natural_key(id));
    source_views(pack, locale, ids)
}

/// `S13` -> ("S", 13, ""): letters, then the number as a number, then the rest.
fn natural_key(id: &str) -> (&str, u64, &str) {
    let digits = id.find(|c: char| c.is_ascii_digit()).unwrap_or(id.len());
    let end = id[digits..].find(|c: char| !c.is_ascii_digit()).map_or(id.len(), |e| digits + e);
    (&id[..digits], id[digits..end].parse().unwrap_or(0), &id[end..])
}

/// A criterion's version in force on a day: its check and values, its period, its sources.
#[derive(Debug, Clone, Serialize)]
pub struct RuleInForce {
    pub as_of: String,
    pub id: String,
    pub scheme: String,
    pub check: serde_json::Value,
    pub from: Option<String>,
    pub to: Option<String>,
    pub sources: Vec<SourceView>,
    /// The criterion's label with this version's values, in the chosen language.
    pub label: String,
    /// The period in words.
    #[serde(skip)]
    pub period: String,
    /// Each parameter of `check` as a person reads it: a register item by what it leaves open, dates
    /// and countries in the chosen language (never a bare code).
    #[serde(skip)]
    pub values: Vec<(String, String)>,
}

/// A parameter of a criterion in words (see [`RuleInForce::values`]).
fn shown(pack: &Pack, value: &serde_json::Value, locale: Locale) -> String {
    use serde_json::Value;
    match value {
        Value::String(s) if pack.register_item(s).is_some() => {
            talentnav_rules::pack::register::phrase(&pack.register, s, locale)
        }
        Value::String(s) if talentnav_rules::date::parse(s).is_some() => talentnav_i18n::format::iso_date(s, locale),
        Value::String(s) => s.clone(),
        // Thresholds are written as whole numbers in the pack; print them that way.
        Value::Number(n) if n.as_f64().is_some_and(|f| f.fract() == 0.0 && f.abs() < 1e15) => {
            format!("{}", n.as_f64().unwrap_or_default() as i64)
        }
        Value::Object(o) => o
            .iter()
            .map(|(k, v)| match (k.as_str(), v) {
                ("list_countries", Value::Array(codes)) => {
                    let names: Vec<String> = codes
                        .iter()
                        .filter_map(Value::as_str)
                        .map(|c| talentnav_i18n::names::country_name(locale, c))
                        .collect();
                    format!("{k}: {}", talentnav_i18n::names::list(locale, &names))
                }
                _ => format!("{k}: {}", shown(pack, v, locale)),
            })
            .collect::<Vec<_>>()
            .join("; "),
        Value::Array(items) => items.iter().map(|v| shown(pack, v, locale)).collect::<Vec<_>>().join(", "),
        other => other.to_string(),
    }
}

/// The version of criterion `id` in force on `as_of`; an unknown id, or a day no version covers
/// (the error lists the periods there are), is refused.
pub fn show(pack: &Pack, id: &str, as_of: Date, locale: Locale) -> Result<RuleInForce, UserError> {
    let versions = pack.rule_versions(id);
    if versions.is_empty() {
        return Err(UserError::invalid("rules-error-unknown-rule", args![("id", id)]));
    }
    let in_force = |v: &&RuleVersion| v.from.is_none_or(|f| f.0 <= as_of) && v.to.is_none_or(|t| as_of <= t.0);
    let Some(rule) = versions.iter().find(in_force) else {
        let periods: Vec<String> = versions.iter().map(|v| period(locale, v.from, v.to)).collect();
        return Err(UserError::invalid(
            "rules-error-not-in-force",
            args![("id", id), ("date", as_of.to_string()), ("periods", periods.join("; "))],
        ));
    };
    Ok(RuleInForce {
        as_of: as_of.to_string(),
        id: rule.id.clone(),
        scheme: rule.scheme.clone(),
        check: rule.check.clone(),
        from: rule.from.map(|d| d.0.to_string()),
        to: rule.to.map(|d| d.0.to_string()),
        sources: source_views(pack, locale, &rule.sources),
        label: pack.rule_label(id, as_of, locale).unwrap_or_default(),
        period: period(locale, rule.from, rule.to),
        values: rule
            .check
            .as_object()
            .map(|o| o.iter().map(|(k, v)| (k.clone(), shown(pack, v, locale))).collect())
            .unwrap_or_default(),
    })
}

/// A period in words: "always", "from 2024-11-01", "until …", "from … to …".
pub fn period(locale: Locale, from: Option<Day>, to: Option<Day>) -> String {
    let t = |id: &str, a: &talentnav_i18n::Args| message(locale, id, a);
    match (from, to) {
        (None, None) => t("rules-period-always", &args![]),
        (Some(f), None) => t("rules-period-from", &args![("from", f.0.to_string())]),
        (None, Some(e)) => t("rules-period-until", &args![("to", e.0.to_string())]),
        (Some(f), Some(e)) => t("rules-period-between", &args![("from", f.0.to_string()), ("to", e.0.to_string())]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sources_are_listed_in_natural_order() {
        let ids: Vec<String> =
            sources(talentnav_rules::pack::embedded_pack(), Locale::En).into_iter().map(|s| s.id).collect();
        let at = |id: &str| ids.iter().position(|i| i == id).unwrap_or_else(|| panic!("{id} in {ids:?}"));
        assert!(at("S1") < at("S2") && at("S2") < at("S9") && at("S9") < at("S13") && at("S13") < at("S20"), "{ids:?}");
        assert_eq!(natural_key("S13"), ("S", 13, ""));
    }
}
