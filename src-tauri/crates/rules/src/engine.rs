//! Evaluates a profile against the pack as of a date: each scheme's routes, their criteria (three-valued
//! plus review), the verdicts, what is missing, what would change the answer. No text here: findings
//! carry message ids, localized by `report`.

use crate::{
    checks::{self, Ctx, Finding, Msg, Outcome, iso, msg},
    date::Date,
    legacy::{self, LegacyPoints},
    pack::{Check, NoteWhen, Pack, Role, Scheme},
    profile::Profile,
};
use serde::Serialize;
use std::{collections::HashMap, rc::Rc};
use talentnav_i18n::args;
use ts_rs::TS;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Verdict {
    // Ordered best first: a scheme takes the best verdict of its routes.
    Eligible,
    NeedsReview,
    NeedsInfo,
    NotEligible,
}

pub struct Evaluation<'p> {
    pub as_of: Date,
    pub pack: &'p Pack,
    pub schemes: Vec<SchemeEval<'p>>,
    pub dependants: Vec<Finding>,
}

pub struct SchemeEval<'p> {
    pub scheme: &'p Scheme,
    pub verdict: Verdict,
    pub routes: Vec<RouteEval<'p>>,
    pub missing_facts: Vec<String>,
    pub review_points: Vec<Msg>,
    pub what_if: Vec<Msg>,
    pub notes: Vec<Msg>,
    pub gpt: Option<Gpt>,
    pub legacy_points: Option<LegacyPoints>,
    pub comparison: ComparisonEval<'p>,
    /// The dependant checks as this scheme applies them.
    pub dependants: Vec<Finding>,
}

pub struct RouteEval<'p> {
    pub id: &'p str,
    pub index: usize,
    pub verdict: Verdict,
    pub criteria: Vec<CriterionEval<'p>>,
}

/// A criterion as it applies to one route. Criteria common to a scheme's routes are evaluated once
/// and their finding shared.
pub struct CriterionEval<'p> {
    pub id: &'p str,
    pub index: usize,
    pub role: Role,
    pub sources: &'p [String],
    pub finding: Rc<Finding>,
}

/// The QMAS General Points Test tally (`gpt` in talentnav.assessment/1).
#[derive(Debug, Clone, Serialize, TS)]
pub struct Gpt {
    pub met: Vec<u32>,
    pub count: usize,
    pub required: usize,
    /// Criteria that may count once reviewed, and those that depend on missing facts.
    pub review: Vec<u32>,
    pub unknown: Vec<u32>,
}

pub struct ComparisonEval<'p> {
    pub stay: Vec<&'p crate::pack::Stay>,
    pub processing: Vec<(Vec<String>, u32)>,
    /// None on the day the fee changed at a time of day: which fee applies depends on the hour.
    pub fee_per_person_hkd: Option<f64>,
    /// (fee before, time, fee from then) on such a day.
    pub fee_by_hour: Option<(f64, String, f64)>,
    /// The applicant plus each admissible dependant (None when dependants are unknown).
    pub people: Option<usize>,
    /// Dependants whose admission is not settled (unknown facts or review): they may add to the fee.
    pub people_open: usize,
    pub sources: Vec<String>,
}

pub fn assess<'p>(p: &Profile, as_of: Date, pack: &'p Pack) -> Evaluation<'p> {
    let c = Ctx::new(p, as_of, pack);
    let dependants: Vec<Finding> =
        (0..p.dependants.as_ref().map_or(0, Vec::len)).map(|i| checks::dependant(&c, i)).collect();
    let schemes: Vec<SchemeEval> = pack.schemes.iter().map(|s| scheme(&c, s, &dependants)).collect();
    let mut eval = Evaluation { as_of, pack, schemes, dependants };
    rank_missing_facts(&mut eval);
    eval
}

