//! The embedded rule pack: dated, cited data that the engine evaluates. Every scheme, route, criterion,
//! threshold and list carries its sources and, where it changed, `from`/`to` dates (both inclusive).

use crate::{
    date::Date,
    message::{Msg, msg},
    profile::Day,
};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::{
    collections::BTreeMap,
    sync::{LazyLock, OnceLock},
};
use talentnav_i18n::{Locale, args};

pub mod documents;
pub mod register;
pub mod texts;
pub mod universities;
mod validate;
use ts_rs::TS;

/// Every file of the pack, by name. The checksum covers names and contents in this order.
const FILES: &[(&str, &str)] = &[
    ("pack.toml", include_str!("../../pack/pack.toml")),
    ("sources.toml", include_str!("../../pack/sources.toml")),
    ("aggregate-list.toml", include_str!("../../pack/aggregate-list.toml")),
    ("rates.toml", include_str!("../../pack/rates.toml")),
    ("fees.toml", include_str!("../../pack/fees.toml")),
    ("qmas-legacy.toml", include_str!("../../pack/qmas-legacy.toml")),
    ("documents.toml", include_str!("../../pack/documents.toml")),
    ("business-schools.toml", include_str!("../../pack/business-schools.toml")),
    ("register.toml", include_str!("../../pack/register.toml")),
    ("nationalities.toml", include_str!("../../pack/nationalities.toml")),
    ("dependants.toml", include_str!("../../pack/dependants.toml")),
    ("schemes/ttps.toml", include_str!("../../pack/schemes/ttps.toml")),
    ("schemes/qmas.toml", include_str!("../../pack/schemes/qmas.toml")),
    ("schemes/gep.toml", include_str!("../../pack/schemes/gep.toml")),
    ("schemes/asmtp.toml", include_str!("../../pack/schemes/asmtp.toml")),
    ("schemes/techtas.toml", include_str!("../../pack/schemes/techtas.toml")),
    ("schemes/iang.toml", include_str!("../../pack/schemes/iang.toml")),
    ("schemes/assg.toml", include_str!("../../pack/schemes/assg.toml")),
    ("schemes/new_cies.toml", include_str!("../../pack/schemes/new_cies.toml")),
];

/// What identifies the rules an answer was computed with (`rule_pack` in talentnav.assessment/1).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct PackInfo {
    pub id: String,
    pub version: String,
    /// Hex SHA-256 over every file of the pack.
    pub sha256: String,
    /// The newest revision date (YYYY-MM-DD) among the pack's sources.
    pub revised: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Source {
    /// The title as the source itself gives it (English for ImmD's and the Government's pages).
    pub title: String,
    /// The title in Chinese, so a Chinese reader never meets an English one. Optional in the format, so
    /// a pack published before these fields still loads; the built-in pack has them for every source.
    #[serde(default, rename = "title-zh-Hant", skip_serializing_if = "Option::is_none")]
    pub title_zh_hant: Option<String>,
    #[serde(default, rename = "title-zh-Hans", skip_serializing_if = "Option::is_none")]
    pub title_zh_hans: Option<String>,
    pub url: Option<String>,
    pub revised: Day,
}

impl Source {
    /// The title in `locale`, or the source's own when the pack has none in that language.
    pub fn title_in(&self, locale: Locale) -> &str {
        let localized = match locale {
            Locale::En => None,
            Locale::ZhHant => self.title_zh_hant.as_deref(),
            Locale::ZhHans => self.title_zh_hans.as_deref(),
        };
        localized.unwrap_or(&self.title)
    }
}

/// A period a rule is in force, both ends inclusive; open ends mean "always".
#[derive(Debug, Clone, Copy, Default, Deserialize, Serialize)]
pub struct Period {
    pub from: Option<Day>,
    pub to: Option<Day>,
}

