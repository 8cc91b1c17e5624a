//! `talentnav.assessment/1`: the engine's findings with every explanation localized. Field names of the
//! contract are kept; fields added here are `name`, `label`, `notes`, `comparison`, `dependants`, …

use crate::{
    checks::{Finding, Msg, Outcome, iso},
    engine::{Evaluation, Gpt, Verdict},
    legacy::LegacyPoints,
    pack::Role,
};
use serde::Serialize;
use talentnav_i18n::{Locale, args, message};
use ts_rs::TS;

pub const SCHEMA_ID: &str = "talentnav.assessment/1";

#[derive(Debug, Clone, Serialize, TS)]
pub struct Assessment {
    pub schema: String,
    pub as_of: String,
    pub locale: Locale,
    pub rule_pack: PackRef,
    pub results: Vec<SchemeResult>,
    pub dependants: Vec<DependantResult>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct PackRef {
    pub id: String,
    pub version: String,
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct SchemeResult {
    pub scheme: String,
    pub name: String,
    pub verdict: Verdict,
    pub verdict_label: String,
    pub routes: Vec<RouteResult>,
    pub missing_facts: Vec<String>,
    pub review_points: Vec<String>,
    pub what_if: Vec<String>,
    pub notes: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub gpt: Option<Gpt>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub legacy_points: Option<LegacyPoints>,
    pub comparison: Comparison,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct RouteResult {
    pub id: String,
    pub name: String,
    pub verdict: Verdict,
    pub criteria: Vec<CriterionResult>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct CriterionResult {
    pub id: String,
    /// The criterion as ImmD words it.
    pub label: String,
    pub outcome: Outcome,
    pub role: Role,
    pub explanation: String,
    pub facts: Vec<String>,
    pub sources: Vec<SourceRef>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub review_reason: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct SourceRef {
    pub title: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub url: Option<String>,
    pub revised: String,
}

/// Initial stay, processing time and fees, for comparing schemes.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Comparison {
    pub initial_stay: Vec<String>,
    pub processing: Vec<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub fee_per_person_hkd: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub fee_household_hkd: Option<f64>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional)]
    pub fees: Option<String>,
    pub sources: Vec<SourceRef>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DependantResult {
    pub index: usize,
    pub outcome: Outcome,
    pub explanation: String,
    pub what_if: Vec<String>,
    pub missing_facts: Vec<String>,
}

/// The message id for a criterion, route or scheme id: `ttps.a.income` -> `c-ttps-a-income`.
pub fn message_id(prefix: &str, id: &str) -> String {
    format!("{prefix}-{}", id.replace(['.', '_'], "-"))
}

fn text(locale: Locale, m: &Msg) -> String {
    message(locale, m.id, &m.args)
}

pub fn report(e: &Evaluation, locale: Locale) -> Assessment {
    let t = |id: &str| message(locale, id, &args![]);
    let sources = |ids: &[String]| -> Vec<SourceRef> {
        ids.iter()
            .filter_map(|id| e.pack.source(id))
            .map(|s| SourceRef { title: s.title.clone(), url: s.url.clone(), revised: iso(s.revised.0) })
            .collect()
    };
    let results = e
        .schemes
        .iter()
        .map(|s| {
            let routes = s
                .routes
                .iter()
                .map(|r| RouteResult {
                    id: r.id.clone(),
                    name: t(&message_id("r", &r.id)),
                    verdict: r.verdict,
                    criteria: r
                        .criteria
                        .iter()
                        .map(|k| CriterionResult {
                            id: k.id.clone(),
                            label: t(&message_id("c", &k.id)),
                            outcome: k.finding.outcome,
                            role: k.role,
                            explanation: text(locale, &k.finding.detail),
                            facts: k.finding.facts.iter().map(|f| f.to_string()).collect(),
                            sources: sources(&k.sources),
                            review_reason: k
                                .finding
                                .review
                                .as_ref()
                                .filter(|_| k.finding.outcome == Outcome::Review)
                                .map(|m| text(locale, m)),
                        })
                        .collect(),
                })
                .collect();
            let cmp = &s.comparison;
            let stay = cmp
                .stay
                .iter()
                .map(|(routes, months, up_to)| {
                    let names = routes.iter().map(|r| t(&message_id("r", r))).collect::<Vec<_>>().join(" / ");
                    let id = if *up_to { "cmp-stay-up-to" } else { "cmp-stay" };
                    message(locale, id, &args![("months", *months as i64), ("routes", names)])
                })
                .collect();
            let processing = cmp
                .processing
                .iter()
                .map(|(routes, weeks)| {
                    let names = routes.iter().map(|r| t(&message_id("r", r))).collect::<Vec<_>>().join(" / ");
                    message(locale, "cmp-processing", &args![("weeks", *weeks as i64), ("routes", names)])
                })
                .collect();
            let household = cmp.fee_per_person_hkd.zip(cmp.people).map(|(fee, n)| fee * n as f64);
            let fees = cmp.fee_per_person_hkd.map(|fee| match cmp.people {
                Some(n) if n > 1 => message(
                    locale,
                    "cmp-fees-household",
                    &args![("fee", fee), ("people", n), ("total", fee * n as f64)],
                ),
                _ => message(locale, "cmp-fees", &args![("fee", fee)]),
            });
            SchemeResult {
                scheme: s.scheme.id.clone(),
                name: t(&message_id("scheme", &s.scheme.id)),
                verdict: s.verdict,
                verdict_label: t(&message_id("verdict", verdict_id(s.verdict))),
                routes,
                missing_facts: s.missing_facts.clone(),
                review_points: s.review_points.iter().map(|m| text(locale, m)).collect(),
                what_if: s.what_if.iter().map(|m| text(locale, m)).collect(),
                notes: s.notes.iter().map(|m| text(locale, m)).collect(),
                gpt: s.gpt.clone(),
                legacy_points: s.legacy_points.clone(),
                comparison: Comparison {
                    initial_stay: stay,
                    processing,
                    fee_per_person_hkd: cmp.fee_per_person_hkd,
                    fee_household_hkd: household,
                    fees,
                    sources: sources(&cmp.sources),
                },
            }
        })
        .collect();
    Assessment {
        schema: SCHEMA_ID.into(),
        as_of: iso(e.as_of),
        locale,
        rule_pack: PackRef {
            id: e.pack.info.id.clone(),
            version: e.pack.info.version.clone(),
            sha256: e.pack.info.sha256.clone(),
        },
        results,
        dependants: e.dependants.iter().enumerate().map(|(i, f)| dependant(locale, i, f)).collect(),
    }
}

fn dependant(locale: Locale, index: usize, f: &Finding) -> DependantResult {
    DependantResult {
        index,
        outcome: f.outcome,
        explanation: text(locale, &f.detail),
        what_if: f.hints.iter().map(|h| text(locale, h)).collect(),
        missing_facts: f.missing.clone(),
    }
}

pub fn verdict_id(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "eligible",
        Verdict::NotEligible => "not_eligible",
        Verdict::NeedsInfo => "needs_info",
        Verdict::NeedsReview => "needs_review",
    }
}
