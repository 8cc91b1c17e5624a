//! A client file as one archive (`talentnav.client-archive/1`, a zip): `manifest.json` lists every
//! other entry with its SHA-256 and size; `client.json` (the profile), `applications.json` (with
//! document items, their status history and attachments), `notes.json`, `audit.json` and
//! `attachments/<sha256>`.
//!
//! An archive comes from outside, so import trusts nothing in it. Before anything is written:
//! the file is a regular file; the zip directory is small, has no duplicate or cloaked entries, and
//! names only the known entries; every entry's declared size is within a cap fit for it, and no more
//! than that is ever read; every hash matches; every field is checked as a profile is (hashes are
//! hashes, ids exist in the rule pack, dates are dates, text has limits); every attachment is used
//! by a document. Then one write transaction, which also decides whether the client is already
//! there and moves the attachments into place (see `attachments.rs`).

use crate::{
    Result, Side, Store, StoreError,
    applications::{APPLICATION_STATUSES, ITEM_STATUSES, checklist_day, need_code},
    attachments::{Staged, is_sha256},
    audit,
    clients::insert_client,
    now,
    text::{self, Lines, MAX_FILE_NAME_CHARS, MAX_NOTE_CHARS, MAX_REASON_CHARS},
};
use serde::{Deserialize, Serialize, de::DeserializeOwned};
use serde_json::{Value, value::RawValue};
use sha2::{Digest, Sha256};
use sqlx::SqliteConnection;
use std::{
    collections::{BTreeMap, BTreeSet},
    fs::{self, File},
    io::{Read, Seek, SeekFrom, Write},
    path::Path,
};
use talentnav_i18n::{args, format::escape_controls, format::size};
use talentnav_rules::{
    documents::{Party, checklist},
    pack::Pack,
};

