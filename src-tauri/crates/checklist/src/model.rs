//! What goes on the checklist, in words: every text already in the chosen language, so the renderer
//! only lays it out. Built from an application's items (the client files) or straight from the rules
//! for a self-assessment.

use crate::fonts::missing;
use talentnav_i18n::{Args, Locale, args, format::iso_date, message};
use talentnav_rules::{
    checks::{Msg, iso},
    date::Date,
    documents::{ChecklistItem, Party, excluded, excluded_line, item_lines_brief, need_label, party_label},
    pack::Pack,
    profile::Profile,
    report::message_id,
    warnings::{expires_before, household, submission_day},
};

/// Where a document stands. The names are the client files' item statuses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    Required,
    Requested,
    Received,
    Verified,
    Submitted,
    NotApplicable,
}

impl Status {
    pub fn parse(s: &str) -> Option<Status> {
        Some(match s {
            "required" => Status::Required,
            "requested" => Status::Requested,
            "received" => Status::Received,
            "verified" => Status::Verified,
            "submitted" => Status::Submitted,
            "not_applicable" => Status::NotApplicable,
            _ => return None,
        })
    }

    fn message(self) -> &'static str {
        match self {
            Status::Required => "doc-status-required",
            Status::Requested => "doc-status-requested",
            Status::Received => "doc-status-received",
            Status::Verified => "doc-status-verified",
            Status::Submitted => "doc-status-submitted",
            Status::NotApplicable => "doc-status-not-applicable",
        }
    }

    /// The box is ticked once the document is in hand.
    fn mark(self) -> Mark {
        match self {
            Status::Required | Status::Requested => Mark::Open,
            Status::Received | Status::Verified | Status::Submitted => Mark::Ticked,
            Status::NotApplicable => Mark::NotApplicable,
        }
    }
}

/// One document of the household, as the client file or the self-assessment has it.
#[derive(Debug, Clone)]
pub struct Item {
    pub document: String,
    pub party: Party,
    pub status: Status,
    pub na_reason: Option<String>,
    pub expiry: Option<Date>,
    pub note: Option<String>,
    /// Still in the client file but no longer required by the current rules and household.
    pub obsolete: bool,
}

impl Item {
    /// A document the rules require, not yet collected.
    pub fn required(c: &ChecklistItem) -> Item {
        Item {
            document: c.document.clone(),
            party: c.party,
            status: Status::Required,
            na_reason: None,
            expiry: None,
            note: None,
            obsolete: false,
        }
    }
}

/// Everything a checklist is made from.
#[derive(Clone)]
pub struct Input<'a> {
    /// The rule pack the process runs with: requirements, fees, sources, how to submit.
    pub pack: &'a Pack,
    pub profile: &'a Profile,
    pub scheme: &'a str,
    pub route: Option<&'a str>,
    /// The client file's reference; `None` for a self-assessment.
    pub reference: Option<String>,
    pub planned_submission: Option<Date>,
    pub today: Date,
    pub items: Vec<Item>,
}

/// The documents the rules ask of a household for an application submitted on `on`, every one still
/// to collect.
pub fn required_items(pack: &Pack, profile: &Profile, scheme: &str, route: Option<&str>, on: Date) -> Vec<Item> {
    talentnav_rules::documents::checklist(pack, profile, scheme, route, on).iter().map(Item::required).collect()
}

impl<'a> Input<'a> {
    /// The checklist the rules give for a household applying today, every item still to collect.
    pub fn self_assessment(
        pack: &'a Pack,
        profile: &'a Profile,
        scheme: &'a str,
        route: Option<&'a str>,
        today: Date,
    ) -> Self {
        Input {
            pack,
            profile,
            scheme,
            route,
            reference: None,
            planned_submission: None,
            today,
            items: required_items(pack, profile, scheme, route, today),
        }
    }
}

/// How a row's box is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Open,
    Ticked,
    NotApplicable,
}

