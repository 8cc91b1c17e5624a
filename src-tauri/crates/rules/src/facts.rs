//! Facts derived from a profile once per assessment: the income of the year before applying, spans of
//! work, language skills. Each keeps what it could not know, so checks stay three-valued.

use crate::{
    date::{self, Date, Span},
    pack::Pack,
    profile::{Employment, IncomeKind, LanguageSkill, Proficiency, Profile},
};
use chrono::Duration;

/// The income that counts for "the year immediately preceding the application".
#[derive(Debug, Clone)]
pub enum IncomeYear {
    /// `income` absent, or no period in the 12 months before applying, or a part of it unknown.
    Unknown(Vec<String>),
    /// `income: []`: known to have had none.
    None,
    Known(IncomeFigure),
}

#[derive(Debug, Clone)]
pub struct IncomeFigure {
    pub hkd: f64,
    pub period_end: Date,
    /// Conversions made: (currency, HK$ per unit, the rate's date).
    pub conversions: Vec<(String, f64, Date)>,
    /// A currency with no reference rate for the period.
    pub no_rate: Option<String>,
    /// Employment and business income ending in different tax years (U2): one kind's latest period
    /// ends on another date than the other kind's.
    pub mixed_years: bool,
    pub investment_ignored: bool,
}

pub fn income_year(p: &Profile, on: Date, pack: &Pack) -> IncomeYear {
    let Some(entries) = &p.applicant.income else {
        return IncomeYear::Unknown(vec!["applicant.income".into()]);
    };
    if entries.is_empty() {
        return IncomeYear::None;
    }
    let earliest = date::add_months(on, -12);
    let mut missing = Vec::new();
    let mut in_window = Vec::new();
    for (i, e) in entries.iter().enumerate() {
        match e.period_end {
            Some(end) if end.0 < on && end.0 >= earliest => in_window.push((i, e, end.0)),
            Some(_) => {}
            None => missing.push(format!("applicant.income[{i}].period_end")),
        }
    }
    let Some(latest) = in_window.iter().map(|(_, _, end)| *end).max() else {
        missing.insert(0, "applicant.income".into());
        return IncomeYear::Unknown(missing);
    };
    let mut fig = IncomeFigure {
        hkd: 0.0,
        period_end: latest,
        conversions: Vec::new(),
        no_rate: None,
        mixed_years: false,
        investment_ignored: false,
    };
    for (i, e, end) in &in_window {
        let counted = match e.kind {
            Some(IncomeKind::Investment) => {
                fig.investment_ignored |= *end == latest;
                false
            }
            Some(_) => true,
            None => {
                missing.push(format!("applicant.income[{i}].kind"));
                continue;
            }
        };
        if !counted {
            continue;
        }
        if *end != latest {
            // An older period of a kind the latest period also has is simply superseded.
            let kind_in_latest = in_window.iter().any(|(_, other, d)| *d == latest && other.kind == e.kind);
            fig.mixed_years |= !kind_in_latest;
            continue;
        }
        let (Some(amount), Some(currency)) = (e.amount, &e.currency) else {
            if e.amount.is_none() {
                missing.push(format!("applicant.income[{i}].amount"));
            }
            if e.currency.is_none() {
                missing.push(format!("applicant.income[{i}].currency"));
            }
            continue;
        };
        if currency.as_str() == "HKD" {
            fig.hkd += amount.0;
        } else if let Some(rate) =
            pack.rates.iter().find(|r| r.currency == currency.as_str() && r.period.contains(*end))
        {
            fig.hkd += amount.0 * rate.hkd;
            fig.conversions.push((currency.as_str().to_string(), rate.hkd, rate.as_of.0));
        } else {
            fig.no_rate = Some(currency.as_str().to_string());
        }
    }
    if missing.is_empty() { IncomeYear::Known(fig) } else { IncomeYear::Unknown(missing) }
}

/// Spans of work that certainly count, and those that might (a flag or date is unknown), for a
/// given test of each job. Counting both bounds the answer: if even the certain spans are enough, or
/// even all spans are too few, the unknowns do not matter.
#[derive(Debug, Default, Clone)]
pub struct WorkSpans {
    pub certain: Vec<Span>,
    pub possible: Vec<Span>,
    pub missing: Vec<String>,
    /// The start of a job that counts and is still ongoing on the as-of date.
    pub ongoing_from: Option<Date>,
    /// `employment` absent altogether.
    pub unknown_list: bool,
}

/// `counts(job) -> Some(true|false)`, or `None` with the paths that would decide it.
pub fn work_spans(
    p: &Profile,
    on: Date,
    counts: impl Fn(usize, &Employment) -> Result<bool, Vec<String>>,
) -> WorkSpans {
    work_spans_clipped(p, on, |_, _| Clip::Whole, counts)
}

