//! Warnings for open applications, as of a date: what will go wrong before or soon after submission.

use crate::{Result, Store};
use chrono::NaiveDate;
use serde::Serialize;
use talentnav_i18n::{Args, args};
use talentnav_rules::{
    date::{add_months, age_on, birthday},
    facts::{IncomeYear, income_year},
    pack::embedded_pack,
    profile::Relationship,
};

#[derive(Debug, Clone, Serialize)]
pub struct Warning {
    pub client_id: i64,
    pub application_id: i64,
    /// travel_document_expires | income_not_covered | child_turns_18 | document_expires
    pub kind: &'static str,
    pub message_id: &'static str,
    pub args: Args,
}

fn iso(d: NaiveDate) -> String {
    d.to_string()
}

impl Store {
    /// Warnings for every application still in progress (draft, preparing). An application without a
    /// planned submission date is taken as submitted on `as_of`.
    pub async fn warnings(&self, as_of: NaiveDate) -> Result<Vec<Warning>> {
        let mut out = Vec::new();
        for app in self.applications(None).await? {
            if !matches!(app.status.as_str(), "draft" | "preparing") {
                continue;
            }
            let submit = app
                .planned_submission_date
                .as_deref()
                .and_then(talentnav_rules::date::parse)
                .unwrap_or(as_of)
                .max(as_of);
            let profile = self.client_profile(app.client_id).await?;
            let mut warn = |kind: &'static str, message_id: &'static str, a: Args| {
                out.push(Warning { client_id: app.client_id, application_id: app.id, kind, message_id, args: a });
            };

            // The longest initial stay the scheme (or the chosen route) grants.
            let stay_months = embedded_pack()
                .schemes
                .iter()
                .find(|s| s.id == app.scheme)
                .map(|s| {
                    s.comparison
                        .stay
                        .iter()
                        .filter(|st| {
                            st.period.contains(submit) && app.route.as_ref().is_none_or(|r| st.routes.contains(r))
                        })
                        .map(|st| st.months)
                        .max()
                        .unwrap_or(0)
                })
                .unwrap_or(0);
            if let Some(expires) = profile.applicant.travel_document.as_ref().and_then(|t| t.expires_on).map(|d| d.0) {
                let stay_end = add_months(submit, stay_months as i32);
                if expires < submit {
                    warn(
                        "travel_document_expires",
                        "warn-travel-document-before",
                        args![("expires", iso(expires)), ("submit", iso(submit))],
                    );
                } else if expires < stay_end {
                    warn(
                        "travel_document_expires",
                        "warn-travel-document-during-stay",
                        args![("expires", iso(expires)), ("months", stay_months as i64)],
                    );
                }
            }

            let income_matters =
                app.scheme == "qmas" || (app.scheme == "ttps" && app.route.as_deref().is_none_or(|r| r == "ttps.a"));
            if income_matters {
                match income_year(&profile, submit, embedded_pack()) {
                    IncomeYear::Known(_) | IncomeYear::None => {}
                    IncomeYear::Unknown(_) => {
                        let from = add_months(submit, -12);
                        warn(
                            "income_not_covered",
                            "warn-income-not-covered",
                            args![("from", iso(from)), ("submit", iso(submit))],
                        );
                    }
                }
            }

            for (i, d) in profile.dependants.iter().flatten().enumerate() {
                if d.relationship != Some(Relationship::Child) {
                    continue;
                }
                if let Some(b) = d.date_of_birth.map(|b| b.0) {
                    let eighteen = birthday(b, 18);
                    if age_on(b, as_of).years < 18 && eighteen <= submit {
                        warn(
                            "child_turns_18",
                            "warn-child-turns-18",
                            args![("n", i + 1), ("date", iso(eighteen)), ("submit", iso(submit))],
                        );
                    }
                }
            }

            for item in self.items(app.id).await? {
                if item.obsolete || item.status == "not_applicable" {
                    continue;
                }
                if let Some(exp) = item.expiry_date.as_deref().and_then(talentnav_rules::date::parse) {
                    if exp < submit {
                        warn(
                            "document_expires",
                            "warn-document-expires",
                            args![
                                ("item", item.id),
                                ("document", item.document.clone()),
                                ("expires", iso(exp)),
                                ("submit", iso(submit))
                            ],
                        );
                    }
                }
            }
        }
        Ok(out)
    }
}