#[derive(Debug, Clone)]
pub struct Row {
    pub mark: Mark,
    pub status: String,
    pub name: String,
    /// ImmD's English name, on Chinese checklists only.
    pub official_en: Option<String>,
    /// Expiry, warnings, when it applies, the note, the reason it does not apply.
    pub details: Vec<String>,
    /// Details that need acting on are printed in the warning colour.
    pub warnings: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Section {
    pub title: String,
    /// Said under the heading: why a family member has no documents.
    pub lines: Vec<String>,
    pub rows: Vec<Row>,
}

/// A heading and its paragraphs.
#[derive(Debug, Clone)]
pub struct Block {
    pub title: String,
    pub lines: Vec<String>,
}

#[derive(Debug, Clone)]
pub struct Checklist {
    pub locale: Locale,
    /// The product's name, above the title.
    pub product: String,
    /// Document title, also the PDF's metadata title.
    pub title: String,
    pub scheme: String,
    /// Label and value pairs under the title.
    pub header: Vec<(String, String)>,
    /// What each box and status means, one line each.
    pub legend: Vec<String>,
    pub attention: Option<Block>,
    pub sections: Vec<Section>,
    pub after: Vec<Block>,
    pub disclaimer: String,
    /// "Page {page} of {pages}" with the two numbers left as `{page}` and `{pages}`.
    pub page_label: String,
}

impl Checklist {
    pub fn item_count(&self) -> usize {
        self.sections.iter().map(|s| s.rows.len()).sum()
    }
}

/// The guidebook in the reader's language: ImmD's Chinese edition (`ID(C) 982` for `ID(E) 982`), or the
/// catalogue's name for a guide that is not ImmD's (`guide-techtas`); the pack's text otherwise.
fn guide_name(locale: Locale, scheme: &str, guide: &str) -> String {
    let id = talentnav_rules::report::message_id("guide", scheme);
    match guide.strip_prefix("ID(E) ") {
        Some(number) if locale != Locale::En => format!("ID(C) {number}"),
        Some(_) => guide.to_string(),
        None if talentnav_i18n::message_exists(locale, &id) => t(locale, &id, &args![]),
        None => guide.to_string(),
    }
}

fn t(locale: Locale, id: &str, a: &Args) -> String {
    message(locale, id, a)
}

fn text(locale: Locale, m: &Msg) -> String {
    message(locale, m.id, &m.args)
}

/// The applicant's name as a reader expects it on a form: family name first in capitals, given
/// names, then the Chinese name.
/// Text a person typed, ready to print: tabs and other control characters become spaces (a font has
/// no glyph for them); line breaks stay.
fn clean(text: &str) -> String {
    text.chars().map(|c| if c.is_control() && c != '\n' { ' ' } else { c }).collect()
}

/// Text a person typed that the embedded fonts cannot draw (emoji, Thai, Arabic…): which field, in
/// words, and the characters. PDF/A forbids printing them as blank boxes, so the caller says so.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unprintable {
    pub field: String,
    pub chars: String,
}

pub fn unprintable(input: &Input, locale: Locale) -> Option<Unprintable> {
    let p = input.profile;
    let names = |n: &Option<talentnav_rules::profile::Name>| {
        n.iter().flat_map(|n| [&n.family, &n.given, &n.chinese]).flatten().cloned().collect::<Vec<_>>().join(" ")
    };
    let mut fields = vec![(t(locale, "checklist-field-applicant-name", &args![]), names(&p.applicant.name))];
    for (i, d) in p.dependants.iter().flatten().enumerate() {
        fields.push((t(locale, "checklist-field-dependant-name", &args![("n", i + 1)]), names(&d.name)));
    }
    // The employer's name heads the employer's section.
    let employer = p.job_offer.as_ref().and_then(|o| o.employer.clone()).unwrap_or_default();
    fields.push((t(locale, "checklist-field-employer-name", &args![]), employer));
    for item in &input.items {
        let document = t(locale, &message_id("doc", &item.document), &args![]);
        let party = party_title(locale, p, item.party);
        let about = args![("document", document), ("party", party)];
        if let Some(note) = &item.note {
            fields.push((t(locale, "checklist-field-note", &about), note.clone()));
        }
        if let Some(reason) = &item.na_reason {
            fields.push((t(locale, "checklist-field-na-reason", &about), reason.clone()));
        }
    }
    fields.into_iter().find_map(|(field, text)| {
        let chars = missing(locale, &clean(&text));
        (!chars.is_empty()).then(|| Unprintable {
            field,
            chars: chars
                .into_iter()
                // Shown escaped: a tag character or a bidi mark would print as nothing.
                .map(|c| talentnav_i18n::format::escape_controls(&String::from(c)))
                .collect::<Vec<_>>()
                .join(" "),
        })
    })
}

fn applicant_name(locale: Locale, p: &Profile) -> String {
    let n = p.applicant.name.clone().unwrap_or_default();
    let latin = [n.family.map(|f| f.to_uppercase()), n.given]
        .into_iter()
        .flatten()
        .filter(|s| !s.trim().is_empty())
        .collect::<Vec<_>>()
        .join(" ");
    let full = [Some(latin), n.chinese].into_iter().flatten().filter(|s| !s.trim().is_empty()).collect::<Vec<_>>();
    if full.is_empty() { t(locale, "checklist-name-none", &args![]) } else { clean(&full.join("  ")) }
}

fn party_title(locale: Locale, p: &Profile, party: Party) -> String {
    match party {
        Party::Applicant => format!("{} · {}", party_label(locale, p, party), applicant_name(locale, p)),
        _ => clean(&party_label(locale, p, party)),
    }
}

