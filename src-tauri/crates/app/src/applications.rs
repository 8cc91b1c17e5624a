//! Applications in the client files: create one (its checklist from the pack for the household),
//! list, show with its documents in words, change its status, regenerate its checklist.

use crate::{Env, documents, store::with_store};
use serde::Serialize;
use talentnav_core::UserError;
use talentnav_i18n::{Locale, args, message};
use talentnav_rules::{profile::Profile, report::message_id};
use talentnav_store::applications::{Application, Regeneration};
use ts_rs::TS;

/// A scheme's short name ("TTPS", "高才通").
pub fn scheme_name(locale: Locale, scheme: &str) -> String {
    message(locale, &message_id("scheme", &format!("{scheme}-short")), &args![])
}

/// An application status in words.
pub fn status_label(locale: Locale, status: &str) -> String {
    message(locale, &format!("app-status-{status}"), &args![])
}

/// An application with its scheme and status in words.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ApplicationRow {
    #[serde(flatten)]
    pub application: Application,
    pub scheme_name: String,
    pub status_label: String,
}

pub fn row(locale: Locale, application: Application) -> ApplicationRow {
    ApplicationRow {
        scheme_name: scheme_name(locale, &application.scheme),
        status_label: status_label(locale, &application.status),
        application,
    }
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

/// What regenerating an application's checklist changes (or would change), in words.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ChangeSummary {
    #[ts(type = "number")]
    pub application_id: i64,
    pub scheme_name: String,
    pub added: Vec<String>,
    pub made_obsolete: Vec<String>,
    pub restored: Vec<String>,
}

impl ChangeSummary {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.made_obsolete.is_empty() && self.restored.is_empty()
    }
}

pub fn summary(locale: Locale, app: &Application, profile: &Profile, r: &Regeneration) -> ChangeSummary {
    let names = |keys: &[String]| keys.iter().map(|k| item_key_name(locale, profile, k)).collect();
    ChangeSummary {
        application_id: app.id,
        scheme_name: scheme_name(locale, &app.scheme),
        added: names(&r.added),
        made_obsolete: names(&r.made_obsolete),
        restored: names(&r.restored),
    }
}

/// Regenerates and says, in words, what was added, made obsolete and restored.
pub async fn regenerate_summary(env: Env<'_>, id: i64) -> Result<ChangeSummary, UserError> {
    let (app, profile, r) = with_store(env, async |s| {
        let r = s.regenerate(env.pack, id).await?;
        let app = s.application(id).await?;
        Ok((app.clone(), s.client_profile(app.client_id).await?, r))
    })
    .await?;
    Ok(summary(env.locale, &app, &profile, &r))
}

/// The client's applications whose checklist would change if regenerated now (after a profile edit).
pub async fn pending_changes(env: Env<'_>, client_id: i64) -> Result<Vec<ChangeSummary>, UserError> {
    let (apps, profile, plans) = with_store(env, async |s| {
        let apps = s.applications(Some(client_id)).await?;
        let mut plans = Vec::with_capacity(apps.len());
        for a in &apps {
            plans.push(s.regeneration_preview(env.pack, a.id).await?);
        }
        Ok((apps, s.client_profile(client_id).await?, plans))
    })
    .await?;
    Ok(apps.iter().zip(&plans).map(|(a, r)| summary(env.locale, a, &profile, r)).filter(|s| !s.is_empty()).collect())
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
