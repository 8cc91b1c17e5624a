//! Archives crafted as an attacker would: each is refused with one clear localized message, the
//! database stays byte-identical (`.dump` hash) with `integrity_check` ok, no file appears anywhere
//! in the data folder, and an export afterwards holds only the store's own attachments. Then a seeded
//! mutation loop: every mutated archive is refused or imported whole, never a panic, hang or stray
//! write.

use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::{
    collections::BTreeMap,
    io::{Read, Write},
    path::{Path, PathBuf},
    time::Duration,
};
use talentnav_i18n::Locale;
use talentnav_rules::input::parse_profile;
use talentnav_store::{Store, StoreError, applications::ItemChange};

type Entries = BTreeMap<String, Vec<u8>>;

fn sha(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

async fn source(dir: &Path) -> (Store, i64) {
    let store = Store::open(&dir.join("source")).await.unwrap();
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
    let change =
        ItemChange { status: Some("received".into()), note: Some("原件已核對".into()), ..Default::default() };
    store.update_item(items[0].id, &change).await.unwrap();
    let scan = dir.join("scan.pdf");
    std::fs::write(&scan, b"%PDF-1.7 the passport").unwrap();
    store.attach(items[0].id, &scan, 1 << 20).await.unwrap();
    store.add_note(c.id, Some(app.id), "Client prefers WhatsApp").await.unwrap();
    (store, c.id)
}

fn read_zip(path: &Path) -> Entries {
    let mut z = zip::ZipArchive::new(std::fs::File::open(path).unwrap()).unwrap();
    (0..z.len())
        .map(|i| {
            let mut f = z.by_index(i).unwrap();
            let mut b = Vec::new();
            f.read_to_end(&mut b).unwrap();
            (f.name().unwrap().into_owned(), b)
        })
        .collect()
}

fn write_zip(path: &Path, files: &[(String, Vec<u8>)]) {
    let mut z = zip::ZipWriter::new(std::fs::File::create(path).unwrap());
    for (name, bytes) in files {
        z.start_file(name.as_str(), zip::write::SimpleFileOptions::default()).unwrap();
        z.write_all(bytes).unwrap();
    }
    z.finish().unwrap();
}

/// The manifest rewritten to match the entries (every other entry listed with its true hash and size),
/// so what is tested is the field, not the checksum in front of it.
fn with_true_manifest(mut e: Entries) -> Vec<(String, Vec<u8>)> {
    let mut manifest: Value = serde_json::from_slice(&e["manifest.json"]).unwrap();
    manifest["entries"] = e
        .iter()
        .filter(|(k, _)| k.as_str() != "manifest.json")
        .map(|(k, b)| json!({"path": k, "sha256": sha(b), "size": b.len()}))
        .collect();
    e.insert("manifest.json".into(), serde_json::to_vec_pretty(&manifest).unwrap());
    // The manifest first, as export writes it.
    let mut v: Vec<(String, Vec<u8>)> = vec![("manifest.json".into(), e.remove("manifest.json").unwrap())];
    v.extend(e);
    v
}

fn edit_json(e: &mut Entries, name: &str, f: impl FnOnce(&mut Value)) {
    let mut v: Value = serde_json::from_slice(&e[name]).unwrap();
    f(&mut v);
    e.insert(name.into(), serde_json::to_vec_pretty(&v).unwrap());
}

/// Every file under `dir`, with its size: what "nothing written" is checked against.
fn files_under(dir: &Path) -> BTreeMap<PathBuf, u64> {
    let mut out = BTreeMap::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap() {
            let e = e.unwrap();
            let meta = e.metadata().unwrap();
            if meta.is_dir() {
                stack.push(e.path());
            } else {
                let name = e.file_name().to_string_lossy().into_owned();
                // SQLite's own journal files come and go with the connection pool.
                if !name.ends_with("-wal") && !name.ends_with("-shm") {
                    out.insert(e.path(), if name == "talentnav.db" { 0 } else { meta.len() });
                }
            }
        }
    }
    out
}

/// SHA-256 of `sqlite3 .dump` (Python's `iterdump`) and `PRAGMA integrity_check`, read by another
/// program while the store is open.
fn dump_and_check(db: &Path) -> (String, String) {
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(
            "import sqlite3,sys,hashlib\n\
             c=sqlite3.connect(sys.argv[1])\n\
             print(hashlib.sha256('\\n'.join(c.iterdump()).encode()).hexdigest())\n\
             print(c.execute('PRAGMA integrity_check').fetchone()[0])",
        )
        .arg(db)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines().map(str::to_string);
    (lines.next().unwrap(), lines.next().unwrap())
}

