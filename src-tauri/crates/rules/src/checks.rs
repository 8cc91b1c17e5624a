//! One function per kind of criterion (`pack::Check`). Each reads only the facts it names, returns
//! met / not met / unknown / review, the message that explains it, what is missing, and hints on what
//! would change the answer. Thresholds and dates come from the pack, never from here.
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

fn months_arg(m: f64) -> ArgValue {
    ArgValue::Number((m * 10.0).floor() / 10.0)
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
        Check::IncomeAtLeast { hkd } => income_at_least(c, *hkd),
        Check::ListedBachelor => listed_bachelor(c).0.clone(),
        Check::WorkMonthsWithin { months, years, counts } => work_months_within(c, *months, *years, *counts),
        Check::WorkMonthsBelow { months, counts } => work_months_below(c, *months, *counts),
        Check::GraduatedWithinYears { years } => graduated_within_years(c, *years),
        Check::NotLocalNonLocalUndergraduate => not_local_non_local_undergraduate(c),
        Check::DegreeOrException => degree_or_exception(c),
        Check::LanguageGood { any_of } => language_good(c, any_of),
        Check::LanguagesGoodCount { count } => languages_good_count(c, *count),
        Check::ListedPostgraduate { stem } => listed_postgraduate(c, *stem),
        Check::WorkYears { years, kind } => work_years(c, *years, *kind),
        Check::InternationalWorkYears { years } => international_work_years(c, *years),
        Check::BusinessProfitAtLeast { hkd } => business_profit(c, *hkd),
        Check::OwnsListedCompany => owns_listed_company(c),
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

fn nationality_not_in(c: &Ctx, list: &str, also: Option<&DatedCountries>) -> Finding {
    let countries = c.pack.countries(list);
    let path = "applicant.nationality";
    let Some(n) = &c.p.applicant.nationality else {
        return Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]).reads(&[path]);
    };
    let n = n.as_str();
    if countries.iter().any(|x| x == n) {
        return Finding::not_met(msg("d-nationality-excluded", args![("nationality", n)])).reads(&[path]);
    }
    if let Some(a) = also.filter(|a| c.on <= a.until.0 && c.pack.countries(&a.list).iter().any(|x| x == n)) {
        let from = iso(a.until.0 + chrono::Duration::days(1));
        return Finding::not_met(msg(
            "d-nationality-excluded-until",
            args![("nationality", n), ("date", from.clone())],
        ))
        .reads(&[path])
        .hint(msg("h-nationality-admitted-from", args![("nationality", n), ("date", from)]));
    }
    Finding::met(msg("d-nationality-ok", args![("nationality", n)])).reads(&[path])
}

/// PRC passport holders living abroad (not Mainland, Macao or Taiwan residents) need permanent
/// residence abroad, or a year of residence abroad and to apply from there.
fn cn_passport_overseas(c: &Ctx, min_years: i32) -> Finding {
    let a = &c.p.applicant;
    let reads: &[&'static str] = &["applicant.nationality", "applicant.mainland_resident", "applicant.overseas"];
    match a.nationality.as_ref().map(|n| n.as_str()) {
        None => {
            return Finding::unknown(
                msg("d-unknown", args![("fact", "applicant.nationality")]),
                vec!["applicant.nationality".into()],
            )
            .reads(reads);
        }
        Some("CN") => {}
        Some(_) => return Finding::met(msg("d-overseas-not-applicable", args![])).reads(reads),
    }
    if a.mainland_resident == Some(true) {
        return Finding::met(msg("d-overseas-mainland", args![])).reads(reads);
    }
    if a.macao_resident == Some(true) || a.taiwan_resident == Some(true) {
        return Finding::met(msg("d-overseas-not-applicable", args![])).reads(reads);
    }
    let mut missing: Vec<String> = Vec::new();
    if a.mainland_resident.is_none() {
        missing.push("applicant.mainland_resident".into());
    }
    let o = a.overseas.clone().unwrap_or_default();
    if o.permanent_resident == Some(true) {
        return Finding::met(msg("d-overseas-permanent", args![])).reads(reads);
    }
    let needed_since = date::add_years(c.on, -min_years);
    let long_enough = o.resident_since.map(|s| s.0 <= needed_since);
    let year_route = match (long_enough, o.applying_from_overseas) {
        (Some(true), Some(true)) => Some(true),
        (Some(false), _) | (_, Some(false)) => Some(false),
        _ => None,
    };
    match (o.permanent_resident, year_route) {
        (_, Some(true)) => Finding::met(msg(
            "d-overseas-year",
            args![("since", o.resident_since.map(|d| iso(d.0)).unwrap_or_default())],
        ))
        .reads(reads),
        (Some(false), Some(false)) if missing.is_empty() => {
            let mut f = Finding::not_met(msg("d-overseas-short", args![("years", min_years as i64)])).reads(reads);
            if let (Some(since), Some(true)) = (o.resident_since, o.applying_from_overseas) {
                f = f.hint(msg("h-overseas-year-reached", args![("date", iso(date::add_years(since.0, min_years)))]));
            }
            f
        }
        _ => {
            if o.permanent_resident.is_none() {
                missing.push("applicant.overseas.permanent_resident".into());
            }
            if long_enough.is_none() {
                missing.push("applicant.overseas.resident_since".into());
            }
            if o.applying_from_overseas.is_none() {
                missing.push("applicant.overseas.applying_from_overseas".into());
            }
            Finding::unknown(msg("d-overseas-unknown", args![]), missing).reads(reads)
        }
    }
}

fn mainland_resident(c: &Ctx, required: bool) -> Finding {
    let path = "applicant.mainland_resident";
    match c.p.applicant.mainland_resident {
        None => Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]),
        Some(v) if v == required => {
            Finding::met(msg(if required { "d-mainland-yes" } else { "d-mainland-no" }, args![]))
        }
        Some(_) => {
            Finding::not_met(msg(if required { "d-mainland-required" } else { "d-mainland-use-asmtp" }, args![]))
        }
    }
    .reads(&[path])
}

fn travel_document(c: &Ctx) -> Finding {
    let path = "applicant.travel_document.expires_on";
    match c.p.applicant.travel_document.as_ref().and_then(|t| t.expires_on) {
        None => Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]),
        Some(d) if d.0 >= c.on => Finding::met(msg("d-travel-document-valid", args![("date", iso(d.0))])),
        Some(d) => Finding::not_met(msg("d-travel-document-expired", args![("date", iso(d.0))]))
            .hint(msg("h-renew-travel-document", args![])),
    }
    .reads(&[path])
}

fn birth(c: &Ctx) -> Result<Date, Finding> {
    let path = "applicant.date_of_birth";
    c.p.applicant
        .date_of_birth
        .map(|d| d.0)
        .ok_or_else(|| Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]).reads(&[path]))
}

