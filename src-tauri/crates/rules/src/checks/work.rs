//! Work experience: months within a window, months in all, years of a kind, international work; which
//! work counts is the pack's `CountedWork`.

use super::*;

/// The work `counts` names, for the degree `degree` the route's degree criterion accepted.
pub(super) fn counted_work(c: &Ctx, counts: CountedWork, degree: Option<usize>) -> WorkSpans {
    match counts {
        CountedWork::FullTimeAfterListedBachelor => full_time_after(c, degree),
    }
}

/// Full-time employment or self-employment after graduation from the degree `degree` (TTPS note 5).
pub(super) fn full_time_after(c: &Ctx, degree: Option<usize>) -> WorkSpans {
    let list = c.p.applicant.education.as_deref().unwrap_or_default();
    let graduated = degree.and_then(|i| list[i].awarded_on.map(|d| d.0));
    let awarded_path = degree.filter(|_| graduated.is_none()).map(|i| format!("applicant.education[{i}].awarded_on"));
    facts::work_spans_clipped(
        c.p,
        c.on,
        |i, job| facts::after_graduation(job, i, graduated, awarded_path.as_deref()),
        |i, job| {
            facts::either(
                facts::job_flag(job.full_time, i, "full_time"),
                facts::job_flag(job.self_employed, i, "self_employed"),
            )
        },
    )
}

pub(super) fn work_months_within(c: &Ctx, needed: f64, years: i32, counts: CountedWork) -> Finding {
    let list = c.p.applicant.education.as_deref().unwrap_or_default();
    best_over(list, &listed_bachelor(c).1, |d| months_within_outcome(c, &counted_work(c, counts, d), needed, years))
}

pub(super) fn months_within_outcome(c: &Ctx, w: &WorkSpans, needed: f64, years: i32) -> Finding {
    let reads = &["applicant.employment"];
    let low = date::months_within(&w.certain, c.on, years);
    let all: Vec<_> = w.certain.iter().chain(&w.possible).copied().collect();
    let high = date::months_within(&all, c.on, years);
    let a = args![("months", months_arg(low)), ("needed", needed), ("years", years as i64)];
    if w.unknown_list {
        return Finding::unknown(msg("d-unknown", args![("fact", "applicant.employment")]), w.missing.clone())
            .reads(reads);
    }
    if low >= needed - 1e-9 {
        Finding::met(msg("d-work-within-met", a)).reads(reads)
    } else if high < needed - 1e-9 && w.missing.is_empty() {
        let mut f = Finding::not_met(msg("d-work-within-short", a)).reads(reads);
        if let Some(d) =
            w.ongoing_from.and_then(|from| date::date_reaching(&w.certain, from, c.on, years, needed, 366 * 6))
        {
            f = f.hint(msg("h-work-within-reached", args![("needed", needed), ("date", iso(d))]));
        }
        f
    } else {
        Finding::unknown(msg("d-work-within-unknown", a), w.missing.clone()).reads(reads)
    }
}

pub(super) fn work_months_below(c: &Ctx, limit: f64, counts: CountedWork) -> Finding {
    let list = c.p.applicant.education.as_deref().unwrap_or_default();
    best_over(list, &listed_bachelor(c).1, |d| months_below_outcome(c, &counted_work(c, counts, d), limit))
}

pub(super) fn months_below_outcome(c: &Ctx, w: &WorkSpans, limit: f64) -> Finding {
    let reads = &["applicant.employment"];
    if w.unknown_list {
        return Finding::unknown(msg("d-unknown", args![("fact", "applicant.employment")]), w.missing.clone())
            .reads(reads);
    }
    let low = date::total_months(&w.certain);
    let all: Vec<_> = w.certain.iter().chain(&w.possible).copied().collect();
    let high = date::total_months(&all);
    let a = args![("months", months_arg(low)), ("limit", limit)];
    if low >= limit - 1e-9 {
        Finding::not_met(msg("d-work-below-exceeded", a)).reads(reads)
    } else if high < limit - 1e-9 && w.missing.is_empty() {
        let mut f = Finding::met(msg("d-work-below-met", a)).reads(reads);
        if let Some(d) =
            w.ongoing_from.and_then(|from| date::date_reaching(&w.certain, from, c.on, 100, limit, 366 * 4))
        {
            f = f.hint(msg("h-work-below-closes", args![("limit", limit), ("date", iso(d))]));
        }
        f
    } else {
        Finding::unknown(msg("d-work-below-unknown", a), w.missing.clone()).reads(reads)
    }
}