pub const ARCHIVE_SCHEMA: &str = "talentnav.client-archive/1";
/// Largest attachment and largest whole archive, as declared in the zip directory and as read.
pub const MAX_ENTRY_BYTES: u64 = 1024 * 1024 * 1024;
pub const MAX_TOTAL_BYTES: u64 = 2 * 1024 * 1024 * 1024;
const MIB: u64 = 1024 * 1024;
/// The most each document entry may hold, checked against its declared size before reading and
/// enforced while reading: what is held in memory is bounded by these, whatever an archive claims.
pub const DOC_LIMITS: [(&str, u64); 5] = [
    ("manifest.json", MIB),
    // A profile is at most 10 MiB.
    ("client.json", 11 * MIB),
    ("applications.json", 16 * MIB),
    ("notes.json", 16 * MIB),
    ("audit.json", 16 * MIB),
];
/// The zip directory is read whole by the zip reader: at most this big (65,535 entries at most).
const MAX_DIRECTORY_BYTES: u64 = 16 * MIB;
/// Identifiers and keys in an archive: short, printable ASCII.
const MAX_ID_CHARS: usize = 64;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct Manifest {
    schema: String,
    created_at: String,
    entries: Vec<ManifestEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestEntry {
    path: String,
    sha256: String,
    size: u64,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct ClientDoc {
    uid: String,
    created_at: String,
    updated_at: String,
    profile: Value,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
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
#[serde(deny_unknown_fields)]
struct AttachmentDoc {
    sha256: String,
    size: i64,
    original_name: String,
    added_at: String,
}

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct NoteDoc {
    /// The `key` of the application it belongs to, if any.
    application: Option<i64>,
    body: String,
    created_at: String,
}

/// One entry of the source's audit log. `before` and `after` stay JSON text: kept as read, never
/// expanded into a tree in memory.
#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct AuditDoc {
    seq: i64,
    at: String,
    entity: String,
    entity_id: String,
    action: String,
    before: Option<Box<RawValue>>,
    after: Option<Box<RawValue>>,
    hash: String,
}

/// An attachment in the data folder whose size or checksum no longer matches its row.
fn damaged_attachment(name: &str, path: &Path) -> StoreError {
    StoreError::new(
        "store-error-attachment-damaged",
        args![("name", shown(name)), ("path", talentnav_core::error::shown_path(path))],
    )
}

fn sha256_hex(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// An archive document as pretty JSON, as the format has always been written.
fn to_json<T: Serialize>(v: &T) -> Result<Vec<u8>> {
    serde_json::to_vec_pretty(v).map_err(|_| StoreError::database(args![("reason", "io-other")]))
}

fn doc_limit(name: &str) -> Option<u64> {
    DOC_LIMITS.iter().find(|(n, _)| *n == name).map(|(_, l)| *l)
}

/// `client.json`, …, or `attachments/<64 lower-case hex>`: nothing else is a legal entry name.
fn legal_entry(name: &str) -> bool {
    doc_limit(name).is_some() || name.strip_prefix("attachments/").is_some_and(is_sha256)
}

/// An entry name or value from the archive, as a message may show it: escaped and cut short.
fn shown(text: &str) -> String {
    let cut: String = text.chars().take(80).collect();
    let more = if cut.len() < text.len() { "…" } else { "" };
    format!("{}{more}", escape_controls(&cut))
}

fn corrupt(entry: &str) -> StoreError {
    StoreError::new("store-error-archive-entry-corrupt", args![("entry", shown(entry))])
}

fn mismatch(entry: &str) -> StoreError {
    StoreError::new("store-error-archive-hash", args![("path", shown(entry))])
}

/// A field of an archive that is not what it must be: `expected` says what it must be (a code the
/// message turns into words), `value` what it is.
fn field(entry: &str, path: &str, expected: &str, value: &str) -> StoreError {
    StoreError::new(
        "store-error-archive-field",
        args![("entry", entry), ("path", path), ("expected", expected), ("value", shown(value))],
    )
}

fn is_timestamp(s: &str) -> bool {
    s.len() <= MAX_ID_CHARS && chrono::DateTime::parse_from_rfc3339(s).is_ok()
}

fn is_date(s: &str) -> bool {
    talentnav_rules::date::parse(s).is_some()
}

/// Identifiers a client file holds: 1 to 64 ASCII letters, digits, `-`, `_`, `.`, `:` or `@`.
fn is_id(s: &str) -> bool {
    !s.is_empty()
        && s.len() <= MAX_ID_CHARS
        && s.bytes().all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':' | b'@'))
}

/// The entry's JSON as `T`; a mismatch names the JSON path within the entry, never serde's English.
fn parse<T: DeserializeOwned>(entry: &str, bytes: &[u8]) -> Result<T> {
    let error = |path: String, e: serde_json::Error| {
        let at = args![("entry", entry), ("line", e.line()), ("column", e.column())];
        if e.is_data() && !path.is_empty() {
            let mut at = at;
            at.insert("path".into(), path.into());
            StoreError::new("store-error-archive-json", at)
        } else {
            StoreError::new("store-error-archive-not-json", at)
        }
    };
    let mut de = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut de).map_err(|e| {
        let path = e.path().to_string();
        error(if path == "." { String::new() } else { path }, e.into_inner())
    })?;
    de.end().map_err(|e| error(String::new(), e))?;
    Ok(value)
}

/// The zip directory's size and entry count, from its end record, before the zip reader reads it
/// whole: a directory over [`MAX_DIRECTORY_BYTES`] or in the 64-bit format (more than 65,535 entries
/// or 4 GiB, never a client archive) is refused.
fn check_directory(file: &mut File, len: u64) -> Result<()> {
    let tail_len = len.min(22 + 65_535 + 20);
    let mut tail = vec![0u8; tail_len as usize];
    file.seek(SeekFrom::Start(len - tail_len))
        .and_then(|_| file.read_exact(&mut tail))
        .map_err(|_| StoreError::new("store-error-archive-corrupt", args![]))?;
    let end = (0..tail.len().saturating_sub(21))
        .rev()
        .find(|&i| tail[i..i + 4] == [0x50, 0x4b, 0x05, 0x06])
        .ok_or_else(|| StoreError::new("store-error-archive-corrupt", args![]))?;
    let u16_at = |i: usize| u16::from_le_bytes([tail[i], tail[i + 1]]);
    let u32_at = |i: usize| u32::from_le_bytes([tail[i], tail[i + 1], tail[i + 2], tail[i + 3]]);
    let zip64 = end >= 20 && tail[end - 20..end - 16] == [0x50, 0x4b, 0x06, 0x07];
    if zip64 || u16_at(end + 10) == u16::MAX || u64::from(u32_at(end + 12)) > MAX_DIRECTORY_BYTES {
        return Err(StoreError::new("store-error-archive-directory", args![("limit", size(MAX_DIRECTORY_BYTES))]));
    }
    file.rewind().map_err(|_| StoreError::new("store-error-archive-corrupt", args![]))
}

