//! The Tauri shell: state plus commands that are adapters over talentnav-app (the use cases) and
//! talentnav-core (settings, messages). No logic lives here.

mod clients;
mod commands;
mod rules;
pub mod selfcheck;

use crate::cli::Context;
use std::{
    path::PathBuf,
    sync::{Mutex, RwLock},
    time::Instant,
};
use talentnav_app::rule_pack::Chosen;
use talentnav_core::UserError;
use talentnav_i18n::{Locale, args, message};
use tauri::Manager;

pub struct AppState {
    pub data_dir: PathBuf,
    /// The rules the window runs with: chosen at start (`talentnav_app::rule_pack::choose`, in the
    /// CLI's run) and again after an install or rollback in Settings → Rules. Each choice is leaked
    /// (`&'static`): a command copies the reference out and runs to its end with that one pack, so
    /// no lock is held across an await and no use case needs to know about the swap. A pack is a
    /// few hundred KB and is replaced only when the person clicks, so what stays behind is bounded
    /// by those clicks.
    rules: RwLock<Chosen>,
    pub locale: Mutex<Locale>,
    pub started: Instant,
    /// The checklist last saved, for "open it now".
    pub last_saved: Mutex<Option<PathBuf>>,
}

impl AppState {
    /// The rules in use now (see `rules`).
    pub fn chosen(&self) -> Chosen {
        self.rules.read().unwrap_or_else(|poisoned| poisoned.into_inner()).clone()
    }

    pub fn pack(&self) -> &'static talentnav_rules::pack::Pack {
        self.chosen().pack()
    }

    fn swap(&self, now: Chosen) {
        *self.rules.write().unwrap_or_else(|poisoned| poisoned.into_inner()) = now;
    }
}

/// Opens `file` with the system's viewer. The viewer does not inherit the window's `JSC_useJIT`
/// (src-tauri/src/window.rs), even one the user set: it is meant for this app's web content, not for
/// whatever xdg-open starts.
fn open_with_viewer(file: &std::path::Path, l: Locale) -> Result<(), UserError> {
    std::process::Command::new("xdg-open")
        .arg(file)
        .env_remove("JSC_useJIT")
        .spawn()
        .map(drop)
        .map_err(|e| UserError::io(file, &e, l))
}

pub fn run(ctx: &Context) -> Result<(), UserError> {
    let has_display = ["DISPLAY", "WAYLAND_DISPLAY"].iter().any(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty()));
    if cfg!(target_os = "linux") && !has_display {
        return Err(UserError::invalid("error-no-display", args![]));
    }
    let state = AppState {
        data_dir: ctx.data_dir.clone(),
        rules: RwLock::new(ctx.rules.clone()),
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
            clients::import_archive,
            rules::rules_status,
            rules::check_rules,
            rules::install_rules,
            rules::rollback_rules,
            rules::rules_impact,
            rules::regenerate_affected
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
