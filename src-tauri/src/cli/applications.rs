//! `talentnav app …` and `talentnav doc …`: applications and their document checklists.

use super::{Context, block_on, clients::table, id_arg, id_option, json_flag, localized, print, print_json, printed};
use clap::{Arg, ArgMatches, Command};
use talentnav_app::{
    applications::{self, NewApplication},
    documents, notes, warnings,
};
use talentnav_core::UserError;
use talentnav_i18n::args;
use talentnav_rules::date::Date;
use talentnav_store::applications::ItemChange;

pub fn app_command(ctx: &Context) -> Command {
    let t = |id: &str| ctx.t(id, &args![]);
    localized(ctx, Command::new("app"))
        .about(t("cli-cmd-app"))
        .override_usage("talentnav app (create|list|show|status|regenerate|note) …")
        .subcommand_required(true)
        .subcommand(
            localized(ctx, Command::new("create"))
                .about(t("cli-cmd-app-create"))
                .arg(id_option(ctx, "client", "cli-arg-client-id").required(true))
                .arg(
                    Arg::new("scheme").long("scheme").value_name("SCHEME").required(true).help(t("cli-opt-app-scheme")),
                )
                .arg(Arg::new("route").long("route").value_name("ROUTE").help(t("cli-opt-route")))
                .arg(Arg::new("planned").long("planned").value_name("YYYY-MM-DD").help(t("cli-opt-planned")))
                .arg(json_flag(ctx)),
        )
        .subcommand(
            localized(ctx, Command::new("list"))
                .about(t("cli-cmd-app-list"))
                .arg(id_option(ctx, "client", "cli-arg-client-id"))
                .arg(json_flag(ctx)),
        )
        .subcommand(
            localized(ctx, Command::new("show"))
                .about(t("cli-cmd-app-show"))
                .arg(id_arg(ctx, "id", "cli-arg-app-id"))
                .arg(json_flag(ctx)),
        )
        .subcommand(
            localized(ctx, Command::new("status"))
                .about(t("cli-cmd-app-status"))
                .arg(id_arg(ctx, "id", "cli-arg-app-id"))
                .arg(Arg::new("status").value_name("STATUS").required(true).help(t("cli-opt-app-status"))),
        )
        .subcommand(
            localized(ctx, Command::new("regenerate"))
                .about(t("cli-cmd-app-regenerate"))
                .arg(id_arg(ctx, "id", "cli-arg-app-id"))
                .arg(json_flag(ctx)),
        )
        .subcommand(
            localized(ctx, Command::new("note"))
                .about(t("cli-cmd-app-note"))
                .arg(id_arg(ctx, "id", "cli-arg-app-id"))
                .arg(Arg::new("text").value_name("TEXT").required(true).help(t("cli-opt-note")))
                .arg(json_flag(ctx)),
        )
}

pub fn doc_command(ctx: &Context) -> Command {
    let t = |id: &str| ctx.t(id, &args![]);
    localized(ctx, Command::new("doc"))
        .about(t("cli-cmd-doc"))
        .override_usage("talentnav doc (list|set|note|attach) …")
        .subcommand_required(true)
        .subcommand(
            localized(ctx, Command::new("list"))
                .about(t("cli-cmd-doc-list"))
                .arg(id_option(ctx, "app", "cli-arg-app-id").required(true))
                .arg(json_flag(ctx)),
        )
        .subcommand(
            localized(ctx, Command::new("set"))
                .about(t("cli-cmd-doc-set"))
                .arg(id_arg(ctx, "item", "cli-arg-item-id"))
                .arg(Arg::new("status").long("status").value_name("STATUS").help(t("cli-opt-doc-status")))
                .arg(Arg::new("reason").long("reason").value_name("TEXT").help(t("cli-opt-reason")))
                .arg(Arg::new("expiry").long("expiry").value_name("YYYY-MM-DD").help(t("cli-opt-expiry")))
                .arg(json_flag(ctx)),
        )
        .subcommand(
            localized(ctx, Command::new("note"))
                .about(t("cli-cmd-doc-note"))
                .arg(id_arg(ctx, "item", "cli-arg-item-id"))
                .arg(Arg::new("text").value_name("TEXT").required(true).help(t("cli-opt-note"))),
        )
        .subcommand(
            localized(ctx, Command::new("attach"))
                .about(t("cli-cmd-doc-attach"))
                .arg(id_arg(ctx, "item", "cli-arg-item-id"))
                .arg(
                    Arg::new("file")
                        .value_name("FILE")
                        .required(true)
                        .value_parser(clap::value_parser!(std::path::PathBuf))
                        .help(t("cli-arg-file")),
                )
                .arg(
                    Arg::new("max-mib")
                        .long("max-mib")
                        .value_name("MiB")
                        .value_parser(clap::value_parser!(u64))
                        .help(t("cli-opt-max-mib")),
                )
                .arg(json_flag(ctx)),
        )
}

