//! One function per kind of criterion (`pack::Check`). Each reads only the facts it names, returns
//! met / not met / unknown / review, the message that explains it, what is missing, and hints on what
//! would change the answer. Thresholds, lists, dates and register codes come from the pack.
//!
//! This module holds what every family shares (`Outcome`, `Finding`, `Ctx`) and dispatches each
//! `Check` to its family: identity, age, income, education (degrees and languages), work, offer,
//! money, dependants and scheme-specific criteria. A family may use the ones before it in that list
//! (work and the scheme-specific checks judge "the" degree as education chooses it), never after.
// The helpers that read a fact return `Err(Finding)`: the check's own answer when the fact is
// missing, returned once per criterion, not an error worth boxing.
#![allow(clippy::result_large_err)]

use crate::{
    date::{self, Date, Within},
    facts::{self, IncomeYear, WorkSpans},
    pack::{AssetWindow, Check, CiesInvestmentRule, CountedWork, DatedCountries, IangRule, OfferFlag, Pack, WorkKind},
    profile::{Education, Employment, Field, JobOffer, Level, Profile, PropertyKind, QuotaStatus, Relationship},
    universities::{Membership, membership},
};
use chrono::Datelike;
use serde::Serialize;
use std::cell::OnceCell;
use talentnav_i18n::{ArgValue, args};

pub use crate::{
    date::iso,
    message::{Msg, msg},
};
use ts_rs::TS;

mod age;
mod dependants;
mod education;
mod identity;
mod income;
mod money;
mod offer;
mod scheme;
mod work;

use self::{age::*, education::*, identity::*, income::*, money::*, offer::*, scheme::*, work::*};
pub use self::{
    dependants::{dependant, dependant_for, recent_macao_id},
    education::{Candidate, listed_bachelor},
    scheme::iang_qualification,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    Met,
    NotMet,
    Unknown,
    Review,
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub outcome: Outcome,
    pub detail: Msg,
    pub facts: Vec<&'static str>,
    pub missing: Vec<String>,
    pub review: Option<Msg>,
    pub hints: Vec<Msg>,
}

impl Finding {
    fn new(outcome: Outcome, detail: Msg) -> Self {
        Finding { outcome, detail, facts: Vec::new(), missing: Vec::new(), review: None, hints: Vec::new() }
    }
    pub fn met(detail: Msg) -> Self {
        Self::new(Outcome::Met, detail)
    }
    pub fn not_met(detail: Msg) -> Self {
        Self::new(Outcome::NotMet, detail)
    }
    pub fn unknown(detail: Msg, missing: Vec<String>) -> Self {
        Finding { missing, ..Self::new(Outcome::Unknown, detail) }
    }
    pub fn review(detail: Msg, reason: Msg) -> Self {
        Finding { review: Some(reason), ..Self::new(Outcome::Review, detail) }
    }
    pub fn reads(mut self, facts: &[&'static str]) -> Self {
        self.facts.extend_from_slice(facts);
        self
    }
    pub fn hint(mut self, h: Msg) -> Self {
        self.hints.push(h);
        self
    }
}

/// Everything a check may look at, with derived facts computed at most once per assessment.
pub struct Ctx<'a> {
    pub p: &'a Profile,
    pub on: Date,
    pub pack: &'a Pack,
    income: OnceCell<IncomeYear>,
    bachelor: OnceCell<(Finding, Vec<Candidate>)>,
    iang_degree: OnceCell<(Finding, Vec<Candidate>)>,
}

impl<'a> Ctx<'a> {
    pub fn new(p: &'a Profile, on: Date, pack: &'a Pack) -> Self {
        Ctx { p, on, pack, income: OnceCell::new(), bachelor: OnceCell::new(), iang_degree: OnceCell::new() }
    }
    fn income(&self) -> &IncomeYear {
        self.income.get_or_init(|| facts::income_year(self.p, self.on, self.pack))
    }
    fn iso(&self) -> String {
        iso(self.on)
    }
}

/// Months of work as a person counts them: whole months, never rounded up to a threshold.
fn months_arg(m: f64) -> ArgValue {
    ArgValue::Number(m.floor())
}

