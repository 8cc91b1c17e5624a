//! Criteria only one scheme has: QMAS's business ownership and achievements, TechTAS's degree and
//! quota, IANG's qualification and its dates, ASSG's parent, New CIES's scope.

use super::*;

pub(super) fn owns_listed_company(c: &Ctx, ownership: &str) -> Finding {
    let path = "applicant.business.owns_listed_company";
    match c.p.applicant.business.as_ref().and_then(|b| b.owns_listed_company) {
        None => Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]),
        Some(true) => Finding::review(msg("d-listed-company-yes", args![]), c.pack.unconfirmed(ownership)),
        Some(false) => Finding::not_met(msg("d-listed-company-no", args![])),
    }
    .reads(&[path])
}

pub(super) fn achievement(c: &Ctx) -> Finding {
    let reads = &["applicant.achievements"];
    let a = c.p.applicant.achievements.clone().unwrap_or_default();
    match (a.exceptional_award, a.peer_recognised_contribution) {
        (Some(true), _) | (_, Some(true)) => {
            Finding::review(msg("d-achievement-claimed", args![]), msg("review-abpt", args![]))
        }
        (Some(false), Some(false)) => Finding::not_met(msg("d-achievement-none", args![])),
        (x, y) => {
            let mut missing = Vec::new();
            if x.is_none() {
                missing.push("applicant.achievements.exceptional_award".into());
            }
            if y.is_none() {
                missing.push("applicant.achievements.peer_recognised_contribution".into());
            }
            Finding::unknown(msg("d-achievement-unknown", args![]), missing)
        }
    }
    .reads(reads)
}

/// A STEM degree from a top-100 university: a master's or doctorate needs no work, a bachelor's a year
/// in the technology area. Anyone else may still be admitted case by case with full justification
/// (§6.2 T5), which only a person can judge: whichever path fell short, the answer is that review, and
/// it is unknown while a flag that could still qualify a degree is.
pub(super) fn techtas_degree(c: &Ctx, bachelor_work_months: f64) -> Finding {
    let reads = &["applicant.education", "applicant.employment"];
    let list = match degrees(c) {
        Ok(l) => l,
        Err(f) => return f,
    };
    let mut missing = Vec::new();
    let mut bachelor_ok = false;
    for (i, e) in list.iter().enumerate() {
        let level = match e.level {
            Some(l) if l >= Level::Bachelor => l,
            Some(_) => continue,
            None => {
                missing.push(format!("applicant.education[{i}].level"));
                continue;
            }
        };
        match (e.stem, e.top100_stem_ranked) {
            (Some(true), Some(true)) if level >= Level::Master => {
                return Finding::met(msg("d-techtas-postgraduate", args![])).reads(reads);
            }
            (Some(true), Some(true)) => bachelor_ok = true,
            (Some(false), _) | (_, Some(false)) => {}
            (s, t) => {
                if s.is_none() {
                    missing.push(format!("applicant.education[{i}].stem"));
                }
                if t.is_none() {
                    missing.push(format!("applicant.education[{i}].top100_stem_ranked"));
                }
            }
        }
    }
    let mut short = false;
    if bachelor_ok {
        let w = facts::work_spans(c.p, c.on, |i, job: &Employment| {
            facts::either(
                job.field
                    .map(|f| f == Field::InnovationTechnology)
                    .ok_or_else(|| vec![format!("applicant.employment[{i}].field")]),
                facts::job_flag(job.principally_rnd, i, "principally_rnd"),
            )
        });
        let f = years_outcome(c, &w, bachelor_work_months / 12.0, reads);
        match f.outcome {
            Outcome::Met => {
                return Finding::met(msg("d-techtas-bachelor-experience", args![("months", bachelor_work_months)]))
                    .reads(reads);
            }
            Outcome::NotMet => short = true,
            _ => missing.extend(f.missing),
        }
    }
    if !missing.is_empty() {
        return Finding::unknown(msg("d-techtas-unknown", args![]), missing).reads(reads);
    }
    let detail = if short {
        msg("d-techtas-bachelor-short-exception", args![("months", bachelor_work_months)])
    } else {
        msg("d-techtas-exception", args![])
    };
    Finding::review(detail, msg("review-techtas-exception", args![])).reads(reads)
}