/// One line in every language, with every argument filled and no English from below in Chinese.
fn assert_clear(e: &StoreError) {
    for l in Locale::ALL {
        let text = e.localized(l);
        assert!(!text.contains("{$") && !text.contains('\n') && !text.contains('\u{1b}'), "{l}: {text}");
        if l != Locale::En {
            for english in ["UNIQUE", "constraint", "failed", "invalid", "error", "expected", "missing field"] {
                assert!(!text.contains(english), "{l}: {text}");
            }
        }
    }
}

/// An export of `client` from `store` holds only the known entries, and each attachment is the
/// store's own copy of exactly that content.
async fn assert_clean_export(store: &Store, client: i64, out: &Path) {
    store.export_client(client, out).await.unwrap();
    for (name, bytes) in read_zip(out) {
        match name.strip_prefix("attachments/") {
            Some(h) => {
                assert_eq!(sha(&bytes), h, "{name} is the content it is named after");
                assert_eq!(std::fs::read(store.attachments_dir().join(h)).unwrap(), bytes);
            }
            None => assert!(
                ["manifest.json", "client.json", "applications.json", "notes.json", "audit.json"]
                    .contains(&name.as_str()),
                "{name}"
            ),
        }
    }
}

struct Case {
    name: &'static str,
    want: &'static str,
    /// What the English message must say, besides the message id.
    says: &'static str,
    path: PathBuf,
}

