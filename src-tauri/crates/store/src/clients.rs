//! Clients: the profile (talentnav.profile/1) is the record; names, nationality and the household are
//! copied into indexed columns and rows in the same transaction, for search.

use crate::{Result, Store, StoreError, audit, now, text};
use serde::Serialize;
use serde_json::Value;
use sqlx::SqliteConnection;
use talentnav_i18n::args;
use talentnav_rules::profile::Profile;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct Client {
    pub id: i64,
    pub uid: String,
    pub family_name: Option<String>,
    pub given_name: Option<String>,
    pub chinese_name: Option<String>,
    pub nationality: Option<String>,
    pub created_at: String,
    pub updated_at: String,
    #[ts(type = "Record<string, unknown>")]
    pub profile: Value,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ClientSummary {
    pub id: i64,
    pub uid: String,
    pub family_name: Option<String>,
    pub given_name: Option<String>,
    pub chinese_name: Option<String>,
    pub nationality: Option<String>,
    pub applications: i64,
    pub updated_at: String,
    /// The earliest planned submission of an application still in progress (draft, preparing).
    pub next_deadline: Option<String>,
}

/// The order of a client list.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ClientSort {
    /// Family name, then given name.
    #[default]
    Name,
    /// Earliest planned submission first; clients with none last.
    Deadline,
    /// Most recently changed first.
    Updated,
}

impl ClientSort {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "name" => Some(Self::Name),
            "deadline" => Some(Self::Deadline),
            "updated" => Some(Self::Updated),
            _ => None,
        }
    }
}

/// One entry of a client's history: the audit log's entries for the client, its applications, their
/// document items and attachments, and its notes, newest first.
#[derive(Debug, Clone, Serialize)]
pub struct HistoryEntry {
    pub seq: i64,
    pub at: String,
    /// client | application | document_item | attachment | note
    pub entity: String,
    pub entity_id: String,
    pub action: String,
    /// The entry's state after the change, as recorded (JSON text).
    pub after: Option<String>,
}

/// Search and filters; every field narrows the list, `None` does not.
#[derive(Debug, Clone, Default)]
pub struct ClientQuery {
    /// Part of a name, in Latin or Chinese script (case does not matter for Latin).
    pub name: Option<String>,
    pub scheme: Option<String>,
    pub status: Option<String>,
    /// Only clients with a document still required or requested.
    pub documents_missing: bool,
    /// Only clients with a document expiring between `today` and `today` + N days.
    pub expiring_within_days: Option<i64>,
    pub today: Option<String>,
    pub sort: ClientSort,
    pub offset: Option<i64>,
    pub limit: Option<i64>,
}

struct Names {
    family: Option<String>,
    given: Option<String>,
    chinese: Option<String>,
    nationality: Option<String>,
    search: String,
}

fn names(p: &Profile) -> Names {
    let n = p.applicant.name.clone().unwrap_or_default();
    let search = [n.family.as_deref(), n.given.as_deref(), n.chinese.as_deref()]
        .into_iter()
        .flatten()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ");
    Names {
        family: n.family,
        given: n.given,
        chinese: n.chinese,
        nationality: p.applicant.nationality.as_ref().map(|c| c.as_str().to_string()),
        search,
    }
}

fn profile_value(p: &Profile) -> Result<Value> {
    serde_json::to_value(p).map_err(|_| StoreError::database(args![("reason", "io-other")]))
}

/// `text` as a LIKE pattern that matches it anywhere, with `%`, `_` and `\` taken literally
/// (the query says `ESCAPE '\'`).
fn contains_pattern(text: &str) -> String {
    let mut p = String::with_capacity(text.len() + 2);
    p.push('%');
    for c in text.to_lowercase().chars() {
        if matches!(c, '%' | '_' | '\\') {
            p.push('\\');
        }
        p.push(c);
    }
    p.push('%');
    p
}

