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

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/bad-profiles/{name}", env!("CARGO_MANIFEST_DIR"))
}

/// Every bad-input class of the profile contract: exit 2, one localized line naming the JSON path,
/// no panic, nothing on stdout.
#[test]
fn malformed_profiles_get_one_line_naming_the_path() {
    let d = tmp();
    let cases = [
        ("01-not-json.json", "The profile is not valid JSON (line 1, column 1)."),
        ("02-truncated.json", "The profile is not valid JSON (line 2, column 0)."),
        ("03-not-utf8.json", "The profile is not UTF-8 text (the byte at offset 68 is not valid)."),
        ("04-empty.json", "The profile is not valid JSON (line 1, column 0)."),
        ("05-not-an-object.json", "The profile must be a JSON object ({ … })."),
        ("06-no-schema.json", "schema: missing; a profile starts with \"schema\": \"talentnav.profile/1\"."),
        (
            "07-wrong-schema.json",
            "schema: “talentnav.profile/2” is not supported; this version reads “talentnav.profile/1”.",
        ),
        ("08-impossible-date.json", "applicant.education[0].awarded_on: 2026-02-30 is not a date (write YYYY-MM-DD)."),
        ("09-date-format.json", "submission_date: 15/03/2026 is not a date (write YYYY-MM-DD)."),
        ("10-negative-money.json", "applicant.income[0].amount: -5 is negative; amounts of money are zero or more."),
        ("11-text-for-number.json", "applicant.income[0].amount: expected a number, found text."),
        ("12-text-for-boolean.json", "applicant.clear_criminal_record: expected true or false, found text."),
        ("13-object-for-list.json", "applicant.education: expected a list, found an object."),
        (
            "14-unknown-level.json",
            "applicant.education[0].level: “phd” is not one of: sub_degree, bachelor, master, doctorate.",
        ),
        (
            "15-bad-country.json",
            "applicant.nationality: “gb” is not a country code (two capital letters, such as GB, CN or HK).",
        ),
        (
            "16-bad-currency.json",
            "applicant.income[0].currency: “hkd” is not a currency code (three capital letters, such as HKD or USD).",
        ),
        (
            "17-bad-language.json",
            "applicant.languages[0].language: “english” is not a language code (such as en, zh or yue).",
        ),
        ("18-too-deep.json", "applicant.name.family[0][0][0]: nested deeper than any field of a profile."),
        (
            "19-no-date.json",
            "submission_date: missing; give the date you intend to apply in the profile, or use --as-of.",
        ),
        (
            "20-unknown-relationship.json",
            "dependants[0].relationship: “cousin” is not one of: spouse, civil_partner, de_facto_partner, child, parent, other.",
        ),
        ("21-number-for-date.json", "applicant.date_of_birth: expected a date (YYYY-MM-DD), found a number."),
        (
            "22-unknown-income-kind.json",
            "applicant.income[0].kind: “lottery” is not one of: employment, business, investment.",
        ),
        ("23-duplicate-key.json", "applicant.nationality: given twice; each field may appear only once."),
        (
            "24-period-ends-before-start.json",
            "applicant.employment[0].to (31 Aug 2012) is before applicant.employment[0].from (1 Sep 2012); one of the two dates is wrong.",
        ),
        (
            "25-degree-before-birth.json",
            "applicant.education[0].awarded_on (30 Jun 1989) is before applicant.date_of_birth (20 May 1990); one of the two dates is wrong.",
        ),
        (
            "26-job-before-birth.json",
            "applicant.employment[0].from (1 Jan 1985) is before applicant.date_of_birth (20 May 1990); one of the two dates is wrong.",
        ),
        (
            "27-child-born-before-applicant.json",
            "dependants[0].date_of_birth (1 Jan 1989) is before applicant.date_of_birth (20 May 1990); one of the two dates is wrong.",
        ),
        (
            "28-document-expired-before-birth.json",
            "applicant.travel_document.expires_on (1 Jan 1980) is before applicant.date_of_birth (20 May 1990); one of the two dates is wrong.",
        ),
    ];
    for (file, want) in cases {
        let run = talentnav(&["assess", "--profile", &fixture(file)], d.path(), &[]);
        assert_eq!(run.code, 2, "{file}: {}", run.stderr);
        assert_eq!(run.stderr, format!("Error: {want}\n"), "{file}");
        assert!(run.stdout.is_empty(), "{file}");
    }
    let json = talentnav(&["assess", "--json", "--profile", &fixture("08-impossible-date.json")], d.path(), &[]);
    assert_eq!((json.code, json.stdout.as_str()), (2, ""), "--json changes nothing on error");
}

#[test]
fn bad_input_errors_are_localized() {
    let d = tmp();
    let hant =
        talentnav(&["--lang", "zh-HK", "assess", "--profile", &fixture("08-impossible-date.json")], d.path(), &[]);
    assert_eq!(hant.stderr, "錯誤：applicant.education[0].awarded_on：2026-02-30 不是日期（請寫成 YYYY-MM-DD）。\n");
    let hans =
        talentnav(&["--lang", "zh-CN", "assess", "--profile", &fixture("11-text-for-number.json")], d.path(), &[]);
    assert_eq!(hans.stderr, "错误：applicant.income[0].amount：应为数字，但实际是文本。\n");
    assert_eq!((hant.code, hans.code), (2, 2));
}

