//! Attachments: stored once by content, owner-only, size-limited, nothing written on failure.

use talentnav_rules::input::parse_profile;
use talentnav_store::Store;

async fn item(store: &Store) -> i64 {
    let p = parse_profile(br#"{"schema": "talentnav.profile/1", "applicant": {"nationality": "GB"}}"#).unwrap();
    let c = store.add_client(&p).await.unwrap();
    let app = store
        .create_application(talentnav_rules::pack::embedded_pack(), c.id, "ttps", Some("ttps.a"), None)
        .await
        .unwrap();
    store.items(app.id).await.unwrap()[0].id
}

fn files_in(dir: &std::path::Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|r| r.map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect())
        .unwrap_or_default()
}

#[tokio::test]
async fn files_are_stored_once_under_their_sha256() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("data")).await.unwrap();
    let id = item(&store).await;
    let a = dir.path().join("passport scan.pdf");
    let b = dir.path().join("copy.pdf");
    std::fs::write(&a, b"%PDF-1.7 passport").unwrap();
    std::fs::write(&b, b"%PDF-1.7 passport").unwrap();
    let first = store.attach(id, &a, 1024).await.unwrap();
    let second = store.attach(id, &b, 1024).await.unwrap();
    // sha256 of "%PDF-1.7 passport"
    assert_eq!(first.sha256, second.sha256);
    assert_eq!(first.sha256.len(), 64);
    assert_eq!(files_in(&store.attachments_dir()), std::slice::from_ref(&first.sha256), "one copy on disk");
    let stored = store.attachment_path(&first.sha256).unwrap();
    assert_eq!(std::fs::read(&stored).unwrap(), b"%PDF-1.7 passport");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(std::fs::metadata(&stored).unwrap().permissions().mode() & 0o777, 0o600);
    }
    let names: Vec<String> = store.attachments(id).await.unwrap().into_iter().map(|x| x.original_name).collect();
    assert_eq!(names, ["passport scan.pdf", "copy.pdf"]);
    // The application page reads them all at once: the same files, none of another application's.
    let app = store.item(id).await.unwrap().application_id;
    let other = item(&store).await;
    store.attach(other, &a, 1024).await.unwrap();
    let all = store.application_attachments(app).await.unwrap();
    assert_eq!(
        all.iter().map(|x| (x.item_id, x.original_name.as_str())).collect::<Vec<_>>(),
        [(id, "passport scan.pdf"), (id, "copy.pdf")]
    );
    assert!(store.attachment_path("../../etc/passwd").is_none(), "only hex digests name files");
}

#[tokio::test]
async fn a_file_over_the_limit_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("data")).await.unwrap();
    let id = item(&store).await;
    let big = dir.path().join("big.bin");
    std::fs::write(&big, vec![7u8; 2048]).unwrap();
    let e = store.attach(id, &big, 1024).await.unwrap_err();
    assert_eq!(e.message_id, "store-error-attachment-too-large");
    assert!(files_in(&store.attachments_dir()).is_empty());
    assert!(store.attachments(id).await.unwrap().is_empty());
    assert_eq!(store.attach(999_999, &big, 1 << 20).await.unwrap_err().message_id, "store-error-no-item");
}
