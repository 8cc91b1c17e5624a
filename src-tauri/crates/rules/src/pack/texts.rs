//! The pack's texts that do not depend on a profile (criterion labels, route and scheme names, source
//! lists), localized and JSON-escaped once per pack and locale and copied into every report.

use super::Pack;
use crate::{
    date::iso,
    message::{Shared, message_id},
};
use serde::Serialize;
use serde_json::value::RawValue;
use std::{collections::HashMap, sync::Arc};
use talentnav_i18n::{Locale, args, message};
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
            .map(|s| SourceRef { title: s.title.clone(), url: s.url.clone(), revised: iso(s.revised.0) })
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
        for k in s.common.iter().chain(s.route.iter().flat_map(|r| &r.criteria)) {
            t.criterion_labels[k.index] = label("c", &k.id);
            t.criterion_sources[k.index] = render(&k.sources);
        }
        for r in &s.route {
            t.route_names[r.index] = label("r", &r.id);
        }
    }
    t
}
