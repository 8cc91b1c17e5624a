//! `talentnav rules keygen | pack | verify | status | check | update | rollback | impact`: signed rule
//! packs for the maintainers, updates and their impact for everyone. The logic is in
//! `talentnav-update`.

use super::{Context, json_flag, localized, print, print_json};
use clap::{Arg, ArgMatches, Command};
use serde::Serialize;
use std::path::PathBuf;
use talentnav_core::{UserError, error::shown_path, settings::Settings};
use talentnav_i18n::args;
use talentnav_update::{ActivePack, Notice, Trust, artefact, client, installed, keys, load_active, stale};

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

#[derive(Serialize)]
struct StatusJson {
    id: String,
    version: String,
    sha256: String,
    origin: installed::Origin,
    as_of: Option<String>,
    due: Vec<String>,
    kept: Vec<String>,
    address: Option<String>,
    notices: Vec<String>,
}

fn today() -> talentnav_rules::date::Date {
    chrono::Local::now().date_naive()
}

/// What to tell the user about the rules in use: they fell back to the built-in pack, or they may be
/// out of date (as of today).
pub fn notices(ctx: &Context, active: &ActivePack, fallback: Option<Notice>) -> Vec<String> {
    fallback.into_iter().chain(stale::notice(active, today())).map(|n| n.localized(ctx.locale)).collect()
}

/// The day the rules in use are as of, in words.
fn as_of(ctx: &Context, active: &ActivePack) -> String {
    stale::as_of(active).map(|d| ctx.t("update-date", &args![("date", d.to_string())])).unwrap_or_default()
}

fn status(ctx: &Context, json: bool) -> Result<(), UserError> {
    let (active, fallback) = load_active(&ctx.data_dir);
    let info = &active.pack().info;
    let kept = installed::kept(&ctx.data_dir);
    let address = rules_address(ctx).ok();
    let notices = notices(ctx, &active, fallback);
    if json {
        return print_json(&StatusJson {
            id: info.id.clone(),
            version: info.version.clone(),
            sha256: info.sha256.clone(),
            origin: active.origin(),
            as_of: stale::as_of(&active).map(|d| d.to_string()),
            due: stale::due(&active).iter().map(|d| d.to_string()).collect(),
            kept,
            address,
            notices,
        });
    }
    let origin = match active.origin() {
        installed::Origin::BuiltIn => "update-origin-built-in",
        installed::Origin::Installed => "update-origin-installed",
    };
    let mut lines = vec![
        line(ctx, "update-label-pack", pack_value(ctx, &info.id, &info.version)),
        line(ctx, "update-label-origin", ctx.t(origin, &args![])),
        line(ctx, "update-label-as-of", as_of(ctx, &active)),
        line(ctx, "about-rule-pack-checksum", info.sha256.clone()),
        line(
            ctx,
            "update-label-kept",
            if kept.is_empty() { ctx.t("update-kept-none", &args![]) } else { kept.join(", ") },
        ),
        line(ctx, "update-label-address", address.unwrap_or_else(|| ctx.t("update-address-none", &args![]))),
    ];
    lines.extend(notices);
    print(&lines.join("\n"));
    Ok(())
}

/// `TALENTNAV_RULES_URL`, else the settings' address.
fn rules_address(ctx: &Context) -> Result<String, UserError> {
    client::address(std::env::var(client::URL_ENV).ok(), Settings::load(&ctx.data_dir).rules_url.as_deref())
}

fn check(ctx: &Context, json: bool) -> Result<(), UserError> {
    let offer = client::check(&ctx.data_dir, &rules_address(ctx)?, &client::Config::default(), &Trust::built_in())?;
    if json {
        return print_json(&offer);
    }
    let id = if offer.newer { "update-check-newer" } else { "update-check-current" };
    print(&ctx.t(id, &args![("latest", offer.latest.as_str()), ("current", offer.current.as_str())]));
    Ok(())
}

fn update(ctx: &Context, json: bool) -> Result<(), UserError> {
    let address = rules_address(ctx)?;
    let outcome = client::update(&ctx.data_dir, &address, &client::Config::default(), &Trust::built_in(), ctx.locale)?;
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
    let (from, to) = installed::rollback(&ctx.data_dir, &Trust::built_in(), ctx.locale)?;
    if json {
        return print_json(&RollbackJson { from, to });
    }
    print(&ctx.t("update-rolled-back", &args![("from", from.as_str()), ("to", to)]));
    print(&ctx.t("update-impact-hint", &args![("from", from)]));
    Ok(())
}

/// A pack by version: the built-in one, or one kept on this machine (verified again).
fn pack_named(ctx: &Context, version: &str) -> Result<ActivePack, UserError> {
    if version == talentnav_rules::pack::embedded().version {
        return Ok(ActivePack::BuiltIn);
    }
    if !installed::kept(&ctx.data_dir).iter().any(|v| v == version) {
        return Err(UserError::invalid("update-error-no-such-pack", args![("version", version)]));
    }
    let v = installed::load_kept(&ctx.data_dir, version, &Trust::built_in(), ctx.locale)?;
    Ok(ActivePack::Installed(Box::new(v)))
}

