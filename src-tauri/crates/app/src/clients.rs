//! Client files: add one from a profile, update its profile, show, search, delete; its household;
//! the audit log's check.

use crate::{
    Env,
    applications::{self, ApplicationRow},
    documents, profile_file,
    store::with_store,
};
use serde::Serialize;
use serde_json::Value;
use std::{collections::HashMap, path::Path};
use talentnav_core::UserError;
use talentnav_i18n::{Locale, args, message};
use talentnav_rules::{
    documents::{Party, party_label},
    profile::Profile,
};
use talentnav_store::{
    applications::Note,
    audit::Verification,
    clients::{Client, ClientQuery, ClientSort, ClientSummary, HistoryEntry},
};
use ts_rs::TS;

pub async fn add(env: Env<'_>, profile: &Profile) -> Result<Client, UserError> {
    with_store(env, async |s| s.add_client(profile).await).await
}

/// A new client from a profile file (validated before the store is opened).
pub async fn add_file(env: Env<'_>, file: &Path) -> Result<Client, UserError> {
    let profile = profile_file::read(file, env.locale)?;
    add(env, &profile).await
}

/// Saves the profile; how firmly the rules ask for each checklist item follows it at once (the
/// dashboard's missing documents), the items themselves when the checklist is regenerated. With
/// `seen` (the client's `updated_at` when the window read it), only if nobody has saved since.
pub async fn update(env: Env<'_>, id: i64, profile: &Profile, seen: Option<&str>) -> Result<Client, UserError> {
    with_store(env, async |s| {
        let c = match seen {
            Some(seen) => s.update_client_seen(id, profile, seen).await?,
            None => s.update_client(id, profile).await?,
        };
        s.refresh_needs(env.pack, id).await?;
        Ok(c)
    })
    .await
}

pub async fn update_file(env: Env<'_>, id: i64, file: &Path) -> Result<Client, UserError> {
    let profile = profile_file::read(file, env.locale)?;
    update(env, id, &profile, None).await
}

pub async fn show(env: Env<'_>, id: i64) -> Result<Client, UserError> {
    with_store(env, async |s| s.client(id).await).await
}

/// A client list as the window asks for it: filters, the order (`name`, `deadline`, `updated`) and
/// the page (`offset`, `limit`), all done in SQL.
#[derive(Debug, Clone, Default, serde::Deserialize, TS)]
pub struct ClientFilter {
    #[ts(optional)]
    pub name: Option<String>,
    #[ts(optional)]
    pub scheme: Option<String>,
    #[ts(optional)]
    pub status: Option<String>,
    #[serde(default)]
    #[ts(as = "Option<bool>", optional)]
    pub documents_missing: bool,
    #[ts(optional, type = "number")]
    pub expiring_within_days: Option<i64>,
    #[ts(optional)]
    pub sort: Option<String>,
    #[ts(optional, type = "number")]
    pub offset: Option<i64>,
    #[ts(optional, type = "number")]
    pub limit: Option<i64>,
}

/// The most a window page asks for at once.
pub const PAGE_MAX: i64 = 500;

impl ClientFilter {
    pub fn query(&self, today: talentnav_rules::date::Date) -> Result<ClientQuery, UserError> {
        let sort = match self.sort.as_deref() {
            None => ClientSort::Name,
            Some(s) => ClientSort::parse(s).ok_or_else(|| {
                UserError::invalid("error-bad-sort", args![("value", s), ("allowed", "name, deadline, updated")])
            })?,
        };
        if let Some(d) = self.expiring_within_days.filter(|d| !(0..=3650).contains(d)) {
            return Err(UserError::invalid("error-bad-days", args![("value", d)]));
        }
        let text = |s: &Option<String>| s.as_deref().map(str::trim).filter(|s| !s.is_empty()).map(str::to_string);
        Ok(ClientQuery {
            name: text(&self.name),
            scheme: text(&self.scheme),
            status: text(&self.status),
            documents_missing: self.documents_missing,
            expiring_within_days: self.expiring_within_days,
            today: Some(today.to_string()),
            sort,
            offset: self.offset,
            limit: Some(self.limit.unwrap_or(100).clamp(1, PAGE_MAX)),
        })
    }
}

/// Clients matching every filter given (name, scheme, status, documents missing, expiring soon).
pub async fn list(env: Env<'_>, query: &ClientQuery) -> Result<Vec<ClientSummary>, UserError> {
    with_store(env, async |s| s.search_clients(query).await).await
}

pub async fn delete(env: Env<'_>, id: i64) -> Result<(), UserError> {
    with_store(env, async |s| s.delete_client(id).await).await
}

/// A client's name as lists show it: "CHAN Tai Man 陳大文", or the file's number when it has none.
pub fn display_name(c: &Client) -> String {
    name_text(c.id, c.family_name.clone(), c.given_name.clone(), c.chinese_name.clone())
}

/// [`display_name`] from the name columns.
pub fn name_text(id: i64, family: Option<String>, given: Option<String>, chinese: Option<String>) -> String {
    let latin = [family.map(|f| f.to_uppercase()), given];
    let parts: Vec<String> = latin.into_iter().flatten().chain(chinese).collect();
    if parts.is_empty() { format!("#{id}") } else { parts.join(" ") }
}

