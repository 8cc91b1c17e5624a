//! Every command the window may call (granted one by one in src-tauri/capabilities/main.json).
//! Errors cross as `{code, message_id, args}`; the UI localizes them.

use super::AppState;
use talentnav_core::{
    UserError,
    app_info::{AppInfo, LocaleBundle, locale_bundle as bundle_for},
    settings::Settings,
};
use talentnav_i18n::{Locale, args, message};
use tauri::{State, WebviewWindow};

fn current(state: &AppState) -> Locale {
    *state.locale.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

#[tauri::command]
pub fn app_info(state: State<'_, AppState>) -> AppInfo {
    // The rules the window runs with: an installed update when it verified at start, else the built-in pack.
    talentnav_update::app_info(&state.data_dir, state.chosen().active)
}

#[tauri::command]
pub fn locale_bundle(state: State<'_, AppState>) -> LocaleBundle {
    bundle_for(current(&state))
}

/// Switches the language of the running app and remembers it for the next start.
#[tauri::command]
pub fn set_locale(
    state: State<'_, AppState>,
    window: WebviewWindow,
    locale: String,
) -> Result<LocaleBundle, UserError> {
    let chosen = Locale::from_tag(&locale)
        .ok_or_else(|| UserError::invalid("error-unsupported-language", args![("value", locale.clone())]))?;
    let mut settings = Settings::load(&state.data_dir);
    settings.language = Some(chosen);
    settings.save(&state.data_dir).map_err(|e| UserError::io(&state.data_dir, &e, chosen))?;
    *state.locale.lock().unwrap_or_else(|poisoned| poisoned.into_inner()) = chosen;
    let _ = window.set_title(&message(chosen, "app-name", &args![]));
    Ok(bundle_for(chosen))
}

/// Called by the page once its first screen is painted. With TALENTNAV_STARTUP_TRACE set, it reports
/// the time since the shell started (scripts/bench measures from process spawn to this line).
#[tauri::command]
pub fn app_ready(state: State<'_, AppState>) {
    if std::env::var_os("TALENTNAV_STARTUP_TRACE").is_some() {
        eprintln!("talentnav-startup-ms {:.1}", state.started.elapsed().as_secs_f64() * 1000.0);
    }
}
