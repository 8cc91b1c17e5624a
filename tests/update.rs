//! `talentnav rules …` for signed rule packs, as a person runs it: keygen, pack, verify, update from a
//! real server on 127.0.0.1, status, rollback; and a real `rules update` killed with SIGKILL at every
//! point of its run leaves the old pack or the new one in use, never a mix.

#[path = "../src-tauri/crates/update/tests/common/mod.rs"]
mod server;

use server::{Reply, edit, host, new_key, pack, serve};
use std::{
    path::Path,
    process::{Command, Output, Stdio},
    time::Instant,
};
use talentnav_update::{Origin, Trust, keys, load_active_with};

/// `talentnav --data-dir DATA ARGS…`, trusting `key` (debug builds only) and fetching from `url`.
fn run(data: &Path, key: &keys::SigningKey, url: &str, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_talentnav"));
    cmd.arg("--data-dir")
        .arg(data)
        .args(args)
        .env("LANG", "C")
        .env(keys::DEV_TRUSTED_KEY_ENV, keys::public_hex(&key.verifying_key()))
        .env("TALENTNAV_RULES_URL", url);
    cmd
}

fn output(mut cmd: Command) -> Output {
    cmd.output().unwrap()
}

fn ok(out: Output) -> String {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).unwrap()
}

fn status(data: &Path, key: &keys::SigningKey) -> serde_json::Value {
    serde_json::from_str(&ok(output(run(data, key, "", &["rules", "status", "--json"])))).unwrap()
}