#[tokio::test]
async fn hostile_archives_are_refused_with_nothing_written_and_no_file_disclosed() {
    let dir = tempfile::tempdir().unwrap();
    let (a, id) = source(dir.path()).await;
    let good = dir.path().join("good.zip");
    a.export_client(id, &good).await.unwrap();
    let e = read_zip(&good);
    let scan_sha = e.keys().find_map(|k| k.strip_prefix("attachments/")).unwrap().to_string();

    let mut cases: Vec<Case> = Vec::new();
    let mut add = |name: &'static str, want: &'static str, says: &'static str, files: Vec<(String, Vec<u8>)>| {
        let path = dir.path().join(format!("{name}.zip"));
        write_zip(&path, &files);
        cases.push(Case { name, want, says, path });
    };
    let apps = |f: &dyn Fn(&mut Value)| {
        let mut e = e.clone();
        edit_json(&mut e, "applications.json", |v| f(v));
        with_true_manifest(e)
    };
    let attachment = |f: &dyn Fn(&mut Value)| apps(&|v| f(&mut v[0]["items"][0]["attachments"][0]));
    let item = |f: &dyn Fn(&mut Value)| apps(&|v| f(&mut v[0]["items"][0]));
    let client = |f: &dyn Fn(&mut Value)| {
        let mut e = e.clone();
        edit_json(&mut e, "client.json", |v| f(v));
        with_true_manifest(e)
    };

    // Reading any file through a later export: the hash is a path.
    for (name, evil) in
        [("hash-dotdot", "../talentnav.db"), ("hash-absolute", "/etc/shadow"), ("hash-upper", &scan_sha.to_uppercase())]
    {
        add(name, "store-error-archive-field", "SHA-256", attachment(&|a| a["sha256"] = evil.into()));
    }
    // Stray files: listed, in the zip, used by no document; or listed twice.
    let mut stray = e.clone();
    stray.insert(format!("attachments/{}", sha(b"2 GiB of nothing")), b"2 GiB of nothing".to_vec());
    add("unused-attachment", "store-error-archive-unused", "no document uses", with_true_manifest(stray));
    let mut twice = with_true_manifest(e.clone());
    let mut m: Value = serde_json::from_slice(&twice[0].1).unwrap();
    let listed = m["entries"].as_array().unwrap().iter().find(|x| x["path"] != "client.json").unwrap().clone();
    m["entries"].as_array_mut().unwrap().push(listed);
    twice[0].1 = serde_json::to_vec(&m).unwrap();
    add("listed-twice", "store-error-archive-field", "appears twice", twice);
    // Fields taken unchecked.
    add("uid-empty", "store-error-archive-field", "uid", client(&|c| c["uid"] = "".into()));
    add("uid-5mb", "store-error-archive-field", "uid", client(&|c| c["uid"] = "u".repeat(5 << 20).into()));
    add(
        "created-not-a-date",
        "store-error-archive-field",
        "RFC 3339",
        client(&|c| c["created_at"] = "not a date".into()),
    );
    add("scheme-evil", "store-error-archive-field", "not a scheme", apps(&|v| v[0]["scheme"] = "evil".into()));
    add("route-unknown", "store-error-archive-field", "not a route", apps(&|v| v[0]["route"] = "gep.x".into()));
    add("app-status", "store-error-archive-field", "not a status", apps(&|v| v[0]["status"] = "won".into()));
    add(
        "planned-date",
        "store-error-archive-field",
        "a date",
        apps(&|v| v[0]["planned_submission_date"] = "2026-02-30".into()),
    );
    add("party-unknown", "store-error-archive-field", "not a party", item(&|i| i["party"] = "neighbour".into()));
    add(
        "party-no-such-dependant",
        "store-error-archive-field",
        "not a party",
        item(&|i| {
            i["party"] = "dependant:7".into();
            i["item_key"] = format!("{}@dependant:7", i["document"].as_str().unwrap()).into();
        }),
    );
    add(
        "document-unknown",
        "store-error-archive-field",
        "not a document",
        item(&|i| {
            i["document"] = "bribe".into();
            i["item_key"] = "bribe@applicant".into();
        }),
    );
    add("item-status", "store-error-archive-field", "not a status", item(&|i| i["status"] = "lost".into()));
    add(
        "item-key-duplicate",
        "store-error-archive-field",
        "appears twice",
        apps(&|v| {
            let first = v[0]["items"][0].clone();
            v[0]["items"].as_array_mut().unwrap().push(first);
        }),
    );
    add("history-time", "store-error-archive-field", "RFC 3339", item(&|i| i["history"][0][1] = "yesterday".into()));
    add("size-negative", "store-error-archive-field", "size", attachment(&|a| a["size"] = (-1).into()));
    add("size-lies", "store-error-archive-field", "size", attachment(&|a| a["size"] = 3.into()));
    add("note-control", "store-error-text-control", "control character", item(&|i| i["note"] = "ok\u{1b}[2J".into()));
    add(
        "name-newline",
        "store-error-text-control",
        "applicant.name.family",
        client(&|c| c["profile"]["applicant"]["name"]["family"] = "Chan\nError: fake".into()),
    );
    add(
        "name-too-long",
        "store-error-text-too-long",
        "at most 200",
        client(&|c| c["profile"]["applicant"]["name"]["family"] = "W".repeat(100_000).into()),
    );
    add(
        "profile-bad",
        "store-error-archive-profile",
        "profile.applicant",
        client(&|c| c["profile"]["applicant"]["date_of_birth"] = "1990-02-30".into()),
    );
    add("unknown-field", "store-error-archive-json", "client.json", client(&|c| c["is_admin"] = true.into()));
    let mut notes = e.clone();
    edit_json(&mut notes, "notes.json", |v| v[0]["application"] = 999.into());
    add("note-application", "store-error-archive-field", "no application", with_true_manifest(notes));
    let mut audit = e.clone();
    edit_json(&mut audit, "audit.json", |v| v[0]["hash"] = "not a hash".into());
    add("audit-hash", "store-error-archive-field", "SHA-256", with_true_manifest(audit));
    let mut broken = e.clone();
    broken.insert("notes.json".into(), b"[{\"body\": ".to_vec());
    add("not-json", "store-error-archive-not-json", "not valid JSON", with_true_manifest(broken));
    // Memory: an honest-sized audit.json over its cap is refused before it is read.
    let mut big = e.clone();
    let mut text = b"[".to_vec();
    text.extend(b"0,".repeat(10 << 20));
    text.extend(b"0]");
    big.insert("audit.json".into(), text);
    add("audit-over-cap", "store-error-archive-too-large", "audit.json", with_true_manifest(big));
    // Two entries of one name: written under different names, then renamed in the bytes.
    let files = with_true_manifest(e.clone());
    let mut dup = files.clone();
    dup.push(("client.jsoz".into(), b"{\"second\": \"wins\"}".to_vec()));
    let path = dir.path().join("duplicate.zip");
    write_zip(&path, &dup);
    // Names sit uncompressed in the local headers and the directory.
    let mut patched = std::fs::read(&path).unwrap();
    for i in 0..patched.len() - 11 {
        if &patched[i..i + 11] == b"client.jsoz" {
            patched[i + 10] = b'n';
        }
    }
    std::fs::write(&path, patched).unwrap();
    cases.push(Case { name: "duplicate", want: "store-error-archive-duplicate-entries", says: "same name", path });
    // A symlink in place of the archive.
    let link = dir.path().join("link.zip");
    std::os::unix::fs::symlink(&good, &link).unwrap();
    cases.push(Case { name: "symlink", want: "store-error-archive-io", says: "symbolic link", path: link });
    cases.push(Case {
        name: "missing",
        want: "store-error-archive-io",
        says: "not found",
        path: dir.path().join("nowhere.zip"),
    });

    // The target already holds the client once (so there is something to export) and one stray
    // file a hostile hash could point at.
    let data = dir.path().join("target");
    let b = Store::open(&data).await.unwrap();
    let first = b.import_client(talentnav_rules::pack::embedded_pack(), &good).await.unwrap();
    std::fs::write(data.join("secret.txt"), b"do not export me").unwrap();
    let before = (dump_and_check(&data.join("talentnav.db")), files_under(&data));
    assert_eq!(before.0.1, "ok");
    // Every check comes before the write transaction, so no case can pass for being the client
    // already there.
    for c in &cases {
        let err = b.import_client(talentnav_rules::pack::embedded_pack(), &c.path).await.unwrap_err();
        assert_eq!(err.message_id, c.want, "{}: {}", c.name, err.localized(Locale::En));
        let en = err.localized(Locale::En);
        assert!(en.contains(c.says), "{}: {en}", c.name);
        assert_clear(&err);
        eprintln!("{}: {en} | {}", c.name, err.localized(Locale::ZhHans));
        let after = (dump_and_check(&data.join("talentnav.db")), files_under(&data));
        assert_eq!(after, before, "{}: database and data folder unchanged", c.name);
        assert_clean_export(&b, first, &dir.path().join("after.zip")).await;
    }
}

