//! `talentnav checklist`: the pre-filled PDF document checklist, from a client file's application or
//! straight from a self-assessment profile. The file is written atomically and owner-only: an existing
//! file is replaced only once the new one is complete.

use super::{
    Context, as_of_arg,
    assess::{input_error, read_limited},
    clients::with_store,
    output_arg, print, profile_arg,
};
use clap::{Arg, ArgMatches, Command};
use std::path::PathBuf;
use talentnav_checklist::{ChecklistError, Input, Item, Status, pdf};
use talentnav_core::{UserError, fsutil::write_atomic};
use talentnav_i18n::args;
use talentnav_rules::{date::Date, documents::Party, input::parse_profile, pack::embedded_pack, profile::Profile};

pub fn command(ctx: &Context) -> Command {
    let t = |id: &str| ctx.t(id, &args![]);
    super::localized(ctx, Command::new("checklist"))
        .about(t("cli-cmd-checklist"))
        .override_usage(
            "talentnav checklist --application ID -o FILE.pdf\n       talentnav checklist --profile FILE --scheme SCHEME [--route ROUTE] -o FILE.pdf",
        )
        .arg(
            Arg::new("application")
                .long("application")
                .value_name("ID")
                .value_parser(clap::value_parser!(i64))
                .help(t("cli-arg-app-id")),
        )
        .arg(profile_arg(ctx))
        .arg(Arg::new("scheme").long("scheme").value_name("SCHEME").help(t("cli-opt-app-scheme")))
        .arg(Arg::new("route").long("route").value_name("ROUTE").help(t("cli-opt-route")))
        .arg(as_of_arg(ctx))
        .arg(output_arg(ctx, "cli-opt-checklist-output"))
}

/// Checks a scheme and route against the rule pack, with the same messages as the client files.
fn known_scheme(scheme: &str, route: Option<&str>) -> Result<(), UserError> {
    let Some(s) = embedded_pack().schemes.iter().find(|s| s.id == scheme) else {
        return Err(UserError::invalid("store-error-unknown-scheme", args![("scheme", scheme)]));
    };
    if let Some(r) = route.filter(|r| !s.route.iter().any(|x| x.id == *r)) {
        let routes = s.route.iter().map(|x| x.id.as_str()).collect::<Vec<_>>().join(", ");
        return Err(UserError::invalid("store-error-unknown-route", args![("route", r), ("routes", routes)]));
    }
    Ok(())
}

/// What the client file holds for an application, turned into the checklist's input.
struct FromStore {
    profile: Profile,
    scheme: String,
    route: Option<String>,
    reference: String,
    planned: Option<Date>,
    items: Vec<Item>,
}

fn from_store(ctx: &Context, id: i64) -> Result<FromStore, UserError> {
    let (app, items, client, profile) = with_store(ctx, async |s| {
        let app = s.application(id).await?;
        let items = s.items(id).await?;
        let client = s.client(app.client_id).await?;
        let profile = s.client_profile(app.client_id).await?;
        Ok((app, items, client, profile))
    })?;
    let parse = talentnav_rules::date::parse;
    let items = items
        .into_iter()
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
        // An obsolete item that was never collected is no longer asked for; one already in hand
        // stays, marked, so nothing the client gave disappears from the list.
        .filter(|i| !i.obsolete || matches!(i.status, Status::Received | Status::Verified | Status::Submitted))
        .collect();
    let uid = client.uid.get(..8).unwrap_or(&client.uid).to_uppercase();
    Ok(FromStore {
        profile,
        reference: format!("TN-{:04} · {uid}", app.id),
        planned: app.planned_submission_date.as_deref().and_then(parse),
        scheme: app.scheme,
        route: app.route,
        items,
    })
}

pub fn run(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let out = m.get_one::<PathBuf>("output").expect("required").clone();
    let today = m.get_one::<Date>("as-of").copied().unwrap_or_else(|| chrono::Local::now().date_naive());
    let application = m.get_one::<i64>("application").copied();
    let profile_path = m.get_one::<PathBuf>("profile");
    let scheme = m.get_one::<String>("scheme");
    let route = m.get_one::<String>("route").map(String::as_str);

    let (profile, scheme, route, reference, planned, items) = match (application, profile_path, scheme) {
        (Some(id), None, None) => {
            if route.is_some() {
                return Err(UserError::invalid("error-checklist-route-without-scheme", args![]));
            }
            let f = from_store(ctx, id)?;
            (f.profile, f.scheme, f.route, Some(f.reference), f.planned, Some(f.items))
        }
        (None, Some(path), Some(scheme)) => {
            known_scheme(scheme, route)?;
            let bytes = read_limited(ctx, path)?;
            let profile = parse_profile(&bytes).map_err(|e| input_error(ctx, &e))?;
            let planned = profile.submission_date.map(|d| d.0);
            (profile, scheme.clone(), route.map(str::to_string), None, planned, None)
        }
        (None, None, None) if route.is_some() => {
            return Err(UserError::invalid("error-checklist-route-without-scheme", args![]));
        }
        _ => return Err(UserError::invalid("error-checklist-needs-input", args![])),
    };

    let mut input = Input::self_assessment(&profile, &scheme, route.as_deref(), today);
    input.reference = reference;
    input.planned_submission = planned;
    if let Some(items) = items {
        input.items = items;
    }
    let created = chrono::Utc::now().naive_utc();
    let rendered = pdf(&input, ctx.locale, created).map_err(|e| match e {
        ChecklistError::Unprintable(u) => {
            UserError::invalid("error-checklist-unprintable", args![("field", u.field), ("chars", u.chars)])
        }
        ChecklistError::Render(e) => UserError::internal(e.0),
    })?;
    write_atomic(&out, &rendered.pdf).map_err(|e| UserError::io(&out, &e, ctx.locale))?;
    print(&ctx.t(
        "checklist-written",
        &args![("path", out.display().to_string()), ("pages", rendered.pages), ("items", input.items.len())],
    ));
    Ok(())
}
