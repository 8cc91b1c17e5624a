//! Applications and their document checklists. The checklist comes from the rule pack for the scheme,
//! route and household; each item keeps its status (with the date of every change), expiry, note and
//! attachments. Regenerating after the profile or the pack changes keeps every item that still applies
//! and marks the rest obsolete: nothing is silently dropped.

use crate::{
    Result, Store, StoreError, audit, now,
    text::{self, Lines, MAX_NOTE_CHARS, MAX_REASON_CHARS},
};
use serde::Serialize;
use serde_json::json;
use sqlx::SqliteConnection;
use talentnav_i18n::args;
use talentnav_rules::{
    date::Date,
    documents::{ChecklistItem, Need, checklist},
    pack::Pack,
    warnings::submission_day,
};
use ts_rs::TS;

pub const APPLICATION_STATUSES: [&str; 6] = ["draft", "preparing", "submitted", "approved", "refused", "withdrawn"];
pub const ITEM_STATUSES: [&str; 6] = ["required", "requested", "received", "verified", "submitted", "not_applicable"];

#[derive(Debug, Clone, Serialize, TS)]
pub struct Application {
    pub id: i64,
    pub client_id: i64,
    pub scheme: String,
    pub route: Option<String>,
    pub planned_submission_date: Option<String>,
    pub status: String,
    pub created_at: String,
    pub updated_at: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DocumentItem {
    pub id: i64,
    pub application_id: i64,
    pub item_key: String,
    pub document: String,
    pub party: String,
    pub status: String,
    pub na_reason: Option<String>,
    pub expiry_date: Option<String>,
    pub note: Option<String>,
    pub obsolete: bool,
    pub status_changed_at: String,
    pub created_at: String,
}

/// A note on a client's file, or on one of its applications.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Note {
    pub id: i64,
    pub client_id: i64,
    pub application_id: Option<i64>,
    pub body: String,
    pub created_at: String,
}

/// What a regeneration changed.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq, TS)]
pub struct Regeneration {
    pub added: Vec<String>,
    pub made_obsolete: Vec<String>,
    pub restored: Vec<String>,
    #[ts(type = "number")]
    pub kept: usize,
}

/// A change to one document item; `None` leaves a field as it is.
#[derive(Debug, Clone, Default)]
pub struct ItemChange {
    pub status: Option<String>,
    /// Required when the status becomes not_applicable.
    pub na_reason: Option<String>,
    /// `Some("")` clears it.
    pub expiry_date: Option<String>,
    pub note: Option<String>,
}

fn valid_date(s: &str) -> bool {
    talentnav_rules::date::parse(s).is_some()
}

/// What regenerating changes: the `wanted` item keys against the stored items. An item still wanted is
/// kept (or restored if it was obsolete), a new one added, one no longer wanted made obsolete.
pub fn plan(wanted: &[&str], existing: &[DocumentItem]) -> Regeneration {
    let mut report = Regeneration::default();
    for w in wanted {
        match existing.iter().find(|e| e.item_key == *w) {
            Some(e) if e.obsolete => report.restored.push(w.to_string()),
            Some(_) => report.kept += 1,
            None => report.added.push(w.to_string()),
        }
    }
    for e in existing.iter().filter(|e| !e.obsolete && !wanted.contains(&e.item_key.as_str())) {
        report.made_obsolete.push(e.item_key.clone());
    }
    report
}

/// The day the household is judged on: the planned submission, or today when it is not set or past
/// (a child who turns 18 before then no longer comes; a company's age is counted to then).
pub fn checklist_day(planned: Option<&str>) -> Date {
    submission_day(planned.and_then(talentnav_rules::date::parse), chrono::Local::now().date_naive())
}

impl Store {
    /// A new application whose checklist `pack` gives for the client's household.
    pub async fn create_application(
        &self,
        pack: &Pack,
        client_id: i64,
        scheme: &str,
        route: Option<&str>,
        planned: Option<&str>,
    ) -> Result<Application> {
        pack.scheme_with_route(scheme, route).map_err(|m| StoreError::new(m.id, m.args))?;
        if let Some(d) = planned.filter(|d| !valid_date(d)) {
            return Err(StoreError::new("store-error-bad-date", args![("value", d)]));
        }
        let profile = self.client_profile(client_id).await?;
        let items = checklist(pack, &profile, scheme, route, checklist_day(planned));
        let at = now();
        let mut tx = self.write().await?;
        let id = sqlx::query!(
            "INSERT INTO applications (client_id, scheme, route, planned_submission_date, status, created_at, updated_at) VALUES (?, ?, ?, ?, 'draft', ?, ?)",
            client_id,
            scheme,
            route,
            planned,
            at,
            at
        )
        .execute(&mut *tx)
        .await?
        .last_insert_rowid();
        for item in &items {
            insert_item(&mut tx, id, item, &at).await?;
        }
        let after = json!({"client_id": client_id, "scheme": scheme, "route": route, "planned_submission_date": planned, "items": items.len()});
        audit::record(&mut tx, "application", &id.to_string(), "create", None, Some(&after)).await?;
        tx.commit().await?;
        self.application(id).await
    }

