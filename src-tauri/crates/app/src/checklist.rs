//! The PDF document checklist, from a client file's application (its items as collected so far) or
//! straight from a profile for one scheme (and route), every document still to collect.

use crate::{Env, assessment, profile_file, store::with_store};
use serde_json::Value;
use std::path::Path;
use talentnav_checklist::{ChecklistError, Input, Item, Status, pdf, required_items};
use talentnav_core::UserError;
use talentnav_i18n::{Locale, args};
use talentnav_rules::{date::Date, documents::Party, pack::Pack, profile::Profile, warnings::submission_day};
use talentnav_store::{applications::DocumentItem, clients::Client};

pub struct ChecklistFile {
    pub bytes: Vec<u8>,
    /// A name to offer in the save dialog (`talentnav-ttps-checklist.pdf`).
    pub file_name: String,
    pub pages: usize,
    /// How many documents it lists.
    pub items: usize,
}

/// What a checklist is made of, before it is put into words.
struct Request {
    profile: Profile,
    scheme: String,
    route: Option<String>,
    reference: Option<String>,
    planned: Option<Date>,
    /// `None`: every document the rules ask for, still to collect.
    items: Option<Vec<Item>>,
    file_stem: String,
}

/// The checklist for an application in the client files, as its items stand.
pub async fn for_application(env: Env<'_>, id: i64, today: Date) -> Result<ChecklistFile, UserError> {
    let (app, items, client, profile) = with_store(env, async |s| {
        let app = s.application(id).await?;
        let items = s.items(id).await?;
        let client = s.client(app.client_id).await?;
        let profile = s.client_profile(app.client_id).await?;
        Ok((app, items, client, profile))
    })
    .await?;
    let route = app.route.as_deref().unwrap_or(&app.scheme);
    let req = Request {
        profile,
        reference: Some(reference(app.id, &client)),
        planned: app.planned_submission_date.as_deref().and_then(talentnav_rules::date::parse),
        file_stem: format!("tn-{:04}-{}", app.id, slug(route)),
        scheme: app.scheme,
        route: app.route,
        items: Some(printed_items(items)),
    };
    render(env.pack, req, today, env.locale)
}

/// The client file's reference on the checklist: the application's number and the start of the
/// client's id (`TN-0001 · 3F2A9C1B`), enough to find the file again.
pub fn reference(application_id: i64, client: &Client) -> String {
    let uid = client.uid.get(..8).unwrap_or(&client.uid).to_uppercase();
    format!("TN-{application_id:04} · {uid}")
}

/// The stored items as the checklist shows them. An obsolete item never collected is no longer asked
/// for; one already in hand stays, marked, so nothing the client gave disappears from the list.
pub fn printed_items(rows: Vec<DocumentItem>) -> Vec<Item> {
    let parse = talentnav_rules::date::parse;
    rows.into_iter()
        .filter_map(|i| {
            // Rows the store wrote itself; one it cannot read is left out rather than guessed at.
            Some(Item {
                party: Party::parse(&i.party)?,
                status: Status::parse(&i.status)?,
                document: i.document,
                na_reason: i.na_reason,
                expiry: i.expiry_date.as_deref().and_then(parse),
                note: i.note,
                obsolete: i.obsolete,
            })
        })
        .filter(|i| !i.obsolete || matches!(i.status, Status::Received | Status::Verified | Status::Submitted))
        .collect()
}

/// The self-assessment checklist for a profile file (read with the profile contract's size limit).
pub fn for_profile_file(
    env: Env<'_>,
    file: &Path,
    scheme: &str,
    route: Option<&str>,
    today: Date,
) -> Result<ChecklistFile, UserError> {
    check_scheme(env.pack, scheme, route)?;
    let profile = profile_file::read(file, env.locale)?;
    for_profile(env.pack, profile, scheme, route, today, env.locale)
}

/// The self-assessment checklist for a profile as the window holds it (JSON being filled in).
pub fn make(
    pack: &Pack,
    profile: &Value,
    scheme: &str,
    route: Option<&str>,
    today: Date,
    locale: Locale,
) -> Result<ChecklistFile, UserError> {
    check_scheme(pack, scheme, route)?;
    let p = assessment::parse(profile, locale)?;
    for_profile(pack, p, scheme, route, today, locale)
}

fn check_scheme(pack: &Pack, scheme: &str, route: Option<&str>) -> Result<(), UserError> {
    pack.scheme_with_route(scheme, route).map(drop).map_err(|m| UserError::invalid(m.id, m.args))
}

fn for_profile(
    pack: &Pack,
    profile: Profile,
    scheme: &str,
    route: Option<&str>,
    today: Date,
    locale: Locale,
) -> Result<ChecklistFile, UserError> {
    // The same limits as a client file's, so a name with a line break is refused by name.
    talentnav_store::text::check_profile(&profile, "").map_err(|e| e.to_user_error(locale))?;
    let req = Request {
        planned: profile.submission_date.map(|d| d.0),
        profile,
        scheme: scheme.to_string(),
        route: route.map(str::to_string),
        reference: None,
        items: None,
        file_stem: slug(route.unwrap_or(scheme)),
    };
    render(pack, req, today, locale)
}

fn slug(id: &str) -> String {
    id.replace(['.', '_'], "-")
}

fn render(pack: &Pack, req: Request, today: Date, locale: Locale) -> Result<ChecklistFile, UserError> {
    let route = req.route.as_deref();
    let items = req
        .items
        .unwrap_or_else(|| required_items(pack, &req.profile, &req.scheme, route, submission_day(req.planned, today)));
    let input = Input {
        pack,
        items,
        profile: &req.profile,
        scheme: &req.scheme,
        route,
        reference: req.reference,
        planned_submission: req.planned,
        today,
    };
    let created = chrono::Utc::now().naive_utc();
    let rendered = pdf(&input, locale, created).map_err(|e| match e {
        ChecklistError::Unprintable(u) => {
            UserError::invalid("error-checklist-unprintable", args![("field", u.field), ("chars", u.chars)])
        }
        ChecklistError::Render(e) => UserError::internal(e.0),
    })?;
    Ok(ChecklistFile {
        bytes: rendered.pdf,
        file_name: format!("talentnav-{}-checklist.pdf", req.file_stem),
        pages: rendered.pages,
        items: input.items.len(),
    })
}
