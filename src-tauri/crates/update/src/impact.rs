//! What a change of rule pack does to a client: each route whose verdict moves, with the criteria
//! whose outcome moved and the new explanation. The engine runs twice (old pack, new pack); only a
//! client whose answer changed is put into words, so a whole client list is checked quickly.

use serde::Serialize;
use talentnav_i18n::Locale;
use talentnav_rules::{
    checks::Outcome,
    date::Date,
    engine::{self, Evaluation, Verdict},
    pack::Pack,
    profile::Profile,
    report,
};

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CriterionChange {
    pub id: String,
    pub label: String,
    /// None: the criterion is not in that pack (or not in force on the day).
    pub before: Option<Outcome>,
    pub after: Option<Outcome>,
    /// The new pack's explanation (the old one's when the criterion is gone).
    pub why: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct VerdictChange {
    pub scheme: String,
    pub route: String,
    pub route_name: String,
    pub before: Verdict,
    pub after: Verdict,
    pub criteria: Vec<CriterionChange>,
}

/// A route's verdict and its criteria's outcomes, by id.
fn routes<'e>(e: &'e Evaluation) -> impl Iterator<Item = (&'e str, &'e str, Verdict, Vec<(&'e str, Outcome)>)> + 'e {
    e.schemes.iter().flat_map(|s| {
        s.routes.iter().map(move |r| {
            let outcomes = r.criteria.iter().map(|c| (c.id, c.finding.outcome)).collect();
            (s.scheme.id.as_str(), r.id, r.verdict, outcomes)
        })
    })
}

/// The routes whose verdict differs between `old` and `new` for this profile on `as_of`.
pub fn changes(profile: &Profile, as_of: Date, old: &Pack, new: &Pack, locale: Locale) -> Vec<VerdictChange> {
    let (eo, en) = (engine::assess(profile, as_of, old), engine::assess(profile, as_of, new));
    let before: Vec<_> = routes(&eo).collect();
    let moved: Vec<_> = routes(&en)
        .filter_map(|(scheme, route, verdict, outcomes)| {
            let (_, _, was, old_outcomes) = before.iter().find(|b| b.0 == scheme && b.1 == route)?;
            (*was != verdict).then(|| (scheme, route, *was, verdict, old_outcomes.clone(), outcomes))
        })
        .collect();
    if moved.is_empty() {
        return Vec::new();
    }
    // Words only for what moved, and for the old pack only if a criterion is gone from the new one.
    let rn = report::report(&en, locale);
    let ro = std::cell::OnceCell::new();
    let criterion = |r: &report::Assessment, route: &str, id: &str| {
        r.results
            .iter()
            .flat_map(|s| &s.routes)
            .filter(|x| &*x.id == route)
            .flat_map(|x| &x.criteria)
            .find(|c| &*c.id == id)
            .map(|c| (c.label.to_string(), c.explanation.to_string()))
    };
    moved
        .into_iter()
        .map(|(scheme, route, was, now, old_outcomes, new_outcomes)| {
            let mut ids: Vec<&str> = old_outcomes.iter().chain(&new_outcomes).map(|(id, _)| *id).collect();
            ids.dedup();
            let mut seen = std::collections::HashSet::new();
            let criteria = ids
                .into_iter()
                .filter(|id| seen.insert(*id))
                .filter_map(|id| {
                    let b = old_outcomes.iter().find(|(i, _)| *i == id).map(|(_, o)| *o);
                    let a = new_outcomes.iter().find(|(i, _)| *i == id).map(|(_, o)| *o);
                    if a == b {
                        return None;
                    }
                    let (label, why) = criterion(&rn, route, id)
                        .or_else(|| criterion(ro.get_or_init(|| report::report(&eo, locale)), route, id))?;
                    Some(CriterionChange { id: id.to_string(), label, before: b, after: a, why })
                })
                .collect();
            let route_name = rn
                .results
                .iter()
                .flat_map(|s| &s.routes)
                .find(|r| &*r.id == route)
                .map(|r| r.name.to_string())
                .unwrap_or_default();
            VerdictChange {
                scheme: scheme.to_string(),
                route: route.to_string(),
                route_name,
                before: was,
                after: now,
                criteria,
            }
        })
        .collect()
}

/// What a pack change does to one application's checklist: items (`document@party`) the new pack
/// adds, and items it no longer asks for (they would be marked obsolete on regeneration).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChecklistChange {
    pub added: Vec<String>,
    pub obsolete: Vec<String>,
}

pub fn checklist_change(
    profile: &Profile,
    scheme: &str,
    route: Option<&str>,
    on: Date,
    old: &Pack,
    new: &Pack,
) -> ChecklistChange {
    use talentnav_rules::documents::checklist;
    let keys = |pack| checklist(pack, profile, scheme, route, on).into_iter().map(|i| i.key).collect::<Vec<_>>();
    let (before, after) = (keys(old), keys(new));
    ChecklistChange {
        added: after.iter().filter(|k| !before.contains(k)).cloned().collect(),
        obsolete: before.iter().filter(|k| !after.contains(k)).cloned().collect(),
    }
}
