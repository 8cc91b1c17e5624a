//! The audit log: every change (what, before, after, when) appended in the same transaction as the
//! change itself, each entry carrying the SHA-256 of the previous one, so editing or removing an entry
//! anywhere breaks the chain from there on. `verify` walks the chain.

use crate::{Result, Store, now};
use serde_json::Value;
use sha2::{Digest, Sha256};
use sqlx::SqliteConnection;

pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

#[allow(clippy::too_many_arguments)]
fn entry_hash(
    prev: &str,
    seq: i64,
    at: &str,
    entity: &str,
    entity_id: &str,
    action: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> String {
    let mut h = Sha256::new();
    for part in
        [prev, &seq.to_string(), at, entity, entity_id, action, before.unwrap_or("\u{0}"), after.unwrap_or("\u{0}")]
    {
        h.update((part.len() as u64).to_le_bytes());
        h.update(part.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

/// Appends an entry; call inside the transaction that makes the change.
pub async fn record(
    tx: &mut SqliteConnection,
    entity: &str,
    entity_id: &str,
    action: &str,
    before: Option<&Value>,
    after: Option<&Value>,
) -> Result<()> {
    let before = before.map(Value::to_string);
    let after = after.map(Value::to_string);
    record_json(tx, entity, entity_id, action, before.as_deref(), after.as_deref()).await
}

/// [`record`] with `before` and `after` already JSON text (an imported audit trail is kept as read,
/// never expanded into a tree in memory).
pub async fn record_json(
    tx: &mut SqliteConnection,
    entity: &str,
    entity_id: &str,
    action: &str,
    before: Option<&str>,
    after: Option<&str>,
) -> Result<()> {
    let last = sqlx::query!(r#"SELECT seq AS "seq!: i64", hash FROM audit_log ORDER BY seq DESC LIMIT 1"#)
        .fetch_optional(&mut *tx)
        .await?;
    let (seq, prev) = match last {
        Some(r) => (r.seq + 1, r.hash),
        None => (1, GENESIS.to_string()),
    };
    let at = now();
    let hash = entry_hash(&prev, seq, &at, entity, entity_id, action, before, after);
    sqlx::query!(
        "INSERT INTO audit_log (seq, at, entity, entity_id, action, before_json, after_json, prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        seq,
        at,
        entity,
        entity_id,
        action,
        before,
        after,
        prev,
        hash
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}

/// The result of walking the chain.
#[derive(Debug, PartialEq, Eq, serde::Serialize)]
pub struct Verification {
    pub entries: i64,
    /// The first entry whose hash or link does not match, if any.
    pub first_broken: Option<i64>,
}

impl Store {
    pub async fn verify_audit(&self) -> Result<Verification> {
        let rows = sqlx::query!(
            r#"SELECT seq AS "seq!: i64", at, entity, entity_id, action, before_json, after_json, prev_hash, hash FROM audit_log ORDER BY seq"#
        )
        .fetch_all(&self.pool)
        .await?;
        let mut prev = GENESIS.to_string();
        for (i, r) in rows.iter().enumerate() {
            let ok = r.seq == i as i64 + 1
                && r.prev_hash == prev
                && r.hash
                    == entry_hash(
                        &prev,
                        r.seq,
                        &r.at,
                        &r.entity,
                        &r.entity_id,
                        &r.action,
                        r.before_json.as_deref(),
                        r.after_json.as_deref(),
                    );
            if !ok {
                return Ok(Verification { entries: rows.len() as i64, first_broken: Some(r.seq) });
            }
            prev = r.hash.clone();
        }
        Ok(Verification { entries: rows.len() as i64, first_broken: None })
    }
}