#[test]
fn a_file_over_10_mib_is_refused_before_reading() {
    let d = tmp();
    let big = d.path().join("big.json");
    let mut text = String::from("{\"schema\": \"talentnav.profile/1\", \"pad\": \"");
    text.push_str(&"x".repeat(10 * 1024 * 1024));
    text.push_str("\"}");
    std::fs::write(&big, text).unwrap();
    let run = talentnav(&["assess", "--profile", big.to_str().unwrap()], d.path(), &[]);
    assert_eq!(run.code, 2);
    assert_eq!(run.stderr, "Error: The profile is 10.1 MiB; a profile can be at most 10 MiB.\n");
    let missing = talentnav(&["assess", "--profile", "/no/such/profile.json"], d.path(), &[]);
    assert_eq!((missing.code, missing.stderr.as_str()), (2, "Error: /no/such/profile.json: not found\n"));
}

fn example_profile(dir: &Path) -> std::path::PathBuf {
    let base = std::fs::read_to_string(format!("{}/tests/cases/base/adult.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let p = dir.join("profile.json");
    std::fs::write(&p, base).unwrap();
    p
}

#[test]
fn assess_prints_the_contract_json_for_all_eight_schemes() {
    let d = tmp();
    let p = example_profile(d.path());
    let run =
        talentnav(&["assess", "--profile", p.to_str().unwrap(), "--json", "--as-of", "2026-03-15"], d.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let a: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(a["schema"], "talentnav.assessment/1");
    assert_eq!(a["as_of"], "2026-03-15");
    assert_eq!(a["rule_pack"]["id"], "hk-talent");
    let schemes: Vec<&str> = a["results"].as_array().unwrap().iter().map(|r| r["scheme"].as_str().unwrap()).collect();
    assert_eq!(schemes, ["ttps", "qmas", "gep", "asmtp", "techtas", "iang", "assg", "new_cies"]);
    let criterion = &a["results"][0]["routes"][0]["criteria"][0];
    for field in ["id", "outcome", "explanation", "facts", "sources"] {
        assert!(!criterion[field].is_null(), "criterion.{field}");
    }
    assert!(criterion["sources"][0]["url"].as_str().unwrap().starts_with("https://www.immd.gov.hk/"));
    let later =
        talentnav(&["assess", "--profile", p.to_str().unwrap(), "--json", "--as-of", "2022-12-27"], d.path(), &[]);
    let a: serde_json::Value = serde_json::from_str(&later.stdout).unwrap();
    assert_eq!(a["as_of"], "2022-12-27", "--as-of overrides submission_date");
    assert_eq!(a["results"][0]["verdict"], "not_eligible");
    let bad_date = talentnav(&["assess", "--profile", p.to_str().unwrap(), "--as-of", "2026-02-30"], d.path(), &[]);
    assert_eq!(
        (bad_date.code, bad_date.stderr.as_str()),
        (2, "Error: “2026-02-30” is not a valid value for --as-of <YYYY-MM-DD>.\n")
    );
}

#[test]
fn human_output_is_a_localized_table() {
    let d = tmp();
    let p = example_profile(d.path());
    let run = talentnav(&["--lang", "zh-Hant", "assess", "--profile", p.to_str().unwrap()], d.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(run.stdout.starts_with("評估日期：2026年3月15日"), "{}", run.stdout);
    assert!(run.stdout.contains("高才通 高端人才通行證計劃") && run.stdout.contains("符合申請資格"), "{}", run.stdout);
    assert!(!run.stdout.contains("Eligible"), "no English in a zh-Hant table");
    // Each row names its scheme once, in both Chinese locales.
    for (lang, doubled) in [
        ("zh-Hant", ["科技人才入境計劃 科技人才入境計劃", "一般就業政策 一般就業政策", "新資本投資者入境計劃 新資本"]),
        ("zh-Hans", ["科技人才入境计划 科技人才入境计划", "一般就业政策 一般就业政策", "新资本投资者入境计划 新资本"]),
    ] {
        let run = talentnav(&["--lang", lang, "assess", "--profile", p.to_str().unwrap()], d.path(), &[]);
        for twice in doubled {
            assert!(!run.stdout.contains(twice), "{lang}: {twice}\n{}", run.stdout);
        }
        assert!(run.stdout.contains(&doubled[0][..doubled[0].find(' ').unwrap()]), "{}", run.stdout);
    }
}

#[test]
fn batch_gives_one_line_per_input_line_and_reports_bad_lines_by_number() {
    let d = tmp();
    let good = serde_json::to_string(
        &serde_json::from_str::<serde_json::Value>(
            &std::fs::read_to_string(format!("{}/tests/cases/base/adult.json", env!("CARGO_MANIFEST_DIR"))).unwrap(),
        )
        .unwrap(),
    )
    .unwrap();
    let input = format!(
        "{good}\nnot json\n{good}\n{{\"schema\": \"talentnav.profile/1\", \"submission_date\": \"2026-02-30\"}}\n{good}\n"
    );
    let f = d.path().join("batch.jsonl");
    std::fs::write(&f, input).unwrap();
    let run = talentnav(&["assess", "--batch", f.to_str().unwrap(), "--json"], d.path(), &[]);
    assert_eq!(run.code, 2, "bad lines make the exit status 2");
    let lines: Vec<serde_json::Value> = run.stdout.lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 5, "one output line per input line");
    assert_eq!(lines[0]["schema"], "talentnav.assessment/1");
    assert_eq!(lines[1]["line"], 2);
    assert_eq!(lines[1]["error"]["message_id"], "profile-error-not-json");
    assert_eq!(lines[2]["schema"], "talentnav.assessment/1");
    assert_eq!(lines[3]["line"], 4);
    assert_eq!(lines[4]["schema"], "talentnav.assessment/1");
    let err: Vec<&str> = run.stderr.lines().collect();
    assert_eq!(err[0], "line 2: The profile is not valid JSON (line 1, column 2).");
    assert_eq!(err[1], "line 4: submission_date: 2026-02-30 is not a date (write YYYY-MM-DD).");
    assert!(err[2].starts_with("Error: 2 lines could not be assessed"), "{}", err[2]);
}

/// `talentnav assess --batch … --json | head -1`: a reader that stops early ends the command quietly,
/// as other command-line tools do, instead of "Something went wrong … Broken pipe".
#[test]
fn a_closed_pipe_ends_a_batch_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let d = tmp();
    let good = std::fs::read_to_string(format!("{}/tests/cases/base/adult.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let line = serde_json::to_string(&serde_json::from_str::<serde_json::Value>(&good).unwrap()).unwrap();
    let f = d.path().join("batch.jsonl");
    // Far more output than a pipe buffers, so the writer must meet the closed pipe.
    std::fs::write(&f, format!("{line}\n").repeat(2000)).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_talentnav"))
        .args(["assess", "--batch", f.to_str().unwrap(), "--json"])
        .env("TALENTNAV_DATA_DIR", d.path())
        .env("LANG", "C")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
    assert!(first.starts_with("{\"schema\":\"talentnav.assessment/1\""), "{first}");
    // The reader is dropped here: the pipe is closed.
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stderr), "", "nothing said about the closed pipe");
    assert_eq!(out.status.code(), Some(0));
}

#[test]
fn schema_profile_prints_the_json_schema() {
    let d = tmp();
    let run = talentnav(&["schema", "profile"], d.path(), &[]);
    assert_eq!(run.code, 0);
    let s: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(s["title"], "talentnav.profile/1");
    assert_eq!(s["properties"]["schema"]["const"], "talentnav.profile/1");
    let committed =
        std::fs::read_to_string(format!("{}/src-tauri/crates/rules/profile.schema.json", env!("CARGO_MANIFEST_DIR")))
            .unwrap();
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&committed).unwrap(),
        s,
        "profile.schema.json is stale: talentnav schema profile > src-tauri/crates/rules/profile.schema.json"
    );
}

