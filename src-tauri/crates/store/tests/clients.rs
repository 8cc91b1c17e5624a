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

/// Each order of the client list is read a page at a time along its own index; the next deadline is
/// kept on the client by triggers, so it follows every change to the client's applications.
#[tokio::test]
async fn the_client_list_pages_in_each_order_and_the_next_deadline_follows_the_applications() {
    use talentnav_store::clients::ClientSort;
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path()).await.unwrap();
    let pack = talentnav_rules::pack::embedded_pack();
    let [ho, lee, chan, wong] =
        [("Ho", "何"), ("Lee", "李"), ("Chan", "陳"), ("Wong", "黃")].map(|(f, c)| profile(f, "Ka Yan", Some(c), "[]"));
    let ho = store.add_client(&ho).await.unwrap();
    let lee = store.add_client(&lee).await.unwrap();
    let chan = store.add_client(&chan).await.unwrap();
    let wong = store.add_client(&wong).await.unwrap();
    let later = store.create_application(pack, ho.id, "gep", None, Some("2026-09-01")).await.unwrap();
    store.create_application(pack, ho.id, "ttps", None, Some("2026-12-01")).await.unwrap();
    let sooner = store.create_application(pack, lee.id, "gep", None, Some("2026-06-01")).await.unwrap();
    store.create_application(pack, chan.id, "gep", None, None).await.unwrap();
    let list = async |sort, name: Option<&str>, offset: i64, limit: i64| {
        let q = ClientQuery {
            sort,
            name: name.map(Into::into),
            offset: Some(offset),
            limit: Some(limit),
            ..Default::default()
        };
        store.search_clients(&q).await.unwrap().into_iter().map(|c| c.family_name.unwrap()).collect::<Vec<_>>()
    };
    assert_eq!(list(ClientSort::Name, None, 0, 10).await, ["Chan", "Ho", "Lee", "Wong"]);
    // Pages put together are the whole list, in order, each client once.
    let mut paged = list(ClientSort::Name, None, 0, 3).await;
    paged.extend(list(ClientSort::Name, None, 3, 3).await);
    assert_eq!(paged, ["Chan", "Ho", "Lee", "Wong"]);
    assert_eq!(list(ClientSort::Name, None, 4, 3).await, Vec::<String>::new());
    // Earliest planned submission first (Ho's earliest of two), then clients with none, by name.
    assert_eq!(list(ClientSort::Deadline, None, 0, 10).await, ["Lee", "Ho", "Chan", "Wong"]);
    assert_eq!(list(ClientSort::Deadline, None, 1, 2).await, ["Ho", "Chan"]);
    let summary =
        store.search_clients(&ClientQuery { sort: ClientSort::Deadline, ..Default::default() }).await.unwrap();
    assert_eq!(summary[0].next_deadline.as_deref(), Some("2026-06-01"));
    assert_eq!(summary[1].next_deadline.as_deref(), Some("2026-09-01"));
    // Submitted is no longer in progress: Lee has no deadline left, Ho's next is the one after.
    store.set_application_status(sooner.id, "submitted").await.unwrap();
    store.set_application_status(later.id, "preparing").await.unwrap();
    assert_eq!(list(ClientSort::Deadline, None, 0, 10).await, ["Ho", "Chan", "Lee", "Wong"]);
    store.set_application_status(later.id, "withdrawn").await.unwrap();
    let summary =
        store.search_clients(&ClientQuery { sort: ClientSort::Deadline, ..Default::default() }).await.unwrap();
    assert_eq!(summary[0].next_deadline.as_deref(), Some("2026-12-01"));
    // A new application in progress counts at once; a deleted client's applications leave with it.
    store.create_application(pack, wong.id, "gep", None, Some("2026-04-01")).await.unwrap();
    assert_eq!(list(ClientSort::Deadline, None, 0, 10).await, ["Wong", "Ho", "Chan", "Lee"]);
    store.delete_client(wong.id).await.unwrap();
    assert_eq!(list(ClientSort::Deadline, None, 0, 10).await, ["Ho", "Chan", "Lee"]);
    // A search narrows every order; the last change first.
    assert_eq!(list(ClientSort::Deadline, Some("李"), 0, 10).await, ["Lee"]);
    store.update_client(chan.id, &profile("Chan", "Ka Yan", Some("陳"), "[]")).await.unwrap();
    assert_eq!(list(ClientSort::Updated, None, 0, 1).await, ["Chan"]);
    assert_eq!(list(ClientSort::Updated, Some("ka yan"), 0, 10).await[0], "Chan");
    // By the last change, not by when the file was made: Ho, the oldest file, changed now, comes first.
    store.update_client(ho.id, &profile("Ho", "Ka Yan", Some("何"), "[]")).await.unwrap();
    assert_eq!(list(ClientSort::Updated, None, 0, 2).await, ["Ho", "Chan"]);
}

/// Two writers on one client (the window, and the command line or a second window): a save from a
/// page read before the other one's save writes nothing, so the newer change is not lost.
#[tokio::test]
async fn a_save_from_a_stale_page_is_refused_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("data")).await.unwrap();
    let read = store.add_client(&profile("Chan", "Tai Man", None, "[]")).await.unwrap();

    // Saved from the page as it was read: accepted, and the page's new token is the new updated_at.
    let saved = store
        .update_client_seen(read.id, &profile("Chan", "Tai Man", Some("陳大文"), "[]"), &read.updated_at)
        .await
        .unwrap();
    assert_ne!(saved.updated_at, read.updated_at);

    // The command line saves in between (no token), then the window saves from the older page.
    let spouse = r#"[{"relationship": "spouse", "name": {"family": "Lee", "given": "Mei"}}]"#;
    let elsewhere = store.update_client(read.id, &profile("Chan", "Tai Man", Some("陳大文"), spouse)).await.unwrap();
    let err =
        store.update_client_seen(read.id, &profile("Chan", "Ka Yan", None, "[]"), &saved.updated_at).await.unwrap_err();
    assert_eq!(err.message_id, "store-error-client-changed");

    let now = store.client(read.id).await.unwrap();
    assert_eq!(now.updated_at, elsewhere.updated_at);
    assert_eq!(now.profile, elsewhere.profile, "the other writer's change stays");
    assert_eq!(now.given_name.as_deref(), Some("Tai Man"));
    let find = |name: &str| ClientQuery { name: Some(name.into()), ..Default::default() };
    assert!(store.search_clients(&find("Ka Yan")).await.unwrap().is_empty(), "no search text written");
    let v = store.verify_audit().await.unwrap();
    assert_eq!((v.entries, v.first_broken), (3, None), "create, update, update: no entry for the refused save");

    // Saved again from the newer page: accepted.
    store.update_client_seen(read.id, &profile("Chan", "Ka Yan", None, "[]"), &now.updated_at).await.unwrap();
    assert_eq!(store.client(read.id).await.unwrap().given_name.as_deref(), Some("Ka Yan"));
    // A client that no longer exists says so.
    assert_eq!(
        store.update_client_seen(9999, &profile("A", "B", None, "[]"), &now.updated_at).await.unwrap_err().message_id,
        "store-error-no-client"
    );
}
