//! A client file as one archive (`talentnav.client-archive/1`, a zip): `manifest.json` lists every
//! other entry with its SHA-256 and size; `client.json` (the profile), `applications.json` (with
//! document items, their status history and attachments), `notes.json`, `audit.json` and
//! `attachments/<sha256>`. Import checks everything first (paths, declared sizes, hashes, schema,
//! profile) and writes nothing unless every check passes; then one transaction.

use crate::{Result, Store, StoreError, audit, clients::insert_client, now};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use std::{
    collections::{BTreeMap, BTreeSet},
    fs::{self, File},
    io::{Read, Write},
    path::{Path, PathBuf},
};
use talentnav_i18n::args;

pub const ARCHIVE_SCHEMA: &str = "talentnav.client-archive/1";
/// Largest entry and whole archive, as declared in the zip directory (checked before reading).
pub const MAX_ENTRY_BYTES: u64 = 1024 * 1024 * 1024;
pub const MAX_TOTAL_BYTES: u64 = 2 * 1024 * 1024 * 1024;
const JSON_ENTRIES: [&str; 4] = ["client.json", "applications.json", "notes.json", "audit.json"];

#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    schema: String,
    created_at: String,
    entries: Vec<ManifestEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct ManifestEntry {
    path: String,
    sha256: String,
    size: u64,
}

#[derive(Debug, Serialize, Deserialize)]
struct ClientDoc {
    uid: String,
    created_at: String,
    updated_at: String,
    profile: Value,
}

#[derive(Debug, Serialize, Deserialize)]
struct ApplicationDoc {
    key: i64,
    scheme: String,
    route: Option<String>,
    planned_submission_date: Option<String>,
    status: String,
    created_at: String,
    updated_at: String,
    items: Vec<ItemDoc>,
}

#[derive(Debug, Serialize, Deserialize)]
struct ItemDoc {
    item_key: String,
    document: String,
    party: String,
    status: String,
    na_reason: Option<String>,
    expiry_date: Option<String>,
    note: Option<String>,
    obsolete: bool,
    status_changed_at: String,
    created_at: String,
    history: Vec<(String, String)>,
    attachments: Vec<AttachmentDoc>,
}

#[derive(Debug, Serialize, Deserialize)]
struct AttachmentDoc {
    sha256: String,
    size: i64,
    original_name: String,
    added_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
struct NoteDoc {
    /// The `key` of the application it belongs to, if any.
    application: Option<i64>,
    body: String,
    created_at: String,
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

fn bad(message_id: &'static str, detail: impl std::fmt::Display) -> StoreError {
    StoreError::new(message_id, args![("detail", detail.to_string())])
}

/// `client.json`, …, or `attachments/<64 lower-case hex>`: nothing else is a legal entry name.
fn safe_entry_name(name: &str) -> bool {
    JSON_ENTRIES.contains(&name)
        || name
            .strip_prefix("attachments/")
            .is_some_and(|h| h.len() == 64 && h.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b)))
}