/// Everything an archive holds, checked, with its attachments staged in temporary files.
struct Checked {
    client: ClientDoc,
    profile: talentnav_rules::profile::Profile,
    apps: Vec<ApplicationDoc>,
    /// Per application, how firmly the rules ask for each item key today (the `need` column).
    needs: Vec<BTreeMap<String, &'static str>>,
    notes: Vec<NoteDoc>,
    /// `audit.json` as read (checked to be a list of audit entries).
    audit: String,
    staged: Vec<Staged>,
}

impl Store {
    /// Writes a client's whole file to `out` (atomically, owner-only). Attachment files are found
    /// only by a valid SHA-256, and only regular files are read.
    pub async fn export_client(&self, client_id: i64, out: &Path) -> Result<()> {
        let c = self.client(client_id).await?;
        let mut apps = Vec::new();
        let mut entity_ids: BTreeMap<&str, Vec<String>> = BTreeMap::new();
        entity_ids.insert("client", vec![c.uid.clone()]);
        let mut attachment_files = BTreeMap::new();
        for a in self.applications(Some(client_id)).await? {
            entity_ids.entry("application").or_default().push(a.id.to_string());
            let mut items = Vec::new();
            for i in self.items(a.id).await? {
                entity_ids.entry("document_item").or_default().push(i.id.to_string());
                let mut attachments = Vec::new();
                for at in self.attachments(i.id).await? {
                    entity_ids.entry("attachment").or_default().push(at.id.to_string());
                    let path = self.attachment_path(&at.sha256).ok_or_else(|| {
                        StoreError::new("store-error-bad-attachment-row", args![("value", shown(&at.sha256))])
                    })?;
                    attachment_files.insert(at.sha256.clone(), (path, at.size, at.original_name.clone()));
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
        let raw = |text: Option<String>| text.and_then(|t| RawValue::from_string(t).ok());
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
            audit_rows.extend(rows.into_iter().map(|r| AuditDoc {
                seq: r.seq,
                at: r.at,
                entity: r.entity,
                entity_id: r.entity_id,
                action: r.action,
                before: raw(r.before_json),
                after: raw(r.after_json),
                hash: r.hash,
            }));
        }
        audit_rows.sort_by_key(|r| r.seq);

        let docs: [(&str, Vec<u8>); 4] = [
            (
                "client.json",
                to_json(&ClientDoc {
                    uid: c.uid,
                    created_at: c.created_at,
                    updated_at: c.updated_at,
                    profile: c.profile,
                })?,
            ),
            ("applications.json", to_json(&apps)?),
            ("notes.json", to_json(&notes)?),
            ("audit.json", to_json(&audit_rows)?),
        ];
        let mut entries: Vec<ManifestEntry> = docs
            .iter()
            .map(|(p, b)| ManifestEntry { path: p.to_string(), sha256: sha256_hex(b), size: b.len() as u64 })
            .collect();
        let mut sources = Vec::new();
        for (sha, (path, expected, name)) in &attachment_files {
            let data_error = |e: &std::io::Error| StoreError::io(Side::Data, path, e);
            let file = talentnav_core::fsutil::open_regular(path).map_err(|e| data_error(&e))?;
            let size = file.metadata().map_err(|e| data_error(&e))?.len();
            if i64::try_from(size).ok() != Some(*expected) {
                return Err(damaged_attachment(name, path));
            }
            entries.push(ManifestEntry { path: format!("attachments/{sha}"), sha256: sha.clone(), size });
            sources.push((sha, path, name, size, file));
        }
        let manifest = to_json(&Manifest { schema: ARCHIVE_SCHEMA.into(), created_at: now(), entries })?;

        // Written to a temporary file next to `out`, then renamed: an existing file is replaced only on success.
        let dir = out.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
        let tmp = dir.join(format!(
            ".{}.{}.tmp",
            out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
            std::process::id()
        ));
        let out_error = |e: &std::io::Error| StoreError::io(Side::Output, out, e);
        let zip_error = |e: zip::result::ZipError| match e {
            zip::result::ZipError::Io(e) => out_error(&e),
            _ => out_error(&std::io::Error::other("zip")),
        };
        let result = (|| -> Result<()> {
            let mut opts = fs::OpenOptions::new();
            opts.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                opts.mode(0o600);
            }
            let mut zip = zip::ZipWriter::new(opts.open(&tmp).map_err(|e| out_error(&e))?);
            let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
            zip.start_file("manifest.json", options).map_err(zip_error)?;
            zip.write_all(&manifest).map_err(|e| out_error(&e))?;
            for (path, bytes) in &docs {
                zip.start_file(*path, options).map_err(zip_error)?;
                zip.write_all(bytes).map_err(|e| out_error(&e))?;
            }
            for (sha, path, name, size, file) in &mut sources {
                zip.start_file(format!("attachments/{sha}"), options).map_err(zip_error)?;
                // A failed read is the data folder's, a failed write the output's. The bytes are
                // checked against the row's size and checksum as they pass, so a damaged attachment
                // is never exported as if it were the document.
                let mut buf = vec![0u8; 64 * 1024];
                let (mut hasher, mut read) = (Sha256::new(), 0u64);
                loop {
                    let n = file.read(&mut buf).map_err(|e| StoreError::io(Side::Data, path, &e))?;
                    if n == 0 {
                        break;
                    }
                    hasher.update(&buf[..n]);
                    read += n as u64;
                    zip.write_all(&buf[..n]).map_err(|e| out_error(&e))?;
                }
                let digest: String = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
                if read != *size || digest != **sha {
                    return Err(damaged_attachment(name, path));
                }
            }
            zip.finish().map_err(zip_error)?.sync_all().map_err(|e| out_error(&e))?;
            fs::rename(&tmp, out).map_err(|e| out_error(&e))?;
            Ok(())
        })();
        if result.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        result
    }

    /// Imports one client archive; returns the new client's id. Nothing is written unless every check
    /// passes; temporary copies are removed on every path (and, after a crash, on the next open).
    /// Schemes, routes and documents are checked against `pack`.
    pub async fn import_client(&self, pack: &Pack, archive: &Path) -> Result<i64> {
        let checked = self.check_archive(pack, archive)?;
        self.write_with_files(&checked.staged, async |tx| write_archive(tx, &checked).await).await
    }

    fn check_archive(&self, pack: &Pack, archive: &Path) -> Result<Checked> {
        let archive_error = |e: &std::io::Error| StoreError::io(Side::Archive, archive, e);
        let mut file = talentnav_core::fsutil::open_regular(archive).map_err(|e| archive_error(&e))?;
        let len = file.metadata().map_err(|e| archive_error(&e))?.len();
        if len > MAX_TOTAL_BYTES + 64 * MIB {
            return Err(StoreError::new(
                "store-error-archive-too-large-total",
                args![("size", size(len)), ("limit", size(MAX_TOTAL_BYTES))],
            ));
        }
        check_directory(&mut file, len)?;
        let mut zip =
            zip::ZipArchive::new(file).map_err(|_| StoreError::new("store-error-archive-corrupt", args![]))?;
        if zip.has_duplicate_names() {
            return Err(StoreError::new("store-error-archive-duplicate-entries", args![]));
        }

        // Names and declared sizes first: nothing is decompressed before they pass.
        let mut entries = BTreeMap::new();
        let mut total: u64 = 0;
        for i in 0..zip.len() {
            let f = zip.by_index_raw(i).map_err(|_| StoreError::new("store-error-archive-corrupt", args![]))?;
            let name = String::from_utf8_lossy(f.name_raw()).into_owned();
            if !legal_entry(&name) || f.is_dir() || f.is_symlink() {
                return Err(StoreError::new("store-error-archive-bad-path", args![("path", shown(&name))]));
            }
            let limit = doc_limit(&name).unwrap_or(MAX_ENTRY_BYTES);
            if f.size() > limit {
                return Err(StoreError::new(
                    "store-error-archive-too-large",
                    args![("path", name), ("size", size(f.size())), ("limit", size(limit))],
                ));
            }
            total = total.saturating_add(f.size());
            entries.insert(name, (i, f.size()));
        }
        if total > MAX_TOTAL_BYTES {
            return Err(StoreError::new(
                "store-error-archive-too-large-total",
                args![("size", size(total)), ("limit", size(MAX_TOTAL_BYTES))],
            ));
        }
        // Local headers that disagree with the directory (a second, hidden set of names) are refused.
        zip.validate_header_consistency().map_err(|_| StoreError::new("store-error-archive-corrupt", args![]))?;
        // Each document is read to at most its declared size (itself within its cap), then hashed.
        let mut read_doc = |name: &str, declared: u64, sha: Option<&str>| -> Result<Vec<u8>> {
            let &(idx, size_in_zip) = entries
                .get(name)
                .ok_or_else(|| StoreError::new("store-error-archive-missing", args![("path", name)]))?;
            if size_in_zip != declared {
                return Err(mismatch(name));
            }
            let f = zip.by_index(idx).map_err(|_| corrupt(name))?;
            let mut buf = Vec::with_capacity(declared as usize);
            f.take(declared + 1).read_to_end(&mut buf).map_err(|_| corrupt(name))?;
            if buf.len() as u64 != declared || sha.is_some_and(|s| s != sha256_hex(&buf)) {
                return Err(mismatch(name));
            }
            Ok(buf)
        };
        let manifest_size = entries
            .get("manifest.json")
            .map(|e| e.1)
            .ok_or_else(|| StoreError::new("store-error-archive-missing", args![("path", "manifest.json")]))?;
        let manifest: Manifest = parse("manifest.json", &read_doc("manifest.json", manifest_size, None)?)?;
        if manifest.schema != ARCHIVE_SCHEMA {
            return Err(StoreError::new(
                "store-error-archive-schema",
                args![("value", shown(&manifest.schema)), ("expected", ARCHIVE_SCHEMA)],
            ));
        }
        if !is_timestamp(&manifest.created_at) {
            return Err(field("manifest.json", "created_at", "time", &manifest.created_at));
        }
        let mut listed = BTreeMap::new();
        for (n, e) in manifest.entries.iter().enumerate() {
            let at = |what: &str| format!("entries[{n}].{what}");
            if !legal_entry(&e.path) || e.path == "manifest.json" {
                return Err(StoreError::new("store-error-archive-bad-path", args![("path", shown(&e.path))]));
            }
            if !is_sha256(&e.sha256) {
                return Err(field("manifest.json", &at("sha256"), "hash", &e.sha256));
            }
            if e.path.strip_prefix("attachments/").is_some_and(|h| h != e.sha256) {
                return Err(mismatch(&e.path));
            }
            if listed.insert(e.path.as_str(), e).is_some() {
                return Err(field("manifest.json", &at("path"), "duplicate", &e.path));
            }
            if !entries.contains_key(&e.path) {
                return Err(StoreError::new("store-error-archive-missing", args![("path", e.path.clone())]));
            }
        }
        if let Some(name) = entries.keys().find(|n| n.as_str() != "manifest.json" && !listed.contains_key(n.as_str())) {
            return Err(StoreError::new("store-error-archive-unlisted", args![("path", shown(name))]));
        }
        let mut doc = |name: &str| -> Result<Vec<u8>> {
            let e = listed
                .get(name)
                .ok_or_else(|| StoreError::new("store-error-archive-missing", args![("path", name)]))?;
            read_doc(name, e.size, Some(&e.sha256))
        };
        let client: ClientDoc = parse("client.json", &doc("client.json")?)?;
        let apps: Vec<ApplicationDoc> = parse("applications.json", &doc("applications.json")?)?;
        let notes: Vec<NoteDoc> = parse("notes.json", &doc("notes.json")?)?;
        let audit_bytes = doc("audit.json")?;
        let audit: Vec<AuditDoc> = parse("audit.json", &audit_bytes)?;
        check_audit(&audit)?;
        drop(audit);
        let audit = String::from_utf8(audit_bytes).map_err(|_| corrupt("audit.json"))?;

        let profile = check_client(&client)?;
        let used = check_applications(pack, &apps, &profile)?;
        check_notes(&notes, &apps)?;

        // Attachments: exactly those the documents use, each with the size they say.
        let attachments: Vec<&ManifestEntry> =
            listed.values().filter(|e| e.path.starts_with("attachments/")).copied().collect();
        for e in &attachments {
            match used.get(e.sha256.as_str()) {
                None => return Err(StoreError::new("store-error-archive-unused", args![("path", e.path.clone())])),
                Some((path, size)) if *size != e.size as i64 => {
                    return Err(field("applications.json", path, "size", &size.to_string()));
                }
                Some(_) => {}
            }
        }
        if let Some(sha) = used.keys().find(|s| !listed.contains_key(format!("attachments/{s}").as_str())) {
            return Err(StoreError::new("store-error-archive-missing", args![("path", format!("attachments/{sha}"))]));
        }
        let mut staged = Vec::new();
        for e in attachments {
            let &(idx, _) = &entries[&e.path];
            let mut f = zip.by_index(idx).map_err(|_| corrupt(&e.path))?;
            let s = self.stage(&mut f, e.size, "import", &|_| corrupt(&e.path)).map_err(|err| {
                if err.message_id == "store-error-attachment-too-large" { mismatch(&e.path) } else { err }
            })?;
            if s.sha256 != e.sha256 || s.size != e.size {
                return Err(mismatch(&e.path));
            }
            staged.push(s);
        }
        // How firmly each item is asked for is not in the archive: the rules say it for this household.
        let needs = apps
            .iter()
            .map(|a| {
                let on = checklist_day(a.planned_submission_date.as_deref());
                let items = checklist(pack, &profile, &a.scheme, a.route.as_deref(), on);
                items.into_iter().map(|i| (i.key, need_code(i.need))).collect()
            })
            .collect();
        Ok(Checked { client, profile, apps, needs, notes, audit, staged })
    }
}

fn check_client(c: &ClientDoc) -> Result<talentnav_rules::profile::Profile> {
    const E: &str = "client.json";
    if !is_id(&c.uid) {
        return Err(field(E, "uid", "uid", &c.uid));
    }
    for (name, value) in [("created_at", &c.created_at), ("updated_at", &c.updated_at)] {
        if !is_timestamp(value) {
            return Err(field(E, name, "time", value));
        }
    }
    let profile = talentnav_rules::input::profile_from_value(c.profile.clone()).map_err(|e| {
        // The profile's own message, in the reader's language: its id becomes the reason.
        let mut a = e.args.clone();
        if let Some(talentnav_i18n::ArgValue::Text(p)) = a.get("path").cloned() {
            a.insert("path".into(), format!("profile.{p}").into());
        }
        a.insert("reason".into(), e.message_id.into());
        StoreError::new("store-error-archive-profile", a)
    })?;
    text::check_profile(&profile, "client.json profile.")?;
    Ok(profile)
}

/// Checks every application, item, status change and attachment; returns the attachments used, by
/// hash, with the path of one use and the size it declares.
fn check_applications(
    pack: &Pack,
    apps: &[ApplicationDoc],
    profile: &talentnav_rules::profile::Profile,
) -> Result<BTreeMap<String, (String, i64)>> {
    const E: &str = "applications.json";
    let known_document = |d: &str| pack.documents.document.iter().any(|k| k.id == d);
    let dependants = profile.dependants.as_ref().map_or(0, Vec::len);
    let mut keys = BTreeSet::new();
    let mut used: BTreeMap<String, (String, i64)> = BTreeMap::new();
    for (a, app) in apps.iter().enumerate() {
        let at = |what: &str| format!("[{a}].{what}");
        if !keys.insert(app.key) {
            return Err(field(E, &at("key"), "duplicate", &app.key.to_string()));
        }
        if pack.schemes.iter().all(|s| s.id != app.scheme) {
            return Err(field(E, &at("scheme"), "scheme", &app.scheme));
        }
        if let Some(r) = &app.route
            && pack.scheme_with_route(&app.scheme, Some(r)).is_err()
        {
            return Err(field(E, &at("route"), "route", r));
        }
        if let Some(d) = app.planned_submission_date.as_deref().filter(|d| !is_date(d)) {
            return Err(field(E, &at("planned_submission_date"), "date", d));
        }
        if !APPLICATION_STATUSES.contains(&app.status.as_str()) {
            return Err(field(E, &at("status"), "status", &app.status));
        }
        for (name, value) in [("created_at", &app.created_at), ("updated_at", &app.updated_at)] {
            if !is_timestamp(value) {
                return Err(field(E, &at(name), "time", value));
            }
        }
        let mut item_keys = BTreeSet::new();
        for (i, item) in app.items.iter().enumerate() {
            let at = |what: &str| format!("[{a}].items[{i}].{what}");
            if !known_document(&item.document) {
                return Err(field(E, &at("document"), "document", &item.document));
            }
            let party = Party::parse(&item.party).filter(|p| p.code() == item.party);
            let Some(party) = party else { return Err(field(E, &at("party"), "party", &item.party)) };
            // An item still asked for names a dependant the profile has; an obsolete one may not.
            if matches!(party, Party::Dependant(n) if n >= dependants && !item.obsolete) {
                return Err(field(E, &at("party"), "party", &item.party));
            }
            if item.item_key != format!("{}@{}", item.document, item.party) {
                return Err(field(E, &at("item_key"), "key", &item.item_key));
            }
            if !item_keys.insert(item.item_key.as_str()) {
                return Err(field(E, &at("item_key"), "duplicate", &item.item_key));
            }
            if !ITEM_STATUSES.contains(&item.status.as_str()) {
                return Err(field(E, &at("status"), "status", &item.status));
            }
            if let Some(r) = &item.na_reason {
                text::check(&format!("{E} {}", at("na_reason")), r, MAX_REASON_CHARS, Lines::Many)?;
            }
            if item.status == "not_applicable" && item.na_reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
                return Err(field(E, &at("na_reason"), "reason", ""));
            }
            if let Some(d) = item.expiry_date.as_deref().filter(|d| !is_date(d)) {
                return Err(field(E, &at("expiry_date"), "date", d));
            }
            if let Some(n) = &item.note {
                text::check(&format!("{E} {}", at("note")), n, MAX_NOTE_CHARS, Lines::Many)?;
            }
            if !is_timestamp(&item.status_changed_at) {
                return Err(field(E, &at("status_changed_at"), "time", &item.status_changed_at));
            }
            // Archives from before items kept their own creation time have it empty.
            if !item.created_at.is_empty() && !is_timestamp(&item.created_at) {
                return Err(field(E, &at("created_at"), "time", &item.created_at));
            }
            for (h, (status, when)) in item.history.iter().enumerate() {
                if !ITEM_STATUSES.contains(&status.as_str()) {
                    return Err(field(E, &at(&format!("history[{h}][0]")), "status", status));
                }
                if !is_timestamp(when) {
                    return Err(field(E, &at(&format!("history[{h}][1]")), "time", when));
                }
            }
            for (n, att) in item.attachments.iter().enumerate() {
                let at = |what: &str| at(&format!("attachments[{n}].{what}"));
                if !is_sha256(&att.sha256) {
                    return Err(field(E, &at("sha256"), "hash", &att.sha256));
                }
                if att.size < 0 || used.get(&att.sha256).is_some_and(|(_, s)| *s != att.size) {
                    return Err(field(E, &at("size"), "size", &att.size.to_string()));
                }
                text::check_length(&format!("{E} {}", at("original_name")), &att.original_name, MAX_FILE_NAME_CHARS)?;
                if !is_timestamp(&att.added_at) {
                    return Err(field(E, &at("added_at"), "time", &att.added_at));
                }
                used.entry(att.sha256.clone()).or_insert((at("size"), att.size));
            }
        }
    }
    Ok(used)
}

