//! Age on the as-of date against the pack's limits (29 February birthdays are for review).

use super::*;

pub(super) fn birth(c: &Ctx) -> Result<Date, Finding> {
    let path = "applicant.date_of_birth";
    c.p.applicant
        .date_of_birth
        .map(|d| d.0)
        .ok_or_else(|| Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]).reads(&[path]))
}

pub(super) fn age_at_least(c: &Ctx, years: i32, unconfirmed: Option<&str>) -> Finding {
    let b = match birth(c) {
        Ok(b) => b,
        Err(f) => return f,
    };
    let age = date::age_on(b, c.on);
    let reads = &["applicant.date_of_birth"];
    let turns = iso(date::birthday(b, years));
    if age.ambiguous && (age.years == years - 1) {
        return Finding::review(msg("d-age-leap-day", args![("years", years as i64)]), msg("review-leap-day", args![]))
            .reads(reads);
    }
    if age.years >= years {
        Finding::met(msg("d-age-at-least", args![("age", age.years as i64), ("years", years as i64)])).reads(reads)
    } else if let Some(u) = unconfirmed {
        Finding::review(
            msg("d-age-below-unstated", args![("age", age.years as i64), ("years", years as i64)]),
            c.pack.unconfirmed(u),
        )
        .reads(reads)
    } else {
        Finding::not_met(msg("d-age-below", args![("age", age.years as i64), ("years", years as i64)]))
            .reads(reads)
            .hint(msg("h-age-reaches", args![("years", years as i64), ("date", turns)]))
    }
}

pub(super) fn age_at_most(c: &Ctx, years: i32) -> Finding {
    let b = match birth(c) {
        Ok(b) => b,
        Err(f) => return f,
    };
    let age = date::age_on(b, c.on);
    let reads = &["applicant.date_of_birth"];
    if age.ambiguous && age.years == years {
        return Finding::review(
            msg("d-age-leap-day", args![("years", (years + 1) as i64)]),
            msg("review-leap-day", args![]),
        )
        .reads(reads);
    }
    if age.years <= years {
        Finding::met(msg("d-age-at-most", args![("age", age.years as i64), ("years", years as i64)])).reads(reads).hint(
            msg("h-age-passes", args![("years", (years + 1) as i64), ("date", iso(date::birthday(b, years + 1)))]),
        )
    } else {
        Finding::not_met(msg("d-age-above", args![("age", age.years as i64), ("years", years as i64)])).reads(reads)
    }
}

pub(super) fn age_between(c: &Ctx, min: i32, max: i32, upper_unconfirmed: Option<&str>) -> Finding {
    let b = match birth(c) {
        Ok(b) => b,
        Err(f) => return f,
    };
    let age = date::age_on(b, c.on);
    let reads = &["applicant.date_of_birth"];
    let a = |id| msg(id, args![("age", age.years as i64), ("min", min as i64), ("max", max as i64)]);
    if age.ambiguous && (age.years == min - 1 || age.years == max) {
        return Finding::review(a("d-age-range-leap-day"), msg("review-leap-day", args![])).reads(reads);
    }
    let closes = msg("h-age-closes", args![("years", (max + 1) as i64), ("date", iso(date::birthday(b, max + 1)))]);
    if age.years < min {
        Finding::not_met(a("d-age-range-below"))
            .reads(reads)
            .hint(msg("h-age-reaches", args![("years", min as i64), ("date", iso(date::birthday(b, min)))]))
    } else if age.years > max {
        Finding::not_met(a("d-age-range-above")).reads(reads)
    } else if age.years == max && upper_unconfirmed.is_some() {
        Finding::review(a("d-age-range-upper"), c.pack.unconfirmed(upper_unconfirmed.unwrap_or_default()))
            .reads(reads)
            .hint(closes)
    } else {
        let mut f = Finding::met(a("d-age-range-in")).reads(reads);
        if upper_unconfirmed.is_some() {
            f = f.hint(msg("h-age-upper-open", args![("years", max as i64), ("date", iso(date::birthday(b, max)))]));
        }
        f.hint(closes)
    }
}