/// The employer's ITC quota (§6.1): granted, or, from the day quota and visa may be applied for at the
/// same time, applied for; then the quota letter must still reach ImmD before it finishes, so review.
pub(super) fn techtas_quota(c: &Ctx, concurrent_from: Date) -> Finding {
    let o = match offer(c) {
        Err(f) => return f,
        Ok(o) => o,
    };
    // The older yes/no field is read only where a profile gives it without the status.
    let legacy = o.is_some_and(|o| o.employer_techtas_quota_status.is_none() && o.employer_techtas_quota.is_some());
    let reads: &[&'static str] =
        if legacy { &["job_offer.employer_techtas_quota"] } else { &["job_offer.employer_techtas_quota_status"] };
    let from = iso(concurrent_from);
    match o.and_then(|o| o.quota_status()) {
        None => Finding::unknown(
            msg("d-unknown", args![("fact", "job_offer.employer_techtas_quota_status")]),
            vec!["job_offer.employer_techtas_quota_status".into()],
        ),
        Some(QuotaStatus::Granted) => Finding::met(msg("d-offer-quota", args![])),
        Some(QuotaStatus::None) => Finding::not_met(msg("d-offer-no-quota", args![])),
        Some(QuotaStatus::Applied) if c.on >= concurrent_from => {
            Finding::review(msg("d-quota-applied", args![("date", from)]), msg("review-quota-pending", args![]))
        }
        Some(QuotaStatus::Applied) => Finding::not_met(msg("d-quota-applied-before", args![("date", from.clone())]))
            .hint(msg("h-quota-concurrent-from", args![("date", from)])),
    }
    .reads(reads)
}

/// A full-time undergraduate-or-higher qualification from a locally-accredited Hong Kong programme
/// studied as a non-local student, or from a GBA joint campus (pilot since 2022-12-28). For nationals of
/// `ugc_only.countries` (from its date) a Hong Kong degree qualifies only from a UGC-funded programme,
/// not a self-financing one (§1.2, §7.1): the qualifying degree itself, not any other entry.
pub fn iang_qualification(c: &Ctx, q: &IangRule) -> (Finding, Vec<Candidate>) {
    let reads = &["applicant.education", "applicant.nationality"];
    let list = match degrees(c) {
        Ok(l) => l,
        Err(f) => return (f, Vec::new()),
    };
    let nationality = c.p.applicant.nationality.as_ref().map(|n| n.as_str());
    let ugc_only = c.on >= q.ugc_only.from.0
        && nationality.is_some_and(|n| c.pack.countries(&q.ugc_only.list).iter().any(|x| x == n));
    let mut results = Vec::new();
    for (i, e) in list.iter().enumerate() {
        let field = |f: &str| format!("applicant.education[{i}].{f}");
        let mut missing = Vec::new();
        let level = match e.level {
            Some(l) if l >= Level::Bachelor => true,
            Some(_) => false,
            None => {
                missing.push(field("level"));
                true
            }
        };
        if !level {
            continue;
        }
        // For those nationals a self-financed Hong Kong programme closes the local route outright.
        let self_financed = ugc_only && e.ugc_funded == Some(false);
        let local = match (e.hk_local_programme, e.studied_on_hk_student_visa) {
            _ if self_financed => Some(false),
            (Some(true), Some(true)) => Some(true),
            (Some(false), _) | (_, Some(false)) => Some(false),
            (a, b) => {
                if a.is_none() {
                    missing.push(field("hk_local_programme"));
                }
                if b.is_none() {
                    missing.push(field("studied_on_hk_student_visa"));
                }
                None
            }
        };
        let self_financed = self_financed && e.hk_local_programme == Some(true);
        if ugc_only && local != Some(false) && e.ugc_funded.is_none() {
            missing.push(field("ugc_funded"));
        }
        let gba = e.gba_joint_campus;
        if gba.is_none() && local != Some(true) {
            missing.push(field("gba_joint_campus"));
        }
        let full_time = e.full_time;
        if full_time.is_none() {
            missing.push(field("full_time"));
        }
        let institution = e.institution.clone().unwrap_or_default();
        let r = if full_time == Some(false) {
            (i, Outcome::NotMet, msg("d-iang-part-time", args![]), vec![], None)
        } else if local == Some(true) && missing.is_empty() {
            let id = if ugc_only { "d-iang-local-ugc" } else { "d-iang-local" };
            (i, Outcome::Met, msg(id, args![("institution", institution)]), vec![], None)
        } else if gba == Some(true) && missing.is_empty() {
            if c.on < q.gba_from.0 {
                (i, Outcome::NotMet, msg("d-iang-gba-before", args![("date", iso(q.gba_from.0))]), vec![], None)
            } else if c.on > q.gba_confirmed_until.0 {
                (
                    i,
                    Outcome::Review,
                    msg("d-iang-gba-pilot", args![]),
                    vec![],
                    Some(c.pack.unconfirmed(&q.gba_unconfirmed)),
                )
            } else {
                (i, Outcome::Met, msg("d-iang-gba", args![("institution", institution)]), vec![], None)
            }
        } else if missing.is_empty() && self_financed {
            let n = nationality.unwrap_or_default();
            (i, Outcome::NotMet, msg("d-iang-lnv-self-financed", args![("country", n)]), vec![], None)
        } else if missing.is_empty() {
            (i, Outcome::NotMet, msg("d-iang-not-qualifying", args![]), vec![], None)
        } else {
            (i, Outcome::Unknown, msg("d-iang-unknown", args![]), missing, None)
        };
        results.push(r);
    }
    let (f, candidates) = best_of(results, list, msg("d-iang-no-degree", args![]));
    (f.reads(reads), candidates)
}

/// The IANG qualification rule of the pack (the criterion `iang_qualification`), for the checks on the
/// date of the qualifying degree.
pub(super) fn iang_rule(pack: &Pack) -> Option<&IangRule> {
    pack.schemes.iter().flat_map(|s| s.common.iter().chain(s.route.iter().flat_map(|r| &r.criteria))).find_map(|k| {
        match &k.check {
            Check::IangQualification(q) => Some(q),
            _ => None,
        }
    })
}

pub(super) fn graduated_within_months(c: &Ctx, months: i32, recent: bool) -> Finding {
    let reads = &["applicant.education"];
    let (q, candidates) = c.iang_degree.get_or_init(|| match iang_rule(c.pack) {
        Some(rule) => iang_qualification(c, rule),
        None => (Finding::not_met(msg("d-iang-no-degree", args![])), Vec::new()),
    });
    if q.outcome == Outcome::NotMet || candidates.is_empty() {
        return match q.outcome {
            Outcome::Unknown => Finding::unknown(msg("d-iang-unknown", args![]), q.missing.clone()),
            _ => Finding::not_met(msg("d-iang-no-degree", args![])),
        }
        .reads(reads);
    }
    let list = c.p.applicant.education.as_deref().unwrap_or_default();
    best_over(list, candidates, |chosen| {
        let Some(i) = chosen else {
            return Finding::not_met(msg("d-iang-no-degree", args![])).reads(reads);
        };
        let Some(awarded) = list[i].awarded_on.map(|d| d.0) else {
            let p = format!("applicant.education[{i}].awarded_on");
            return Finding::unknown(msg("d-unknown", args![("fact", p.clone())]), vec![p]).reads(reads);
        };
        let limit = iso(date::add_months(awarded, months));
        let a = args![("awarded", iso(awarded)), ("limit", limit.clone()), ("months", months as i64)];
        match (date::within_months_after(awarded, months, c.on), recent) {
            (Within::Inside, true) => {
                Finding::met(msg("d-iang-recent-in", a)).hint(msg("h-iang-recent-closes", args![("date", limit)]))
            }
            (Within::Inside, false) => Finding::not_met(msg("d-iang-still-recent", a)),
            (Within::After, true) => Finding::not_met(msg("d-iang-recent-over", a)),
            (Within::After, false) => Finding::met(msg("d-iang-non-recent-in", a)),
            (Within::OnBoundary, _) => {
                Finding::review(msg("d-iang-boundary", a), msg("review-six-month-boundary", args![]))
            }
            (Within::Before, _) => Finding::not_met(msg("d-iang-not-yet-awarded", a)),
        }
        .reads(reads)
    })
}

pub(super) fn assg_parent(c: &Ctx) -> Finding {
    let path = "applicant.parents";
    let Some(parents) = &c.p.applicant.parents else {
        return Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]).reads(&[path]);
    };
    let mut missing = Vec::new();
    for (i, p) in parents.iter().enumerate() {
        let all = [
            (p.hk_permanent_resident, "hk_permanent_resident"),
            (p.chinese_national, "chinese_national"),
            (p.settled_overseas_at_applicant_birth, "settled_overseas_at_applicant_birth"),
        ];
        if all.iter().all(|(v, _)| *v == Some(true)) {
            return Finding::met(msg("d-assg-parent", args![])).reads(&[path]);
        }
        if all.iter().any(|(v, _)| *v == Some(false)) {
            continue;
        }
        missing.extend(all.iter().filter(|(v, _)| v.is_none()).map(|(_, f)| format!("applicant.parents[{i}].{f}")));
    }
    if missing.is_empty() {
        Finding::not_met(msg("d-assg-no-parent", args![])).reads(&[path])
    } else {
        Finding::unknown(msg("d-assg-parent-unknown", args![]), missing).reads(&[path])
    }
}