fn age_at_least(c: &Ctx, years: i32, unconfirmed: Option<&str>) -> Finding {
    let b = match birth(c) {
        Ok(b) => b,
        Err(f) => return f,
    };
    let age = date::age_on(b, c.on);
    let reads = &["applicant.date_of_birth"];
    let turns = iso(date::birthday(b, years));
    if age.ambiguous && (age.years == years - 1) {
        return Finding::review(msg("d-age-leap-day", args![("years", years as i64)]), msg("review-leap-day", args![]))
            .reads(reads);
    }
    if age.years >= years {
        Finding::met(msg("d-age-at-least", args![("age", age.years as i64), ("years", years as i64)])).reads(reads)
    } else if let Some(u) = unconfirmed {
        Finding::review(
            msg("d-age-below-unstated", args![("age", age.years as i64), ("years", years as i64)]),
            c.pack.unconfirmed(u),
        )
        .reads(reads)
    } else {
        Finding::not_met(msg("d-age-below", args![("age", age.years as i64), ("years", years as i64)]))
            .reads(reads)
            .hint(msg("h-age-reaches", args![("years", years as i64), ("date", turns)]))
    }
}

fn age_at_most(c: &Ctx, years: i32) -> Finding {
    let b = match birth(c) {
        Ok(b) => b,
        Err(f) => return f,
    };
    let age = date::age_on(b, c.on);
    let reads = &["applicant.date_of_birth"];
    if age.ambiguous && age.years == years {
        return Finding::review(
            msg("d-age-leap-day", args![("years", (years + 1) as i64)]),
            msg("review-leap-day", args![]),
        )
        .reads(reads);
    }
    if age.years <= years {
        Finding::met(msg("d-age-at-most", args![("age", age.years as i64), ("years", years as i64)])).reads(reads).hint(
            msg("h-age-passes", args![("years", (years + 1) as i64), ("date", iso(date::birthday(b, years + 1)))]),
        )
    } else {
        Finding::not_met(msg("d-age-above", args![("age", age.years as i64), ("years", years as i64)])).reads(reads)
    }
}

fn age_between(c: &Ctx, min: i32, max: i32, upper_unconfirmed: Option<&str>) -> Finding {
    let b = match birth(c) {
        Ok(b) => b,
        Err(f) => return f,
    };
    let age = date::age_on(b, c.on);
    let reads = &["applicant.date_of_birth"];
    let a = |id| msg(id, args![("age", age.years as i64), ("min", min as i64), ("max", max as i64)]);
    if age.ambiguous && (age.years == min - 1 || age.years == max) {
        return Finding::review(a("d-age-range-leap-day"), msg("review-leap-day", args![])).reads(reads);
    }
    let closes = msg("h-age-closes", args![("years", (max + 1) as i64), ("date", iso(date::birthday(b, max + 1)))]);
    if age.years < min {
        Finding::not_met(a("d-age-range-below"))
            .reads(reads)
            .hint(msg("h-age-reaches", args![("years", min as i64), ("date", iso(date::birthday(b, min)))]))
    } else if age.years > max {
        Finding::not_met(a("d-age-range-above")).reads(reads)
    } else if age.years == max && upper_unconfirmed.is_some() {
        Finding::review(a("d-age-range-upper"), c.pack.unconfirmed(upper_unconfirmed.unwrap_or_default()))
            .reads(reads)
            .hint(closes)
    } else {
        let mut f = Finding::met(a("d-age-range-in")).reads(reads);
        if upper_unconfirmed.is_some() {
            f = f.hint(msg("h-age-upper-open", args![("years", max as i64), ("date", iso(date::birthday(b, max)))]));
        }
        f.hint(closes)
    }
}

fn income_at_least(c: &Ctx, threshold: f64) -> Finding {
    let reads = &["applicant.income"];
    match c.income() {
        IncomeYear::Unknown(missing) => {
            Finding::unknown(msg("d-income-unknown", args![]), missing.clone()).reads(reads)
        }
        IncomeYear::None => Finding::not_met(msg("d-income-none", args![("threshold", threshold)])).reads(reads),
        IncomeYear::Known(f) => {
            let base = args![("income", f.hkd.round()), ("threshold", threshold), ("period_end", iso(f.period_end))];
            if let Some(cur) = &f.no_rate {
                return Finding::review(
                    msg("d-income-no-rate", args![("currency", cur.clone()), ("period_end", iso(f.period_end))]),
                    msg("review-no-rate", args![("currency", cur.clone())]),
                )
                .reads(reads);
            }
            if f.mixed_years {
                return Finding::review(msg("d-income-mixed-years", base), c.pack.unconfirmed("U2")).reads(reads);
            }
            let converted = !f.conversions.is_empty();
            if converted && (f.hkd - threshold).abs() <= threshold * 0.05 {
                let (cur, rate, as_of) = f.conversions[0].clone();
                return Finding::review(
                    msg(
                        "d-income-close-converted",
                        args![
                            ("income", f.hkd.round()),
                            ("threshold", threshold),
                            ("currency", cur),
                            ("rate", rate),
                            ("rate_date", iso(as_of))
                        ],
                    ),
                    msg("review-rate-close", args![]),
                )
                .reads(reads);
            }
            let mut found = if f.hkd >= threshold {
                Finding::met(msg(if converted { "d-income-met-converted" } else { "d-income-met" }, base.clone()))
            } else {
                Finding::not_met(msg(
                    if converted { "d-income-below-converted" } else { "d-income-below" },
                    base.clone(),
                ))
                .hint(msg("h-income-short", args![("short", (threshold - f.hkd).round()), ("threshold", threshold)]))
            };
            if let Some((cur, rate, as_of)) = f.conversions.first() {
                found = found.hint(msg(
                    "n-income-rate-used",
                    args![("currency", cur.clone()), ("rate", *rate), ("rate_date", iso(*as_of))],
                ));
            }
            if f.investment_ignored {
                found = found.hint(msg("n-income-investment-ignored", args![]));
            }
            found.reads(reads)
        }
    }
}

/// One degree as a degree criterion judged it: the other criteria of the route that look at "the"
/// degree (its date, the work after it) try each of these and keep the best, so the answer never
/// depends on the order degrees were typed in.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub index: usize,
    pub outcome: Outcome,
    pub missing: Vec<String>,
    pub review: Option<Msg>,
}

type DegreeResult = (usize, Outcome, Msg, Vec<String>, Option<Msg>);

fn rank(o: Outcome) -> u8 {
    match o {
        Outcome::Met => 0,
        Outcome::Review => 1,
        Outcome::Unknown => 2,
        Outcome::NotMet => 3,
    }
}

/// Ties between degrees are broken by what they are (the latest first, then by institution), never by
/// their position in the list.
fn degree_key(list: &[Education], i: usize) -> (std::cmp::Reverse<Option<crate::profile::Day>>, Option<String>) {
    (std::cmp::Reverse(list[i].awarded_on), list[i].institution.clone())
}

