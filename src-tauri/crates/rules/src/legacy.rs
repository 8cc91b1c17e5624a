//! The QMAS General Points Test before 1 November 2024: points per factor from the dated tables in
//! `qmas-legacy.toml`. Points that turn on an open question (renowned institution, international or
//! renowned-enterprise experience, Talent List specifications) are counted as "possible", not sure.

use crate::{
    checks::{Ctx, Finding, Msg, Outcome, msg},
    date,
    facts::{self, language_key},
    pack::LegacyVersion,
    profile::{Level, Relationship},
};
use serde::Serialize;
use talentnav_i18n::args;
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct LegacyPoints {
    /// Points that are certain.
    pub total: i32,
    pub pass_mark: i32,
    /// Certain points plus every point still possible (unknown facts or points for review).
    pub possible: i32,
    pub maximum: i32,
    pub version: String,
    pub breakdown: Vec<LegacyFactor>,
}

#[derive(Debug, Clone, Serialize, TS)]
pub struct LegacyFactor {
    pub factor: String,
    pub points: i32,
    /// Further points this factor may add once facts are known or reviewed.
    pub possible_extra: i32,
    pub outcome: Outcome,
}

struct Tally {
    factors: Vec<LegacyFactor>,
    missing: Vec<String>,
    review: Vec<Msg>,
}

impl Tally {
    fn add(&mut self, factor: &str, points: i32, extra: i32, outcome: Outcome) {
        self.factors.push(LegacyFactor { factor: factor.into(), points, possible_extra: extra, outcome });
    }
}

/// The register items the criterion names for the bonuses whose rules are open.
pub struct Open<'a> {
    pub international: &'a str,
    pub renowned_enterprise: &'a str,
}

pub fn legacy_points(c: &Ctx, pass_mark: i32, open: &Open) -> (Finding, Option<LegacyPoints>) {
    let Some(v) = c.pack.legacy_qmas.iter().find(|v| v.period.contains(c.on)) else {
        let f = Finding::review(
            msg("d-legacy-no-table", args![("date", crate::checks::iso(c.on))]),
            msg("review-legacy-no-table", args![]),
        );
        return (f, None);
    };
    let mut t = Tally { factors: Vec::new(), missing: Vec::new(), review: Vec::new() };
    age(c, v, &mut t);
    academic(c, v, &mut t);
    work(c, v, open, &mut t);
    talent_list(c, v, &mut t);
    language(c, v, &mut t);
    family(c, v, &mut t);

    let total: i32 = t.factors.iter().map(|f| f.points).sum();
    let unknown_extra: i32 = t.factors.iter().filter(|f| f.outcome == Outcome::Unknown).map(|f| f.possible_extra).sum();
    let review_extra: i32 = t.factors.iter().filter(|f| f.outcome == Outcome::Review).map(|f| f.possible_extra).sum();
    let possible = total + unknown_extra + review_extra;
    let a = args![
        ("total", total as i64),
        ("pass_mark", pass_mark as i64),
        ("possible", possible as i64),
        ("maximum", v.maximum as i64)
    ];
    let mut f = if total >= pass_mark {
        Finding::met(msg("d-legacy-pass", a))
    } else if possible < pass_mark {
        Finding::not_met(msg("d-legacy-fail", a))
    } else if unknown_extra > 0 && total + unknown_extra >= pass_mark {
        Finding::unknown(msg("d-legacy-unknown", a), t.missing.clone())
    } else {
        let reason = t.review.first().cloned().unwrap_or_else(|| msg("review-legacy-points", args![]));
        Finding::review(msg("d-legacy-review", a), reason)
    };
    if let Some(u) = &v.unconfirmed
        && matches!(f.outcome, Outcome::Met | Outcome::NotMet)
    {
        f = Finding::review(f.detail, c.pack.unconfirmed(u));
    }
    f.missing = t.missing.clone();
    let f = f.reads(&["applicant"]);
    let points =
        LegacyPoints { total, pass_mark, possible, maximum: v.maximum, version: v.id.clone(), breakdown: t.factors };
    (f, Some(points))
}

fn age(c: &Ctx, v: &LegacyVersion, t: &mut Tally) {
    let top = v.age.iter().map(|b| b.points).max().unwrap_or(0);
    match c.p.applicant.date_of_birth {
        None => {
            t.missing.push("applicant.date_of_birth".into());
            t.add("age", 0, top, Outcome::Unknown);
        }
        Some(b) => {
            let age = date::age_on(b.0, c.on).years;
            let points = v.age.iter().find(|band| band.min <= age && age <= band.max).map(|b| b.points).unwrap_or(0);
            t.add("age", points, 0, Outcome::Met);
        }
    }
}

