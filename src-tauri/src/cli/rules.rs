//! `talentnav rules …`: the active rule pack's dated parameters and sources, for checking a rule
//! against its official text.

use super::{Context, as_of_arg, json_flag, localized, print, print_json};
use clap::{Arg, ArgMatches, Command};
use serde::Serialize;
use talentnav_core::UserError;
use talentnav_i18n::args;
use talentnav_rules::{
    date::Date,
    pack::{Pack, RuleVersion},
    report::message_id,
};

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
    // The pack this process runs with: an installed update when it verifies, else the built-in one.
    let active = || talentnav_update::load_active(&ctx.data_dir).0;
    match m.subcommand() {
        Some(("show", sub)) => show(ctx, &active(), sub),
        Some(("sources", sub)) => sources(ctx, &active(), sub.get_flag("json")),
        Some((name, sub)) if super::update::SUBCOMMANDS.contains(&name) => super::update::run(ctx, name, sub),
        _ => unreachable!("clap requires a subcommand"),
    }
}

#[derive(Serialize)]
struct SourceView<'a> {
    id: &'a str,
    title: &'a str,
    url: Option<&'a str>,
    revised: String,
}

fn source_views<'a>(pack: &'a Pack, ids: impl IntoIterator<Item = &'a String>) -> Vec<SourceView<'a>> {
    ids.into_iter()
        .filter_map(|id| {
            pack.source(id).map(|s| SourceView {
                id,
                title: &s.title,
                url: s.url.as_deref(),
                revised: s.revised.0.to_string(),
            })
        })
        .collect()
}

#[derive(Serialize)]
struct ShowJson<'a> {
    as_of: String,
    id: &'a str,
    scheme: &'a str,
    check: &'a serde_json::Value,
    from: Option<String>,
    to: Option<String>,
    sources: Vec<SourceView<'a>>,
}

fn show(ctx: &Context, pack: &Pack, m: &ArgMatches) -> Result<(), UserError> {
    let id = m.get_one::<String>("id").expect("required");
    let as_of = m.get_one::<Date>("as-of").copied().unwrap_or_else(|| chrono::Local::now().date_naive());
    let versions = pack.rule_versions(id);
    if versions.is_empty() {
        return Err(UserError::invalid("rules-error-unknown-rule", args![("id", id.as_str())]));
    }
    let in_force = |v: &&RuleVersion| v.from.is_none_or(|f| f.0 <= as_of) && v.to.is_none_or(|t| as_of <= t.0);
    let Some(rule) = versions.iter().find(in_force) else {
        let periods: Vec<String> = versions.iter().map(|v| period(ctx, v)).collect();
        return Err(UserError::invalid(
            "rules-error-not-in-force",
            args![("id", id.as_str()), ("date", as_of.to_string()), ("periods", periods.join("; "))],
        ));
    };
    let sources = source_views(pack, &rule.sources);
    if m.get_flag("json") {
        return print_json(&ShowJson {
            as_of: as_of.to_string(),
            id: &rule.id,
            scheme: &rule.scheme,
            check: &rule.check,
            from: rule.from.map(|d| d.0.to_string()),
            to: rule.to.map(|d| d.0.to_string()),
            sources,
        });
    }
    let label = |l: &str| ctx.t(l, &args![]);
    let line = |l: &str, value: String| ctx.t("label-value", &args![("label", label(l)), ("value", value)]);
    let mut out = vec![
        ctx.t("rules-show-title", &args![("id", id.as_str()), ("name", ctx.t(&message_id("c", id), &args![]))]),
        line("rules-show-scheme", ctx.t(&message_id("scheme", &rule.scheme), &args![])),
        line("rules-show-in-force", period(ctx, rule)),
        label("rules-show-values"),
    ];
    if let Some(values) = rule.check.as_object() {
        for (key, value) in values {
            let shown = match value {
                serde_json::Value::String(s) => s.clone(),
                // Thresholds are written as whole numbers in the pack; print them that way.
                serde_json::Value::Number(n) if n.as_f64().is_some_and(|f| f.fract() == 0.0 && f.abs() < 1e15) => {
                    format!("{}", n.as_f64().unwrap_or_default() as i64)
                }
                other => other.to_string(),
            };
            out.push(format!("  {key} = {shown}"));
        }
    }
    out.push(label("rules-show-sources"));
    out.extend(sources.iter().map(|s| format!("  {}", source_line(ctx, s))));
    print(&out.join("\n"));
    Ok(())
}

fn period(ctx: &Context, v: &RuleVersion) -> String {
    match (v.from, v.to) {
        (None, None) => ctx.t("rules-period-always", &args![]),
        (Some(f), None) => ctx.t("rules-period-from", &args![("from", f.0.to_string())]),
        (None, Some(t)) => ctx.t("rules-period-until", &args![("to", t.0.to_string())]),
        (Some(f), Some(t)) => ctx.t("rules-period-between", &args![("from", f.0.to_string()), ("to", t.0.to_string())]),
    }
}

fn source_line(ctx: &Context, s: &SourceView) -> String {
    let base = ctx.t("rules-source", &args![("id", s.id), ("title", s.title), ("revised", s.revised.clone())]);
    match s.url {
        Some(url) => format!("{base} · {url}"),
        None => base,
    }
}

fn sources(ctx: &Context, pack: &Pack, json: bool) -> Result<(), UserError> {
    let all = source_views(pack, pack.sources.keys());
    if json {
        return print_json(&all);
    }
    print(&all.iter().map(|s| source_line(ctx, s)).collect::<Vec<_>>().join("\n"));
    Ok(())
}
