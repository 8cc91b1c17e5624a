//! Applications in the client files: create one (its checklist from the pack for the household),
//! list, show with its documents in words, change its status, regenerate its checklist.

use crate::{Env, documents, store::with_store};
use serde::Serialize;
use talentnav_core::UserError;
use talentnav_i18n::{Locale, args, message};
use talentnav_rules::{profile::Profile, report::message_id};
use talentnav_store::applications::{Application, Regeneration};

/// A scheme's short name ("TTPS", "高才通").
pub fn scheme_name(locale: Locale, scheme: &str) -> String {
    message(locale, &message_id("scheme", &format!("{scheme}-short")), &args![])
}

/// An application status in words.
pub fn status_label(locale: Locale, status: &str) -> String {
    message(locale, &format!("app-status-{status}"), &args![])
}

/// What a new application is for.
#[derive(Debug, Clone, Default)]
pub struct NewApplication {
    pub client_id: i64,
    pub scheme: String,
    pub route: Option<String>,
    /// `YYYY-MM-DD`, checked by the store.
    pub planned: Option<String>,
}

pub async fn create(env: Env<'_>, new: &NewApplication) -> Result<Application, UserError> {
    with_store(env, async |s| {
        s.create_application(env.pack, new.client_id, &new.scheme, new.route.as_deref(), new.planned.as_deref()).await
    })
    .await
}

/// Every application, or one client's.
pub async fn list(env: Env<'_>, client_id: Option<i64>) -> Result<Vec<Application>, UserError> {
    with_store(env, async |s| s.applications(client_id).await).await
}

/// An application with its documents in words ([`documents::list`]).
pub async fn show(env: Env<'_>, id: i64) -> Result<documents::Checklist, UserError> {
    documents::list(env, id).await
}

pub async fn set_status(env: Env<'_>, id: i64, status: &str) -> Result<Application, UserError> {
    with_store(env, async |s| s.set_application_status(id, status).await).await
}

/// What a regeneration changed, with the added and dropped items in words.
#[derive(Debug, Clone, Serialize)]
pub struct Regenerated {
    #[serde(flatten)]
    pub changes: Regeneration,
    #[serde(skip)]
    pub added_names: Vec<String>,
    #[serde(skip)]
    pub obsolete_names: Vec<String>,
}

/// Rebuilds the checklist from the client's current profile and the process's pack.
pub async fn regenerate(env: Env<'_>, id: i64) -> Result<Regenerated, UserError> {
    let (changes, profile) = with_store(env, async |s| {
        let r = s.regenerate(env.pack, id).await?;
        let app = s.application(id).await?;
        Ok((r, s.client_profile(app.client_id).await?))
    })
    .await?;
    let names = |keys: &[String]| keys.iter().map(|k| item_key_name(env.locale, &profile, k)).collect();
    Ok(Regenerated { added_names: names(&changes.added), obsolete_names: names(&changes.made_obsolete), changes })
}

/// A checklist item key (`document@party`) in words: "Valid travel document — Spouse".
pub fn item_key_name(locale: Locale, profile: &Profile, key: &str) -> String {
    let (document, party) = key.split_once('@').unwrap_or((key, ""));
    match talentnav_rules::documents::Party::parse(party) {
        Some(party) => {
            let who = talentnav_rules::documents::party_label(locale, profile, party);
            format!("{} — {who}", documents::document_name(locale, document))
        }
        None => documents::document_name(locale, document),
    }
}
