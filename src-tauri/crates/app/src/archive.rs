//! Client archives (`talentnav.client-archive/1`): export one client, import archives.

use crate::{Env, output, store::store_error, store::with_store};
use std::path::{Path, PathBuf};
use talentnav_core::UserError;
use talentnav_store::Store;

/// What an import from the window brought in.
#[derive(Debug, Clone, serde::Serialize, ts_rs::TS)]
pub struct Imported {
    pub file_name: String,
    #[ts(type = "number")]
    pub client_id: i64,
}

/// Writes a client's archive to `out`, which may not be a folder or lie inside the data folder.
pub async fn export(env: Env<'_>, client_id: i64, out: &Path) -> Result<(), UserError> {
    output::check(env.data_dir, out, env.locale)?;
    with_store(env, async |s| s.export_client(client_id, out).await).await
}

/// Imports each archive in its own transaction: one bad archive does not undo the others, and an
/// interrupted run leaves every client whole or absent. Each file gets its outcome (the new client's
/// id); only failing to open the data folder fails the whole.
pub async fn import(env: Env<'_>, files: &[PathBuf]) -> Result<Vec<Result<i64, UserError>>, UserError> {
    let store = Store::open(env.data_dir).await.map_err(|e| store_error(env, e))?;
    let mut out = Vec::with_capacity(files.len());
    for f in files {
        out.push(store.import_client(env.pack, f).await.map_err(|e| store_error(env, e)));
    }
    store.close().await;
    Ok(out)
}
