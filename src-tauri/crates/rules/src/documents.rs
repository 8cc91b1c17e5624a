//! The document checklist a scheme asks of a household: which documents, from whom (the applicant,
//! the employer when there is an offer, each dependant who can come), and when they apply. A
//! condition the household's facts settle either drops the item or makes it plainly required; only a
//! condition whose facts are unknown keeps the item as "may be needed", saying the condition and the
//! facts that would settle it. [`party_label`], [`need_label`] and [`item_lines`] put that into words
//! for the PDF, the command line and the window alike.

use crate::{
    checks::{self, Ctx, Outcome},
    date::{Date, add_months, iso},
    message::{Msg, message_id, msg},
    pack::Pack,
    profile::{Profile, Relationship},
};
use serde::Serialize;
use talentnav_i18n::{Locale, args, message};

pub use crate::pack::documents::{DocumentKind, DocumentRules, PartyKind, Requirement, Submission, Waiver, When};

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

/// How firmly a document is asked for. Never "required" while a condition is open.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, ts_rs::TS)]
#[serde(rename_all = "snake_case")]
pub enum Need {
    /// The household's facts say it is needed.
    Required,
    /// Only if the person holds one (no fact of the profile says).
    IfAny,
    /// It depends on a fact not known yet.
    MayBeNeeded,
}

#[derive(Debug, Clone)]
pub struct ChecklistItem {
    /// `<document>@<party>`: stable across regenerations, so statuses survive profile changes.
    pub key: String,
    pub document: String,
    pub party: Party,
    pub official_en: String,
    pub need: Need,
    /// The conditions still open, in words ("Only if the company was set up …"); empty when required.
    pub conditions: Vec<Msg>,
    /// The profile facts that would settle them (`dependants[1].resident_of`, `route`).
    pub unknown: Vec<String>,
    /// Waivers that cannot be settled from the profile.
    pub notes: Vec<Msg>,
    /// The register item left open for this document, if any.
    pub open_point: Option<OpenPoint>,
    pub sources: Vec<String>,
}

/// A point of the UNCONFIRMED register that concerns a document: said in full once on a printed
/// checklist, however many documents it concerns, and briefly under each of them.
#[derive(Debug, Clone)]
pub struct OpenPoint {
    pub code: String,
    /// "Not confirmed: …; see the points to confirm."
    pub brief: Msg,
    /// What is open and what to ask the Immigration Department.
    pub reason: Msg,
}

/// A dependant who cannot come, and why: gets a line on the checklist instead of documents.
#[derive(Debug, Clone)]
pub struct Excluded {
    pub index: usize,
    pub reason: Msg,
}