fn academic(c: &Ctx, v: &LegacyVersion, t: &mut Tally) {
    let a = &v.academic;
    let Some(list) = &c.p.applicant.education else {
        t.missing.push("applicant.education".into());
        t.add(
            "academic",
            0,
            a.two_doctorates.max(a.doctorate_or_two_masters) + a.renowned_institution_bonus,
            Outcome::Unknown,
        );
        return;
    };
    let real: Vec<_> = list.iter().filter(|e| e.honorary != Some(true)).collect();
    let count = |l: Level| real.iter().filter(|e| e.level == Some(l)).count();
    let (doctorates, masters, bachelors) = (count(Level::Doctorate), count(Level::Master), count(Level::Bachelor));
    let points = if doctorates >= 2 {
        a.two_doctorates
    } else if doctorates == 1 || masters >= 2 {
        a.doctorate_or_two_masters
    } else if masters == 1 || bachelors >= 2 {
        a.master_or_two_bachelors
    } else if bachelors == 1 {
        a.bachelor
    } else {
        0
    };
    let level_unknown = real.iter().any(|e| e.level.is_none());
    if level_unknown {
        t.missing.push("applicant.education".into());
    }
    t.add(
        "academic",
        points,
        if level_unknown { a.two_doctorates - points } else { 0 },
        if level_unknown { Outcome::Unknown } else { Outcome::Met },
    );
    if a.renowned_institution_bonus > 0 && doctorates + masters + bachelors > 0 {
        // Judged against the rankings of any edition and other tables, not the TTPS list (§3.6).
        t.review.push(msg("review-legacy-renowned-institution", args![]));
        t.add("academic_renowned_institution", 0, a.renowned_institution_bonus, Outcome::Review);
    }
}

fn work(c: &Ctx, v: &LegacyVersion, open: &Open, t: &mut Tally) {
    let w = &v.work;
    let graduate = facts::work_spans(c.p, c.on, |i, job| facts::job_flag(job.graduate_level, i, "graduate_level"));
    let senior = facts::work_spans(c.p, c.on, |i, job| {
        facts::both(
            facts::job_flag(job.graduate_level, i, "graduate_level"),
            facts::job_flag(job.senior_role, i, "senior_role"),
        )
    });
    if graduate.unknown_list {
        t.missing.push("applicant.employment".into());
        t.add(
            "work",
            0,
            w.ten_years_five_senior + w.international_bonus + w.renowned_enterprise_bonus,
            Outcome::Unknown,
        );
        return;
    }
    let band = |years: f64, senior_years: f64| {
        if years >= 10.0 && senior_years >= 5.0 {
            w.ten_years_five_senior
        } else if years >= 5.0 && senior_years >= 2.0 {
            w.five_years_two_senior
        } else if years >= 5.0 {
            w.five_years
        } else if years >= 2.0 {
            w.two_years
        } else {
            0
        }
    };
    let years = |s: &facts::WorkSpans, certain_only: bool| {
        let spans: Vec<_> =
            if certain_only { s.certain.clone() } else { s.certain.iter().chain(&s.possible).copied().collect() };
        date::total_months(&spans) / 12.0
    };
    let sure = band(years(&graduate, true), years(&senior, true));
    let best = band(years(&graduate, false), years(&senior, false));
    let uncertain = !graduate.missing.is_empty() || !senior.missing.is_empty();
    if uncertain {
        t.missing.extend(graduate.missing.iter().chain(&senior.missing).cloned());
    }
    t.add("work", sure, best - sure, if uncertain && best > sure { Outcome::Unknown } else { Outcome::Met });

    let nationality = c.p.applicant.nationality.as_ref().map(|n| n.as_str().to_string());
    if w.international_bonus > 0 {
        let intl = facts::work_spans(c.p, c.on, |i, job| {
            let abroad = match (&job.country, &nationality) {
                (Some(k), Some(n)) => Ok(k.as_str() != n),
                _ => Err(vec![format!("applicant.employment[{i}].country")]),
            };
            facts::both(facts::job_flag(job.graduate_level, i, "graduate_level"), abroad)
        });
        let all: Vec<_> = intl.certain.iter().chain(&intl.possible).copied().collect();
        if date::total_months(&all) / 12.0 >= 2.0 {
            t.review.push(c.pack.unconfirmed(open.international));
            t.add("work_international", 0, w.international_bonus, Outcome::Review);
        } else {
            t.add("work_international", 0, 0, Outcome::Met);
        }
    }
    if w.renowned_enterprise_bonus > 0 {
        let renowned = facts::work_spans(c.p, c.on, |i, job| {
            facts::both(
                facts::job_flag(job.graduate_level, i, "graduate_level"),
                facts::job_flag(job.multinational_or_renowned, i, "multinational_or_renowned"),
            )
        });
        let any = !renowned.certain.is_empty() || !renowned.possible.is_empty();
        if any {
            t.review.push(c.pack.unconfirmed(open.renowned_enterprise));
            t.add("work_renowned_enterprise", 0, w.renowned_enterprise_bonus, Outcome::Review);
        } else {
            t.add("work_renowned_enterprise", 0, 0, Outcome::Met);
        }
    }
}

