//! Warnings for the applications in progress, as of a date, in words.

use crate::{
    Env,
    applications::{item_key_name, scheme_name},
    clients::name_text,
    documents::document_name,
    store::with_store,
};
use serde::Serialize;
use std::collections::HashMap;
use talentnav_core::UserError;
use talentnav_i18n::{ArgValue, Locale, args, message};
use talentnav_rules::{date::Date, input::profile_from_value};
use talentnav_store::warnings::{MissingItems, Warning};
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct WarningView {
    #[ts(type = "number")]
    pub client_id: i64,
    #[ts(type = "number")]
    pub application_id: i64,
    /// The document item it is about, when it is about one.
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "number")]
    pub item_id: Option<i64>,
    /// travel_document_expires | income_not_covered | child_turns_18 | document_expires | missing_items
    pub kind: &'static str,
    pub message: String,
    /// Whose file it is (the dashboard names the client; the CLI's list leaves it out).
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub client_name: Option<String>,
}

/// A store warning in words; the document it names by its name, not its id.
pub fn in_words(locale: Locale, w: Warning, client_name: Option<String>) -> WarningView {
    let mut a = w.args.clone();
    if let Some(ArgValue::Text(document)) = w.args.get("document") {
        a.insert("document".into(), document_name(locale, document).into());
    }
    let item_id = match w.args.get("item") {
        Some(ArgValue::Number(n)) => Some(*n as i64),
        _ => None,
    };
    WarningView {
        client_id: w.client_id,
        application_id: w.application_id,
        item_id,
        kind: w.kind,
        message: message(locale, w.message_id, &a),
        client_name,
    }
}

/// An application's documents still missing, in words: "GEP: 7 documents still missing: Valid travel
/// document — Spouse · WONG Mei, … and 4 more (submission planned on 30 Jun 2027)", linking to the first.
pub fn missing_in_words(locale: Locale, as_of: Date, m: MissingItems) -> WarningView {
    let profile = serde_json::from_str(&m.profile_json).ok().and_then(|v| profile_from_value(v).ok());
    let names: Vec<String> = m
        .first
        .iter()
        .map(|(_, key)| match &profile {
            Some(p) => item_key_name(locale, p, key),
            None => document_name(locale, key.split('@').next().unwrap_or(key)),
        })
        .collect();
    let planned = m.planned_submission_date.as_deref().and_then(talentnav_rules::date::parse);
    let when = match planned {
        None => "none",
        Some(d) if d < as_of => "past",
        Some(_) => "planned",
    };
    let a = args![
        ("scheme", scheme_name(locale, &m.scheme)),
        ("count", m.count),
        ("names", names.join(&message(locale, "warn-missing-separator", &args![]))),
        ("more", (m.count - names.len() as i64).max(0)),
        ("when", when),
        ("submit", m.planned_submission_date.clone().unwrap_or_default())
    ];
    WarningView {
        client_id: m.client_id,
        application_id: m.application_id,
        item_id: m.first.first().map(|(id, _)| *id),
        kind: "missing_items",
        message: message(locale, "warn-missing-items", &a),
        client_name: Some(name_text(m.client_id, m.family_name, m.given_name, m.chinese_name)),
    }
}

/// Every warning across all clients as of a date, each naming its client (the window's dashboard),
/// then each application's documents still missing, by planned submission.
pub async fn dashboard(env: Env<'_>, as_of: Date) -> Result<Vec<WarningView>, UserError> {
    let (list, names, missing) = with_store(env, async |s| {
        let list = s.warnings(env.pack, as_of).await?;
        let mut names = HashMap::new();
        for w in &list {
            if let std::collections::hash_map::Entry::Vacant(v) = names.entry(w.client_id) {
                v.insert(crate::clients::display_name(&s.client(w.client_id).await?));
            }
        }
        Ok((list, names, s.missing_items().await?))
    })
    .await?;
    let warnings = list.into_iter().map(|w| {
        let n = names.get(&w.client_id).cloned();
        in_words(env.locale, w, n)
    });
    Ok(warnings.chain(missing.into_iter().map(|m| missing_in_words(env.locale, as_of, m))).collect())
}

pub async fn list(env: Env<'_>, as_of: Date) -> Result<Vec<WarningView>, UserError> {
    let list = with_store(env, async |s| s.warnings(env.pack, as_of).await).await?;
    Ok(list.into_iter().map(|w| in_words(env.locale, w, None)).collect())
}
