//! Every date rule in one place: ages, "N months within the past 5 years immediately preceding",
//! "within 6 months after graduation", "counted by year of graduation". All windows are explicit about
//! inclusivity; nothing else in the engine counts days.

use chrono::{Datelike, Duration, Months, NaiveDate};

pub type Date = NaiveDate;

/// `YYYY-MM-DD`, the form dates take in messages and reports (`DATE()` puts it into words).
pub fn iso(d: Date) -> String {
    // chrono's `format` parses its pattern on every call; this runs for every date in every report.
    format!("{:04}-{:02}-{:02}", d.year(), d.month(), d.day())
}

/// `d` plus `n` calendar months; a day that does not exist in the target month becomes that month's
/// last day (31 Aug + 6 months = 28/29 Feb).
pub fn add_months(d: Date, n: i32) -> Date {
    let shifted = if n >= 0 {
        d.checked_add_months(Months::new(n as u32))
    } else {
        d.checked_sub_months(Months::new(n.unsigned_abs()))
    };
    shifted.unwrap_or(d)
}

pub fn add_years(d: Date, n: i32) -> Date {
    add_months(d, n * 12)
}

/// Completed years of age on `on`. A 29 February birthday counts as reached on 1 March in common years
/// (the anniversary "commences" the day after 28 February); `ambiguous` is true on the one day where
/// readings differ (28 February of a common year), so a rule turning on that day can say so.
pub struct Age {
    pub years: i32,
    pub ambiguous: bool,
}

pub fn age_on(birth: Date, on: Date) -> Age {
    let mut years = on.year() - birth.year();
    let leapling = birth.month() == 2 && birth.day() == 29;
    let before_birthday = if leapling && !is_leap(on.year()) {
        on.month() < 3
    } else {
        (on.month(), on.day()) < (birth.month(), birth.day())
    };
    if before_birthday {
        years -= 1;
    }
    let ambiguous = leapling && !is_leap(on.year()) && on.month() == 2 && on.day() == 28;
    Age { years: years.max(0), ambiguous }
}

/// The date on which someone born on `birth` turns `years` (1 March for a 29 February birthday in a
/// common year).
pub fn birthday(birth: Date, years: i32) -> Date {
    let year = birth.year() + years;
    Date::from_ymd_opt(year, birth.month(), birth.day())
        .unwrap_or_else(|| Date::from_ymd_opt(year, 3, 1).expect("1 March exists"))
}

pub fn is_leap(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

/// A run of days, both ends inclusive.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub first: Date,
    pub last: Date,
}

impl Span {
    pub fn new(first: Date, last: Date) -> Option<Span> {
        (first <= last).then_some(Span { first, last })
    }
    fn clip(self, window: Span) -> Option<Span> {
        Span::new(self.first.max(window.first), self.last.min(window.last))
    }
}

/// Months covered by a span, in calendar months: whole months first (1 Mar → 31 May is exactly 3), then
/// the remaining days as a fraction of the month they fall in. A single unbroken span therefore counts
/// exactly as a calendar would; broken spans are added up.
pub fn months_in(span: Span) -> f64 {
    let end_excl = span.last + Duration::days(1);
    let months_apart = |a: Date, b: Date| (b.year() - a.year()) * 12 + b.month() as i32 - a.month() as i32;
    let mut whole = months_apart(span.first, end_excl);
    while whole > 0 && add_months(span.first, whole) > end_excl {
        whole -= 1;
    }
    let from = add_months(span.first, whole);
    let rest_days = (end_excl - from).num_days() as f64;
    let month_len = (add_months(from, 1) - from).num_days() as f64;
    whole as f64 + rest_days / month_len
}

/// Merges overlapping or touching spans, so two jobs held at once are not counted twice.
pub fn union(mut spans: Vec<Span>) -> Vec<Span> {
    spans.sort_by_key(|s| s.first);
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s.first <= last.last + Duration::days(1) => last.last = last.last.max(s.last),
            _ => out.push(s),
        }
    }
    out
}

pub fn total_months(spans: &[Span]) -> f64 {
    union(spans.to_vec()).into_iter().map(months_in).sum()
}

/// "Within the past `years` years immediately preceding `on`": from the same date `years` years
/// earlier up to the day before `on`, both inclusive.
pub fn window_before(on: Date, years: i32) -> Span {
    Span { first: add_years(on, -years), last: on - Duration::days(1) }
}