fn talent_list(c: &Ctx, v: &LegacyVersion, t: &mut Tally) {
    if v.talent_list == 0 {
        return;
    }
    match c.p.applicant.talent_list_profession.as_deref().map(str::trim) {
        None => {
            t.missing.push("applicant.talent_list_profession".into());
            t.add("talent_list", 0, v.talent_list, Outcome::Unknown);
        }
        Some("none") | Some("") => t.add("talent_list", 0, 0, Outcome::Met),
        // profile-v1: the applicant states they meet the profession's specifications; the points are
        // counted on that statement (the scheme's notes say ImmD checks it).
        Some(_) => t.add("talent_list", v.talent_list, 0, Outcome::Met),
    }
}

fn language(c: &Ctx, v: &LegacyVersion, t: &mut Tally) {
    let l = &v.language;
    let Some(list) = &c.p.applicant.languages else {
        t.missing.push("applicant.languages".into());
        t.add("language", 0, l.chinese_and_english, Outcome::Unknown);
        return;
    };
    let mut good: Vec<&str> = Vec::new();
    let mut unsure = false;
    for entry in list {
        match (entry.language.as_ref(), facts::good_both(entry)) {
            (Some(code), Some(true)) => good.push(language_key(code.as_str())),
            (_, None) | (None, _) => unsure = true,
            _ => {}
        }
    }
    let zh = good.contains(&"zh");
    let en = good.contains(&"en");
    let foreign = good.iter().any(|k| *k != "zh" && *k != "en");
    let points = if zh && en {
        l.chinese_and_english
    } else if (zh || en) && foreign {
        l.one_plus_foreign
    } else if zh || en {
        l.one
    } else {
        0
    };
    if unsure && points < l.chinese_and_english {
        t.missing.push("applicant.languages".into());
        t.add("language", points, l.chinese_and_english - points, Outcome::Unknown);
    } else {
        t.add("language", points, 0, Outcome::Met);
    }
}

fn family(c: &Ctx, v: &LegacyVersion, t: &mut Tally) {
    let f = &v.family;
    let mut points = 0;
    let mut extra = 0;
    match c.p.applicant.family_in_hk.as_ref().and_then(|x| x.immediate_family_hk_permanent_resident) {
        Some(true) => points += f.immediate_family_in_hk,
        Some(false) => {}
        None => {
            extra += f.immediate_family_in_hk;
            t.missing.push("applicant.family_in_hk.immediate_family_hk_permanent_resident".into());
        }
    }
    match &c.p.dependants {
        None => {
            extra += f.spouse_degree + f.children_max;
            t.missing.push("dependants".into());
        }
        Some(list) => {
            let mut children = 0;
            for (i, d) in list.iter().enumerate() {
                match d.relationship {
                    Some(Relationship::Spouse) => match d.degree_holder {
                        Some(true) => points += f.spouse_degree,
                        Some(false) => {}
                        None => {
                            extra += f.spouse_degree;
                            t.missing.push(format!("dependants[{i}].degree_holder"));
                        }
                    },
                    Some(Relationship::Child) => {
                        let under_18 = d.date_of_birth.map(|b| date::age_on(b.0, c.on).years < 18);
                        if under_18 == Some(true) && d.married == Some(false) {
                            children += f.per_child;
                        } else if under_18.is_none() || (under_18 == Some(true) && d.married.is_none()) {
                            extra += f.per_child;
                            t.missing.push(format!("dependants[{i}]"));
                        }
                    }
                    _ => {}
                }
            }
            points += children.min(f.children_max);
        }
    }
    t.add("family", points, extra, if extra > 0 { Outcome::Unknown } else { Outcome::Met });
}