impl Period {
    pub fn contains(&self, on: Date) -> bool {
        self.from.is_none_or(|f| f.0 <= on) && self.to.is_none_or(|t| on <= t.0)
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Scheme {
    pub id: String,
    /// `<id>.in_operation`, the criterion reported when the scheme was not yet open.
    #[serde(skip)]
    pub operation_id: String,
    /// Its position among all criteria (set at load).
    #[serde(skip)]
    pub operation_index: usize,
    pub sources: Vec<String>,
    pub in_operation: Option<Operation>,
    #[serde(default)]
    pub common: Vec<Criterion>,
    pub route: Vec<Route>,
    pub comparison: Comparison,
    /// From this day applications may be made online only (no paper forms, post or drop-in box).
    pub online_only: Option<DatedChannel>,
    /// The notes the scheme's answer carries, and when.
    #[serde(default)]
    pub note: Vec<SchemeNote>,
}

/// A note on a scheme's answer: the message, when it applies, and where it comes from.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct SchemeNote {
    pub message: String,
    pub when: NoteWhen,
    /// For `route_open`: the routes, one of which is eligible or for review.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub routes: Vec<String>,
    pub sources: Vec<String>,
    /// The catalogue's copy of `message` (set at load; empty when a locale lacks it, which load refuses).
    #[serde(skip)]
    pub id: &'static str,
}

/// When a scheme note applies (see the schemes' files).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum NoteWhen {
    Always,
    /// The scheme's answer is eligible or for review.
    Open,
    MainlandResident,
    RouteOpen,
    /// The applicant states a Talent List profession.
    TalentListStated,
    /// The job offer states a Talent List profession.
    OfferTalentListStated,
    /// A Hong Kong full-time programme studied as a non-local student.
    HkNonLocalDegree,
    /// A dependant whom the scheme's reversed Macao wording (dependants.toml) makes for review.
    MacaoReversedWording,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DatedChannel {
    pub from: Day,
    pub sources: Vec<String>,
}

/// When a scheme started taking applications. Between `from` and `uncertain_until` the exact start
/// day is not known (only the month or year), so the answer is "review".
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Operation {
    pub from: Day,
    pub uncertain_until: Option<Day>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Route {
    pub id: String,
    /// Position among all routes of the pack (set at load).
    #[serde(skip)]
    pub index: usize,
    pub criteria: Vec<Criterion>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Criterion {
    pub id: String,
    /// Position among all criteria of the pack (set at load), so reports index texts without hashing.
    #[serde(skip)]
    pub index: usize,
    #[serde(flatten)]
    pub period: Period,
    pub sources: Vec<String>,
    #[serde(default)]
    pub role: Role,
    #[serde(flatten)]
    pub check: Check,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize, Serialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Must be met for the route.
    #[default]
    Required,
    /// One of several criteria counted towards a threshold (QMAS General Points Test).
    Scored,
}

/// A nationality list (`nationalities.toml`) that also applies up to a day.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DatedCountries {
    pub until: Day,
    pub list: String,
    pub sources: Vec<String>,
}

/// A list of nationalities the schemes refer to by name.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CountryList {
    pub countries: Vec<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
struct Nationalities {
    list: BTreeMap<String, CountryList>,
}

/// Who may come as a dependant (`dependants.toml`), the same for every scheme but where `macao` says.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DependantRules {
    pub sources: Vec<String>,
    /// A nationality list whose nationals are not admitted as dependants.
    pub excluded: String,
    pub child_under: i32,
    pub macao: MacaoRule,
}

/// Former Mainland residents holding a Macao identity card for less than `years` years.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct MacaoRule {
    pub years: i32,
    pub sources: Vec<String>,
    /// Schemes whose page words the One-way Permit exception the other way round.
    pub reversed_wording: Vec<String>,
    pub reversed_sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum WorkKind {
    /// Graduate or specialist level.
    Graduate,
    /// Graduate level, in multinational or renowned enterprises.
    Renowned,
    /// Graduate level, in innovation and technology, finance or international trade.
    SpecifiedFields,
}

/// Which work a months-of-work criterion counts: each scheme's definition has its own name, so a
/// new scheme never inherits another's by using the same check.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CountedWork {
    /// TTPS note 5: full-time employment or self-employment after graduation from the degree the
    /// route's `listed_bachelor` criterion accepts.
    FullTimeAfterListedBachelor,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum OfferFlag {
    FullTime,
    GenuineVacancy,
    RelevantToBackground,
    MarketLevelPay,
    DegreeLevelPost,
    PrincipallyRnd,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum AssetWindow {
    SixMonths,
    TwoYears,
}

/// What a criterion tests. Each variant is one small function in the `checks/` file of its family.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(tag = "check", rename_all = "snake_case")]
pub enum Check {
    /// Not a national of the list `list` (nationalities.toml), nor of `also_before` up to its day.
    NationalityNotIn {
        list: String,
        also_before: Option<DatedCountries>,
    },
    CnPassportOverseas {
        min_years: i32,
    },
    MainlandResident {
        required: bool,
    },
    GoodCharacter,
    TravelDocumentValid,
    FinancialMeans,
    /// `unconfirmed`: the register item that makes "below" a review rather than a refusal.
    AgeAtLeast {
        years: i32,
        unconfirmed: Option<String>,
    },
    AgeAtMost {
        years: i32,
    },
    /// Inclusive range; `upper_unconfirmed`: whether the upper age itself is inside is not stated.
    AgeBetween {
        min: i32,
        max: i32,
        upper_unconfirmed: Option<String>,
    },
    /// `mixed_years_unconfirmed`: the register item when income comes from different tax years.
    IncomeAtLeast {
        hkd: f64,
        mixed_years_unconfirmed: String,
    },
    ListedBachelor,
    /// At least `months` months of the work `counts` within the past `years` years.
    WorkMonthsWithin {
        months: f64,
        years: i32,
        counts: CountedWork,
    },
    /// Less than `months` months of the work `counts`, in all.
    WorkMonthsBelow {
        months: f64,
        counts: CountedWork,
    },
    /// `boundary_unconfirmed`: the register item for the year exactly `years` back.
    GraduatedWithinYears {
        years: i32,
        boundary_unconfirmed: String,
    },
    NotLocalNonLocalUndergraduate,
    DegreeOrException,
    LanguageGood {
        any_of: Vec<String>,
    },
    /// `others_unconfirmed`: the register item when none of the languages is Chinese or English.
    LanguagesGoodCount {
        count: usize,
        others_unconfirmed: String,
    },
    /// `notes_unconfirmed`: the register item for an honorary or continuing-education award, or a
    /// business school not on the list.
    ListedPostgraduate {
        stem: bool,
        notes_unconfirmed: String,
    },
    WorkYears {
        years: f64,
        kind: WorkKind,
    },
    /// `definition_unconfirmed`: the register item defining international work.
    InternationalWorkYears {
        years: f64,
        definition_unconfirmed: String,
    },
    /// `ownership_unconfirmed`: the register item on what counts as owning the business.
    BusinessProfitAtLeast {
        hkd: f64,
        ownership_unconfirmed: String,
    },
    OwnsListedCompany {
        ownership_unconfirmed: String,
    },
    PointsThreshold {
        required: usize,
    },
    /// `international_unconfirmed`, `renowned_enterprise_unconfirmed`: the register items that make
    /// those bonuses "review" (ImmD's GPT notes; the renowned-enterprise dates).
    LegacyPoints {
        pass_mark: i32,
        international_unconfirmed: String,
        renowned_enterprise_unconfirmed: String,
    },
    Achievement,
    JobOffer,
    Offer {
        flag: OfferFlag,
    },
    LocalRecruitment {
        package_hkd: f64,
        facilitation_from: Day,
    },
    TechtasDegree {
        bachelor_work_months: f64,
    },
    IangQualification(IangRule),
    TechtasQuota {
        concurrent_from: Day,
    },
    /// The TTPS initial stay is granted once only.
    NotPreviouslyGranted,
    GraduatedWithinMonths {
        months: i32,
        recent: bool,
    },
    /// Born outside the places of the list `not_overseas`.
    BornOverseas {
        not_overseas: String,
    },
    AssgParent,
    CiesScope {
        /// A nationality list.
        excluded: String,
    },
    NetAssetsAtLeast {
        hkd: f64,
        window: AssetWindow,
    },
    CiesInvestment(CiesInvestmentRule),
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct IangRule {
    pub gba_from: Day,
    pub gba_confirmed_until: Day,
    /// The register item that leaves the pilot open after `gba_confirmed_until`.
    pub gba_unconfirmed: String,
    /// Nationals who qualify only with a UGC-funded programme or a GBA campus, from a date.
    pub ugc_only: DatedFrom,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DatedFrom {
    pub from: Day,
    /// A nationality list.
    pub list: String,
    pub sources: Vec<String>,
}

/// The New CIES investment requirement by asset class (hk-schemes.md §9.2–9.3). Every cap is dated;
/// `real_estate_cap` with `unconfirmed` says the total real-estate cap of that period is open.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CiesInvestmentRule {
    pub total_hkd: f64,
    pub portfolio_min_hkd: f64,
    /// Investments made before this day do not count.
    pub investments_from: Day,
    pub certificates_of_deposit_cap_hkd: f64,
    pub private_funds_cap_hkd: f64,
    pub residential_cap_hkd: f64,
    /// When residential property counts, and the lowest price of a single property.
    pub residential: Vec<DatedAmount>,
    pub non_residential_cap: Vec<DatedAmount>,
    pub real_estate_cap: Vec<DatedAmount>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct DatedAmount {
    pub hkd: f64,
    #[serde(flatten)]
    pub period: Period,
    /// The register item that leaves this amount open.
    pub unconfirmed: Option<String>,
    pub sources: Vec<String>,
}

impl CiesInvestmentRule {
    pub fn on(list: &[DatedAmount], on: Date) -> Option<&DatedAmount> {
        list.iter().find(|d| d.period.contains(on))
    }
}

impl Check {
    /// The nationality lists (nationalities.toml) this check refers to.
    pub fn nationality_lists(&self) -> Vec<&str> {
        match self {
            Check::NationalityNotIn { list, also_before } => {
                std::iter::once(list.as_str()).chain(also_before.iter().map(|a| a.list.as_str())).collect()
            }
            Check::BornOverseas { not_overseas } => vec![not_overseas],
            Check::CiesScope { excluded } => vec![excluded],
            Check::IangQualification(q) => vec![&q.ugc_only.list],
            _ => Vec::new(),
        }
    }

    /// The UNCONFIRMED-register codes this check refers to.
    pub fn unconfirmed_codes(&self) -> Vec<&str> {
        match self {
            Check::AgeAtLeast { unconfirmed, .. } => unconfirmed.iter().map(String::as_str).collect(),
            Check::AgeBetween { upper_unconfirmed, .. } => upper_unconfirmed.iter().map(String::as_str).collect(),
            Check::IncomeAtLeast { mixed_years_unconfirmed: u, .. }
            | Check::GraduatedWithinYears { boundary_unconfirmed: u, .. }
            | Check::LanguagesGoodCount { others_unconfirmed: u, .. }
            | Check::ListedPostgraduate { notes_unconfirmed: u, .. }
            | Check::InternationalWorkYears { definition_unconfirmed: u, .. }
            | Check::BusinessProfitAtLeast { ownership_unconfirmed: u, .. }
            | Check::OwnsListedCompany { ownership_unconfirmed: u } => vec![u],
            Check::LegacyPoints { international_unconfirmed: a, renowned_enterprise_unconfirmed: b, .. } => vec![a, b],
            Check::IangQualification(q) => vec![&q.gba_unconfirmed],
            Check::CiesInvestment(rule) => [&rule.residential, &rule.non_residential_cap, &rule.real_estate_cap]
                .into_iter()
                .flatten()
                .filter_map(|d| d.unconfirmed.as_deref())
                .collect(),
            _ => Vec::new(),
        }
    }
}

/// Initial stay, processing time and the scheme's own notes, for comparing schemes.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    #[serde(default)]
    pub processing: Vec<Processing>,
    pub stay: Vec<Stay>,
    pub sources: Vec<String>,
}

/// "Normally N weeks" once all documents and the fee are in.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Processing {
    pub routes: Vec<String>,
    pub weeks: u32,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Stay {
    pub routes: Vec<String>,
    pub months: u32,
    /// An upper limit ("up to 24 months") rather than a fixed grant.
    #[serde(default)]
    pub up_to: bool,
    /// When the line is shown (by the date of application).
    #[serde(flatten)]
    pub period: Period,
    /// The figure the scheme had at its launch; when it changed is not known.
    #[serde(default)]
    pub at_launch: bool,
    /// The figure as an official page of this date states it, shown for dates before that page when
    /// the date of the change is not known.
    pub stated_on: Option<Day>,
    /// The stay applies to approvals from this day (not to applications): an application made before
    /// it may still be approved after it, so both figures are shown until then.
    pub approved_from: Option<Day>,
    /// The stay applies to approvals up to this day.
    pub approved_to: Option<Day>,
}

impl Stay {
    /// Whether an application made on `on` may get this stay.
    pub fn applies(&self, on: Date) -> bool {
        self.period.contains(on) && self.approved_to.is_none_or(|t| on <= t.0)
    }
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Fees {
    pub fee: Vec<FeeRule>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct FeeRule {
    #[serde(flatten)]
    pub period: Period,
    /// The time of day on `from` the rule starts (Hong Kong time, "HH:MM"); before it, the previous rule.
    pub from_time: Option<String>,
    pub per_person_hkd: f64,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Rates {
    pub rate: Vec<Rate>,
}

/// HK dollars per unit of `currency`, for income periods ending within `period`.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Rate {
    pub currency: String,
    pub hkd: f64,
    #[serde(flatten)]
    pub period: Period,
    pub as_of: Day,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct University {
    pub name: String,
    pub country: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default = "yes")]
    pub in_2026_list: bool,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct Predecessor {
    pub name: String,
    pub successor: String,
    pub aliases: Vec<String>,
    pub unconfirmed: String,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct ListChange {
    pub effective: Day,
    pub sources: Vec<String>,
    pub added: Vec<String>,
    pub removed: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct AggregateList {
    pub launched: Day,
    pub partial_before: Day,
    pub institution: Vec<University>,
    #[serde(default)]
    pub predecessor: Vec<Predecessor>,
    pub change: Vec<ListChange>,
}

/// The legacy QMAS General Points Test (before 2024-11-01): points per factor, dated.
#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct LegacyTables {
    pub version: Vec<LegacyVersion>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct LegacyVersion {
    pub id: String,
    #[serde(flatten)]
    pub period: Period,
    pub maximum: i32,
    pub sources: Vec<String>,
    /// Register item that makes this version's band values uncertain, if any.
    pub unconfirmed: Option<String>,
    pub age: Vec<AgeBand>,
    pub academic: AcademicPoints,
    pub work: WorkPoints,
    pub talent_list: i32,
    pub language: LanguagePoints,
    pub family: FamilyPoints,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct AgeBand {
    pub min: i32,
    pub max: i32,
    pub points: i32,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct AcademicPoints {
    pub two_doctorates: i32,
    pub doctorate_or_two_masters: i32,
    pub master_or_two_bachelors: i32,
    pub bachelor: i32,
    pub renowned_institution_bonus: i32,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct WorkPoints {
    pub ten_years_five_senior: i32,
    pub five_years_two_senior: i32,
    pub five_years: i32,
    pub two_years: i32,
    pub international_bonus: i32,
    pub renowned_enterprise_bonus: i32,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct LanguagePoints {
    pub chinese_and_english: i32,
    pub one_plus_foreign: i32,
    pub one: i32,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct FamilyPoints {
    pub immediate_family_in_hk: i32,
    pub spouse_degree: i32,
    pub per_child: i32,
    pub children_max: i32,
}

/// Stand-alone business schools, for QMAS criteria 2 and 3 (see business-schools.toml).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BusinessSchools {
    pub compiled: Day,
    pub sources: Vec<String>,
    pub school: Vec<BusinessSchool>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct BusinessSchool {
    pub name: String,
    pub country: String,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(flatten)]
    pub period: Period,
}

#[derive(Deserialize, Serialize)]
struct Manifest {
    id: String,
    version: String,
    revised: String,
}

pub struct Pack {
    pub info: PackInfo,
    /// The aggregate list's names and aliases, normalized, for `universities::membership`.
    pub(crate) university_index: universities::UniversityIndex,
    /// Labels, names and source lists in words, one set per locale, each made on first use.
    texts: [OnceLock<texts::PackTexts>; 3],
    /// How many criteria (with each scheme's `in_operation`) and routes the pack has.
    pub criterion_count: usize,
    pub route_count: usize,
    pub sources: BTreeMap<String, Source>,
    pub schemes: Vec<Scheme>,
    pub universities: AggregateList,
    pub rates: Vec<Rate>,
    pub fees: Vec<FeeRule>,
    pub legacy_qmas: Vec<LegacyVersion>,
    pub documents: documents::DocumentRules,
    pub business_schools: BusinessSchools,
    /// The UNCONFIRMED register: every code the pack or a check names is one of these.
    pub register: Vec<register::RegisterItem>,
    /// Nationality lists by name.
    pub nationalities: BTreeMap<String, CountryList>,
    pub dependants: DependantRules,
}

impl Pack {
    pub fn source(&self, id: &str) -> Option<&Source> {
        self.sources.get(id)
    }

    /// Whether an application of `scheme` (`route`, when chosen) turns on income evidence: one of
    /// its criteria tests income.
    pub fn reads_income(&self, scheme: &str, route: Option<&str>) -> bool {
        let Some(s) = self.schemes.iter().find(|s| s.id == scheme) else { return false };
        let routes = s.route.iter().filter(|r| route.is_none_or(|x| x == r.id));
        s.common.iter().chain(routes.flat_map(|r| &r.criteria)).any(|k| matches!(k.check, Check::IncomeAtLeast { .. }))
    }

    /// The nationalities of the list `name` (load refuses a pack naming a list it does not have).
    pub fn countries(&self, name: &str) -> &[String] {
        self.nationalities.get(name).map_or(&[], |l| &l.countries)
    }

    /// The review reason for the register item `code`: what is open and what to ask ImmD.
    pub fn unconfirmed(&self, code: &str) -> Msg {
        register::reason(&self.register, code)
    }

    /// A brief line naming what `code` leaves open (a printed checklist says it in full once).
    pub fn unconfirmed_brief(&self, code: &str) -> Msg {
        register::brief(&self.register, code)
    }

    pub fn register_item(&self, code: &str) -> Option<&register::RegisterItem> {
        self.register.iter().find(|i| i.code == code)
    }

    /// This pack's texts in `locale`.
    pub(crate) fn texts(&self, locale: Locale) -> &texts::PackTexts {
        let i = Locale::ALL.iter().position(|l| *l == locale).unwrap_or(0);
        self.texts[i].get_or_init(|| texts::build(self, locale))
    }

    /// The scheme `scheme`, checked to have `route` when one is given; otherwise the message saying
    /// which schemes or routes there are.
    pub fn scheme_with_route(&self, scheme: &str, route: Option<&str>) -> Result<&Scheme, Msg> {
        let Some(s) = self.schemes.iter().find(|s| s.id == scheme) else {
            return Err(msg("store-error-unknown-scheme", args![("scheme", scheme)]));
        };
        if let Some(r) = route.filter(|r| !s.route.iter().any(|x| x.id == *r)) {
            let routes = s.route.iter().map(|x| x.id.as_str()).collect::<Vec<_>>().join(", ");
            return Err(msg("store-error-unknown-route", args![("route", r), ("routes", routes)]));
        }
        Ok(s)
    }
}

impl Pack {
    /// Loads a pack from its files (name, text), as the embedded pack is and as an installed update
    /// will be: parsed, every key known, every reference resolved, no two periods of one rule
    /// overlapping, every name in every locale. The first problem found is the error.
    pub fn load(files: &[(&str, &str)]) -> Result<Pack, PackError> {
        let file = |name: &str| {
            files.iter().find(|(n, _)| *n == name).map(|(_, t)| *t).ok_or_else(|| PackError::missing_file(name))
        };
        let manifest: Manifest = parse_file("pack.toml", file("pack.toml")?)?;
        let mut schemes = Vec::new();
        for (name, text) in files.iter().filter(|(n, _)| n.starts_with("schemes/")) {
            schemes.push(parse_file::<Scheme>(name, text)?);
        }
        let (mut criteria, mut routes) = (0, 0);
        for s in &mut schemes {
            for n in &mut s.note {
                n.id = crate::message::catalogue_id(&n.message).unwrap_or_default();
            }
            s.operation_id = format!("{}.in_operation", s.id);
            s.operation_index = criteria;
            criteria += 1;
            for k in s.common.iter_mut().chain(s.route.iter_mut().flat_map(|r| r.criteria.iter_mut())) {
                k.index = criteria;
                criteria += 1;
            }
            for r in &mut s.route {
                r.index = routes;
                routes += 1;
            }
        }
        let register = parse_file::<register::Register>("register.toml", file("register.toml")?)?.item;
        let universities: AggregateList = parse_file("aggregate-list.toml", file("aggregate-list.toml")?)?;
        let pack = Pack {
            university_index: universities::UniversityIndex::new(&universities),
            texts: Default::default(),
            info: PackInfo {
                id: manifest.id,
                version: manifest.version,
                sha256: checksum(files),
                revised: manifest.revised,
            },
            criterion_count: criteria,
            route_count: routes,
            sources: parse_file("sources.toml", file("sources.toml")?)?,
            schemes,
            universities,
            rates: parse_file::<Rates>("rates.toml", file("rates.toml")?)?.rate,
            fees: parse_file::<Fees>("fees.toml", file("fees.toml")?)?.fee,
            legacy_qmas: parse_file::<LegacyTables>("qmas-legacy.toml", file("qmas-legacy.toml")?)?.version,
            documents: parse_file("documents.toml", file("documents.toml")?)?,
            business_schools: parse_file("business-schools.toml", file("business-schools.toml")?)?,
            register,
            nationalities: parse_file::<Nationalities>("nationalities.toml", file("nationalities.toml")?)?.list,
            dependants: parse_file("dependants.toml", file("dependants.toml")?)?,
        };
        validate::validate(&pack)?;
        Ok(pack)
    }
}

/// One version of a rule, as `talentnav rules show` reports it: what it checks with which values,
/// when it is in force and where it comes from.
#[derive(Debug, Clone, Serialize)]
pub struct RuleVersion {
    pub id: String,
    pub scheme: String,
    /// The check's name and its parameters, as the pack writes them (`{"check": "income_at_least",
    /// "hkd": 2500000}`).
    pub check: serde_json::Value,
    /// First and last day in force (inclusive); absent = open-ended.
    pub from: Option<Day>,
    pub to: Option<Day>,
    pub sources: Vec<String>,
}

impl Pack {
    /// Every version of the criterion `id` (a rule changed on a date has one per period). A scheme's
    /// `<id>.in_operation` is one too: when the scheme started taking applications.
    pub fn rule_versions(&self, id: &str) -> Vec<RuleVersion> {
        if let Some((s, op)) =
            self.schemes.iter().find_map(|s| s.in_operation.as_ref().filter(|_| s.operation_id == id).map(|op| (s, op)))
        {
            let mut check = serde_json::json!({"check": "in_operation", "from": op.from.0.to_string()});
            if let Some(u) = op.uncertain_until {
                check["uncertain_until"] = u.0.to_string().into();
            }
            return vec![RuleVersion {
                id: id.to_string(),
                scheme: s.id.clone(),
                check,
                from: None,
                to: None,
                sources: op.sources.clone(),
            }];
        }
        self.schemes
            .iter()
            .flat_map(|s| s.common.iter().chain(s.route.iter().flat_map(|r| &r.criteria)).map(move |c| (s, c)))
            .filter(|(_, c)| c.id == id)
            .map(|(s, c)| RuleVersion {
                id: c.id.clone(),
                scheme: s.id.clone(),
                check: self.with_countries(serde_json::to_value(&c.check).unwrap_or_default()),
                from: c.period.from,
                to: c.period.to,
                sources: c.sources.clone(),
            })
            .collect()
    }

    /// The label of criterion `id` as in force on `on`, in `locale`, with the values that version states
    /// (the same words an assessment gives it).
    pub fn rule_label(&self, id: &str, on: crate::date::Date, locale: Locale) -> Option<String> {
        let labels = &self.texts(locale).criterion_labels;
        if let Some(s) = self.schemes.iter().find(|s| s.in_operation.is_some() && s.operation_id == id) {
            return Some(labels[s.operation_index].as_str().to_string());
        }
        let in_force =
            |c: &&Criterion| c.period.from.is_none_or(|f| f.0 <= on) && c.period.to.is_none_or(|t| on <= t.0);
        self.schemes
            .iter()
            .flat_map(|s| s.common.iter().chain(s.route.iter().flat_map(|r| &r.criteria)))
            .filter(|c| c.id == id)
            .find(in_force)
            .map(|c| labels[c.index].as_str().to_string())
    }

    /// `check` with each nationality list it names followed by the list's countries
    /// (`"list": "excluded"`, `"list_countries": ["AF", "CU", "KP"]`), so a rule shows what it tests.
    fn with_countries(&self, mut check: serde_json::Value) -> serde_json::Value {
        if let serde_json::Value::Object(map) = &mut check {
            let named: Vec<(String, Vec<String>)> = map
                .iter()
                .filter_map(|(k, v)| Some((k.clone(), self.nationalities.get(v.as_str()?)?.countries.clone())))
                .collect();
            for (key, countries) in named {
                map.insert(format!("{key}_countries"), countries.into());
            }
            for v in map.values_mut().filter(|v| v.is_object()) {
                *v = self.with_countries(v.take());
            }
        }
        check
    }

    /// Every criterion id, in pack order, each once.
    pub fn rule_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> =
            self.schemes.iter().filter(|s| s.in_operation.is_some()).map(|s| s.operation_id.as_str()).collect();
        for c in self.schemes.iter().flat_map(|s| s.common.iter().chain(s.route.iter().flat_map(|r| &r.criteria))) {
            if !ids.contains(&c.id.as_str()) {
                ids.push(&c.id);
            }
        }
        ids
    }
}

/// Parses one file of a pack into `T`, refusing any key `T` does not read (serde ignores unknown
/// keys where a struct flattens another, so a misspelled `frm =` would silently make a rule apply on
/// every date): what was read is written back and every key of the file must be found in it.
fn parse_file<T: serde::de::DeserializeOwned + Serialize>(name: &str, text: &str) -> Result<T, PackError> {
    let typed: T = toml::from_str(text).map_err(|e| PackError::syntax(name, text, &e))?;
    let raw: toml::Value = toml::from_str(text).map_err(|e| PackError::syntax(name, text, &e))?;
    let (Ok(raw), Ok(read)) = (serde_json::to_value(&raw), serde_json::to_value(&typed)) else {
        return Err(PackError::new(name, "", "cannot be represented as data"));
    };
    match validate::unread_key(&raw, &read, "") {
        Some(key) => Err(PackError::new(name, &key, "unknown key")),
        None => Ok(typed),
    }
}

/// What is wrong with a rule pack, and where: the file and the key (`route[0].criteria[1].frm`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PackError {
    pub file: String,
    pub key: String,
    pub problem: String,
}

impl PackError {
    pub fn new(file: &str, key: &str, problem: impl Into<String>) -> Self {
        PackError { file: file.to_string(), key: key.to_string(), problem: problem.into() }
    }
    fn missing_file(name: &str) -> Self {
        Self::new(name, "", "the file is missing")
    }
    fn syntax(name: &str, text: &str, e: &toml::de::Error) -> Self {
        let line = e.span().map(|s| text[..s.start.min(text.len())].lines().count().max(1));
        let key = line.map(|l| format!("line {l}")).unwrap_or_default();
        Self::new(name, &key, e.message().trim())
    }
}

impl std::fmt::Display for PackError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.key.as_str() {
            "" => write!(f, "{}: {}", self.file, self.problem),
            key => write!(f, "{}: {key}: {}", self.file, self.problem),
        }
    }
}

impl std::error::Error for PackError {}

/// The files of the pack compiled into this binary (a starting point for tests that vary one).
pub fn embedded_files() -> &'static [(&'static str, &'static str)] {
    FILES
}

static EMBEDDED: LazyLock<Pack> = LazyLock::new(|| {
    // The embedded files are fixed at compile time and the tests load them, so a failure here is a
    // build defect, never a user's input.
    Pack::load(FILES).unwrap_or_else(|e| panic!("the embedded rule pack is invalid: {e}"))
});

/// The pack compiled into this binary.
pub fn embedded_pack() -> &'static Pack {
    &EMBEDDED
}

/// The identity of the pack compiled into this binary.
pub fn embedded() -> &'static PackInfo {
    &EMBEDDED.info
}

fn checksum(files: &[(&str, &str)]) -> String {
    let mut h = Sha256::new();
    for (name, text) in files {
        // Length-prefixed, so moving bytes between a name and a body changes the sum.
        for part in [name.as_bytes(), text.as_bytes()] {
            h.update((part.len() as u64).to_le_bytes());
            h.update(part);
        }
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_loads_and_every_cited_source_exists() {
        let p = embedded_pack();
        assert_eq!(p.schemes.len(), 8);
        let mut cited: Vec<&String> = Vec::new();
        for s in &p.schemes {
            cited.extend(&s.sources);
            cited.extend(&s.comparison.sources);
            if let Some(op) = &s.in_operation {
                cited.extend(&op.sources);
            }
            for c in s.common.iter().chain(s.route.iter().flat_map(|r| &r.criteria)) {
                assert!(!c.sources.is_empty(), "{} cites no source", c.id);
                cited.extend(&c.sources);
            }
        }
        cited.extend(p.rates.iter().flat_map(|r| &r.sources));
        cited.extend(p.fees.iter().flat_map(|f| &f.sources));
        cited.extend(p.universities.change.iter().flat_map(|c| &c.sources));
        cited.extend(p.legacy_qmas.iter().flat_map(|v| &v.sources));
        cited.extend(p.documents.requirement.iter().flat_map(|r| &r.sources));
        cited.extend(p.documents.submission.iter().flat_map(|r| &r.sources));
        cited.extend(&p.business_schools.sources);
        for id in cited {
            assert!(p.source(id).is_some(), "source {id} is cited but not in sources.toml");
        }
    }

    #[test]
    fn scheme_route_and_criterion_ids_never_collide() {
        let p = embedded_pack();
        let mut seen = std::collections::HashMap::new();
        for s in &p.schemes {
            assert!(seen.insert(s.id.clone(), "scheme").is_none(), "{} twice", s.id);
            for r in &s.route {
                assert!(seen.insert(r.id.clone(), "route").is_none(), "{} twice", r.id);
            }
        }
        for s in &p.schemes {
            for c in s.common.iter().chain(s.route.iter().flat_map(|r| &r.criteria)) {
                assert!(
                    seen.get(&c.id).is_none_or(|kind| *kind == "criterion"),
                    "criterion {} reuses a scheme or route id",
                    c.id
                );
                seen.insert(c.id.clone(), "criterion");
            }
        }
    }

    #[test]
    fn a_rule_shows_the_countries_of_the_lists_it_names() {
        let p = embedded_pack();
        let v = &p.rule_versions("ttps.nationality")[0].check;
        assert_eq!(v["list"], "excluded");
        assert_eq!(v["list_countries"], serde_json::json!(["AF", "CU", "KP"]));
        assert_eq!(v["also_before"]["list_countries"], serde_json::json!(["LA", "NP", "VN"]));
        let v = &p.rule_versions("iang.qualification")[0].check;
        assert_eq!(v["ugc_only"]["list_countries"], serde_json::json!(["LA", "NP", "VN"]));
        // A value that merely equals a list's name elsewhere is not a country list.
        assert!(
            p.rule_versions("ttps.a.income")[0]
                .check
                .as_object()
                .is_some_and(|m| m.keys().all(|k| !k.ends_with("_countries")))
        );
    }

    #[test]
    fn the_embedded_pack_identifies_itself() {
        let p = embedded();
        assert_eq!(p.id, "hk-talent");
        assert!(
            p.version.split('.').count() == 3 && p.version.split('.').all(|n| n.parse::<u32>().is_ok()),
            "{}",
            p.version
        );
        assert_eq!(p.sha256.len(), 64);
        assert!(p.sha256.chars().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(p.revised.len(), 10);
    }

    #[test]
    fn the_checksum_depends_on_every_byte_and_on_file_boundaries() {
        let base = checksum(&[("a", "xy")]);
        assert_ne!(base, checksum(&[("a", "xz")]));
        assert_ne!(base, checksum(&[("ax", "y")]));
        assert_eq!(base, checksum(&[("a", "xy")]));
    }
}