#[derive(Serialize)]
struct ClientImpact {
    client: i64,
    name: String,
    as_of: String,
    changes: Vec<talentnav_update::impact::VerdictChange>,
    checklists: Vec<ApplicationImpact>,
}

#[derive(Serialize)]
struct ApplicationImpact {
    application: i64,
    scheme: String,
    #[serde(flatten)]
    change: talentnav_update::impact::ChecklistChange,
}

#[derive(Serialize)]
struct ImpactJson {
    from: String,
    to: String,
    clients_checked: usize,
    clients: Vec<ClientImpact>,
}

/// `rules impact --from A [--to B]`: every client file assessed with both packs (on its planned
/// submission date, else today, unless --as-of), listing the answers that change.
fn impact(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    use talentnav_rules::{date::Date, report::message_id};
    let old = pack_named(ctx, m.get_one::<String>("from").expect("required"))?;
    let new = match m.get_one::<String>("to") {
        Some(v) => pack_named(ctx, v)?,
        None => load_active(&ctx.data_dir).0,
    };
    let as_of = m.get_one::<Date>("as-of").copied();
    let clients = super::block_on(talentnav_app::store::with_store(ctx.env(), async |s| {
        let list = s
            .search_clients(&talentnav_store::clients::ClientQuery { limit: Some(i64::MAX), ..Default::default() })
            .await?;
        let mut out = Vec::with_capacity(list.len());
        for c in list {
            let name = [c.family_name.as_deref(), c.given_name.as_deref(), c.chinese_name.as_deref()]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>()
                .join(" ");
            out.push((c.id, name, s.client_profile(c.id).await?));
        }
        Ok((out, s.applications(None).await?))
    }))?;
    let (clients, applications) = clients;
    let checked = clients.len();
    let affected: Vec<(ClientImpact, talentnav_rules::profile::Profile)> = clients
        .into_iter()
        .filter_map(|(id, name, profile)| {
            let day = as_of.or(profile.submission_date.map(|d| d.0)).unwrap_or_else(today);
            let changes = talentnav_update::impact::changes(&profile, day, &old, &new, ctx.locale);
            let checklists: Vec<ApplicationImpact> = applications
                .iter()
                .filter(|a| a.client_id == id)
                .filter_map(|a| {
                    let on = talentnav_store::applications::checklist_day(a.planned_submission_date.as_deref());
                    let change = talentnav_update::impact::checklist_change(
                        &profile,
                        &a.scheme,
                        a.route.as_deref(),
                        on,
                        &old,
                        &new,
                    );
                    let moved = !change.added.is_empty() || !change.obsolete.is_empty();
                    moved.then(|| ApplicationImpact { application: a.id, scheme: a.scheme.clone(), change })
                })
                .collect();
            let moved = !changes.is_empty() || !checklists.is_empty();
            moved.then(|| (ClientImpact { client: id, name, as_of: day.to_string(), changes, checklists }, profile))
        })
        .collect();
    let (from, to) = (old.info.version.clone(), new.info.version.clone());
    if m.get_flag("json") {
        let clients = affected.into_iter().map(|(c, _)| c).collect();
        return print_json(&ImpactJson { from, to, clients_checked: checked, clients });
    }
    let t = |id: &str| ctx.t(id, &args![]);
    let verdict = |v| t(&message_id("verdict", talentnav_rules::report::verdict_id(v)));
    let outcome = |o: Option<talentnav_rules::checks::Outcome>| match o {
        Some(o) => t(&message_id(
            "outcome",
            serde_json::to_value(o).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default().as_str(),
        )),
        None => t("update-impact-absent"),
    };
    let mut out = vec![ctx.t(
        "update-impact-summary",
        &args![
            ("from", from.as_str()),
            ("to", to.as_str()),
            ("changed", affected.len() as i64),
            ("checked", checked as i64)
        ],
    )];
    for (c, profile) in &affected {
        out.push(
            ctx.t(
                "client-heading",
                &args![("id", c.client), ("name", talentnav_i18n::format::escape_controls(&c.name))],
            ),
        );
        for v in &c.changes {
            out.push(format!(
                "  {}",
                ctx.t(
                    "update-impact-route",
                    &args![
                        ("scheme", t(&message_id("scheme", &v.scheme))),
                        ("route", v.route_name.as_str()),
                        ("before", verdict(v.before)),
                        ("after", verdict(v.after))
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
                            ("before", outcome(k.before)),
                            ("after", outcome(k.after)),
                            ("why", k.why.as_str())
                        ],
                    )
                ));
            }
        }
        for a in &c.checklists {
            let items = |keys: &[String]| {
                keys.iter()
                    .map(|k| talentnav_app::applications::item_key_name(ctx.locale, profile, k))
                    .collect::<Vec<_>>()
                    .join("; ")
            };
            if !a.change.added.is_empty() {
                out.push(format!(
                    "  {}",
                    ctx.t(
                        "update-impact-items-added",
                        &args![("application", a.application), ("items", items(&a.change.added))]
                    )
                ));
            }
            if !a.change.obsolete.is_empty() {
                out.push(format!(
                    "  {}",
                    ctx.t(
                        "update-impact-items-obsolete",
                        &args![("application", a.application), ("items", items(&a.change.obsolete))]
                    )
                ));
            }
        }
    }
    print(&out.join("\n"));
    Ok(())
}