/// Graduate- or specialist-level work, in whole years over the whole career.
pub(super) fn work_years(c: &Ctx, years: f64, kind: WorkKind) -> Finding {
    let reads = &["applicant.employment"];
    let w = facts::work_spans(c.p, c.on, |i, job| {
        let graduate = facts::job_flag(job.graduate_level, i, "graduate_level");
        match kind {
            WorkKind::Graduate => graduate,
            WorkKind::Renowned => {
                facts::both(graduate, facts::job_flag(job.multinational_or_renowned, i, "multinational_or_renowned"))
            }
            WorkKind::SpecifiedFields => facts::both(
                graduate,
                job.field
                    .map(|f| matches!(f, Field::InnovationTechnology | Field::Finance | Field::InternationalTrade))
                    .ok_or_else(|| vec![format!("applicant.employment[{i}].field")]),
            ),
        }
    });
    years_outcome(c, &w, years, reads)
}

pub(super) fn years_outcome(c: &Ctx, w: &WorkSpans, years: f64, reads: &[&'static str]) -> Finding {
    if w.unknown_list {
        return Finding::unknown(msg("d-unknown", args![("fact", "applicant.employment")]), w.missing.clone())
            .reads(reads);
    }
    let low = date::total_months(&w.certain) / 12.0;
    let all: Vec<_> = w.certain.iter().chain(&w.possible).copied().collect();
    let high = date::total_months(&all) / 12.0;
    let a = args![("years", ArgValue::Number((low * 10.0).floor() / 10.0)), ("needed", years)];
    if low >= years - 1e-9 {
        Finding::met(msg("d-work-years-met", a)).reads(reads)
    } else if high < years - 1e-9 && w.missing.is_empty() {
        let mut f = Finding::not_met(msg("d-work-years-short", a)).reads(reads);
        if let Some(from) = w.ongoing_from
            && let Some(d) = date::date_reaching(&w.certain, from, c.on, 100, years * 12.0, 366 * 6)
        {
            f = f.hint(msg("h-work-years-reached", args![("needed", years), ("date", iso(d))]));
        }
        f
    } else {
        Finding::unknown(msg("d-work-years-unknown", a), w.missing.clone()).reads(reads)
    }
}

/// Work outside the country of nationality. ImmD's note defining "international work experience" is
/// not available (U8): work only at home is clearly not international; anything else is for review.
pub(super) fn international_work_years(c: &Ctx, years: f64, definition: &str) -> Finding {
    let reads = &["applicant.employment", "applicant.nationality"];
    let Some(nat) = c.p.applicant.nationality.as_ref().map(|n| n.as_str().to_string()) else {
        return Finding::unknown(
            msg("d-unknown", args![("fact", "applicant.nationality")]),
            vec!["applicant.nationality".into()],
        )
        .reads(reads);
    };
    let w = facts::work_spans(c.p, c.on, |i, job| {
        facts::both(
            facts::job_flag(job.graduate_level, i, "graduate_level"),
            job.country
                .as_ref()
                .map(|k| k.as_str() != nat)
                .ok_or_else(|| vec![format!("applicant.employment[{i}].country")]),
        )
    });
    let f = years_outcome(c, &w, years, reads);
    match f.outcome {
        Outcome::Met => {
            Finding::review(msg("d-international-review", f.detail.args.clone()), c.pack.unconfirmed(definition))
                .reads(reads)
        }
        Outcome::NotMet => Finding { detail: msg("d-international-short", f.detail.args.clone()), ..f },
        _ => f,
    }
}