    pub async fn application(&self, id: i64) -> Result<Application> {
        application_on(&mut *self.pool.acquire().await?, id).await
    }

    pub async fn applications(&self, client_id: Option<i64>) -> Result<Vec<Application>> {
        Ok(sqlx::query_as!(
            Application,
            r#"SELECT id AS "id!: i64", client_id, scheme, route, planned_submission_date, status, created_at, updated_at
               FROM applications WHERE (?1 IS NULL OR client_id = ?1) ORDER BY id"#,
            client_id
        )
        .fetch_all(&self.pool)
        .await?)
    }

    pub async fn set_application_status(&self, id: i64, status: &str) -> Result<Application> {
        if !APPLICATION_STATUSES.contains(&status) {
            return Err(StoreError::new(
                "store-error-bad-status",
                args![("value", status), ("allowed", APPLICATION_STATUSES.join(", "))],
            ));
        }
        let before = self.application(id).await?;
        let at = now();
        let mut tx = self.write().await?;
        sqlx::query!("UPDATE applications SET status = ?, updated_at = ? WHERE id = ?", status, at, id)
            .execute(&mut *tx)
            .await?;
        audit::record(
            &mut tx,
            "application",
            &id.to_string(),
            "status",
            Some(&json!({"status": before.status})),
            Some(&json!({"status": status})),
        )
        .await?;
        tx.commit().await?;
        self.application(id).await
    }

    pub async fn items(&self, application_id: i64) -> Result<Vec<DocumentItem>> {
        items_on(&mut *self.pool.acquire().await?, application_id).await
    }

    pub async fn item(&self, id: i64) -> Result<DocumentItem> {
        let r = sqlx::query!(r#"SELECT application_id AS "application_id!: i64" FROM document_items WHERE id = ?"#, id)
            .fetch_optional(&self.pool)
            .await?
            .ok_or_else(|| StoreError::not_found("store-error-no-item", id))?;
        self.items(r.application_id)
            .await?
            .into_iter()
            .find(|i| i.id == id)
            .ok_or_else(|| StoreError::not_found("store-error-no-item", id))
    }

    pub async fn update_item(&self, id: i64, change: &ItemChange) -> Result<DocumentItem> {
        let before = self.item(id).await?;
        if let Some(s) = change.status.as_deref().filter(|s| !ITEM_STATUSES.contains(s)) {
            return Err(StoreError::new(
                "store-error-bad-status",
                args![("value", s), ("allowed", ITEM_STATUSES.join(", "))],
            ));
        }
        if let Some(d) = change.expiry_date.as_deref().filter(|d| !d.is_empty() && !valid_date(d)) {
            return Err(StoreError::new("store-error-bad-date", args![("value", d)]));
        }
        if let Some(n) = &change.note {
            text::check("note", n, MAX_NOTE_CHARS, Lines::Many)?;
        }
        if let Some(r) = &change.na_reason {
            text::check("reason", r, MAX_REASON_CHARS, Lines::Many)?;
        }
        let status = change.status.clone().unwrap_or(before.status.clone());
        let na_reason =
            if status == "not_applicable" { change.na_reason.clone().or(before.na_reason.clone()) } else { None };
        if status == "not_applicable" && na_reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
            return Err(StoreError::new("store-error-na-needs-reason", args![]));
        }
        let expiry = match change.expiry_date.as_deref() {
            Some("") => None,
            Some(d) => Some(d.to_string()),
            None => before.expiry_date.clone(),
        };
        let note = change.note.clone().or(before.note.clone());
        let at = now();
        let changed_at = if status != before.status { at.clone() } else { before.status_changed_at.clone() };
        let mut tx = self.write().await?;
        sqlx::query!(
            "UPDATE document_items SET status = ?, na_reason = ?, expiry_date = ?, note = ?, status_changed_at = ? WHERE id = ?",
            status,
            na_reason,
            expiry,
            note,
            changed_at,
            id
        )
        .execute(&mut *tx)
        .await?;
        if status != before.status {
            sqlx::query!("INSERT INTO document_status_history (item_id, status, at) VALUES (?, ?, ?)", id, status, at)
                .execute(&mut *tx)
                .await?;
        }
        let b = json!({"status": before.status, "na_reason": before.na_reason, "expiry_date": before.expiry_date, "note": before.note});
        let a = json!({"status": status, "na_reason": na_reason, "expiry_date": expiry, "note": note});
        audit::record(&mut tx, "document_item", &id.to_string(), "update", Some(&b), Some(&a)).await?;
        tx.commit().await?;
        self.item(id).await
    }