/// Whether one condition holds for this household.
enum Applies {
    Yes,
    No,
    /// Only if the person has one: the status says so, no condition line.
    IfAny,
    /// Not known: the condition in words and the facts that would settle it.
    Unknown(&'static str, Vec<String>),
}

/// A condition on facts that are each known or not: `holds` is `None` until they settle it.
fn on_facts(holds: Option<bool>, condition: &'static str, facts: Vec<(bool, String)>) -> Applies {
    match holds {
        Some(true) => Applies::Yes,
        Some(false) => Applies::No,
        None => Applies::Unknown(condition, facts.into_iter().filter(|(known, _)| !known).map(|(_, f)| f).collect()),
    }
}

fn fact(v: Option<bool>, condition: &'static str, path: &str) -> Applies {
    on_facts(v, condition, vec![(v.is_some(), path.into())])
}

/// Where someone lives outside the Mainland, Hong Kong, Macao and Taiwan.
fn overseas(code: &str) -> bool {
    !matches!(code, "CN" | "HK" | "MO" | "TW")
}

fn applies(when: When, p: &Profile, route: Option<&str>, party: Party, on: Date) -> Applies {
    let a = &p.applicant;
    let cn = a.nationality.as_ref().map(|n| n.as_str() == "CN");
    let offer = p.job_offer.as_ref();
    let dependant = match party {
        Party::Dependant(i) => p.dependants.as_ref().and_then(|d| d.get(i)),
        _ => None,
    };
    let path = |field: &str| match party {
        Party::Dependant(i) => format!("dependants[{i}].{field}"),
        _ => field.to_string(),
    };
    let lives = dependant.and_then(|d| d.resident_of.as_ref()).map(|c| c.as_str());
    let lives_in = |code: &str, condition| {
        on_facts(lives.map(|l| l == code), condition, vec![(lives.is_some(), path("resident_of"))])
    };
    match when {
        When::Always => Applies::Yes,
        When::IfAny => Applies::IfAny,
        When::MainlandResident => {
            fact(a.mainland_resident, "doc-when-mainland-resident", "applicant.mainland_resident")
        }
        When::MacaoResident => fact(a.macao_resident, "doc-when-macao-resident", "applicant.macao_resident"),
        When::TaiwanResident => fact(a.taiwan_resident, "doc-when-taiwan-resident", "applicant.taiwan_resident"),
        When::OverseasCnPassport => {
            let elsewhere = [
                (a.mainland_resident, "applicant.mainland_resident"),
                (a.macao_resident, "applicant.macao_resident"),
                (a.taiwan_resident, "applicant.taiwan_resident"),
            ];
            let holds = match cn {
                Some(false) => Some(false),
                _ if elsewhere.iter().any(|(r, _)| *r == Some(true)) => Some(false),
                Some(true) if elsewhere.iter().all(|(r, _)| *r == Some(false)) => Some(true),
                _ => None,
            };
            let mut facts = vec![(cn.is_some(), "applicant.nationality".to_string())];
            facts.extend(elsewhere.iter().map(|(r, f)| (r.is_some(), f.to_string())));
            on_facts(holds, "doc-when-overseas-cn-passport", facts)
        }
        When::CnWithForeignPr => {
            let pr = a.overseas.as_ref().and_then(|o| o.permanent_resident);
            let holds = match (cn, pr) {
                (Some(false), _) | (_, Some(false)) => Some(false),
                (Some(true), Some(true)) => Some(true),
                _ => None,
            };
            let facts = vec![
                (cn.is_some(), "applicant.nationality".into()),
                (pr.is_some(), "applicant.overseas.permanent_resident".into()),
            ];
            on_facts(holds, "doc-when-cn-with-foreign-pr", facts)
        }
        When::TalentListPost => {
            let post = offer.and_then(|o| o.talent_list_profession.as_deref());
            let holds = post.map(|t| !(t.trim().is_empty() || t == "none"));
            fact(holds, "doc-when-talent-list-post", "job_offer.talent_list_profession")
        }
        When::TtpsExperience => match route {
            Some("ttps.a") => Applies::No,
            Some("ttps.b") => Applies::Yes,
            // Category C: only when work experience is claimed; someone known to have none claims none.
            Some("ttps.c") => {
                let none = a.employment.as_ref().filter(|e| e.is_empty()).map(|_| false);
                fact(none, "doc-when-ttps-experience", "applicant.employment")
            }
            _ => fact(None, "doc-when-ttps-experience", "route"),
        },
        When::EmployerNew => {
            // Set up less than 12 months before the submission: on the anniversary it is 12 months old.
            let founded = offer.and_then(|o| o.employer_established_on).map(|d| d.0);
            fact(founded.map(|f| f > add_months(on, -12)), "doc-when-employer-new", "job_offer.employer_established_on")
        }
        When::NotChild => match party {
            Party::Dependant(_) => {
                let relationship = dependant.and_then(|d| d.relationship);
                fact(relationship.map(|r| r != Relationship::Child), "doc-when-not-child", &path("relationship"))
            }
            _ => Applies::Yes,
        },
        When::DependantMacaoResident => lives_in("MO", "doc-when-dependant-macao-resident"),
        When::DependantTaiwanResident => lives_in("TW", "doc-when-dependant-taiwan-resident"),
        When::DependantOverseasCn => {
            let chinese = dependant.and_then(|d| d.nationality.as_ref()).map(|n| n.as_str() == "CN");
            let holds = match (lives.map(overseas), chinese) {
                (Some(false), _) | (_, Some(false)) => Some(false),
                (Some(true), Some(true)) => Some(true),
                _ => None,
            };
            let facts = vec![(lives.is_some(), path("resident_of")), (chinese.is_some(), path("nationality"))];
            on_facts(holds, "doc-when-dependant-overseas-cn", facts)
        }
    }
}

fn waived(waiver: Waiver, p: &Profile) -> Applies {
    match waiver {
        Waiver::Facilitation => Applies::Yes,
        Waiver::ListedEmployer => {
            let offer = p.job_offer.as_ref();
            let listed = offer.and_then(|o| o.employer_listed_in_hk);
            let sponsored = offer.and_then(|o| o.employer_visa_sponsored_within_24_months);
            let holds = match (listed, sponsored) {
                (Some(true), _) | (_, Some(true)) => Some(false),
                (Some(false), Some(false)) => Some(true),
                _ => None,
            };
            let facts = vec![
                (listed.is_some(), "job_offer.employer_listed_in_hk".into()),
                (sponsored.is_some(), "job_offer.employer_visa_sponsored_within_24_months".into()),
            ];
            on_facts(holds, "doc-when-not-listed-employer", facts)
        }
    }
}

/// The dependants who cannot come (a child of 18 or over, a parent, a de facto partner …), judged on
/// `on` as `scheme` applies the rule, with the reason. The rules engine's own dependant check
/// decides, so both say the same.
pub fn excluded(pack: &Pack, p: &Profile, on: Date, scheme: &str) -> Vec<Excluded> {
    admissions(pack, p, on, scheme)
        .into_iter()
        .enumerate()
        .filter(|(_, f)| f.outcome == Outcome::NotMet)
        .map(|(i, f)| Excluded { index: i, reason: f.detail })
        .collect()
}

/// Each dependant's check as `scheme` applies it on `on`.
fn admissions(pack: &Pack, p: &Profile, on: Date, scheme: &str) -> Vec<checks::Finding> {
    let c = Ctx::new(p, on, pack);
    (0..p.dependants.as_ref().map_or(0, Vec::len)).map(|i| checks::dependant_for(&c, i, Some(scheme))).collect()
}

/// A dependant whose admission is not settled needs her documents only if she can come.
fn admitted(f: Option<&checks::Finding>) -> Applies {
    match f.map(|f| f.outcome) {
        Some(Outcome::Unknown | Outcome::Review) => {
            Applies::Unknown("doc-when-dependant-admitted", f.map(|f| f.missing.clone()).unwrap_or_default())
        }
        _ => Applies::Yes,
    }
}

/// The parties of a household for a scheme: the applicant; the employer unless there is known to be
/// no offer; each dependant not known to be unable to come.
fn parties(p: &Profile, kind: PartyKind, excluded: &[Excluded]) -> Vec<Party> {
    match kind {
        PartyKind::Applicant => vec![Party::Applicant],
        PartyKind::Employer if p.has_job_offer == Some(false) => vec![],
        PartyKind::Employer => vec![Party::Employer],
        PartyKind::Dependant => (0..p.dependants.as_ref().map_or(0, Vec::len))
            .filter(|i| !excluded.iter().any(|e| e.index == *i))
            .map(Party::Dependant)
            .collect(),
    }
}

/// The checklist of `scheme` (and `route`, when chosen) for the household in `p`, for an application
/// submitted on `on`, in the order the pack lists requirements: applicant, employer, each dependant.
pub fn checklist(pack: &Pack, p: &Profile, scheme: &str, route: Option<&str>, on: Date) -> Vec<ChecklistItem> {
    let rules = &pack.documents;
    let admissions = admissions(pack, p, on, scheme);
    let excluded = excluded(pack, p, on, scheme);
    let mut items = Vec::new();
    for kind in [PartyKind::Applicant, PartyKind::Employer, PartyKind::Dependant] {
        for party in parties(p, kind, &excluded) {
            for r in rules.requirement.iter().filter(|r| r.scheme == scheme && r.party == kind) {
                if let (Some(routes), Some(chosen)) = (&r.routes, route)
                    && !routes.iter().any(|x| x == chosen)
                {
                    continue;
                }
                let mut conditions = Vec::new();
                let mut unknown = Vec::new();
                let mut need = Need::Required;
                let checks = [
                    (party == Party::Employer).then(|| fact(p.has_job_offer, "doc-when-offer", "has_job_offer")),
                    Some(applies(r.when, p, route, party, on)),
                    r.waiver.map(|w| waived(w, p)),
                    match party {
                        Party::Dependant(i) => Some(admitted(admissions.get(i))),
                        _ => None,
                    },
                ];
                let mut dropped = false;
                for a in checks.into_iter().flatten() {
                    match a {
                        Applies::Yes => {}
                        Applies::No => dropped = true,
                        Applies::IfAny => {
                            if need == Need::Required {
                                need = Need::IfAny;
                            }
                        }
                        Applies::Unknown(c, facts) => {
                            conditions.push(msg(c, args![]));
                            unknown.extend(facts.into_iter().filter(|f| !unknown.contains(f)).collect::<Vec<_>>());
                            need = Need::MayBeNeeded;
                        }
                    }
                }
                if dropped {
                    continue;
                }
                let mut notes = Vec::new();
                if r.waiver == Some(Waiver::Facilitation) {
                    notes.push(msg("doc-note-waiver-facilitation", args![]));
                }
                // What is open, and what to ask the Immigration Department: never the register's code.
                let open_point = r.unconfirmed.as_deref().map(|code| OpenPoint {
                    code: code.to_string(),
                    brief: pack.unconfirmed_brief(code),
                    reason: pack.unconfirmed(code),
                });
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
                    need,
                    conditions,
                    unknown,
                    notes,
                    open_point,
                    sources: r.sources.clone(),
                });
            }
        }
    }
    items
}