/// A row written by an older version with a hash that is a path: export refuses it rather than
/// copying whatever file the path names into the archive.
#[tokio::test]
async fn export_never_reads_a_file_named_by_a_bad_hash_in_the_database() {
    let dir = tempfile::tempdir().unwrap();
    let (a, id) = source(dir.path()).await;
    let db = dir.path().join("source").join("talentnav.db");
    let out = std::process::Command::new("python3")
        .arg("-c")
        .arg(
            "import sqlite3,sys\n\
             c=sqlite3.connect(sys.argv[1])\n\
             c.execute(\"INSERT INTO attachments VALUES ('../talentnav.db', 1, '2026-01-01T00:00:00Z')\")\n\
             c.execute(\"INSERT INTO item_attachments (item_id, sha256, original_name, added_at) VALUES (1, '../talentnav.db', 'x', '2026-01-01T00:00:00Z')\")\n\
             c.commit()",
        )
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let zip = dir.path().join("leak.zip");
    let err = a.export_client(id, &zip).await.unwrap_err();
    assert_eq!(err.message_id, "store-error-bad-attachment-row");
    assert_clear(&err);
    assert!(!zip.exists(), "no archive written");
}

/// A tiny seeded generator (xorshift64*): stable Rust, no extra crate, the same cases every run.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
}