/// Whether the rule an institution's degree is judged by is the TTPS one (full-time, not honorary, not
/// from a continuing-education arm) or only "awarded by an eligible university" (QMAS, §3.4).
#[derive(Clone, Copy, PartialEq)]
enum Award {
    Ttps,
    AwardedBy,
}

fn listed_status(c: &Ctx, e: &Education, i: usize, award: Award) -> (Outcome, Msg, Vec<String>, Option<Msg>) {
    let Some(name) = &e.institution else {
        let p = format!("applicant.education[{i}].institution");
        return (Outcome::Unknown, msg("d-unknown", args![("fact", p.clone())]), vec![p], None);
    };
    let on = c.iso();
    match membership(c.pack, name, c.on) {
        Membership::Listed(official) => {
            let mut missing = Vec::new();
            let flag = |v: Option<bool>, field: &str, missing: &mut Vec<String>| {
                if v.is_none() {
                    missing.push(format!("applicant.education[{i}].{field}"));
                }
                v
            };
            let honorary = flag(e.honorary, "honorary", &mut missing) == Some(true);
            let cpe = flag(e.continuing_education_arm, "continuing_education_arm", &mut missing) == Some(true);
            if award == Award::AwardedBy {
                // ImmD's note on "eligible university" is unread (U8): whether an honorary degree or a
                // continuing-education award counts is for a person to judge, not a refusal.
                if honorary || cpe {
                    let id = if honorary { "d-degree-honorary-open" } else { "d-degree-cpe-arm-open" };
                    return (
                        Outcome::Review,
                        msg(id, args![("institution", official)]),
                        vec![],
                        Some(c.pack.unconfirmed("U8")),
                    );
                }
                if !missing.is_empty() {
                    let m = msg("d-degree-listed-details-unknown", args![("institution", official)]);
                    return (Outcome::Unknown, m, missing, None);
                }
                return (
                    Outcome::Met,
                    msg("d-degree-listed", args![("institution", official), ("date", on)]),
                    vec![],
                    None,
                );
            }
            if honorary {
                return (Outcome::NotMet, msg("d-degree-honorary", args![("institution", official)]), vec![], None);
            }
            if cpe {
                return (Outcome::NotMet, msg("d-degree-cpe-arm", args![("institution", official)]), vec![], None);
            }
            let full_time = flag(e.full_time, "full_time", &mut missing);
            if !missing.is_empty() {
                return (
                    Outcome::Unknown,
                    msg("d-degree-listed-details-unknown", args![("institution", official)]),
                    missing,
                    None,
                );
            }
            if full_time == Some(false) {
                return (
                    Outcome::Review,
                    msg("d-degree-listed-part-time", args![("institution", official)]),
                    vec![],
                    Some(msg("review-part-time-degree", args![])),
                );
            }
            (Outcome::Met, msg("d-degree-listed", args![("institution", official), ("date", on)]), vec![], None)
        }
        Membership::Uncertain(official) => (
            Outcome::Review,
            msg("d-degree-list-uncertain", args![("institution", official), ("date", on)]),
            vec![],
            Some(msg("review-list-before-2023-11", args![])),
        ),
        Membership::Predecessor { name, successor, unconfirmed } => (
            Outcome::Review,
            msg("d-degree-predecessor", args![("institution", name), ("successor", successor)]),
            vec![],
            Some(c.pack.unconfirmed(&unconfirmed)),
        ),
        Membership::NotListed(official) => (
            Outcome::NotMet,
            msg("d-degree-not-listed-on", args![("institution", official), ("date", on)]),
            vec![],
            None,
        ),
        Membership::Unknown { suggestion: Some(s) } => (
            Outcome::NotMet,
            msg("d-degree-not-listed-suggest", args![("institution", name.clone()), ("suggestion", s)]),
            vec![],
            None,
        ),
        Membership::Unknown { suggestion: None } => (
            Outcome::NotMet,
            msg("d-degree-not-listed", args![("institution", name.clone()), ("date", on)]),
            vec![],
            None,
        ),
    }
}

/// Combines per-degree results: any met wins, then review, then unknown; otherwise a refusal. The
/// unknowns of every degree are reported; every degree is kept as a candidate.
fn best_of(results: Vec<DegreeResult>, list: &[Education], none: Msg) -> (Finding, Vec<Candidate>) {
    let Some(best) = results.iter().min_by_key(|r| (rank(r.1), degree_key(list, r.0))) else {
        return (Finding::not_met(none), Vec::new());
    };
    let missing: Vec<String> = results.iter().filter(|r| r.1 == Outcome::Unknown).flat_map(|r| r.3.clone()).collect();
    let f = match best.1 {
        Outcome::Met => Finding::met(best.2.clone()),
        Outcome::Review => {
            Finding::review(best.2.clone(), best.4.clone().unwrap_or_else(|| msg("review-open", args![])))
        }
        Outcome::Unknown => Finding::unknown(best.2.clone(), missing),
        Outcome::NotMet => Finding::not_met(best.2.clone()),
    };
    let candidates = results
        .into_iter()
        .map(|(index, outcome, _, missing, review)| Candidate { index, outcome, missing, review })
        .collect();
    (f, candidates)
}

/// A criterion about "the" degree, for each degree a degree criterion could accept, joined with that
/// degree's own outcome there (a recent degree whose listing is unknown leaves the date criterion
/// unknown, not refused); the best wins. With no acceptable degree, each degree is tried as it is;
/// with none at all, `eval(None)`.
fn best_over(list: &[Education], candidates: &[Candidate], eval: impl Fn(Option<usize>) -> Finding) -> Finding {
    let live: Vec<&Candidate> = candidates.iter().filter(|k| k.outcome != Outcome::NotMet).collect();
    let tried: Vec<(Option<usize>, Finding)> = if !live.is_empty() {
        live.iter().map(|k| (Some(k.index), joined(eval(Some(k.index)), k))).collect()
    } else if !candidates.is_empty() {
        candidates.iter().map(|k| (Some(k.index), eval(Some(k.index)))).collect()
    } else {
        vec![(None, eval(None))]
    };
    tried
        .into_iter()
        .min_by_key(|(i, f)| (rank(f.outcome), i.map(|i| degree_key(list, i))))
        .map(|(_, f)| f)
        .expect("at least one degree or none was tried")
}

/// `f` for a degree whose own acceptance is `k`: a refusal stays, then a missing fact, then review.
fn joined(f: Finding, k: &Candidate) -> Finding {
    match (f.outcome, k.outcome) {
        (Outcome::NotMet, _) | (_, Outcome::Met) => f,
        (Outcome::Unknown, k_outcome) => {
            let mut f = f;
            if k_outcome == Outcome::Unknown {
                f.missing.extend(k.missing.iter().cloned());
            }
            f
        }
        (_, Outcome::Unknown) => Finding { outcome: Outcome::Unknown, missing: k.missing.clone(), review: None, ..f },
        (Outcome::Review, _) => f,
        (_, _) => Finding {
            outcome: Outcome::Review,
            review: k.review.clone().or_else(|| Some(msg("review-open", args![]))),
            ..f
        },
    }
}

