//! The store on a real SQLite file: durability settings, owner-only files, clients, search, audit.

use talentnav_rules::input::parse_profile;
use talentnav_store::{Store, clients::ClientQuery};

fn profile(family: &str, given: &str, chinese: Option<&str>, dependants: &str) -> talentnav_rules::profile::Profile {
    let chinese = chinese.map(|c| format!(", \"chinese\": \"{c}\"")).unwrap_or_default();
    let json = format!(
        r#"{{"schema": "talentnav.profile/1", "submission_date": "2026-03-15",
            "applicant": {{"name": {{"family": "{family}", "given": "{given}"{chinese}}}, "nationality": "GB"}},
            "dependants": {dependants}}}"#
    );
    parse_profile(json.as_bytes()).expect("test profile")
}

#[tokio::test]
async fn opens_owner_only_in_wal_with_full_sync() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    let store = Store::open(&data).await.unwrap();
    store.add_client(&profile("Chan", "Tai Man", None, "[]")).await.unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        let mode = |p: &std::path::Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&data), 0o700);
        for f in std::fs::read_dir(&data).unwrap() {
            let f = f.unwrap().path();
            assert_eq!(mode(&f), 0o600, "{}", f.display());
        }
    }
    let journal: String = sqlx::query_scalar("PRAGMA journal_mode").fetch_one(&store_pool(&store).await).await.unwrap();
    assert_eq!(journal, "wal", "WAL is a property of the file");
    assert_eq!(store.pragma_synchronous().await.unwrap(), 2, "FULL on the store's own connections");
    assert_eq!(store.pragma_foreign_keys().await.unwrap(), 1);
    assert_eq!(store.integrity_check().await.unwrap(), "ok");
}

async fn store_pool(store: &Store) -> sqlx::SqlitePool {
    // A connection configured the way the store configures its own.
    let opts = sqlx::sqlite::SqliteConnectOptions::new()
        .filename(store.data_dir.join(talentnav_store::DB_FILE))
        .synchronous(sqlx::sqlite::SqliteSynchronous::Full);
    sqlx::SqlitePool::connect_with(opts).await.unwrap()
}

#[tokio::test]
async fn clients_with_their_household_are_added_updated_searched_and_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).await.unwrap();
    let deps = r#"[{"relationship": "spouse", "date_of_birth": "1990-01-01", "nationality": "GB"},
                   {"relationship": "child", "date_of_birth": "2015-04-02", "nationality": "GB", "married": false}]"#;
    let chan = store.add_client(&profile("Chan", "Tai Man", Some("陳大文"), deps)).await.unwrap();
    let lee = store.add_client(&profile("Lee", "Siu Ming", Some("李小明"), "[]")).await.unwrap();
    let members: i64 = sqlx::query_scalar("SELECT COUNT(*) FROM household_members WHERE client_id = ?")
        .bind(chan.id)
        .fetch_one(&store_pool(&store).await)
        .await
        .unwrap();
    assert_eq!(members, 2);

    let find = |name: &str| ClientQuery { name: Some(name.into()), ..Default::default() };
    let ids = |v: Vec<talentnav_store::clients::ClientSummary>| v.into_iter().map(|c| c.id).collect::<Vec<_>>();
    assert_eq!(ids(store.search_clients(&find("CHAN")).await.unwrap()), [chan.id]);
    assert_eq!(ids(store.search_clients(&find("tai")).await.unwrap()), [chan.id]);
    assert_eq!(ids(store.search_clients(&find("大文")).await.unwrap()), [chan.id]);
    assert_eq!(ids(store.search_clients(&find("李")).await.unwrap()), [lee.id]);
    assert_eq!(ids(store.search_clients(&ClientQuery::default()).await.unwrap()), [chan.id, lee.id]);

    let updated = store.update_client(chan.id, &profile("Chan", "Tai Man", Some("陳大文"), "[]")).await.unwrap();
    assert_eq!(updated.profile["dependants"], serde_json::json!([]));
    store.delete_client(lee.id).await.unwrap();
    assert!(store.client(lee.id).await.is_err());
    assert_eq!(store.search_clients(&find("lee")).await.unwrap().len(), 0);
    let v = store.verify_audit().await.unwrap();
    assert_eq!((v.entries, v.first_broken), (4, None), "create, create, update, delete");
}

#[tokio::test]
async fn the_audit_log_is_append_only_and_tampering_is_detected() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).await.unwrap();
    for n in ["A", "B", "C"] {
        store.add_client(&profile(n, "X", None, "[]")).await.unwrap();
    }
    let raw = store_pool(&store).await;
    assert!(
        sqlx::query("UPDATE audit_log SET action = 'x' WHERE seq = 2").execute(&raw).await.is_err(),
        "UPDATE refused"
    );
    assert!(sqlx::query("DELETE FROM audit_log WHERE seq = 3").execute(&raw).await.is_err(), "DELETE refused");
    assert_eq!(store.verify_audit().await.unwrap().first_broken, None);

    // Someone with the file drops the guard and edits history: the chain breaks at that entry.
    sqlx::query("DROP TRIGGER audit_log_no_update").execute(&raw).await.unwrap();
    sqlx::query("UPDATE audit_log SET after_json = '{\"forged\": true}' WHERE seq = 2").execute(&raw).await.unwrap();
    assert_eq!(store.verify_audit().await.unwrap().first_broken, Some(2));
}
