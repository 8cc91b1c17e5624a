//! The document checklist a scheme asks of a household: which documents, from whom (the applicant,
//! the employer when there is an offer, each accompanying dependant), and when they apply. A fact that
//! is not known keeps a conditional item in the list with a note, rather than silently dropping it.

use crate::{
    checks::{Msg, msg},
    pack::Pack,
    profile::{Profile, Relationship},
};
use serde::{Deserialize, Serialize};
use talentnav_i18n::args;

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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum When {
    Always,
    IfAny,
    AsApplicable,
    MainlandResident,
    MacaoResident,
    TaiwanResident,
    OverseasCnPassport,
    CnWithForeignPr,
    TalentListPost,
    TtpsExperience,
    NotChild,
}

#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Requirement {
    pub scheme: String,
    pub party: PartyKind,
    pub document: String,
    pub when: When,
    pub routes: Option<Vec<String>>,
    pub waiver: Option<String>,
    pub unconfirmed: Option<String>,
    pub sources: Vec<String>,
}

/// Who provides a document.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind", content = "index")]
pub enum Party {
    Applicant,
    Employer,
    /// The dependant at this position in the profile's `dependants`.
    Dependant(usize),
}

impl Party {
    /// Stable text form, part of an item's key: `applicant`, `employer`, `dependant:0`.
    pub fn code(self) -> String {
        match self {
            Party::Applicant => "applicant".into(),
            Party::Employer => "employer".into(),
            Party::Dependant(i) => format!("dependant:{i}"),
        }
    }

    /// The inverse of [`Party::code`].
    pub fn parse(code: &str) -> Option<Party> {
        match code.split_once(':') {
            None if code == "applicant" => Some(Party::Applicant),
            None if code == "employer" => Some(Party::Employer),
            Some(("dependant", n)) => n.parse().ok().map(Party::Dependant),
            _ => None,
        }
    }
}

#[derive(Debug, Clone)]
pub struct ChecklistItem {
    /// `<document>@<party>`: stable across regenerations, so statuses survive profile changes.
    pub key: String,
    pub document: String,
    pub party: Party,
    pub official_en: String,
    /// When it applies, waivers, open questions.
    pub notes: Vec<Msg>,
    pub sources: Vec<String>,
}

