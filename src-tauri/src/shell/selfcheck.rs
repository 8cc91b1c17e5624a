//! The self-assessment's commands: adapters over `talentnav-app`, one per use case. Files are chosen
//! in native dialogs opened here; the page never sends a path. With TALENTNAV_TEST_DIALOG_PATH set (the
//! end-to-end tests), that folder stands in for the dialog: files are saved there under the name the
//! dialog would suggest, and "open" reads `profile.json` from it.

use super::AppState;
use serde_json::Value;
use std::path::PathBuf;
use talentnav_app::{
    Env, assessment, checklist,
    client_file::{self, ClientSaved},
    draft,
    draft::WindowState,
    guided::{self, NextQuestion},
    institutions::{self, Suggestion},
    interview::{self, Catalogue},
    output,
    profile_file::{self, Saved},
};
use talentnav_core::UserError;
use talentnav_i18n::{Locale, args};
use talentnav_rules::report::Assessment;
use tauri::State;

pub(super) fn locale(state: &AppState) -> Locale {
    *state.locale.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

pub(super) fn env(state: &AppState) -> Env<'_> {
    Env { pack: state.pack(), data_dir: &state.data_dir, locale: locale(state) }
}

pub(super) fn test_path(file_name: &str) -> Option<PathBuf> {
    std::env::var_os("TALENTNAV_TEST_DIALOG_PATH").filter(|v| !v.is_empty()).map(|d| PathBuf::from(d).join(file_name))
}

pub(super) async fn save_dialog(title: String, file_name: &str, filter: (&str, &str)) -> Option<PathBuf> {
    if let Some(p) = test_path(file_name) {
        return Some(p);
    }
    rfd::AsyncFileDialog::new()
        .set_title(title)
        .set_file_name(file_name)
        .add_filter(filter.0, &[filter.1])
        .save_file()
        .await
        .map(|h| h.path().to_path_buf())
}

pub(super) fn name_of(p: &std::path::Path) -> String {
    p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default()
}

#[tauri::command]
pub fn interview_catalogue(state: State<'_, AppState>) -> Catalogue {
    interview::catalogue(state.pack())
}

#[tauri::command]
pub fn assess(state: State<'_, AppState>, profile: Value) -> Result<Assessment, UserError> {
    assessment::assess(state.pack(), &profile, talentnav_app::today(), locale(&state))
}

#[tauri::command]
pub fn next_question(
    state: State<'_, AppState>,
    profile: Value,
    skipped: Vec<String>,
) -> Result<Option<NextQuestion>, UserError> {
    guided::next_question(state.pack(), &profile, &skipped, talentnav_app::today(), locale(&state))
}

#[tauri::command]
pub fn suggest_institutions(state: State<'_, AppState>, query: String) -> Vec<Suggestion> {
    institutions::suggest(state.pack(), &query, 8)
}

#[tauri::command]
pub fn window_state(state: State<'_, AppState>) -> Option<WindowState> {
    draft::load(&state.data_dir)
}

#[tauri::command]
pub fn save_window_state(state: State<'_, AppState>, window_state: WindowState) -> Result<(), UserError> {
    draft::save(&state.data_dir, &window_state, locale(&state))
}

#[tauri::command]
pub async fn save_profile(state: State<'_, AppState>, profile: Value) -> Result<Option<Saved>, UserError> {
    let l = locale(&state);
    // Validate before asking where: a profile that cannot be written is said so at once.
    profile_file::to_bytes(&profile, l)?;
    let title = talentnav_i18n::message(l, "dialog-save-profile", &args![]);
    let Some(file) = save_dialog(title, "profile.json", ("JSON", "json")).await else { return Ok(None) };
    profile_file::save(&state.data_dir, &file, &profile, l)?;
    Ok(Some(Saved { file_name: name_of(&file) }))
}

#[tauri::command]
pub async fn open_profile(state: State<'_, AppState>) -> Result<Option<Value>, UserError> {
    let l = locale(&state);
    let file = match test_path("profile.json") {
        Some(p) => Some(p),
        None => rfd::AsyncFileDialog::new()
            .set_title(talentnav_i18n::message(l, "dialog-open-profile", &args![]))
            .add_filter("JSON", &["json"])
            .pick_file()
            .await
            .map(|h| h.path().to_path_buf()),
    };
    file.map(|f| profile_file::open(&f, l)).transpose()
}

#[tauri::command]
pub async fn save_checklist(
    state: State<'_, AppState>,
    profile: Value,
    scheme: String,
    route: Option<String>,
) -> Result<Option<Saved>, UserError> {
    let l = locale(&state);
    let made = checklist::make(state.pack(), &profile, &scheme, route.as_deref(), talentnav_app::today(), l)?;
    let title = talentnav_i18n::message(l, "dialog-save-checklist", &args![]);
    let Some(file) = save_dialog(title, &made.file_name, ("PDF", "pdf")).await else { return Ok(None) };
    // The same policy as `talentnav checklist -o`: never a folder, never inside the data folder.
    output::write(&state.data_dir, &file, &made.bytes, l)?;
    let saved = Saved { file_name: name_of(&file) };
    *state.last_saved.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = Some(file);
    Ok(Some(saved))
}

/// Keeps the self-assessment as a new client file in the data folder's store.
#[tauri::command]
pub async fn save_client_file(state: State<'_, AppState>, profile: Value) -> Result<ClientSaved, UserError> {
    client_file::save(env(&state), &profile).await
}

/// Opens the checklist just saved with the system's viewer (the page names no file).
#[tauri::command]
pub fn open_saved_checklist(state: State<'_, AppState>) -> Result<(), UserError> {
    let l = locale(&state);
    let last = state.last_saved.lock().unwrap_or_else(|poisoned| poisoned.into_inner()).clone();
    let Some(file) = last else { return Err(UserError::invalid("error-nothing-saved", args![])) };
    super::open_with_viewer(&file, l)
}
