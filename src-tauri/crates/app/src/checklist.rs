//! The PDF document checklist for a self-assessment: the documents the rules ask of this household
//! for one scheme (and route), every one still to collect.

use crate::assessment;
use serde_json::Value;
use talentnav_checklist::{ChecklistError, Input, pdf};
use talentnav_core::UserError;
use talentnav_i18n::{Locale, args};
use talentnav_rules::{date::Date, pack::Pack};

pub struct ChecklistFile {
    pub bytes: Vec<u8>,
    /// A name to offer in the save dialog (`talentnav-ttps-checklist.pdf`).
    pub file_name: String,
    pub pages: usize,
}

pub fn make(
    pack: &Pack,
    profile: &Value,
    scheme: &str,
    route: Option<&str>,
    today: Date,
    locale: Locale,
) -> Result<ChecklistFile, UserError> {
    pack.scheme_with_route(scheme, route).map_err(|m| UserError::invalid(m.id, m.args))?;
    let p = assessment::parse(profile, locale)?;
    let mut input = Input::self_assessment(pack, &p, scheme, route, today);
    input.planned_submission = p.submission_date.map(|d| d.0);
    let created = chrono::Utc::now().naive_utc();
    let rendered = pdf(&input, locale, created).map_err(|e| match e {
        ChecklistError::Unprintable(u) => {
            UserError::invalid("error-checklist-unprintable", args![("field", u.field), ("chars", u.chars)])
        }
        ChecklistError::Render(e) => UserError::internal(e.0),
    })?;
    let name = route.unwrap_or(scheme).replace(['.', '_'], "-");
    Ok(ChecklistFile {
        bytes: rendered.pdf,
        file_name: format!("talentnav-{name}-checklist.pdf"),
        pages: rendered.pages,
    })
}
