//! Client archives: a lossless round trip, and every bad archive refused with nothing written.

use std::{
    io::{Read, Write},
    path::Path,
};
use talentnav_rules::input::parse_profile;
use talentnav_store::{Store, applications::ItemChange};

/// An archive's entries: name and content.
type Entries = Vec<(String, Vec<u8>)>;

async fn populated(dir: &Path) -> (Store, i64) {
    let store = Store::open(&dir.join("a")).await.unwrap();
    let p = parse_profile(
        r#"{"schema": "talentnav.profile/1", "applicant": {"name": {"family": "Chan", "chinese": "陳大文"}, "nationality": "GB"},
            "has_job_offer": true, "job_offer": {"talent_list_profession": "none"}, "dependants": [{"relationship": "spouse"}]}"#
            .as_bytes(),
    )
    .unwrap();
    let c = store.add_client(&p).await.unwrap();
    let app = store
        .create_application(talentnav_rules::pack::embedded_pack(), c.id, "gep", None, Some("2026-06-01"))
        .await
        .unwrap();
    let items = store.items(app.id).await.unwrap();
    store
        .update_item(
            items[0].id,
            &ItemChange {
                status: Some("received".into()),
                expiry_date: Some("2030-01-01".into()),
                note: Some("原件已核對".into()),
                ..Default::default()
            },
        )
        .await
        .unwrap();
    let scan = dir.join("scan.pdf");
    std::fs::write(&scan, b"%PDF-1.7 the passport").unwrap();
    store.attach(items[0].id, &scan, 1 << 20).await.unwrap();
    store.add_note(c.id, Some(app.id), "Client prefers WhatsApp").await.unwrap();
    (store, c.id)
}

fn entries(zip_path: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let mut z = zip::ZipArchive::new(std::fs::File::open(zip_path).unwrap()).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut b = Vec::new();
            f.read_to_end(&mut b).unwrap();
            (f.name().unwrap().into_owned(), b)
        })
        .collect()
}

#[tokio::test]
async fn export_then_import_is_lossless() {
    let dir = tempfile::tempdir().unwrap();
    let (a, id) = populated(dir.path()).await;
    let first = dir.path().join("first.zip");
    a.export_client(id, &first).await.unwrap();

    let b = Store::open(&dir.path().join("b")).await.unwrap();
    let new_id = b.import_client(talentnav_rules::pack::embedded_pack(), &first).await.unwrap();
    let second = dir.path().join("second.zip");
    b.export_client(new_id, &second).await.unwrap();

    let (e1, e2) = (entries(&first), entries(&second));
    for name in ["client.json", "applications.json", "notes.json"] {
        assert_eq!(String::from_utf8_lossy(&e1[name]), String::from_utf8_lossy(&e2[name]), "{name}");
    }
    let attachments: Vec<&String> = e1.keys().filter(|k| k.starts_with("attachments/")).collect();
    assert_eq!(attachments.len(), 1);
    assert_eq!(e1[attachments[0]], e2[attachments[0]]);
    // The source's audit trail is kept inside the importing database's chain.
    let audit2: serde_json::Value = serde_json::from_slice(&e2["audit.json"]).unwrap();
    let original: serde_json::Value = serde_json::from_slice(&e1["audit.json"]).unwrap();
    let import = audit2.as_array().unwrap().iter().find(|e| e["action"] == "import").expect("an import entry");
    assert_eq!(import["after"]["archive_audit"], original);
    assert_eq!(b.verify_audit().await.unwrap().first_broken, None);
    assert_eq!(
        b.import_client(talentnav_rules::pack::embedded_pack(), &first).await.unwrap_err().message_id,
        "store-error-archive-exists"
    );
}

/// Writes a zip with the given (name, bytes) entries; `manifest` decides what the manifest says.
fn write_zip(path: &Path, files: &[(&str, Vec<u8>)]) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (name, bytes) in files {
        z.start_file(*name, zip::write::SimpleFileOptions::default()).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap();
}