/// Months of `spans` inside the `years`-year window immediately preceding `on`.
pub fn months_within(spans: &[Span], on: Date, years: i32) -> f64 {
    let window = window_before(on, years);
    let clipped: Vec<Span> = spans.iter().filter_map(|s| s.clip(window)).collect();
    total_months(&clipped)
}

/// The first date on which `months_within(…) >= needed`, assuming `ongoing` (a span that runs up to
/// the day before `from`) continues; `None` if it is not reached within `horizon_days`. Months inside
/// a sliding window never decrease while a job continues (a day gained for each day dropped at
/// most), so a binary search finds the first such day.
pub fn date_reaching(
    spans: &[Span],
    ongoing_from: Date,
    from: Date,
    years: i32,
    needed: f64,
    horizon_days: i64,
) -> Option<Date> {
    let at = |d: Date| {
        let mut all = spans.to_vec();
        if let Some(s) = Span::new(ongoing_from, d - Duration::days(1)) {
            all.push(s);
        }
        months_within(&all, d, years) >= needed - 1e-9
    };
    let (mut lo, mut hi) = (0i64, horizon_days);
    if !at(from + Duration::days(hi)) {
        return None;
    }
    while lo < hi {
        let mid = (lo + hi) / 2;
        if at(from + Duration::days(mid)) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Some(from + Duration::days(lo))
}

/// "Within six months after graduation": the last day is the same date six months on. Whether that
/// day itself is inside is not stated by ImmD, so it is reported separately.
#[derive(Debug, PartialEq, Eq)]
pub enum Within {
    Inside,
    OnBoundary,
    After,
    Before,
}

pub fn within_months_after(event: Date, months: i32, on: Date) -> Within {
    let limit = add_months(event, months);
    if on < event {
        Within::Before
    } else if on < limit {
        Within::Inside
    } else if on == limit {
        Within::OnBoundary
    } else {
        Within::After
    }
}

/// "Graduated in the past five years, counted by year of graduation": years after `on.year() - n` are
/// inside, years before it outside; the year exactly `n` back is the case ImmD leaves open.
pub fn years_back_by_year(event: Date, on: Date, n: i32) -> Within {
    let first_year = on.year() - n;
    if event > on {
        Within::Before
    } else if event.year() > first_year {
        Within::Inside
    } else if event.year() == first_year {
        Within::OnBoundary
    } else {
        Within::After
    }
}

pub fn parse(s: &str) -> Option<Date> {
    let b = s.as_bytes();
    let shaped = b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter().enumerate().all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    if !shaped {
        return None;
    }
    let num = |r: std::ops::Range<usize>| b[r].iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
    NaiveDate::from_ymd_opt(num(0..4) as i32, num(5..7), num(8..10))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        parse(s).unwrap()
    }

    #[test]
    fn strict_iso_dates_only() {
        assert_eq!(parse("2026-03-15"), Some(d("2026-03-15")));
        for bad in ["2026-02-30", "2026-3-15", "15/03/2026", "2026-13-01", "2026-03-15T00:00", "", "2025-02-29"] {
            assert_eq!(parse(bad), None, "{bad}");
        }
        assert!(parse("2024-02-29").is_some());
    }

    #[test]
    fn age_the_day_before_on_and_after_a_birthday() {
        let b = d("1976-03-15");
        assert_eq!(age_on(b, d("2026-03-14")).years, 49);
        assert_eq!(age_on(b, d("2026-03-15")).years, 50);
        assert_eq!(age_on(b, d("2026-03-16")).years, 50);
        assert!(!age_on(b, d("2026-03-15")).ambiguous);
    }

    #[test]
    fn leap_day_birthdays() {
        let b = d("2008-02-29");
        assert_eq!(age_on(b, d("2026-02-27")).years, 17);
        let feb28 = age_on(b, d("2026-02-28"));
        assert_eq!((feb28.years, feb28.ambiguous), (17, true));
        assert_eq!(age_on(b, d("2026-03-01")).years, 18);
        assert_eq!(age_on(b, d("2028-02-28")).years, 19);
        assert_eq!(age_on(b, d("2028-02-29")).years, 20);
        assert!(!age_on(b, d("2028-02-28")).ambiguous, "leap years have the day itself");
        assert_eq!(birthday(b, 18), d("2026-03-01"));
        assert_eq!(birthday(b, 20), d("2028-02-29"));
    }

    #[test]
    fn month_arithmetic_clamps_to_month_end() {
        assert_eq!(add_months(d("2025-08-31"), 6), d("2026-02-28"));
        assert_eq!(add_months(d("2023-08-31"), 6), d("2024-02-29"));
        assert_eq!(add_months(d("2026-01-10"), 6), d("2026-07-10"));
        assert_eq!(add_years(d("2024-02-29"), -5), d("2019-02-28"));
    }

    #[test]
    fn months_in_counts_calendar_months() {
        let s = |a, b| Span::new(d(a), d(b)).unwrap();
        assert_eq!(months_in(s("2023-03-01", "2026-02-28")), 36.0);
        assert_eq!(months_in(s("2025-01-01", "2027-12-31")), 36.0, "1,095 days are still 36 months");
        assert!(months_in(s("2023-03-01", "2026-02-27")) < 36.0);
        assert_eq!(months_in(s("2026-01-01", "2026-01-31")), 1.0);
        assert!((months_in(s("2026-01-01", "2026-01-16")) - 16.0 / 31.0).abs() < 1e-12);
    }

    #[test]
    fn overlapping_jobs_are_not_counted_twice() {
        let s = |a, b| Span::new(d(a), d(b)).unwrap();
        let spans = [s("2020-01-01", "2020-12-31"), s("2020-07-01", "2021-06-30"), s("2021-07-01", "2021-12-31")];
        assert_eq!(total_months(&spans), 24.0);
    }

    #[test]
    fn the_five_year_window_is_the_day_before_back_to_the_same_date() {
        let w = window_before(d("2026-03-15"), 5);
        assert_eq!((w.first, w.last), (d("2021-03-15"), d("2026-03-14")));
        let job = [Span::new(d("2010-01-01"), d("2026-03-14")).unwrap()];
        assert_eq!(months_within(&job, d("2026-03-15"), 5), 60.0);
    }

    #[test]
    fn thirty_six_months_the_day_before_on_and_after() {
        // A job from 2023-03-15, ongoing: 36 months in the window once it has run to 2026-03-14.
        let job = |last: &str| vec![Span::new(d("2023-03-15"), d(last)).unwrap()];
        assert!(months_within(&job("2026-03-13"), d("2026-03-14"), 5) < 36.0);
        assert_eq!(months_within(&job("2026-03-14"), d("2026-03-15"), 5), 36.0);
        assert!(months_within(&job("2026-03-15"), d("2026-03-16"), 5) >= 36.0);
        let reached = date_reaching(&[], d("2023-03-15"), d("2025-01-01"), 5, 36.0, 3650);
        assert_eq!(reached, Some(d("2026-03-15")));
    }

    #[test]
    fn old_work_slides_out_of_the_window() {
        let old = [Span::new(d("2015-01-01"), d("2021-12-31")).unwrap()];
        // On 2026-03-15 only 2021-03-15..2021-12-31 of the old job is inside: about 9.5 months.
        let m = months_within(&old, d("2026-03-15"), 5);
        assert!(m > 9.4 && m < 9.6, "{m}");
        // With a new job from 2025-01-01 the window reaches 36 months when old + new add up.
        let when = date_reaching(&old, d("2025-01-01"), d("2026-03-15"), 5, 36.0, 3650).unwrap();
        assert!(
            months_within(&[old[0], Span::new(d("2025-01-01"), when - Duration::days(1)).unwrap()], when, 5) >= 36.0
        );
        let before = when - Duration::days(1);
        assert!(
            months_within(&[old[0], Span::new(d("2025-01-01"), before - Duration::days(1)).unwrap()], before, 5) < 36.0
        );
    }

    #[test]
    fn six_months_after_graduation() {
        let grad = d("2026-01-10");
        assert_eq!(within_months_after(grad, 6, d("2026-07-09")), Within::Inside);
        assert_eq!(within_months_after(grad, 6, d("2026-07-10")), Within::OnBoundary);
        assert_eq!(within_months_after(grad, 6, d("2026-07-11")), Within::After);
        assert_eq!(within_months_after(grad, 6, d("2026-01-09")), Within::Before);
        assert_eq!(within_months_after(d("2025-08-31"), 6, d("2026-02-28")), Within::OnBoundary);
    }

    #[test]
    fn counted_by_year_of_graduation() {
        let on = d("2026-03-15");
        assert_eq!(years_back_by_year(d("2022-01-01"), on, 5), Within::Inside);
        assert_eq!(years_back_by_year(d("2021-12-31"), on, 5), Within::OnBoundary);
        assert_eq!(years_back_by_year(d("2021-01-01"), on, 5), Within::OnBoundary);
        assert_eq!(years_back_by_year(d("2020-12-31"), on, 5), Within::After);
        assert_eq!(years_back_by_year(d("2026-03-16"), on, 5), Within::Before);
    }
}
