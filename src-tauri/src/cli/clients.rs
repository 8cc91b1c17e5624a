//! `talentnav client …` and `talentnav verify-audit`: the client files, for scripting.

use super::{Context, json_flag, localized, print, print_json, printed};
use clap::{Arg, ArgAction, ArgMatches, Command};
use std::{io::Write, path::PathBuf};
use talentnav_core::{UserError, error::shown_path};
use talentnav_i18n::{args, format::escape_controls};
use talentnav_rules::input::parse_profile;
use talentnav_store::{Store, StoreError, clients::ClientQuery};
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
    let out = super::output_path(ctx, m)?;
    with_store(ctx, async |s| s.export_client(id, &out).await)?;
    print(&ctx.t("export-done", &args![("id", id), ("path", shown_path(&out))]));
    Ok(())
}

/// Each archive is imported in its own transaction: one bad archive does not undo the others, and an
/// interrupted run leaves every client whole or absent.
pub fn run_import(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let files: Vec<PathBuf> = m.get_many::<PathBuf>("files").expect("required").cloned().collect();
    let outcomes = with_store(ctx, async |s| {
        let mut out = Vec::new();
        for f in &files {
            out.push(s.import_client(ctx.pack, f).await);
        }
        Ok(out)
    })?;
    let mut failed = 0usize;
    for (f, o) in files.iter().zip(outcomes) {
        match o {
            Ok(id) => print(&ctx.t("import-done", &args![("path", shown_path(f)), ("id", id)])),
            Err(e) => {
                failed += 1;
                let message = store_error(ctx, e).localized(ctx.locale);
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

/// Runs a store operation to completion on a single-threaded runtime (the CLI does one thing at a time).
pub(crate) fn with_store<T>(
    ctx: &Context,
    f: impl AsyncFnOnce(&Store) -> Result<T, StoreError>,
) -> Result<T, UserError> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(UserError::internal)?;
    rt.block_on(async {
        let store = Store::open(&ctx.data_dir).await.map_err(|e| store_error(ctx, e))?;
        let out = f(&store).await.map_err(|e| store_error(ctx, e));
        store.close().await;
        out
    })
}

/// A store failure as the CLI shows it: reasons in the user's language, and a database failure
/// naming the database file.
pub(crate) fn store_error(ctx: &Context, e: StoreError) -> UserError {
    let mut args = e.localized_args(ctx.locale);
    if e.message_id == "store-error-database" {
        args.entry("path".into()).or_insert_with(|| shown_path(&ctx.data_dir.join(talentnav_store::DB_FILE)).into());
    }
    // A file the user named that is missing or not a file is the input's fault (exit 2); any other
    // file, folder or database failure is the file system's (exit 3).
    let user_named =
        matches!(e.message_id, "store-error-source-io" | "store-error-archive-io" | "store-error-output-io");
    let wrong_name = matches!(
        e.args.get("reason"),
        Some(talentnav_i18n::ArgValue::Text(r))
            if matches!(r.as_str(), "io-not-found" | "io-not-regular" | "io-is-a-directory" | "io-not-a-directory")
    );
    let code =
        if (e.message_id.ends_with("-io") || e.message_id == "store-error-database") && !(user_named && wrong_name) {
            talentnav_core::ErrorCode::Io
        } else {
            talentnav_core::ErrorCode::InvalidInput
        };
    UserError::new(code, e.message_id, args)
}

fn read_profile(ctx: &Context, path: &std::path::Path) -> Result<talentnav_rules::profile::Profile, UserError> {
    let bytes = super::assess::read_limited(ctx, path)?;
    parse_profile(&bytes).map_err(|e| super::assess::input_error(ctx, &e))
}

pub fn run(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    match m.subcommand() {
        Some(("add", sub)) => {
            let profile = read_profile(ctx, sub.get_one::<PathBuf>("profile").expect("required"))?;
            let c = with_store(ctx, async |s| s.add_client(&profile).await)?;
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
            let list = with_store(ctx, async |s| s.search_clients(&q).await)?;
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
            let c = with_store(ctx, async |s| s.client(id).await)?;
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
            let profile = read_profile(ctx, sub.get_one::<PathBuf>("profile").expect("required"))?;
            with_store(ctx, async |s| s.update_client(id, &profile).await)?;
            printed(&ctx.t("client-updated", &args![("id", id)]))
        }
        Some(("delete", sub)) => {
            let id = *sub.get_one::<i64>("id").expect("required");
            with_store(ctx, async |s| s.delete_client(id).await)?;
            printed(&ctx.t("client-deleted", &args![("id", id)]))
        }
        _ => Err(UserError::invalid("error-bad-command-line", args![])),
    }
}

pub fn verify_audit(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let v = with_store(ctx, async |s| s.verify_audit().await)?;
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
