//! Attachments: a file is copied into the data folder as `attachments/<sha256>`, written to a 0600
//! temporary file while it is hashed and renamed into place, so the store holds each content once and
//! never writes anywhere a caller names. The original file name is kept as text only.

use crate::{Result, Store, StoreError, audit, now};
use serde::Serialize;
use serde_json::json;
use sha2::{Digest, Sha256};
use std::{
    fs::{self, File, OpenOptions},
    io::{Read, Write},
    path::{Path, PathBuf},
};
use talentnav_i18n::args;

pub const DEFAULT_LIMIT_BYTES: u64 = 50 * 1024 * 1024;

#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Attachment {
    pub id: i64,
    pub item_id: i64,
    pub sha256: String,
    pub size: i64,
    pub original_name: String,
    pub added_at: String,
}

fn mib(bytes: u64) -> f64 {
    ((bytes as f64 / 1048576.0) * 10.0).ceil() / 10.0
}

impl Store {
    pub fn attachments_dir(&self) -> PathBuf {
        self.data_dir.join("attachments")
    }

    /// The stored copy of an attachment's content.
    pub fn attachment_path(&self, sha256: &str) -> Option<PathBuf> {
        let valid = sha256.len() == 64 && sha256.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase());
        valid.then(|| self.attachments_dir().join(sha256))
    }

    /// Copies `source` into the store and attaches it to a document item.
    pub async fn attach(&self, item_id: i64, source: &Path, limit: u64) -> Result<Attachment> {
        self.item(item_id).await?;
        let original_name = source.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let (sha256, size) = self.store_file(source, limit)?;
        self.link(item_id, &sha256, size, &original_name).await
    }

    /// Streams a file into `attachments/`, hashing it; returns (sha256, size).
    pub(crate) fn store_file(&self, source: &Path, limit: u64) -> Result<(String, u64)> {
        let len = fs::metadata(source)?.len();
        if len > limit {
            return Err(StoreError::new(
                "store-error-attachment-too-large",
                args![("size", mib(len)), ("limit", mib(limit))],
            ));
        }
        let mut input = File::open(source)?;
        self.store_reader(&mut input, limit)
    }

    pub(crate) fn store_reader(&self, input: &mut dyn Read, limit: u64) -> Result<(String, u64)> {
        let (tmp, sha, size) = self.stream_to_temp(input, limit, "incoming")?;
        let dir = self.attachments_dir();
        let dest = dir.join(&sha);
        let placed = if dest.exists() {
            fs::remove_file(&tmp).map_err(StoreError::from) // the same content is already stored once
        } else {
            fs::rename(&tmp, &dest).and_then(|_| File::open(&dir)?.sync_all()).map_err(StoreError::from)
        };
        if placed.is_err() {
            let _ = fs::remove_file(&tmp);
        }
        placed.map(|_| (sha, size))
    }

    /// Copies `input` into a new 0600 temporary file in `attachments/`, hashing it on the way and
    /// refusing more than `limit` bytes; returns (temporary file, sha256, size). On error nothing is
    /// left behind.
    pub(crate) fn stream_to_temp(
        &self,
        input: &mut dyn Read,
        limit: u64,
        purpose: &str,
    ) -> Result<(PathBuf, String, u64)> {
        let dir = self.attachments_dir();
        talentnav_core::fsutil::create_private_dir(&dir)?;
        let tmp = dir.join(format!(".{purpose}-{}-{}", std::process::id(), uuid::Uuid::new_v4()));
        let result = (|| {
            let mut opts = OpenOptions::new();
            opts.write(true).create_new(true);
            #[cfg(unix)]
            {
                use std::os::unix::fs::OpenOptionsExt;
                opts.mode(0o600);
            }
            let mut out = opts.open(&tmp)?;
            let mut hasher = Sha256::new();
            let mut buf = vec![0u8; 64 * 1024];
            let mut size: u64 = 0;
            loop {
                let n = input.read(&mut buf)?;
                if n == 0 {
                    break;
                }
                size += n as u64;
                if size > limit {
                    return Err(StoreError::new(
                        "store-error-attachment-too-large",
                        args![("size", mib(size)), ("limit", mib(limit))],
                    ));
                }
                hasher.update(&buf[..n]);
                out.write_all(&buf[..n])?;
            }
            out.sync_all()?;
            let sha: String = hasher.finalize().iter().map(|b| format!("{b:02x}")).collect();
            Ok((sha, size))
        })();
        match result {
            Ok((sha, size)) => Ok((tmp, sha, size)),
            Err(e) => {
                let _ = fs::remove_file(&tmp);
                Err(e)
            }
        }
    }

    pub(crate) async fn link(&self, item_id: i64, sha256: &str, size: u64, original_name: &str) -> Result<Attachment> {
        let at = now();
        let size = size as i64;
        let mut tx = self.write().await?;
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
        audit::record(&mut tx, "attachment", &id.to_string(), "attach", None, Some(&after)).await?;
        tx.commit().await?;
        Ok(Attachment {
            id,
            item_id,
            sha256: sha256.to_string(),
            size,
            original_name: original_name.to_string(),
            added_at: at,
        })
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
}
