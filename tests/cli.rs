//! The `talentnav` binary as a user runs it: headless, localized, one-line errors, exit codes.

use std::{path::Path, process::Command};

struct Run {
    code: i32,
    stdout: String,
    stderr: String,
}

fn talentnav(args: &[&str], data_dir: &Path, env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_talentnav"));
    cmd.args(args).env_remove("DISPLAY").env_remove("WAYLAND_DISPLAY");
    for var in ["LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG", "TALENTNAV_DATA_DIR"] {
        cmd.env_remove(var);
    }
    cmd.env("TALENTNAV_DATA_DIR", data_dir).env("LANG", "C");
    for (k, v) in env {
        cmd.env(k, v);
    }
    let out = cmd.output().expect("the binary runs");
    Run {
        code: out.status.code().expect("exited, not killed"),
        stdout: String::from_utf8(out.stdout).expect("utf-8 stdout"),
        stderr: String::from_utf8(out.stderr).expect("utf-8 stderr"),
    }
}

fn tmp() -> tempfile::TempDir {
    tempfile::tempdir().expect("temp dir")
}

#[test]
fn version_and_help_need_no_display() {
    let d = tmp();
    let v = talentnav(&["--version"], d.path(), &[]);
    assert_eq!((v.code, v.stdout.trim()), (0, concat!("talentnav ", env!("CARGO_PKG_VERSION"))));
    let h = talentnav(&["--help"], d.path(), &[]);
    assert_eq!(h.code, 0, "{}", h.stderr);
    assert!(h.stdout.contains("Usage: talentnav") && h.stdout.contains("about"), "{}", h.stdout);
    assert!(h.stderr.is_empty());
}

#[test]
fn help_follows_lang_then_the_os_locale() {
    let d = tmp();
    let hant = talentnav(&["--lang", "zh-HK", "--help"], d.path(), &[]);
    assert!(hant.stdout.starts_with("離線評估香港人才入境計劃"), "{}", hant.stdout);
    assert!(hant.stdout.contains("選項：") && !hant.stdout.contains("Options"), "{}", hant.stdout);
    let hans = talentnav(&["--help"], d.path(), &[("LANG", "zh_CN.UTF-8")]);
    assert!(hans.stdout.starts_with("离线评估香港人才入境计划"), "{}", hans.stdout);
    let inline = talentnav(&["--lang=zh-TW", "about"], d.path(), &[("LANG", "zh_CN.UTF-8")]);
    assert!(inline.stdout.starts_with("人才入境導航\n"), "{}", inline.stdout);
}

#[test]
fn a_remembered_language_applies_unless_lang_overrides_it() {
    let d = tmp();
    std::fs::write(d.path().join("settings.json"), r#"{"language":"zh-Hans"}"#).unwrap();
    let remembered = talentnav(&["about"], d.path(), &[("LANG", "en_GB.UTF-8")]);
    assert!(remembered.stdout.starts_with("人才入境导航\n版本 "), "{}", remembered.stdout);
    let overridden = talentnav(&["about", "--lang", "en"], d.path(), &[]);
    assert!(overridden.stdout.starts_with("Talent Navigator\nVersion "), "{}", overridden.stdout);
}

#[test]
fn about_reports_version_data_folder_and_rule_pack() {
    let d = tmp();
    let run = talentnav(&["about", "--json"], d.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(json["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(json["data_dir"], d.path().display().to_string());
    assert_eq!(json["rule_pack"]["id"], "hk-talent");
    assert_eq!(json["rule_pack"]["sha256"].as_str().map(str::len), Some(64));

    let flag_dir = d.path().join("elsewhere");
    let run = talentnav(&["--data-dir", flag_dir.to_str().unwrap(), "about", "--json"], d.path(), &[]);
    let json: serde_json::Value = serde_json::from_str(&run.stdout).expect("JSON");
    assert_eq!(json["data_dir"], flag_dir.display().to_string(), "--data-dir beats TALENTNAV_DATA_DIR");
    assert!(!flag_dir.exists(), "reading about creates nothing");
}

#[test]
fn bad_command_lines_get_one_localized_line_and_exit_2() {
    let d = tmp();
    let cases: &[(&[&str], &str)] = &[
        (&["--bogus"], "Error: --bogus is not an option here. Run “talentnav --help” to see the options."),
        (&["frobnicate"], "Error: frobnicate is not a command. Run “talentnav --help” to see the commands."),
        (&["--lang"], "Error: --lang <LANG> needs a value."),
        (
            &["--lang", "!!", "about"],
            "Error: “!!” is not a language Talent Navigator speaks; use en, zh-Hant or zh-Hans.",
        ),
        (&["--lang", "zh-Hant", "--bogus"], "錯誤：此處沒有 --bogus 選項。請執行「talentnav --help」查看可用選項。"),
        (&["--lang", "zh-Hans", "about", "--json=x"], "错误：无法读取命令行。请运行“talentnav --help”查看用法。"),
    ];
    for (args, want) in cases {
        let run = talentnav(args, d.path(), &[]);
        assert_eq!(run.code, 2, "{args:?}");
        assert_eq!(run.stderr, format!("{want}\n"), "{args:?}");
        assert!(run.stdout.is_empty(), "{args:?}");
    }
}

#[cfg(not(feature = "gui"))]
#[test]
fn a_build_without_the_window_says_so() {
    let d = tmp();
    let run = talentnav(&[], d.path(), &[("LANG", "zh_HK.UTF-8")]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr, "錯誤：此版本的人才入境導航沒有視窗。請執行「talentnav --help」查看可用指令。\n");
}
