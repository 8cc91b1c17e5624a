//! The Tauri shell: state plus commands that are adapters over talentnav-app (the use cases) and
//! talentnav-core (settings, messages). No logic lives here.

mod clients;
mod commands;
pub mod selfcheck;

use crate::cli::Context;
use std::{path::PathBuf, sync::Mutex, time::Instant};
use talentnav_core::UserError;
use talentnav_i18n::{Locale, args, message};
use tauri::Manager;

pub struct AppState {
    pub data_dir: PathBuf,
    /// The rule pack chosen for the process (by `talentnav_app::rule_pack::choose`, in the CLI's run).
    pub pack: &'static talentnav_rules::pack::Pack,
    /// Where `pack` came from (an installed update or the built-in pack), for About.
    pub active: &'static talentnav_update::ActivePack,
    pub locale: Mutex<Locale>,
    pub started: Instant,
    /// The checklist last saved, for "open it now".
    pub last_saved: Mutex<Option<PathBuf>>,
}

pub fn run(ctx: &Context) -> Result<(), UserError> {
    let has_display = ["DISPLAY", "WAYLAND_DISPLAY"].iter().any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()));
    if cfg!(target_os = "linux") && !has_display {
        return Err(UserError::invalid("error-no-display", args![]));
    }
    let state = AppState {
        data_dir: ctx.data_dir.clone(),
        pack: ctx.pack,
        active: ctx.rules.active,
        locale: Mutex::new(ctx.locale),
        started: Instant::now(),
        last_saved: Mutex::new(None),
    };
    let title = message(ctx.locale, "app-name", &args![]);
    tauri::Builder::default()
        .manage(state)
        .invoke_handler(tauri::generate_handler![
            commands::app_info,
            commands::locale_bundle,
            commands::set_locale,
            commands::app_ready,
            selfcheck::interview_catalogue,
            selfcheck::assess,
            selfcheck::next_question,
            selfcheck::suggest_institutions,
            selfcheck::window_state,
            selfcheck::save_window_state,
            selfcheck::save_profile,
            selfcheck::open_profile,
            selfcheck::save_checklist,
            selfcheck::open_saved_checklist,
            selfcheck::save_client_file,
            clients::list_clients,
            clients::client_page,
            clients::add_client,
            clients::update_client,
            clients::delete_client,
            clients::create_application,
            clients::set_application_status,
            clients::add_note,
            clients::application_page,
            clients::update_item,
            clients::regenerate_application,
            clients::save_application_pdf,
            clients::attach_file,
            clients::list_attachments,
            clients::remove_attachment,
            clients::open_attachment,
            clients::dashboard,
            clients::export_client,
            clients::import_archive
        ])
        .setup(move |app| {
            if let Some(window) = app.get_webview_window("main") {
                let _ = window.set_title(&title);
            }
            Ok(())
        })
        .run(tauri::generate_context!())
        .map_err(|e| {
            UserError::new(talentnav_core::ErrorCode::Internal, "error-window", args![("detail", e.to_string())])
        })
}