/// Which part of a job counts, as far as the dates allow.
pub enum Clip {
    Whole,
    /// Only the days from this date (the rest of the job came before it).
    From(Date),
    None,
    /// Which side of a date the job lies on is not known.
    Unknown(Vec<String>),
}

/// Work after graduation: a job said to be after graduation counts whole, one said to be before not at
/// all; when that is not said but the graduation date is known, the part from that date counts (a job
/// that began before graduating is clipped, not dropped). Only with neither is the job unknown.
pub fn after_graduation(job: &Employment, i: usize, graduated: Option<Date>, awarded_path: Option<&str>) -> Clip {
    match (job.after_graduation, graduated) {
        (Some(true), _) => Clip::Whole,
        (Some(false), _) => Clip::None,
        (None, Some(g)) => Clip::From(g),
        (None, None) => {
            let mut paths = vec![format!("applicant.employment[{i}].after_graduation")];
            paths.extend(awarded_path.map(str::to_string));
            Clip::Unknown(paths)
        }
    }
}

/// [`work_spans`] with each job first cut by `clip`.
pub fn work_spans_clipped(
    p: &Profile,
    on: Date,
    clip: impl Fn(usize, &Employment) -> Clip,
    counts: impl Fn(usize, &Employment) -> Result<bool, Vec<String>>,
) -> WorkSpans {
    let Some(jobs) = &p.applicant.employment else {
        return WorkSpans { unknown_list: true, missing: vec!["applicant.employment".into()], ..Default::default() };
    };
    let mut out = WorkSpans::default();
    let last_day = on - Duration::days(1);
    for (i, job) in jobs.iter().enumerate() {
        let Some(from) = job.from else {
            out.missing.push(format!("applicant.employment[{i}].from"));
            continue;
        };
        let to = job.to.map(|d| d.0.min(last_day)).unwrap_or(last_day);
        let (start, unknown_side) = match clip(i, job) {
            Clip::Whole => (from.0, None),
            Clip::From(d) => (from.0.max(d), None),
            Clip::None => continue,
            Clip::Unknown(paths) => (from.0, Some(paths)),
        };
        let Some(span) = Span::new(start, to) else { continue };
        let counted = match (counts(i, job), unknown_side) {
            (Ok(false), _) => Ok(false),
            (r, None) => r,
            (Ok(true), Some(paths)) => Err(paths),
            (Err(mut a), Some(b)) => {
                a.extend(b);
                Err(a)
            }
        };
        match counted {
            Ok(true) => {
                out.certain.push(span);
                if job.to.is_none_or(|d| d.0 >= last_day) {
                    out.ongoing_from = Some(out.ongoing_from.map_or(start, |f: Date| f.min(start)));
                }
            }
            Ok(false) => {}
            Err(paths) => {
                out.possible.push(span);
                out.missing.extend(paths);
            }
        }
    }
    out
}

/// A job flag as the three-valued answer `work_spans` wants.
pub fn job_flag(value: Option<bool>, i: usize, name: &str) -> Result<bool, Vec<String>> {
    value.ok_or_else(|| vec![format!("applicant.employment[{i}].{name}")])
}

/// Both must hold; unknowns of either are reported.
pub fn both(a: Result<bool, Vec<String>>, b: Result<bool, Vec<String>>) -> Result<bool, Vec<String>> {
    match (a, b) {
        (Ok(false), _) | (_, Ok(false)) => Ok(false),
        (Ok(true), Ok(true)) => Ok(true),
        (Err(mut x), Err(y)) => {
            x.extend(y);
            Err(x)
        }
        (Err(x), _) | (_, Err(x)) => Err(x),
    }
}

/// Either may hold.
pub fn either(a: Result<bool, Vec<String>>, b: Result<bool, Vec<String>>) -> Result<bool, Vec<String>> {
    match (a, b) {
        (Ok(true), _) | (_, Ok(true)) => Ok(true),
        (Ok(false), Ok(false)) => Ok(false),
        (Err(mut x), Err(y)) => {
            x.extend(y);
            Err(x)
        }
        (Err(x), _) | (_, Err(x)) => Err(x),
    }
}

/// Chinese counts once, however it is written (`zh`, or the spoken forms `yue` and `cmn`).
pub fn language_key(code: &str) -> &str {
    match code {
        "yue" | "cmn" => "zh",
        other => other,
    }
}

/// Whether a language entry is "good" in both writing and speaking; `None` when a level is unknown.
pub fn good_both(l: &LanguageSkill) -> Option<bool> {
    match (l.written, l.spoken) {
        (Some(Proficiency::Good), Some(Proficiency::Good)) => Some(true),
        (Some(Proficiency::Basic), _) | (_, Some(Proficiency::Basic)) => Some(false),
        _ => None,
    }
}