pub fn warnings_command(ctx: &Context) -> Command {
    localized(ctx, Command::new("warnings"))
        .about(ctx.t("cli-cmd-warnings", &args![]))
        .arg(super::as_of_arg(ctx))
        .arg(json_flag(ctx))
}

pub fn run_warnings(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let as_of = m.get_one::<Date>("as-of").copied().unwrap_or_else(talentnav_app::today);
    let list = block_on(warnings::list(ctx.env(), as_of))?;
    if m.get_flag("json") {
        return print_json(&list);
    }
    if list.is_empty() {
        print(&ctx.t("warnings-none", &args![]));
    }
    let mut last = None;
    for w in &list {
        if last != Some((w.client_id, w.application_id)) {
            print(&ctx.t("warnings-heading", &args![("client", w.client_id), ("app", w.application_id)]));
            last = Some((w.client_id, w.application_id));
        }
        print(&format!("  ! {}", w.message));
    }
    Ok(())
}

pub fn run_app(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let env = ctx.env();
    match m.subcommand() {
        Some(("create", sub)) => {
            let new = NewApplication {
                client_id: *sub.get_one::<i64>("client").expect("required"),
                scheme: sub.get_one::<String>("scheme").expect("required").clone(),
                route: sub.get_one::<String>("route").cloned(),
                planned: sub.get_one::<String>("planned").cloned(),
            };
            let app = block_on(applications::create(env, &new))?;
            if sub.get_flag("json") { print_json(&app) } else { printed(&ctx.t("app-created", &args![("id", app.id)])) }
        }
        Some(("list", sub)) => {
            let apps = block_on(applications::list(env, sub.get_one::<i64>("client").copied()))?;
            if sub.get_flag("json") {
                return print_json(&apps);
            }
            let rows: Vec<[String; 5]> = apps
                .iter()
                .map(|a| {
                    [
                        a.id.to_string(),
                        a.client_id.to_string(),
                        applications::scheme_name(ctx.locale, &a.scheme),
                        applications::status_label(ctx.locale, &a.status),
                        a.planned_submission_date.as_deref().map(|d| date(ctx, d)).unwrap_or_default(),
                    ]
                })
                .collect();
            let head = ["app-col-id", "app-col-client", "app-col-scheme", "app-col-status", "app-col-planned"]
                .map(|h| ctx.t(h, &args![]));
            print(&table(&head, &rows));
            Ok(())
        }
        Some(("show", sub)) => {
            let id = *sub.get_one::<i64>("id").expect("required");
            let c = block_on(applications::show(env, id))?;
            let notes = block_on(notes::of_application(env, id))?;
            if sub.get_flag("json") {
                let items: Vec<_> = c.items.iter().map(|v| &v.item).collect();
                return print_json(&serde_json::json!({"application": c.application, "items": items, "notes": notes}));
            }
            let app = &c.application;
            print(&ctx.t(
                "app-heading",
                &args![
                    ("id", app.id),
                    ("scheme", applications::scheme_name(ctx.locale, &app.scheme)),
                    ("status", applications::status_label(ctx.locale, &app.status))
                ],
            ));
            print(&items_table(ctx, &c));
            if !notes.is_empty() {
                print(&ctx.t("app-notes-heading", &args![]));
            }
            for n in &notes {
                let when = date(ctx, n.created_at.get(..10).unwrap_or_default());
                print(&format!("  {when}"));
                for line in n.body.lines() {
                    print(&format!("    {}", talentnav_i18n::format::escape_controls(line)));
                }
            }
            Ok(())
        }
        Some(("note", sub)) => {
            let id = *sub.get_one::<i64>("id").expect("required");
            let n = block_on(notes::add(env, id, sub.get_one::<String>("text").expect("required")))?;
            if sub.get_flag("json") { print_json(&n) } else { printed(&ctx.t("app-noted", &args![("id", id)])) }
        }
        Some(("status", sub)) => {
            let id = *sub.get_one::<i64>("id").expect("required");
            let status = sub.get_one::<String>("status").expect("required");
            block_on(applications::set_status(env, id, status))?;
            printed(
                &ctx.t(
                    "app-status-set",
                    &args![("id", id), ("status", applications::status_label(ctx.locale, status))],
                ),
            )
        }
        Some(("regenerate", sub)) => {
            let r = block_on(applications::regenerate(env, *sub.get_one::<i64>("id").expect("required")))?;
            if sub.get_flag("json") {
                return print_json(&r);
            }
            let c = &r.changes;
            print(&ctx.t(
                "app-regenerated",
                &args![
                    ("added", c.added.len()),
                    ("obsolete", c.made_obsolete.len()),
                    ("restored", c.restored.len()),
                    ("kept", c.kept)
                ],
            ));
            for name in &r.added_names {
                print(&format!("  + {name}"));
            }
            for name in &r.obsolete_names {
                print(&format!("  − {name}"));
            }
            Ok(())
        }
        _ => Err(UserError::invalid("error-bad-command-line", args![])),
    }
}

