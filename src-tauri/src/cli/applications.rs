//! `talentnav app …` and `talentnav doc …`: applications and their document checklists.

use super::{
    Context,
    clients::{table, with_store},
    id_arg, id_option, json_flag, localized, print, print_json, printed,
};
use clap::{Arg, ArgMatches, Command};
use talentnav_core::UserError;
use talentnav_i18n::args;
use talentnav_rules::{
    documents::{self, ChecklistItem, Party},
    pack::embedded_pack,
    profile::Profile,
};
use talentnav_store::applications::{Application, DocumentItem, ItemChange, checklist_day};

pub fn app_command(ctx: &Context) -> Command {
    let t = |id: &str| ctx.t(id, &args![]);
    localized(ctx, Command::new("app"))
        .about(t("cli-cmd-app"))
        .override_usage("talentnav app (create|list|show|status|regenerate) …")
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
    let as_of = m.get_one::<chrono::NaiveDate>("as-of").copied().unwrap_or_else(|| chrono::Local::now().date_naive());
    let list = with_store(ctx, async |s| s.warnings(as_of).await)?;
    if m.get_flag("json") {
        let out: Vec<serde_json::Value> = list
            .iter()
            .map(|w| serde_json::json!({"client_id": w.client_id, "application_id": w.application_id, "kind": w.kind, "message": warning_text(ctx, w)}))
            .collect();
        return print_json(&out);
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
        print(&format!("  ! {}", warning_text(ctx, w)));
    }
    Ok(())
}