/// Whether a requirement applies: yes, no, or yes with a note saying on what it depends.
enum Applies {
    Yes,
    No,
    If(&'static str),
}

fn tri(v: Option<bool>, note: &'static str) -> Applies {
    match v {
        Some(true) => Applies::Yes,
        Some(false) => Applies::No,
        None => Applies::If(note),
    }
}

fn applies(when: When, p: &Profile, route: Option<&str>, party: Party) -> Applies {
    let a = &p.applicant;
    let cn = a.nationality.as_ref().map(|n| n.as_str() == "CN");
    match when {
        When::Always => Applies::Yes,
        When::IfAny => Applies::If("doc-note-if-any"),
        When::AsApplicable => Applies::If("doc-note-as-applicable"),
        When::MainlandResident => tri(a.mainland_resident, "doc-note-if-mainland"),
        When::MacaoResident => tri(a.macao_resident, "doc-note-if-macao"),
        When::TaiwanResident => tri(a.taiwan_resident, "doc-note-if-taiwan"),
        When::OverseasCnPassport => {
            let resident_elsewhere = [a.mainland_resident, a.macao_resident, a.taiwan_resident];
            match cn {
                Some(false) => Applies::No,
                _ if resident_elsewhere.contains(&Some(true)) => Applies::No,
                Some(true) if resident_elsewhere.iter().all(|r| *r == Some(false)) => Applies::Yes,
                _ => Applies::If("doc-note-if-overseas-cn"),
            }
        }
        When::CnWithForeignPr => match (cn, a.overseas.as_ref().and_then(|o| o.permanent_resident)) {
            (Some(false), _) | (_, Some(false)) => Applies::No,
            (Some(true), Some(true)) => Applies::Yes,
            _ => Applies::If("doc-note-if-foreign-pr"),
        },
        When::TalentListPost => match p.job_offer.as_ref().and_then(|o| o.talent_list_profession.as_deref()) {
            Some(t) if t.trim().is_empty() || t == "none" => Applies::No,
            Some(_) => Applies::Yes,
            None => Applies::If("doc-note-if-talent-list"),
        },
        When::TtpsExperience => match route {
            Some("ttps.a") => Applies::No,
            Some("ttps.b") => Applies::Yes,
            _ => Applies::If("doc-note-if-experience"),
        },
        When::NotChild => match party {
            Party::Dependant(i) => match p.dependants.as_ref().and_then(|d| d.get(i)).and_then(|d| d.relationship) {
                Some(Relationship::Child) => Applies::No,
                _ => Applies::If("doc-note-if-adult"),
            },
            _ => Applies::Yes,
        },
    }
}

/// The parties of a household for a scheme: the applicant; the employer unless there is known to be
/// no offer; each dependant who may accompany (spouse, recognised partner, child; unknown kept).
fn parties(p: &Profile, kind: PartyKind) -> Vec<(Party, Option<&'static str>)> {
    match kind {
        PartyKind::Applicant => vec![(Party::Applicant, None)],
        PartyKind::Employer => match p.has_job_offer {
            Some(false) => vec![],
            Some(true) => vec![(Party::Employer, None)],
            None => vec![(Party::Employer, Some("doc-note-if-offer"))],
        },
        PartyKind::Dependant => p
            .dependants
            .iter()
            .flatten()
            .enumerate()
            .filter(|(_, d)| {
                matches!(
                    d.relationship,
                    None | Some(Relationship::Spouse | Relationship::CivilPartner | Relationship::Child)
                )
            })
            .map(|(i, _)| (Party::Dependant(i), None))
            .collect(),
    }
}

/// The checklist of `scheme` (and `route`, when chosen) for the household in `p`, in the order the pack
/// lists requirements: applicant, then employer, then each dependant.
pub fn checklist(pack: &Pack, p: &Profile, scheme: &str, route: Option<&str>) -> Vec<ChecklistItem> {
    let rules = &pack.documents;
    let mut items = Vec::new();
    for kind in [PartyKind::Applicant, PartyKind::Employer, PartyKind::Dependant] {
        for (party, party_note) in parties(p, kind) {
            for r in rules.requirement.iter().filter(|r| r.scheme == scheme && r.party == kind) {
                if let (Some(routes), Some(chosen)) = (&r.routes, route) {
                    if !routes.iter().any(|x| x == chosen) {
                        continue;
                    }
                }
                let mut notes: Vec<Msg> = party_note.map(|n| msg(n, args![])).into_iter().collect();
                match applies(r.when, p, route, party) {
                    Applies::No => continue,
                    Applies::Yes => {}
                    Applies::If(note) => notes.push(msg(note, args![])),
                }
                match r.waiver.as_deref() {
                    Some("U12") => notes.push(msg("doc-note-waiver-u12", args![])),
                    Some("listed_employer") => notes.push(msg("doc-note-waiver-listed-employer", args![])),
                    _ => {}
                }
                if r.unconfirmed.as_deref() == Some("U9") {
                    notes.push(msg("doc-note-unconfirmed-u9", args![]));
                }
                let official_en = rules
                    .document
                    .iter()
                    .find(|d| d.id == r.document)
                    .map(|d| d.official_en.clone())
                    .unwrap_or_default();
                items.push(ChecklistItem {
                    key: format!("{}@{}", r.document, party.code()),
                    document: r.document.clone(),
                    party,
                    official_en,
                    notes,
                    sources: r.sources.clone(),
                });
            }
        }
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{input::parse_profile, pack::embedded_pack};

    fn profile(json: &str) -> Profile {
        parse_profile(json.as_bytes()).unwrap()
    }

    fn keys(items: &[ChecklistItem]) -> Vec<String> {
        items.iter().map(|i| i.key.clone()).collect()
    }

    #[test]
    fn every_requirement_names_a_known_document_and_scheme() {
        let p = embedded_pack();
        let schemes: Vec<&str> = p.schemes.iter().map(|s| s.id.as_str()).collect();
        for r in &p.documents.requirement {
            assert!(p.documents.document.iter().any(|d| d.id == r.document), "{}", r.document);
            assert!(schemes.contains(&r.scheme.as_str()), "{}", r.scheme);
        }
    }

    #[test]
    fn every_scheme_says_how_to_apply_and_party_codes_round_trip() {
        let p = embedded_pack();
        for s in &p.schemes {
            let sub = p.documents.submission.iter().filter(|x| x.scheme == s.id).count();
            assert_eq!(sub, 1, "{}", s.id);
        }
        for party in [Party::Applicant, Party::Employer, Party::Dependant(0), Party::Dependant(12)] {
            assert_eq!(Party::parse(&party.code()), Some(party));
        }
        for bad in ["", "dependant", "dependant:x", "dependant:-1", "spouse", "applicant:0"] {
            assert_eq!(Party::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn a_mainland_resident_with_an_offer_and_a_family_under_asmtp() {
        let p = profile(
            r#"{"schema": "talentnav.profile/1", "applicant": {"nationality": "CN", "mainland_resident": true},
                "has_job_offer": true, "job_offer": {"talent_list_profession": "none"},
                "dependants": [{"relationship": "spouse"}, {"relationship": "child"}, {"relationship": "parent"}]}"#,
        );
        let k = keys(&checklist(embedded_pack(), &p, "asmtp", None));
        assert!(k.contains(&"consent_letter@applicant".into()));
        assert!(k.contains(&"employment_contract@employer".into()));
        assert!(!k.contains(&"talent_list_declaration@employer".into()), "no Talent List post");
        assert!(
            k.contains(&"relationship_evidence@dependant:0".into())
                && k.contains(&"relationship_evidence@dependant:1".into())
        );
        assert!(!k.iter().any(|x| x.ends_with("@dependant:2")), "a parent is not a dependant");
    }

    #[test]
    fn conditional_items_stay_with_a_note_when_the_fact_is_unknown() {
        let p = profile(r#"{"schema": "talentnav.profile/1"}"#);
        let items = checklist(embedded_pack(), &p, "ttps", Some("ttps.b"));
        let consent = items.iter().find(|i| i.key == "consent_letter@applicant").expect("kept");
        assert_eq!(consent.notes[0].id, "doc-note-if-mainland");
        assert!(!keys(&items).contains(&"income_proof@applicant".into()), "Category A only");
        let known = profile(
            r#"{"schema": "talentnav.profile/1", "applicant": {"nationality": "GB", "mainland_resident": false, "macao_resident": false, "taiwan_resident": false}}"#,
        );
        let k = keys(&checklist(embedded_pack(), &known, "ttps", Some("ttps.a")));
        assert!(!k.contains(&"consent_letter@applicant".into()) && !k.contains(&"overseas_residence@applicant".into()));
        assert!(k.contains(&"income_proof@applicant".into()) && !k.contains(&"degree_certificate@applicant".into()));
    }

    #[test]
    fn new_cies_asks_adult_dependants_only_for_a_no_criminal_conviction_certificate() {
        let p = profile(
            r#"{"schema": "talentnav.profile/1", "dependants": [{"relationship": "spouse"}, {"relationship": "child"}]}"#,
        );
        let k = keys(&checklist(embedded_pack(), &p, "new_cies", None));
        assert!(k.contains(&"no_criminal_conviction@dependant:0".into()));
        assert!(!k.contains(&"no_criminal_conviction@dependant:1".into()));
    }

    #[test]
    fn no_employer_items_without_an_offer() {
        let p = profile(r#"{"schema": "talentnav.profile/1", "has_job_offer": false}"#);
        assert!(!checklist(embedded_pack(), &p, "gep", None).iter().any(|i| i.party == Party::Employer));
    }
}
