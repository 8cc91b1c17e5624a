//! Every command the window's handler registers is in tauri-build's command list (src-tauri/build.rs)
//! and granted by name in the capability, and nothing else is granted: a command added in one place
//! only fails here rather than at the first click in the real window.

fn read(path: &str) -> String {
    std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> &'a str {
    let from = text.find(start).unwrap_or_else(|| panic!("no {start}")) + start.len();
    &text[from..from + text[from..].find(end).unwrap()]
}

#[test]
fn every_window_command_is_listed_and_granted_by_name() {
    let handler = read("src-tauri/src/shell/mod.rs");
    let mut registered: Vec<String> = between(&handler, "generate_handler![", "]")
        .split(',')
        .map(|c| c.trim().rsplit("::").next().unwrap().to_string())
        .filter(|c| !c.is_empty())
        .collect();
    let build = read("src-tauri/build.rs");
    let mut listed: Vec<String> = between(&build, ".commands(&[", "]")
        .split(',')
        .map(|c| c.trim().trim_matches('"').to_string())
        .filter(|c| !c.is_empty())
        .collect();
    let cap: serde_json::Value = serde_json::from_str(&read("src-tauri/capabilities/main.json")).unwrap();
    let mut granted: Vec<String> = cap["permissions"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p.as_str().unwrap().strip_prefix("allow-").unwrap().replace('-', "_"))
        .collect();
    registered.sort();
    listed.sort();
    granted.sort();
    assert!(registered.iter().any(|c| c == "list_clients"), "{registered:?}");
    assert_eq!(registered, listed, "src-tauri/build.rs lists other commands than the handler registers");
    assert_eq!(registered, granted, "the capability grants other commands than the handler registers");
}