pub fn run_doc(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let env = ctx.env();
    match m.subcommand() {
        Some(("list", sub)) => {
            let c = block_on(documents::list(env, *sub.get_one::<i64>("app").expect("required")))?;
            if sub.get_flag("json") {
                return print_json(&c.items);
            }
            print(&items_table(ctx, &c));
            Ok(())
        }
        Some(("set", sub)) => {
            let item = *sub.get_one::<i64>("item").expect("required");
            let change = ItemChange {
                status: sub.get_one::<String>("status").cloned(),
                na_reason: sub.get_one::<String>("reason").cloned(),
                expiry_date: sub.get_one::<String>("expiry").cloned(),
                note: None,
            };
            let updated = block_on(documents::set(env, item, &change))?;
            if sub.get_flag("json") {
                print_json(&updated)
            } else {
                let status = documents::status_label(ctx.locale, &updated.status);
                printed(&ctx.t("doc-updated", &args![("id", item), ("status", status)]))
            }
        }
        Some(("note", sub)) => {
            let item = *sub.get_one::<i64>("item").expect("required");
            block_on(documents::set_note(env, item, sub.get_one::<String>("text").expect("required")))?;
            printed(&ctx.t("doc-noted", &args![("id", item)]))
        }
        Some(("attach", sub)) => {
            let item = *sub.get_one::<i64>("item").expect("required");
            let file = sub.get_one::<std::path::PathBuf>("file").expect("required");
            let limit = sub
                .get_one::<u64>("max-mib")
                .map(|m| m * 1024 * 1024)
                .unwrap_or(talentnav_store::attachments::DEFAULT_LIMIT_BYTES);
            let a = block_on(documents::attach(env, item, file, limit))?;
            if sub.get_flag("json") {
                print_json(&a)
            } else {
                printed(&ctx.t(
                    "doc-attached",
                    &args![("id", item), ("name", talentnav_i18n::format::escape_controls(&a.original_name))],
                ))
            }
        }
        _ => Err(UserError::invalid("error-bad-command-line", args![])),
    }
}

/// A stored date (`YYYY-MM-DD`) as the chosen language writes it.
pub(crate) fn date(ctx: &Context, iso: &str) -> String {
    talentnav_i18n::format::iso_date(iso, ctx.locale)
}

/// The items as a table, each document's conditions indented under its row, then the dependants the
/// rules refuse, with why.
fn items_table(ctx: &Context, c: &documents::Checklist) -> String {
    let rows: Vec<[String; 5]> = c
        .items
        .iter()
        .map(|v| {
            [
                v.item.id.to_string(),
                v.party_label.clone(),
                v.name.clone(),
                v.status_label.clone(),
                v.item.expiry_date.as_deref().map(|d| date(ctx, d)).unwrap_or_default(),
            ]
        })
        .collect();
    let head = ["doc-col-id", "doc-col-party", "doc-col-document", "doc-col-status", "doc-col-expiry"]
        .map(|h| ctx.t(h, &args![]));
    let table = table(&head, &rows);
    let mut out: Vec<String> = Vec::new();
    for (n, line) in table.lines().enumerate() {
        out.push(line.to_string());
        if let Some(v) = n.checked_sub(2).and_then(|r| c.items.get(r)) {
            out.extend(v.details.iter().map(|l| format!("      {l}")));
        }
    }
    for e in &c.excluded {
        out.push(e.party_label.clone());
        out.push(format!("      {}", e.reason));
    }
    out.join("\n")
}
