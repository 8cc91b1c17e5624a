//! The pack's document rules (`documents.toml`): which documents each scheme asks of whom, when, and
//! what may waive them. `crate::documents` judges them against a household.

use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct DocumentRules {
    pub document: Vec<DocumentKind>,
    pub requirement: Vec<Requirement>,
    pub submission: Vec<Submission>,
}

/// How a scheme's application is made: the channel is online for every scheme (S46); the guidebook
/// differs, and is not known for some (`unconfirmed` names the register entry).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Submission {
    pub scheme: String,
    pub guide: Option<String>,
    pub unconfirmed: Option<String>,
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
pub struct DocumentKind {
    pub id: String,
    /// ImmD's English wording, printed under the localized name on Chinese checklists.
    pub official_en: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PartyKind {
    Applicant,
    Employer,
    Dependant,
}

/// When a requirement applies. Each has its condition in words, `doc-when-<name>`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum When {
    Always,
    IfAny,
    MainlandResident,
    MacaoResident,
    TaiwanResident,
    OverseasCnPassport,
    CnWithForeignPr,
    TalentListPost,
    TtpsExperience,
    EmployerNew,
    NotChild,
    DependantMacaoResident,
    DependantTaiwanResident,
    DependantOverseasCn,
}

/// What lifts a requirement.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
pub enum Waiver {
    /// A GEP/ASMTP facilitation measure; who qualifies is not captured (the requirement names the
    /// register item), so the item stays with a note.
    #[serde(rename = "facilitation")]
    Facilitation,
    /// The employer is listed in Hong Kong or sponsored a visa for non-local staff within 24 months.
    #[serde(rename = "listed_employer")]
    ListedEmployer,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    pub scheme: String,
    pub party: PartyKind,
    pub document: String,
    pub when: When,
    pub routes: Option<Vec<String>>,
    pub waiver: Option<Waiver>,
    pub unconfirmed: Option<String>,
    pub sources: Vec<String>,
}
