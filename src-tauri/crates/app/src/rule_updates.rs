//! Rule-pack updates as use cases, for both doors: the rules in use and what to tell about them, what
//! the server offers, installing and rolling back, and what a change of pack does to every client
//! file (the impact report, with its words) and regenerating the checklists it affects.
//!
//! Only [`check`] and [`update`] use the network, and only because the person asked.

use crate::{Env, applications, rule_pack::Chosen, store::with_store};
use serde::Serialize;
use std::path::Path;
use talentnav_core::{UserError, settings::Settings};
use talentnav_i18n::{Locale, args, message};
use talentnav_rules::{
    checks::Outcome,
    date::Date,
    engine::Verdict,
    pack::Pack,
    profile::Profile,
    report::{message_id, verdict_id},
};
use talentnav_update::{
    ActivePack, Trust, client,
    impact::{self, ChecklistChange, VerdictChange},
    installed, stale,
};
use ts_rs::TS;

/// The update address: `TALENTNAV_RULES_URL`, else the settings' `rules_url`.
pub fn address(data_dir: &Path) -> Result<String, UserError> {
    client::address(std::env::var(client::URL_ENV).ok(), Settings::load(data_dir).rules_url.as_deref())
}

/// Which door the words are for: the command line's name the command to run next, the window's the
/// place to click (`rules-ui-notice-…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Door {
    Cli,
    Window,
}

impl Door {
    fn id(self, cli: &'static str) -> &'static str {
        match (self, cli) {
            (Door::Window, "update-notice-stale-age") => "rules-ui-notice-stale-age",
            (Door::Window, "update-notice-stale-due") => "rules-ui-notice-stale-due",
            _ => cli,
        }
    }
}

/// "The rules may be out of date" for `today`, in words, if they may be.
pub fn stale_notice(active: &ActivePack, today: Date, locale: Locale, door: Door) -> Option<String> {
    stale::notice(active, today).map(|mut n| {
        let id = if n.message_id == "update-notice-stale-age" {
            "update-notice-stale-age"
        } else {
            "update-notice-stale-due"
        };
        n.message_id = door.id(id).to_string();
        n.localized(locale)
    })
}

/// "The rules may be out of date" for an answer judged on `day` (`assess` JSON's `rules_out_of_date`).
#[derive(Debug, Clone, Serialize)]
pub struct OutOfDate {
    /// `update-notice-stale-age` (more than six months old) or `update-notice-stale-due`.
    pub message_id: String,
    /// The day the rules are as of, `YYYY-MM-DD`.
    pub revised: String,
    /// The change that was due, when that is the reason.
    pub due: Option<String>,
    pub message: String,
}

/// Judged on the day the answer is for: a pack is authoritative for days before its changes are
/// due, and may be out of date for later ones.
pub fn out_of_date(active: &ActivePack, day: Date, locale: Locale) -> Option<OutOfDate> {
    let n = stale::notice(active, day)?;
    let arg = |k: &str| match n.args.get(k) {
        Some(talentnav_i18n::ArgValue::Text(t)) => Some(t.clone()),
        _ => None,
    };
    Some(OutOfDate {
        message_id: n.message_id.clone(),
        revised: arg("revised").unwrap_or_default(),
        due: arg("due"),
        message: n.localized(locale),
    })
}

/// What to tell the person about the rules in use: they fell back to the built-in pack, or they may
/// be out of date.
pub fn notices(chosen: &Chosen, today: Date, locale: Locale, door: Door) -> Vec<String> {
    let fallback = chosen.fallback.as_ref().map(|n| n.localized(locale));
    fallback.into_iter().chain(stale_notice(chosen.active, today, locale, door)).collect()
}

/// The rules in use (`rules status`, Settings → Rules). Nothing here uses the network.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RulesStatus {
    pub id: String,
    pub version: String,
    pub sha256: String,
    #[ts(type = "\"built_in\" | \"installed\"")]
    pub origin: installed::Origin,
    /// `YYYY-MM-DD`: the publication of the installed pack, else the newest source revision.
    pub as_of: Option<String>,
    /// The same day in words.
    pub as_of_words: String,
    /// Changes the pack knows are due, `YYYY-MM-DD`.
    pub due: Vec<String>,
    /// Versions kept on this machine, newest first.
    pub kept: Vec<String>,
    pub address: Option<String>,
    /// The fallback notice (an installed pack failed), then "may be out of date", in words.
    pub notices: Vec<String>,
    /// Set when the rules may be out of date (the notice is in `notices`).
    pub stale: bool,
    /// The installed pack's changelog in the chosen language (none for the built-in pack).
    pub changelog: Option<String>,
    /// A pack kept here that is older than the one in use: a rollback is possible.
    pub can_roll_back: bool,
}

