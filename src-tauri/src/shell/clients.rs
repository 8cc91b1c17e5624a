//! The client files' commands: adapters over `talentnav-app`, one per use case. Files are chosen in
//! native dialogs opened here; the page never sends a path. Test stand-ins for the dialogs (end-to-end
//! tests): TALENTNAV_TEST_DIALOG_PATH, the folder files are saved to (under the suggested name) and an
//! archive to import is taken from (the newest `.zip` there); TALENTNAV_TEST_ATTACH_PATH, the file to
//! attach.

use super::{
    AppState,
    selfcheck::{env, name_of, save_dialog, test_path},
};
use serde_json::Value;
use std::path::PathBuf;
use talentnav_app::{
    applications::{self, ApplicationRow, ChangeSummary, NewApplication},
    archive::{self, Imported},
    checklist,
    client_file::{self, ClientSaved},
    clients::{self, ClientFilter, ClientPage},
    documents::{self, ApplicationPage, ItemEdit},
    notes, output,
    profile_file::Saved,
    warnings::{self, WarningView},
};
use talentnav_core::UserError;
use talentnav_i18n::{args, message};
use talentnav_store::{
    applications::{DocumentItem, Note},
    attachments::Attachment,
    clients::ClientSummary,
};
use tauri::State;

fn day(s: Option<&str>) -> Result<talentnav_rules::date::Date, UserError> {
    match s.filter(|s| !s.is_empty()) {
        None => Ok(talentnav_app::today()),
        Some(s) => talentnav_rules::date::parse(s)
            .ok_or_else(|| UserError::invalid("store-error-bad-date", args![("value", s.to_string())])),
    }
}

async fn open_dialog(title: String, filter: Option<(&str, &str)>) -> Option<PathBuf> {
    let mut d = rfd::AsyncFileDialog::new().set_title(title);
    if let Some((name, ext)) = filter {
        d = d.add_filter(name, &[ext]);
    }
    d.pick_file().await.map(|h| h.path().to_path_buf())
}

#[tauri::command]
pub async fn list_clients(state: State<'_, AppState>, filter: ClientFilter) -> Result<Vec<ClientSummary>, UserError> {
    let q = filter.query(talentnav_app::today())?;
    clients::list(env(&state), &q).await
}

#[tauri::command]
pub async fn client_page(state: State<'_, AppState>, id: i64) -> Result<ClientPage, UserError> {
    clients::page(env(&state), id).await
}

#[tauri::command]
pub async fn add_client(state: State<'_, AppState>, profile: Value) -> Result<ClientSaved, UserError> {
    client_file::save(env(&state), &profile).await
}

/// Saves the client's profile (household included) and says which applications' checklists would
/// change if regenerated. `seen` is the client's `updated_at` as the window read it: if another
/// window or the command line has saved since, nothing is written (`store-error-client-changed`).
#[tauri::command]
pub async fn update_client(
    state: State<'_, AppState>,
    id: i64,
    profile: Value,
    seen: String,
) -> Result<Vec<ChangeSummary>, UserError> {
    let e = env(&state);
    let p = talentnav_app::assessment::parse(&profile, e.locale)?;
    clients::update(e, id, &p, Some(&seen)).await?;
    applications::pending_changes(e, id).await
}

#[tauri::command]
pub async fn delete_client(state: State<'_, AppState>, id: i64) -> Result<(), UserError> {
    clients::delete(env(&state), id).await
}

#[tauri::command]
pub async fn create_application(
    state: State<'_, AppState>,
    client_id: i64,
    scheme: String,
    route: Option<String>,
    planned: Option<String>,
) -> Result<ApplicationRow, UserError> {
    let e = env(&state);
    let planned = planned.filter(|p| !p.is_empty());
    let new = NewApplication { client_id, scheme, route: route.filter(|r| !r.is_empty()), planned };
    Ok(applications::row(e.locale, applications::create(e, &new).await?))
}

#[tauri::command]
pub async fn set_application_status(
    state: State<'_, AppState>,
    id: i64,
    status: String,
) -> Result<ApplicationRow, UserError> {
    let e = env(&state);
    Ok(applications::row(e.locale, applications::set_status(e, id, &status).await?))
}

/// A note on an application; the client page is read again after.
#[tauri::command]
pub async fn add_note(state: State<'_, AppState>, application: i64, body: String) -> Result<Note, UserError> {
    notes::add(env(&state), application, &body).await
}

#[tauri::command]
pub async fn application_page(state: State<'_, AppState>, id: i64) -> Result<ApplicationPage, UserError> {
    documents::page(env(&state), id, talentnav_app::today()).await
}

/// Status, "not applicable" reason, expiry and note of one item; the page's undo sends the old values.
#[tauri::command]
pub async fn update_item(state: State<'_, AppState>, item: i64, edit: ItemEdit) -> Result<DocumentItem, UserError> {
    documents::edit(env(&state), item, edit).await
}

