//! Warnings for the applications in progress, as of a date, in words.

use crate::{Env, documents::document_name, store::with_store};
use serde::Serialize;
use std::collections::HashMap;
use talentnav_core::UserError;
use talentnav_i18n::{ArgValue, Locale, message};
use talentnav_rules::date::Date;
use talentnav_store::warnings::Warning;
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
    /// travel_document_expires | income_not_covered | child_turns_18 | document_expires
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

/// Every warning across all clients as of a date, each naming its client (the window's dashboard).
pub async fn dashboard(env: Env<'_>, as_of: Date) -> Result<Vec<WarningView>, UserError> {
    let (list, names) = with_store(env, async |s| {
        let list = s.warnings(env.pack, as_of).await?;
        let mut names = HashMap::new();
        for w in &list {
            if let std::collections::hash_map::Entry::Vacant(v) = names.entry(w.client_id) {
                v.insert(crate::clients::display_name(&s.client(w.client_id).await?));
            }
        }
        Ok((list, names))
    })
    .await?;
    Ok(list
        .into_iter()
        .map(|w| {
            let n = names.get(&w.client_id).cloned();
            in_words(env.locale, w, n)
        })
        .collect())
}

pub async fn list(env: Env<'_>, as_of: Date) -> Result<Vec<WarningView>, UserError> {
    let list = with_store(env, async |s| s.warnings(env.pack, as_of).await).await?;
    Ok(list.into_iter().map(|w| in_words(env.locale, w, None)).collect())
}
