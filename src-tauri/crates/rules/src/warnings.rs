//! What will go wrong with an application before or soon after it is submitted: a travel document
//! that runs out, income evidence that no longer covers the year before submission, a child who turns
//! 18, a document that expires first. Pure, so the client files and the PDF checklist say the same.

use crate::{
    date::{Date, add_months, age_on, birthday, iso},
    facts::{IncomeYear, income_year},
    message::{Msg, msg},
    pack::Pack,
    profile::{Profile, Relationship},
};
use talentnav_i18n::args;

/// A warning about the household, with what it is about.
#[derive(Debug, Clone)]
pub struct HouseholdWarning {
    /// travel_document_expires | income_not_covered | child_turns_18
    pub kind: &'static str,
    pub msg: Msg,
}

/// The day an application counts as submitted: the planned date, never earlier than `as_of`.
pub fn submission_day(planned: Option<Date>, as_of: Date) -> Date {
    planned.unwrap_or(as_of).max(as_of)
}

/// The longest initial stay the scheme (or the chosen route) grants for an application made on `on`.
fn stay_months(pack: &Pack, scheme: &str, route: Option<&str>, on: Date) -> u32 {
    pack.schemes
        .iter()
        .find(|s| s.id == scheme)
        .and_then(|s| {
            s.comparison
                .stay
                .iter()
                .filter(|st| st.applies(on) && route.is_none_or(|r| st.routes.iter().any(|x| x == r)))
                .map(|st| st.months)
                .max()
        })
        .unwrap_or(0)
}

/// Warnings for an application of `scheme` (`route`) submitted on `submit`, judged on `as_of`.
pub fn household(
    pack: &Pack,
    p: &Profile,
    scheme: &str,
    route: Option<&str>,
    submit: Date,
    as_of: Date,
) -> Vec<HouseholdWarning> {
    let mut out = Vec::new();
    let mut warn = |kind, msg| out.push(HouseholdWarning { kind, msg });
    if let Some(expires) = p.applicant.travel_document.as_ref().and_then(|t| t.expires_on).map(|d| d.0) {
        let months = stay_months(pack, scheme, route, submit);
        if expires < submit {
            warn(
                "travel_document_expires",
                msg("warn-travel-document-before", args![("expires", iso(expires)), ("submit", iso(submit))]),
            );
        } else if expires < add_months(submit, months as i32) {
            warn(
                "travel_document_expires",
                msg("warn-travel-document-during-stay", args![("expires", iso(expires)), ("months", months as i64)]),
            );
        }
    }
    if pack.reads_income(scheme, route)
        && let IncomeYear::Unknown(_) = income_year(p, submit, pack)
    {
        let from = add_months(submit, -12);
        warn("income_not_covered", msg("warn-income-not-covered", args![("from", iso(from)), ("submit", iso(submit))]));
    }
    for (i, d) in p.dependants.iter().flatten().enumerate() {
        if d.relationship != Some(Relationship::Child) {
            continue;
        }
        if let Some(b) = d.date_of_birth.map(|b| b.0) {
            let under = pack.dependants.child_under;
            let eighteen = birthday(b, under);
            if age_on(b, as_of).years < under && eighteen <= submit {
                warn(
                    "child_turns_18",
                    msg(
                        "warn-child-turns-18",
                        args![("n", i + 1), ("born", iso(b)), ("date", iso(eighteen)), ("submit", iso(submit))],
                    ),
                );
            }
        }
    }
    out
}

/// Whether a document expiring on `expiry` is out of date by the submission day. A document that
/// expires on the day of submission is still valid that day.
pub fn expires_before(expiry: Date, submit: Date) -> bool {
    expiry < submit
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{input::parse_profile, pack::embedded_pack};

    fn day(s: &str) -> Date {
        crate::date::parse(s).unwrap()
    }

    fn kinds(json: &str, scheme: &str, route: Option<&str>, submit: &str, as_of: &str) -> Vec<&'static str> {
        let p = parse_profile(json.as_bytes()).unwrap();
        household(embedded_pack(), &p, scheme, route, day(submit), day(as_of)).iter().map(|w| w.kind).collect()
    }

    #[test]
    fn travel_document_expiry_the_day_before_on_and_after_submission() {
        let profile = |exp: &str| {
            format!(
                r#"{{"schema": "talentnav.profile/1", "applicant": {{"travel_document": {{"expires_on": "{exp}"}}, "income": []}}}}"#
            )
        };
        // GEP grants up to 24 months: a passport valid on the day but not for the stay still warns.
        assert_eq!(kinds(&profile("2026-12-31"), "gep", None, "2027-01-01", "2026-11-22"), ["travel_document_expires"]);
        let on = household(
            embedded_pack(),
            &parse_profile(profile("2027-01-01").as_bytes()).unwrap(),
            "gep",
            None,
            day("2027-01-01"),
            day("2026-11-22"),
        );
        assert_eq!(on[0].msg.id, "warn-travel-document-during-stay", "valid on the day itself");
        assert!(kinds(&profile("2035-01-01"), "gep", None, "2027-01-01", "2026-11-22").is_empty());
    }

    #[test]
    fn a_child_turning_18_on_or_before_submission_but_not_after() {
        let p = |dob: &str| {
            format!(
                r#"{{"schema": "talentnav.profile/1", "dependants": [{{"relationship": "child", "date_of_birth": "{dob}"}}]}}"#
            )
        };
        assert_eq!(kinds(&p("2009-03-01"), "gep", None, "2027-03-01", "2026-11-22"), ["child_turns_18"]);
        assert_eq!(kinds(&p("2009-02-28"), "gep", None, "2027-03-01", "2026-11-22"), ["child_turns_18"]);
        assert!(kinds(&p("2009-03-02"), "gep", None, "2027-03-01", "2026-11-22").is_empty());
    }

    #[test]
    fn expiry_on_the_submission_day_is_still_valid() {
        assert!(expires_before(day("2027-02-28"), day("2027-03-01")));
        assert!(!expires_before(day("2027-03-01"), day("2027-03-01")));
        assert!(!expires_before(day("2027-03-02"), day("2027-03-01")));
        assert_eq!(submission_day(Some(day("2026-01-01")), day("2026-11-22")), day("2026-11-22"));
        assert_eq!(submission_day(None, day("2026-11-22")), day("2026-11-22"));
    }
}
