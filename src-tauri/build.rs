// With the `gui` feature: tauri-build reads tauri.conf.json from the package root (the working
// directory of build scripts) and turns our command list into an app ACL, so the window can call
// exactly these commands and nothing else.
fn main() {
    #[cfg(feature = "gui")]
    {
        println!("cargo:rerun-if-changed=src-tauri/capabilities");
        println!("cargo:rerun-if-changed=tauri.conf.json");
        tauri_build::try_build(
            tauri_build::Attributes::new().capabilities_path_pattern("src-tauri/capabilities/**/*").app_manifest(
                tauri_build::AppManifest::new().commands(&[
                    "app_info",
                    "locale_bundle",
                    "set_locale",
                    "app_ready",
                    "interview_catalogue",
                    "assess",
                    "next_question",
                    "suggest_institutions",
                    "window_state",
                    "save_window_state",
                    "save_profile",
                    "open_profile",
                    "save_checklist",
                    "open_saved_checklist",
                    "save_client_file",
                    "list_clients",
                    "client_page",
                    "add_client",
                    "update_client",
                    "delete_client",
                    "create_application",
                    "set_application_status",
                    "add_note",
                    "application_page",
                    "update_item",
                    "regenerate_application",
                    "save_application_pdf",
                    "attach_file",
                    "list_attachments",
                    "remove_attachment",
                    "open_attachment",
                    "dashboard",
                    "export_client",
                    "import_archive",
                    "rules_status",
                    "check_rules",
                    "install_rules",
                    "rollback_rules",
                    "rules_impact",
                    "regenerate_affected",
                ]),
            ),
        )
        .expect("tauri-build: check tauri.conf.json and src-tauri/capabilities");
    }
}