fn json_out(run: &Run) -> serde_json::Value {
    assert_eq!(run.code, 0, "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

fn named_profile(dir: &Path, file: &str, family: &str, chinese: &str) -> String {
    let text = std::fs::read_to_string(format!("{}/tests/cases/base/adult.json", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let mut v: serde_json::Value = serde_json::from_str(&text).unwrap();
    v["applicant"]["name"] = serde_json::json!({"family": family, "given": "Test", "chinese": chinese});
    let p = dir.join(file);
    std::fs::write(&p, v.to_string()).unwrap();
    p.to_str().unwrap().to_string()
}

#[test]
fn client_files_round_trip_through_the_cli() {
    let d = tmp();
    let data = d.path().join("data");
    let dd = data.to_str().unwrap();
    let chan = named_profile(d.path(), "chan.json", "Chan", "陳大文");
    let lee = named_profile(d.path(), "lee.json", "Lee", "李小明");
    let a = json_out(&talentnav(&["--data-dir", dd, "client", "add", "--profile", &chan, "--json"], d.path(), &[]));
    json_out(&talentnav(&["--data-dir", dd, "client", "add", "--profile", &lee, "--json"], d.path(), &[]));
    let id = a["id"].as_i64().unwrap().to_string();

    let found = json_out(&talentnav(&["--data-dir", dd, "client", "list", "--name", "陳", "--json"], d.path(), &[]));
    assert_eq!(found.as_array().unwrap().len(), 1);
    assert_eq!(found[0]["chinese_name"], "陳大文");
    let shown = json_out(&talentnav(&["--data-dir", dd, "client", "show", &id, "--json"], d.path(), &[]));
    assert_eq!(shown["profile"]["applicant"]["name"]["family"], "Chan");

    let human = talentnav(&["--data-dir", dd, "--lang", "zh-Hant", "client", "list"], d.path(), &[]);
    assert!(human.stdout.starts_with("編號") && human.stdout.contains("陳大文"), "{}", human.stdout);

    let upd = talentnav(&["--data-dir", dd, "client", "update", &id, "--profile", &lee], d.path(), &[]);
    assert_eq!((upd.code, upd.stdout.trim()), (0, format!("Client {id} updated.").as_str()));
    let del = talentnav(&["--data-dir", dd, "client", "delete", &id], d.path(), &[]);
    assert_eq!(del.code, 0);
    let gone = talentnav(&["--data-dir", dd, "client", "show", &id], d.path(), &[]);
    assert_eq!((gone.code, gone.stderr), (2, format!("Error: There is no client {id}.\n")));
    let audit = talentnav(&["--data-dir", dd, "verify-audit"], d.path(), &[]);
    assert_eq!((audit.code, audit.stdout.trim()), (0, "The audit log is intact (4 entries)."));
    let bad = talentnav(
        &["--data-dir", dd, "client", "add", "--profile", &fixture("08-impossible-date.json")],
        d.path(),
        &[],
    );
    assert_eq!(bad.code, 2);
    assert_eq!(
        json_out(&talentnav(&["--data-dir", dd, "client", "list", "--json"], d.path(), &[])).as_array().unwrap().len(),
        1,
        "nothing written"
    );
}

/// Two (here eight) processes writing the same database at once all succeed: WAL, a busy timeout and
/// write transactions that take the lock up front.
#[test]
fn concurrent_writers_in_separate_processes_all_succeed() {
    let d = tmp();
    let data = d.path().join("data");
    let dd = data.to_str().unwrap().to_string();
    let profile = named_profile(d.path(), "p.json", "Wong", "黃");
    // Create the database first, so the processes race on writes, not on creating the schema.
    json_out(&talentnav(&["--data-dir", &dd, "client", "list", "--json"], d.path(), &[]));
    let children: Vec<_> = (0..8)
        .map(|_| {
            Command::new(env!("CARGO_BIN_EXE_talentnav"))
                .args(["--data-dir", &dd, "client", "add", "--profile", &profile])
                .env("LANG", "C")
                .stdout(std::process::Stdio::piped())
                .stderr(std::process::Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    let list = json_out(&talentnav(&["--data-dir", &dd, "client", "list", "--json"], d.path(), &[]));
    assert_eq!(list.as_array().unwrap().len(), 8);
    let audit = talentnav(&["--data-dir", &dd, "verify-audit"], d.path(), &[]);
    assert_eq!(audit.stdout.trim(), "The audit log is intact (8 entries).");
}

#[test]
fn applications_and_documents_through_the_cli() {
    let d = tmp();
    let dd = d.path().join("data");
    let dd = dd.to_str().unwrap();
    let p = named_profile(d.path(), "p.json", "Chan", "陳大文");
    json_out(&talentnav(&["--data-dir", dd, "client", "add", "--profile", &p, "--json"], d.path(), &[]));
    let app = json_out(&talentnav(
        &[
            "--data-dir",
            dd,
            "app",
            "create",
            "--client",
            "1",
            "--scheme",
            "ttps",
            "--route",
            "ttps.b",
            "--planned",
            "2026-06-01",
            "--json",
        ],
        d.path(),
        &[],
    ));
    assert_eq!((app["scheme"].as_str(), app["status"].as_str()), (Some("ttps"), Some("draft")));
    let items = json_out(&talentnav(&["--data-dir", dd, "doc", "list", "--app", "1", "--json"], d.path(), &[]));
    let keys: Vec<&str> = items.as_array().unwrap().iter().map(|i| i["item_key"].as_str().unwrap()).collect();
    assert!(keys.contains(&"degree_certificate@applicant") && !keys.contains(&"income_proof@applicant"), "{keys:?}");

    let set = json_out(&talentnav(
        &["--data-dir", dd, "doc", "set", "1", "--status", "received", "--expiry", "2030-01-31", "--json"],
        d.path(),
        &[],
    ));
    assert_eq!((set["status"].as_str(), set["expiry_date"].as_str()), (Some("received"), Some("2030-01-31")));
    let na = talentnav(
        &["--data-dir", dd, "--lang", "zh-Hant", "doc", "set", "2", "--status", "not_applicable"],
        d.path(),
        &[],
    );
    assert_eq!((na.code, na.stderr.as_str()), (2, "錯誤：標示為不適用的文件須註明原因（--reason）。\n"));
    let bad = talentnav(
        &["--data-dir", dd, "app", "create", "--client", "1", "--scheme", "ttps", "--route", "ttps.x"],
        d.path(),
        &[],
    );
    assert_eq!(bad.stderr, "Error: “ttps.x” is not a route of this scheme; use one of: ttps.a, ttps.b, ttps.c.\n");
    let status = talentnav(&["--data-dir", dd, "app", "status", "1", "submitted"], d.path(), &[]);
    assert_eq!(status.code, 0);
    let listed =
        json_out(&talentnav(&["--data-dir", dd, "client", "list", "--status", "submitted", "--json"], d.path(), &[]));
    assert_eq!(listed.as_array().unwrap().len(), 1);
    let expiring =
        json_out(&talentnav(&["--data-dir", dd, "client", "list", "--expiring", "36500", "--json"], d.path(), &[]));
    assert_eq!(expiring.as_array().unwrap().len(), 1);
    // A note on the application, shown under its checklist (a second line indented with the first).
    let noted = talentnav(
        &["--data-dir", dd, "--lang", "zh-Hant", "app", "note", "1", "僱主下週寄出合約\nCall HR"],
        d.path(),
        &[],
    );
    assert_eq!((noted.code, noted.stdout.as_str()), (0, "已為申請 1 加上備註。\n"));
    let empty = talentnav(&["--data-dir", dd, "app", "note", "1", "  "], d.path(), &[]);
    assert_eq!((empty.code, empty.stderr.as_str()), (2, "Error: A note needs some text.\n"));
    let missing = talentnav(&["--data-dir", dd, "app", "note", "9", "x"], d.path(), &[]);
    assert_eq!((missing.code, missing.stderr.as_str()), (2, "Error: There is no application 9.\n"));
    let human = talentnav(&["--data-dir", dd, "--lang", "zh-Hant", "app", "show", "1"], d.path(), &[]);
    assert!(human.stdout.contains("已收到") && human.stdout.contains("學士學位畢業證書及成績單"), "{}", human.stdout);
    assert!(
        human.stdout.contains("備註（最新的在前）：\n  ")
            && human.stdout.contains("\n    僱主下週寄出合約\n    Call HR\n"),
        "{}",
        human.stdout
    );
    let shown = json_out(&talentnav(&["--data-dir", dd, "app", "show", "1", "--json"], d.path(), &[]));
    assert_eq!(shown["notes"][0]["body"].as_str(), Some("僱主下週寄出合約\nCall HR"));
}

fn pdftotext(file: &Path) -> String {
    let out = Command::new("pdftotext")
        .args(["-enc", "UTF-8"])
        .arg(file)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils)");
    assert!(out.status.success());
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn checklist_from_an_application_and_from_a_profile_in_each_language() {
    let d = tmp();
    let dd = d.path().join("data");
    let dd = dd.to_str().unwrap();
    let p = named_profile(d.path(), "p.json", "Chan", "陳大文");
    json_out(&talentnav(&["--data-dir", dd, "client", "add", "--profile", &p, "--json"], d.path(), &[]));
    let create = ["--data-dir", dd, "app", "create", "--client", "1", "--scheme", "ttps", "--route", "ttps.b"];
    json_out(&talentnav(&[&create[..], &["--planned", "2027-01-15", "--json"]].concat(), d.path(), &[]));
    talentnav(&["--data-dir", dd, "doc", "set", "1", "--status", "verified"], d.path(), &[]);
    talentnav(&["--data-dir", dd, "doc", "note", "2", "Bring the old passport too 舊護照"], d.path(), &[]);

    for (lang, scheme, received) in [
        ("en", "Top Talent Pass Scheme", "Verified"),
        ("zh-Hant", "高端人才通行證計劃", "已核實"),
        ("zh-Hans", "高端人才通行证计划", "已核实"),
    ] {
        let out = d.path().join(format!("app-{lang}.pdf"));
        let o = out.to_str().unwrap();
        let r =
            talentnav(&["--data-dir", dd, "--lang", lang, "checklist", "--application", "1", "-o", o], d.path(), &[]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(r.stdout.contains(o), "{}", r.stdout);
        let text = pdftotext(&out);
        for want in [scheme, "陳大文", "CHAN Test", received, "TN-0001", "Bring the old passport too 舊護照"] {
            assert!(text.contains(want), "{lang}: {want:?} in\n{text}");
        }
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&out).unwrap().permissions().mode() & 0o777;
            assert_eq!(mode, 0o600, "client data is owner-only");
        }
    }

    // A note the PDF fonts cannot show is named, and the last good file stays.
    talentnav(&["--data-dir", dd, "doc", "note", "2", "Passport renewed 🎉"], d.path(), &[]);
    let kept = d.path().join("app-en.pdf");
    let before = std::fs::read(&kept).unwrap();
    let k = kept.to_str().unwrap();
    let bad = talentnav(&["--data-dir", dd, "checklist", "--application", "1", "-o", k], d.path(), &[]);
    assert_eq!(bad.code, 2);
    assert_eq!(
        bad.stderr,
        "Error: The note on “Valid travel document” (Applicant · CHAN Test  陳大文) contains characters a PDF checklist cannot show: 🎉. Remove them or write them another way; nothing was written.\n"
    );
    assert_eq!(std::fs::read(&kept).unwrap(), before);

    // Without a database: straight from the profile, the planned date taken from submission_date.
    let out = d.path().join("self.pdf");
    let o = out.to_str().unwrap();
    // (Its data folder is elsewhere: an output inside the data folder is refused.)
    let nodata = d.path().join("nodata");
    let r = talentnav(&["--lang", "zh-Hans", "checklist", "--profile", &p, "--scheme", "gep", "-o", o], &nodata, &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = pdftotext(&out);
    assert!(text.contains("一般就业政策") && text.contains("自我评估（未建立客户档案）"), "{text}");
}

#[test]
fn a_failed_checklist_leaves_the_existing_file_untouched() {
    let d = tmp();
    // The data folder is beside the outputs, not around them: an output inside it is refused.
    let data = d.path().join("data");
    let p = named_profile(d.path(), "p.json", "Chan", "陳大文");
    let out = d.path().join("keep.pdf");
    std::fs::write(&out, b"the consultant's earlier copy").unwrap();
    let o = out.to_str().unwrap();
    let cases: [(&[&str], &str); 5] = [
        (&["checklist", "--profile", &p, "--scheme", "nope", "-o", o], "Error: “nope” is not a scheme"),
        (
            &["checklist", "--profile", &p, "--scheme", "ttps", "--route", "ttps.x", "-o", o],
            "Error: “ttps.x” is not a route",
        ),
        (&["checklist", "--application", "7", "-o", o], "Error: There is no application 7."),
        (&["checklist", "--scheme", "ttps", "-o", o], "Error: Say which checklist to write"),
        (&["checklist", "--route", "ttps.a", "-o", o], "Error: --route needs --profile and --scheme"),
    ];
    for (args, want) in cases {
        let r = talentnav(args, &data, &[]);
        assert_eq!(r.code, 2, "{args:?}");
        assert!(r.stderr.starts_with(want) && r.stderr.lines().count() == 1, "{args:?}: {}", r.stderr);
        assert_eq!(std::fs::read(&out).unwrap(), b"the consultant's earlier copy");
    }
    let zh = talentnav(&["--lang", "zh-Hant", "checklist", "--scheme", "ttps", "-o", o], &data, &[]);
    assert_eq!(zh.stderr, "錯誤：請指明要輸出哪份清單：--application 申請編號，或 --profile 檔案加 --scheme 計劃。\n");
    let missing =
        talentnav(&["checklist", "--profile", &p, "--scheme", "ttps", "-o", "/nonexistent/dir/x.pdf"], &data, &[]);
    assert!(missing.stderr.starts_with("Error: /nonexistent/dir/x.pdf"), "{}", missing.stderr);
    // Replaced once the new one is complete, with no temporary file left beside it.
    let ok = talentnav(&["checklist", "--profile", &p, "--scheme", "ttps", "-o", o], &data, &[]);
    assert_eq!(ok.code, 0, "{}", ok.stderr);
    assert!(std::fs::read(&out).unwrap().starts_with(b"%PDF-1.7"));
    let names: Vec<_> = std::fs::read_dir(d.path()).unwrap().map(|e| e.unwrap().file_name()).collect();
    assert!(!names.iter().any(|n| n.to_string_lossy().ends_with(".tmp")), "{names:?}");
}

/// `talentnav rules show ID --as-of DATE` answers for every criterion of the pack, on a day inside
/// each of its versions, with that version's values and sources.
#[test]
fn rules_show_answers_for_every_criterion_on_every_version() {
    let d = tmp();
    let pack = talentnav_rules::pack::embedded_pack();
    let ids = pack.rule_ids();
    assert!(ids.len() > 80, "only {} criteria: is the walk broken?", ids.len());
    for id in ids {
        for v in pack.rule_versions(id) {
            let day = v.from.or(v.to).map(|d| d.0.to_string()).unwrap_or_else(|| "2026-03-15".into());
            let run = talentnav(&["rules", "show", id, "--as-of", &day, "--json"], d.path(), &[]);
            assert_eq!(run.code, 0, "{id} on {day}: {}", run.stderr);
            let json: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
            assert_eq!(json["id"], id);
            assert_eq!(json["check"], v.check, "{id} on {day}");
            assert!(
                json["sources"].as_array().is_some_and(|s| !s.is_empty() && s.iter().all(|s| s["revised"].is_string()))
            );
        }
    }
}

/// The text of `rules show` in Chinese names no register item by its code and writes no date the ISO
/// way: a person reads what is open and when, in words.
#[test]
fn rules_show_in_chinese_says_what_is_open_never_a_register_code() {
    let d = tmp();
    let pack = talentnav_rules::pack::embedded_pack();
    let codes: Vec<&str> = pack.register.iter().map(|i| i.code.as_str()).collect();
    let mut register_values = 0;
    for id in pack.rule_ids() {
        for v in pack.rule_versions(id) {
            let day = v.from.or(v.to).map(|d| d.0.to_string()).unwrap_or_else(|| "2026-03-15".into());
            let run = talentnav(&["--lang", "zh-Hans", "rules", "show", id, "--as-of", &day], d.path(), &[]);
            assert_eq!(run.code, 0, "{id} on {day}: {}", run.stderr);
            for line in run.stdout.lines().filter_map(|l| l.split_once(" = ")).map(|(_, v)| v) {
                assert!(
                    !codes.iter().any(|c| line.split(|ch: char| !ch.is_alphanumeric()).any(|w| w == *c)),
                    "{id}: {line}"
                );
                let iso = line.as_bytes().windows(10).any(|w| {
                    w.iter().enumerate().all(|(i, b)| if i == 4 || i == 7 { *b == b'-' } else { b.is_ascii_digit() })
                });
                assert!(!iso, "{id}: an ISO date in {line}");
                register_values += usize::from(pack.register.iter().any(|i| line.contains(i.open.zh_hans.as_str())));
            }
        }
    }
    assert!(register_values > 0, "no criterion names a register item any more: is the test still looking?");
}

#[test]
fn rules_show_picks_the_version_in_force_and_says_when_none_is() {
    let d = tmp();
    let show = |day: &str| talentnav(&["rules", "show", "new_cies.net_assets", "--as-of", day], d.path(), &[]);
    let before = show("2025-02-28");
    assert_eq!(before.code, 0, "{}", before.stderr);
    assert!(before.stdout.contains("window = two_years") && before.stdout.contains("until 28 Feb 2025 (inclusive)"));
    let on = show("2025-03-01");
    assert!(on.stdout.contains("window = six_months") && on.stdout.contains("from 1 Mar 2025"), "{}", on.stdout);
    assert!(
        on.stdout.contains("hkd = 30000000") && on.stdout.contains("S8 ImmD: New Capital Investment Entrant Scheme")
    );
    // A Chinese reader gets the sources' Chinese titles.
    let zh = talentnav(
        &["rules", "show", "new_cies.net_assets", "--as-of", "2025-03-01", "--lang", "zh-Hant"],
        d.path(),
        &[],
    );
    assert!(zh.stdout.contains("S8 入境處：新資本投資者入境計劃") && !zh.stdout.contains("ImmD"), "{}", zh.stdout);
    let unknown = talentnav(&["rules", "show", "ttps.z", "--lang", "zh-Hant"], d.path(), &[]);
    assert_eq!(unknown.code, 2);
    assert_eq!(unknown.stderr.lines().count(), 1, "{}", unknown.stderr);
    assert!(unknown.stderr.contains("規則資料包沒有「ttps.z」這項準則"), "{}", unknown.stderr);
    let sources = talentnav(&["rules", "sources", "--json"], d.path(), &[]);
    let list: Vec<serde_json::Value> = serde_json::from_str(&sources.stdout).unwrap();
    assert!(list.iter().any(|s| s["id"] == "S1" && s["revised"].as_str().is_some_and(|r| r.len() == 10)));
    assert_eq!(list.len(), talentnav_rules::pack::embedded_pack().sources.len());
}

/// `doc list` says who needs what, and when, in the same words as the PDF: each party by role and
/// name, "Required" only where the household's facts settle it, the open condition and the fact that
/// would settle it under the row, and why a family member who cannot come has no documents.
#[test]
fn doc_list_names_each_party_and_says_when_a_document_is_needed() {
    let d = tmp();
    let dd = d.path().join("data");
    let dd = dd.to_str().unwrap();
    // Dated from today, so the company's age and the child's 18th birthday stay where they are.
    let planned = chrono::Local::now().date_naive() + chrono::Duration::days(400);
    // Born 6,600 days (18 years and some weeks) before the planned submission: 18 by then.
    let adult_born = (planned - chrono::Duration::days(6600)).to_string();
    let profile = serde_json::json!({
        "schema": "talentnav.profile/1",
        "applicant": {"name": {"family": "Chan", "given": "Tai Man"}, "nationality": "CN", "mainland_resident": true},
        "has_job_offer": true,
        "job_offer": {"employer": "Harbour Data Ltd", "talent_list_profession": "none",
                      "employer_established_on": (planned - chrono::Duration::days(180)).to_string()},
        "dependants": [
            // Not a former Mainland resident, so her admission is settled and her Macao card required.
            {"relationship": "spouse", "resident_of": "MO", "macao": {"former_mainland_resident": false},
             "name": {"family": "Wong", "given": "Mei Ling", "chinese": "黃美玲"}},
            {"relationship": "child", "date_of_birth": "2017-03-01", "married": false, "nationality": "CN"},
            {"relationship": "child", "date_of_birth": adult_born, "married": false, "name": {"given": "Ka Ho"}}
        ]
    });
    let p = d.path().join("household.json");
    std::fs::write(&p, profile.to_string()).unwrap();
    talentnav(&["--data-dir", dd, "client", "add", "--profile", p.to_str().unwrap()], d.path(), &[]);
    let planned = planned.to_string();
    let created = talentnav(
        &["--data-dir", dd, "app", "create", "--client", "1", "--scheme", "asmtp", "--planned", &planned],
        d.path(),
        &[],
    );
    assert_eq!(created.code, 0, "{}", created.stderr);

    let en = talentnav(&["--data-dir", dd, "--lang", "en", "doc", "list", "--app", "1"], d.path(), &[]).stdout;
    let row = |out: &str, party: &str, document: &str| -> Option<String> {
        out.lines().find(|l| l.contains(party) && l.contains(document)).map(str::to_string)
    };
    let macao = row(&en, "Spouse · WONG Mei Ling 黃美玲", "Macao identity card").expect(&en);
    assert!(macao.trim_end().ends_with("Required"), "{macao}");
    let plan = row(&en, "Employer · Harbour Data Ltd", "Detailed business plan").expect(&en);
    assert!(plan.trim_end().ends_with("Required"), "set up 6 months before: {plan}");
    let child = "Child, born 1 Mar 2017";
    assert!(row(&en, child, "Macao identity card").expect(&en).trim_end().ends_with("May be needed"), "{en}");
    assert!(
        en.contains("      Only if this person lives in Macao.\n      Not known yet: where this person lives."),
        "{en}"
    );
    assert!(row(&en, child, "Proof of overseas residence").expect(&en).trim_end().ends_with("May be needed"));
    assert!(row(&en, "Applicant", "Hong Kong identity card").expect(&en).trim_end().ends_with("If you have one"));
    assert!(!en.contains("Dependant"), "no numbered dependants: {en}");
    // The child who is 18 by the planned submission: a line saying why, no documents.
    assert!(!en.lines().any(|l| l.contains("· Ka Ho") && l.contains("photograph")), "{en}");
    assert!(en.contains("      No documents: this person cannot come as a dependant. The child is 18"), "{en}");

    let zh = talentnav(&["--data-dir", dd, "--lang", "zh-Hant", "doc", "list", "--app", "1"], d.path(), &[]).stdout;
    assert!(row(&zh, "子女，2017年3月1日出生", "澳門身份證").expect(&zh).trim_end().ends_with("或須提交"), "{zh}");
    assert!(zh.contains("只在此人居於澳門時須提交。") && zh.contains("未有資料：此人的居住地。"), "{zh}");
    let hans = talentnav(&["--data-dir", dd, "--lang", "zh-Hans", "doc", "list", "--app", "1"], d.path(), &[]).stdout;
    assert!(
        row(&hans, "配偶 · WONG Mei Ling 黃美玲", "澳门身份证").expect(&hans).trim_end().ends_with("须提交"),
        "{hans}"
    );

    let json = json_out(&talentnav(&["--data-dir", dd, "doc", "list", "--app", "1", "--json"], d.path(), &[]));
    let item = |key: &str| json.as_array().unwrap().iter().find(|i| i["item_key"] == key).cloned();
    let macao = item("macao_id@dependant:1").unwrap();
    assert_eq!((macao["need"].as_str(), macao["party_label"].as_str()), (Some("may_be_needed"), Some(child)));
    assert_eq!(macao["details"][0], "Only if this person lives in Macao.");
    assert_eq!(item("macao_id@dependant:0").unwrap()["need"], "required");
    assert!(item("photo@dependant:2").is_none(), "no documents for the adult child");
}

/// assessment-v1 writes every source as {title, url, revised}: `url` is null, never absent, for a
/// source without an address (qmas.gpt.1, ttps.in_operation …).
#[test]
fn every_source_has_a_url_key() {
    let d = tmp();
    let p = example_profile(d.path());
    let run =
        talentnav(&["assess", "--profile", p.to_str().unwrap(), "--json", "--as-of", "2020-01-01"], d.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let v: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    fn walk(v: &serde_json::Value, found: &mut (usize, usize)) {
        match v {
            serde_json::Value::Object(m) => {
                if let Some(serde_json::Value::Array(list)) = m.get("sources") {
                    for s in list.iter().filter(|s| s.get("title").is_some()) {
                        let o = s.as_object().unwrap();
                        assert!(o.contains_key("url") && o.contains_key("revised"), "{s}");
                        found.0 += 1;
                        found.1 += usize::from(o["url"].is_null());
                    }
                }
                m.values().for_each(|x| walk(x, found));
            }
            serde_json::Value::Array(a) => a.iter().for_each(|x| walk(x, found)),
            _ => {}
        }
    }
    let mut found = (0, 0);
    walk(&v, &mut found);
    assert!(found.0 > 10 && found.1 > 0, "sources {found:?}");
}

/// A data folder that cannot be used is the file system's failure, not bad input: exit 3, one
/// localized line naming the path; a profile path that does not exist is the input's fault: exit 2.
#[test]
fn a_file_system_failure_exits_3_and_bad_input_2() {
    let d = tmp();
    let not_a_folder = d.path().join("plain-file");
    std::fs::write(&not_a_folder, b"x").unwrap();
    let run = talentnav(&["client", "list"], &not_a_folder, &[]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    assert_eq!(run.stderr.lines().count(), 1, "{}", run.stderr);
    assert!(run.stderr.contains("plain-file"), "{}", run.stderr);
    let missing = talentnav(&["assess", "--profile", "/no/such/profile.json"], d.path(), &[]);
    assert_eq!(missing.code, 2, "{}", missing.stderr);
}

/// The built-in pack is as of 1 Jan 2026 and knows the next January list is due on 1 Jan 2027: an
/// answer for a day up to six months later is not flagged; after that it says the rules may be out of
/// date (age), and from the due day on, that a change was due; one line in text, a field in JSON
/// (null when current), in the person's language.
#[test]
fn assess_says_when_the_rules_may_be_out_of_date_for_the_day_judged() {
    let d = tmp();
    let p = example_profile(d.path());
    let json = |day: &str| {
        let run = talentnav(&["assess", "--profile", p.to_str().unwrap(), "--json", "--as-of", day], d.path(), &[]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        serde_json::from_str::<serde_json::Value>(&run.stdout).unwrap()["rules_out_of_date"].clone()
    };
    for day in ["2026-06-30", "2026-07-01"] {
        assert_eq!(json(day), serde_json::Value::Null, "{day}");
    }
    let age = json("2026-07-02");
    assert_eq!(
        (age["message_id"].as_str(), age["revised"].as_str()),
        (Some("update-notice-stale-age"), Some("2026-01-01"))
    );
    assert!(age["message"].as_str().unwrap().contains("more than six months ago"), "{age}");
    assert_eq!(json("2026-12-31")["message_id"], "update-notice-stale-age");
    let due = json("2027-01-01");
    assert_eq!(
        (due["message_id"].as_str(), due["due"].as_str()),
        (Some("update-notice-stale-due"), Some("2027-01-01"))
    );

    let text = |lang: &str, day: &str| {
        let args = ["--lang", lang, "assess", "--profile", p.to_str().unwrap(), "--as-of", day];
        let run = talentnav(&args, d.path(), &[]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        run.stdout
    };
    assert!(!text("en", "2026-07-01").contains("out of date"));
    let en = text("en", "2027-01-01");
    let second = en.lines().nth(1).unwrap();
    assert!(second.starts_with("These rules are as of 1 Jan 2026 and a change was due on 1 Jan 2027"), "{en}");
    assert_eq!(en.lines().filter(|l| l.contains("out of date")).count(), 1, "{en}");
    assert!(text("zh-Hant", "2026-07-02").lines().nth(1).unwrap().contains("已超過六個月，可能已過時"));
    assert!(text("zh-Hans", "2026-07-02").lines().nth(1).unwrap().contains("已超过六个月，可能已过时"));
    let batch = d.path().join("batch.jsonl");
    let mut profile: serde_json::Value = serde_json::from_slice(&std::fs::read(&p).unwrap()).unwrap();
    profile["submission_date"] = "2027-02-01".into();
    std::fs::write(&batch, format!("{profile}\n")).unwrap();
    let run = talentnav(&["assess", "--batch", batch.to_str().unwrap(), "--json"], d.path(), &[]);
    let line: serde_json::Value = serde_json::from_str(run.stdout.lines().next().unwrap()).unwrap();
    assert_eq!(line["rules_out_of_date"]["message_id"], "update-notice-stale-due");
}

/// An installed pack that fails at start: `assess` still answers, from the built-in pack, and says so
/// on stderr (stdout stays the report); with nothing installed it says nothing.
#[test]
fn assess_says_when_the_installed_pack_could_not_be_used() {
    let d = tmp();
    let profile = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/examples/recent-graduate.json");
    let quiet = talentnav(&["assess", "--profile", profile, "--json"], d.path(), &[]);
    assert_eq!((quiet.code, quiet.stderr.as_str()), (0, ""), "{}", quiet.stderr);
    std::fs::create_dir_all(d.path().join("rules")).unwrap();
    std::fs::write(d.path().join("rules/active"), "2026.9.0\n").unwrap();
    let run = talentnav(&["assess", "--profile", profile, "--json"], d.path(), &[]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stderr.contains("2026.9.0 cannot be used") && run.stderr.contains("built into the app"),
        "{}",
        run.stderr
    );
    let report: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["schema"], "talentnav.assessment/1");
}