pub fn status(chosen: &Chosen, data_dir: &Path, today: Date, locale: Locale, door: Door) -> RulesStatus {
    let active = chosen.active;
    let info = &active.pack().info;
    let kept = installed::kept(data_dir);
    let as_of = stale::as_of(active);
    RulesStatus {
        id: info.id.clone(),
        version: info.version.clone(),
        sha256: info.sha256.clone(),
        origin: active.origin(),
        as_of: as_of.map(|d| d.to_string()),
        as_of_words: as_of.map(|d| message(locale, "update-date", &args![("date", d.to_string())])).unwrap_or_default(),
        due: stale::due(active).iter().map(|d| d.to_string()).collect(),
        can_roll_back: !installed::rollback_candidates(data_dir).is_empty(),
        kept,
        address: address(data_dir).ok(),
        notices: notices(chosen, today, locale, door),
        stale: stale::notice(active, today).is_some(),
        changelog: active.manifest().map(|m| m.changelog.get(locale).to_string()),
    }
}

/// What the server offers against the pack this process runs with (one small request). The page
/// words it (`rules-ui-check-newer`, `update-check-current`).
pub fn check(chosen: &Chosen, data_dir: &Path) -> Result<client::Offer, UserError> {
    client::check_against(chosen.active, &address(data_dir)?, &client::Config::default())
}

/// Downloads, verifies and installs the server's newer pack, if there is one.
pub fn update(chosen: &Chosen, data_dir: &Path, locale: Locale) -> Result<client::Outcome, UserError> {
    let cfg = client::Config::default();
    client::update_from(chosen.active, data_dir, &address(data_dir)?, &cfg, &Trust::built_in(), locale)
}

/// Back to the previous pack kept here: (from, to).
pub fn rollback(data_dir: &Path, locale: Locale) -> Result<(String, String), UserError> {
    installed::rollback(data_dir, &Trust::built_in(), locale)
}

/// A pack by version: the built-in one, or one kept on this machine (verified again).
pub fn pack_named(data_dir: &Path, version: &str, locale: Locale) -> Result<ActivePack, UserError> {
    if version == talentnav_rules::pack::embedded().version {
        return Ok(ActivePack::BuiltIn);
    }
    if !installed::kept(data_dir).iter().any(|v| v == version) {
        return Err(UserError::invalid("update-error-no-such-pack", args![("version", version)]));
    }
    let v = installed::load_kept(data_dir, version, &Trust::built_in(), locale)?;
    Ok(ActivePack::Installed(Box::new(v)))
}

/// One client whose answers or checklists a pack change moves (`rules impact --json`).
#[derive(Serialize)]
pub struct ClientImpact {
    pub client: i64,
    pub name: String,
    pub as_of: String,
    pub changes: Vec<VerdictChange>,
    pub checklists: Vec<ApplicationImpact>,
    #[serde(skip)]
    pub profile: Profile,
}

#[derive(Serialize)]
pub struct ApplicationImpact {
    pub application: i64,
    pub scheme: String,
    #[serde(flatten)]
    pub change: ChecklistChange,
}

/// The impact of going from one pack to another across every client file.
#[derive(Serialize)]
pub struct Impact {
    pub from: String,
    pub to: String,
    pub clients_checked: usize,
    pub clients: Vec<ClientImpact>,
}