fn scheme<'p>(c: &Ctx, s: &'p Scheme, common: &[Finding]) -> SchemeEval<'p> {
    let reversed = c.pack.dependants.macao.reversed_wording.contains(&s.id);
    let dependants: Vec<Finding> = if reversed {
        (0..common.len()).map(|i| checks::dependant_for(c, i, Some(&s.id))).collect()
    } else {
        common.to_vec()
    };
    let mut gpt = None;
    let mut legacy_points = None;
    let operation = s.in_operation.as_ref().and_then(|op| {
        let f = if c.on < op.from.0 {
            Finding::not_met(msg("d-not-in-operation", args![("date", iso(op.from.0))]))
        } else if op.uncertain_until.is_some_and(|u| c.on <= u.0) {
            Finding::review(
                msg("d-operation-start-uncertain", args![("date", iso(op.from.0))]),
                msg("review-operation-start", args![]),
            )
        } else {
            return None;
        };
        Some(CriterionEval {
            id: &s.operation_id,
            index: s.operation_index,
            role: Role::Required,
            sources: &op.sources,
            finding: Rc::new(f),
        })
    });
    let closed = operation.as_ref().is_some_and(|o| o.finding.outcome == Outcome::NotMet);
    let common: Vec<CriterionEval> = if closed {
        Vec::new()
    } else {
        s.common
            .iter()
            .filter(|k| k.period.contains(c.on))
            .map(|k| CriterionEval {
                id: &k.id,
                index: k.index,
                role: k.role,
                sources: &k.sources,
                finding: Rc::new(checks::evaluate(&k.check, c)),
            })
            .collect()
    };
    let routes: Vec<RouteEval> = s
        .route
        .iter()
        .map(|r| {
            let mut criteria: Vec<CriterionEval> = Vec::new();
            if let Some(o) = &operation {
                criteria.push(CriterionEval { finding: Rc::clone(&o.finding), ..*o });
            }
            if closed {
                return RouteEval { id: &r.id, index: r.index, verdict: Verdict::NotEligible, criteria };
            }
            criteria.extend(common.iter().map(|k| CriterionEval { finding: Rc::clone(&k.finding), ..*k }));
            for crit in r.criteria.iter().filter(|k| k.period.contains(c.on)) {
                let finding = match &crit.check {
                    Check::PointsThreshold { required } => {
                        let (f, g) = threshold(&criteria, *required);
                        gpt = Some(g);
                        f
                    }
                    Check::LegacyPoints { pass_mark, international_unconfirmed, renowned_enterprise_unconfirmed } => {
                        let open = legacy::Open {
                            international: international_unconfirmed,
                            renowned_enterprise: renowned_enterprise_unconfirmed,
                        };
                        let (f, points) = legacy::legacy_points(c, *pass_mark, &open);
                        legacy_points = points;
                        f
                    }
                    other => checks::evaluate(other, c),
                };
                criteria.push(CriterionEval {
                    id: &crit.id,
                    index: crit.index,
                    role: crit.role,
                    sources: &crit.sources,
                    finding: Rc::new(finding),
                });
            }
            RouteEval { id: &r.id, index: r.index, verdict: route_verdict(&criteria), criteria }
        })
        .collect();
    let verdict = routes.iter().map(|r| r.verdict).min().unwrap_or(Verdict::NotEligible);
    let (what_if, mut notes) = hints(&routes);
    notes.extend(scheme_notes(c, s, verdict, &routes));
    let review_points = dedup(
        routes
            .iter()
            .filter(|r| r.verdict == Verdict::NeedsReview && verdict == Verdict::NeedsReview)
            .flat_map(|r| r.criteria.iter().filter(|k| k.finding.outcome == Outcome::Review))
            .filter_map(|k| k.finding.review.clone())
            .collect(),
    );
    SchemeEval {
        scheme: s,
        verdict,
        comparison: comparison(c, s, &dependants),
        dependants,
        routes,
        missing_facts: Vec::new(),
        review_points,
        what_if,
        notes,
        gpt,
        legacy_points,
    }
}

fn route_verdict(criteria: &[CriterionEval]) -> Verdict {
    let required: Vec<Outcome> =
        criteria.iter().filter(|k| k.role == Role::Required).map(|k| k.finding.outcome).collect();
    if required.contains(&Outcome::NotMet) {
        Verdict::NotEligible
    } else if required.contains(&Outcome::Unknown) {
        Verdict::NeedsInfo
    } else if required.contains(&Outcome::Review) {
        Verdict::NeedsReview
    } else {
        Verdict::Eligible
    }
}

