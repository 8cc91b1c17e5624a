//! `talentnav rules keygen | pack | verify | status | check | update | rollback | impact`: signed rule
//! packs for the maintainers, updates and their impact for everyone. The logic is in
//! `talentnav-update`.

use super::{Context, json_flag, localized, print, print_json};
use clap::{Arg, ArgMatches, Command};
use serde::Serialize;
use std::path::PathBuf;
use talentnav_app::rule_updates::{self, Door};
use talentnav_core::{UserError, error::shown_path};
use talentnav_i18n::args;
use talentnav_update::{Trust, artefact, client, installed, keys};

pub const SUBCOMMANDS: &[&str] = &["keygen", "pack", "verify", "status", "check", "update", "rollback", "impact"];

fn path_arg(ctx: &Context, name: &'static str, value: &'static str, help: &str) -> Arg {
    Arg::new(name)
        .value_name(value)
        .required(true)
        .value_parser(clap::value_parser!(PathBuf))
        .help(ctx.t(help, &args![]))
}

/// The update subcommands, added to `talentnav rules`.
pub fn subcommands(ctx: &Context, rules: Command) -> Command {
    let t = |id: &str| ctx.t(id, &args![]);
    let simple =
        |name: &'static str, about: &str| localized(ctx, Command::new(name)).about(t(about)).arg(json_flag(ctx));
    rules
        .subcommand(
            localized(ctx, Command::new("keygen"))
                .about(t("update-cli-cmd-keygen"))
                .arg(super::output_arg(ctx, "update-cli-opt-keygen-output")),
        )
        .subcommand(
            localized(ctx, Command::new("pack"))
                .about(t("update-cli-cmd-pack"))
                .arg(
                    Arg::new("key")
                        .long("key")
                        .value_name("KEYFILE")
                        .required(true)
                        .value_parser(clap::value_parser!(PathBuf))
                        .help(t("update-cli-opt-key")),
                )
                .arg(path_arg(ctx, "dir", "DIR", "update-cli-arg-dir"))
                .arg(super::output_arg(ctx, "update-cli-opt-pack-output")),
        )
        .subcommand(simple("verify", "update-cli-cmd-verify").arg(path_arg(
            ctx,
            "file",
            "FILE",
            "update-cli-arg-pack-file",
        )))
        .subcommand(simple("status", "update-cli-cmd-status"))
        .subcommand(simple("check", "update-cli-cmd-check"))
        .subcommand(simple("update", "update-cli-cmd-update"))
        .subcommand(simple("rollback", "update-cli-cmd-rollback"))
        .subcommand(
            simple("impact", "update-cli-cmd-impact")
                .arg(Arg::new("from").long("from").value_name("VERSION").required(true).help(t("update-cli-opt-from")))
                .arg(Arg::new("to").long("to").value_name("VERSION").help(t("update-cli-opt-to")))
                .arg(super::as_of_arg(ctx)),
        )
}

pub fn run(ctx: &Context, name: &str, m: &ArgMatches) -> Result<(), UserError> {
    match name {
        "keygen" => keygen(ctx, m),
        "pack" => pack(ctx, m),
        "verify" => verify(ctx, m),
        "status" => status(ctx, m.get_flag("json")),
        "check" => check(ctx, m.get_flag("json")),
        "update" => update(ctx, m.get_flag("json")),
        "rollback" => rollback(ctx, m.get_flag("json")),
        "impact" => impact(ctx, m),
        _ => unreachable!("only SUBCOMMANDS are routed here"),
    }
}

fn line(ctx: &Context, label: &str, value: String) -> String {
    ctx.t("label-value", &args![("label", ctx.t(label, &args![])), ("value", value)])
}

fn keygen(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let out = super::output_path(ctx, m)?;
    let key = keys::generate().map_err(UserError::internal)?;
    keys::write_key_file(&out, &key).map_err(|e| UserError::io(&out, &e, ctx.locale))?;
    let public = keys::public_hex(&key.verifying_key());
    print(&ctx.t("update-keygen-done", &args![("path", shown_path(&out)), ("key", public)]));
    Ok(())
}

