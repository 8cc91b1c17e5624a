//! The job offer: held, its features, and local recruitment (or the facilitation that waives it).

use super::*;

/// The offer, when there is one; a finding when there is none or it is not known.
pub(super) fn offer<'a>(c: &Ctx<'a>) -> Result<Option<&'a JobOffer>, Finding> {
    match c.p.has_job_offer {
        None => Err(Finding::unknown(msg("d-unknown", args![("fact", "has_job_offer")]), vec!["has_job_offer".into()])
            .reads(&["has_job_offer"])),
        Some(false) => Err(Finding::not_met(msg("d-offer-none", args![])).reads(&["has_job_offer"])),
        Some(true) => Ok(c.p.job_offer.as_ref()),
    }
}

pub(super) fn job_offer(c: &Ctx) -> Finding {
    match offer(c) {
        Err(f) => f,
        Ok(o) => {
            // No employer's name: say so plainly rather than print empty brackets.
            let m = match o.and_then(|o| o.employer.clone()).filter(|e| !e.trim().is_empty()) {
                Some(employer) => msg("d-offer-held", args![("employer", employer)]),
                None => msg("d-offer-held-unnamed", args![]),
            };
            Finding::met(m).reads(&["has_job_offer", "job_offer"])
        }
    }
}

pub(super) fn offer_flag(c: &Ctx, flag: OfferFlag) -> Finding {
    let o = match offer(c) {
        Err(f) => return f,
        Ok(o) => o,
    };
    let (value, path, yes, no) = {
        let v = |f: fn(&JobOffer) -> Option<bool>| o.and_then(f);
        match flag {
            OfferFlag::FullTime => {
                (v(|o| o.full_time), "job_offer.full_time", "d-offer-full-time", "d-offer-not-full-time")
            }
            OfferFlag::GenuineVacancy => {
                (v(|o| o.genuine_vacancy), "job_offer.genuine_vacancy", "d-offer-genuine", "d-offer-not-genuine")
            }
            OfferFlag::RelevantToBackground => (
                v(|o| o.relevant_to_background),
                "job_offer.relevant_to_background",
                "d-offer-relevant",
                "d-offer-not-relevant",
            ),
            OfferFlag::MarketLevelPay => {
                (v(|o| o.market_level_pay), "job_offer.market_level_pay", "d-offer-market-pay", "d-offer-below-market")
            }
            OfferFlag::DegreeLevelPost => (
                v(|o| o.degree_level_post),
                "job_offer.degree_level_post",
                "d-offer-degree-level",
                "d-offer-not-degree-level",
            ),
            OfferFlag::PrincipallyRnd => {
                (v(|o| o.principally_rnd), "job_offer.principally_rnd", "d-offer-rnd", "d-offer-not-rnd")
            }
        }
    };
    yes_no(value, path, yes, no)
}

/// The employer must show the post cannot readily be filled locally, unless (from 2022-12-28) the
/// package is at least HK$2m or the post is a Talent List profession whose specifications are met.
pub(super) fn local_recruitment(c: &Ctx, package_hkd: f64, facilitation_from: Date) -> Finding {
    let reads = &[
        "job_offer.local_recruitment_difficulty_shown",
        "job_offer.annual_package_hkd",
        "job_offer.talent_list_profession",
    ];
    let o = match offer(c) {
        Err(f) => return f,
        Ok(o) => o.cloned().unwrap_or_default(),
    };
    if o.local_recruitment_difficulty_shown == Some(true) {
        return Finding::met(msg("d-local-shown", args![])).reads(reads);
    }
    let facilitation = c.on >= facilitation_from;
    if facilitation {
        if let Some(p) = o.annual_package_hkd.filter(|p| p.0 >= package_hkd) {
            return Finding::met(msg("d-local-package", args![("package", p.0), ("threshold", package_hkd)]))
                .reads(reads);
        }
        // profile-v1: a profession other than "none" is the applicant's statement that the post meets
        // its specifications; the facilitation is met on that statement (the scheme's notes say ImmD
        // checks it).
        if let Some(tl) = o.talent_list_profession.as_deref().filter(|t| !t.trim().is_empty() && *t != "none") {
            return Finding::met(msg("d-local-talent-list-stated", args![("profession", tl)])).reads(reads);
        }
    }
    let mut missing = Vec::new();
    if o.local_recruitment_difficulty_shown.is_none() {
        missing.push("job_offer.local_recruitment_difficulty_shown".to_string());
    }
    if facilitation && o.annual_package_hkd.is_none() {
        missing.push("job_offer.annual_package_hkd".into());
    }
    if facilitation && o.talent_list_profession.is_none() {
        missing.push("job_offer.talent_list_profession".into());
    }
    if !missing.is_empty() {
        return Finding::unknown(msg("d-local-unknown", args![]), missing).reads(reads);
    }
    let mut f = Finding::not_met(msg(
        if facilitation { "d-local-not-shown" } else { "d-local-not-shown-before" },
        args![("threshold", package_hkd)],
    ))
    .reads(reads);
    if facilitation && let Some(p) = o.annual_package_hkd {
        f = f.hint(msg("h-local-package", args![("short", package_hkd - p.0), ("threshold", package_hkd)]));
    }
    f
}
