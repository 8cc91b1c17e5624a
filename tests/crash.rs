//! A real `talentnav import` of 500 client archives, killed with SIGKILL part-way: the database passes
//! `PRAGMA integrity_check` and holds every client whole or not at all.

use sha2::{Digest, Sha256};
use std::{
    io::{Read, Write},
    path::{Path, PathBuf},
    process::{Command, Stdio},
    time::{Duration, Instant},
};

mod common;
use common::talentnav;

fn ok_json(out: std::process::Output) -> serde_json::Value {
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).unwrap()
}

/// The same client file under `n` different identities (uid changed, manifest checksums redone).
fn variants(source: &Path, dir: &Path, n: usize) -> Vec<PathBuf> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(source).unwrap()).unwrap();
    let entries: Vec<(String, Vec<u8>)> = (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut b = Vec::new();
            f.read_to_end(&mut b).unwrap();
            (f.name().unwrap().into_owned(), b)
        })
        .collect();
    let client: serde_json::Value =
        serde_json::from_slice(&entries.iter().find(|(k, _)| k == "client.json").unwrap().1).unwrap();
    let uid = client["uid"].as_str().unwrap().to_string();
    (0..n)
        .map(|i| {
            let new_uid = format!("{uid}-{i:04}");
            let mut files: Vec<(String, Vec<u8>)> = entries
                .iter()
                .map(|(k, b)| {
                    if k == "client.json" {
                        (k.clone(), String::from_utf8(b.clone()).unwrap().replace(&uid, &new_uid).into_bytes())
                    } else {
                        (k.clone(), b.clone())
                    }
                })
                .collect();
            let client_bytes = files.iter().find(|(k, _)| k == "client.json").unwrap().1.clone();
            let sha: String = Sha256::digest(&client_bytes).iter().map(|b| format!("{b:02x}")).collect();
            let m = files.iter_mut().find(|(k, _)| k == "manifest.json").unwrap();
            let mut manifest: serde_json::Value = serde_json::from_slice(&m.1).unwrap();
            for e in manifest["entries"].as_array_mut().unwrap() {
                if e["path"] == "client.json" {
                    e["sha256"] = sha.clone().into();
                    e["size"] = client_bytes.len().into();
                }
            }
            m.1 = serde_json::to_vec(&manifest).unwrap();
            let path = dir.join(format!("client-{i:04}.zip"));
            let mut w = zip::ZipWriter::new(std::fs::File::create(&path).unwrap());
            for (k, b) in &files {
                w.start_file(k.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
                w.write_all(b).unwrap();
            }
            w.finish().unwrap();
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