async fn write_household(tx: &mut SqliteConnection, client_id: i64, p: &Profile) -> Result<()> {
    sqlx::query!("DELETE FROM household_members WHERE client_id = ?", client_id).execute(&mut *tx).await?;
    for (i, d) in p.dependants.iter().flatten().enumerate() {
        let position = i as i64;
        let relationship =
            d.relationship.and_then(|r| serde_json::to_value(r).ok().and_then(|v| v.as_str().map(str::to_string)));
        let name = d.name.as_ref().map(|n| {
            [n.family.as_deref(), n.given.as_deref(), n.chinese.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ")
        });
        let dob = d.date_of_birth.map(|b| b.0.to_string());
        let nationality = d.nationality.as_ref().map(|c| c.as_str().to_string());
        sqlx::query!(
            "INSERT INTO household_members (client_id, position, relationship, name, date_of_birth, nationality) VALUES (?, ?, ?, ?, ?, ?)",
            client_id,
            position,
            relationship,
            name,
            dob,
            nationality
        )
        .execute(&mut *tx)
        .await?;
    }
    Ok(())
}

impl Store {
    pub async fn add_client(&self, profile: &Profile) -> Result<Client> {
        self.add_client_with_uid(profile, &uuid::Uuid::new_v4().to_string()).await
    }

    pub(crate) async fn add_client_with_uid(&self, profile: &Profile, uid: &str) -> Result<Client> {
        text::check_profile(profile, "")?;
        let mut tx = self.write().await?;
        let id = insert_client(&mut tx, profile, uid).await?;
        tx.commit().await?;
        self.client(id).await
    }

    pub async fn update_client(&self, id: i64, profile: &Profile) -> Result<Client> {
        self.update_client_checked(id, profile, None).await
    }

    /// The same, only if nobody has changed the client since `seen` (its `updated_at` when the
    /// window read it): another window or the command line may have saved in between, and their
    /// change is not overwritten. Checked inside the write transaction, so no save slips between.
    pub async fn update_client_seen(&self, id: i64, profile: &Profile, seen: &str) -> Result<Client> {
        self.update_client_checked(id, profile, Some(seen)).await
    }

    async fn update_client_checked(&self, id: i64, profile: &Profile, seen: Option<&str>) -> Result<Client> {
        let before = self.client(id).await?;
        text::check_profile(profile, "")?;
        let n = names(profile);
        let json = profile_value(profile)?;
        let text = json.to_string();
        let at = now();
        let mut tx = self.write().await?;
        if let Some(seen) = seen {
            let current = sqlx::query_scalar!("SELECT updated_at FROM clients WHERE id = ?", id)
                .fetch_optional(&mut *tx)
                .await?
                .ok_or_else(|| StoreError::not_found("store-error-no-client", id))?;
            if current != seen {
                return Err(StoreError::new("store-error-client-changed", args![]));
            }
        }
        sqlx::query!(
            "UPDATE clients SET family_name = ?, given_name = ?, chinese_name = ?, nationality = ?, search_text = ?, profile_json = ?, updated_at = ? WHERE id = ?",
            n.family,
            n.given,
            n.chinese,
            n.nationality,
            n.search,
            text,
            at,
            id
        )
        .execute(&mut *tx)
        .await?;
        write_household(&mut tx, id, profile).await?;
        audit::record(&mut tx, "client", &before.uid, "update", Some(&before.profile), Some(&json)).await?;
        tx.commit().await?;
        self.client(id).await
    }

    pub async fn delete_client(&self, id: i64) -> Result<()> {
        let before = self.client(id).await?;
        let mut tx = self.write().await?;
        sqlx::query!("DELETE FROM clients WHERE id = ?", id).execute(&mut *tx).await?;
        audit::record(&mut tx, "client", &before.uid, "delete", Some(&before.profile), None).await?;
        tx.commit().await?;
        Ok(())
    }

    pub async fn client(&self, id: i64) -> Result<Client> {
        client_on(&mut *self.pool.acquire().await?, id).await
    }

    /// The stored profile as the engine reads it.
    pub async fn client_profile(&self, id: i64) -> Result<Profile> {
        client_profile_on(&mut *self.pool.acquire().await?, id).await
    }

    pub async fn search_clients(&self, q: &ClientQuery) -> Result<Vec<ClientSummary>> {
        let name = q.name.as_deref().map(contains_pattern);
        let missing = q.documents_missing as i64;
        let today = q.today.clone().unwrap_or_else(|| chrono::Utc::now().date_naive().to_string());
        let until = q.expiring_within_days.map(|d| {
            let t = chrono::NaiveDate::parse_from_str(&today, "%Y-%m-%d")
                .unwrap_or_else(|_| chrono::Utc::now().date_naive());
            (t + chrono::Duration::days(d)).to_string()
        });
        let limit = q.limit.unwrap_or(1000);
        let offset = q.offset.unwrap_or(0).max(0);
        // One query per order, each read along its own index (migration 0004), stopping after the page.
        macro_rules! page {
            ($order:tt) => {
                sqlx::query!(
                    r#"SELECT c.id AS "id!: i64", c.uid, c.family_name, c.given_name, c.chinese_name, c.nationality, c.updated_at,
                              (SELECT COUNT(*) FROM applications a WHERE a.client_id = c.id) AS "applications!: i64",
                              c.next_deadline
                       FROM clients c
                       WHERE (?1 IS NULL OR c.search_text LIKE ?1 ESCAPE '\')
                         -- Broad filters match most clients: checked per client, they stop early under LIMIT.
                         AND (?2 IS NULL OR EXISTS (SELECT 1 FROM applications a WHERE a.client_id = c.id AND a.scheme = ?2))
                         AND (?3 IS NULL OR EXISTS (SELECT 1 FROM applications a WHERE a.client_id = c.id AND a.status = ?3))
                         AND (?4 = 0 OR EXISTS (SELECT 1 FROM applications a JOIN document_items d ON d.application_id = a.id
                                                WHERE a.client_id = c.id AND d.obsolete = 0 AND d.status IN ('required', 'requested')))
                         -- The expiry window is selective: found once through the expiry index.
                         AND (?5 IS NULL OR c.id IN (SELECT a.client_id FROM document_items d JOIN applications a ON a.id = d.application_id
                                                 WHERE d.expiry_date >= ?6 AND d.expiry_date <= ?5 AND d.obsolete = 0))
                       "# + $order + " LIMIT ?7 OFFSET ?8",
                    name,
                    q.scheme,
                    q.status,
                    missing,
                    until,
                    today,
                    limit,
                    offset
                )
                .map(|r| ClientSummary {
                    id: r.id,
                    uid: r.uid,
                    family_name: r.family_name,
                    given_name: r.given_name,
                    chinese_name: r.chinese_name,
                    nationality: r.nationality,
                    applications: r.applications,
                    updated_at: r.updated_at,
                    next_deadline: r.next_deadline,
                })
                .fetch_all(&self.pool)
                .await?
            };
        }
        Ok(match q.sort {
            ClientSort::Name => page!("ORDER BY c.family_name, c.given_name, c.id"),
            ClientSort::Updated => page!("ORDER BY c.updated_at DESC, c.family_name, c.given_name, c.id"),
            ClientSort::Deadline => {
                page!("ORDER BY c.next_deadline IS NULL, c.next_deadline, c.family_name, c.given_name, c.id")
            }
        })
    }

    /// The client's history from the audit log, newest first, at most `limit` entries.
    pub async fn client_history(&self, id: i64, limit: i64) -> Result<Vec<HistoryEntry>> {
        let uid = self.client(id).await?.uid;
        let rows = sqlx::query!(
            r#"WITH apps AS (SELECT CAST(id AS TEXT) AS id FROM applications WHERE client_id = ?2),
                    items AS (SELECT CAST(d.id AS TEXT) AS id FROM document_items d
                              JOIN applications a ON a.id = d.application_id WHERE a.client_id = ?2),
                    files AS (SELECT CAST(t.id AS TEXT) AS id FROM item_attachments t JOIN document_items d ON d.id = t.item_id
                              JOIN applications a ON a.id = d.application_id WHERE a.client_id = ?2),
                    client_notes AS (SELECT CAST(id AS TEXT) AS id FROM notes WHERE client_id = ?2)
               SELECT seq AS "seq!: i64", at, entity, entity_id, action, after_json FROM audit_log
               WHERE (entity = 'client' AND entity_id = ?1)
                  OR (entity = 'application' AND entity_id IN (SELECT id FROM apps))
                  OR (entity = 'document_item' AND entity_id IN (SELECT id FROM items))
                  OR (entity = 'attachment' AND entity_id IN (SELECT id FROM files))
                  OR (entity = 'note' AND entity_id IN (SELECT id FROM client_notes))
               ORDER BY seq DESC LIMIT ?3"#,
            uid,
            id,
            limit
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| HistoryEntry {
                seq: r.seq,
                at: r.at,
                entity: r.entity,
                entity_id: r.entity_id,
                action: r.action,
                after: r.after_json,
            })
            .collect())
    }
}

pub(crate) async fn insert_client(tx: &mut SqliteConnection, profile: &Profile, uid: &str) -> Result<i64> {
    let n = names(profile);
    let json = profile_value(profile)?;
    let text = json.to_string();
    let at = now();
    let id = sqlx::query!(
        "INSERT INTO clients (uid, family_name, given_name, chinese_name, nationality, search_text, profile_json, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        uid,
        n.family,
        n.given,
        n.chinese,
        n.nationality,
        n.search,
        text,
        at,
        at
    )
    .execute(&mut *tx)
    .await?
    .last_insert_rowid();
    write_household(tx, id, profile).await?;
    audit::record(tx, "client", uid, "create", None, Some(&json)).await?;
    Ok(id)
}

async fn client_on(conn: &mut sqlx::SqliteConnection, id: i64) -> Result<Client> {
    let r = sqlx::query!(
        r#"SELECT id AS "id!: i64", uid, family_name, given_name, chinese_name, nationality, created_at, updated_at, profile_json FROM clients WHERE id = ?"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(|| StoreError::not_found("store-error-no-client", id))?;
    let profile = serde_json::from_str(&r.profile_json).unwrap_or(Value::Null);
    Ok(Client {
        id: r.id,
        uid: r.uid,
        family_name: r.family_name,
        given_name: r.given_name,
        chinese_name: r.chinese_name,
        nationality: r.nationality,
        created_at: r.created_at,
        updated_at: r.updated_at,
        profile,
    })
}

/// [`Store::client_profile`] on a connection (inside a write transaction).
pub(crate) async fn client_profile_on(conn: &mut sqlx::SqliteConnection, id: i64) -> Result<Profile> {
    let c = client_on(conn, id).await?;
    talentnav_rules::input::profile_from_value(c.profile)
        .map_err(|_| StoreError::database(args![("reason", "db-corrupt")]))
}