pub fn evaluate(check: &Check, c: &Ctx) -> Finding {
    match check {
        Check::NationalityNotIn { list, also_before } => nationality_not_in(c, list, also_before.as_ref()),
        Check::CnPassportOverseas { min_years } => cn_passport_overseas(c, *min_years),
        Check::MainlandResident { required } => mainland_resident(c, *required),
        Check::GoodCharacter => yes_no(
            c.p.applicant.clear_criminal_record,
            "applicant.clear_criminal_record",
            "d-character-clear",
            "d-character-not-clear",
        ),
        Check::FinancialMeans => {
            yes_no(c.p.applicant.financial_means, "applicant.financial_means", "d-financial-yes", "d-financial-no")
        }
        Check::TravelDocumentValid => travel_document(c),
        Check::AgeAtLeast { years, unconfirmed } => age_at_least(c, *years, unconfirmed.as_deref()),
        Check::AgeAtMost { years } => age_at_most(c, *years),
        Check::AgeBetween { min, max, upper_unconfirmed } => age_between(c, *min, *max, upper_unconfirmed.as_deref()),
        Check::IncomeAtLeast { hkd, mixed_years_unconfirmed } => income_at_least(c, *hkd, mixed_years_unconfirmed),
        Check::ListedBachelor => listed_bachelor(c).0.clone(),
        Check::WorkMonthsWithin { months, years, counts } => work_months_within(c, *months, *years, *counts),
        Check::WorkMonthsBelow { months, counts } => work_months_below(c, *months, *counts),
        Check::GraduatedWithinYears { years, boundary_unconfirmed } => {
            graduated_within_years(c, *years, boundary_unconfirmed)
        }
        Check::NotLocalNonLocalUndergraduate => not_local_non_local_undergraduate(c),
        Check::DegreeOrException => degree_or_exception(c),
        Check::LanguageGood { any_of } => language_good(c, any_of),
        Check::LanguagesGoodCount { count, others_unconfirmed } => languages_good_count(c, *count, others_unconfirmed),
        Check::ListedPostgraduate { stem, notes_unconfirmed } => listed_postgraduate(c, *stem, notes_unconfirmed),
        Check::WorkYears { years, kind } => work_years(c, *years, *kind),
        Check::InternationalWorkYears { years, definition_unconfirmed } => {
            international_work_years(c, *years, definition_unconfirmed)
        }
        Check::BusinessProfitAtLeast { hkd, ownership_unconfirmed } => business_profit(c, *hkd, ownership_unconfirmed),
        Check::OwnsListedCompany { ownership_unconfirmed } => owns_listed_company(c, ownership_unconfirmed),
        Check::Achievement => achievement(c),
        Check::JobOffer => job_offer(c),
        Check::Offer { flag } => offer_flag(c, *flag),
        Check::LocalRecruitment { package_hkd, facilitation_from } => {
            local_recruitment(c, *package_hkd, facilitation_from.0)
        }
        Check::TechtasDegree { bachelor_work_months } => techtas_degree(c, *bachelor_work_months),
        Check::IangQualification(q) => c.iang_degree.get_or_init(|| iang_qualification(c, q)).0.clone(),
        Check::TechtasQuota { concurrent_from } => techtas_quota(c, concurrent_from.0),
        Check::NotPreviouslyGranted => yes_no(
            c.p.applicant.previous_ttps_grant.map(|g| !g),
            "applicant.previous_ttps_grant",
            "d-ttps-first-grant",
            "d-ttps-granted-before",
        ),
        Check::GraduatedWithinMonths { months, recent } => graduated_within_months(c, *months, *recent),
        Check::BornOverseas { not_overseas } => born_overseas(c, not_overseas),
        Check::AssgParent => assg_parent(c),
        Check::CiesScope { excluded } => cies_scope(c, excluded),
        Check::NetAssetsAtLeast { hkd, window } => net_assets(c, *hkd, *window),
        Check::CiesInvestment(rule) => cies_investment(c, rule),
        // Aggregates are computed by the engine from the other criteria of their route.
        Check::PointsThreshold { .. } | Check::LegacyPoints { .. } => {
            Finding::unknown(msg("d-internal-aggregate", args![]), Vec::new())
        }
    }
}

fn yes_no(v: Option<bool>, path: &'static str, yes: &'static str, no: &'static str) -> Finding {
    match v {
        Some(true) => Finding::met(msg(yes, args![])),
        Some(false) => Finding::not_met(msg(no, args![])),
        None => Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]),
    }
    .reads(&[path])
}

#[cfg(test)]
mod months_tests {
    #[test]
    fn months_of_work_are_whole_months() {
        assert_eq!(super::months_arg(275.4), talentnav_i18n::ArgValue::Number(275.0));
        assert_eq!(super::months_arg(35.99), talentnav_i18n::ArgValue::Number(35.0));
    }
}