fn pack(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let key_path = m.get_one::<PathBuf>("key").expect("required");
    let dir = m.get_one::<PathBuf>("dir").expect("required");
    let out = super::output_path(ctx, m)?;
    let bad_key = || UserError::invalid("update-error-bad-key-file", args![("path", shown_path(key_path))]);
    let text = talentnav_core::fsutil::open_regular(key_path)
        .and_then(std::io::read_to_string)
        .map_err(|e| UserError::io(key_path, &e, ctx.locale))?;
    let key = keys::parse_key_file(&text).ok_or_else(bad_key)?;
    let bytes = artefact::pack_dir(dir, &key, ctx.locale)?;
    // Checked as the app will check it, against this very key, before the file is written.
    let verified = artefact::verify(&bytes, &Trust::only([key.verifying_key()]))?;
    talentnav_core::fsutil::write_atomic(&out, &bytes).map_err(|e| UserError::io(&out, &e, ctx.locale))?;
    let m = &verified.manifest;
    print(&ctx.t(
        "update-pack-done",
        &args![
            ("id", m.pack_id.as_str()),
            ("version", m.version.as_str()),
            ("count", m.files.len() as i64),
            ("path", shown_path(&out))
        ],
    ));
    Ok(())
}

#[derive(Serialize)]
struct VerifyJson<'a> {
    ok: bool,
    key: &'a str,
    manifest: &'a artefact::Manifest,
    sha256: &'a str,
}

fn verify(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let path = m.get_one::<PathBuf>("file").expect("required");
    let bytes = installed::read_pack_file(path, ctx.locale)?;
    let v = artefact::verify(&bytes, &Trust::built_in())?;
    let manifest = &v.manifest;
    if m.get_flag("json") {
        return print_json(&VerifyJson { ok: true, key: &v.key, manifest, sha256: &v.pack.info.sha256 });
    }
    let date = |d: &str| ctx.t("update-date", &args![("date", d)]);
    let lines = [
        ctx.t("update-verify-ok", &args![("count", manifest.files.len() as i64)]),
        line(ctx, "update-label-pack", pack_value(ctx, &manifest.pack_id, &manifest.version)),
        line(ctx, "update-label-published", date(&manifest.published)),
        line(ctx, "update-label-min-app", manifest.min_app_version.clone()),
        line(ctx, "update-label-signer", v.key.clone()),
        line(ctx, "about-rule-pack-checksum", v.pack.info.sha256.clone()),
        line(ctx, "update-label-changelog", manifest.changelog.get(ctx.locale).to_string()),
    ];
    print(&lines.join("\n"));
    Ok(())
}

fn pack_value(ctx: &Context, id: &str, version: &str) -> String {
    ctx.t("update-pack-value", &args![("id", id), ("version", version)])
}

/// The rules in use: the pack chosen for this process (`ctx.rules`), never loaded a second time.
fn status(ctx: &Context, json: bool) -> Result<(), UserError> {
    let st = rule_updates::status(&ctx.rules, &ctx.data_dir, talentnav_app::today(), ctx.locale, Door::Cli);
    if json {
        return print_json(&st);
    }
    let origin = match st.origin {
        installed::Origin::BuiltIn => "update-origin-built-in",
        installed::Origin::Installed => "update-origin-installed",
    };
    let mut lines = vec![
        line(ctx, "update-label-pack", pack_value(ctx, &st.id, &st.version)),
        line(ctx, "update-label-origin", ctx.t(origin, &args![])),
        line(ctx, "update-label-as-of", st.as_of_words.clone()),
        line(ctx, "about-rule-pack-checksum", st.sha256.clone()),
        line(
            ctx,
            "update-label-kept",
            if st.kept.is_empty() { ctx.t("update-kept-none", &args![]) } else { st.kept.join(", ") },
        ),
        line(ctx, "update-label-address", st.address.clone().unwrap_or_else(|| ctx.t("update-address-none", &args![]))),
    ];
    lines.extend(st.notices);
    print(&lines.join("\n"));
    Ok(())
}

