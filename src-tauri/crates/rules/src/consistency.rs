//! Dates in a profile that cannot all be true at once: a job that ends before it starts, a degree
//! awarded before the person was born. Such a profile is refused with both fields named, because any
//! answer drawn from it would be a guess (a period ending before it starts used to count as work).
//! A merely unusual fact (a degree at 17, a job starting after the submission date) is not an error.

use crate::date::Date;
use crate::input::InputError;
use crate::profile::{Day, Profile, Relationship};
use talentnav_i18n::args;

/// `(later_path, later, earlier_path, earlier)`: `later` must not be before `earlier`.
type Order = (String, Date, String, Date);

/// The first impossible pair of dates in `p`, in the order the fields appear in a profile.
pub fn check(p: &Profile) -> Result<(), InputError> {
    match pairs(p).into_iter().find(|(_, later, _, earlier)| later < earlier) {
        Some((path, later, other, earlier)) => Err(InputError::new(
            "profile-error-date-order",
            args![("path", path), ("value", later.to_string()), ("other", other), ("other_value", earlier.to_string())],
        )),
        None => Ok(()),
    }
}

fn pairs(p: &Profile) -> Vec<Order> {
    let a = &p.applicant;
    let birth = a.date_of_birth.as_ref().map(|d| ("applicant.date_of_birth".to_string(), d.0));
    let mut out = Vec::new();
    let mut after_birth = |path: String, day: Option<&Day>| {
        if let (Some((bp, b)), Some(d)) = (&birth, day) {
            out.push((path, d.0, bp.clone(), *b));
        }
    };
    after_birth("submission_date".into(), p.submission_date.as_ref());
    if let Some(o) = &a.overseas {
        after_birth("applicant.overseas.resident_since".into(), o.resident_since.as_ref());
    }
    if let Some(t) = &a.travel_document {
        after_birth("applicant.travel_document.expires_on".into(), t.expires_on.as_ref());
    }
    for (i, e) in a.education.iter().flatten().enumerate() {
        after_birth(format!("applicant.education[{i}].awarded_on"), e.awarded_on.as_ref());
    }
    for (i, j) in a.employment.iter().flatten().enumerate() {
        after_birth(format!("applicant.employment[{i}].from"), j.from.as_ref());
    }
    for (i, inc) in a.income.iter().flatten().enumerate() {
        after_birth(format!("applicant.income[{i}].period_end"), inc.period_end.as_ref());
    }
    for (i, d) in p.dependants.iter().flatten().enumerate() {
        if d.relationship == Some(Relationship::Child) {
            after_birth(format!("dependants[{i}].date_of_birth"), d.date_of_birth.as_ref());
        }
    }
    for (i, d) in p.dependants.iter().flatten().enumerate() {
        let since = d.macao.as_ref().and_then(|m| m.macao_id_since.as_ref());
        if let (Some(born), Some(since)) = (&d.date_of_birth, since) {
            out.push((
                format!("dependants[{i}].macao.macao_id_since"),
                since.0,
                format!("dependants[{i}].date_of_birth"),
                born.0,
            ));
        }
    }
    for (i, j) in a.employment.iter().flatten().enumerate() {
        if let (Some(from), Some(to)) = (&j.from, &j.to) {
            out.push((
                format!("applicant.employment[{i}].to"),
                to.0,
                format!("applicant.employment[{i}].from"),
                from.0,
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::input::parse_profile;

    fn profile(applicant: &str, rest: &str) -> Result<Profile, InputError> {
        let text = format!(
            r#"{{"schema": "talentnav.profile/1", "applicant": {{"date_of_birth": "1990-05-10"{applicant}}}{rest}}}"#
        );
        parse_profile(text.as_bytes())
    }

    fn refused(applicant: &str, rest: &str) -> (String, String) {
        let e = profile(applicant, rest).expect_err("an impossible profile must be refused");
        assert_eq!(e.message_id, "profile-error-date-order");
        let arg = |k: &str| format!("{:?}", e.args[k]);
        (arg("path"), arg("other"))
    }

    #[test]
    fn each_impossible_pair_names_both_fields() {
        let (a, b) = refused(r#", "employment": [{"from": "2020-03-01", "to": "2020-02-29"}]"#, "");
        assert!(a.contains("applicant.employment[0].to") && b.contains("applicant.employment[0].from"), "{a} {b}");
        let (a, b) = refused(r#", "education": [{}, {"awarded_on": "1990-05-09"}]"#, "");
        assert!(a.contains("applicant.education[1].awarded_on") && b.contains("applicant.date_of_birth"));
        let (a, _) = refused(r#", "employment": [{"from": "1989-01-01"}]"#, "");
        assert!(a.contains("applicant.employment[0].from"));
        let (a, _) = refused("", r#", "dependants": [{"relationship": "child", "date_of_birth": "1990-05-09"}]"#);
        assert!(a.contains("dependants[0].date_of_birth"));
        let (a, _) = refused(r#", "travel_document": {"expires_on": "1980-01-01"}"#, "");
        assert!(a.contains("applicant.travel_document.expires_on"));
        let (a, _) = refused(r#", "overseas": {"resident_since": "1990-05-09"}"#, "");
        assert!(a.contains("applicant.overseas.resident_since"));
        let (a, _) = refused(r#", "income": [{"period_end": "1989-12-31"}]"#, "");
        assert!(a.contains("applicant.income[0].period_end"));
        let (a, b) = refused(
            "",
            r#", "dependants": [{"date_of_birth": "2010-01-01", "macao": {"macao_id_since": "2009-12-31"}}]"#,
        );
        assert!(a.contains("dependants[0].macao.macao_id_since") && b.contains("dependants[0].date_of_birth"));
        let (a, _) = refused("", r#", "submission_date": "1990-05-09""#);
        assert!(a.contains("submission_date"));
    }

    #[test]
    fn the_boundary_day_itself_is_possible() {
        // A one-day job, a document dated the day of birth, a child born the same day (twins are
        // not the applicant's children, but the date alone proves nothing).
        let ok = profile(
            r#", "employment": [{"from": "2020-03-01", "to": "2020-03-01"}], "education": [{"awarded_on": "1990-05-10"}]"#,
            r#", "dependants": [{"relationship": "child", "date_of_birth": "1990-05-10"}]"#,
        );
        assert!(ok.is_ok(), "{ok:?}");
    }

    #[test]
    fn unusual_but_possible_facts_pass_and_unknowns_are_not_compared() {
        // A spouse older than the applicant, a job starting after submission, dates with no birth date.
        assert!(
            profile(
                r#", "employment": [{"from": "2030-01-01"}]"#,
                r#", "submission_date": "2026-01-01", "dependants": [{"relationship": "spouse", "date_of_birth": "1950-01-01"}]"#
            )
            .is_ok()
        );
        let text = r#"{"schema": "talentnav.profile/1", "applicant": {"education": [{"awarded_on": "1900-01-01"}]}}"#;
        assert!(parse_profile(text.as_bytes()).is_ok());
    }
}
