//! "The rules may be out of date": a pack more than six months old, or one past a change it knows is
//! due. A pack knows the aggregate list is revised every January (the January after its newest list
//! change) and, when installed, the days its manifest names.

use crate::{Notice, installed::ActivePack};
use chrono::Datelike;
use talentnav_i18n::args;
use talentnav_rules::date::{self, Date};

/// How old a pack may be before it is called possibly out of date.
pub const MAX_AGE_MONTHS: i32 = 6;

/// The day the active pack's rules are as of: its manifest's publication, else (built in) the newest
/// revision date among its sources.
pub fn as_of(active: &ActivePack) -> Option<Date> {
    active.manifest().and_then(|m| m.published_date()).or_else(|| date::parse(&active.pack().info.revised))
}

/// The changes the pack knows are due, earliest first.
pub fn due(active: &ActivePack) -> Vec<Date> {
    let latest_list = active.pack().universities.change.iter().map(|c| c.effective.0).max();
    let next_january = latest_list.and_then(|d| Date::from_ymd_opt(d.year() + 1, 1, 1));
    let mut all: Vec<Date> = active.manifest().map(|m| m.due_dates()).unwrap_or_default();
    all.extend(next_january);
    all.sort();
    all.dedup();
    all
}

/// The notice for `today`, if the rules may be out of date.
pub fn notice(active: &ActivePack, today: Date) -> Option<Notice> {
    let published = as_of(active)?;
    if let Some(d) = due(active).into_iter().rfind(|d| *d > published && *d <= today) {
        return Some(Notice::new(
            "update-notice-stale-due",
            args![("revised", published.to_string()), ("due", d.to_string())],
        ));
    }
    (today > date::add_months(published, MAX_AGE_MONTHS))
        .then(|| Notice::new("update-notice-stale-age", args![("revised", published.to_string())]))
}