fn degrees<'a>(c: &Ctx<'a>) -> Result<&'a Vec<Education>, Finding> {
    c.p.applicant.education.as_ref().ok_or_else(|| {
        Finding::unknown(msg("d-unknown", args![("fact", "applicant.education")]), vec!["applicant.education".into()])
            .reads(&["applicant.education"])
    })
}

/// A bachelor's degree from a university on the aggregate list in force on the as-of date; the
/// candidates are every bachelor's degree, with how it fared.
pub fn listed_bachelor<'c>(c: &'c Ctx) -> &'c (Finding, Vec<Candidate>) {
    c.bachelor.get_or_init(|| find_listed_bachelor(c))
}

fn find_listed_bachelor(c: &Ctx) -> (Finding, Vec<Candidate>) {
    let list = match degrees(c) {
        Ok(l) => l,
        Err(f) => return (f, Vec::new()),
    };
    let mut results = Vec::new();
    let mut postgraduate_listed = false;
    for (i, e) in list.iter().enumerate() {
        match e.level {
            Some(Level::Bachelor) => {
                let (o, m, missing, review) = listed_status(c, e, i, Award::Ttps);
                results.push((i, o, m, missing, review));
            }
            Some(Level::Master | Level::Doctorate) => {
                if matches!(listed_status(c, e, i, Award::Ttps).0, Outcome::Met) {
                    postgraduate_listed = true;
                }
            }
            Some(Level::SubDegree) => {}
            None => {
                let p = format!("applicant.education[{i}].level");
                results.push((i, Outcome::Unknown, msg("d-unknown", args![("fact", p.clone())]), vec![p], None));
            }
        }
    }
    let any_decided = results.iter().any(|r| matches!(r.1, Outcome::Met | Outcome::Review | Outcome::Unknown));
    if !any_decided && postgraduate_listed {
        let f = Finding::review(msg("d-degree-postgraduate-only", args![]), c.pack.unconfirmed("U5"));
        let (_, candidates) = best_of(results, list, msg("d-degree-no-bachelor", args![]));
        return (f.reads(&["applicant.education"]), candidates);
    }
    let (f, candidates) = best_of(results, list, msg("d-degree-no-bachelor", args![]));
    (f.reads(&["applicant.education"]), candidates)
}

/// The work `counts` names, for the degree `degree` the route's degree criterion accepted.
fn counted_work(c: &Ctx, counts: CountedWork, degree: Option<usize>) -> WorkSpans {
    match counts {
        CountedWork::FullTimeAfterListedBachelor => full_time_after(c, degree),
    }
}