/// One person of a client's household, as checklists name them.
#[derive(Debug, Clone, Serialize, PartialEq, Eq, TS)]
pub struct Member {
    /// `applicant`, `dependant:0` …: the party code checklist items carry.
    pub party: String,
    pub label: String,
}

/// The applicant and each dependant of a client.
pub async fn household(env: Env<'_>, id: i64) -> Result<Vec<Member>, UserError> {
    let profile = with_store(env, async |s| s.client_profile(id).await).await?;
    Ok(members(env.locale, &profile))
}

fn members(locale: Locale, profile: &Profile) -> Vec<Member> {
    let parties = std::iter::once(Party::Applicant)
        .chain((0..profile.dependants.as_ref().map_or(0, Vec::len)).map(Party::Dependant));
    parties.map(|p| Member { party: p.code(), label: party_label(locale, profile, p) }).collect()
}

/// How many history entries a client page shows (the newest).
pub const HISTORY_LIMIT: i64 = 200;

/// One line of a client's history, in words.
#[derive(Debug, Clone, Serialize, TS)]
pub struct HistoryLine {
    pub at: String,
    pub text: String,
}

/// A client as the window's client page shows it: the record, its household, its applications and
/// its history in the reader's language.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ClientPage {
    pub client: Client,
    pub household: Vec<Member>,
    pub applications: Vec<ApplicationRow>,
    /// The notes on its applications, newest first.
    pub notes: Vec<Note>,
    pub history: Vec<HistoryLine>,
}

pub async fn page(env: Env<'_>, id: i64) -> Result<ClientPage, UserError> {
    let (client, profile, apps, items, notes, history) = with_store(env, async |s| {
        let client = s.client(id).await?;
        let profile = s.client_profile(id).await?;
        let apps = s.applications(Some(id)).await?;
        let mut items = HashMap::new();
        for a in &apps {
            items.extend(s.items(a.id).await?.into_iter().map(|i| (i.id.to_string(), i.document)));
        }
        let notes = s.notes(id).await?;
        Ok((client, profile, apps, items, notes, s.client_history(id, HISTORY_LIMIT).await?))
    })
    .await?;
    let l = env.locale;
    let schemes: HashMap<String, String> =
        apps.iter().map(|a| (a.id.to_string(), applications::scheme_name(l, &a.scheme))).collect();
    let history = history.iter().map(|h| history_line(l, h, &schemes, &items)).collect();
    Ok(ClientPage {
        household: members(l, &profile),
        applications: apps.into_iter().map(|a| applications::row(l, a)).collect(),
        notes,
        history,
        client,
    })
}

/// An audit entry in words: "Application GEP created", "Passport: received".
fn history_line(
    l: Locale,
    h: &HistoryEntry,
    schemes: &HashMap<String, String>,
    items: &HashMap<String, String>,
) -> HistoryLine {
    let after: Value = h.after.as_deref().and_then(|a| serde_json::from_str(a).ok()).unwrap_or_default();
    let field = |k: &str| after.get(k).and_then(Value::as_str).unwrap_or_default().to_string();
    let text = match (h.entity.as_str(), h.action.as_str()) {
        ("client", action) => message(l, &format!("history-client-{action}"), &args![]),
        ("application", action) => {
            let scheme = schemes.get(&h.entity_id).cloned().unwrap_or_default();
            let status = applications::status_label(l, &field("status"));
            message(l, &format!("history-application-{action}"), &args![("scheme", scheme), ("status", status)])
        }
        ("document_item", _) => {
            let document = items.get(&h.entity_id).map(|d| documents::document_name(l, d)).unwrap_or_default();
            let status = documents::status_label(l, &field("status"));
            message(l, "history-item-update", &args![("document", document), ("status", status)])
        }
        ("note", _) => {
            let application = after.get("application_id").and_then(Value::as_i64).map(|a| a.to_string());
            let body = excerpt(&field("body"), NOTE_EXCERPT_CHARS);
            match application.and_then(|a| schemes.get(&a)) {
                Some(scheme) => {
                    message(l, "history-note-application", &args![("scheme", scheme.clone()), ("text", body)])
                }
                None => message(l, "history-note-client", &args![("text", body)]),
            }
        }
        (_, action) => message(l, &format!("history-attachment-{action}"), &args![("name", field("original_name"))]),
    };
    HistoryLine { at: h.at.clone(), text }
}

/// How much of a note its history line quotes.
const NOTE_EXCERPT_CHARS: usize = 80;

/// The first `max` characters of `text` on one line, with an ellipsis when there was more.
fn excerpt(text: &str, max: usize) -> String {
    let line: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= max { line } else { line.chars().take(max).collect::<String>() + "…" }
}

/// Walks the audit log's hash chain; `first_broken` names the first entry that does not match.
pub async fn verify_audit(env: Env<'_>) -> Result<Verification, UserError> {
    with_store(env, async |s| s.verify_audit().await).await
}
