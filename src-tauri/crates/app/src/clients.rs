//! Client files: add one from a profile, update its profile, show, search, delete; its household;
//! the audit log's check.

use crate::{Env, profile_file, store::with_store};
use serde::Serialize;
use std::path::Path;
use talentnav_core::UserError;
use talentnav_rules::{
    documents::{Party, party_label},
    profile::Profile,
};
use talentnav_store::{
    audit::Verification,
    clients::{Client, ClientQuery, ClientSummary},
};

pub async fn add(env: Env<'_>, profile: &Profile) -> Result<Client, UserError> {
    with_store(env, async |s| s.add_client(profile).await).await
}

/// A new client from a profile file (validated before the store is opened).
pub async fn add_file(env: Env<'_>, file: &Path) -> Result<Client, UserError> {
    let profile = profile_file::read(file, env.locale)?;
    add(env, &profile).await
}

pub async fn update(env: Env<'_>, id: i64, profile: &Profile) -> Result<Client, UserError> {
    with_store(env, async |s| s.update_client(id, profile).await).await
}

pub async fn update_file(env: Env<'_>, id: i64, file: &Path) -> Result<Client, UserError> {
    let profile = profile_file::read(file, env.locale)?;
    update(env, id, &profile).await
}

pub async fn show(env: Env<'_>, id: i64) -> Result<Client, UserError> {
    with_store(env, async |s| s.client(id).await).await
}

/// Clients matching every filter given (name, scheme, status, documents missing, expiring soon).
pub async fn list(env: Env<'_>, query: &ClientQuery) -> Result<Vec<ClientSummary>, UserError> {
    with_store(env, async |s| s.search_clients(query).await).await
}

pub async fn delete(env: Env<'_>, id: i64) -> Result<(), UserError> {
    with_store(env, async |s| s.delete_client(id).await).await
}

/// One person of a client's household, as checklists name them.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Member {
    /// `applicant`, `dependant:0` …: the party code checklist items carry.
    pub party: String,
    pub label: String,
}

/// The applicant and each dependant of a client.
pub async fn household(env: Env<'_>, id: i64) -> Result<Vec<Member>, UserError> {
    let profile = with_store(env, async |s| s.client_profile(id).await).await?;
    let parties = std::iter::once(Party::Applicant)
        .chain((0..profile.dependants.as_ref().map_or(0, Vec::len)).map(Party::Dependant));
    Ok(parties.map(|p| Member { party: p.code(), label: party_label(env.locale, &profile, p) }).collect())
}

/// Walks the audit log's hash chain; `first_broken` names the first entry that does not match.
pub async fn verify_audit(env: Env<'_>) -> Result<Verification, UserError> {
    with_store(env, async |s| s.verify_audit().await).await
}