/// Full-time employment or self-employment after graduation from the degree `degree` (TTPS note 5).
fn full_time_after(c: &Ctx, degree: Option<usize>) -> WorkSpans {
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

fn work_months_within(c: &Ctx, needed: f64, years: i32, counts: CountedWork) -> Finding {
    let list = c.p.applicant.education.as_deref().unwrap_or_default();
    best_over(list, &listed_bachelor(c).1, |d| months_within_outcome(c, &counted_work(c, counts, d), needed, years))
}

fn months_within_outcome(c: &Ctx, w: &WorkSpans, needed: f64, years: i32) -> Finding {
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

fn work_months_below(c: &Ctx, limit: f64, counts: CountedWork) -> Finding {
    let list = c.p.applicant.education.as_deref().unwrap_or_default();
    best_over(list, &listed_bachelor(c).1, |d| months_below_outcome(c, &counted_work(c, counts, d), limit))
}

fn months_below_outcome(c: &Ctx, w: &WorkSpans, limit: f64) -> Finding {
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

fn graduated_within_years(c: &Ctx, years: i32) -> Finding {
    let reads = &["applicant.education"];
    let list = match degrees(c) {
        Ok(l) => l,
        Err(f) => return f,
    };
    best_over(list, &listed_bachelor(c).1, |chosen| {
        let Some(i) = chosen else {
            return Finding::not_met(msg("d-degree-no-bachelor", args![])).reads(reads);
        };
        let Some(awarded) = list[i].awarded_on else {
            let p = format!("applicant.education[{i}].awarded_on");
            return Finding::unknown(msg("d-unknown", args![("fact", p.clone())]), vec![p]).reads(reads);
        };
        let year = awarded.0.year();
        let a = args![("year", year as i64), ("years", years as i64), ("first_year", (c.on.year() - years + 1) as i64)];
        match date::years_back_by_year(awarded.0, c.on, years) {
            Within::Inside => Finding::met(msg("d-graduated-within", a)).reads(reads).hint(msg(
                "h-graduated-window-closes",
                args![("year", (year + years) as i64), ("last_sure", (year + years - 1) as i64)],
            )),
            Within::OnBoundary => {
                Finding::review(msg("d-graduated-boundary", a), c.pack.unconfirmed("U1")).reads(reads)
            }
            Within::After => Finding::not_met(msg("d-graduated-too-long-ago", a)).reads(reads),
            Within::Before => Finding::not_met(msg("d-graduated-future", args![("date", iso(awarded.0))])).reads(reads),
        }
    })
}

fn not_local_non_local_undergraduate(c: &Ctx) -> Finding {
    let reads = &["applicant.education"];
    let list = match degrees(c) {
        Ok(l) => l,
        Err(f) => return f,
    };
    let mut missing = Vec::new();
    for (i, e) in list.iter().enumerate().filter(|(_, e)| e.level == Some(Level::Bachelor)) {
        match (e.hk_local_programme, e.studied_on_hk_student_visa) {
            (Some(true), Some(true)) => return Finding::not_met(msg("d-local-non-local-ug", args![])).reads(reads),
            (Some(false), _) | (_, Some(false)) => {}
            (a, b) => {
                if a.is_none() {
                    missing.push(format!("applicant.education[{i}].hk_local_programme"));
                }
                if b.is_none() {
                    missing.push(format!("applicant.education[{i}].studied_on_hk_student_visa"));
                }
            }
        }
    }
    if missing.is_empty() {
        Finding::met(msg("d-local-non-local-ug-no", args![])).reads(reads)
    } else {
        Finding::unknown(msg("d-local-non-local-ug-unknown", args![]), missing).reads(reads)
    }
}

/// A degree (bachelor's or higher, not honorary); without one, the Director may still consider good
/// technical qualifications, proven abilities or documented experience, which only a person can judge.
fn degree_or_exception(c: &Ctx) -> Finding {
    let reads = &["applicant.education"];
    let list = match degrees(c) {
        Ok(l) => l,
        Err(f) => return f,
    };
    let mut missing = Vec::new();
    for (i, e) in list.iter().enumerate() {
        match (e.level, e.honorary) {
            (Some(l), Some(false)) if l >= Level::Bachelor => {
                return Finding::met(msg("d-degree-held", args![])).reads(reads);
            }
            (Some(l), None) if l >= Level::Bachelor => missing.push(format!("applicant.education[{i}].honorary")),
            (None, _) => missing.push(format!("applicant.education[{i}].level")),
            _ => {}
        }
    }
    if !missing.is_empty() {
        return Finding::unknown(msg("d-degree-held-unknown", args![]), missing).reads(reads);
    }
    Finding::review(msg("d-degree-none-exception", args![]), msg("review-no-degree", args![])).reads(reads)
}

fn languages<'a>(c: &Ctx<'a>) -> Result<&'a Vec<crate::profile::LanguageSkill>, Finding> {
    c.p.applicant.languages.as_ref().ok_or_else(|| {
        Finding::unknown(msg("d-unknown", args![("fact", "applicant.languages")]), vec!["applicant.languages".into()])
            .reads(&["applicant.languages"])
    })
}

fn language_good(c: &Ctx, any_of: &[String]) -> Finding {
    let reads = &["applicant.languages"];
    let list = match languages(c) {
        Ok(l) => l,
        Err(f) => return f,
    };
    let names = any_of.join(",");
    let mut missing = Vec::new();
    for (i, l) in list.iter().enumerate() {
        let Some(code) = &l.language else {
            missing.push(format!("applicant.languages[{i}].language"));
            continue;
        };
        if !any_of.iter().any(|w| w == facts::language_key(code.as_str())) {
            continue;
        }
        match facts::good_both(l) {
            Some(true) => {
                return Finding::met(msg("d-language-good", args![("language", facts::language_key(code.as_str()))]))
                    .reads(reads);
            }
            Some(false) => {}
            None => missing.push(format!("applicant.languages[{i}]")),
        }
    }
    if missing.is_empty() {
        Finding::not_met(msg("d-language-not-good", args![("languages", names)])).reads(reads)
    } else {
        Finding::unknown(msg("d-language-unknown", args![("languages", names)]), missing).reads(reads)
    }
}

fn languages_good_count(c: &Ctx, count: usize) -> Finding {
    let reads = &["applicant.languages"];
    let list = match languages(c) {
        Ok(l) => l,
        Err(f) => return f,
    };
    let mut good: Vec<&str> = Vec::new();
    let mut maybe = 0;
    let mut missing = Vec::new();
    for (i, l) in list.iter().enumerate() {
        let key = l.language.as_ref().map(|c| facts::language_key(c.as_str()));
        match (key, facts::good_both(l)) {
            (Some(k), Some(true)) if !good.contains(&k) => good.push(k),
            (Some(_), Some(_)) => {}
            _ => {
                maybe += 1;
                missing.push(format!("applicant.languages[{i}]"));
            }
        }
    }
    let a = args![("count", good.len()), ("needed", count), ("languages", good.join(","))];
    if good.len() >= count {
        if good.iter().any(|k| *k == "zh" || *k == "en") {
            Finding::met(msg("d-languages-count-met", a)).reads(reads)
        } else {
            Finding::review(msg("d-languages-count-other", a), c.pack.unconfirmed("U8")).reads(reads)
        }
    } else if good.len() + maybe >= count {
        Finding::unknown(msg("d-languages-count-unknown", a), missing).reads(reads)
    } else {
        Finding::not_met(msg("d-languages-count-short", a)).reads(reads)
    }
}

/// A master's or doctorate awarded by an eligible university (QMAS criteria 2 and 3, §3.4): full-time
/// or not. A stand-alone business school that is not on the list (the pack's dated list of them) is
/// for review: a news report says some count, ImmD's note is unread (U8).
fn listed_postgraduate(c: &Ctx, stem: bool) -> Finding {
    let reads = &["applicant.education"];
    let list = match degrees(c) {
        Ok(l) => l,
        Err(f) => return f,
    };
    let mut results = Vec::new();
    for (i, e) in list.iter().enumerate() {
        match e.level {
            Some(Level::Master | Level::Doctorate) => {}
            Some(_) => continue,
            None => {
                let p = format!("applicant.education[{i}].level");
                results.push((i, Outcome::Unknown, msg("d-unknown", args![("fact", p.clone())]), vec![p], None));
                continue;
            }
        }
        let (mut o, mut m, mut missing, mut review) = listed_status(c, e, i, Award::AwardedBy);
        let school = e.institution.as_deref().and_then(|n| business_school(c.pack, n, c.on));
        if let Some(school) = school.filter(|_| o == Outcome::NotMet) {
            o = Outcome::Review;
            m = msg("d-postgraduate-business-school", args![("institution", school)]);
            review = Some(c.pack.unconfirmed("U8"));
        }
        if stem && o != Outcome::NotMet {
            match e.stem {
                Some(true) => {}
                Some(false) => {
                    o = Outcome::NotMet;
                    m = msg("d-postgraduate-not-stem", args![("subject", e.subject.clone().unwrap_or_default())]);
                }
                None => {
                    o = Outcome::Unknown;
                    missing.push(format!("applicant.education[{i}].stem"));
                    m = msg("d-unknown", args![("fact", format!("applicant.education[{i}].stem"))]);
                }
            }
            if o == Outcome::Met {
                m = msg("d-postgraduate-stem", args![("subject", e.subject.clone().unwrap_or_default())]);
            }
        }
        results.push((i, o, m, missing, review));
    }
    best_of(results, list, msg("d-postgraduate-none", args![])).0.reads(reads)
}

/// The official name of a stand-alone business school on the pack's list in force on `on`.
fn business_school(pack: &Pack, name: &str, on: Date) -> Option<String> {
    let key = crate::universities::normalize(name);
    pack.business_schools
        .school
        .iter()
        .filter(|s| s.period.contains(on))
        .find(|s| std::iter::once(&s.name).chain(&s.aliases).any(|n| crate::universities::normalize(n) == key))
        .map(|s| s.name.clone())
}

/// Graduate- or specialist-level work, in whole years over the whole career.
fn work_years(c: &Ctx, years: f64, kind: WorkKind) -> Finding {
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

fn years_outcome(c: &Ctx, w: &WorkSpans, years: f64, reads: &[&'static str]) -> Finding {
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
fn international_work_years(c: &Ctx, years: f64) -> Finding {
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
            Finding::review(msg("d-international-review", f.detail.args.clone()), c.pack.unconfirmed("U8")).reads(reads)
        }
        Outcome::NotMet => Finding { detail: msg("d-international-short", f.detail.args.clone()), ..f },
        _ => f,
    }
}

fn business_profit(c: &Ctx, hkd: f64) -> Finding {
    let path = "applicant.business.owned_entity_profit_hkd";
    match c.p.applicant.business.as_ref().and_then(|b| b.owned_entity_profit_hkd) {
        None => Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]),
        Some(p) if p.0 >= hkd => Finding::review(
            msg("d-business-profit-met", args![("profit", p.0), ("threshold", hkd)]),
            c.pack.unconfirmed("U8"),
        ),
        Some(p) if p.0 == 0.0 => Finding::not_met(msg("d-business-none", args![("threshold", hkd)])),
        Some(p) => Finding::not_met(msg("d-business-profit-below", args![("profit", p.0), ("threshold", hkd)])),
    }
    .reads(&[path])
}

