//! The pack's texts that do not depend on a profile (criterion labels, route and scheme names, source
//! lists), localized and JSON-escaped once per pack and locale and copied into every report.

use super::{Check, Criterion, Pack, Role};
use crate::{
    date::iso,
    message::{Shared, message_id},
};
use serde::Serialize;
use serde_json::value::RawValue;
use std::{collections::HashMap, sync::Arc};
use talentnav_i18n::{Args, Locale, args, message};
use ts_rs::TS;

/// A cited source as a report gives it.
#[derive(Debug, Clone, Serialize, TS)]
pub struct SourceRef {
    pub title: String,
    /// Always written, `null` when the source has no address (assessment-v1: {title, url, revised}).
    pub url: Option<String>,
    pub revised: String,
}

/// Indexed by the pack's criterion and route numbers.
pub struct PackTexts {
    pub criterion_labels: Vec<Shared>,
    pub criterion_sources: Vec<Arc<RawValue>>,
    pub route_names: Vec<Shared>,
    pub scheme_names: HashMap<String, Shared>,
    pub scheme_sources: HashMap<String, Arc<RawValue>>,
}

/// `[]`, for a scheme a report does not know.
pub fn no_sources() -> Arc<RawValue> {
    RawValue::from_string("[]".into()).expect("[] is JSON").into()
}

pub(super) fn build(pack: &Pack, locale: Locale) -> PackTexts {
    let label = |prefix: &str, id: &str| Shared::fixed(message(locale, &message_id(prefix, id), &args![]));
    let render = |ids: &[String]| -> Arc<RawValue> {
        let refs: Vec<SourceRef> = ids
            .iter()
            .filter_map(|id| pack.source(id))
            .map(|s| SourceRef { title: s.title_in(locale).to_owned(), url: s.url.clone(), revised: iso(s.revised.0) })
            .collect();
        serde_json::value::to_raw_value(&refs).expect("sources serialize").into()
    };
    let mut t = PackTexts {
        criterion_labels: vec![Shared::fixed(String::new()); pack.criterion_count],
        criterion_sources: vec![no_sources(); pack.criterion_count],
        route_names: vec![Shared::fixed(String::new()); pack.route_count],
        scheme_names: HashMap::new(),
        scheme_sources: HashMap::new(),
    };
    for s in &pack.schemes {
        t.scheme_names.insert(s.id.clone(), label("scheme", &s.id));
        t.scheme_sources.insert(s.id.clone(), render(&s.comparison.sources));
        if let Some(op) = &s.in_operation {
            t.criterion_labels[s.operation_index] = label("c", &s.operation_id);
            t.criterion_sources[s.operation_index] = render(&op.sources);
        }
        let common = s.common.iter().map(|k| (k, 0));
        let routed = s.route.iter().flat_map(|r| {
            let mut scored: Vec<&str> =
                r.criteria.iter().filter(|k| k.role == Role::Scored).map(|k| k.id.as_str()).collect();
            scored.dedup();
            r.criteria.iter().map(move |k| (k, scored.len()))
        });
        for (k, scored) in common.chain(routed) {
            let text = message(locale, &message_id("c", &k.id), &label_args(k, scored));
            t.criterion_labels[k.index] = Shared::fixed(text);
            t.criterion_sources[k.index] = render(&k.sources);
        }
        for r in &s.route {
            t.route_names[r.index] = label("r", &r.id);
        }
    }
    t
}

/// The values a criterion's label states (`c-<id>`), from the criterion itself, so a pack with another
/// threshold reads the same in its label as in its explanations. `scored`: how many criteria of the
/// route are scored (the "6 of the 12" of the QMAS General Points Test).
fn label_args(k: &Criterion, scored: usize) -> Args {
    let years_of = |months: f64| months / 12.0;
    match &k.check {
        Check::AgeAtLeast { years, .. } | Check::AgeAtMost { years } => args![("years", *years as i64)],
        Check::AgeBetween { min, max, .. } => args![("min", *min as i64), ("max", *max as i64)],
        Check::CnPassportOverseas { min_years } => args![("years", *min_years as i64)],
        Check::IncomeAtLeast { hkd, .. }
        | Check::BusinessProfitAtLeast { hkd, .. }
        | Check::NetAssetsAtLeast { hkd, .. }
        | Check::LocalRecruitment { package_hkd: hkd, .. } => args![("hkd", *hkd)],
        Check::CiesInvestment(rule) => args![("hkd", rule.total_hkd)],
        Check::WorkMonthsWithin { months, years, .. } => {
            args![("work_years", years_of(*months)), ("years", *years as i64)]
        }
        Check::WorkMonthsBelow { months, .. } => args![("work_years", years_of(*months))],
        Check::TechtasDegree { bachelor_work_months } => args![("work_years", years_of(*bachelor_work_months))],
        Check::GraduatedWithinYears { years, .. } => args![("years", *years as i64)],
        Check::GraduatedWithinMonths { months, .. } => args![("months", *months as i64)],
        Check::LanguagesGoodCount { count, .. } => args![("count", *count)],
        Check::WorkYears { years, .. } | Check::InternationalWorkYears { years, .. } => args![("years", *years)],
        Check::PointsThreshold { required } => args![("required", *required), ("total", scored)],
        Check::LegacyPoints { pass_mark, .. } => {
            let mut a = args![("points", *pass_mark as i64)];
            if let Some(to) = k.period.to {
                a.insert("until".into(), iso(to.0).into());
            }
            a
        }
        _ => args![],
    }
}