// ---- In words: the same for the PDF, `talentnav doc list` and the window.

/// A name as it is printed: family name in capitals, given names, then the Chinese name.
fn name_text(n: &crate::profile::Name) -> String {
    [n.family.as_ref().map(|f| f.to_uppercase()), n.given.clone(), n.chinese.clone()]
        .into_iter()
        .flatten()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Who a party is, by role and what identifies them: "Spouse · WONG Mei Ling 黃美玲", "Child, born
/// 1 Mar 2017", "Employer · Acme HK Ltd". The applicant's name is the caller's (it heads the page).
pub fn party_label(locale: Locale, p: &Profile, party: Party) -> String {
    let (role, name) = match party {
        Party::Applicant => (message(locale, "doc-party-applicant", &args![]), None),
        Party::Employer => (
            message(locale, "doc-party-employer", &args![]),
            p.job_offer.as_ref().and_then(|o| o.employer.clone()).filter(|e| !e.trim().is_empty()),
        ),
        Party::Dependant(i) => {
            let d = p.dependants.as_ref().and_then(|d| d.get(i));
            let born = d.and_then(|d| d.date_of_birth).map(|b| iso(b.0));
            let id = match d.and_then(|d| d.relationship) {
                Some(Relationship::Spouse) => "doc-party-spouse",
                Some(Relationship::CivilPartner) => "doc-party-civil-partner",
                Some(Relationship::DeFactoPartner) => "doc-party-de-facto-partner",
                Some(Relationship::Child) if born.is_some() => "doc-party-child-born",
                Some(Relationship::Child) => "doc-party-child",
                Some(Relationship::Parent) => "doc-party-parent",
                Some(Relationship::Other) | None => "doc-party-family-member",
            };
            let role = message(locale, id, &args![("born", born.unwrap_or_default()), ("n", i + 1)]);
            (role, d.and_then(|d| d.name.as_ref()).map(name_text).filter(|n| !n.is_empty()))
        }
    };
    match name {
        Some(n) => format!("{role} · {n}"),
        None => role,
    }
}

/// The label of a document still to collect: "Required", "May be needed" or "If you have one".
pub fn need_label(locale: Locale, need: Need) -> String {
    let id = match need {
        Need::Required => "doc-status-required",
        Need::IfAny => "doc-need-if-any",
        Need::MayBeNeeded => "doc-need-may-be-needed",
    };
    message(locale, id, &args![])
}

/// The message naming a profile fact: `dependants[1].resident_of` -> `doc-fact-dependants-resident-of`
/// ("where this person lives").
fn fact_id(path: &str) -> String {
    let mut key = String::new();
    let mut rest = path;
    while let Some(open) = rest.find('[') {
        key.push_str(&rest[..open]);
        rest = rest[open..].find(']').map_or("", |close| &rest[open + close + 1..]);
    }
    key.push_str(rest);
    message_id("doc-fact", &key)
}

/// What is shown under a document: its open conditions, the facts that would settle them, notes, and
/// the open point in full.
pub fn item_lines(locale: Locale, item: &ChecklistItem) -> Vec<String> {
    let mut lines = lines_before_open_point(locale, item);
    lines.extend(item.open_point.iter().map(|o| message(locale, o.reason.id, &o.reason.args)));
    lines
}

/// [`item_lines`] for a printed checklist, which says each open point in full once: here it is named
/// briefly.
pub fn item_lines_brief(locale: Locale, item: &ChecklistItem) -> Vec<String> {
    let mut lines = lines_before_open_point(locale, item);
    lines.extend(item.open_point.iter().map(|o| message(locale, o.brief.id, &o.brief.args)));
    lines
}

fn lines_before_open_point(locale: Locale, item: &ChecklistItem) -> Vec<String> {
    let mut lines: Vec<String> = item.conditions.iter().map(|m| message(locale, m.id, &m.args)).collect();
    lines.extend(
        item.unknown
            .iter()
            .map(|f| message(locale, "doc-not-known-yet", &args![("fact", message(locale, &fact_id(f), &args![]))])),
    );
    lines.extend(item.notes.iter().map(|m| message(locale, m.id, &m.args)));
    lines
}

/// The line for a dependant who cannot come: no documents, and why.
pub fn excluded_line(locale: Locale, e: &Excluded) -> String {
    message(locale, "doc-excluded", &args![("reason", message(locale, e.reason.id, &e.reason.args))])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{input::parse_profile, pack::embedded_pack};

    fn profile(json: &str) -> Profile {
        parse_profile(json.as_bytes()).unwrap()
    }

    fn day(s: &str) -> Date {
        crate::date::parse(s).unwrap()
    }

    /// The day every household here applies, unless a test says otherwise.
    const SUBMIT: &str = "2027-01-15";

    fn items(p: &Profile, scheme: &str, route: Option<&str>) -> Vec<ChecklistItem> {
        checklist(embedded_pack(), p, scheme, route, day(SUBMIT))
    }

    fn keys(items: &[ChecklistItem]) -> Vec<String> {
        items.iter().map(|i| i.key.clone()).collect()
    }

    /// How `key` is asked for: `None` when it is not listed.
    fn need(items: &[ChecklistItem], key: &str) -> Option<Need> {
        items.iter().find(|i| i.key == key).map(|i| i.need)
    }

    fn item<'a>(items: &'a [ChecklistItem], key: &str) -> &'a ChecklistItem {
        items.iter().find(|i| i.key == key).unwrap_or_else(|| panic!("{key} missing from {:?}", keys(items)))
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
        let k = keys(&items(&p, "asmtp", None));
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
    fn conditional_items_stay_as_may_be_needed_with_the_condition_when_the_fact_is_unknown() {
        let p = profile(r#"{"schema": "talentnav.profile/1"}"#);
        let list = items(&p, "ttps", Some("ttps.b"));
        let consent = item(&list, "consent_letter@applicant");
        assert_eq!(consent.need, Need::MayBeNeeded);
        assert_eq!(consent.conditions[0].id, "doc-when-mainland-resident");
        assert_eq!(consent.unknown, ["applicant.mainland_resident"]);
        assert_eq!(need(&list, "hkid@applicant"), Some(Need::IfAny));
        assert!(item(&list, "hkid@applicant").conditions.is_empty(), "the status says it: no second line");
        assert!(!keys(&list).contains(&"income_proof@applicant".into()), "Category A only");
        let known = profile(
            r#"{"schema": "talentnav.profile/1", "applicant": {"nationality": "GB", "mainland_resident": false, "macao_resident": false, "taiwan_resident": false}}"#,
        );
        let k = keys(&items(&known, "ttps", Some("ttps.a")));
        assert!(!k.contains(&"consent_letter@applicant".into()) && !k.contains(&"overseas_residence@applicant".into()));
        assert!(k.contains(&"income_proof@applicant".into()) && !k.contains(&"degree_certificate@applicant".into()));
        let mainland = profile(r#"{"schema": "talentnav.profile/1", "applicant": {"mainland_resident": true}}"#);
        let consent = item(&items(&mainland, "ttps", Some("ttps.a")), "consent_letter@applicant").clone();
        assert_eq!((consent.need, consent.conditions.len()), (Need::Required, 0), "settled: plainly required");
    }

    #[test]
    fn ttps_work_experience_proof_by_category() {
        let p = profile(r#"{"schema": "talentnav.profile/1"}"#);
        assert_eq!(need(&items(&p, "ttps", Some("ttps.a")), "work_experience@applicant"), None);
        assert_eq!(need(&items(&p, "ttps", Some("ttps.b")), "work_experience@applicant"), Some(Need::Required));
        assert_eq!(item(&items(&p, "ttps", None), "work_experience@applicant").unknown, ["route"]);
        assert_eq!(
            item(&items(&p, "ttps", Some("ttps.c")), "work_experience@applicant").unknown,
            ["applicant.employment"]
        );
        let never_worked = profile(r#"{"schema": "talentnav.profile/1", "applicant": {"employment": []}}"#);
        assert_eq!(need(&items(&never_worked, "ttps", Some("ttps.c")), "work_experience@applicant"), None);
    }

    #[test]
    fn new_cies_asks_adult_dependants_only_for_a_no_criminal_conviction_certificate() {
        let p = profile(
            r#"{"schema": "talentnav.profile/1", "dependants": [{"relationship": "spouse"}, {"relationship": "child"}, {}]}"#,
        );
        let list = items(&p, "new_cies", None);
        assert_eq!(need(&list, "no_criminal_conviction@dependant:0"), Some(Need::Required));
        assert_eq!(need(&list, "no_criminal_conviction@dependant:1"), None);
        let unknown = item(&list, "no_criminal_conviction@dependant:2");
        assert_eq!(
            (unknown.need, unknown.unknown.as_slice()),
            (Need::MayBeNeeded, &["dependants[2].relationship".to_string()][..])
        );
    }

    #[test]
    fn no_employer_items_without_an_offer_and_may_be_needed_while_the_offer_is_unknown() {
        let p = profile(r#"{"schema": "talentnav.profile/1", "has_job_offer": false}"#);
        assert!(!items(&p, "gep", None).iter().any(|i| i.party == Party::Employer));
        let p = profile(r#"{"schema": "talentnav.profile/1"}"#);
        let list = items(&p, "gep", None);
        let contract = item(&list, "employment_contract@employer");
        assert_eq!(contract.need, Need::MayBeNeeded);
        assert_eq!(contract.conditions[0].id, "doc-when-offer");
        assert_eq!(contract.unknown, ["has_job_offer"]);
    }

    fn with_company(founded: Option<&str>, listed: Option<bool>, sponsored: Option<bool>) -> Profile {
        let mut offer = serde_json::json!({"employer": "Acme HK Ltd"});
        if let Some(f) = founded {
            offer["employer_established_on"] = f.into();
        }
        if let Some(l) = listed {
            offer["employer_listed_in_hk"] = l.into();
        }
        if let Some(s) = sponsored {
            offer["employer_visa_sponsored_within_24_months"] = s.into();
        }
        let p = serde_json::json!({"schema": "talentnav.profile/1", "has_job_offer": true, "job_offer": offer});
        profile(&p.to_string())
    }

    #[test]
    fn a_business_plan_only_for_a_company_set_up_within_the_12_months_before_submission() {
        // Submission on 2027-01-15: set up 6 months before, 18 months before, the day after the
        // anniversary (11 months and 30 days old), on it (12 months old), the day before it; unknown.
        for (founded, want) in [
            (Some("2026-07-15"), Some(Need::Required)),
            (Some("2025-07-15"), None),
            (Some("2026-01-16"), Some(Need::Required)),
            (Some("2026-01-15"), None),
            (Some("2026-01-14"), None),
            (None, Some(Need::MayBeNeeded)),
        ] {
            for scheme in ["gep", "asmtp"] {
                let list = items(&with_company(founded, None, None), scheme, None);
                assert_eq!(need(&list, "business_plan@employer"), want, "{scheme} set up {founded:?}");
            }
        }
        let list = items(&with_company(None, None, None), "gep", None);
        let plan = item(&list, "business_plan@employer");
        assert_eq!(plan.conditions.iter().map(|c| c.id).collect::<Vec<_>>(), ["doc-when-employer-new"]);
        assert_eq!(plan.unknown, ["job_offer.employer_established_on"]);
        assert_eq!(
            item_lines(Locale::En, plan),
            [
                "Only if the company was set up within the 12 months before the submission.",
                "Not known yet: when the company was set up.",
                "Not needed if the applicant or employer meets a GEP/ASMTP facilitation measure.",
                "Which applicants and employers qualify for the GEP and ASMTP facilitation measures that waive some documents is not in any available official text. Ask the Immigration Department whether the applicant or the employer qualifies for a facilitation measure.",
            ]
        );
    }

    #[test]
    fn iang_company_documents_lifted_for_a_listed_or_visa_sponsoring_employer_and_the_plan_only_for_a_new_one() {
        let iang = |p: &Profile| items(p, "iang", Some("iang.non_recent"));
        let young = Some("2026-07-15");
        let old = Some("2025-07-15");
        // (founded, listed, sponsored) -> business plan, BR certificate
        for (founded, listed, sponsored, plan, br) in [
            (young, Some(false), Some(false), Some(Need::Required), Some(Need::Required)),
            (young, Some(true), None, None, None),
            (young, None, Some(true), None, None),
            (young, Some(false), Some(true), None, None),
            (young, None, None, Some(Need::MayBeNeeded), Some(Need::MayBeNeeded)),
            (old, None, None, None, Some(Need::MayBeNeeded)),
            (old, Some(false), Some(false), None, Some(Need::Required)),
            (None, Some(false), Some(false), Some(Need::MayBeNeeded), Some(Need::Required)),
        ] {
            let list = iang(&with_company(founded, listed, sponsored));
            let case = format!("{founded:?} listed {listed:?} sponsored {sponsored:?}");
            assert_eq!(need(&list, "business_plan@employer"), plan, "plan: {case}");
            assert_eq!(need(&list, "br_certificate@employer"), br, "BR: {case}");
            assert_eq!(need(&list, "employment_contract@employer"), Some(Need::Required), "never lifted: {case}");
        }
        let list = iang(&with_company(young, Some(false), None));
        let br = item(&list, "br_certificate@employer");
        assert_eq!(br.conditions[0].id, "doc-when-not-listed-employer");
        assert_eq!(br.unknown, ["job_offer.employer_visa_sponsored_within_24_months"], "only the fact still open");
        let plan = item(&iang(&with_company(None, None, None)), "business_plan@employer").clone();
        assert_eq!(plan.conditions.len(), 2, "both conditions said: {:?}", plan.conditions);
        // Recent graduates need no offer: no employer documents at all.
        assert!(
            !items(&with_company(young, None, None), "iang", Some("iang.recent"))
                .iter()
                .any(|i| i.party == Party::Employer)
        );
    }

    #[test]
    fn techtas_br_certificate_waived_for_a_listed_employer() {
        assert_eq!(
            need(&items(&with_company(None, Some(true), None), "techtas", None), "br_certificate@employer"),
            None
        );
        let both_no = items(&with_company(None, Some(false), Some(false)), "techtas", None);
        assert_eq!(need(&both_no, "br_certificate@employer"), Some(Need::Required));
        assert_eq!(need(&both_no, "business_plan@employer"), None, "TechTAS asks for no business plan");
    }

    fn household(dependants: &str) -> Profile {
        profile(&format!(r#"{{"schema": "talentnav.profile/1", "has_job_offer": false, "dependants": {dependants}}}"#))
    }

    /// A dependant whose admission is unknown keeps her documents as "may be needed", with the facts
    /// that would settle it; once the facts settle it, they are required again.
    #[test]
    fn a_dependant_whose_admission_is_unknown_may_need_her_documents() {
        let p = household(
            r#"[{"relationship": "spouse", "resident_of": "MO"}, {"relationship": "child", "married": false}]"#,
        );
        let list = items(&p, "asmtp", None);
        for (i, fact) in [(0, "dependants[0].macao.former_mainland_resident"), (1, "dependants[1].date_of_birth")] {
            let mine: Vec<_> = list.iter().filter(|x| x.party == Party::Dependant(i)).collect();
            assert!(!mine.is_empty(), "dependant {i} keeps her items");
            for x in mine {
                assert_eq!(x.need, Need::MayBeNeeded, "{}", x.key);
                assert!(x.conditions.iter().any(|c| c.id == "doc-when-dependant-admitted"), "{}", x.key);
                assert!(x.unknown.iter().any(|f| f == fact), "{}: {:?}", x.key, x.unknown);
                let lines = item_lines(Locale::En, x).join(" ");
                assert!(!lines.contains("doc-fact-"), "{lines}");
            }
        }
        let p = household(
            r#"[{"relationship": "spouse", "resident_of": "MO", "macao": {"former_mainland_resident": false}}, {"relationship": "child", "married": false, "date_of_birth": "2015-01-01"}]"#,
        );
        let list = items(&p, "asmtp", None);
        let passport = |i: usize| list.iter().find(|x| x.party == Party::Dependant(i) && x.need == Need::Required);
        assert!(passport(0).is_some() && passport(1).is_some(), "settled: required");
        assert!(!list.iter().any(|x| x.conditions.iter().any(|c| c.id == "doc-when-dependant-admitted")));
    }

    /// §8.3: ASSG words the Macao exception the other way round, so a recent Macao card holder is for
    /// review there and keeps her documents; other schemes exclude her (no One-way Permit).
    #[test]
    fn assg_keeps_a_recent_macao_card_holder_for_review() {
        let p = household(
            r#"[{"relationship": "spouse", "resident_of": "MO", "macao": {"former_mainland_resident": true, "macao_id_since": "2021-05-01", "one_way_permit": false}}]"#,
        );
        assert!(items(&p, "assg", None).iter().any(|i| i.party == Party::Dependant(0)));
        assert!(excluded(embedded_pack(), &p, day(SUBMIT), "assg").is_empty());
        assert!(!items(&p, "gep", None).iter().any(|i| i.party == Party::Dependant(0)));
        assert_eq!(excluded(embedded_pack(), &p, day(SUBMIT), "gep").len(), 1);
    }

    #[test]
    fn a_dependant_s_identity_documents_follow_where_they_live() {
        let macao = ["macao_id@dependant:0", "taiwan_documents@dependant:0", "overseas_residence@dependant:0"];
        // (resident_of, nationality) -> Macao ID, Taiwan documents, proof of overseas residence
        let r = Some(Need::Required);
        let m = Some(Need::MayBeNeeded);
        for (lives, nationality, want) in [
            (Some("MO"), Some("CN"), [r, None, None]),
            (Some("TW"), None, [None, r, None]),
            (Some("CN"), Some("CN"), [None, None, None]),
            (Some("HK"), None, [None, None, None]),
            (Some("GB"), Some("CN"), [None, None, r]),
            (Some("GB"), Some("GB"), [None, None, None]),
            (Some("GB"), None, [None, None, m]),
            (None, Some("GB"), [m, m, None]),
            (None, None, [m, m, m]),
        ] {
            // Not a former Mainland resident: her admission is settled, so only where she lives counts.
            let mut d = serde_json::json!({"relationship": "spouse", "macao": {"former_mainland_resident": false}});
            if let Some(l) = lives {
                d["resident_of"] = l.into();
            }
            if let Some(n) = nationality {
                d["nationality"] = n.into();
            }
            for scheme in ["ttps", "gep", "asmtp", "techtas", "iang"] {
                let list = items(&household(&format!("[{d}]")), scheme, None);
                let got = macao.map(|k| need(&list, k));
                assert_eq!(got, want, "{scheme}: lives in {lives:?}, nationality {nationality:?}");
                assert!(!keys(&list).contains(&"dependant_other_ids@dependant:0".into()), "{scheme}: split by place");
            }
        }
        let list = items(
            &household(r#"[{"relationship": "child", "date_of_birth": "2017-03-01", "married": false}]"#),
            "gep",
            None,
        );
        let overseas = item(&list, "overseas_residence@dependant:0");
        assert_eq!(overseas.unknown, ["dependants[0].resident_of", "dependants[0].nationality"]);
        assert_eq!(
            item_lines(Locale::En, item(&list, "macao_id@dependant:0")),
            ["Only if this person lives in Macao.", "Not known yet: where this person lives."]
        );
    }

    #[test]
    fn assg_and_new_cies_dependants_macao_and_taiwan_identity_documents() {
        for (lives, macao, taiwan) in
            [(Some("MO"), true, false), (Some("TW"), false, true), (Some("GB"), false, false), (None, true, true)]
        {
            let d = match lives {
                Some(l) => format!(r#"[{{"relationship": "spouse", "resident_of": "{l}", "nationality": "CN"}}]"#),
                None => r#"[{"relationship": "spouse", "nationality": "CN"}]"#.to_string(),
            };
            for scheme in ["assg", "new_cies"] {
                let k = keys(&items(&household(&d), scheme, None));
                assert_eq!(k.contains(&"macao_id@dependant:0".into()), macao, "{scheme} {lives:?}");
                assert_eq!(k.contains(&"taiwan_documents@dependant:0".into()), taiwan, "{scheme} {lives:?}");
            }
            let assg = keys(&items(&household(&d), "assg", None));
            assert!(
                !assg.contains(&"overseas_residence@dependant:0".into()),
                "ASSG asks no proof of overseas residence"
            );
        }
        // New CIES: foreign permanent residence for a Chinese dependant living abroad.
        let abroad = household(r#"[{"relationship": "spouse", "resident_of": "CA", "nationality": "CN"}]"#);
        assert_eq!(need(&items(&abroad, "new_cies", None), "foreign_pr@dependant:0"), Some(Need::Required));
    }

    #[test]
    fn a_ttps_macao_applicant_needs_the_macao_identity_card_only() {
        let p = profile(r#"{"schema": "talentnav.profile/1", "applicant": {"macao_resident": true}}"#);
        let ttps = keys(&items(&p, "ttps", Some("ttps.a")));
        assert!(ttps.contains(&"macao_id@applicant".into()) && !ttps.contains(&"macao_documents@applicant".into()));
        // GEP's page lists the Visit Permit with the identity card.
        let gep = keys(&items(&p, "gep", None));
        assert!(gep.contains(&"macao_documents@applicant".into()) && !gep.contains(&"macao_id@applicant".into()));
        let not = profile(r#"{"schema": "talentnav.profile/1", "applicant": {"macao_resident": false}}"#);
        assert!(!keys(&items(&not, "ttps", Some("ttps.a"))).iter().any(|k| k.starts_with("macao")));
    }

    #[test]
    fn a_child_who_is_18_by_the_submission_or_a_parent_gets_no_documents_but_a_reason() {
        // Submission on 2027-01-15: 18 on the day before, on the day, and the day after.
        for (born, comes) in [("2009-01-14", false), ("2009-01-15", false), ("2009-01-16", true)] {
            let p = household(&format!(
                r#"[{{"relationship": "spouse"}}, {{"relationship": "child", "date_of_birth": "{born}", "married": false}}]"#
            ));
            let list = items(&p, "ttps", Some("ttps.a"));
            assert_eq!(list.iter().any(|i| i.party == Party::Dependant(1)), comes, "born {born}");
            assert!(list.iter().any(|i| i.party == Party::Dependant(0)), "the spouse still comes");
            let out = excluded(embedded_pack(), &p, day(SUBMIT), "ttps");
            assert_eq!(
                out.iter().map(|e| (e.index, e.reason.id)).collect::<Vec<_>>(),
                if comes { vec![] } else { vec![(1, "d-dependant-child-adult")] }
            );
        }
        let p = household(
            r#"[{"relationship": "parent"}, {"relationship": "child", "married": true, "date_of_birth": "2015-01-01"}, {"relationship": "child"}]"#,
        );
        let out = excluded(embedded_pack(), &p, day(SUBMIT), "ttps");
        assert_eq!(
            out.iter().map(|e| e.reason.id).collect::<Vec<_>>(),
            ["d-dependant-parent", "d-dependant-child-married"]
        );
        assert!(items(&p, "gep", None).iter().any(|i| i.party == Party::Dependant(2)), "age unknown: kept");
        assert_eq!(
            excluded_line(Locale::En, &out[0]),
            "No documents: this person cannot come as a dependant. Parents are not admitted as dependants under these schemes."
        );
    }

    #[test]
    fn every_party_is_named_by_role_and_what_identifies_them_in_each_language() {
        let p = profile(
            r#"{"schema": "talentnav.profile/1", "has_job_offer": true, "job_offer": {"employer": "Acme HK Ltd"},
                "dependants": [{"relationship": "spouse", "name": {"family": "Wong", "given": "Mei Ling", "chinese": "黃美玲"}},
                               {"relationship": "child", "date_of_birth": "2017-03-01"}, {"relationship": "child"}, {}]}"#,
        );
        let labels = |l: Locale| {
            [
                Party::Applicant,
                Party::Employer,
                Party::Dependant(0),
                Party::Dependant(1),
                Party::Dependant(2),
                Party::Dependant(3),
            ]
            .map(|x| party_label(l, &p, x))
        };
        assert_eq!(
            labels(Locale::En),
            [
                "Applicant",
                "Employer · Acme HK Ltd",
                "Spouse · WONG Mei Ling 黃美玲",
                "Child, born 1 Mar 2017",
                "Child",
                "Family member 4"
            ]
        );
        assert_eq!(labels(Locale::ZhHant)[3], "子女，2017年3月1日出生");
        assert_eq!(labels(Locale::ZhHans)[2], "配偶 · WONG Mei Ling 黃美玲");
    }

    /// Every household fact a condition can wait on, for every scheme and route: the status never
    /// says "Required" while a condition is open, an open condition always names the fact that would
    /// settle it, and every condition and fact has words in every language.
    #[test]
    fn status_never_contradicts_the_condition_and_every_open_fact_has_words() {
        let p = profile(
            r#"{"schema": "talentnav.profile/1", "dependants": [{}, {"relationship": "spouse"}, {"relationship": "child", "date_of_birth": "2018-01-01"}]}"#,
        );
        let pack = embedded_pack();
        let mut seen = 0;
        for s in &pack.schemes {
            let routes: Vec<Option<&str>> =
                std::iter::once(None).chain(s.route.iter().map(|r| Some(r.id.as_str()))).collect();
            for route in routes {
                for i in items(&p, &s.id, route) {
                    match i.need {
                        Need::Required | Need::IfAny => {
                            assert!(i.conditions.is_empty() && i.unknown.is_empty(), "{}", i.key)
                        }
                        Need::MayBeNeeded => assert!(!i.conditions.is_empty() && !i.unknown.is_empty(), "{}", i.key),
                    }
                    for locale in Locale::ALL {
                        for c in &i.conditions {
                            assert!(talentnav_i18n::message_exists(locale, c.id), "{locale} {}", c.id);
                        }
                        for f in &i.unknown {
                            assert!(talentnav_i18n::message_exists(locale, &fact_id(f)), "{locale}: no words for {f}");
                        }
                    }
                    seen += i.unknown.len();
                }
            }
        }
        assert!(seen > 50, "{seen}");
    }
}