    /// Every status an item has had, oldest first: (status, when).
    pub async fn item_history(&self, id: i64) -> Result<Vec<(String, String)>> {
        Ok(sqlx::query!("SELECT status, at FROM document_status_history WHERE item_id = ? ORDER BY id", id)
            .fetch_all(&self.pool)
            .await?
            .into_iter()
            .map(|r| (r.status, r.at))
            .collect())
    }

    /// What regenerating would change, without writing: the checklist `pack` asks for now against the
    /// stored items (the window shows it after a profile change, before the consultant regenerates).
    pub async fn regeneration_preview(&self, pack: &Pack, application_id: i64) -> Result<Regeneration> {
        let app = self.application(application_id).await?;
        let profile = self.client_profile(app.client_id).await?;
        let on = checklist_day(app.planned_submission_date.as_deref());
        let wanted = checklist(pack, &profile, &app.scheme, app.route.as_deref(), on);
        let keys: Vec<&str> = wanted.iter().map(|w| w.key.as_str()).collect();
        Ok(plan(&keys, &self.items(application_id).await?))
    }

    /// Rebuilds the checklist from the client's current profile and `pack`.
    pub async fn regenerate(&self, pack: &Pack, application_id: i64) -> Result<Regeneration> {
        let mut all = self.regenerate_all(pack, &[application_id]).await?;
        Ok(all.pop().map(|(_, r)| r).unwrap_or_default())
    }

    /// Rebuilds several applications' checklists (after a rule-pack change) in one transaction, each
    /// with its audit entry naming the pack: all of them change, or (on any failure) none.
    pub async fn regenerate_all(&self, pack: &Pack, application_ids: &[i64]) -> Result<Vec<(i64, Regeneration)>> {
        let mut tx = self.write().await?;
        let mut out = Vec::with_capacity(application_ids.len());
        for &id in application_ids {
            out.push((id, regenerate_on(&mut tx, pack, id).await?));
        }
        tx.commit().await?;
        Ok(out)
    }

    /// Brings how firmly the rules ask for each item of the client's applications (the `need` column the
    /// dashboard counts) up to date with the profile and `pack`, after a profile change. The items
    /// themselves change only when the checklist is regenerated; until then one the rules no longer
    /// list is not plainly asked for.
    pub async fn refresh_needs(&self, pack: &Pack, client_id: i64) -> Result<()> {
        let profile = self.client_profile(client_id).await?;
        let mut needs = Vec::new();
        for app in self.applications(Some(client_id)).await? {
            let on = checklist_day(app.planned_submission_date.as_deref());
            let wanted = checklist(pack, &profile, &app.scheme, app.route.as_deref(), on);
            for item in self.items(app.id).await?.into_iter().filter(|i| !i.obsolete) {
                let need =
                    wanted.iter().find(|w| w.key == item.item_key).map_or("may_be_needed", |w| need_code(w.need));
                needs.push((app.id, item.item_key, need));
            }
        }
        let mut tx = self.write().await?;
        for (app, key, need) in &needs {
            set_need(&mut tx, *app, key, need).await?;
        }
        tx.commit().await?;
        Ok(())
    }

    /// A note on the client's file, or on one of its applications (`application_id`), with its audit
    /// entry.
    pub async fn add_note(&self, client_id: i64, application_id: Option<i64>, body: &str) -> Result<Note> {
        self.client(client_id).await?;
        if let Some(a) = application_id
            && self.application(a).await?.client_id != client_id
        {
            return Err(StoreError::not_found("store-error-no-application", a));
        }
        text::check("note", body, MAX_NOTE_CHARS, Lines::Many)?;
        if body.trim().is_empty() {
            return Err(StoreError::new("store-error-empty-note", args![]));
        }
        let at = now();
        let mut tx = self.write().await?;
        let id = sqlx::query!(
            "INSERT INTO notes (client_id, application_id, body, created_at) VALUES (?, ?, ?, ?)",
            client_id,
            application_id,
            body,
            at
        )
        .execute(&mut *tx)
        .await?
        .last_insert_rowid();
        audit::record(
            &mut tx,
            "note",
            &id.to_string(),
            "create",
            None,
            Some(&json!({"client_id": client_id, "application_id": application_id, "body": body})),
        )
        .await?;
        tx.commit().await?;
        Ok(Note { id, client_id, application_id, body: body.to_string(), created_at: at })
    }

    /// A client's notes, newest first.
    pub async fn notes(&self, client_id: i64) -> Result<Vec<Note>> {
        self.client(client_id).await?;
        Ok(sqlx::query_as!(
            Note,
            r#"SELECT id AS "id!: i64", client_id, application_id, body, created_at FROM notes
               WHERE client_id = ? ORDER BY id DESC"#,
            client_id
        )
        .fetch_all(&self.pool)
        .await?)
    }
}

