//! `talentnav client …` and `talentnav verify-audit`: the client files, for scripting.

use super::{Context, block_on, json_flag, localized, print, print_json, printed};
use clap::{Arg, ArgAction, ArgMatches, Command};
use std::{io::Write, path::PathBuf};
use talentnav_app::{archive, clients};
use talentnav_core::{UserError, error::shown_path};
use talentnav_i18n::{args, format::escape_controls};
use talentnav_store::clients::ClientQuery;
use unicode_width::UnicodeWidthStr;

pub fn command(ctx: &Context) -> Command {
    let t = |id: &str| ctx.t(id, &args![]);
    let id_arg = || super::id_arg(ctx, "id", "cli-arg-client-id");
    let profile_arg = || super::profile_arg(ctx).required(true);
    localized(ctx, Command::new("client"))
        .about(t("cli-cmd-client"))
        .override_usage("talentnav client (add|list|show|update|delete) …")
        .subcommand_required(true)
        .subcommand(
            localized(ctx, Command::new("add")).about(t("cli-cmd-client-add")).arg(profile_arg()).arg(json_flag(ctx)),
        )
        .subcommand(
            localized(ctx, Command::new("list"))
                .about(t("cli-cmd-client-list"))
                .arg(Arg::new("name").long("name").value_name("TEXT").help(t("cli-opt-name")))
                .arg(Arg::new("scheme").long("scheme").value_name("SCHEME").help(t("cli-opt-scheme")))
                .arg(Arg::new("status").long("status").value_name("STATUS").help(t("cli-opt-status")))
                .arg(
                    Arg::new("missing-docs")
                        .long("missing-docs")
                        .action(ArgAction::SetTrue)
                        .help(t("cli-opt-missing-docs")),
                )
                .arg(
                    Arg::new("expiring")
                        .long("expiring")
                        .value_name("DAYS")
                        .value_parser(clap::value_parser!(i64))
                        .help(t("cli-opt-expiring")),
                )
                .arg(json_flag(ctx)),
        )
        .subcommand(
            localized(ctx, Command::new("show")).about(t("cli-cmd-client-show")).arg(id_arg()).arg(json_flag(ctx)),
        )
        .subcommand(
            localized(ctx, Command::new("update")).about(t("cli-cmd-client-update")).arg(id_arg()).arg(profile_arg()),
        )
        .subcommand(localized(ctx, Command::new("delete")).about(t("cli-cmd-client-delete")).arg(id_arg()))
}

pub fn export_command(ctx: &Context) -> Command {
    let t = |id: &str| ctx.t(id, &args![]);
    localized(ctx, Command::new("export"))
        .about(t("cli-cmd-export"))
        .override_usage("talentnav export --client ID -o FILE.zip")
        .arg(super::id_option(ctx, "client", "cli-arg-client-id").required(true))
        .arg(super::output_arg(ctx, "cli-opt-output"))
}

pub fn import_command(ctx: &Context) -> Command {
    let t = |id: &str| ctx.t(id, &args![]);
    localized(ctx, Command::new("import"))
        .about(t("cli-cmd-import"))
        .override_usage("talentnav import FILE.zip [FILE.zip …]")
        .arg(
            Arg::new("files")
                .value_name("FILE")
                .required(true)
                .num_args(1..)
                .value_parser(clap::value_parser!(PathBuf))
                .help(t("cli-arg-archives")),
        )
}

pub fn run_export(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let id = *m.get_one::<i64>("client").expect("required");
    let out = m.get_one::<PathBuf>("output").expect("required");
    block_on(archive::export(ctx.env(), id, out))?;
    print(&ctx.t("export-done", &args![("id", id), ("path", shown_path(out))]));
    Ok(())
}

/// Each archive is imported on its own (`talentnav_app::archive::import`); each gets its line.
pub fn run_import(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let files: Vec<PathBuf> = m.get_many::<PathBuf>("files").expect("required").cloned().collect();
    let outcomes = block_on(archive::import(ctx.env(), &files))?;
    let mut failed = 0usize;
    for (f, o) in files.iter().zip(outcomes) {
        match o {
            Ok(id) => print(&ctx.t("import-done", &args![("path", shown_path(f)), ("id", id)])),
            Err(e) => {
                failed += 1;
                let message = e.localized(ctx.locale);
                let line = ctx.t("import-failed", &args![("path", shown_path(f)), ("message", message)]);
                let _ = writeln!(std::io::stderr().lock(), "{}", escape_controls(&line));
            }
        }
    }
    if failed > 0 { Err(UserError::invalid("import-some-failed", args![("count", failed)])) } else { Ok(()) }
}

pub fn verify_audit_command(ctx: &Context) -> Command {
    localized(ctx, Command::new("verify-audit")).about(ctx.t("cli-cmd-verify-audit", &args![])).arg(json_flag(ctx))
}