/// "Meet at least N of the scored criteria": met for sure, out of reach, or waiting on facts / review.
fn threshold(criteria: &[CriterionEval], required: usize) -> (Finding, Gpt) {
    let number = |id: &str| id.rsplit('.').next().and_then(|n| n.parse::<u32>().ok()).unwrap_or(0);
    let scored: Vec<&CriterionEval> = criteria.iter().filter(|k| k.role == Role::Scored).collect();
    let with = |o: Outcome| scored.iter().filter(|k| k.finding.outcome == o).map(|k| number(k.id)).collect::<Vec<_>>();
    let (met, review, unknown) = (with(Outcome::Met), with(Outcome::Review), with(Outcome::Unknown));
    let gpt = Gpt { count: met.len(), required, met: met.clone(), review: review.clone(), unknown: unknown.clone() };
    let a = args![("count", met.len()), ("required", required), ("review", review.len()), ("unknown", unknown.len())];
    let f = if met.len() >= required {
        Finding::met(msg("d-gpt-met", a))
    } else if met.len() + review.len() + unknown.len() < required {
        Finding::not_met(msg("d-gpt-short", a)).hint(msg("h-gpt-more", args![("more", required - met.len())]))
    } else if met.len() + unknown.len() >= required && !unknown.is_empty() {
        let missing = scored
            .iter()
            .filter(|k| k.finding.outcome == Outcome::Unknown)
            .flat_map(|k| k.finding.missing.clone())
            .collect();
        Finding::unknown(msg("d-gpt-unknown", a), missing)
    } else {
        let reason =
            scored.iter().find_map(|k| k.finding.review.clone()).unwrap_or_else(|| msg("review-open", args![]));
        Finding::review(msg("d-gpt-review", a), reason)
    };
    (f, gpt)
}

/// What would change the answer: for a route refused on exactly one criterion, that criterion's hints;
/// for a route that holds, the dates on which it stops holding. Informational hints (`n-…`) are notes.
fn hints(routes: &[RouteEval]) -> (Vec<Msg>, Vec<Msg>) {
    let mut what_if = Vec::new();
    let mut notes = Vec::new();
    for r in routes {
        let refused: Vec<&CriterionEval> =
            r.criteria.iter().filter(|k| k.role == Role::Required && k.finding.outcome == Outcome::NotMet).collect();
        let relevant: Vec<&CriterionEval> = match r.verdict {
            Verdict::NotEligible if refused.len() == 1 => refused,
            Verdict::NotEligible => Vec::new(),
            _ => r.criteria.iter().filter(|k| k.finding.outcome == Outcome::Met).collect(),
        };
        for k in relevant {
            for h in &k.finding.hints {
                if h.id.starts_with("n-") { notes.push(h.clone()) } else { what_if.push(h.clone()) }
            }
        }
        for k in &r.criteria {
            notes.extend(k.finding.hints.iter().filter(|h| h.id.starts_with("n-")).cloned());
        }
    }
    (dedup(what_if), dedup(notes))
}

fn dedup(v: Vec<Msg>) -> Vec<Msg> {
    let mut out: Vec<Msg> = Vec::with_capacity(v.len());
    for m in v {
        if !out.contains(&m) {
            out.push(m);
        }
    }
    out
}

