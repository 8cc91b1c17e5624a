//! Attachments: a file is copied into the data folder as `attachments/<sha256>`, written to a 0600
//! temporary file while it is hashed, so the store holds each content once and never writes anywhere a
//! caller names. The original file name is kept as text only.
//!
//! A stored copy is put in place, and removed again, only while the database's write lock is held
//! ([`Store::write_with_files`]): so a copy some committed row refers to is never removed, whatever
//! other processes attach or import at the same time.

use crate::{Result, Side, Store, StoreError, audit, now, text};
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use sqlx::SqliteConnection;
use std::{
    fs::{self, File, OpenOptions},
    io::{Read, Write},
    path::{Path, PathBuf},
};
use talentnav_i18n::{args, format::size};

pub const DEFAULT_LIMIT_BYTES: u64 = 50 * 1024 * 1024;
/// Temporary files in `attachments/` start with one of these, then `-<pid>-<uuid>`.
const TEMP_PREFIXES: [&str; 2] = [".incoming-", ".import-"];

#[derive(Debug, Clone, Serialize, PartialEq, Eq, ts_rs::TS)]
pub struct Attachment {
    pub id: i64,
    pub item_id: i64,
    pub sha256: String,
    pub size: i64,
    pub original_name: String,
    pub added_at: String,
}

/// 64 lower-case hexadecimal digits: the only thing an attachment's file is ever named from.
pub fn is_sha256(s: &str) -> bool {
    s.len() == 64 && s.bytes().all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
}

/// A hashed copy waiting in `attachments/` under a temporary name; removed when dropped unless it
/// was moved into place.
pub(crate) struct Staged {
    tmp: PathBuf,
    pub sha256: String,
    pub size: u64,
}

impl Drop for Staged {
    fn drop(&mut self) {
        let _ = fs::remove_file(&self.tmp);
    }
}

pub(crate) fn too_large(size_bytes: u64, limit: u64) -> StoreError {
    StoreError::new("store-error-attachment-too-large", args![("size", size(size_bytes)), ("limit", size(limit))])
}

impl Store {
    pub fn attachments_dir(&self) -> PathBuf {
        self.data_dir.join("attachments")
    }

    /// The stored copy of an attachment's content; `None` unless `sha256` is a SHA-256 digest.
    pub fn attachment_path(&self, sha256: &str) -> Option<PathBuf> {
        is_sha256(sha256).then(|| self.attachments_dir().join(sha256))
    }

    /// Copies `source` into the store and attaches it to a document item. Only a regular file is read
    /// (a FIFO would never end, a symlink could point anywhere), decided before reading.
    pub async fn attach(&self, item_id: i64, source: &Path, limit: u64) -> Result<Attachment> {
        self.item(item_id).await?;
        let original_name = source.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        // Any name a file system allows is kept (and shown escaped), up to a length.
        text::check_length("file-name", &original_name, text::MAX_FILE_NAME_CHARS)?;
        let source_error = |e: &std::io::Error| StoreError::io(Side::Source, source, e);
        let mut file = talentnav_core::fsutil::open_regular(source).map_err(|e| source_error(&e))?;
        let len = file.metadata().map_err(|e| source_error(&e))?.len();
        if len > limit {
            return Err(too_large(len, limit));
        }
        let staged = self.stage(&mut file, limit, "incoming", &|e| source_error(e))?;
        let at = now();
        self.write_with_files(std::slice::from_ref(&staged), async |tx| {
            link(tx, item_id, &staged.sha256, staged.size, &original_name, &at).await
        })
        .await
    }