#[tauri::command]
pub async fn regenerate_application(state: State<'_, AppState>, id: i64) -> Result<ChangeSummary, UserError> {
    applications::regenerate_summary(env(&state), id).await
}

/// The application's PDF checklist through the native save dialog; "open it now" is
/// `open_saved_checklist`.
#[tauri::command]
pub async fn save_application_pdf(state: State<'_, AppState>, id: i64) -> Result<Option<Saved>, UserError> {
    let e = env(&state);
    let made = checklist::for_application(e, id, talentnav_app::today()).await?;
    let title = message(e.locale, "dialog-save-checklist", &args![]);
    let Some(file) = save_dialog(title, &made.file_name, ("PDF", "pdf")).await else { return Ok(None) };
    output::write(e.data_dir, &file, &made.bytes, e.locale)?;
    let saved = Saved { file_name: name_of(&file) };
    *state.last_saved.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(file);
    Ok(Some(saved))
}

/// Attaches a file chosen in the native open dialog; `None` when the dialog is cancelled.
#[tauri::command]
pub async fn attach_file(state: State<'_, AppState>, item: i64) -> Result<Option<Attachment>, UserError> {
    let e = env(&state);
    let file = match std::env::var_os("TALENTNAV_TEST_ATTACH_PATH").filter(|v| !v.is_empty()) {
        Some(p) => Some(PathBuf::from(p)),
        None => open_dialog(message(e.locale, "dialog-attach", &args![]), None).await,
    };
    let Some(file) = file else { return Ok(None) };
    documents::attach(e, item, &file, talentnav_store::attachments::DEFAULT_LIMIT_BYTES).await.map(Some)
}

#[tauri::command]
pub async fn list_attachments(state: State<'_, AppState>, item: i64) -> Result<Vec<Attachment>, UserError> {
    documents::attachments(env(&state), item).await
}

#[tauri::command]
pub async fn remove_attachment(state: State<'_, AppState>, attachment: i64) -> Result<Attachment, UserError> {
    documents::detach(env(&state), attachment).await
}

/// Opens an attachment with the system's viewer, from a copy under its own name in a private
/// temporary folder (never the stored copy itself, which must not be changed).
#[tauri::command]
pub async fn open_attachment(state: State<'_, AppState>, item: i64, attachment: i64) -> Result<(), UserError> {
    let e = env(&state);
    let folder = std::env::temp_dir().join(format!("talentnav-view-{}", std::process::id()));
    let copy = documents::viewing_copy(e, item, attachment, &folder).await?;
    super::open_with_viewer(&copy, e.locale)
}

#[tauri::command]
pub async fn dashboard(state: State<'_, AppState>, as_of: Option<String>) -> Result<Vec<WarningView>, UserError> {
    warnings::dashboard(env(&state), day(as_of.as_deref())?).await
}

/// Exports a client's archive through the native save dialog.
#[tauri::command]
pub async fn export_client(state: State<'_, AppState>, id: i64) -> Result<Option<Saved>, UserError> {
    let e = env(&state);
    let client = clients::show(e, id).await?;
    let uid = client.uid.get(..8).unwrap_or(&client.uid).to_lowercase();
    let name = format!("talentnav-client-{id:04}-{uid}.zip");
    let title = message(e.locale, "dialog-export-client", &args![]);
    let Some(file) = save_dialog(title, &name, ("ZIP", "zip")).await else { return Ok(None) };
    archive::export(e, id, &file).await?;
    Ok(Some(Saved { file_name: name_of(&file) }))
}

/// Imports a client archive chosen in the native open dialog; the store's checks refuse a bad one
/// (the error says why, and nothing is written).
#[tauri::command]
pub async fn import_archive(state: State<'_, AppState>) -> Result<Option<Imported>, UserError> {
    let e = env(&state);
    let file = match test_path("") {
        Some(dir) => newest_zip(&dir),
        None => open_dialog(message(e.locale, "dialog-import-archive", &args![]), Some(("ZIP", "zip"))).await,
    };
    let Some(file) = file else { return Ok(None) };
    let mut outcomes = archive::import(e, std::slice::from_ref(&file)).await?;
    let id = outcomes.pop().unwrap_or_else(|| Err(UserError::internal("no import outcome")))?;
    Ok(Some(Imported { file_name: name_of(&file), client_id: id }))
}

fn newest_zip(dir: &std::path::Path) -> Option<PathBuf> {
    let entries = std::fs::read_dir(dir).ok()?;
    entries
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "zip"))
        .filter_map(|e| Some((e.metadata().ok()?.modified().ok()?, e.path())))
        .max()
        .map(|(_, p)| p)
}
