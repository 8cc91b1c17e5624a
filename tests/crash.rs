//! A real `talentnav import` of 500 client archives, killed with SIGKILL part-way: the database passes
//! `PRAGMA integrity_check` and holds every client whole or not at all.

use std::{
    io::Read,
    path::{Path, PathBuf},
    process::{Command, Stdio},
    time::{Duration, Instant},
};

mod common;
use common::{rewrite_archive, talentnav};

fn ok_json(out: std::process::Output) -> serde_json::Value {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The same client file under `n` different identities (uid changed, manifest checksums redone).
fn variants(source: &Path, dir: &Path, n: usize) -> Vec<PathBuf> {
    let mut bytes = Vec::new();
    let mut z = zip::ZipArchive::new(std::fs::File::open(source).unwrap()).unwrap();
    z.by_name("client.json").unwrap().read_to_end(&mut bytes).unwrap();
    let client: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    let uid = client["uid"].as_str().unwrap().to_string();
    (0..n)
        .map(|i| {
            let path = dir.join(format!("client-{i:04}.zip"));
            rewrite_archive(source, &path, "client.json", |b| {
                *b = String::from_utf8(b.clone()).unwrap().replace(&uid, &format!("{uid}-{i:04}")).into_bytes()
            });
            path
        })
        .collect()
}

#[test]
fn sigkill_during_a_500_client_import_leaves_every_client_whole_or_absent() {
    let d = tempfile::tempdir().unwrap();
    let source_data = d.path().join("source");
    let profile = d.path().join("p.json");
    std::fs::write(
        &profile,
        r#"{"schema": "talentnav.profile/1", "applicant": {"name": {"family": "Ho"}, "nationality": "GB"}, "has_job_offer": true,
            "dependants": [{"relationship": "spouse"}, {"relationship": "child", "married": false}]}"#,
    )
    .unwrap();
    ok_json(talentnav(&source_data, &["client", "add", "--profile", profile.to_str().unwrap(), "--json"]));
    ok_json(talentnav(&source_data, &["app", "create", "--client", "1", "--scheme", "gep", "--json"]));
    let expected_items =
        ok_json(talentnav(&source_data, &["doc", "list", "--app", "1", "--json"])).as_array().unwrap().len();
    assert!(expected_items > 10);
    let archive = d.path().join("source.zip");
    assert!(talentnav(&source_data, &["export", "--client", "1", "-o", archive.to_str().unwrap()]).status.success());
    let archives = variants(&archive, d.path(), 500);

    let target = d.path().join("target");
    ok_json(talentnav(&target, &["client", "list", "--json"]));
    let mut child = Command::new(env!("CARGO_BIN_EXE_talentnav"))
        .arg("--data-dir")
        .arg(&target)
        .arg("import")
        .args(&archives)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    // Let it get well into the run, then kill it without warning.
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let n = ok_json(talentnav(&target, &["client", "list", "--json"])).as_array().unwrap().len();
        if n >= 40 || Instant::now() > deadline {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();

    let clients = ok_json(talentnav(&target, &["client", "list", "--json"]));
    let clients = clients.as_array().unwrap();
    assert!(clients.len() >= 40 && clients.len() < 500, "killed part-way: {} clients", clients.len());
    for c in clients {
        let id = c["id"].to_string();
        let apps = ok_json(talentnav(&target, &["app", "list", "--client", &id, "--json"]));
        assert_eq!(apps.as_array().unwrap().len(), 1, "client {id} has its application");
        let app = apps[0]["id"].to_string();
        let items = ok_json(talentnav(&target, &["doc", "list", "--app", &app, "--json"]));
        assert_eq!(items.as_array().unwrap().len(), expected_items, "client {id} has every document item");
    }
    let check = Command::new("python3")
        .arg("-c")
        .arg("import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('PRAGMA integrity_check').fetchone()[0])")
        .arg(target.join("talentnav.db"))
        .output()
        .unwrap();
    assert_eq!(String::from_utf8_lossy(&check.stdout).trim(), "ok");
    assert!(talentnav(&target, &["verify-audit"]).status.success());
}
