//! Settings → Rules: adapters over `talentnav_app::rule_updates`. Only `check_rules` and
//! `install_rules` use the network, and only when the person clicks. After an install or a rollback
//! the pack is chosen again (verified from disk) and swapped into the state, so the next command
//! already answers with it; the report compares the pack the window ran with before.

use super::{AppState, selfcheck::env};
use talentnav_app::{
    Env,
    applications::ChangeSummary,
    rule_pack::{self, Chosen},
    rule_updates::{self, Door, ImpactView, RulesChange, RulesStatus},
};
use talentnav_core::UserError;
use talentnav_update::client::{Offer, Outcome};
use tauri::State;

/// Blocking work (reqwest's blocking client, file checks) off the async runtime.
async fn blocking<T: Send + 'static>(
    f: impl FnOnce() -> Result<T, UserError> + Send + 'static,
) -> Result<T, UserError> {
    tauri::async_runtime::spawn_blocking(f).await.map_err(UserError::internal)?
}

#[tauri::command]
pub fn rules_status(state: State<'_, AppState>) -> RulesStatus {
    let e = env(&state);
    rule_updates::status(&state.chosen(), e.data_dir, talentnav_app::today(), e.locale, Door::Window)
}

#[tauri::command]
pub async fn check_rules(state: State<'_, AppState>) -> Result<Offer, UserError> {
    let (chosen, dir) = (state.chosen(), state.data_dir.clone());
    blocking(move || rule_updates::check(&chosen, &dir)).await
}

/// Makes the pack now on disk the window's, and reports what changed against `before`.
async fn switch(state: &AppState, before: Chosen, rollback: bool) -> Result<RulesChange, UserError> {
    let dir = state.data_dir.clone();
    let now = blocking(move || Ok(rule_pack::choose(&dir))).await?;
    state.swap(now.clone());
    let e = Env { pack: now.pack(), ..env(state) };
    rule_updates::change_report(e, before.pack(), rollback).await
}

#[tauri::command]
pub async fn install_rules(state: State<'_, AppState>) -> Result<RulesChange, UserError> {
    let (before, dir, locale) = (state.chosen(), state.data_dir.clone(), env(&state).locale);
    let run = before.clone();
    match blocking(move || rule_updates::update(&run, &dir, locale)).await? {
        Outcome::UpToDate { version } => Ok(rule_updates::unchanged(&version)),
        Outcome::Installed { .. } => switch(&state, before, false).await,
    }
}

#[tauri::command]
pub async fn rollback_rules(state: State<'_, AppState>) -> Result<RulesChange, UserError> {
    let (before, dir, locale) = (state.chosen(), state.data_dir.clone(), env(&state).locale);
    blocking(move || rule_updates::rollback(&dir, locale)).await?;
    switch(&state, before, true).await
}

/// The report of the last change again, from `from` to the pack in use (after a change of language).
#[tauri::command]
pub async fn rules_impact(state: State<'_, AppState>, from: String) -> Result<ImpactView, UserError> {
    rule_updates::impact_since(env(&state), &from).await
}

/// "Regenerate the affected checklists", sent only after the person confirmed in the page.
#[tauri::command]
pub async fn regenerate_affected(
    state: State<'_, AppState>,
    applications: Vec<i64>,
) -> Result<Vec<ChangeSummary>, UserError> {
    rule_updates::regenerate_affected(env(&state), &applications).await
}
