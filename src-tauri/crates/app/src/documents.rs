//! An application's document items: listed in words (who, how firmly the rules ask for it and why),
//! and changed one at a time: status, expiry, note, "not applicable" with its reason, attachments.

use crate::{
    Env,
    applications::{ApplicationRow, row},
    store::with_store,
    warnings::{WarningView, in_words as warning_in_words},
};
use serde::Serialize;
use std::path::Path;
use talentnav_core::UserError;
use talentnav_i18n::{Locale, args, message};
use talentnav_rules::{
    documents::{self, ChecklistItem, Need, Party},
    profile::Profile,
    report::message_id,
};
use talentnav_store::{
    applications::{Application, DocumentItem, ItemChange, checklist_day},
    attachments::Attachment,
};
use ts_rs::TS;

/// A document's name in the chosen language.
pub fn document_name(locale: Locale, document: &str) -> String {
    message(locale, &message_id("doc", document), &args![])
}

/// An item status in words.
pub fn status_label(locale: Locale, status: &str) -> String {
    message(locale, &format!("doc-status-{}", status.replace('_', "-")), &args![])
}

/// One stored item in words, as the PDF has it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ItemView {
    #[serde(flatten)]
    pub item: DocumentItem,
    /// Who it is for: "Applicant", "Spouse — CHAN Mei".
    pub party_label: String,
    /// How firmly the rules ask for it today; none once obsolete.
    pub need: Option<Need>,
    /// A document still to collect says "Required", "May be needed" or "If you have one".
    pub status_label: String,
    /// The conditions and facts that would settle it.
    pub details: Vec<String>,
    /// The document's name, marked when obsolete.
    #[serde(skip)]
    pub name: String,
}

/// A dependant the rules refuse, with the reason instead of documents.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ExcludedView {
    pub party_label: String,
    pub reason: String,
}

/// An application's checklist in words.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Checklist {
    pub application: Application,
    pub items: Vec<ItemView>,
    pub excluded: Vec<ExcludedView>,
}

pub async fn list(env: Env<'_>, application_id: i64) -> Result<Checklist, UserError> {
    let (application, items, profile) = with_store(env, async |s| {
        let app = s.application(application_id).await?;
        let items = s.items(application_id).await?;
        let profile = s.client_profile(app.client_id).await?;
        Ok((app, items, profile))
    })
    .await?;
    Ok(in_words(env, application, items, &profile))
}

fn in_words(env: Env<'_>, application: Application, items: Vec<DocumentItem>, profile: &Profile) -> Checklist {
    let l = env.locale;
    let on = checklist_day(application.planned_submission_date.as_deref());
    let rules = documents::checklist(env.pack, profile, &application.scheme, application.route.as_deref(), on);
    let items = items.into_iter().map(|i| item_view(l, profile, &rules, i)).collect();
    let excluded = documents::excluded(env.pack, profile, on, &application.scheme)
        .iter()
        .map(|e| ExcludedView {
            party_label: documents::party_label(l, profile, Party::Dependant(e.index)),
            reason: documents::excluded_line(l, e),
        })
        .collect();
    Checklist { application, items, excluded }
}

fn item_view(l: Locale, profile: &Profile, rules: &[ChecklistItem], i: DocumentItem) -> ItemView {
    let party_label =
        Party::parse(&i.party).map(|p| documents::party_label(l, profile, p)).unwrap_or_else(|| i.party.clone());
    let rule = rules.iter().find(|r| r.key == i.item_key).filter(|_| !i.obsolete);
    let status_label = match rule {
        Some(r) if i.status == "required" => documents::need_label(l, r.need),
        _ => status_label(l, &i.status),
    };
    let details = rule.filter(|_| i.status != "not_applicable").map(|r| documents::item_lines(l, r));
    let mut name = document_name(l, &i.document);
    if i.obsolete {
        name = message(l, "doc-obsolete", &args![("name", name)]);
    }
    ItemView {
        need: rule.map(|r| r.need),
        party_label,
        status_label,
        details: details.unwrap_or_default(),
        name,
        item: i,
    }
}

/// An application as the window's application page shows it: the checklist in words (each item's
/// name included), every attachment of its items, its warnings as of today, and whose file it is.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ApplicationPage {
    pub application: ApplicationRow,
    pub client_name: String,
    pub items: Vec<ItemPageView>,
    pub excluded: Vec<ExcludedView>,
    pub attachments: Vec<Attachment>,
    pub warnings: Vec<WarningView>,
}

/// An item with its name, which the CLI's JSON leaves out.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ItemPageView {
    #[serde(flatten)]
    pub view: ItemView,
    pub name: String,
}

