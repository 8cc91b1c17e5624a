//! `talentnav checklist`: the pre-filled PDF document checklist, from a client file's application or
//! straight from a self-assessment profile (`talentnav_app::checklist`), written by the application's
//! output policy (`talentnav_app::output`).

use super::{Context, as_of_arg, block_on, id_option, output_arg, print, profile_arg};
use clap::{Arg, ArgMatches, Command};
use std::path::PathBuf;
use talentnav_app::{checklist, output};
use talentnav_core::UserError;
use talentnav_i18n::args;
use talentnav_rules::date::Date;

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

pub fn run(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let out = super::output_path(ctx, m)?;
    let today = m.get_one::<Date>("as-of").copied().unwrap_or_else(talentnav_app::today);
    let application = m.get_one::<i64>("application").copied();
    let profile_path = m.get_one::<PathBuf>("profile");
    let scheme = m.get_one::<String>("scheme");
    let route = m.get_one::<String>("route").map(String::as_str);

    let made = match (application, profile_path, scheme) {
        (Some(_), None, None) | (None, None, None) if route.is_some() => {
            return Err(UserError::invalid("error-checklist-route-without-scheme", args![]));
        }
        (Some(id), None, None) => block_on(checklist::for_application(ctx.env(), id, today))?,
        (None, Some(path), Some(scheme)) => checklist::for_profile_file(ctx.env(), path, scheme, route, today)?,
        _ => return Err(UserError::invalid("error-checklist-needs-input", args![])),
    };
    output::write(&ctx.data_dir, &out, &made.bytes, ctx.locale)?;
    print(&ctx.t(
        "checklist-written",
        &args![("path", talentnav_core::error::shown_path(&out)), ("pages", made.pages), ("items", made.items)],
    ));
    Ok(())
}
