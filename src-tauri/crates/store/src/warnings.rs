//! Warnings for open applications, as of a date: what will go wrong before or soon after submission.

use crate::{Result, Store, applications::Application};
use chrono::NaiveDate;
use serde::Serialize;
use talentnav_i18n::{Args, args};
use talentnav_rules::{
    date::parse,
    pack::Pack,
    warnings::{expires_before, household, submission_day},
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
    /// The rules' warnings come from `pack`.
    pub async fn warnings(&self, pack: &Pack, as_of: NaiveDate) -> Result<Vec<Warning>> {
        let mut out = Vec::new();
        for app in self.applications(None).await? {
            out.extend(self.application_warnings(pack, &app, as_of).await?);
        }
        Ok(out)
    }

    /// The warnings of one application (none once it is no longer in progress).
    pub async fn application_warnings(&self, pack: &Pack, app: &Application, as_of: NaiveDate) -> Result<Vec<Warning>> {
        let mut out = Vec::new();
        if matches!(app.status.as_str(), "draft" | "preparing") {
            let submit = submission_day(app.planned_submission_date.as_deref().and_then(parse), as_of);
            let profile = self.client_profile(app.client_id).await?;
            for w in household(pack, &profile, &app.scheme, app.route.as_deref(), submit, as_of) {
                out.push(Warning {
                    client_id: app.client_id,
                    application_id: app.id,
                    kind: w.kind,
                    message_id: w.msg.id,
                    args: w.msg.args,
                });
            }
            for item in self.items(app.id).await? {
                if item.obsolete || item.status == "not_applicable" {
                    continue;
                }
                if let Some(exp) = item.expiry_date.as_deref().and_then(parse)
                    && expires_before(exp, submit)
                {
                    out.push(Warning {
                        client_id: app.client_id,
                        application_id: app.id,
                        kind: "document_expires",
                        message_id: "warn-document-expires",
                        args: args![
                            ("item", item.id),
                            ("document", item.document.clone()),
                            ("expires", iso(exp)),
                            ("submit", iso(submit))
                        ],
                    });
                }
            }
        }
        Ok(out)
    }
}