pub(super) fn cies_scope(c: &Ctx, excluded: &str) -> Finding {
    let a = &c.p.applicant;
    let excluded = c.pack.countries(excluded);
    let reads = &[
        "applicant.nationality",
        "applicant.macao_resident",
        "applicant.taiwan_resident",
        "applicant.overseas.permanent_resident",
    ];
    if a.stateless == Some(true) {
        return stateless_scope(c).reads(reads);
    }
    let Some(n) = a.nationality.as_ref().map(|n| n.as_str()) else {
        let mut missing = vec!["applicant.nationality".to_string()];
        if a.stateless.is_none() {
            missing.push("applicant.stateless".into());
        }
        return Finding::unknown(msg("d-unknown", args![("fact", "applicant.nationality")]), missing).reads(reads);
    };
    if excluded.iter().any(|x| x == n) {
        return Finding::not_met(msg("d-nationality-excluded", args![("nationality", n)])).reads(reads);
    }
    if n != "CN" {
        return Finding::met(msg("d-cies-foreign", args![("nationality", n)])).reads(reads);
    }
    if a.macao_resident == Some(true) || a.taiwan_resident == Some(true) {
        return Finding::met(msg("d-cies-macao-taiwan", args![])).reads(reads);
    }
    match a.overseas.as_ref().and_then(|o| o.permanent_resident) {
        Some(true) => Finding::met(msg("d-cies-foreign-pr", args![])),
        Some(false) => Finding::not_met(msg("d-cies-chinese-no-pr", args![])),
        None => Finding::unknown(msg("d-cies-unknown", args![]), vec!["applicant.overseas.permanent_resident".into()]),
    }
    .reads(reads)
}

/// Stateless persons may apply with permanent residence abroad and proven re-entry rights (§9.1).
pub(super) fn stateless_scope(c: &Ctx) -> Finding {
    let o = c.p.applicant.overseas.clone().unwrap_or_default();
    match (o.permanent_resident, o.reentry_right) {
        (Some(true), Some(true)) => Finding::met(msg("d-cies-stateless", args![])),
        (Some(false), _) | (_, Some(false)) => Finding::not_met(msg("d-cies-stateless-no-pr", args![])),
        (pr, re) => {
            let mut missing = Vec::new();
            if pr.is_none() {
                missing.push("applicant.overseas.permanent_resident".to_string());
            }
            if re.is_none() {
                missing.push("applicant.overseas.reentry_right".to_string());
            }
            Finding::unknown(msg("d-cies-stateless-unknown", args![]), missing)
        }
    }
}