pub fn run_app(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    match m.subcommand() {
        Some(("create", sub)) => {
            let client = *sub.get_one::<i64>("client").expect("required");
            let scheme = sub.get_one::<String>("scheme").expect("required").clone();
            let route = sub.get_one::<String>("route").cloned();
            let planned = sub.get_one::<String>("planned").cloned();
            let app = with_store(ctx, async |s| {
                s.create_application(client, &scheme, route.as_deref(), planned.as_deref()).await
            })?;
            if sub.get_flag("json") { print_json(&app) } else { printed(&ctx.t("app-created", &args![("id", app.id)])) }
        }
        Some(("list", sub)) => {
            let client = sub.get_one::<i64>("client").copied();
            let apps = with_store(ctx, async |s| s.applications(client).await)?;
            if sub.get_flag("json") {
                return print_json(&apps);
            }
            let rows: Vec<[String; 5]> = apps
                .iter()
                .map(|a| {
                    [
                        a.id.to_string(),
                        a.client_id.to_string(),
                        scheme_name(ctx, &a.scheme),
                        app_status(ctx, &a.status),
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
            let (app, items, profile) = app_items(ctx, id)?;
            if sub.get_flag("json") {
                return print_json(&serde_json::json!({"application": app, "items": items}));
            }
            print(&ctx.t(
                "app-heading",
                &args![
                    ("id", app.id),
                    ("scheme", scheme_name(ctx, &app.scheme)),
                    ("status", app_status(ctx, &app.status))
                ],
            ));
            print(&items_table(ctx, &app, &profile, &items));
            Ok(())
        }
        Some(("status", sub)) => {
            let id = *sub.get_one::<i64>("id").expect("required");
            let status = sub.get_one::<String>("status").expect("required").clone();
            with_store(ctx, async |s| s.set_application_status(id, &status).await)?;
            printed(&ctx.t("app-status-set", &args![("id", id), ("status", app_status(ctx, &status))]))
        }
        Some(("regenerate", sub)) => {
            let id = *sub.get_one::<i64>("id").expect("required");
            let (r, profile) = with_store(ctx, async |s| {
                let r = s.regenerate(id).await?;
                let app = s.application(id).await?;
                Ok((r, s.client_profile(app.client_id).await?))
            })?;
            if sub.get_flag("json") {
                return print_json(&r);
            }
            print(&ctx.t(
                "app-regenerated",
                &args![
                    ("added", r.added.len()),
                    ("obsolete", r.made_obsolete.len()),
                    ("restored", r.restored.len()),
                    ("kept", r.kept)
                ],
            ));
            for k in &r.added {
                print(&format!("  + {}", item_key_name(ctx, &profile, k)));
            }
            for k in &r.made_obsolete {
                print(&format!("  − {}", item_key_name(ctx, &profile, k)));
            }
            Ok(())
        }
        _ => Err(UserError::invalid("error-bad-command-line", args![])),
    }
}

pub fn run_doc(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    match m.subcommand() {
        Some(("list", sub)) => {
            let id = *sub.get_one::<i64>("app").expect("required");
            let (app, items, profile) = app_items(ctx, id)?;
            if sub.get_flag("json") {
                return print_json(&items_json(ctx, &app, &profile, &items));
            }
            print(&items_table(ctx, &app, &profile, &items));
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
            let updated = with_store(ctx, async |s| s.update_item(item, &change).await)?;
            if sub.get_flag("json") {
                print_json(&updated)
            } else {
                printed(&ctx.t("doc-updated", &args![("id", item), ("status", doc_status(ctx, &updated.status))]))
            }
        }
        Some(("note", sub)) => {
            let item = *sub.get_one::<i64>("item").expect("required");
            let text = sub.get_one::<String>("text").expect("required").clone();
            let change = ItemChange { note: Some(text), ..Default::default() };
            with_store(ctx, async |s| s.update_item(item, &change).await)?;
            printed(&ctx.t("doc-noted", &args![("id", item)]))
        }
        Some(("attach", sub)) => {
            let item = *sub.get_one::<i64>("item").expect("required");
            let file = sub.get_one::<std::path::PathBuf>("file").expect("required").clone();
            let limit = sub
                .get_one::<u64>("max-mib")
                .map(|m| m * 1024 * 1024)
                .unwrap_or(talentnav_store::attachments::DEFAULT_LIMIT_BYTES);
            let a = with_store(ctx, async |s| s.attach(item, &file, limit).await)?;
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

fn scheme_name(ctx: &Context, scheme: &str) -> String {
    ctx.t(&talentnav_rules::report::message_id("scheme", &format!("{scheme}-short")), &args![])
}

/// An application, its document items and the client's profile.
fn app_items(ctx: &Context, id: i64) -> Result<(Application, Vec<DocumentItem>, Profile), UserError> {
    with_store(ctx, async |s| {
        let app = s.application(id).await?;
        let items = s.items(id).await?;
        let profile = s.client_profile(app.client_id).await?;
        Ok((app, items, profile))
    })
}

fn app_status(ctx: &Context, status: &str) -> String {
    ctx.t(&format!("app-status-{status}"), &args![])
}

fn doc_status(ctx: &Context, status: &str) -> String {
    ctx.t(&format!("doc-status-{}", status.replace('_', "-")), &args![])
}

fn doc_name(ctx: &Context, document: &str) -> String {
    ctx.t(&talentnav_rules::report::message_id("doc", document), &args![])
}

/// A stored date (`YYYY-MM-DD`) as the chosen language writes it.
pub(crate) fn date(ctx: &Context, iso: &str) -> String {
    talentnav_i18n::format::iso_date(iso, ctx.locale)
}

/// A checklist item key (`document@party`) in words: "Valid travel document — Spouse".
pub(crate) fn item_key_name(ctx: &Context, profile: &Profile, key: &str) -> String {
    let party = key.split_once('@').and_then(|(_, p)| talentnav_rules::documents::Party::parse(p));
    match (key.split_once('@'), party) {
        (Some((document, _)), Some(party)) => {
            let who = talentnav_rules::documents::party_label(ctx.locale, profile, party);
            format!("{} — {who}", doc_name(ctx, document))
        }
        _ => doc_name(ctx, key.split_once('@').map_or(key, |(d, _)| d)),
    }
}

/// A warning in words: the document it names is shown by its name, not its id.
fn warning_text(ctx: &Context, w: &talentnav_store::warnings::Warning) -> String {
    let mut a = w.args.clone();
    if let Some(talentnav_i18n::ArgValue::Text(document)) = w.args.get("document") {
        a.insert("document".into(), doc_name(ctx, document).into());
    }
    ctx.t(w.message_id, &a)
}

/// The rules' view of an application's household today: how firmly each item is asked for and why.
fn rules_for(app: &Application, profile: &Profile) -> Vec<ChecklistItem> {
    let on = checklist_day(app.planned_submission_date.as_deref());
    documents::checklist(embedded_pack(), profile, &app.scheme, app.route.as_deref(), on)
}

/// One stored item in words, as the PDF has it: who, the status (a document still to collect says
/// "Required", "May be needed" or "If you have one"), and the lines under it.
fn item_words(
    ctx: &Context,
    profile: &Profile,
    rules: &[ChecklistItem],
    i: &DocumentItem,
) -> (String, String, Vec<String>) {
    let party = Party::parse(&i.party);
    let who = party.map(|p| documents::party_label(ctx.locale, profile, p)).unwrap_or_else(|| i.party.clone());
    let rule = rules.iter().find(|r| r.key == i.item_key).filter(|_| !i.obsolete);
    let status = match rule {
        Some(r) if i.status == "required" => documents::need_label(ctx.locale, r.need),
        _ => ctx.t(&format!("doc-status-{}", i.status.replace('_', "-")), &args![]),
    };
    let lines = rule.filter(|_| i.status != "not_applicable").map(|r| documents::item_lines(ctx.locale, r));
    (who, status, lines.unwrap_or_default())
}

fn items_json(ctx: &Context, app: &Application, profile: &Profile, items: &[DocumentItem]) -> serde_json::Value {
    let rules = rules_for(app, profile);
    let list = items
        .iter()
        .map(|i| {
            let (who, status, lines) = item_words(ctx, profile, &rules, i);
            let need = rules.iter().find(|r| r.key == i.item_key && !i.obsolete).map(|r| r.need);
            let mut v = serde_json::to_value(i).unwrap_or_default();
            if let Some(o) = v.as_object_mut() {
                o.insert("party_label".into(), who.into());
                o.insert("need".into(), serde_json::to_value(need).unwrap_or_default());
                o.insert("status_label".into(), status.into());
                o.insert("details".into(), lines.into());
            }
            v
        })
        .collect();
    serde_json::Value::Array(list)
}

fn items_table(ctx: &Context, app: &Application, profile: &Profile, items: &[DocumentItem]) -> String {
    let rules = rules_for(app, profile);
    let words: Vec<_> = items.iter().map(|i| item_words(ctx, profile, &rules, i)).collect();
    let rows: Vec<[String; 5]> = items
        .iter()
        .zip(&words)
        .map(|(i, (who, status, _))| {
            let mut name = ctx.t(&talentnav_rules::report::message_id("doc", &i.document), &args![]);
            if i.obsolete {
                name = ctx.t("doc-obsolete", &args![("name", name)]);
            }
            [
                i.id.to_string(),
                who.clone(),
                name,
                status.clone(),
                i.expiry_date.as_deref().map(|d| date(ctx, d)).unwrap_or_default(),
            ]
        })
        .collect();
    let head = ["doc-col-id", "doc-col-party", "doc-col-document", "doc-col-status", "doc-col-expiry"]
        .map(|h| ctx.t(h, &args![]));
    // The table, with each document's conditions indented under its row.
    let table = table(&head, &rows);
    let mut out: Vec<String> = Vec::new();
    for (n, line) in table.lines().enumerate() {
        out.push(line.to_string());
        if let Some((_, _, lines)) = n.checked_sub(2).and_then(|r| words.get(r)) {
            out.extend(lines.iter().map(|l| format!("      {l}")));
        }
    }
    for e in documents::excluded(
        embedded_pack(),
        profile,
        checklist_day(app.planned_submission_date.as_deref()),
        &app.scheme,
    ) {
        let who = documents::party_label(ctx.locale, profile, Party::Dependant(e.index));
        out.push(who);
        out.push(format!("      {}", documents::excluded_line(ctx.locale, &e)));
    }
    out.join("\n")
}