fn owns_listed_company(c: &Ctx) -> Finding {
    let path = "applicant.business.owns_listed_company";
    match c.p.applicant.business.as_ref().and_then(|b| b.owns_listed_company) {
        None => Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]),
        Some(true) => Finding::review(msg("d-listed-company-yes", args![]), c.pack.unconfirmed("U8")),
        Some(false) => Finding::not_met(msg("d-listed-company-no", args![])),
    }
    .reads(&[path])
}

fn achievement(c: &Ctx) -> Finding {
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

/// The offer, when there is one; a finding when there is none or it is not known.
fn offer<'a>(c: &Ctx<'a>) -> Result<Option<&'a JobOffer>, Finding> {
    match c.p.has_job_offer {
        None => Err(Finding::unknown(msg("d-unknown", args![("fact", "has_job_offer")]), vec!["has_job_offer".into()])
            .reads(&["has_job_offer"])),
        Some(false) => Err(Finding::not_met(msg("d-offer-none", args![])).reads(&["has_job_offer"])),
        Some(true) => Ok(c.p.job_offer.as_ref()),
    }
}

fn job_offer(c: &Ctx) -> Finding {
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

fn offer_flag(c: &Ctx, flag: OfferFlag) -> Finding {
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
fn local_recruitment(c: &Ctx, package_hkd: f64, facilitation_from: Date) -> Finding {
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

/// A STEM degree from a top-100 university: a master's or doctorate needs no work, a bachelor's a year
/// in the technology area. Anyone else may still be admitted case by case with full justification
/// (§6.2 T5), which only a person can judge: whichever path fell short, the answer is that review, and
/// it is unknown while a flag that could still qualify a degree is.
fn techtas_degree(c: &Ctx, bachelor_work_months: f64) -> Finding {
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
fn techtas_quota(c: &Ctx, concurrent_from: Date) -> Finding {
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
                (i, Outcome::Review, msg("d-iang-gba-pilot", args![]), vec![], Some(c.pack.unconfirmed("U21")))
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
fn iang_rule(pack: &Pack) -> Option<&IangRule> {
    pack.schemes.iter().flat_map(|s| s.common.iter().chain(s.route.iter().flat_map(|r| &r.criteria))).find_map(|k| {
        match &k.check {
            Check::IangQualification(q) => Some(q),
            _ => None,
        }
    })
}

fn graduated_within_months(c: &Ctx, months: i32, recent: bool) -> Finding {
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

fn born_overseas(c: &Ctx, not_overseas: &str) -> Finding {
    let path = "applicant.place_of_birth";
    match c.p.applicant.place_of_birth.as_ref().map(|p| p.as_str()) {
        None => Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]),
        Some(p) if c.pack.countries(not_overseas).iter().any(|x| x == p) => {
            Finding::not_met(msg("d-born-not-overseas", args![("country", p)]))
        }
        Some(p) => Finding::met(msg("d-born-overseas", args![("country", p)])),
    }
    .reads(&[path])
}

fn assg_parent(c: &Ctx) -> Finding {
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

fn cies_scope(c: &Ctx, excluded: &str) -> Finding {
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
fn stateless_scope(c: &Ctx) -> Finding {
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

/// HK$ bounds of what may count: `low` surely counts, `high` at most; `missing` says what is unknown.
#[derive(Default)]
struct Bounds {
    low: f64,
    high: f64,
    missing: Vec<String>,
    notes: Vec<Msg>,
    /// A residential property that meets today's price threshold but not the one in force when it
    /// was bought: the dossier does not say which date governs (§9.3).
    threshold_open: bool,
}

impl Bounds {
    fn add(&mut self, low: f64, high: f64) {
        self.low += low;
        self.high += high;
    }
}

/// An asset class up to its cap: an unknown amount may add anything up to the cap (or without limit).
fn capped(b: &mut Bounds, v: Option<f64>, cap: Option<f64>, path: &str, over: Option<Msg>) {
    match v {
        Some(v) => {
            let counted = cap.map_or(v, |c| v.min(c));
            if counted < v {
                b.notes.extend(over);
            }
            b.add(counted, counted);
        }
        None => {
            b.add(0.0, cap.unwrap_or(f64::INFINITY));
            b.missing.push(path.to_string());
        }
    }
}

/// The New CIES investment: HK$3m in the CIES Investment Portfolio and, with it, HK$30m in permissible
/// assets, each class within its cap; property only from its dates and thresholds (§9.2–9.3). Caps are
/// those in force on the as-of date. A total real-estate cap the dossier leaves open (U17) makes the
/// answer review when it decides it.
fn cies_investment(c: &Ctx, rule: &CiesInvestmentRule) -> Finding {
    let path = "applicant.assets.planned_investment";
    let reads = &["applicant.assets.planned_investment", "applicant.assets.planned_investment_hkd"];
    let assets = c.p.applicant.assets.as_ref();
    let Some(inv) = assets.and_then(|a| a.planned_investment.as_ref()) else {
        // Only a total: it can refuse, never accept, since the classes and caps are not known.
        let total = assets.and_then(|a| a.planned_investment_hkd).map(|m| m.0);
        return match total {
            Some(t) if t < rule.total_hkd => {
                Finding::not_met(msg("d-investment-below", args![("amount", t), ("threshold", rule.total_hkd)]))
                    .hint(msg("h-amount-short", args![("short", rule.total_hkd - t), ("threshold", rule.total_hkd)]))
            }
            Some(t) => Finding::unknown(msg("d-cies-classes-unknown", args![("amount", t)]), vec![path.into()]),
            None => Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]),
        }
        .reads(reads);
    };
    let on = c.on;
    let mut b = Bounds::default();
    let portfolio = inv.cies_portfolio_hkd.map(|m| m.0);
    if let Some(p) = portfolio.filter(|p| *p < rule.portfolio_min_hkd) {
        return Finding::not_met(msg(
            "d-cies-portfolio-below",
            args![("amount", p), ("minimum", rule.portfolio_min_hkd)],
        ))
        .reads(reads);
    }
    capped(&mut b, portfolio, None, "applicant.assets.planned_investment.cies_portfolio_hkd", None);
    capped(
        &mut b,
        inv.equities_debt_hkd.map(|m| m.0),
        None,
        "applicant.assets.planned_investment.equities_debt_hkd",
        None,
    );
    let cd_cap = rule.certificates_of_deposit_cap_hkd;
    capped(
        &mut b,
        inv.certificates_of_deposit_hkd.map(|m| m.0),
        Some(cd_cap),
        "applicant.assets.planned_investment.certificates_of_deposit_hkd",
        Some(msg("n-cies-cd-cap", args![("cap", cd_cap)])),
    );
    let pf_cap = rule.private_funds_cap_hkd;
    capped(
        &mut b,
        inv.private_funds_hkd.map(|m| m.0),
        Some(pf_cap),
        "applicant.assets.planned_investment.private_funds_hkd",
        Some(msg("n-cies-funds-cap", args![("cap", pf_cap)])),
    );
    // Real estate: each property (low, high) by kind, then each kind's cap, then the total cap.
    let residential = CiesInvestmentRule::on(&rule.residential, on);
    let non_res_cap = CiesInvestmentRule::on(&rule.non_residential_cap, on).map(|d| d.hkd);
    let (mut res, mut non_res) = ((0.0, 0.0), (0.0, 0.0));
    match &inv.properties {
        None => {
            b.missing.push("applicant.assets.planned_investment.properties".into());
            res.1 = rule.residential_cap_hkd;
            non_res.1 = non_res_cap.unwrap_or(f64::INFINITY);
        }
        Some(list) => {
            for (i, p) in list.iter().enumerate() {
                let field = |f: &str| format!("applicant.assets.planned_investment.properties[{i}].{f}");
                let (low, high) = property(&mut b, p, rule, residential, on, &field);
                match p.kind {
                    Some(PropertyKind::Residential) => res = (res.0 + low, res.1 + high),
                    Some(PropertyKind::NonResidential) => non_res = (non_res.0 + low, non_res.1 + high),
                    None => {
                        b.missing.push(field("kind"));
                        non_res.1 += high;
                        res.1 += high;
                    }
                }
            }
        }
    }
    let cap = |v: (f64, f64), cap: Option<f64>| cap.map_or(v, |c| (v.0.min(c), v.1.min(c)));
    if res.0 > rule.residential_cap_hkd {
        b.notes.push(msg("n-cies-residential-cap", args![("cap", rule.residential_cap_hkd)]));
    }
    if non_res_cap.is_some_and(|c| non_res.0 > c) {
        b.notes.push(msg("n-cies-non-residential-cap", args![("cap", non_res_cap.unwrap_or_default())]));
    }
    let res = cap(res, Some(rule.residential_cap_hkd));
    let non_res = cap(non_res, non_res_cap);
    let estate = (res.0 + non_res.0, res.1 + non_res.1);
    let total_cap = CiesInvestmentRule::on(&rule.real_estate_cap, on);
    let mut open_cap = None;
    let estate = match total_cap {
        Some(t) if t.unconfirmed.is_some() => {
            // The cap may or may not apply: the low bound takes it, the high bound does not.
            if estate.1 > t.hkd {
                open_cap = Some(t);
            }
            (estate.0.min(t.hkd), estate.1)
        }
        Some(t) => {
            if estate.0 > t.hkd {
                b.notes.push(msg("n-cies-real-estate-cap", args![("cap", t.hkd)]));
            }
            (estate.0.min(t.hkd), estate.1.min(t.hkd))
        }
        None => estate,
    };
    b.add(estate.0, estate.1);
    let a = args![("amount", b.low), ("threshold", rule.total_hkd), ("minimum", rule.portfolio_min_hkd)];
    let mut f = if portfolio.is_some() && b.low >= rule.total_hkd - 1e-6 {
        Finding::met(msg("d-cies-investment-met", a))
    } else if b.high < rule.total_hkd - 1e-6 {
        Finding::not_met(msg("d-cies-investment-below", a))
            .hint(msg("h-amount-short", args![("short", rule.total_hkd - b.high), ("threshold", rule.total_hkd)]))
    } else if !b.missing.is_empty() {
        Finding::unknown(msg("d-cies-investment-unknown", a), std::mem::take(&mut b.missing))
    } else if b.threshold_open {
        Finding::review(
            msg("d-cies-residential-threshold-open", args![("amount", b.low), ("threshold", rule.total_hkd)]),
            msg("review-cies-residential-threshold-date", args![]),
        )
    } else if let Some(t) = open_cap {
        Finding::review(
            msg("d-cies-real-estate-cap-open", args![("amount", b.low), ("cap", t.hkd), ("threshold", rule.total_hkd)]),
            c.pack.unconfirmed(t.unconfirmed.as_deref().unwrap_or_default()),
        )
    } else {
        Finding::not_met(msg("d-cies-investment-below", a))
    };
    for n in b.notes {
        f = f.hint(n);
    }
    f.reads(reads)
}

/// What one property may count, as (surely, at most), before the caps of its kind.
fn property(
    b: &mut Bounds,
    p: &crate::profile::Property,
    rule: &CiesInvestmentRule,
    residential: Option<&crate::pack::DatedAmount>,
    on: Date,
    field: &dyn Fn(&str) -> String,
) -> (f64, f64) {
    let mut unknown = Vec::new();
    let counted = p.counted_hkd.map(|m| m.0);
    if counted.is_none() {
        unknown.push(field("counted_hkd"));
    }
    let upper = counted.unwrap_or(f64::INFINITY);
    match p.transaction_date {
        Some(d) if d.0 < rule.investments_from.0 => {
            b.notes.push(msg("n-cies-before-launch", args![("date", iso(rule.investments_from.0))]));
            return (0.0, 0.0);
        }
        Some(_) => {}
        None => unknown.push(field("transaction_date")),
    }
    if p.kind == Some(PropertyKind::Residential) {
        // Residential property became a permissible asset on 16 October 2024 (§9.3): a transaction
        // before then never was one, so the transaction date, when known, decides the rule and price.
        let bought = p.transaction_date.map_or(on, |d| d.0);
        let now = residential;
        let residential = p.transaction_date.map_or(now, |d| CiesInvestmentRule::on(&rule.residential, d.0));
        let Some(r) = residential else {
            let first = rule.residential.iter().filter_map(|r| r.period.from).min().map(|d| iso(d.0));
            b.notes.push(msg("n-cies-residential-not-yet", args![("date", first.unwrap_or_default())]));
            return (0.0, 0.0);
        };
        match p.price_hkd.map(|m| m.0) {
            Some(price) if price < r.hkd && now.is_some_and(|n| price >= n.hkd) => {
                b.threshold_open = true;
                return (0.0, upper);
            }
            Some(price) if price < r.hkd => {
                b.notes.push(msg(
                    "n-cies-residential-price",
                    args![("price", price), ("minimum", r.hkd), ("date", iso(bought))],
                ));
                return (0.0, 0.0);
            }
            Some(_) => {}
            None => unknown.push(field("price_hkd")),
        }
    }
    if unknown.is_empty() {
        (upper, upper)
    } else {
        b.missing.extend(unknown);
        (0.0, upper)
    }
}

fn net_assets(c: &Ctx, hkd: f64, window: AssetWindow) -> Finding {
    let assets = c.p.applicant.assets.as_ref();
    let (value, path, id) = match window {
        AssetWindow::SixMonths => {
            (assets.and_then(|a| a.net_assets_hkd_min_6m), "applicant.assets.net_assets_hkd_min_6m", "d-net-assets-6m")
        }
        AssetWindow::TwoYears => {
            (assets.and_then(|a| a.net_assets_hkd_min_2y), "applicant.assets.net_assets_hkd_min_2y", "d-net-assets-2y")
        }
    };
    amount_at_least(value.map(|m| m.0), hkd, path, id)
}

/// `id` is a message family: `<id>-met`, `<id>-below`.
fn amount_at_least(value: Option<f64>, hkd: f64, path: &'static str, id: &'static str) -> Finding {
    let (met, below) = match id {
        "d-net-assets-6m" => ("d-net-assets-6m-met", "d-net-assets-6m-below"),
        _ => ("d-net-assets-2y-met", "d-net-assets-2y-below"),
    };
    match value {
        None => Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]),
        Some(v) if v >= hkd => Finding::met(msg(met, args![("amount", v), ("threshold", hkd)])),
        Some(v) => Finding::not_met(msg(below, args![("amount", v), ("threshold", hkd)]))
            .hint(msg("h-amount-short", args![("short", hkd - v), ("threshold", hkd)])),
    }
    .reads(&[path])
}

/// Former Mainland residents who have held a Macao identity card for less than seven years are not
/// admissible as dependants unless they went to Macao on a One-way Permit (§1.2). Asked of dependants
/// living in Macao; `None` when the rule does not exclude them.
/// For ASSG, whose page words the exception the other way round (§8.3, unconfirmed), a recent Macao
/// card holder is for review whichever way the One-way Permit fact goes.
fn macao_exclusion(c: &Ctx, d: &crate::profile::Dependant, i: usize, assg: bool) -> Option<Finding> {
    let path = |f: &str| format!("dependants[{i}].macao.{f}");
    let in_macao = d.resident_of.as_ref().is_some_and(|r| r.as_str() == "MO") || d.macao.is_some();
    if !in_macao {
        return None;
    }
    let m = d.macao.clone().unwrap_or_default();
    let years = c.pack.dependants.macao.years;
    let recent = recent_macao_id(&m, c.on, years);
    let unknown = |p: String| Some(Finding::unknown(msg("d-unknown", args![("fact", p.clone())]), vec![p]));
    match (m.former_mainland_resident, recent, m.one_way_permit) {
        (Some(true), Some(true), Some(_)) if assg => {
            Some(Finding::review(msg("d-dependant-macao-assg", args![]), msg("review-assg-macao", args![])))
        }
        (Some(false), _, _) | (_, Some(false), _) | (_, _, Some(true)) => None,
        (Some(true), Some(true), Some(false)) => {
            let since = m.macao_id_since.map(|d| iso(d.0)).unwrap_or_default();
            let until = m.macao_id_since.map(|d| iso(date::add_years(d.0, years))).unwrap_or_default();
            Some(Finding::not_met(msg("d-dependant-macao-recent", args![("since", since), ("date", until)])))
        }
        (None, _, _) => unknown(path("former_mainland_resident")),
        (_, None, _) => unknown(path("macao_id_since")),
        (_, _, None) => unknown(path("one_way_permit")),
    }
}

/// Whether a Macao identity card has been held for less than `years` years on `on`.
pub fn recent_macao_id(m: &crate::profile::DependantMacao, on: Date, years: i32) -> Option<bool> {
    m.macao_id_since.map(|s| s.0 > date::add_years(on, -years))
}

/// Admissible dependants: a spouse or legally recognised partner, and unmarried children under 18.
pub fn dependant(c: &Ctx, i: usize) -> Finding {
    dependant_for(c, i, None)
}

/// The dependant check as one scheme applies it (the pack's `macao.reversed_wording` schemes differ
/// for Macao card holders).
pub fn dependant_for(c: &Ctx, i: usize, scheme: Option<&str>) -> Finding {
    let Some(d) = c.p.dependants.as_ref().and_then(|l| l.get(i)) else {
        return Finding::unknown(msg("d-unknown", args![("fact", "dependants")]), vec!["dependants".into()]);
    };
    let rules = &c.pack.dependants;
    let excluded = c.pack.countries(&rules.excluded);
    if let Some(n) = d.nationality.as_ref().map(|n| n.as_str()).filter(|n| excluded.iter().any(|x| x == n)) {
        return Finding::not_met(msg("d-dependant-nationality", args![("nationality", n)]));
    }
    let f = relationship(c, d, i);
    let reversed = scheme.is_some_and(|s| rules.macao.reversed_wording.iter().any(|x| x == s));
    match (f.outcome, macao_exclusion(c, d, i, reversed)) {
        (Outcome::NotMet, _) | (_, None) => f,
        (Outcome::Unknown, Some(m)) if m.outcome == Outcome::Unknown => {
            Finding { missing: f.missing.iter().chain(&m.missing).cloned().collect(), ..f }
        }
        (_, Some(m)) => m,
    }
}

/// Whether the relationship and, for a child, age and marriage admit the dependant.
fn relationship(c: &Ctx, d: &crate::profile::Dependant, i: usize) -> Finding {
    let path = |f: &str| format!("dependants[{i}].{f}");
    match d.relationship {
        None => Finding::unknown(msg("d-unknown", args![("fact", path("relationship"))]), vec![path("relationship")]),
        Some(Relationship::Spouse | Relationship::CivilPartner) => Finding::met(msg("d-dependant-partner", args![])),
        Some(Relationship::DeFactoPartner) => Finding::not_met(msg("d-dependant-de-facto", args![])),
        Some(Relationship::Parent) => Finding::not_met(msg("d-dependant-parent", args![])),
        Some(Relationship::Other) => Finding::not_met(msg("d-dependant-other", args![])),
        Some(Relationship::Child) => {
            let Some(b) = d.date_of_birth else {
                return Finding::unknown(
                    msg("d-unknown", args![("fact", path("date_of_birth"))]),
                    vec![path("date_of_birth")],
                );
            };
            let under = c.pack.dependants.child_under;
            let age = date::age_on(b.0, c.on);
            let turns = iso(date::birthday(b.0, under));
            if age.ambiguous && age.years == under - 1 {
                return Finding::review(
                    msg("d-age-leap-day", args![("years", under as i64)]),
                    msg("review-leap-day", args![]),
                );
            }
            if age.years >= under {
                return Finding::not_met(msg(
                    "d-dependant-child-adult",
                    args![("age", age.years as i64), ("date", turns)],
                ));
            }
            match d.married {
                Some(true) => Finding::not_met(msg("d-dependant-child-married", args![])),
                None => Finding::unknown(msg("d-unknown", args![("fact", path("married"))]), vec![path("married")]),
                Some(false) => Finding::met(msg("d-dependant-child", args![("age", age.years as i64)]))
                    .hint(msg("h-dependant-turns-18", args![("date", turns)])),
            }
        }
    }
}
