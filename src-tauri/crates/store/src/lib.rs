//! Client files on SQLite through sqlx: one database file in the data folder, owner-only, WAL with
//! `synchronous=FULL` (a lost "document received" is a real loss), foreign keys on, a busy timeout so
//! the window and the CLI can write at once, and every change in one transaction with its audit entry.

pub mod applications;
pub mod archive;
pub mod attachments;
pub mod audit;
pub mod bench_data;
pub mod clients;
pub mod text;
pub mod warnings;

use sqlx::{
    SqlitePool,
    sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous},
};
use std::{
    path::{Path, PathBuf},
    time::Duration,
};
use talentnav_core::ErrorCode;
use talentnav_i18n::{ArgValue, Args, Locale, args, message};

pub const DB_FILE: &str = "talentnav.db";

/// A failure a person can act on, as a message id with arguments; the CLI and the window localize it.
/// `code` is decided here, where the failure starts: the input's fault, or the file system's or the
/// database's (disk full, permission, locked), which both doors report apart (CLI exit 3).
#[derive(Debug)]
pub struct StoreError {
    pub code: ErrorCode,
    pub message_id: &'static str,
    pub args: Args,
}

impl StoreError {
    /// Something about the input (a record that does not exist, a bad value, a damaged archive).
    pub fn new(message_id: &'static str, args: Args) -> Self {
        StoreError { code: ErrorCode::InvalidInput, message_id, args }
    }

    /// The database could not be read or written; `args` has the `reason` (a `db-*` or `io-*` id).
    pub fn database(args: Args) -> Self {
        StoreError { code: ErrorCode::Io, message_id: "store-error-database", args }
    }

    /// `message_id` names the kind of record: "store-error-no-client", "store-error-no-application"…
    pub fn not_found(message_id: &'static str, id: i64) -> Self {
        Self::new(message_id, args![("id", id)])
    }

    /// An IO failure on `path`, saying which side it was on and why (a message id, not the OS's
    /// English).
    /// A file the user named (to attach, import or write) that is missing or not a file is the
    /// input's fault; any other failure, and every failure inside the data folder, is the file system's.
    pub fn io(side: Side, path: &Path, err: &std::io::Error) -> Self {
        let (reason, mut a) = talentnav_core::error::io_reason(err);
        let wrong_name =
            matches!(reason, "io-not-found" | "io-not-regular" | "io-is-a-directory" | "io-not-a-directory");
        let code = if side != Side::Data && wrong_name { ErrorCode::InvalidInput } else { ErrorCode::Io };
        a.insert("reason".into(), reason.into());
        a.insert("path".into(), talentnav_core::error::shown_path(path).into());
        StoreError { code, message_id: side.message_id(), args: a }
    }

    /// The arguments ready for formatting in `locale`: the `reason` argument is itself a message id
    /// (`io-*`, `db-*`), formatted with the same arguments.
    pub fn localized_args(&self, locale: Locale) -> Args {
        // Kinds (`kind-number`, from a profile error) are message ids too.
        let mut a: Args = self
            .args
            .iter()
            .map(|(k, v)| match v {
                ArgValue::Text(t) if t.starts_with("kind-") => (k.clone(), message(locale, t, &Args::new()).into()),
                _ => (k.clone(), v.clone()),
            })
            .collect();
        if let Some(ArgValue::Text(id)) = a.get("reason").cloned() {
            let reason = message(locale, &id, &a);
            a.insert("reason".into(), reason.into());
        }
        a
    }

    /// The sentence for a person.
    pub fn localized(&self, locale: Locale) -> String {
        message(locale, self.message_id, &self.localized_args(locale))
    }

    /// The error as both doors carry it: the same code, its arguments ready for `locale`.
    pub fn to_user_error(&self, locale: Locale) -> talentnav_core::UserError {
        talentnav_core::UserError::new(self.code, self.message_id, self.localized_args(locale))
    }
}

/// Which side of an operation an IO failure was on, so the message can say so.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// The data folder (the database, `attachments/`).
    Data,
    /// A file the user asked to attach.
    Source,
    /// An archive being imported.
    Archive,
    /// The file an export writes.
    Output,
}

impl Side {
    fn message_id(self) -> &'static str {
        match self {
            Side::Data => "store-error-data-io",
            Side::Source => "store-error-source-io",
            Side::Archive => "store-error-archive-io",
            Side::Output => "store-error-output-io",
        }
    }
}

/// Why the database refused, as a message id: SQLite's result code decides, its English never shows.
fn db_reason(e: &sqlx::Error) -> (&'static str, Args) {
    match e {
        sqlx::Error::Database(d) => {
            let code: i64 = d.code().and_then(|c| c.parse().ok()).unwrap_or(0);
            let id = match code & 0xff {
                5 | 6 => "db-busy",
                8 => "io-read-only",
                11 | 26 => "db-corrupt",
                13 => "io-storage-full",
                14 => "db-cannot-open",
                19 => "db-conflict",
                _ => return ("db-code", args![("number", code)]),
            };
            (id, args![])
        }
        sqlx::Error::Io(io) => talentnav_core::error::io_reason(io),
        sqlx::Error::PoolTimedOut => ("db-busy", args![]),
        _ => ("io-other", args![]),
    }
}

impl From<sqlx::Error> for StoreError {
    fn from(e: sqlx::Error) -> Self {
        let (reason, mut a) = db_reason(&e);
        a.insert("reason".into(), reason.into());
        StoreError::database(a)
    }
}

impl From<sqlx::migrate::MigrateError> for StoreError {
    fn from(e: sqlx::migrate::MigrateError) -> Self {
        use sqlx::migrate::MigrateError;
        match e {
            MigrateError::Execute(e) => e.into(),
            // A migration this program does not know: a newer version wrote the database.
            MigrateError::VersionMissing(_) | MigrateError::VersionTooNew(..) => {
                StoreError::database(args![("reason", "db-newer")])
            }
            _ => StoreError::database(args![("reason", "db-corrupt")]),
        }
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
        talentnav_core::fsutil::create_private_dir(data_dir).map_err(|e| StoreError::io(Side::Data, data_dir, &e))?;
        let path = data_dir.join(DB_FILE);
        create_owner_only(&path).map_err(|e| StoreError::io(Side::Data, &path, &e))?;
        let options = SqliteConnectOptions::new()
            .filename(&path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Full)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(30));
        let pool = SqlitePoolOptions::new().max_connections(4).connect_with(options).await?;
        sqlx::migrate!("./migrations").run(&pool).await?;
        let store = Store { pool, data_dir: data_dir.to_path_buf() };
        store.remove_stale_temporaries();
        Ok(store)
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