fn party_order(p: Party) -> (u8, usize) {
    match p {
        Party::Applicant => (0, 0),
        Party::Employer => (1, 0),
        Party::Dependant(i) => (2, i),
    }
}

fn sources_block(locale: Locale, pack: &Pack, ids: Vec<&String>) -> Block {
    let mut ids: Vec<&String> = ids;
    // S2 before S10: by number, not by text.
    ids.sort_by_key(|id| (id.trim_start_matches('S').parse::<u32>().unwrap_or(u32::MAX), id.to_string()));
    ids.dedup();
    let lines = ids
        .into_iter()
        .filter_map(|id| {
            let s = pack.source(id)?;
            let title = match &s.url {
                Some(url) => format!("{} — {url}", s.title_in(locale)),
                None => s.title_in(locale).to_owned(),
            };
            Some(t(
                locale,
                "checklist-source",
                &args![("id", id.clone()), ("title", title), ("revised", iso(s.revised.0))],
            ))
        })
        .collect();
    Block { title: t(locale, "checklist-sources", &args![]), lines }
}

/// The checklist in `locale`. The scheme and route must be the pack's (the callers check them).
pub fn build(input: &Input, locale: Locale) -> Checklist {
    let pack = input.pack;
    let p = input.profile;
    let submit = submission_day(input.planned_submission, input.today);
    let scheme = t(locale, &message_id("scheme", input.scheme), &args![]);
    let scheme_def = pack.schemes.iter().find(|s| s.id == input.scheme);

    let route = match input.route {
        Some(r) => t(locale, &message_id("r", r), &args![]),
        None => t(locale, "checklist-route-any", &args![]),
    };
    // A scheme with a single route has no category to choose.
    let has_routes = scheme_def.is_some_and(|s| s.route.len() > 1);
    let mut header = vec![(t(locale, "checklist-applicant", &args![]), applicant_name(locale, p))];
    // The whole household on the first page, each member as their section is headed.
    for (i, _) in p.dependants.iter().flatten().enumerate() {
        let label = if i == 0 { t(locale, "checklist-household", &args![]) } else { String::new() };
        header.push((label, party_title(locale, p, Party::Dependant(i))));
    }
    if has_routes || input.route.is_some() {
        header.push((t(locale, "checklist-route", &args![]), route));
    }
    header.extend([
        (
            t(locale, "checklist-reference", &args![]),
            input.reference.clone().unwrap_or_else(|| t(locale, "checklist-reference-none", &args![])),
        ),
        (
            t(locale, "checklist-planned", &args![]),
            input
                .planned_submission
                .map(|d| iso_date(&iso(d), locale))
                .unwrap_or_else(|| t(locale, "checklist-planned-none", &args![])),
        ),
        (t(locale, "checklist-generated", &args![]), iso_date(&iso(input.today), locale)),
        (t(locale, "checklist-rule-pack", &args![]), format!("{} {}", pack.info.id, pack.info.version)),
    ]);

    let household_warnings: Vec<String> = household(pack, p, input.scheme, input.route, submit, input.today)
        .iter()
        .map(|w| text(locale, &w.msg))
        .collect();
    let attention = (!household_warnings.is_empty())
        .then(|| Block { title: t(locale, "checklist-attention", &args![]), lines: household_warnings });

    // How firmly each item is asked for and on what it depends, from the rules for this household
    // (matched by document and party).
    let rules = talentnav_rules::documents::checklist(pack, p, input.scheme, input.route, submit);
    let mut items: Vec<&Item> = input.items.iter().collect();
    items.sort_by_key(|i| party_order(i.party));
    let mut sections: Vec<(Party, Section)> = Vec::new();
    for item in items {
        let rule = rules.iter().find(|r| r.document == item.document && r.party == item.party);
        let mut details = Vec::new();
        let mut warnings = Vec::new();
        if let Some(exp) = item.expiry {
            if item.status != Status::NotApplicable && expires_before(exp, submit) {
                warnings.push(t(
                    locale,
                    "checklist-expires-before-submission",
                    &args![("date", iso(exp)), ("submit", iso(submit))],
                ));
            } else {
                details.push(t(locale, "checklist-expires", &args![("date", iso(exp))]));
            }
        }
        if item.status == Status::NotApplicable {
            let reason = clean(item.na_reason.as_deref().unwrap_or_default());
            details.push(t(locale, "checklist-na", &args![("reason", reason)]));
        } else if item.obsolete {
            details.push(t(locale, "checklist-obsolete", &args![]));
        } else if let Some(rule) = rule {
            details.extend(item_lines_brief(locale, rule));
        }
        if let Some(note) = item.note.as_deref().filter(|n| !n.trim().is_empty()) {
            details.push(t(locale, "checklist-note", &args![("note", clean(note))]));
        }
        let official_en = pack
            .documents
            .document
            .iter()
            .find(|d| d.id == item.document)
            .map(|d| d.official_en.clone())
            .filter(|_| locale != Locale::En);
        let row = Row {
            mark: item.status.mark(),
            status: match (item.status, rule) {
                (Status::Required, Some(rule)) if !item.obsolete => need_label(locale, rule.need),
                (status, _) => t(locale, status.message(), &args![]),
            },
            name: t(locale, &message_id("doc", &item.document), &args![]),
            official_en,
            details,
            warnings,
        };
        match sections.last_mut() {
            Some((party, s)) if *party == item.party => s.rows.push(row),
            _ => sections.push((
                item.party,
                Section { title: party_title(locale, p, item.party), lines: vec![], rows: vec![row] },
            )),
        }
    }
    // A family member who cannot come gets a line saying why instead of documents.
    for e in excluded(pack, p, submit, input.scheme) {
        let party = Party::Dependant(e.index);
        let line = excluded_line(locale, &e);
        match sections.iter_mut().find(|(x, _)| *x == party) {
            Some((_, s)) => s.lines.push(line),
            None => sections
                .push((party, Section { title: party_title(locale, p, party), lines: vec![line], rows: vec![] })),
        }
    }
    sections.sort_by_key(|(party, _)| party_order(*party));

    let mut after = Vec::new();
    if let Some(def) = scheme_def {
        let assessment = talentnav_rules::assess(pack, p, submit, locale);
        let result = assessment.results.iter().find(|r| &*r.scheme == input.scheme);
        let fees = result
            .and_then(|r| r.comparison.fees.clone())
            .unwrap_or_else(|| t(locale, "checklist-fees-unknown", &args![]));
        after.push(Block { title: t(locale, "checklist-fees", &args![]), lines: vec![fees] });
        let processing: Vec<String> =
            result.map(|r| r.comparison.processing.clone()).unwrap_or_default().into_iter().collect();
        let processing =
            if processing.is_empty() { vec![t(locale, "checklist-processing-unknown", &args![])] } else { processing };
        after.push(Block { title: t(locale, "checklist-processing", &args![]), lines: processing });

        let submission = pack.documents.submission.iter().find(|s| s.scheme == def.id);
        let mut how = vec![t(locale, "checklist-submit-online", &args![])];
        match submission {
            Some(s) if s.guide.is_some() => how.push(t(
                locale,
                "checklist-submit-guide",
                &args![("guide", guide_name(locale, &def.id, s.guide.as_deref().unwrap_or_default()))],
            )),
            Some(_) => how.push(t(locale, "checklist-submit-guide-unconfirmed", &args![])),
            None => {}
        }
        after.push(Block { title: t(locale, "checklist-submit", &args![]), lines: how });

        // Each open point once, in full, however many documents it concerns (each names it briefly).
        let mut open: Vec<&talentnav_rules::documents::OpenPoint> = Vec::new();
        for o in rules
            .iter()
            .filter(|r| {
                input.items.iter().any(|i| {
                    i.document == r.document && i.party == r.party && i.status != Status::NotApplicable && !i.obsolete
                })
            })
            .filter_map(|r| r.open_point.as_ref())
        {
            if !open.iter().any(|seen| seen.code == o.code) {
                open.push(o);
            }
        }
        if !open.is_empty() {
            let lines = open.iter().map(|o| text(locale, &o.reason)).collect();
            after.push(Block { title: t(locale, "checklist-open-points", &args![]), lines });
        }

        let mut cited: Vec<&String> = def.sources.iter().chain(&def.comparison.sources).collect();
        cited.extend(submission.iter().flat_map(|s| &s.sources));
        cited.extend(
            pack.documents
                .requirement
                .iter()
                .filter(|r| r.scheme == def.id && input.items.iter().any(|i| i.document == r.document))
                .flat_map(|r| &r.sources),
        );
        cited.extend(pack.fees.iter().filter(|f| f.period.contains(submit)).flat_map(|f| &f.sources));
        after.push(sources_block(locale, pack, cited));
    }

    Checklist {
        locale,
        product: t(locale, "app-name", &args![]),
        title: format!("{scheme} · {}", t(locale, "checklist-title", &args![])),
        scheme,
        header,
        legend: [
            "checklist-legend-boxes",
            "checklist-legend-required",
            "checklist-legend-may-be-needed",
            "checklist-legend-if-any",
        ]
        .map(|id| t(locale, id, &args![]))
        .to_vec(),
        attention,
        sections: sections.into_iter().map(|(_, s)| s).collect(),
        after,
        disclaimer: t(locale, "checklist-disclaimer", &args![]),
        page_label: t(locale, "checklist-page", &args![("page", "{page}"), ("pages", "{pages}")]),
    }
}