fn check_notes(notes: &[NoteDoc], apps: &[ApplicationDoc]) -> Result<()> {
    const E: &str = "notes.json";
    for (n, note) in notes.iter().enumerate() {
        if let Some(k) = note.application.filter(|k| apps.iter().all(|a| a.key != *k)) {
            return Err(field(E, &format!("[{n}].application"), "application", &k.to_string()));
        }
        text::check(&format!("{E} [{n}].body"), &note.body, MAX_NOTE_CHARS, Lines::Many)?;
        if !is_timestamp(&note.created_at) {
            return Err(field(E, &format!("[{n}].created_at"), "time", &note.created_at));
        }
    }
    Ok(())
}

fn check_audit(entries: &[AuditDoc]) -> Result<()> {
    const E: &str = "audit.json";
    for (n, e) in entries.iter().enumerate() {
        let at = |what: &str| format!("[{n}].{what}");
        if !is_timestamp(&e.at) {
            return Err(field(E, &at("at"), "time", &e.at));
        }
        for (name, value) in [("entity", &e.entity), ("entity_id", &e.entity_id), ("action", &e.action)] {
            if !is_id(value) {
                return Err(field(E, &at(name), "id", value));
            }
        }
        if !is_sha256(&e.hash) {
            return Err(field(E, &at("hash"), "hash", &e.hash));
        }
    }
    Ok(())
}