impl Store {
    /// Writes a client's whole file to `out` (atomically, owner-only).
    pub async fn export_client(&self, client_id: i64, out: &Path) -> Result<()> {
        let c = self.client(client_id).await?;
        let mut apps = Vec::new();
        let mut entity_ids: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        entity_ids.insert("client", vec![c.uid.clone()]);
        let mut attachment_files = BTreeSet::new();
        for a in self.applications(Some(client_id)).await? {
            entity_ids.entry("application").or_default().push(a.id.to_string());
            let mut items = Vec::new();
            for i in self.items(a.id).await? {
                entity_ids.entry("document_item").or_default().push(i.id.to_string());
                let mut attachments = Vec::new();
                for at in self.attachments(i.id).await? {
                    entity_ids.entry("attachment").or_default().push(at.id.to_string());
                    attachment_files.insert(at.sha256.clone());
                    attachments.push(AttachmentDoc {
                        sha256: at.sha256,
                        size: at.size,
                        original_name: at.original_name,
                        added_at: at.added_at,
                    });
                }
                items.push(ItemDoc {
                    history: self.item_history(i.id).await?,
                    item_key: i.item_key,
                    document: i.document,
                    party: i.party,
                    status: i.status,
                    na_reason: i.na_reason,
                    expiry_date: i.expiry_date,
                    note: i.note,
                    obsolete: i.obsolete,
                    status_changed_at: i.status_changed_at,
                    created_at: i.created_at,
                    attachments,
                });
            }
            apps.push(ApplicationDoc {
                key: a.id,
                scheme: a.scheme,
                route: a.route,
                planned_submission_date: a.planned_submission_date,
                status: a.status,
                created_at: a.created_at,
                updated_at: a.updated_at,
                items,
            });
        }
        let notes: Vec<NoteDoc> = sqlx::query!(
            "SELECT id AS \"id!: i64\", application_id, body, created_at FROM notes WHERE client_id = ? ORDER BY id",
            client_id
        )
        .fetch_all(&self.pool)
        .await?
        .into_iter()
        .map(|n| {
            entity_ids.entry("note").or_default().push(n.id.to_string());
            NoteDoc { application: n.application_id, body: n.body, created_at: n.created_at }
        })
        .collect();
        let mut audit_rows = Vec::new();
        for (entity, ids) in &entity_ids {
            let list = serde_json::to_string(ids).unwrap_or_default();
            let rows = sqlx::query!(
                r#"SELECT seq AS "seq!: i64", at, entity, entity_id, action, before_json, after_json, hash FROM audit_log
                   WHERE entity = ? AND entity_id IN (SELECT value FROM json_each(?)) ORDER BY seq"#,
                entity,
                list
            )
            .fetch_all(&self.pool)
            .await?;
            audit_rows.extend(rows.into_iter().map(|r| {
                json!({"seq": r.seq, "at": r.at, "entity": r.entity, "entity_id": r.entity_id, "action": r.action,
                       "before": r.before_json.and_then(|b| serde_json::from_str::<Value>(&b).ok()),
                       "after": r.after_json.and_then(|a| serde_json::from_str::<Value>(&a).ok()), "hash": r.hash})
            }));
        }
        audit_rows.sort_by_key(|r| r["seq"].as_i64());

        let docs: [(&str, Vec<u8>); 4] = [
            (
                "client.json",
                serde_json::to_vec_pretty(&ClientDoc {
                    uid: c.uid,
                    created_at: c.created_at,
                    updated_at: c.updated_at,
                    profile: c.profile,
                })
                .map_err(|e| bad("store-error-database", e))?,
            ),
            ("applications.json", serde_json::to_vec_pretty(&apps).map_err(|e| bad("store-error-database", e))?),
            ("notes.json", serde_json::to_vec_pretty(&notes).map_err(|e| bad("store-error-database", e))?),
            ("audit.json", serde_json::to_vec_pretty(&audit_rows).map_err(|e| bad("store-error-database", e))?),
        ];
        let mut entries: Vec<ManifestEntry> = docs
            .iter()
            .map(|(p, b)| ManifestEntry { path: p.to_string(), sha256: sha256_hex(b), size: b.len() as u64 })
            .collect();
        for sha in &attachment_files {
            let size = fs::metadata(self.attachments_dir().join(sha))?.len();
            entries.push(ManifestEntry { path: format!("attachments/{sha}"), sha256: sha.clone(), size });
        }
        let manifest =
            serde_json::to_vec_pretty(&Manifest { schema: ARCHIVE_SCHEMA.into(), created_at: now(), entries })
                .map_err(|e| bad("store-error-database", e))?;

        // Written to a temporary file next to `out`, then renamed: an existing file is replaced only on success.
        let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let tmp = dir.join(format!(
            ".{}.{}.tmp",
            out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            std::process::id()
        ));
        let result = (|| -> Result<()> {
            let mut opts = fs::OpenOptions::new();
            opts.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                opts.mode(0o600);
            }
            let mut zip = zip::ZipWriter::new(opts.open(&tmp)?);
            let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            let z = |e: zip::result::ZipError| bad("store-error-io", e);
            zip.start_file("manifest.json", options).map_err(z)?;
            zip.write_all(&manifest)?;
            for (path, bytes) in &docs {
                zip.start_file(*path, options).map_err(z)?;
                zip.write_all(bytes)?;
            }
            for sha in &attachment_files {
                zip.start_file(format!("attachments/{sha}"), options).map_err(z)?;
                std::io::copy(&mut File::open(self.attachments_dir().join(sha))?, &mut zip)?;
            }
            zip.finish().map_err(z)?.sync_all()?;
            fs::rename(&tmp, out)?;
            Ok(())
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }

    /// Imports one client archive; returns the new client's id. Nothing is written unless every check
    /// passes.
    pub async fn import_client(&self, archive: &Path) -> Result<i64> {
        let checked = self.check_archive(archive)?;
        let result = self.write_archive(&checked).await;
        // Files placed for this import are removed again if the database refused it; the temporary
        // copies are always removed.
        for tmp in checked.staged.values() {
            let _ = fs::remove_file(tmp);
        }
        if result.is_err() {
            for placed in checked.placed.borrow().iter() {
                let _ = fs::remove_file(placed);
            }
        }
        result
    }

    fn check_archive(&self, archive: &Path) -> Result<CheckedArchive> {
        let file = File::open(archive)?;
        let mut zip = zip::ZipArchive::new(file).map_err(|e| bad("store-error-archive-corrupt", e))?;
        // Declared sizes and names first: nothing is decompressed before they pass.
        let mut names = BTreeMap::new();
        let mut total: u64 = 0;
        for i in 0..zip.len() {
            let f = zip.by_index(i).map_err(|e| bad("store-error-archive-corrupt", e))?;
            let name = f.name().map_err(|e| bad("store-error-archive-corrupt", e))?.into_owned();
            if name != "manifest.json" && !safe_entry_name(&name) {
                return Err(StoreError::new("store-error-archive-bad-path", args![("path", name)]));
            }
            if f.size() > MAX_ENTRY_BYTES {
                return Err(StoreError::new(
                    "store-error-archive-too-large",
                    args![("path", name), ("size", f.size() as f64 / 1073741824.0)],
                ));
            }
            total = total.saturating_add(f.size());
            if names.insert(name.clone(), i).is_some() {
                return Err(StoreError::new("store-error-archive-bad-path", args![("path", name)]));
            }
        }
        if total > MAX_TOTAL_BYTES {
            return Err(StoreError::new(
                "store-error-archive-too-large",
                args![("path", "*"), ("size", total as f64 / 1073741824.0)],
            ));
        }
        let read_entry = |zip: &mut zip::ZipArchive<File>, name: &str, limit: u64| -> Result<Vec<u8>> {
            let idx = *names
                .get(name)
                .ok_or_else(|| StoreError::new("store-error-archive-missing", args![("path", name)]))?;
            let mut f = zip.by_index(idx).map_err(|e| bad("store-error-archive-corrupt", e))?;
            let mut buf = Vec::new();
            (&mut f).take(limit + 1).read_to_end(&mut buf).map_err(|e| bad("store-error-archive-corrupt", e))?;
            if buf.len() as u64 > limit {
                return Err(StoreError::new("store-error-archive-hash", args![("path", name)]));
            }
            Ok(buf)
        };
        let manifest: Manifest = serde_json::from_slice(&read_entry(&mut zip, "manifest.json", 16 * 1024 * 1024)?)
            .map_err(|e| bad("store-error-archive-corrupt", e))?;
        if manifest.schema != ARCHIVE_SCHEMA {
            return Err(StoreError::new(
                "store-error-archive-schema",
                args![("value", manifest.schema.clone()), ("expected", ARCHIVE_SCHEMA)],
            ));
        }
        let listed: BTreeSet<&str> = manifest.entries.iter().map(|e| e.path.as_str()).collect();
        for name in names.keys().filter(|n| n.as_str() != "manifest.json") {
            if !listed.contains(name.as_str()) {
                return Err(StoreError::new("store-error-archive-unlisted", args![("path", name.clone())]));
            }
        }
        let mut json_docs = BTreeMap::new();
        let mut staged = BTreeMap::new();
        let outcome = (|| -> Result<()> {
            for e in &manifest.entries {
                if !safe_entry_name(&e.path) {
                    return Err(StoreError::new("store-error-archive-bad-path", args![("path", e.path.clone())]));
                }
                if let Some(sha) = e.path.strip_prefix("attachments/") {
                    let idx = *names.get(&e.path).ok_or_else(|| {
                        StoreError::new("store-error-archive-missing", args![("path", e.path.clone())])
                    })?;
                    let mut f = zip.by_index(idx).map_err(|err| bad("store-error-archive-corrupt", err))?;
                    let (got, _) = self.stage(&mut f, e.size, &mut staged)?;
                    if got != sha || got != e.sha256 {
                        return Err(StoreError::new("store-error-archive-hash", args![("path", e.path.clone())]));
                    }
                } else {
                    let bytes = read_entry(&mut zip, &e.path, e.size)?;
                    if sha256_hex(&bytes) != e.sha256 || bytes.len() as u64 != e.size {
                        return Err(StoreError::new("store-error-archive-hash", args![("path", e.path.clone())]));
                    }
                    json_docs.insert(e.path.clone(), bytes);
                }
            }
            Ok(())
        })();
        let discard = |staged: &BTreeMap<String, PathBuf>| {
            for t in staged.values() {
                let _ = fs::remove_file(t);
            }
        };
        if let Err(e) = outcome {
            discard(&staged);
            return Err(e);
        }
        let parse = |name: &str| -> Result<&Vec<u8>> {
            json_docs.get(name).ok_or_else(|| StoreError::new("store-error-archive-missing", args![("path", name)]))
        };
        let docs = (|| -> Result<(ClientDoc, Vec<ApplicationDoc>, Vec<NoteDoc>, Value)> {
            let client: ClientDoc =
                serde_json::from_slice(parse("client.json")?).map_err(|e| bad("store-error-archive-corrupt", e))?;
            let apps: Vec<ApplicationDoc> = serde_json::from_slice(parse("applications.json")?)
                .map_err(|e| bad("store-error-archive-corrupt", e))?;
            let notes: Vec<NoteDoc> =
                serde_json::from_slice(parse("notes.json")?).map_err(|e| bad("store-error-archive-corrupt", e))?;
            let audit: Value =
                serde_json::from_slice(parse("audit.json")?).map_err(|e| bad("store-error-archive-corrupt", e))?;
            Ok((client, apps, notes, audit))
        })();
        let (client, apps, notes, audit) = match docs {
            Ok(d) => d,
            Err(e) => {
                discard(&staged);
                return Err(e);
            }
        };
        let profile = match talentnav_rules::input::profile_from_value(client.profile.clone()) {
            Ok(p) => p,
            Err(e) => {
                discard(&staged);
                return Err(StoreError::new(
                    "store-error-archive-profile",
                    args![("detail", e.localized(talentnav_i18n::Locale::En))],
                ));
            }
        };
        let referenced: BTreeSet<&str> =
            apps.iter().flat_map(|a| &a.items).flat_map(|i| &i.attachments).map(|a| a.sha256.as_str()).collect();
        if let Some(missing) =
            referenced.iter().find(|s| !staged.contains_key(**s) && !self.attachments_dir().join(s).exists())
        {
            discard(&staged);
            return Err(StoreError::new(
                "store-error-archive-missing",
                args![("path", format!("attachments/{missing}"))],
            ));
        }
        Ok(CheckedArchive { client, profile, apps, notes, audit, staged, placed: Default::default() })
    }

    /// Streams one attachment into a temporary file in `attachments/`, hashing it; more bytes than the
    /// manifest declares is a mismatch.
    fn stage(
        &self,
        input: &mut dyn Read,
        declared: u64,
        staged: &mut BTreeMap<String, PathBuf>,
    ) -> Result<(String, u64)> {
        let (tmp, sha, size) = self.stream_to_temp(input, declared, "import").map_err(|e| {
            if e.message_id == "store-error-attachment-too-large" {
                StoreError::new("store-error-archive-hash", args![("path", "attachments/…")])
            } else {
                e
            }
        })?;
        staged.insert(sha.clone(), tmp);
        Ok((sha, size))
    }

    async fn write_archive(&self, a: &CheckedArchive) -> Result<i64> {
        if sqlx::query!("SELECT id FROM clients WHERE uid = ?", a.client.uid)
            .fetch_optional(&self.pool)
            .await?
            .is_some()
        {
            return Err(StoreError::new("store-error-archive-exists", args![("uid", a.client.uid.clone())]));
        }
        // Attachment files into place (each content once); remembered so a failed commit removes them.
        for (sha, tmp) in &a.staged {
            let dest = self.attachments_dir().join(sha);
            if !dest.exists() {
                fs::rename(tmp, &dest)?;
                a.placed.borrow_mut().push(dest);
            }
        }
        let mut tx = self.write().await?;
        let client_id = insert_client(&mut tx, &a.profile, &a.client.uid).await?;
        sqlx::query!(
            "UPDATE clients SET created_at = ?, updated_at = ? WHERE id = ?",
            a.client.created_at,
            a.client.updated_at,
            client_id
        )
        .execute(&mut *tx)
        .await?;
        let mut app_ids = BTreeMap::new();
        for app in &a.apps {
            let id = sqlx::query!(
                "INSERT INTO applications (client_id, scheme, route, planned_submission_date, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                client_id,
                app.scheme,
                app.route,
                app.planned_submission_date,
                app.status,
                app.created_at,
                app.updated_at
            )
            .execute(&mut *tx)
            .await?
            .last_insert_rowid();
            app_ids.insert(app.key, id);
            for i in &app.items {
                let created = if i.created_at.is_empty() { &i.status_changed_at } else { &i.created_at };
                let item_id = sqlx::query!(
                    "INSERT INTO document_items (application_id, item_key, requirement_id, party, status, na_reason, expiry_date, note, obsolete, status_changed_at, created_at)
                     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    id,
                    i.item_key,
                    i.document,
                    i.party,
                    i.status,
                    i.na_reason,
                    i.expiry_date,
                    i.note,
                    i.obsolete,
                    i.status_changed_at,
                    created
                )
                .execute(&mut *tx)
                .await?
                .last_insert_rowid();
                for (status, at) in &i.history {
                    sqlx::query!(
                        "INSERT INTO document_status_history (item_id, status, at) VALUES (?, ?, ?)",
                        item_id,
                        status,
                        at
                    )
                    .execute(&mut *tx)
                    .await?;
                }
                for at in &i.attachments {
                    sqlx::query!("INSERT INTO attachments (sha256, size, created_at) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING", at.sha256, at.size, at.added_at)
                        .execute(&mut *tx)
                        .await?;
                    sqlx::query!(
                        "INSERT INTO item_attachments (item_id, sha256, original_name, added_at) VALUES (?, ?, ?, ?)",
                        item_id,
                        at.sha256,
                        at.original_name,
                        at.added_at
                    )
                    .execute(&mut *tx)
                    .await?;
                }
            }
        }
        for n in &a.notes {
            let app = n.application.and_then(|k| app_ids.get(&k).copied());
            sqlx::query!(
                "INSERT INTO notes (client_id, application_id, body, created_at) VALUES (?, ?, ?, ?)",
                client_id,
                app,
                n.body,
                n.created_at
            )
            .execute(&mut *tx)
            .await?;
        }
        // The source's audit entries are kept, inside this database's own chain.
        audit::record(&mut tx, "client", &a.client.uid, "import", None, Some(&json!({"archive_audit": a.audit})))
            .await?;
        tx.commit().await?;
        Ok(client_id)
    }
}

struct CheckedArchive {
    client: ClientDoc,
    profile: talentnav_rules::profile::Profile,
    apps: Vec<ApplicationDoc>,
    notes: Vec<NoteDoc>,
    audit: Value,
    /// sha256 -> temporary file holding it
    staged: BTreeMap<String, PathBuf>,
    placed: std::cell::RefCell<Vec<PathBuf>>,
}
