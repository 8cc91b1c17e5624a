//! `talentnav.assessment/1`: the engine's findings with every explanation localized. Field names of the
//! contract are kept; fields added here are `name`, `label`, `notes`, `comparison`, `dependants`, …

use crate::{
    checks::{Finding, Outcome},
    date::iso,
    engine::{Evaluation, Gpt, Verdict},
    legacy::LegacyPoints,
    message::{Msg, msg},
    pack::{Role, texts::no_sources},
};
pub use crate::{
    message::{Shared, message_id},
    pack::texts::SourceRef,
};
use serde::Serialize;
use serde_json::value::RawValue;
use std::{collections::HashMap, rc::Rc, sync::Arc};
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
    #[ts(type = "string")]
    pub scheme: Arc<str>,
    #[ts(type = "string")]
    pub name: Shared,
    pub verdict: Verdict,
    #[ts(type = "string")]
    pub verdict_label: Shared,
    pub routes: Vec<RouteResult>,
    pub missing_facts: Vec<String>,
    /// `missing_facts` in words, in the same order.
    pub missing_fact_names: Vec<String>,
    #[ts(type = "Array<string>")]
    pub review_points: Vec<Shared>,
    #[ts(type = "Array<string>")]
    pub what_if: Vec<Shared>,
    #[ts(type = "Array<string>")]
    pub notes: Vec<Shared>,
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
    #[ts(type = "string")]
    pub id: Arc<str>,
    #[ts(type = "string")]
    pub name: Shared,
    pub verdict: Verdict,
    pub criteria: Vec<CriterionResult>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct CriterionResult {
    #[ts(type = "string")]
    pub id: Arc<str>,
    /// The criterion as ImmD words it.
    #[ts(type = "string")]
    pub label: Shared,
    pub outcome: Outcome,
    pub role: Role,
    #[ts(type = "string")]
    pub explanation: Shared,
    #[ts(type = "Array<string>")]
    pub facts: Vec<&'static str>,
    #[ts(type = "Array<SourceRef>")]
    pub sources: Arc<RawValue>,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "string")]
    pub review_reason: Option<Shared>,
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
    #[ts(type = "Array<SourceRef>")]
    pub sources: Arc<RawValue>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct DependantResult {
    pub index: usize,
    pub outcome: Outcome,
    #[ts(type = "string")]
    pub explanation: Shared,
    #[ts(type = "Array<string>")]
    pub what_if: Vec<Shared>,
    pub missing_facts: Vec<String>,
    /// Schemes that apply the rule differently to this person (ASSG for recent Macao card holders).
    pub by_scheme: Vec<SchemeDependant>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct SchemeDependant {
    #[ts(type = "string")]
    pub scheme: Arc<str>,
    pub outcome: Outcome,
    #[ts(type = "string")]
    pub explanation: Shared,
    #[serde(skip_serializing_if = "Option::is_none")]
    #[ts(optional, type = "string")]
    pub review_reason: Option<Shared>,
}

thread_local! {
    /// Messages without arguments (most explanations, notes and reasons), formatted once per locale.
    static FIXED: std::cell::RefCell<HashMap<(&'static str, Locale), Shared>> = std::cell::RefCell::new(HashMap::new());
}

/// A profile path as a person reads it: `applicant.education[1].awarded_on` -> "The date on a
/// graduation certificate (item 2)". `None` when the catalogue has no name for it.
pub fn fact_name(locale: Locale, path: &str) -> Option<String> {
    let mut key = String::with_capacity(path.len());
    let mut item = None;
    let mut rest = path;
    while let Some(open) = rest.find('[') {
        key.push_str(&rest[..open]);
        let close = rest[open..].find(']').map(|c| open + c)?;
        if item.is_none() {
            item = rest[open + 1..close].parse::<usize>().ok();
        }
        rest = &rest[close + 1..];
    }
    key.push_str(rest);
    let id = message_id("fact", &key);
    if !talentnav_i18n::message_exists(locale, &id) {
        return None;
    }
    let label = message(locale, &id, &args![]);
    Some(match item {
        Some(n) => message(locale, "fact-item", &args![("label", label), ("n", n + 1)]),
        None => label,
    })
}

/// A fact's name, written as a label ("Whether …"), inside an English sentence ("Not known yet:
/// whether …"); an acronym at the start (two capitals) is left alone.
fn mid_sentence(locale: Locale, name: String) -> String {
    let mut chars = name.chars();
    match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if locale == Locale::En && first.is_uppercase() && !second.is_uppercase() => {
            first.to_lowercase().chain(name.chars().skip(1)).collect()
        }
        _ => name,
    }
}

fn text(locale: Locale, m: &Msg) -> Shared {
    if m.id == "d-unknown" {
        // The fact is a profile path: say it in words.
        if let Some(talentnav_i18n::ArgValue::Text(path)) = m.args.get("fact") {
            let name = fact_name(locale, path).unwrap_or_else(|| path.clone());
            return Shared::new(message(locale, m.id, &args![("fact", mid_sentence(locale, name))]));
        }
    }
    if !m.args.is_empty() {
        return Shared::new(message(locale, m.id, &m.args));
    }
    FIXED.with(|cache| {
        cache
            .borrow_mut()
            .entry((m.id, locale))
            .or_insert_with(|| Shared::fixed(message(locale, m.id, &m.args)))
            .clone()
    })
}

/// `m` in `locale`, as a report writes it.
pub fn render(locale: Locale, m: &Msg) -> String {
    text(locale, m).to_string()
}

pub fn report(e: &Evaluation, locale: Locale) -> Assessment {
    let texts = e.pack.texts(locale);
    // Criteria shared by several routes are localized once.
    let mut explained: HashMap<*const Finding, (Shared, Option<Shared>)> = HashMap::new();
    let results = e
        .schemes
        .iter()
        .map(|s| {
            let routes = s
                .routes
                .iter()
                .map(|r| RouteResult {
                    id: r.id.into(),
                    name: texts.route_names[r.index].clone(),
                    verdict: r.verdict,
                    criteria: r
                        .criteria
                        .iter()
                        .map(|k| {
                            let f = &*k.finding;
                            let (explanation, review_reason) = explained
                                .entry(Rc::as_ptr(&k.finding))
                                .or_insert_with(|| {
                                    let reason = f
                                        .review
                                        .as_ref()
                                        .filter(|_| f.outcome == Outcome::Review)
                                        .map(|m| text(locale, m));
                                    (text(locale, &f.detail), reason)
                                })
                                .clone();
                            CriterionResult {
                                id: k.id.into(),
                                label: texts.criterion_labels[k.index].clone(),
                                outcome: f.outcome,
                                role: k.role,
                                explanation,
                                facts: f.facts.clone(),
                                sources: Arc::clone(&texts.criterion_sources[k.index]),
                                review_reason,
                            }
                        })
                        .collect(),
                })
                .collect();
            let cmp = &s.comparison;
            let route_name = |id: &String| {
                s.routes
                    .iter()
                    .find(|r| r.id == id.as_str())
                    .map(|r| texts.route_names[r.index].to_string())
                    .unwrap_or_default()
            };
            let names = |routes: &[String]| routes.iter().map(route_name).collect::<Vec<_>>().join(" / ");
            let stay = cmp
                .stay
                .iter()
                .map(|st| {
                    let a = |date: Option<crate::profile::Day>| {
                        let mut a = args![("months", st.months as i64), ("routes", names(&st.routes))];
                        if let Some(d) = date {
                            a.insert("date".into(), iso(d.0).into());
                        }
                        a
                    };
                    let (id, date) = if st.at_launch {
                        ("cmp-stay-at-launch", st.period.from)
                    } else if let Some(d) = st.stated_on {
                        ("cmp-stay-as-stated", Some(d))
                    } else if let Some(d) = st.approved_from {
                        ("cmp-stay-approved-from", Some(d))
                    } else if let Some(d) = st.approved_to {
                        ("cmp-stay-approved-to", Some(d))
                    } else if st.up_to {
                        ("cmp-stay-up-to", None)
                    } else {
                        ("cmp-stay", None)
                    };
                    message(locale, id, &a(date))
                })
                .collect();
            let processing = cmp
                .processing
                .iter()
                .map(|(routes, weeks)| {
                    message(locale, "cmp-processing", &args![("weeks", *weeks as i64), ("routes", names(routes))])
                })
                .collect();
            let household = cmp.fee_per_person_hkd.zip(cmp.people).map(|(fee, n)| fee * n as f64);
            let by_hour = cmp.fee_by_hour.as_ref().map(|(before, time, after)| {
                message(
                    locale,
                    "cmp-fees-by-hour",
                    &args![("before", *before), ("time", time.clone()), ("after", *after), ("date", iso(e.as_of))],
                )
            });
            let fees = by_hour.or_else(|| {
                cmp.fee_per_person_hkd.map(|fee| match cmp.people {
                    // Nobody is silently left out: those whose admission is open are said to add.
                    Some(n) if cmp.people_open > 0 => {
                        let all = n + cmp.people_open;
                        message(
                            locale,
                            "cmp-fees-household-open",
                            &args![
                                ("fee", fee),
                                ("people", n),
                                ("total", fee * n as f64),
                                ("open", cmp.people_open),
                                ("all", all),
                                ("total_all", fee * all as f64)
                            ],
                        )
                    }
                    Some(n) if n > 1 => message(
                        locale,
                        "cmp-fees-household",
                        &args![("fee", fee), ("people", n), ("total", fee * n as f64)],
                    ),
                    _ => message(locale, "cmp-fees", &args![("fee", fee)]),
                })
            });
            SchemeResult {
                scheme: s.scheme.id.as_str().into(),
                name: texts
                    .scheme_names
                    .get(&s.scheme.id)
                    .cloned()
                    .unwrap_or_else(|| Shared::fixed(s.scheme.id.clone())),
                verdict: s.verdict,
                verdict_label: text(locale, &msg(verdict_message(s.verdict), args![])),
                routes,
                missing_facts: s.missing_facts.clone(),
                missing_fact_names: s
                    .missing_facts
                    .iter()
                    .map(|p| fact_name(locale, p).unwrap_or_else(|| p.clone()))
                    .collect(),
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
                    sources: texts.scheme_sources.get(&s.scheme.id).cloned().unwrap_or_else(no_sources),
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
        dependants: e.dependants.iter().enumerate().map(|(i, f)| dependant(locale, e, i, f)).collect(),
    }
}

fn dependant(locale: Locale, e: &Evaluation, index: usize, f: &Finding) -> DependantResult {
    let by_scheme = e
        .schemes
        .iter()
        .filter_map(|s| Some((s, s.dependants.get(index)?)))
        .filter(|(_, g)| g.outcome != f.outcome)
        .map(|(s, g)| SchemeDependant {
            scheme: s.scheme.id.as_str().into(),
            outcome: g.outcome,
            explanation: text(locale, &g.detail),
            review_reason: g.review.as_ref().map(|r| text(locale, r)),
        })
        .collect();
    DependantResult {
        index,
        outcome: f.outcome,
        explanation: text(locale, &f.detail),
        what_if: f.hints.iter().map(|h| text(locale, h)).collect(),
        missing_facts: f.missing.clone(),
        by_scheme,
    }
}

fn verdict_message(v: Verdict) -> &'static str {
    match v {
        Verdict::Eligible => "verdict-eligible",
        Verdict::NotEligible => "verdict-not-eligible",
        Verdict::NeedsInfo => "verdict-needs-info",
        Verdict::NeedsReview => "verdict-needs-review",
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

#[cfg(test)]
mod review_fix_tests {
    use super::*;

    #[test]
    fn an_unknown_fact_is_named_mid_sentence_in_english() {
        let m = crate::checks::msg("d-unknown", args![("fact", "dependants[0].macao.one_way_permit")]);
        let en = text(Locale::En, &m).to_string();
        assert!(en.starts_with("Not known yet: whether a family member went to Macao on a One-way Permit"), "{en}");
        assert_eq!(mid_sentence(Locale::En, "HKID held".into()), "HKID held");
        let zh = text(Locale::ZhHant, &m).to_string();
        assert!(zh.starts_with("未有資料：家屬是否經單程證前往澳門"), "{zh}");
    }
}
