//! `talentnav checklist`: the pre-filled PDF document checklist, from a client file's application or
//! straight from a self-assessment profile. The file is written atomically and owner-only: an existing
//! file is replaced only once the new one is complete.

use super::{
    Context, as_of_arg,
    assess::{input_error, read_limited},
    clients::with_store,
    id_option, output_arg, print, profile_arg,
};
use clap::{Arg, ArgMatches, Command};
use std::path::PathBuf;
use talentnav_checklist::{ChecklistError, Input, Item, Status, pdf, required_items};
use talentnav_core::{UserError, fsutil::write_atomic};
use talentnav_i18n::args;
use talentnav_rules::{date::Date, documents::Party, input::parse_profile, profile::Profile, warnings::submission_day};

pub fn command(ctx: &Context) -> Command {
    let t = |id: &str| ctx.t(id, &args![]);
    super::localized(ctx, Command::new("checklist"))
        .about(t("cli-cmd-checklist"))
        .override_usage(
            "talentnav checklist --application ID -o FILE.pdf\n       talentnav checklist --profile FILE --scheme SCHEME [--route ROUTE] -o FILE.pdf",
        )
        .arg(id_option(ctx, "application", "cli-arg-app-id"))
        .arg(profile_arg(ctx))
        .arg(Arg::new("scheme").long("scheme").value_name("SCHEME").help(t("cli-opt-app-scheme")))
        .arg(Arg::new("route").long("route").value_name("ROUTE").help(t("cli-opt-route")))
        .arg(as_of_arg(ctx))
        .arg(output_arg(ctx, "cli-opt-checklist-output"))
}

/// Which checklist to write: an application from the client file, or a profile's self-assessment
/// (`items: None`: every document the rules ask for, still to collect).
struct Request {
    profile: Profile,
    scheme: String,
    route: Option<String>,
    reference: Option<String>,
    planned: Option<Date>,
    items: Option<Vec<Item>>,
}

fn from_store(ctx: &Context, id: i64) -> Result<Request, UserError> {
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
    Ok(Request {
        profile,
        reference: Some(format!("TN-{:04} · {uid}", app.id)),
        planned: app.planned_submission_date.as_deref().and_then(parse),
        scheme: app.scheme,
        route: app.route,
        items: Some(items),
    })
}

pub fn run(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let out = super::output_path(ctx, m)?;
    let today = m.get_one::<Date>("as-of").copied().unwrap_or_else(|| chrono::Local::now().date_naive());
    let application = m.get_one::<i64>("application").copied();
    let profile_path = m.get_one::<PathBuf>("profile");
    let scheme = m.get_one::<String>("scheme");
    let route = m.get_one::<String>("route").map(String::as_str);

    let req = match (application, profile_path, scheme) {
        (Some(id), None, None) => {
            if route.is_some() {
                return Err(UserError::invalid("error-checklist-route-without-scheme", args![]));
            }
            from_store(ctx, id)?
        }
        (None, Some(path), Some(scheme)) => {
            ctx.pack.scheme_with_route(scheme, route).map_err(|m| UserError::invalid(m.id, m.args))?;
            let bytes = read_limited(ctx, path)?;
            let profile = parse_profile(&bytes).map_err(|e| input_error(ctx, &e))?;
            // The same limits as a client file's, so a name with a line break is refused by name.
            talentnav_store::text::check_profile(&profile, "").map_err(|e| super::clients::store_error(ctx, e))?;
            let planned = profile.submission_date.map(|d| d.0);
            Request {
                profile,
                scheme: scheme.clone(),
                route: route.map(str::to_string),
                reference: None,
                planned,
                items: None,
            }
        }
        (None, None, None) if route.is_some() => {
            return Err(UserError::invalid("error-checklist-route-without-scheme", args![]));
        }
        _ => return Err(UserError::invalid("error-checklist-needs-input", args![])),
    };

    let route = req.route.as_deref();
    let input = Input {
        pack: ctx.pack,
        items: req.items.unwrap_or_else(|| {
            required_items(ctx.pack, &req.profile, &req.scheme, route, submission_day(req.planned, today))
        }),
        profile: &req.profile,
        scheme: &req.scheme,
        route,
        reference: req.reference,
        planned_submission: req.planned,
        today,
    };
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
        &args![
            ("path", talentnav_core::error::shown_path(&out)),
            ("pages", rendered.pages),
            ("items", input.items.len())
        ],
    ));
    Ok(())
}