fn check(ctx: &Context, json: bool) -> Result<(), UserError> {
    let offer = rule_updates::check(&ctx.rules, &ctx.data_dir)?;
    if json {
        return print_json(&offer);
    }
    let id = if offer.newer { "update-check-newer" } else { "update-check-current" };
    print(&ctx.t(id, &args![("latest", offer.latest.as_str()), ("current", offer.current.as_str())]));
    Ok(())
}

fn update(ctx: &Context, json: bool) -> Result<(), UserError> {
    let outcome = rule_updates::update(&ctx.rules, &ctx.data_dir, ctx.locale)?;
    if json {
        return print_json(&outcome);
    }
    match outcome {
        client::Outcome::UpToDate { version } => print(&ctx.t("update-up-to-date", &args![("version", version)])),
        client::Outcome::Installed { from, to, changelog } => {
            print(&ctx.t("update-installed", &args![("from", from.as_str()), ("to", to)]));
            print(&ctx.t("update-impact-hint", &args![("from", from)]));
            print(&line(ctx, "update-label-changelog", changelog.get(ctx.locale).to_string()));
        }
    }
    Ok(())
}

#[derive(Serialize)]
struct RollbackJson {
    from: String,
    to: String,
}

fn rollback(ctx: &Context, json: bool) -> Result<(), UserError> {
    let (from, to) = rule_updates::rollback(&ctx.data_dir, ctx.locale)?;
    if json {
        return print_json(&RollbackJson { from, to });
    }
    print(&ctx.t("update-rolled-back", &args![("from", from.as_str()), ("to", to)]));
    print(&ctx.t("update-impact-hint", &args![("from", from)]));
    Ok(())
}

/// `rules impact --from A [--to B]`: every client file assessed with both packs (on its planned
/// submission date, else today, unless --as-of), listing the answers that change.
fn impact(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    let old = rule_updates::pack_named(&ctx.data_dir, m.get_one::<String>("from").expect("required"), ctx.locale)?;
    let named;
    let new: &talentnav_rules::pack::Pack = match m.get_one::<String>("to") {
        Some(v) => {
            named = rule_updates::pack_named(&ctx.data_dir, v, ctx.locale)?;
            &named
        }
        None => ctx.pack,
    };
    let as_of = m.get_one::<talentnav_rules::date::Date>("as-of").copied();
    let env = talentnav_app::Env { pack: new, ..ctx.env() };
    let report = super::block_on(rule_updates::impact(env, &old, as_of))?;
    if m.get_flag("json") {
        return print_json(&report);
    }
    let view = rule_updates::impact_view(&report, ctx.locale);
    let mut out = vec![view.summary];
    for c in view.clients {
        out.push(c.heading);
        for v in &c.routes {
            out.push(format!(
                "  {}",
                ctx.t(
                    "update-impact-route",
                    &args![
                        ("scheme", v.scheme_name.as_str()),
                        ("route", v.route_name.as_str()),
                        ("before", v.before_label.as_str()),
                        ("after", v.after_label.as_str())
                    ],
                )
            ));
            for k in &v.criteria {
                out.push(format!(
                    "    {}",
                    ctx.t(
                        "update-impact-criterion",
                        &args![
                            ("label", k.label.as_str()),
                            ("before", k.before.as_str()),
                            ("after", k.after.as_str()),
                            ("why", k.why.as_str())
                        ],
                    )
                ));
            }
        }
        for a in &c.checklists {
            for (id, items) in [("update-impact-items-added", &a.added), ("update-impact-items-obsolete", &a.obsolete)]
            {
                if !items.is_empty() {
                    let a = args![("application", a.application), ("items", items.join("; "))];
                    out.push(format!("  {}", ctx.t(id, &a)));
                }
            }
        }
    }
    print(&out.join("\n"));
    Ok(())
}