/// Every client file assessed with `old` and with `env.pack`, each on `as_of`, else its planned
/// submission date, else today; only the clients something moved for are listed.
pub async fn impact(env: Env<'_>, old: &Pack, as_of: Option<Date>) -> Result<Impact, UserError> {
    let new = env.pack;
    let (clients, applications) = with_store(env, async |s| {
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
    })
    .await?;
    let clients_checked = clients.len();
    let affected = clients
        .into_iter()
        .filter_map(|(id, name, profile)| {
            let day = as_of.or(profile.submission_date.map(|d| d.0)).unwrap_or_else(crate::today);
            let changes = impact::changes(&profile, day, old, new, env.locale);
            let checklists: Vec<ApplicationImpact> = applications
                .iter()
                .filter(|a| a.client_id == id)
                .filter_map(|a| {
                    let on = talentnav_store::applications::checklist_day(a.planned_submission_date.as_deref());
                    let change = impact::checklist_change(&profile, &a.scheme, a.route.as_deref(), on, old, new);
                    let moved = !change.added.is_empty() || !change.obsolete.is_empty();
                    moved.then(|| ApplicationImpact { application: a.id, scheme: a.scheme.clone(), change })
                })
                .collect();
            let moved = !changes.is_empty() || !checklists.is_empty();
            moved.then(|| ClientImpact { client: id, name, as_of: day.to_string(), changes, checklists, profile })
        })
        .collect();
    Ok(Impact { from: old.info.version.clone(), to: new.info.version.clone(), clients_checked, clients: affected })
}

