//! `talentnav.profile/1`, exactly as `contracts/profile-v1.md` names it. Every field is optional:
//! absent or null means unknown, never false, zero or empty. Fields may be added, never renamed.

use crate::date::{self, Date};
use schemars::{JsonSchema, Schema, SchemaGenerator, json_schema};
use serde::{Deserialize, Deserializer, Serialize, Serializer, de};
use std::borrow::Cow;

pub const SCHEMA_ID: &str = "talentnav.profile/1";

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Profile {
    /// Always "talentnav.profile/1".
    pub schema: String,
    /// The intended date of application; `--as-of` overrides it.
    pub submission_date: Option<Day>,
    #[serde(default)]
    pub applicant: Applicant,
    /// A confirmed offer of employment in Hong Kong. `false` = known to have none.
    pub has_job_offer: Option<bool>,
    /// Read only when `has_job_offer` is true.
    pub job_offer: Option<JobOffer>,
    /// `[]` = known to have none.
    pub dependants: Option<Vec<Dependant>>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Applicant {
    pub name: Option<Name>,
    pub date_of_birth: Option<Day>,
    pub place_of_birth: Option<Country>,
    pub nationality: Option<Country>,
    /// A Chinese resident of the Mainland (ASMTP rather than GEP; consent letter).
    pub mainland_resident: Option<bool>,
    pub macao_resident: Option<bool>,
    pub taiwan_resident: Option<bool>,
    pub overseas: Option<Overseas>,
    pub clear_criminal_record: Option<bool>,
    /// Can support self and dependants without public assistance.
    pub financial_means: Option<bool>,
    pub travel_document: Option<TravelDocument>,
    pub languages: Option<Vec<LanguageSkill>>,
    pub education: Option<Vec<Education>>,
    pub employment: Option<Vec<Employment>>,
    /// 12-month periods; `[]` = known to have had no income.
    pub income: Option<Vec<Income>>,
    pub business: Option<Business>,
    pub achievements: Option<Achievements>,
    pub assets: Option<Assets>,
    pub parents: Option<Vec<Parent>>,
    pub family_in_hk: Option<FamilyInHk>,
    /// "none", or the Talent List profession whose specifications the applicant states they meet.
    pub talent_list_profession: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Name {
    pub family: Option<String>,
    pub given: Option<String>,
    pub chinese: Option<String>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Overseas {
    /// Permanent residence in a country other than CN, HK, MO, TW.
    pub permanent_resident: Option<bool>,
    /// Start of continuous residence overseas.
    pub resident_since: Option<Day>,
    pub applying_from_overseas: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct TravelDocument {
    pub kind: Option<TravelDocumentKind>,
    pub number: Option<String>,
    pub expires_on: Option<Day>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum TravelDocumentKind {
    Passport,
    ExitEntryPermit,
    TravelPermit,
    IdentityCard,
    Other,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct LanguageSkill {
    /// ISO 639-1 (`zh` = Chinese), or `yue` / `cmn` for the spoken form.
    pub language: Option<Language>,
    pub written: Option<Proficiency>,
    pub spoken: Option<Proficiency>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Proficiency {
    Good,
    Basic,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Education {
    pub level: Option<Level>,
    pub institution: Option<String>,
    pub country: Option<Country>,
    /// The date on the graduation certificate.
    pub awarded_on: Option<Day>,
    pub full_time: Option<bool>,
    pub honorary: Option<bool>,
    /// An award of a continuing/professional education arm, branch, extension or subsidiary school.
    pub continuing_education_arm: Option<bool>,
    pub subject: Option<String>,
    pub stem: Option<bool>,
    /// TechTAS: institution top 100 for STEM subjects in the latest QS / ARWU / THE / US News.
    pub top100_stem_ranked: Option<bool>,
    /// A full-time locally-accredited programme in Hong Kong.
    pub hk_local_programme: Option<bool>,
    /// Entered Hong Kong for education on a student visa (a non-local student).
    pub studied_on_hk_student_visa: Option<bool>,
    /// A UGC-funded university, not a self-financing programme.
    pub ugc_funded: Option<bool>,
    /// A Greater Bay Area campus jointly run by Mainland and Hong Kong universities.
    pub gba_joint_campus: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    SubDegree,
    Bachelor,
    Master,
    Doctorate,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Employment {
    pub employer: Option<String>,
    pub title: Option<String>,
    pub from: Option<Day>,
    /// The last day worked, inclusive; null = ongoing at the submission date.
    pub to: Option<Day>,
    pub full_time: Option<bool>,
    pub self_employed: Option<bool>,
    /// Graduate or specialist level.
    pub graduate_level: Option<bool>,
    pub senior_role: Option<bool>,
    pub country: Option<Country>,
    /// Multinational / listed / Forbes 2000 / Fortune 500 / Hurun 500.
    pub multinational_or_renowned: Option<bool>,
    pub field: Option<Field>,
    pub principally_rnd: Option<bool>,
    pub after_graduation: Option<bool>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    InnovationTechnology,
    Finance,
    InternationalTrade,
    Other,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Income {
    pub period_end: Option<Day>,
    pub amount: Option<Money>,
    pub currency: Option<Currency>,
    pub kind: Option<IncomeKind>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum IncomeKind {
    Employment,
    Business,
    /// Never counts towards an income threshold.
    Investment,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Business {
    /// 0 together with `owns_listed_company: false` = owns no business.
    pub owned_entity_profit_hkd: Option<Money>,
    pub owns_listed_company: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Achievements {
    pub exceptional_award: Option<bool>,
    pub peer_recognised_contribution: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Assets {
    /// Lowest net assets over the 6 months before applying.
    pub net_assets_hkd_min_6m: Option<Money>,
    /// Lowest over the 2 years before (the rule before 2025-03-01).
    pub net_assets_hkd_min_2y: Option<Money>,
    pub planned_investment_hkd: Option<Money>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Parent {
    pub hk_permanent_resident: Option<bool>,
    pub chinese_national: Option<bool>,
    pub settled_overseas_at_applicant_birth: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct FamilyInHk {
    pub immediate_family_hk_permanent_resident: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct JobOffer {
    pub employer: Option<String>,
    pub title: Option<String>,
    pub annual_package_hkd: Option<Money>,
    pub full_time: Option<bool>,
    pub genuine_vacancy: Option<bool>,
    pub relevant_to_background: Option<bool>,
    pub market_level_pay: Option<bool>,
    pub degree_level_post: Option<bool>,
    pub local_recruitment_difficulty_shown: Option<bool>,
    pub talent_list_profession: Option<String>,
    pub employer_techtas_quota: Option<bool>,
    pub principally_rnd: Option<bool>,
    /// The company was set up on (a business plan for companies set up within 12 months).
    pub employer_established_on: Option<Day>,
    /// Listed on the HKEX Main Board or GEM.
    pub employer_listed_in_hk: Option<bool>,
    /// Obtained an employment or training visa for non-local staff in the 24 months before submission.
    pub employer_visa_sponsored_within_24_months: Option<bool>,
}

#[derive(Debug, Clone, Default, Serialize, Deserialize, JsonSchema)]
pub struct Dependant {
    pub relationship: Option<Relationship>,
    pub date_of_birth: Option<Day>,
    pub nationality: Option<Country>,
    /// Spouse: educated to degree level (legacy QMAS points).
    pub degree_holder: Option<bool>,
    /// Child: married or not.
    pub married: Option<bool>,
    pub name: Option<Name>,
    /// ISO code of where the dependant lives (MO, TW, CN, HK, GB, …).
    pub resident_of: Option<Country>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Relationship {
    /// Spouse by a marriage legally recognised where celebrated.
    Spouse,
    /// The other party to a civil partnership or civil union legally recognised where celebrated.
    CivilPartner,
    /// De facto partner, cohabitant, fiancé(e): not admissible as a dependant.
    DeFactoPartner,
    Child,
    Parent,
    Other,
}

// ---- Validated scalars. Their errors carry a message id (see `crate::input`) so the CLI can say
// ---- exactly what is wrong, in the user's language.

/// Marks a validation error raised by our own deserializers: `TAG` + message id + `\u{1f}` + value.
pub(crate) const TAG: &str = "\u{1e}talentnav:";

fn reject<E: de::Error>(message_id: &str, value: impl std::fmt::Display) -> E {
    E::custom(format!("{TAG}{message_id}\u{1f}{value}"))
}

/// A calendar date written `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day(pub Date);

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl de::Visitor<'_> for V {
            type Value = Day;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a date")
            }
            fn visit_str<E: de::Error>(self, s: &str) -> Result<Day, E> {
                date::parse(s).map(Day).ok_or_else(|| reject("profile-error-not-a-date", s))
            }
        }
        d.deserialize_str(V)
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&self.0.format("%Y-%m-%d"))
    }
}

impl JsonSchema for Day {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "string", "format": "date", "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"})
    }
}

/// An amount of money: a finite number, zero or more.
#[derive(Debug, Clone, Copy, PartialEq, PartialOrd, Serialize)]
pub struct Money(pub f64);

impl<'de> Deserialize<'de> for Money {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let n = f64::deserialize(d)?;
        if !n.is_finite() {
            return Err(reject("profile-error-not-a-number", n));
        }
        if n < 0.0 {
            return Err(reject("profile-error-negative-money", n));
        }
        Ok(Money(n))
    }
}

impl JsonSchema for Money {
    fn schema_name() -> Cow<'static, str> {
        "Money".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({"type": "number", "minimum": 0})
    }
}

macro_rules! code_type {
    ($name:ident, $schema_name:literal, $pattern:literal, $valid:expr, $error:literal) => {
        #[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
        pub struct $name(pub String);

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
                let s = String::deserialize(d)?;
                let valid: fn(&str) -> bool = $valid;
                if valid(&s) { Ok($name(s)) } else { Err(reject($error, s)) }
            }
        }

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                $schema_name.into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({"type": "string", "pattern": $pattern})
            }
        }

        impl $name {
            pub fn as_str(&self) -> &str {
                &self.0
            }
        }
    };
}

code_type!(
    Country,
    "Country",
    "^[A-Z]{2}$",
    |s| s.len() == 2 && s.bytes().all(|b| b.is_ascii_uppercase()),
    "profile-error-not-a-country"
);
code_type!(
    Currency,
    "Currency",
    "^[A-Z]{3}$",
    |s| s.len() == 3 && s.bytes().all(|b| b.is_ascii_uppercase()),
    "profile-error-not-a-currency"
);
code_type!(
    Language,
    "Language",
    "^[a-z]{2,3}$",
    |s| (2..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_lowercase()),
    "profile-error-not-a-language"
);

/// The profile's JSON Schema, as published by `talentnav schema profile`.
pub fn json_schema() -> serde_json::Value {
    let mut schema = schemars::schema_for!(Profile).to_value();
    if let Some(obj) = schema.as_object_mut() {
        obj.insert("$id".into(), "https://talentnav.hk/schema/profile-v1.json".into());
        obj.insert("title".into(), "talentnav.profile/1".into());
        if let Some(props) = obj.get_mut("properties").and_then(|p| p.as_object_mut()) {
            props.insert("schema".into(), serde_json::json!({"const": SCHEMA_ID}));
        }
    }
    schema
}
