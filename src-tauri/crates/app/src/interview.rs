//! The interview: topics as steps, each a list of questions about one profile path. The window draws
//! its form from this; the guided mode maps the engine's missing facts back to these questions. Every
//! field of `talentnav.profile/1` that a scheme reads has a question (tested against the engine).

use crate::path;
use serde::Serialize;
use std::sync::LazyLock;
use ts_rs::TS;

/// How a question is answered. Every kind also offers "I don't know" (the field stays absent).
#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Kind {
    Text,
    Date,
    /// A last day worked; no answer means "still working here" (the contract's `to: null`).
    EndDate,
    YesNo,
    /// One of `options`; labels are `opt-<field>-<option>`.
    Choice {
        options: Vec<String>,
    },
    /// An ISO 3166-1 alpha-2 code, labelled `country-<code>`.
    Country,
    /// An amount in Hong Kong dollars.
    Money,
    /// A plain amount (its currency is another question).
    Number,
    /// Free text, with suggestions from the rule pack's aggregate list.
    Institution,
    /// A currency code the rule pack can convert.
    Currency,
    /// An ISO 639-1 code (or `yue` / `cmn`), labelled `language-<code>`.
    Language,
    /// `"none"`, or the name of a Talent List profession.
    TalentList,
}

/// Show a question only when another answer (in the same list item, or at the top) is one of these.
#[derive(Debug, Clone, Serialize, TS)]
pub struct ShowIf {
    pub path: String,
    pub any_of: Vec<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct Question {
    /// The profile path; inside a list, relative to the item (`level`), else absolute.
    pub path: String,
    /// Its label's message id.
    pub label: String,
    pub kind: Kind,
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub show_if: Option<ShowIf>,
}

/// A list the person can add any number of items to (degrees, jobs, income periods, family).
#[derive(Debug, Clone, Serialize, TS)]
pub struct ListGroup {
    /// `applicant.education`
    pub path: String,
    /// Message ids: `list-<id>` (heading), `list-<id>-add`, `list-<id>-item` (with `$n`), `list-<id>-none`.
    pub id: String,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Serialize, TS)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Entry {
    Question(Question),
    List(ListGroup),
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct Topic {
    /// `about`, `travel`, … ; title `topic-<id>`, intro `topic-<id>-intro`.
    pub id: String,
    pub entries: Vec<Entry>,
    /// Shown only while this scheme can still apply (or once something in it is answered).
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub only_while_open: Option<String>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct Catalogue {
    pub topics: Vec<Topic>,
    /// Country codes, in the order offered.
    pub countries: Vec<String>,
    /// Currencies the pack converts, HKD first.
    pub currencies: Vec<String>,
}

/// `applicant.education[].level` -> `q-applicant-education-level`.
pub fn label_id(generic: &str) -> String {
    format!("q-{}", generic.replace("[]", "").replace(['.', '_'], "-"))
}

fn q(path: &str, kind: Kind) -> Question {
    Question { path: path.to_string(), label: label_id(path), kind, show_if: None }
}

fn rel(list: &str, field: &str, kind: Kind) -> Question {
    Question { path: field.to_string(), label: label_id(&format!("{list}[].{field}")), kind, show_if: None }
}

fn when(mut question: Question, path: &str, any_of: &[&str]) -> Question {
    question.show_if = Some(ShowIf { path: path.to_string(), any_of: any_of.iter().map(|s| s.to_string()).collect() });
    question
}

fn choice(options: &[&str]) -> Kind {
    Kind::Choice { options: options.iter().map(|s| s.to_string()).collect() }
}

fn list(path: &str, id: &str, fields: Vec<Question>) -> Entry {
    Entry::List(ListGroup { path: path.to_string(), id: id.to_string(), questions: fields })
}

fn topic(id: &str, entries: Vec<Entry>) -> Topic {
    Topic { id: id.to_string(), entries, only_while_open: None }
}

/// Countries offered first: the ones people most often apply from, then the rest of the list.
pub const COUNTRIES: &[&str] = &[
    "CN", "HK", "MO", "TW", "GB", "US", "CA", "AU", "NZ", "SG", "MY", "IN", "JP", "KR", "PH", "ID", "TH", "VN", "PK",
    "BD", "NP", "LK", "FR", "DE", "IT", "ES", "NL", "BE", "CH", "AT", "SE", "NO", "DK", "FI", "IE", "PT", "PL", "RU",
    "UA", "TR", "IL", "AE", "SA", "EG", "ZA", "NG", "KE", "BR", "AR", "MX", "CL", "CO",
];

static TOPICS: LazyLock<Vec<Topic>> = LazyLock::new(|| {
    use Kind::*;
    let yes = || YesNo;
    let edu = "applicant.education";
    let job = "applicant.employment";
    let inc = "applicant.income";
    let lang = "applicant.languages";
    let dep = "dependants";
    let par = "applicant.parents";
    let prop = "applicant.assets.planned_investment.properties";
    let offer = |field: &str, kind: Kind| when(q(&format!("job_offer.{field}"), kind), "has_job_offer", &["true"]);
    let mut parents = topic(
        "parents",
        vec![
            list(
                par,
                "parents",
                vec![
                    rel(par, "hk_permanent_resident", yes()),
                    rel(par, "chinese_national", yes()),
                    rel(par, "settled_overseas_at_applicant_birth", yes()),
                ],
            ),
            Entry::Question(q("applicant.family_in_hk.immediate_family_hk_permanent_resident", yes())),
        ],
    );
    parents.only_while_open = Some("assg".to_string());
    let topics = vec![
        topic(
            "about",
            [
                q("applicant.name.family", Text),
                q("applicant.name.given", Text),
                q("applicant.name.chinese", Text),
                q("applicant.date_of_birth", Date),
                q("applicant.place_of_birth", Country),
                q("applicant.nationality", Country),
                q("applicant.stateless", yes()),
                q("applicant.mainland_resident", yes()),
                q("applicant.macao_resident", yes()),
                q("applicant.taiwan_resident", yes()),
                q("applicant.overseas.permanent_resident", yes()),
                q("applicant.overseas.resident_since", Date),
                q("applicant.overseas.applying_from_overseas", yes()),
                q("applicant.overseas.reentry_right", yes()),
                q("applicant.previous_ttps_grant", yes()),
                q("applicant.clear_criminal_record", yes()),
                q("applicant.financial_means", yes()),
            ]
            .into_iter()
            .map(Entry::Question)
            .chain([list(
                lang,
                "languages",
                vec![
                    rel(lang, "language", Language),
                    rel(lang, "written", choice(&["good", "basic"])),
                    rel(lang, "spoken", choice(&["good", "basic"])),
                ],
            )])
            .collect(),
        ),
        topic(
            "travel",
            vec![
                Entry::Question(q(
                    "applicant.travel_document.kind",
                    choice(&["passport", "exit_entry_permit", "travel_permit", "identity_card", "other"]),
                )),
                Entry::Question(q("applicant.travel_document.number", Text)),
                Entry::Question(q("applicant.travel_document.expires_on", Date)),
            ],
        ),
        topic(
            "education",
            vec![list(
                edu,
                "education",
                vec![
                    rel(edu, "level", choice(&["sub_degree", "bachelor", "master", "doctorate"])),
                    rel(edu, "institution", Institution),
                    rel(edu, "country", Country),
                    rel(edu, "awarded_on", Date),
                    rel(edu, "subject", Text),
                    rel(edu, "full_time", yes()),
                    rel(edu, "honorary", yes()),
                    rel(edu, "continuing_education_arm", yes()),
                    rel(edu, "stem", yes()),
                    rel(edu, "top100_stem_ranked", yes()),
                    rel(edu, "hk_local_programme", yes()),
                    rel(edu, "studied_on_hk_student_visa", yes()),
                    rel(edu, "ugc_funded", yes()),
                    rel(edu, "gba_joint_campus", yes()),
                ],
            )],
        ),
        topic(
            "work",
            vec![
                list(
                    job,
                    "employment",
                    vec![
                        rel(job, "employer", Text),
                        rel(job, "title", Text),
                        rel(job, "country", Country),
                        rel(job, "from", Date),
                        rel(job, "to", EndDate),
                        rel(job, "full_time", yes()),
                        rel(job, "self_employed", yes()),
                        rel(job, "graduate_level", yes()),
                        rel(job, "senior_role", yes()),
                        rel(job, "multinational_or_renowned", yes()),
                        rel(
                            job,
                            "field",
                            choice(&["innovation_technology", "finance", "international_trade", "other"]),
                        ),
                        rel(job, "principally_rnd", yes()),
                        rel(job, "after_graduation", yes()),
                    ],
                ),
                Entry::Question(q("applicant.achievements.exceptional_award", yes())),
                Entry::Question(q("applicant.achievements.peer_recognised_contribution", yes())),
                Entry::Question(q("applicant.talent_list_profession", TalentList)),
            ],
        ),
        topic(
            "income",
            vec![
                list(
                    inc,
                    "income",
                    vec![
                        rel(inc, "period_end", Date),
                        rel(inc, "amount", Number),
                        rel(inc, "currency", Currency),
                        rel(inc, "kind", choice(&["employment", "business", "investment"])),
                    ],
                ),
                Entry::Question(q("applicant.business.owned_entity_profit_hkd", Money)),
                Entry::Question(q("applicant.business.owns_listed_company", yes())),
            ],
        ),
        topic(
            "offer",
            [
                q("has_job_offer", yes()),
                offer("employer", Text),
                offer("title", Text),
                offer("annual_package_hkd", Money),
                offer("full_time", yes()),
                offer("genuine_vacancy", yes()),
                offer("relevant_to_background", yes()),
                offer("market_level_pay", yes()),
                offer("degree_level_post", yes()),
                offer("local_recruitment_difficulty_shown", yes()),
                offer("talent_list_profession", TalentList),
                offer("employer_techtas_quota_status", choice(&["granted", "applied", "none"])),
                offer("employer_established_on", Date),
                offer("employer_listed_in_hk", yes()),
                offer("employer_visa_sponsored_within_24_months", yes()),
                offer("principally_rnd", yes()),
            ]
            .into_iter()
            .map(Entry::Question)
            .collect(),
        ),
        topic(
            "family",
            vec![list(
                dep,
                "dependants",
                vec![
                    rel(
                        dep,
                        "relationship",
                        choice(&["spouse", "civil_partner", "de_facto_partner", "child", "parent", "other"]),
                    ),
                    rel(dep, "name.family", Text),
                    rel(dep, "name.given", Text),
                    rel(dep, "date_of_birth", Date),
                    rel(dep, "nationality", Country),
                    rel(dep, "resident_of", Country),
                    when(rel(dep, "macao.former_mainland_resident", yes()), "resident_of", &["MO"]),
                    when(rel(dep, "macao.macao_id_since", Date), "resident_of", &["MO"]),
                    when(rel(dep, "macao.one_way_permit", yes()), "resident_of", &["MO"]),
                    when(rel(dep, "degree_holder", yes()), "relationship", &["spouse", "civil_partner"]),
                    when(rel(dep, "married", yes()), "relationship", &["child"]),
                ],
            )],
        ),
        topic(
            "assets",
            vec![
                Entry::Question(q("applicant.assets.net_assets_hkd_min_6m", Money)),
                Entry::Question(q("applicant.assets.net_assets_hkd_min_2y", Money)),
                Entry::Question(q("applicant.assets.planned_investment_hkd", Money)),
                Entry::Question(q("applicant.assets.planned_investment.cies_portfolio_hkd", Money)),
                Entry::Question(q("applicant.assets.planned_investment.equities_debt_hkd", Money)),
                Entry::Question(q("applicant.assets.planned_investment.certificates_of_deposit_hkd", Money)),
                Entry::Question(q("applicant.assets.planned_investment.private_funds_hkd", Money)),
                list(
                    prop,
                    "properties",
                    vec![
                        rel(prop, "kind", choice(&["residential", "non_residential"])),
                        rel(prop, "price_hkd", Money),
                        rel(prop, "counted_hkd", Money),
                        rel(prop, "transaction_date", Date),
                    ],
                ),
            ],
        ),
        parents,
        topic("submission", vec![Entry::Question(q("submission_date", Date))]),
    ];
    topics
});

/// The interview's topics, in order (the same whatever the pack).
pub fn topics() -> &'static [Topic] {
    &TOPICS
}

/// The interview's topics and the choices it offers; the currencies are those `pack` converts.
pub fn catalogue(pack: &talentnav_rules::pack::Pack) -> Catalogue {
    let mut currencies = vec!["HKD".to_string()];
    for r in &pack.rates {
        if !currencies.contains(&r.currency) {
            currencies.push(r.currency.clone());
        }
    }
    Catalogue { topics: TOPICS.clone(), countries: COUNTRIES.iter().map(|c| c.to_string()).collect(), currencies }
}

/// Where a question lives: its topic, and the list it belongs to if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub topic: &'static str,
    /// The list path (`applicant.education`) when the question is inside a list, or is the list itself.
    pub list: Option<&'static str>,
    /// The question's full generic path (`applicant.education[].level`), or the list's path.
    pub generic: String,
}

/// The questions that ask for `fact`, an engine path (`applicant.education[0].awarded_on`,
/// `applicant.income`, `applicant.overseas`): the question or list of that path, or else every question
/// under it, in interview order.
pub fn locate_all(fact: &str) -> Vec<Located> {
    // The older yes/no quota field is asked as the three-way status that supersedes it (profile-v1).
    let fact =
        if fact == "job_offer.employer_techtas_quota" { "job_offer.employer_techtas_quota_status" } else { fact };
    let g = path::generic(fact);
    // `applicant.languages[0]`: an item, asked field by field; `applicant.languages`: the list itself.
    let item = g.ends_with("[]");
    let g = g.trim_end_matches("[]");
    let under = |p: &str| p == g || p.starts_with(&format!("{g}.")) || p.starts_with(&format!("{g}[]"));
    let mut found = Vec::new();
    for t in TOPICS.iter() {
        for e in &t.entries {
            match e {
                Entry::Question(qn) if under(&qn.path) => {
                    found.push(Located { topic: &t.id, list: None, generic: qn.path.clone() });
                }
                Entry::List(l) if l.path == g && !item => {
                    return vec![Located { topic: &t.id, list: Some(&l.path), generic: l.path.clone() }];
                }
                Entry::List(l) => {
                    for qn in &l.questions {
                        let full = format!("{}[].{}", l.path, qn.path);
                        if under(&full) {
                            found.push(Located { topic: &t.id, list: Some(&l.path), generic: full });
                        }
                    }
                }
                _ => {}
            }
        }
    }
    found
}

/// Every question's full generic path, in interview order (lists by their fields).
pub fn all_paths() -> Vec<String> {
    let mut out = Vec::new();
    for t in TOPICS.iter() {
        for e in &t.entries {
            match e {
                Entry::Question(qn) => out.push(qn.path.clone()),
                Entry::List(l) => out.extend(l.questions.iter().map(|qn| format!("{}[].{}", l.path, qn.path))),
            }
        }
    }
    out
}