/// The rows of a checked archive, inside the import's write transaction.
async fn write_archive(tx: &mut SqliteConnection, a: &Checked) -> Result<i64> {
    // Decided under the write lock, so of two imports of one client exactly one writes it.
    let exists = || StoreError::new("store-error-archive-exists", args![("uid", a.client.uid.clone())]);
    if sqlx::query!("SELECT id FROM clients WHERE uid = ?", a.client.uid).fetch_optional(&mut *tx).await?.is_some() {
        return Err(exists());
    }
    let client_id = insert_client(tx, &a.profile, &a.client.uid)
        .await
        .map_err(|e| if e.args.get("reason") == Some(&"db-conflict".into()) { exists() } else { e })?;
    sqlx::query!(
        "UPDATE clients SET created_at = ?, updated_at = ? WHERE id = ?",
        a.client.created_at,
        a.client.updated_at,
        client_id
    )
    .execute(&mut *tx)
    .await?;
    let mut app_ids = BTreeMap::new();
    for (app, needs) in a.apps.iter().zip(&a.needs) {
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
            // An item the rules no longer list is not plainly asked for (as after a profile change).
            let need = needs.get(&i.item_key).copied().unwrap_or("may_be_needed");
            let item_id = sqlx::query!(
                "INSERT INTO document_items (application_id, item_key, requirement_id, party, status, need, na_reason, expiry_date, note, obsolete, status_changed_at, created_at)
                 VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                id,
                i.item_key,
                i.document,
                i.party,
                i.status,
                need,
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
                sqlx::query!(
                    "INSERT INTO attachments (sha256, size, created_at) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
                    at.sha256,
                    at.size,
                    at.added_at
                )
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
    // The source's audit entries are kept as read, inside this database's own chain.
    let after = format!("{{\"archive_audit\":{}}}", a.audit.trim());
    audit::record_json(tx, "client", &a.client.uid, "import", None, Some(&after)).await?;
    Ok(client_id)
}