    /// Copies `input` into a new 0600 temporary file in `attachments/`, hashing it on the way and
    /// refusing more than `limit` bytes. A failure to read is `read_error`'s; nothing is left behind.
    pub(crate) fn stage(
        &self,
        input: &mut dyn Read,
        limit: u64,
        purpose: &str,
        read_error: &dyn Fn(&std::io::Error) -> StoreError,
    ) -> Result<Staged> {
        let dir = self.attachments_dir();
        talentnav_core::fsutil::create_private_dir(&dir).map_err(|e| StoreError::io(Side::Data, &dir, &e))?;
        let mut staged = Staged {
            tmp: dir.join(format!(".{purpose}-{}-{}", std::process::id(), uuid::Uuid::new_v4())),
            sha256: String::new(),
            size: 0,
        };
        let data_error = |e: &std::io::Error| StoreError::io(Side::Data, &staged.tmp, e);
        let mut opts = OpenOptions::new();
        opts.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            opts.mode(0o600);
        }
        let mut out = opts.open(&staged.tmp).map_err(|e| data_error(&e))?;
        let mut hasher = Sha256::new();
        let mut buf = vec![0u8; 64 * 1024];
        let mut total: u64 = 0;
        loop {
            let n = match input.read(&mut buf) {
                Ok(n) => n,
                Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(read_error(&e)),
            };
            if n == 0 {
                break;
            }
            total += n as u64;
            if total > limit {
                return Err(too_large(total, limit));
            }
            hasher.update(&buf[..n]);
            out.write_all(&buf[..n]).map_err(|e| data_error(&e))?;
        }
        out.sync_all().map_err(|e| data_error(&e))?;
        staged.sha256 = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
        staged.size = total;
        Ok(staged)
    }

    /// Runs `body` in one write transaction with `files` moved into place first. If anything fails,
    /// the copies this call put in place are removed again, under the write lock, unless a row
    /// committed meanwhile by another process refers to them.
    pub(crate) async fn write_with_files<T>(
        &self,
        files: &[Staged],
        body: impl AsyncFnOnce(&mut SqliteConnection) -> Result<T>,
    ) -> Result<T> {
        let mut tx = self.write().await?;
        let mut placed = Vec::new();
        let mut moved = Ok(());
        for f in files {
            match self.place(f) {
                Ok(true) => placed.push(f.sha256.clone()),
                Ok(false) => {}
                Err(e) => {
                    moved = Err(e);
                    break;
                }
            }
        }
        let result = match moved {
            Ok(()) => body(&mut tx).await,
            Err(e) => Err(e),
        };
        let result = match result {
            Ok(v) => tx.commit().await.map(|_| v).map_err(StoreError::from),
            Err(e) => {
                let _ = tx.rollback().await;
                Err(e)
            }
        };
        if result.is_err() && !placed.is_empty() {
            self.remove_unreferenced(&placed).await;
        }
        result
    }

    /// Moves a staged copy to `attachments/<sha256>` unless that content is already stored; true if
    /// this call placed it. Call with the write lock held.
    fn place(&self, f: &Staged) -> Result<bool> {
        let dir = self.attachments_dir();
        let dest = dir.join(&f.sha256);
        if fs::symlink_metadata(&dest).is_ok() {
            return Ok(false);
        }
        fs::rename(&f.tmp, &dest)
            .and_then(|_| File::open(&dir)?.sync_all())
            .map_err(|e| StoreError::io(Side::Data, &dest, &e))?;
        Ok(true)
    }

    /// Removes stored copies no row refers to, with the write lock held so that no other process can
    /// start using one meanwhile. Best effort: a copy left behind takes space but loses nothing.
    async fn remove_unreferenced(&self, shas: &[String]) {
        let Ok(mut tx) = self.write().await else { return };
        for sha in shas {
            let used =
                sqlx::query_scalar!("SELECT COUNT(*) FROM attachments WHERE sha256 = ?", sha).fetch_one(&mut *tx).await;
            if let (Ok(0), Some(path)) = (used, self.attachment_path(sha)) {
                let _ = fs::remove_file(path);
            }
        }
        let _ = tx.commit().await;
    }

    /// Temporary files left in `attachments/` by a process that no longer runs (killed mid-import,
    /// a crash) are removed; those of a running process are its own business.
    pub(crate) fn remove_stale_temporaries(&self) {
        let Ok(entries) = fs::read_dir(self.attachments_dir()) else { return };
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            let pid = TEMP_PREFIXES
                .iter()
                .find_map(|p| name.strip_prefix(p))
                .and_then(|rest| rest.split('-').next())
                .and_then(|pid| pid.parse::<u32>().ok());
            if let Some(pid) = pid
                && !talentnav_core::fsutil::process_alive(pid)
            {
                let _ = fs::remove_file(entry.path());
            }
        }
    }

    /// Takes an attachment off its document item, with its audit entry. The stored copy is removed
    /// once no item uses that content any more, decided under the write lock (as after a failed
    /// attach), so a concurrent attach of the same content keeps its file.
    pub async fn detach(&self, attachment_id: i64) -> Result<Attachment> {
        let mut tx = self.write().await?;
        let a = sqlx::query_as!(
            Attachment,
            r#"SELECT ia.id AS "id!: i64", ia.item_id, ia.sha256, a.size, ia.original_name, ia.added_at
               FROM item_attachments ia JOIN attachments a ON a.sha256 = ia.sha256 WHERE ia.id = ?"#,
            attachment_id
        )
        .fetch_optional(&mut *tx)
        .await?
        .ok_or_else(|| StoreError::not_found("store-error-no-attachment", attachment_id))?;
        sqlx::query!("DELETE FROM item_attachments WHERE id = ?", attachment_id).execute(&mut *tx).await?;
        let uses = sqlx::query_scalar!("SELECT COUNT(*) FROM item_attachments WHERE sha256 = ?", a.sha256)
            .fetch_one(&mut *tx)
            .await?;
        if uses == 0 {
            sqlx::query!("DELETE FROM attachments WHERE sha256 = ?", a.sha256).execute(&mut *tx).await?;
        }
        let before =
            json!({"item_id": a.item_id, "sha256": a.sha256, "size": a.size, "original_name": a.original_name});
        audit::record(&mut tx, "attachment", &attachment_id.to_string(), "detach", Some(&before), None).await?;
        tx.commit().await?;
        if uses == 0 {
            self.remove_unreferenced(std::slice::from_ref(&a.sha256)).await;
        }
        Ok(a)
    }

    pub async fn attachments(&self, item_id: i64) -> Result<Vec<Attachment>> {
        Ok(sqlx::query_as!(
            Attachment,
            r#"SELECT ia.id AS "id!: i64", ia.item_id, ia.sha256, a.size, ia.original_name, ia.added_at
               FROM item_attachments ia JOIN attachments a ON a.sha256 = ia.sha256 WHERE ia.item_id = ? ORDER BY ia.id"#,
            item_id
        )
        .fetch_all(&self.pool)
        .await?)
    }

    /// Every file attached to the items of an application, item by item, oldest first: one query for
    /// the application page instead of one per item.
    pub async fn application_attachments(&self, application_id: i64) -> Result<Vec<Attachment>> {
        Ok(sqlx::query_as!(
            Attachment,
            r#"SELECT ia.id AS "id!: i64", ia.item_id, ia.sha256, a.size, ia.original_name, ia.added_at
               FROM document_items di
               JOIN item_attachments ia ON ia.item_id = di.id
               JOIN attachments a ON a.sha256 = ia.sha256
               WHERE di.application_id = ? ORDER BY ia.item_id, ia.id"#,
            application_id
        )
        .fetch_all(&self.pool)
        .await?)
    }
}

/// The rows for one attachment of an item, with its audit entry.
async fn link(
    tx: &mut SqliteConnection,
    item_id: i64,
    sha256: &str,
    size: u64,
    original_name: &str,
    at: &str,
) -> Result<Attachment> {
    let size = size as i64;
    sqlx::query!(
        "INSERT INTO attachments (sha256, size, created_at) VALUES (?, ?, ?) ON CONFLICT (sha256) DO NOTHING",
        sha256,
        size,
        at
    )
    .execute(&mut *tx)
    .await?;
    let id = sqlx::query!(
        "INSERT INTO item_attachments (item_id, sha256, original_name, added_at) VALUES (?, ?, ?, ?)",
        item_id,
        sha256,
        original_name,
        at
    )
    .execute(&mut *tx)
    .await?
    .last_insert_rowid();
    let after = json!({"item_id": item_id, "sha256": sha256, "size": size, "original_name": original_name});
    audit::record(tx, "attachment", &id.to_string(), "attach", None, Some(&after)).await?;
    Ok(Attachment {
        id,
        item_id,
        sha256: sha256.to_string(),
        size,
        original_name: original_name.to_string(),
        added_at: at.to_string(),
    })
}
