//! Notes on a client's applications: added with their audit entry, listed newest first.

use crate::{Env, store::with_store};
use talentnav_core::UserError;
use talentnav_store::applications::Note;

/// A note on an application (the client is the application's).
pub async fn add(env: Env<'_>, application_id: i64, body: &str) -> Result<Note, UserError> {
    with_store(env, async |s| {
        let app = s.application(application_id).await?;
        s.add_note(app.client_id, Some(application_id), body).await
    })
    .await
}

/// Every note of a client, newest first.
pub async fn list(env: Env<'_>, client_id: i64) -> Result<Vec<Note>, UserError> {
    with_store(env, async |s| s.notes(client_id).await).await
}

/// The notes of one application, newest first.
pub async fn of_application(env: Env<'_>, application_id: i64) -> Result<Vec<Note>, UserError> {
    with_store(env, async |s| {
        let app = s.application(application_id).await?;
        Ok(s.notes(app.client_id).await?.into_iter().filter(|n| n.application_id == Some(application_id)).collect())
    })
    .await
}
