//! `talentnav rules …`: the active rule pack's dated parameters and sources, for checking a rule
//! against its official text.

use super::{Context, as_of_arg, json_flag, localized, print, print_json};
use clap::{Arg, ArgMatches, Command};
use talentnav_app::rule_pack::{self, SourceView};
use talentnav_core::UserError;
use talentnav_i18n::args;
use talentnav_rules::{date::Date, report::message_id};

pub fn command(ctx: &Context) -> Command {
    let t = |id: &str| ctx.t(id, &args![]);
    let cmd = localized(ctx, Command::new("rules"))
        .about(t("cli-cmd-rules"))
        .override_usage(
            "talentnav rules (show ID [--as-of DATE] | sources | status | check | update | rollback \
             | impact --from VERSION [--to VERSION] | keygen -o KEYFILE | pack --key KEYFILE DIR -o FILE \
             | verify FILE) [--json]",
        )
        .subcommand_required(true)
        .subcommand(
            localized(ctx, Command::new("show"))
                .about(t("cli-cmd-rules-show"))
                .arg(Arg::new("id").value_name("ID").required(true).help(t("cli-arg-rule-id")))
                .arg(as_of_arg(ctx))
                .arg(json_flag(ctx)),
        )
        .subcommand(localized(ctx, Command::new("sources")).about(t("cli-cmd-rules-sources")).arg(json_flag(ctx)));
    super::update::subcommands(ctx, cmd)
}

pub fn run(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    match m.subcommand() {
        Some(("show", sub)) => show(ctx, sub),
        Some(("sources", sub)) => sources(ctx, sub.get_flag("json")),
        Some((name, sub)) if super::update::SUBCOMMANDS.contains(&name) => super::update::run(ctx, name, sub),
        _ => unreachable!("clap requires a subcommand"),
    }
}

fn show(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let id = m.get_one::<String>("id").expect("required");
    let as_of = m.get_one::<Date>("as-of").copied().unwrap_or_else(talentnav_app::today);
    let rule = rule_pack::show(ctx.pack, id, as_of, ctx.locale)?;
    if m.get_flag("json") {
        return print_json(&rule);
    }
    let label = |l: &str| ctx.t(l, &args![]);
    let line = |l: &str, value: String| ctx.t("label-value", &args![("label", label(l)), ("value", value)]);
    let mut out = vec![
        ctx.t("rules-show-title", &args![("id", id.as_str()), ("name", rule.label.clone())]),
        line("rules-show-scheme", ctx.t(&message_id("scheme", &rule.scheme), &args![])),
        line("rules-show-in-force", rule.period.clone()),
        label("rules-show-values"),
    ];
    out.extend(rule.values.iter().map(|(key, value)| format!("  {key} = {value}")));
    out.push(label("rules-show-sources"));
    out.extend(rule.sources.iter().map(|s| format!("  {}", source_line(ctx, s))));
    print(&out.join("\n"));
    Ok(())
}

fn source_line(ctx: &Context, s: &SourceView) -> String {
    let base = ctx
        .t("rules-source", &args![("id", s.id.as_str()), ("title", s.title.as_str()), ("revised", s.revised.clone())]);
    match &s.url {
        Some(url) => format!("{base} · {url}"),
        None => base,
    }
}

fn sources(ctx: &Context, json: bool) -> Result<(), UserError> {
    let all = rule_pack::sources(ctx.pack, ctx.locale);
    if json {
        return print_json(&all);
    }
    print(&all.iter().map(|s| source_line(ctx, s)).collect::<Vec<_>>().join("\n"));
    Ok(())
}