/// The scheme's notes (its `[[note]]`s, in the pack's order) that apply to this answer, then the
/// application channel.
fn scheme_notes(c: &Ctx, s: &Scheme, verdict: Verdict, routes: &[RouteEval]) -> Vec<Msg> {
    let a = &c.p.applicant;
    let stated = |t: Option<&str>| t.is_some_and(|t| !t.trim().is_empty() && t != "none");
    let open = |v: Verdict| matches!(v, Verdict::Eligible | Verdict::NeedsReview);
    let mut notes: Vec<Msg> = s
        .note
        .iter()
        .filter(|n| match n.when {
            NoteWhen::Always => true,
            NoteWhen::Open => open(verdict),
            NoteWhen::MainlandResident => a.mainland_resident == Some(true),
            NoteWhen::RouteOpen => routes.iter().any(|r| n.routes.iter().any(|x| x == r.id) && open(r.verdict)),
            NoteWhen::TalentListStated => stated(a.talent_list_profession.as_deref()),
            NoteWhen::OfferTalentListStated => {
                c.p.has_job_offer == Some(true)
                    && stated(c.p.job_offer.as_ref().and_then(|o| o.talent_list_profession.as_deref()))
            }
            NoteWhen::HkNonLocalDegree => a
                .education
                .iter()
                .flatten()
                .any(|e| e.hk_local_programme == Some(true) && e.studied_on_hk_student_visa == Some(true)),
            // The page words the Macao dependants' exclusion the other way round (§8.3, treated as
            // unconfirmed): a dependant the common rule decides by the One-way Permit is for review there.
            NoteWhen::MacaoReversedWording => {
                let years = c.pack.dependants.macao.years;
                c.p.dependants.iter().flatten().filter_map(|d| d.macao.as_ref()).any(|m| {
                    m.former_mainland_resident == Some(true) && checks::recent_macao_id(m, c.on, years) == Some(true)
                })
            }
        })
        .map(|n| msg(n.id, args![]))
        .collect();
    if let Some(ch) = &s.online_only {
        let date = iso(ch.from.0);
        notes.push(if c.on >= ch.from.0 {
            msg("n-online-only-since", args![("date", date)])
        } else {
            msg("n-paper-until", args![("date", date)])
        });
    }
    notes
}

fn comparison<'p>(c: &Ctx, s: &'p Scheme, dependants: &[Finding]) -> ComparisonEval<'p> {
    let cmp = &s.comparison;
    let fee = c.pack.fees.iter().find(|f| f.period.contains(c.on));
    let fee_by_hour = fee.and_then(|f| {
        let time = f.from_time.clone().filter(|_| f.period.from.is_some_and(|d| d.0 == c.on))?;
        let before = c.pack.fees.iter().find(|g| g.period.contains(c.on - chrono::Duration::days(1)))?;
        Some((before.per_person_hkd, time, f.per_person_hkd))
    });
    let people = c.p.dependants.as_ref().map(|_| 1 + dependants.iter().filter(|d| d.outcome == Outcome::Met).count());
    let people_open = dependants.iter().filter(|d| matches!(d.outcome, Outcome::Unknown | Outcome::Review)).count();
    ComparisonEval {
        stay: cmp.stay.iter().filter(|st| st.applies(c.on)).collect(),
        processing: cmp.processing.iter().map(|p| (p.routes.clone(), p.weeks)).collect(),
        fee_per_person_hkd: if fee_by_hour.is_some() { None } else { fee.map(|f| f.per_person_hkd) },
        fee_by_hour,
        people,
        people_open,
        sources: cmp.sources.clone(),
    }
}

/// `missing_facts` of a scheme: the unknowns of routes that could still succeed, the fact that would
/// settle most routes first (in this scheme, then across all schemes).
fn rank_missing_facts(eval: &mut Evaluation) {
    let mut global: HashMap<String, usize> = HashMap::new();
    let per_scheme: Vec<Vec<(String, usize, usize)>> = eval
        .schemes
        .iter()
        .map(|s| {
            let mut local: Vec<(String, usize, usize)> = Vec::new();
            for r in s.routes.iter().filter(|r| r.verdict == Verdict::NeedsInfo) {
                let mut seen: Vec<&String> = Vec::new();
                for k in r.criteria.iter().filter(|k| k.finding.outcome == Outcome::Unknown) {
                    for path in &k.finding.missing {
                        if seen.contains(&path) {
                            continue;
                        }
                        seen.push(path);
                        match local.iter_mut().find(|(p, _, _)| p == path) {
                            Some(entry) => entry.1 += 1,
                            None => local.push((path.clone(), 1, local.len())),
                        }
                    }
                }
            }
            for (p, n, _) in &local {
                *global.entry(p.clone()).or_default() += n;
            }
            local
        })
        .collect();
    for (s, mut local) in eval.schemes.iter_mut().zip(per_scheme) {
        if s.verdict != Verdict::NeedsInfo {
            continue;
        }
        local.sort_by(|a, b| b.1.cmp(&a.1).then(global[&b.0].cmp(&global[&a.0])).then(a.2.cmp(&b.2)));
        s.missing_facts = local.into_iter().map(|(p, _, _)| p).collect();
    }
}