async fn application_on(conn: &mut SqliteConnection, id: i64) -> Result<Application> {
    sqlx::query_as!(
        Application,
        r#"SELECT id AS "id!: i64", client_id, scheme, route, planned_submission_date, status, created_at, updated_at FROM applications WHERE id = ?"#,
        id
    )
    .fetch_optional(&mut *conn)
    .await?
    .ok_or_else(|| StoreError::not_found("store-error-no-application", id))
}

async fn items_on(conn: &mut SqliteConnection, application_id: i64) -> Result<Vec<DocumentItem>> {
    application_on(&mut *conn, application_id).await?;
    Ok(sqlx::query!(
        r#"SELECT id AS "id!: i64", application_id, item_key, requirement_id, party, status, na_reason, expiry_date, note,
                      obsolete AS "obsolete!: bool", status_changed_at, created_at
               FROM document_items WHERE application_id = ? ORDER BY obsolete, id"#,
        application_id
    )
    .fetch_all(&mut *conn)
    .await?
    .into_iter()
    .map(|r| DocumentItem {
        id: r.id,
        application_id: r.application_id,
        item_key: r.item_key,
        document: r.requirement_id,
        party: r.party,
        status: r.status,
        na_reason: r.na_reason,
        expiry_date: r.expiry_date,
        note: r.note,
        obsolete: r.obsolete,
        status_changed_at: r.status_changed_at,
        created_at: r.created_at,
    })
    .collect())
}

/// One application's regeneration inside the caller's write transaction: what it reads (the
/// application, the household, the items) is read under the same lock as what it writes.
async fn regenerate_on(tx: &mut SqliteConnection, pack: &Pack, application_id: i64) -> Result<Regeneration> {
    let app = application_on(&mut *tx, application_id).await?;
    let profile = crate::clients::client_profile_on(&mut *tx, app.client_id).await?;
    let on = checklist_day(app.planned_submission_date.as_deref());
    let wanted = checklist(pack, &profile, &app.scheme, app.route.as_deref(), on);
    let existing = items_on(&mut *tx, application_id).await?;
    let at = now();
    let keys: Vec<&str> = wanted.iter().map(|w| w.key.as_str()).collect();
    let report = plan(&keys, &existing);
    for key in &report.restored {
        sqlx::query!(
            "UPDATE document_items SET obsolete = 0 WHERE application_id = ? AND item_key = ?",
            application_id,
            key
        )
        .execute(&mut *tx)
        .await?;
    }
    for w in &wanted {
        if report.added.contains(&w.key) {
            insert_item(&mut *tx, application_id, w, &at).await?;
        } else {
            set_need(&mut *tx, application_id, &w.key, need_code(w.need)).await?;
        }
    }
    for key in &report.made_obsolete {
        sqlx::query!(
            "UPDATE document_items SET obsolete = 1 WHERE application_id = ? AND item_key = ?",
            application_id,
            key
        )
        .execute(&mut *tx)
        .await?;
    }
    let mut after = serde_json::to_value(&report).unwrap_or_default();
    after["pack"] = json!(pack.info.version);
    audit::record(&mut *tx, "application", &application_id.to_string(), "regenerate", None, Some(&after)).await?;
    Ok(report)
}

/// How firmly the rules ask for an item, as the `need` column keeps it.
pub fn need_code(need: Need) -> &'static str {
    match need {
        Need::Required => "required",
        Need::IfAny => "if_any",
        Need::MayBeNeeded => "may_be_needed",
    }
}

async fn insert_item(tx: &mut SqliteConnection, application_id: i64, item: &ChecklistItem, at: &str) -> Result<()> {
    let party = item.party.code();
    let need = need_code(item.need);
    let id = sqlx::query!(
        "INSERT INTO document_items (application_id, item_key, requirement_id, party, status, need, status_changed_at, created_at) VALUES (?, ?, ?, ?, 'required', ?, ?, ?)",
        application_id,
        item.key,
        item.document,
        party,
        need,
        at,
        at
    )
    .execute(&mut *tx)
    .await?
    .last_insert_rowid();
    sqlx::query!("INSERT INTO document_status_history (item_id, status, at) VALUES (?, 'required', ?)", id, at)
        .execute(&mut *tx)
        .await?;
    Ok(())
}

/// Keeps how firmly the rules ask for an existing item (derived from the profile and the pack: no
/// audit entry of its own).
async fn set_need(tx: &mut SqliteConnection, application_id: i64, key: &str, need: &str) -> Result<()> {
    sqlx::query!(
        "UPDATE document_items SET need = ? WHERE application_id = ? AND item_key = ? AND need <> ?",
        need,
        application_id,
        key,
        need
    )
    .execute(&mut *tx)
    .await?;
    Ok(())
}
