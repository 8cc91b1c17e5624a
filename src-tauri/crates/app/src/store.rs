//! The client files, opened for one use case: the database in the data folder, closed again after
//! (a checkpoint of its write-ahead log), and store failures as coded, localized errors.

use crate::Env;
use talentnav_core::{UserError, error::shown_path};
use talentnav_store::{DB_FILE, Store, StoreError};

/// Runs `f` on the data folder's store, opening it first and closing it after.
pub async fn with_store<T>(env: Env<'_>, f: impl AsyncFnOnce(&Store) -> Result<T, StoreError>) -> Result<T, UserError> {
    let store = Store::open(env.data_dir).await.map_err(|e| store_error(env, e))?;
    let out = f(&store).await.map_err(|e| store_error(env, e));
    store.close().await;
    out
}

/// A store failure as both doors show it: reasons in the user's language, a database failure naming
/// the database file, and the code the store decided where the failure started.
pub fn store_error(env: Env<'_>, e: StoreError) -> UserError {
    let mut user = e.to_user_error(env.locale);
    if e.message_id == "store-error-database" {
        user.args.entry("path".into()).or_insert_with(|| shown_path(&env.data_dir.join(DB_FILE)).into());
    }
    user
}