pub fn run(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    match m.subcommand() {
        Some(("add", sub)) => {
            let c = block_on(clients::add_file(ctx.env(), sub.get_one::<PathBuf>("profile").expect("required")))?;
            if sub.get_flag("json") { print_json(&c) } else { printed(&ctx.t("client-added", &args![("id", c.id)])) }
        }
        Some(("list", sub)) => {
            let q = ClientQuery {
                name: sub.get_one::<String>("name").cloned(),
                scheme: sub.get_one::<String>("scheme").cloned(),
                status: sub.get_one::<String>("status").cloned(),
                documents_missing: sub.get_flag("missing-docs"),
                expiring_within_days: sub.get_one::<i64>("expiring").copied(),
                ..Default::default()
            };
            let list = block_on(clients::list(ctx.env(), &q))?;
            if sub.get_flag("json") {
                return print_json(&list);
            }
            if list.is_empty() {
                print(&ctx.t("client-list-empty", &args![]));
                return Ok(());
            }
            let rows: Vec<[String; 4]> = list
                .iter()
                .map(|c| {
                    let name = [c.family_name.as_deref(), c.given_name.as_deref()]
                        .into_iter()
                        .flatten()
                        .collect::<Vec<_>>()
                        .join(", ");
                    [c.id.to_string(), name, c.chinese_name.clone().unwrap_or_default(), c.applications.to_string()]
                })
                .collect();
            let head = ["client-col-id", "client-col-name", "client-col-chinese", "client-col-applications"]
                .map(|h| ctx.t(h, &args![]));
            print(&table(&head, &rows));
            Ok(())
        }
        Some(("show", sub)) => {
            let id = *sub.get_one::<i64>("id").expect("required");
            let c = block_on(clients::show(ctx.env(), id))?;
            if sub.get_flag("json") {
                return print_json(&c);
            }
            let name = [c.family_name.as_deref(), c.given_name.as_deref(), c.chinese_name.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            let line = |label: &str, value: String| {
                ctx.t("label-value", &args![("label", ctx.t(label, &args![])), ("value", value)])
            };
            print(
                &[
                    ctx.t("client-heading", &args![("id", c.id), ("name", name)]),
                    line(
                        "client-col-nationality",
                        c.nationality
                            .as_deref()
                            .map(|n| talentnav_i18n::nationality_name(ctx.locale, n))
                            .unwrap_or_default(),
                    ),
                    line("client-col-updated", timestamp(ctx, &c.updated_at)),
                ]
                .join("\n"),
            );
            Ok(())
        }
        Some(("update", sub)) => {
            let id = *sub.get_one::<i64>("id").expect("required");
            block_on(clients::update_file(ctx.env(), id, sub.get_one::<PathBuf>("profile").expect("required")))?;
            printed(&ctx.t("client-updated", &args![("id", id)]))
        }
        Some(("delete", sub)) => {
            let id = *sub.get_one::<i64>("id").expect("required");
            block_on(clients::delete(ctx.env(), id))?;
            printed(&ctx.t("client-deleted", &args![("id", id)]))
        }
        _ => Err(UserError::invalid("error-bad-command-line", args![])),
    }
}

pub fn verify_audit(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let v = block_on(clients::verify_audit(ctx.env()))?;
    if m.get_flag("json") {
        print_json(&v)?;
    }
    match v.first_broken {
        None => {
            if !m.get_flag("json") {
                print(&ctx.t("audit-ok", &args![("entries", v.entries)]));
            }
            Ok(())
        }
        Some(seq) => Err(UserError::invalid("audit-broken", args![("seq", seq), ("entries", v.entries)])),
    }
}

/// A stored RFC 3339 UTC time as the chosen language writes a date, with the time: never a raw ISO string.
fn timestamp(ctx: &Context, at: &str) -> String {
    match chrono::DateTime::parse_from_rfc3339(at) {
        Ok(t) => {
            let t = t.with_timezone(&chrono::Utc);
            ctx.t(
                "cli-date-time",
                &args![("date", t.format("%Y-%m-%d").to_string()), ("time", t.format("%H:%M").to_string())],
            )
        }
        Err(_) => at.to_string(),
    }
}

/// Columns padded by display width, so Chinese names line up.
pub(crate) fn table<const N: usize>(head: &[String; N], rows: &[[String; N]]) -> String {
    let widths: Vec<usize> = (0..N)
        .map(|i| {
            std::iter::once(&head[i])
                .chain(rows.iter().map(|r| &r[i]))
                .map(|s| UnicodeWidthStr::width(s.as_str()))
                .max()
                .unwrap_or(0)
        })
        .collect();
    let line = |cells: &[String; N]| {
        cells
            .iter()
            .zip(&widths)
            .map(|(c, w)| format!("{c}{}", " ".repeat(w - UnicodeWidthStr::width(c.as_str()))))
            .collect::<Vec<_>>()
            .join("  ")
            .trim_end()
            .to_string()
    };
    let mut out = vec![line(head), "─".repeat(widths.iter().sum::<usize>() + 2 * (N - 1))];
    out.extend(rows.iter().map(line));
    out.join("\n")
}
