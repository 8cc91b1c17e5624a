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

/// An application in progress with documents still to collect: the dashboard's "missing items" row.
#[derive(Debug, Clone, Serialize)]
pub struct MissingItems {
    pub client_id: i64,
    pub application_id: i64,
    pub scheme: String,
    pub planned_submission_date: Option<String>,
    /// Items still required or requested that the rules plainly ask for: not obsolete, not "if you
    /// have one" or "may be needed".
    pub count: i64,
    /// The first [`MISSING_NAMED`] of them in checklist order: (item id, item key).
    pub first: Vec<(i64, String)>,
    pub family_name: Option<String>,
    pub given_name: Option<String>,
    pub chinese_name: Option<String>,
    /// The client's profile (JSON text), to name each item's party.
    pub profile_json: String,
}

/// How many missing items a row names.
pub const MISSING_NAMED: usize = 3;

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

    /// Every application in progress (draft, preparing) with documents still missing, by planned
    /// submission (none planned last). One query: per application, the items still to collect are
    /// counted and the first few taken, in checklist order, from their own partial covering index
    /// (`document_items_missing`), never from the table.
    pub async fn missing_items(&self) -> Result<Vec<MissingItems>> {
        let rows = sqlx::query!(
            r#"SELECT a.id AS "application_id!: i64", a.client_id AS "client_id!: i64", a.scheme, a.planned_submission_date,
                      c.family_name, c.given_name, c.chinese_name, c.profile_json,
                      m.total AS "count!: i64", m.first AS "first!: String"
               FROM (SELECT a.id AS app,
                            (SELECT COUNT(*) FROM document_items d INDEXED BY document_items_missing
                             WHERE d.application_id = a.id AND d.status IN ('required', 'requested')
                               AND d.obsolete = 0 AND d.need = 'required') AS total,
                            (SELECT group_concat(x.id || ' ' || x.item_key, ',')
                             FROM (SELECT d.id, d.item_key FROM document_items d INDEXED BY document_items_missing
                                   WHERE d.application_id = a.id AND d.status IN ('required', 'requested')
                                     AND d.obsolete = 0 AND d.need = 'required'
                                   ORDER BY d.id LIMIT ?1) x) AS first
                     FROM applications a WHERE a.status IN ('draft', 'preparing')) m
               JOIN applications a ON a.id = m.app
               JOIN clients c ON c.id = a.client_id
               WHERE m.total > 0
               ORDER BY a.planned_submission_date IS NULL, a.planned_submission_date, a.id"#,
            MISSING_NAMED as i64
        )
        .fetch_all(&self.pool)
        .await?;
        Ok(rows
            .into_iter()
            .map(|r| {
                // "id key" pairs; put in checklist order here, as group_concat promises no order.
                let mut first: Vec<(i64, String)> = r
                    .first
                    .split(',')
                    .filter_map(|p| p.split_once(' ').and_then(|(id, key)| Some((id.parse().ok()?, key.to_string()))))
                    .collect();
                first.sort();
                MissingItems {
                    client_id: r.client_id,
                    application_id: r.application_id,
                    scheme: r.scheme,
                    planned_submission_date: r.planned_submission_date,
                    count: r.count,
                    first,
                    family_name: r.family_name,
                    given_name: r.given_name,
                    chinese_name: r.chinese_name,
                    profile_json: r.profile_json,
                }
            })
            .collect())
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