fn rebuild(
    from: &std::collections::BTreeMap<String, Vec<u8>>,
    change: impl Fn(&mut Vec<(String, Vec<u8>)>),
) -> Vec<(String, Vec<u8>)> {
    let mut v: Vec<(String, Vec<u8>)> = from.iter().map(|(k, b)| (k.clone(), b.clone())).collect();
    change(&mut v);
    v
}

#[tokio::test]
async fn bad_archives_are_refused_and_nothing_is_written() {
    let dir = tempfile::tempdir().unwrap();
    let (a, id) = populated(dir.path()).await;
    let good = dir.path().join("good.zip");
    a.export_client(id, &good).await.unwrap();
    let e = entries(&good);

    let mut cases: Vec<(&str, std::path::PathBuf)> = Vec::new();
    let corrupt = dir.path().join("corrupt.zip");
    std::fs::write(&corrupt, b"PK\x03\x04 this is not really a zip").unwrap();
    cases.push(("store-error-archive-corrupt", corrupt));

    let mut make = |name: &str, id: &'static str, change: &dyn Fn(&mut Entries)| {
        let path = dir.path().join(name);
        let v = rebuild(&e, change);
        let refs: Vec<(&str, Vec<u8>)> = v.iter().map(|(k, b)| (k.as_str(), b.clone())).collect();
        write_zip(&path, &refs);
        cases.push((id, path));
    };
    make("hash.zip", "store-error-archive-hash", &|v| {
        let c = v.iter_mut().find(|(k, _)| k == "client.json").unwrap();
        c.1 = String::from_utf8(c.1.clone()).unwrap().replace("Chan", "Chen").into_bytes();
    });
    make("dotdot.zip", "store-error-archive-bad-path", &|v| v.push(("../../evil.sh".into(), b"rm -rf /".to_vec())));
    make("absolute.zip", "store-error-archive-bad-path", &|v| v.push(("/etc/cron.d/evil".into(), b"x".to_vec())));
    make("schema.zip", "store-error-archive-schema", &|v| {
        let m = v.iter_mut().find(|(k, _)| k == "manifest.json").unwrap();
        m.1 = String::from_utf8(m.1.clone())
            .unwrap()
            .replace("talentnav.client-archive/1", "talentnav.client-archive/9")
            .into_bytes();
    });
    make("unlisted.zip", "store-error-archive-unlisted", &|v| {
        v.push((format!("attachments/{}", "a".repeat(64)), b"smuggled".to_vec()))
    });
    make("odd-name.zip", "store-error-archive-bad-path", &|v| v.push(("notes.json.bak".into(), b"{}".to_vec())));

    // A 2 GiB declared size: patch the uncompressed size in the central directory of a small archive.
    let huge = dir.path().join("huge.zip");
    let mut bytes = std::fs::read(&good).unwrap();
    let cd = bytes.windows(4).position(|w| w == [0x50, 0x4b, 0x01, 0x02]).expect("a central directory entry");
    bytes[cd + 24..cd + 28].copy_from_slice(&0x8000_0000u32.to_le_bytes());
    std::fs::write(&huge, bytes).unwrap();
    cases.push(("store-error-archive-too-large", huge));

    let b = Store::open(&dir.path().join("b")).await.unwrap();
    for (want, path) in cases {
        let err = b.import_client(talentnav_rules::pack::embedded_pack(), &path).await.unwrap_err();
        assert_eq!(err.message_id, want, "{}", path.display());
        assert!(
            b.search_clients(&Default::default()).await.unwrap().is_empty(),
            "{}: nothing in the database",
            path.display()
        );
        let leftovers: Vec<_> = std::fs::read_dir(b.attachments_dir())
            .map(|r| r.map(|e| e.unwrap().file_name()).collect())
            .unwrap_or_default();
        assert!(leftovers.is_empty(), "{}: no files left behind: {leftovers:?}", path.display());
    }
    assert_eq!(b.verify_audit().await.unwrap().entries, 0, "no audit entry for a refused import");
}