pub async fn page(
    env: Env<'_>,
    application_id: i64,
    today: talentnav_rules::date::Date,
) -> Result<ApplicationPage, UserError> {
    let (application, items, profile, client, attachments, warnings) = with_store(env, async |s| {
        let app = s.application(application_id).await?;
        let items = s.items(application_id).await?;
        let attachments = s.application_attachments(application_id).await?;
        let warnings = s.application_warnings(env.pack, &app, today).await?;
        let client = s.client(app.client_id).await?;
        let profile = s.client_profile(app.client_id).await?;
        Ok((app, items, profile, client, attachments, warnings))
    })
    .await?;
    let c = in_words(env, application, items, &profile);
    Ok(ApplicationPage {
        application: row(env.locale, c.application),
        client_name: crate::clients::display_name(&client),
        items: c.items.into_iter().map(|v| ItemPageView { name: v.name.clone(), view: v }).collect(),
        excluded: c.excluded,
        attachments,
        warnings: warnings.into_iter().map(|w| warning_in_words(env.locale, w, None)).collect(),
    })
}

/// Changes an item's status, "not applicable" reason and expiry at once; `None` leaves one as it is.
pub async fn set(env: Env<'_>, item: i64, change: &ItemChange) -> Result<DocumentItem, UserError> {
    with_store(env, async |s| s.update_item(item, change).await).await
}

pub async fn set_status(env: Env<'_>, item: i64, status: &str) -> Result<DocumentItem, UserError> {
    set(env, item, &ItemChange { status: Some(status.into()), ..Default::default() }).await
}

/// Not applicable to this household, and why (the reason is required).
pub async fn not_applicable(env: Env<'_>, item: i64, reason: &str) -> Result<DocumentItem, UserError> {
    let change =
        ItemChange { status: Some("not_applicable".into()), na_reason: Some(reason.into()), ..Default::default() };
    set(env, item, &change).await
}

/// `YYYY-MM-DD`, or `""` to clear it.
pub async fn set_expiry(env: Env<'_>, item: i64, expiry: &str) -> Result<DocumentItem, UserError> {
    set(env, item, &ItemChange { expiry_date: Some(expiry.into()), ..Default::default() }).await
}

pub async fn set_note(env: Env<'_>, item: i64, note: &str) -> Result<DocumentItem, UserError> {
    set(env, item, &ItemChange { note: Some(note.into()), ..Default::default() }).await
}

/// Attaches a copy of `file` (at most `limit` bytes) to an item.
pub async fn attach(env: Env<'_>, item: i64, file: &Path, limit: u64) -> Result<Attachment, UserError> {
    with_store(env, async |s| s.attach(item, file, limit).await).await
}

/// The files attached to an item, oldest first.
pub async fn attachments(env: Env<'_>, item: i64) -> Result<Vec<Attachment>, UserError> {
    with_store(env, async |s| {
        s.item(item).await?;
        s.attachments(item).await
    })
    .await
}

/// What the window changes on an item at once; an absent field stays as it is.
#[derive(Debug, Clone, Default, serde::Deserialize, TS)]
pub struct ItemEdit {
    #[ts(optional)]
    pub status: Option<String>,
    #[ts(optional)]
    pub na_reason: Option<String>,
    /// `YYYY-MM-DD`, or `""` to clear it.
    #[ts(optional)]
    pub expiry_date: Option<String>,
    #[ts(optional)]
    pub note: Option<String>,
}

pub async fn edit(env: Env<'_>, item: i64, e: ItemEdit) -> Result<DocumentItem, UserError> {
    let change = ItemChange { status: e.status, na_reason: e.na_reason, expiry_date: e.expiry_date, note: e.note };
    set(env, item, &change).await
}

/// A copy of an attachment under its original name in `folder` (outside the data folder), for the
/// system's viewer, which tells a file's kind by its name: the stored copy is named by its hash.
pub async fn viewing_copy(
    env: Env<'_>,
    item: i64,
    attachment: i64,
    folder: &Path,
) -> Result<std::path::PathBuf, UserError> {
    let (a, stored) = with_store(env, async |s| {
        let a = s.attachments(item).await?.into_iter().find(|a| a.id == attachment);
        let a = a.ok_or_else(|| talentnav_store::StoreError::not_found("store-error-no-attachment", attachment))?;
        let stored = s.attachment_path(&a.sha256);
        Ok((a, stored))
    })
    .await?;
    let stored = stored.ok_or_else(|| UserError::internal("attachment hash"))?;
    // Only the last component of the original name, without control characters, becomes the name.
    let base = Path::new(&a.original_name).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let clean: String = base.chars().filter(|c| !c.is_control()).collect();
    let name = if clean.is_empty() || clean.starts_with('.') { format!("attachment-{}", a.id) } else { clean };
    let dir = folder.join(a.sha256.get(..16).unwrap_or(&a.sha256));
    let out = dir.join(name);
    std::fs::create_dir_all(&dir).map_err(|e| UserError::io(&dir, &e, env.locale))?;
    let bytes = std::fs::read(&stored).map_err(|e| UserError::io(&stored, &e, env.locale))?;
    talentnav_core::fsutil::write_atomic(&out, &bytes).map_err(|e| UserError::io(&out, &e, env.locale))?;
    Ok(out)
}

/// Takes an attachment off its item; its stored copy goes once no item uses that content.
pub async fn detach(env: Env<'_>, attachment: i64) -> Result<Attachment, UserError> {
    with_store(env, async |s| s.detach(attachment).await).await
}