/// The impact report in words, as the window shows it and `rules impact` prints it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ImpactView {
    pub from: String,
    pub to: String,
    #[ts(type = "number")]
    pub clients_checked: usize,
    /// "From rule pack A to B: N of M clients' answers change."
    pub summary: String,
    pub clients: Vec<ClientImpactView>,
    /// The applications whose checklists would change: what "regenerate the affected checklists" does.
    #[ts(type = "number[]")]
    pub applications: Vec<i64>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ClientImpactView {
    #[ts(type = "number")]
    pub client: i64,
    /// "Client 3: CHAN Tai Man", names from outside escaped.
    pub heading: String,
    pub as_of: String,
    pub routes: Vec<RouteChangeView>,
    pub checklists: Vec<ChecklistChangeView>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct RouteChangeView {
    pub scheme: String,
    pub scheme_name: String,
    pub route: String,
    pub route_name: String,
    pub before: Verdict,
    pub after: Verdict,
    pub before_label: String,
    pub after_label: String,
    pub criteria: Vec<CriterionChangeView>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct CriterionChangeView {
    pub id: String,
    pub label: String,
    pub before: String,
    pub after: String,
    pub why: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct ChecklistChangeView {
    #[ts(type = "number")]
    pub application: i64,
    pub scheme_name: String,
    pub added: Vec<String>,
    pub obsolete: Vec<String>,
}

fn outcome_words(locale: Locale, o: Option<Outcome>) -> String {
    let t = |id: &str| message(locale, id, &args![]);
    match o.and_then(|o| serde_json::to_value(o).ok()).and_then(|v| v.as_str().map(str::to_string)) {
        Some(o) => t(&message_id("outcome", &o)),
        None => t("update-impact-absent"),
    }
}

pub fn impact_view(impact: &Impact, locale: Locale) -> ImpactView {
    let t = |id: &str| message(locale, id, &args![]);
    let verdict = |v: Verdict| t(&message_id("verdict", verdict_id(v)));
    let clients = impact
        .clients
        .iter()
        .map(|c| ClientImpactView {
            client: c.client,
            heading: message(
                locale,
                "client-heading",
                &args![("id", c.client), ("name", talentnav_i18n::format::escape_controls(&c.name))],
            ),
            as_of: c.as_of.clone(),
            routes: c
                .changes
                .iter()
                .map(|v| RouteChangeView {
                    scheme: v.scheme.clone(),
                    scheme_name: t(&message_id("scheme", &v.scheme)),
                    route: v.route.clone(),
                    route_name: v.route_name.clone(),
                    before: v.before,
                    after: v.after,
                    before_label: verdict(v.before),
                    after_label: verdict(v.after),
                    criteria: v
                        .criteria
                        .iter()
                        .map(|k| CriterionChangeView {
                            id: k.id.clone(),
                            label: k.label.clone(),
                            before: outcome_words(locale, k.before),
                            after: outcome_words(locale, k.after),
                            why: k.why.clone(),
                        })
                        .collect(),
                })
                .collect(),
            checklists: c
                .checklists
                .iter()
                .map(|a| {
                    let names = |keys: &[String]| {
                        keys.iter().map(|k| applications::item_key_name(locale, &c.profile, k)).collect()
                    };
                    ChecklistChangeView {
                        application: a.application,
                        scheme_name: applications::scheme_name(locale, &a.scheme),
                        added: names(&a.change.added),
                        obsolete: names(&a.change.obsolete),
                    }
                })
                .collect(),
        })
        .collect();
    ImpactView {
        from: impact.from.clone(),
        to: impact.to.clone(),
        clients_checked: impact.clients_checked,
        summary: message(
            locale,
            "update-impact-summary",
            &args![
                ("from", impact.from.as_str()),
                ("to", impact.to.as_str()),
                ("changed", impact.clients.len() as i64),
                ("checked", impact.clients_checked as i64)
            ],
        ),
        clients,
        applications: impact.clients.iter().flat_map(|c| c.checklists.iter().map(|a| a.application)).collect(),
    }
}

/// What installing or rolling back did, with its impact report (Settings → Rules). The page puts it
/// into words itself (`rules-ui-installed`, `update-rolled-back`, `update-up-to-date`), so a change of
/// language words it again.
#[derive(Debug, Clone, Serialize, TS)]
pub struct RulesChange {
    /// False when the server had nothing newer (nothing changed, no report; `from` = `to`).
    pub changed: bool,
    pub rollback: bool,
    pub from: String,
    pub to: String,
    pub impact: Option<ImpactView>,
}

/// After the pack in use went from `old` to `env.pack`: the report across every client file.
pub async fn change_report(env: Env<'_>, old: &Pack, rollback: bool) -> Result<RulesChange, UserError> {
    let report = impact(env, old, None).await?;
    Ok(RulesChange {
        changed: true,
        rollback,
        from: old.info.version.clone(),
        to: env.pack.info.version.clone(),
        impact: Some(impact_view(&report, env.locale)),
    })
}

/// An update that found nothing newer: nothing changed.
pub fn unchanged(version: &str) -> RulesChange {
    RulesChange { changed: false, rollback: false, from: version.into(), to: version.into(), impact: None }
}

/// The report again, from the kept or built-in pack `from` to the one in use (in another language,
/// or after the window was reopened).
pub async fn impact_since(env: Env<'_>, from: &str) -> Result<ImpactView, UserError> {
    let old = pack_named(env.data_dir, from, env.locale)?;
    Ok(impact_view(&impact(env, &old, None).await?, env.locale))
}

/// "Regenerate the affected checklists", once the person confirmed: every application named, with
/// `env.pack`, in one transaction with its audit entries.
pub async fn regenerate_affected(env: Env<'_>, ids: &[i64]) -> Result<Vec<applications::ChangeSummary>, UserError> {
    let (done, profiles) = with_store(env, async |s| {
        let done = s.regenerate_all(env.pack, ids).await?;
        let mut profiles = Vec::with_capacity(done.len());
        for (id, _) in &done {
            let app = s.application(*id).await?;
            profiles.push((s.client_profile(app.client_id).await?, app));
        }
        Ok((done, profiles))
    })
    .await?;
    Ok(done.iter().zip(&profiles).map(|((_, r), (p, app))| applications::summary(env.locale, app, p, r)).collect())
}