#[test]
fn update_status_rollback_through_the_command_line() {
    let d = tempfile::tempdir().unwrap();
    let data = d.path().join("data");
    let key = new_key();
    let s = status(&data, &key);
    assert_eq!((s["origin"].as_str(), s["version"].as_str()), (Some("built_in"), Some("2026.1.0")));

    let base = serve(host("2026.2.0", Reply::Body(pack("2026.2.0", &key))));
    let out = ok(output(run(&data, &key, &base, &["rules", "check"])));
    assert!(out.contains("A newer rule pack is out: 2026.2.0 (in use: 2026.1.0)"), "{out}");
    let out = ok(output(run(&data, &key, &base, &["rules", "update"])));
    assert!(out.contains("Rule pack 2026.2.0 installed (replacing 2026.1.0)") && out.contains("Test pack."), "{out}");
    let s = status(&data, &key);
    assert_eq!((s["origin"].as_str(), s["version"].as_str()), (Some("installed"), Some("2026.2.0")));
    assert_eq!(s["kept"], serde_json::json!(["2026.2.0"]));
    let about = ok(output(run(&data, &key, "", &["about"])));
    assert!(about.contains("Rule pack: hk-talent 2026.2.0\n") && about.contains("Rules as of: 20 Nov 2026"), "{about}");
    let out = ok(output(run(&data, &key, &base, &["--lang", "zh-Hant", "rules", "update"])));
    assert!(out.contains("毋須安裝"), "{out}");

    // A tampered 2026.3.0: exit 2, one localized line, nothing changed.
    let bad = edit(&pack("2026.3.0", &key), |v| {
        let f = &mut v["files"][0];
        f["text"] = format!("{}\n", f["text"].as_str().unwrap()).into();
    });
    let base3 = serve(host("2026.3.0", Reply::Body(bad)));
    let before = server::snapshot(&data);
    let out = output(run(&data, &key, &base3, &["--lang", "zh-Hans", "rules", "update"]));
    assert_eq!(out.status.code(), Some(2));
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("pack.toml") && err.contains("与签名时不同"), "{err}");
    assert_eq!(server::snapshot(&data), before);
    // A server error is exit 3 (not the input's fault).
    let base500 = serve(host("2026.3.0", Reply::Status(500)));
    assert_eq!(output(run(&data, &key, &base500, &["rules", "update"])).status.code(), Some(3));

    let base3 = serve(host("2026.3.0", Reply::Body(pack("2026.3.0", &key))));
    ok(output(run(&data, &key, &base3, &["rules", "update", "--json"])));
    let out = ok(output(run(&data, &key, "", &["rules", "rollback"])));
    assert!(out.contains("Back to rule pack 2026.2.0 (replacing 2026.3.0)"), "{out}");
    let out = output(run(&data, &key, "", &["rules", "rollback"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("No earlier rule pack"));
    // Without the trusted key (as a release build always is), the installed pack falls back, told.
    let out = Command::new(env!("CARGO_BIN_EXE_talentnav"))
        .args(["--data-dir", data.to_str().unwrap(), "rules", "status"])
        .env("LANG", "C")
        .output()
        .unwrap();
    let text = ok(out);
    assert!(
        text.contains("The installed rule pack 2026.2.0 cannot be used") && text.contains("does not trust"),
        "{text}"
    );
}

#[test]
fn the_address_comes_from_the_settings_unless_the_environment_gives_one() {
    let d = tempfile::tempdir().unwrap();
    let key = new_key();
    let out = output(run(d.path(), &key, "", &["rules", "check"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("No update address is set"));
    let base = serve(host("2026.2.0", Reply::Body(pack("2026.2.0", &key))));
    std::fs::write(d.path().join("settings.json"), format!(r#"{{"language": "en", "rules_url": "{base}"}}"#)).unwrap();
    let out = ok(output(run(d.path(), &key, "", &["rules", "check", "--json"])));
    let offer: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!((offer["latest"].as_str(), offer["newer"].as_bool()), (Some("2026.2.0"), Some(true)));
    assert!(ok(output(run(d.path(), &key, "", &["rules", "status"]))).contains(&base));
}

#[test]
fn keygen_pack_and_verify_for_the_maintainers() {
    let d = tempfile::tempdir().unwrap();
    let data = d.path().join("data");
    let dir = d.path().join("pack");
    for (name, text) in talentnav_rules::pack::embedded_files() {
        let p = dir.join(name);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, text.replace("version = \"2026.1.0\"", "version = \"2026.4.0\"")).unwrap();
    }
    std::fs::write(
        dir.join("release.toml"),
        "published = \"2026-11-30\"\nmin_app_version = \"0.1.0\"\n[changelog]\nen = \"New list.\"\nzh-Hant = \"新名單。\"\nzh-Hans = \"新名单。\"\n",
    )
    .unwrap();
    let key_file = d.path().join("maint.key");
    let unused = new_key();
    let out = ok(output(run(&data, &unused, "", &["rules", "keygen", "-o", key_file.to_str().unwrap()])));
    let public = out.trim().rsplit(' ').next().unwrap().to_string();
    let key = keys::parse_key_file(&std::fs::read_to_string(&key_file).unwrap()).unwrap();
    assert_eq!(keys::public_hex(&key.verifying_key()), public);
    // A second keygen onto the same file refuses to destroy the key.
    assert_ne!(
        output(run(&data, &unused, "", &["rules", "keygen", "-o", key_file.to_str().unwrap()])).status.code(),
        Some(0)
    );
    assert_eq!(keys::parse_key_file(&std::fs::read_to_string(&key_file).unwrap()).unwrap().to_bytes(), key.to_bytes());

    let file = d.path().join("hk-talent-2026.4.0.tnpack");
    let args =
        ["rules", "pack", "--key", key_file.to_str().unwrap(), dir.to_str().unwrap(), "-o", file.to_str().unwrap()];
    let out = ok(output(run(&data, &unused, "", &args)));
    let files = talentnav_rules::pack::embedded_files().len();
    assert!(out.contains(&format!("Signed hk-talent 2026.4.0 ({files} files)")), "{out}");
    let out = ok(output(run(&data, &key, "", &["--lang", "zh-Hant", "rules", "verify", file.to_str().unwrap()])));
    assert!(
        out.contains(&format!("全部 {files} 個檔案均已核實"))
            && out.contains("新名單。")
            && out.contains("2026年11月30日"),
        "{out}"
    );
    // Checked against the app's own keys, a maintainer's test key is unknown.
    let out = output(run(&data, &unused, "", &["rules", "verify", file.to_str().unwrap()]));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("does not trust"));
    let bad_key = d.path().join("bad.key");
    std::fs::write(&bad_key, "not a key\n").unwrap();
    let out = output(run(
        &data,
        &unused,
        "",
        &["rules", "pack", "--key", bad_key.to_str().unwrap(), dir.to_str().unwrap(), "-o", "x.tnpack"],
    ));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("is not a signing key"));
}

/// The rules in use after a kill: an installed pack that verifies, old or new, and whose file is the
/// very artefact that was served.
fn whole(data: &Path, trust: &Trust, served: &[(&str, &[u8])]) -> String {
    let (active, notice) = load_active_with(data, trust);
    assert_eq!((active.origin(), notice), (Origin::Installed, None));
    let version = active.info.version.clone();
    let (_, bytes) = served.iter().find(|(v, _)| *v == version).expect("old or new");
    let file = talentnav_update::installed::rules_dir(data).join(format!("{version}.tnpack"));
    assert_eq!(std::fs::read(file).unwrap(), *bytes);
    version
}

#[test]
fn sigkill_during_an_update_leaves_the_old_or_the_new_pack_never_a_mix() {
    let d = tempfile::tempdir().unwrap();
    let key = new_key();
    let trust = Trust::only([key.verifying_key()]);
    let (old, new) = (pack("2026.2.0", &key), pack("2026.3.0", &key));
    let base_old = serve(host("2026.2.0", Reply::Body(old.clone())));
    let base_new = serve(host("2026.3.0", Reply::Body(new.clone())));
    let served: [(&str, &[u8]); 2] = [("2026.2.0", &old), ("2026.3.0", &new)];
    let start_state = d.path().join("start");
    ok(output(run(&start_state, &key, &base_old, &["rules", "update"])));

    // How long a whole run takes, so the kills can be spread over all of it.
    let data = d.path().join("data");
    let copy = |to: &Path| {
        let _ = std::fs::remove_dir_all(to);
        assert!(Command::new("cp").arg("-a").arg(&start_state).arg(to).status().unwrap().success());
    };
    copy(&data);
    let t0 = Instant::now();
    ok(output(run(&data, &key, &base_new, &["rules", "update"])));
    let full = t0.elapsed();

    let (mut killed, mut outcomes) = (0, std::collections::BTreeMap::<String, usize>::new());
    let runs = 30u32;
    for i in 0..runs {
        copy(&data);
        let mut child = run(&data, &key, &base_new, &["rules", "update"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        // From at once to well past a whole run's length: some die early, some mid-install, some finish.
        std::thread::sleep(full * 2 * i / runs);
        child.kill().unwrap(); // SIGKILL
        let st = child.wait().unwrap();
        if st.code().is_none() {
            killed += 1;
        }
        *outcomes.entry(whole(&data, &trust, &served)).or_default() += 1;
        // Whatever was left behind, a later update completes and leaves the new pack.
        if i % 10 == 0 {
            ok(output(run(&data, &key, &base_new, &["rules", "update"])));
            assert_eq!(whole(&data, &trust, &served), "2026.3.0");
        }
    }
    assert!(killed >= 3, "only {killed} of {runs} runs were killed before they ended ({full:?} a run)");
    assert!(outcomes.contains_key("2026.2.0") && outcomes.contains_key("2026.3.0"), "{outcomes:?}");
    eprintln!("{runs} runs over {full:?}: {killed} killed, outcomes {outcomes:?}");
}

#[test]
fn after_an_update_the_impact_report_names_the_clients_whose_answers_change() {
    let d = tempfile::tempdir().unwrap();
    let data = d.path().join("data");
    let key = new_key();
    let add = |institution: &str, income: u64| {
        let path = d.path().join(format!("{institution}-{income}.json"));
        std::fs::write(&path, serde_json::to_vec(&server::profile_json(institution, income)).unwrap()).unwrap();
        let out = ok(output(run(&data, &key, "", &["client", "add", "--profile", path.to_str().unwrap(), "--json"])));
        serde_json::from_str::<serde_json::Value>(&out).unwrap()["id"].as_i64().unwrap()
    };
    let rich = add("Monash University", 2_600_000);
    let imperial = add("Imperial College London", 0);
    let _unaffected = add("Monash University", 0);
    let args = ["app", "create", "--client", &imperial.to_string(), "--scheme", "ttps", "--json"];
    let app = serde_json::from_str::<serde_json::Value>(&ok(output(run(&data, &key, "", &args)))).unwrap();
    let app = app["id"].as_i64().unwrap();

    let bytes = server::signed(server::stricter("2026.3.0"), &key, "0.1.0");
    let base = serve(host("2026.3.0", Reply::Body(bytes)));
    let out = ok(output(run(&data, &key, &base, &["rules", "update"])));
    assert!(out.contains("talentnav rules impact --from 2026.1.0"), "{out}");

    let args = ["rules", "impact", "--from", "2026.1.0", "--as-of", "2026-07-01", "--json"];
    let report: serde_json::Value = serde_json::from_str(&ok(output(run(&data, &key, "", &args)))).unwrap();
    assert_eq!(
        (report["from"].as_str(), report["to"].as_str(), report["clients_checked"].as_u64()),
        (Some("2026.1.0"), Some("2026.3.0"), Some(3))
    );
    let ids: Vec<i64> = report["clients"].as_array().unwrap().iter().map(|c| c["client"].as_i64().unwrap()).collect();
    assert_eq!(ids.len(), 2, "{report}");
    assert!(ids.contains(&rich) && ids.contains(&imperial), "{report}");
    let rich_report = report["clients"].as_array().unwrap().iter().find(|c| c["client"] == rich).unwrap();
    let a = rich_report["changes"].as_array().unwrap().iter().find(|c| c["route"] == "ttps.a").unwrap();
    assert_eq!((a["before"].as_str(), a["after"].as_str()), (Some("eligible"), Some("not_eligible")));
    assert!(a["criteria"].as_array().unwrap().iter().any(|k| k["id"] == "ttps.a.income" && k["after"] == "not_met"));

    let imperial_report = report["clients"].as_array().unwrap().iter().find(|c| c["client"] == imperial).unwrap();
    assert_eq!(
        imperial_report["checklists"],
        serde_json::json!([{"application": app, "scheme": "ttps", "added": [], "obsolete": ["photo@applicant"]}])
    );
    let text = ok(output(run(
        &data,
        &key,
        "",
        &["--lang", "zh-Hant", "rules", "impact", "--from", "2026.1.0", "--as-of", "2026-07-01"],
    )));
    assert!(text.starts_with("由規則資料包 2026.1.0 改為 2026.3.0：3 位客戶中有 2 位的結果有變。"), "{text}");
    assert!(text.contains("符合資格") || text.contains("不符合"), "{text}");
    assert!(text.contains(&format!("申請 {app}：不再需要：")), "{text}");
    // Rolling back is the reverse change, and an unknown version is refused by name.
    let back = ok(output(run(
        &data,
        &key,
        "",
        &["rules", "impact", "--from", "2026.3.0", "--to", "2026.1.0", "--as-of", "2026-07-01", "--json"],
    )));
    assert_eq!(serde_json::from_str::<serde_json::Value>(&back).unwrap()["clients"].as_array().unwrap().len(), 2);
    let out = output(run(&data, &key, "", &["rules", "impact", "--from", "2025.9.9"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no rule pack 2025.9.9"));
}
