//! Keep a self-assessment as a client file: the profile becomes a new client in the data folder's
//! store (one transaction with its audit entry), for the consultant's side of the app.

use crate::assessment;
use serde::Serialize;
use serde_json::Value;
use std::path::Path;
use talentnav_core::UserError;
use talentnav_i18n::Locale;
use talentnav_store::Store;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct ClientSaved {
    #[ts(type = "number")]
    pub id: i64,
}

pub async fn save(data_dir: &Path, profile: &Value, locale: Locale) -> Result<ClientSaved, UserError> {
    let p = assessment::parse(profile, locale)?;
    let err = |e: talentnav_store::StoreError| UserError::invalid(e.message_id, e.args);
    let store = Store::open(data_dir).await.map_err(err)?;
    let out = store.add_client(&p).await.map_err(err);
    store.close().await;
    let client = out?;
    Ok(ClientSaved { id: client.id })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[tokio::test]
    async fn a_profile_becomes_a_client_with_its_answers() {
        let dir = tempfile::tempdir().unwrap();
        let p = json!({"applicant": {"name": {"family": "Chan", "given": "Tai Man"}, "date_of_birth": "1985-04-02"}});
        let first = save(dir.path(), &p, Locale::En).await.unwrap();
        let second = save(dir.path(), &p, Locale::En).await.unwrap();
        assert_ne!(first.id, second.id);
        let store = Store::open(dir.path()).await.unwrap();
        let c = store.client(first.id).await.unwrap();
        assert_eq!(c.family_name.as_deref(), Some("Chan"));
        assert_eq!(c.profile["applicant"]["date_of_birth"], json!("1985-04-02"));
        store.close().await;
        let bad = save(dir.path(), &json!({"applicant": {"date_of_birth": "1985-02-30"}}), Locale::En).await;
        assert_eq!(bad.unwrap_err().message_id, "error-profile");
    }
}
