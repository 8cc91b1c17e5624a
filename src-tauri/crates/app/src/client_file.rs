//! Keep a self-assessment as a client file: the profile becomes a new client in the data folder's
//! store (one transaction with its audit entry), for the consultant's side of the app.

use crate::{Env, assessment};
use serde::Serialize;
use serde_json::Value;
use talentnav_core::UserError;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct ClientSaved {
    #[ts(type = "number")]
    pub id: i64,
}

pub async fn save(env: Env<'_>, profile: &Value) -> Result<ClientSaved, UserError> {
    let p = assessment::parse(profile, env.locale)?;
    let client = crate::clients::add(env, &p).await?;
    Ok(ClientSaved { id: client.id })
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;
    use talentnav_i18n::Locale;
    use talentnav_store::Store;

    fn save(dir: &std::path::Path, p: &Value, locale: Locale) -> impl Future<Output = Result<ClientSaved, UserError>> {
        let env = Env { pack: talentnav_rules::pack::embedded_pack(), data_dir: dir, locale };
        async move { super::save(env, p).await }
    }

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
