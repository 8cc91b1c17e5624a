//! Client files on SQLite through sqlx: one database file in the data folder, owner-only, WAL with
//! `synchronous=FULL` (a lost "document received" is a real loss), foreign keys on, a busy timeout so
//! the window and the CLI can write at once, and every change in one transaction with its audit entry.

pub mod applications;
pub mod archive;
pub mod attachments;
pub mod audit;
pub mod clients;
pub mod warnings;

use sqlx::{
    SqlitePool,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};
use std::{
    path::{Path, PathBuf},
    time::Duration,
};
use talentnav_i18n::{Args, args};

pub const DB_FILE: &str = "talentnav.db";

/// A failure a person can act on, as a message id with arguments; the CLI and the window localize it.
#[derive(Debug)]
pub struct StoreError {
    pub message_id: &'static str,
    pub args: Args,
}

impl StoreError {
    pub fn new(message_id: &'static str, args: Args) -> Self {
        StoreError { message_id, args }
    }
    /// `message_id` names the kind of record: "store-error-no-client", "store-error-no-application"…
    pub fn not_found(message_id: &'static str, id: i64) -> Self {
        Self::new(message_id, args![("id", id)])
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        StoreError::new("store-error-database", args![("detail", e.to_string())])
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        StoreError::new("store-error-database", args![("detail", e.to_string())])
    }
}

impl From<std::io::Error> for StoreError {
    fn from(e: std::io::Error) -> Self {
        StoreError::new("store-error-io", args![("detail", e.to_string())])
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

pub struct Store {
    pub(crate) pool: SqlitePool,
    pub data_dir: PathBuf,
}

impl Store {
    /// Opens (creating if needed) the database in `data_dir` and brings its schema up to date.
    pub async fn open(data_dir: &Path) -> Result<Store> {
        talentnav_core::fsutil::create_private_dir(data_dir)?;
        let path = data_dir.join(DB_FILE);
        create_owner_only(&path)?;
        let options = SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(30));
        let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options).await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        Ok(Store { pool, data_dir: data_dir.to_path_buf() })
    }

    /// Starts a write: `BEGIN IMMEDIATE` takes the write lock up front, so two processes writing at
    /// once wait for each other (busy timeout) instead of failing on a stale snapshot.
    pub(crate) async fn write(&self) -> Result<sqlx::Transaction<'static, sqlx::Sqlite>> {
        Ok(self.pool.begin_with("BEGIN IMMEDIATE").await?)
    }

    pub async fn integrity_check(&self) -> Result<String> {
        Ok(sqlx::query_scalar!("PRAGMA integrity_check").fetch_one(&self.pool).await?.unwrap_or_default())
    }

    pub async fn pragma_synchronous(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("PRAGMA synchronous").fetch_one(&self.pool).await?)
    }

    pub async fn pragma_foreign_keys(&self) -> Result<i64> {
        Ok(sqlx::query_scalar("PRAGMA foreign_keys").fetch_one(&self.pool).await?)
    }

    /// Checkpoints the WAL into the database file.
    pub async fn close(self) {
        self.pool.close().await;
    }
}

/// SQLite creates its -wal and -shm files with the database file's permissions, so the database file
/// is made owner-only (0600) before SQLite first opens it.
fn create_owner_only(path: &Path) -> std::io::Result<()> {
    let mut opts = std::fs::OpenOptions::new();
    opts.write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        opts.mode(0o600);
    }
    opts.open(path).map(drop)
}

pub(crate) fn now() -> String {
    chrono::Utc::now().to_rfc3339_opts(chrono::SecondsFormat::Millis, true)
}