fn mutate(rng: &mut Rng, bytes: &mut Vec<u8>) {
    match rng.below(4) {
        // Flip a few bits.
        0 | 1 => {
            for _ in 0..1 + rng.below(8) {
                let i = rng.below(bytes.len());
                bytes[i] ^= 1 << rng.below(8);
            }
        }
        // Cut it short.
        2 => bytes.truncate(rng.below(bytes.len())),
        // Repeat a stretch.
        _ => {
            let i = rng.below(bytes.len());
            let n = rng.below(64).min(bytes.len() - i);
            let copy = bytes[i..i + n].to_vec();
            bytes.splice(i..i, copy);
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn mutated_archives_are_refused_or_imported_whole() {
    let dir = tempfile::tempdir().unwrap();
    let (a, id) = source(dir.path()).await;
    let good = dir.path().join("good.zip");
    a.export_client(id, &good).await.unwrap();
    let zip_bytes = std::fs::read(&good).unwrap();
    let entries = read_zip(&good);
    let data = dir.path().join("target");
    let b = std::sync::Arc::new(Store::open(&data).await.unwrap());
    let mut rng = Rng(0x7a1e_47a7_2026_0014);
    let (mut refused, mut imported) = (0, 0);
    for case in 0..240 {
        // Half mutate the zip's bytes; half mutate one entry and rebuild the zip with a true manifest,
        // so the mutation reaches the field checks behind the checksums.
        let path = dir.path().join(format!("m{case}.zip"));
        if case % 2 == 0 {
            let mut bytes = zip_bytes.clone();
            mutate(&mut rng, &mut bytes);
            std::fs::write(&path, bytes).unwrap();
        } else {
            let mut e = entries.clone();
            let names: Vec<String> = e.keys().filter(|k| k.as_str() != "manifest.json").cloned().collect();
            let name = &names[rng.below(names.len())];
            let target = e.get_mut(name).unwrap();
            mutate(&mut rng, target);
            // A distinct client each time, so an archive that passes can be imported.
            if let Ok(mut v) = serde_json::from_slice::<Value>(&e["client.json"])
                && v.get("uid").is_some()
            {
                v["uid"] = format!("mutant-{case}").into();
                e.insert("client.json".into(), serde_json::to_vec_pretty(&v).unwrap());
            }
            write_zip(&path, &with_true_manifest(e));
        }
        let clients_before = b.search_clients(&Default::default()).await.unwrap().len();
        let audit_before = b.verify_audit().await.unwrap().entries;
        let files_before = files_under(&data);
        // On its own worker, so a hang (even a blocking one) is caught here.
        let (store, archive) = (b.clone(), path.clone());
        let task =
            tokio::spawn(async move { store.import_client(talentnav_rules::pack::embedded_pack(), &archive).await });
        let outcome = tokio::time::timeout(Duration::from_secs(20), task).await;
        let outcome = outcome.unwrap_or_else(|_| panic!("case {case}: the import hung")).expect("no panic");
        match outcome {
            Err(e) => {
                refused += 1;
                assert_clear(&e);
                assert_eq!(b.search_clients(&Default::default()).await.unwrap().len(), clients_before, "case {case}");
                assert_eq!(b.verify_audit().await.unwrap().entries, audit_before, "case {case}");
                assert_eq!(files_under(&data), files_before, "case {case}: {}", e.localized(Locale::En));
            }
            Ok(new_id) => {
                imported += 1;
                // Whole: its application, every item and every attachment file.
                let apps = b.applications(Some(new_id)).await.unwrap();
                assert_eq!(apps.len(), 1, "case {case}");
                let items = b.items(apps[0].id).await.unwrap();
                assert!(!items.is_empty(), "case {case}");
                for i in &items {
                    for at in b.attachments(i.id).await.unwrap() {
                        let stored = std::fs::read(b.attachment_path(&at.sha256).unwrap()).unwrap();
                        assert_eq!(sha(&stored), at.sha256, "case {case}");
                    }
                }
            }
        }
    }
    eprintln!("{refused} refused, {imported} imported whole");
    assert!(refused > 150 && imported > 0, "{refused} refused, {imported} imported");
    let (_, check) = dump_and_check(&data.join("talentnav.db"));
    assert_eq!(check, "ok");
    assert_eq!(b.verify_audit().await.unwrap().first_broken, None);
}

#[tokio::test]
async fn stale_temporary_files_of_dead_processes_are_removed_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let data = dir.path().join("data");
    Store::open(&data).await.unwrap().close().await;
    let att = data.join("attachments");
    std::fs::create_dir_all(&att).unwrap();
    // Pid 4194305 is above Linux's largest; this process's own are still being written.
    let dead = [".import-4194305-0f1e", ".incoming-4194305-9a8b"];
    let alive = format!(".import-{}-5c6d", std::process::id());
    for n in dead.iter().copied().chain([alive.as_str(), "kept-by-name"]) {
        std::fs::write(att.join(n), b"partial").unwrap();
    }
    Store::open(&data).await.unwrap().close().await;
    let mut left: Vec<String> =
        std::fs::read_dir(&att).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    left.sort();
    assert_eq!(left, [alive, "kept-by-name".to_string()]);
}
