//! Warnings for the applications in progress, as of a date, in words.

use crate::{Env, documents::document_name, store::with_store};
use serde::Serialize;
use talentnav_core::UserError;
use talentnav_i18n::{ArgValue, message};
use talentnav_rules::date::Date;

#[derive(Debug, Clone, Serialize)]
pub struct WarningView {
    pub client_id: i64,
    pub application_id: i64,
    /// travel_document_expires | income_not_covered | child_turns_18 | document_expires
    pub kind: &'static str,
    pub message: String,
}

pub async fn list(env: Env<'_>, as_of: Date) -> Result<Vec<WarningView>, UserError> {
    let list = with_store(env, async |s| s.warnings(env.pack, as_of).await).await?;
    Ok(list
        .into_iter()
        .map(|w| {
            // The document a warning names is shown by its name, not its id.
            let mut a = w.args.clone();
            if let Some(ArgValue::Text(document)) = w.args.get("document") {
                a.insert("document".into(), document_name(env.locale, document).into());
            }
            WarningView {
                client_id: w.client_id,
                application_id: w.application_id,
                kind: w.kind,
                message: message(env.locale, w.message_id, &a),
            }
        })
        .collect())
}
