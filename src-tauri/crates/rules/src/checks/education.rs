//! Degrees and languages: the aggregate list, "the" degree a route accepts (every candidate tried,
//! the best kept), the date of graduation, postgraduate degrees and business schools.

use super::*;

/// One degree as a degree criterion judged it: the other criteria of the route that look at "the"
/// degree (its date, the work after it) try each of these and keep the best, so the answer never
/// depends on the order degrees were typed in.
#[derive(Debug, Clone)]
pub struct Candidate {
    pub index: usize,
    pub outcome: Outcome,
    pub missing: Vec<String>,
    pub review: Option<Msg>,
}

pub(super) type DegreeResult = (usize, Outcome, Msg, Vec<String>, Option<Msg>);

pub(super) fn rank(o: Outcome) -> u8 {
    match o {
        Outcome::Met => 0,
        Outcome::Review => 1,
        Outcome::Unknown => 2,
        Outcome::NotMet => 3,
    }
}

/// Ties between degrees are broken by what they are (the latest first, then by institution), never by
/// their position in the list.
pub(super) fn degree_key(
    list: &[Education],
    i: usize,
) -> (std::cmp::Reverse<Option<crate::profile::Day>>, Option<String>) {
    (std::cmp::Reverse(list[i].awarded_on), list[i].institution.clone())
}

/// Whether the rule an institution's degree is judged by is the TTPS one (full-time, not honorary, not
/// from a continuing-education arm) or only "awarded by an eligible university" (QMAS, §3.4).
/// `AwardedBy` carries the register item that leaves ImmD's note on "eligible university" open.
#[derive(Clone, Copy, PartialEq)]
pub(super) enum Award<'a> {
    Ttps,
    AwardedBy(&'a str),
}

pub(super) fn listed_status(
    c: &Ctx,
    e: &Education,
    i: usize,
    award: Award,
) -> (Outcome, Msg, Vec<String>, Option<Msg>) {
    let Some(name) = &e.institution else {
        let p = format!("applicant.education[{i}].institution");
        return (Outcome::Unknown, msg("d-unknown", args![("fact", p.clone())]), vec![p], None);
    };
    let on = c.iso();
    match membership(c.pack, name, c.on) {
        Membership::Listed(official) => {
            let mut missing = Vec::new();
            let flag = |v: Option<bool>, field: &str, missing: &mut Vec<String>| {
                if v.is_none() {
                    missing.push(format!("applicant.education[{i}].{field}"));
                }
                v
            };
            let honorary = flag(e.honorary, "honorary", &mut missing) == Some(true);
            let cpe = flag(e.continuing_education_arm, "continuing_education_arm", &mut missing) == Some(true);
            if let Award::AwardedBy(notes) = award {
                // ImmD's note on "eligible university" is unread (U8): whether an honorary degree or a
                // continuing-education award counts is for a person to judge, not a refusal.
                if honorary || cpe {
                    let id = if honorary { "d-degree-honorary-open" } else { "d-degree-cpe-arm-open" };
                    return (
                        Outcome::Review,
                        msg(id, args![("institution", official)]),
                        vec![],
                        Some(c.pack.unconfirmed(notes)),
                    );
                }
                if !missing.is_empty() {
                    let m = msg("d-degree-listed-details-unknown", args![("institution", official)]);
                    return (Outcome::Unknown, m, missing, None);
                }
                return (
                    Outcome::Met,
                    msg("d-degree-listed", args![("institution", official), ("date", on)]),
                    vec![],
                    None,
                );
            }
            if honorary {
                return (Outcome::NotMet, msg("d-degree-honorary", args![("institution", official)]), vec![], None);
            }
            if cpe {
                return (Outcome::NotMet, msg("d-degree-cpe-arm", args![("institution", official)]), vec![], None);
            }
            let full_time = flag(e.full_time, "full_time", &mut missing);
            if !missing.is_empty() {
                return (
                    Outcome::Unknown,
                    msg("d-degree-listed-details-unknown", args![("institution", official)]),
                    missing,
                    None,
                );
            }
            if full_time == Some(false) {
                return (
                    Outcome::Review,
                    msg("d-degree-listed-part-time", args![("institution", official)]),
                    vec![],
                    Some(msg("review-part-time-degree", args![])),
                );
            }
            (Outcome::Met, msg("d-degree-listed", args![("institution", official), ("date", on)]), vec![], None)
        }
        Membership::Uncertain(official) => (
            Outcome::Review,
            msg("d-degree-list-uncertain", args![("institution", official), ("date", on)]),
            vec![],
            Some(msg("review-list-before-2023-11", args![])),
        ),
        Membership::Predecessor { name, successor, unconfirmed } => (
            Outcome::Review,
            msg("d-degree-predecessor", args![("institution", name), ("successor", successor)]),
            vec![],
            Some(c.pack.unconfirmed(&unconfirmed)),
        ),
        Membership::NotListed(official) => (
            Outcome::NotMet,
            msg("d-degree-not-listed-on", args![("institution", official), ("date", on)]),
            vec![],
            None,
        ),
        Membership::Unknown { suggestion: Some(s) } => (
            Outcome::NotMet,
            msg("d-degree-not-listed-suggest", args![("institution", name.clone()), ("suggestion", s)]),
            vec![],
            None,
        ),
        Membership::Unknown { suggestion: None } => (
            Outcome::NotMet,
            msg("d-degree-not-listed", args![("institution", name.clone()), ("date", on)]),
            vec![],
            None,
        ),
    }
}

/// Combines per-degree results: any met wins, then review, then unknown; otherwise a refusal. The
/// unknowns of every degree are reported; every degree is kept as a candidate.
pub(super) fn best_of(results: Vec<DegreeResult>, list: &[Education], none: Msg) -> (Finding, Vec<Candidate>) {
    let Some(best) = results.iter().min_by_key(|r| (rank(r.1), degree_key(list, r.0))) else {
        return (Finding::not_met(none), Vec::new());
    };
    let missing: Vec<String> = results.iter().filter(|r| r.1 == Outcome::Unknown).flat_map(|r| r.3.clone()).collect();
    let f = match best.1 {
        Outcome::Met => Finding::met(best.2.clone()),
        Outcome::Review => {
            Finding::review(best.2.clone(), best.4.clone().unwrap_or_else(|| msg("review-open", args![])))
        }
        Outcome::Unknown => Finding::unknown(best.2.clone(), missing),
        Outcome::NotMet => Finding::not_met(best.2.clone()),
    };
    let candidates = results
        .into_iter()
        .map(|(index, outcome, _, missing, review)| Candidate { index, outcome, missing, review })
        .collect();
    (f, candidates)
}

/// A criterion about "the" degree, for each degree a degree criterion could accept, joined with that
/// degree's own outcome there (a recent degree whose listing is unknown leaves the date criterion
/// unknown, not refused); the best wins. With no acceptable degree, each degree is tried as it is;
/// with none at all, `eval(None)`.
pub(super) fn best_over(
    list: &[Education],
    candidates: &[Candidate],
    eval: impl Fn(Option<usize>) -> Finding,
) -> Finding {
    let live: Vec<&Candidate> = candidates.iter().filter(|k| k.outcome != Outcome::NotMet).collect();
    let tried: Vec<(Option<usize>, Finding)> = if !live.is_empty() {
        live.iter().map(|k| (Some(k.index), joined(eval(Some(k.index)), k))).collect()
    } else if !candidates.is_empty() {
        candidates.iter().map(|k| (Some(k.index), eval(Some(k.index)))).collect()
    } else {
        vec![(None, eval(None))]
    };
    tried
        .into_iter()
        .min_by_key(|(i, f)| (rank(f.outcome), i.map(|i| degree_key(list, i))))
        .map(|(_, f)| f)
        .expect("at least one degree or none was tried")
}

/// `f` for a degree whose own acceptance is `k`: a refusal stays, then a missing fact, then review.
pub(super) fn joined(f: Finding, k: &Candidate) -> Finding {
    match (f.outcome, k.outcome) {
        (Outcome::NotMet, _) | (_, Outcome::Met) => f,
        (Outcome::Unknown, k_outcome) => {
            let mut f = f;
            if k_outcome == Outcome::Unknown {
                f.missing.extend(k.missing.iter().cloned());
            }
            f
        }
        (_, Outcome::Unknown) => Finding { outcome: Outcome::Unknown, missing: k.missing.clone(), review: None, ..f },
        (Outcome::Review, _) => f,
        (_, _) => Finding {
            outcome: Outcome::Review,
            review: k.review.clone().or_else(|| Some(msg("review-open", args![]))),
            ..f
        },
    }
}

pub(super) fn degrees<'a>(c: &Ctx<'a>) -> Result<&'a Vec<Education>, Finding> {
    c.p.applicant.education.as_ref().ok_or_else(|| {
        Finding::unknown(msg("d-unknown", args![("fact", "applicant.education")]), vec!["applicant.education".into()])
            .reads(&["applicant.education"])
    })
}

/// A bachelor's degree from a university on the aggregate list in force on the as-of date; the
/// candidates are every bachelor's degree, with how it fared.
pub fn listed_bachelor<'c>(c: &'c Ctx) -> &'c (Finding, Vec<Candidate>) {
    c.bachelor.get_or_init(|| find_listed_bachelor(c))
}

pub(super) fn find_listed_bachelor(c: &Ctx) -> (Finding, Vec<Candidate>) {
    let list = match degrees(c) {
        Ok(l) => l,
        Err(f) => return (f, Vec::new()),
    };
    let mut results = Vec::new();
    let mut postgraduate_listed = false;
    for (i, e) in list.iter().enumerate() {
        match e.level {
            Some(Level::Bachelor) => {
                let (o, m, missing, review) = listed_status(c, e, i, Award::Ttps);
                results.push((i, o, m, missing, review));
            }
            Some(Level::Master | Level::Doctorate) => {
                if matches!(listed_status(c, e, i, Award::Ttps).0, Outcome::Met) {
                    postgraduate_listed = true;
                }
            }
            Some(Level::SubDegree) => {}
            None => {
                let p = format!("applicant.education[{i}].level");
                results.push((i, Outcome::Unknown, msg("d-unknown", args![("fact", p.clone())]), vec![p], None));
            }
        }
    }
    let any_decided = results.iter().any(|r| matches!(r.1, Outcome::Met | Outcome::Review | Outcome::Unknown));
    if !any_decided && postgraduate_listed {
        // hk-schemes.md §14.2, U5: the wording requires a bachelor's degree, so this is treated as N.
        let f = Finding::not_met(msg("d-degree-postgraduate-only", args![]));
        let (_, candidates) = best_of(results, list, msg("d-degree-no-bachelor", args![]));
        return (f.reads(&["applicant.education"]), candidates);
    }
    let (f, candidates) = best_of(results, list, msg("d-degree-no-bachelor", args![]));
    (f.reads(&["applicant.education"]), candidates)
}

pub(super) fn graduated_within_years(c: &Ctx, years: i32, boundary: &str) -> Finding {
    let reads = &["applicant.education"];
    let list = match degrees(c) {
        Ok(l) => l,
        Err(f) => return f,
    };
    best_over(list, &listed_bachelor(c).1, |chosen| {
        let Some(i) = chosen else {
            return Finding::not_met(msg("d-degree-no-bachelor", args![])).reads(reads);
        };
        let Some(awarded) = list[i].awarded_on else {
            let p = format!("applicant.education[{i}].awarded_on");
            return Finding::unknown(msg("d-unknown", args![("fact", p.clone())]), vec![p]).reads(reads);
        };
        let year = awarded.0.year();
        let a = args![("year", year as i64), ("years", years as i64), ("first_year", (c.on.year() - years + 1) as i64)];
        match date::years_back_by_year(awarded.0, c.on, years) {
            Within::Inside => Finding::met(msg("d-graduated-within", a)).reads(reads).hint(msg(
                "h-graduated-window-closes",
                args![("year", (year + years) as i64), ("last_sure", (year + years - 1) as i64)],
            )),
            Within::OnBoundary => {
                Finding::review(msg("d-graduated-boundary", a), c.pack.unconfirmed(boundary)).reads(reads)
            }
            Within::After => Finding::not_met(msg("d-graduated-too-long-ago", a)).reads(reads),
            Within::Before => Finding::not_met(msg("d-graduated-future", args![("date", iso(awarded.0))])).reads(reads),
        }
    })
}

pub(super) fn not_local_non_local_undergraduate(c: &Ctx) -> Finding {
    let reads = &["applicant.education"];
    let list = match degrees(c) {
        Ok(l) => l,
        Err(f) => return f,
    };
    let mut missing = Vec::new();
    for (i, e) in list.iter().enumerate().filter(|(_, e)| e.level == Some(Level::Bachelor)) {
        match (e.hk_local_programme, e.studied_on_hk_student_visa) {
            (Some(true), Some(true)) => return Finding::not_met(msg("d-local-non-local-ug", args![])).reads(reads),
            (Some(false), _) | (_, Some(false)) => {}
            (a, b) => {
                if a.is_none() {
                    missing.push(format!("applicant.education[{i}].hk_local_programme"));
                }
                if b.is_none() {
                    missing.push(format!("applicant.education[{i}].studied_on_hk_student_visa"));
                }
            }
        }
    }
    if missing.is_empty() {
        Finding::met(msg("d-local-non-local-ug-no", args![])).reads(reads)
    } else {
        Finding::unknown(msg("d-local-non-local-ug-unknown", args![]), missing).reads(reads)
    }
}

/// A degree (bachelor's or higher, not honorary); without one, the Director may still consider good
/// technical qualifications, proven abilities or documented experience, which only a person can judge.
pub(super) fn degree_or_exception(c: &Ctx) -> Finding {
    let reads = &["applicant.education"];
    let list = match degrees(c) {
        Ok(l) => l,
        Err(f) => return f,
    };
    let mut missing = Vec::new();
    for (i, e) in list.iter().enumerate() {
        match (e.level, e.honorary) {
            (Some(l), Some(false)) if l >= Level::Bachelor => {
                return Finding::met(msg("d-degree-held", args![])).reads(reads);
            }
            (Some(l), None) if l >= Level::Bachelor => missing.push(format!("applicant.education[{i}].honorary")),
            (None, _) => missing.push(format!("applicant.education[{i}].level")),
            _ => {}
        }
    }
    if !missing.is_empty() {
        return Finding::unknown(msg("d-degree-held-unknown", args![]), missing).reads(reads);
    }
    Finding::review(msg("d-degree-none-exception", args![]), msg("review-no-degree", args![])).reads(reads)
}

pub(super) fn languages<'a>(c: &Ctx<'a>) -> Result<&'a Vec<crate::profile::LanguageSkill>, Finding> {
    c.p.applicant.languages.as_ref().ok_or_else(|| {
        Finding::unknown(msg("d-unknown", args![("fact", "applicant.languages")]), vec!["applicant.languages".into()])
            .reads(&["applicant.languages"])
    })
}

pub(super) fn language_good(c: &Ctx, any_of: &[String]) -> Finding {
    let reads = &["applicant.languages"];
    let list = match languages(c) {
        Ok(l) => l,
        Err(f) => return f,
    };
    let names = any_of.join(",");
    let mut missing = Vec::new();
    for (i, l) in list.iter().enumerate() {
        let Some(code) = &l.language else {
            missing.push(format!("applicant.languages[{i}].language"));
            continue;
        };
        if !any_of.iter().any(|w| w == facts::language_key(code.as_str())) {
            continue;
        }
        match facts::good_both(l) {
            Some(true) => {
                return Finding::met(msg("d-language-good", args![("language", facts::language_key(code.as_str()))]))
                    .reads(reads);
            }
            Some(false) => {}
            None => missing.push(format!("applicant.languages[{i}]")),
        }
    }
    if missing.is_empty() {
        Finding::not_met(msg("d-language-not-good", args![("languages", names)])).reads(reads)
    } else {
        Finding::unknown(msg("d-language-unknown", args![("languages", names)]), missing).reads(reads)
    }
}

pub(super) fn languages_good_count(c: &Ctx, count: usize, others: &str) -> Finding {
    let reads = &["applicant.languages"];
    let list = match languages(c) {
        Ok(l) => l,
        Err(f) => return f,
    };
    let mut good: Vec<&str> = Vec::new();
    let mut maybe = 0;
    let mut missing = Vec::new();
    for (i, l) in list.iter().enumerate() {
        let key = l.language.as_ref().map(|c| facts::language_key(c.as_str()));
        match (key, facts::good_both(l)) {
            (Some(k), Some(true)) if !good.contains(&k) => good.push(k),
            (Some(_), Some(_)) => {}
            _ => {
                maybe += 1;
                missing.push(format!("applicant.languages[{i}]"));
            }
        }
    }
    let a = args![("count", good.len()), ("needed", count), ("languages", good.join(","))];
    if good.len() >= count {
        if good.iter().any(|k| *k == "zh" || *k == "en") {
            Finding::met(msg("d-languages-count-met", a)).reads(reads)
        } else {
            Finding::review(msg("d-languages-count-other", a), c.pack.unconfirmed(others)).reads(reads)
        }
    } else if good.len() + maybe >= count {
        Finding::unknown(msg("d-languages-count-unknown", a), missing).reads(reads)
    } else {
        Finding::not_met(msg("d-languages-count-short", a)).reads(reads)
    }
}

/// A master's or doctorate awarded by an eligible university (QMAS criteria 2 and 3, §3.4): full-time
/// or not. A stand-alone business school that is not on the list (the pack's dated list of them) is
/// for review: a news report says some count, ImmD's note is unread (U8).
pub(super) fn listed_postgraduate(c: &Ctx, stem: bool, notes: &str) -> Finding {
    let reads = &["applicant.education"];
    let list = match degrees(c) {
        Ok(l) => l,
        Err(f) => return f,
    };
    let mut results = Vec::new();
    for (i, e) in list.iter().enumerate() {
        match e.level {
            Some(Level::Master | Level::Doctorate) => {}
            Some(_) => continue,
            None => {
                let p = format!("applicant.education[{i}].level");
                results.push((i, Outcome::Unknown, msg("d-unknown", args![("fact", p.clone())]), vec![p], None));
                continue;
            }
        }
        let (mut o, mut m, mut missing, mut review) = listed_status(c, e, i, Award::AwardedBy(notes));
        let school = e.institution.as_deref().and_then(|n| business_school(c.pack, n, c.on));
        if let Some(school) = school.filter(|_| o == Outcome::NotMet) {
            o = Outcome::Review;
            m = msg("d-postgraduate-business-school", args![("institution", school)]);
            review = Some(c.pack.unconfirmed(notes));
        }
        if stem && o != Outcome::NotMet {
            match e.stem {
                Some(true) => {}
                Some(false) => {
                    o = Outcome::NotMet;
                    m = msg("d-postgraduate-not-stem", args![("subject", e.subject.clone().unwrap_or_default())]);
                }
                None => {
                    o = Outcome::Unknown;
                    missing.push(format!("applicant.education[{i}].stem"));
                    m = msg("d-unknown", args![("fact", format!("applicant.education[{i}].stem"))]);
                }
            }
            if o == Outcome::Met {
                m = msg("d-postgraduate-stem", args![("subject", e.subject.clone().unwrap_or_default())]);
            }
        }
        results.push((i, o, m, missing, review));
    }
    best_of(results, list, msg("d-postgraduate-none", args![])).0.reads(reads)
}

/// The official name of a stand-alone business school on the pack's list in force on `on`.
pub(super) fn business_school(pack: &Pack, name: &str, on: Date) -> Option<String> {
    let key = crate::universities::normalize(name);
    pack.business_schools
        .school
        .iter()
        .filter(|s| s.period.contains(on))
        .find(|s| std::iter::once(&s.name).chain(&s.aliases).any(|n| crate::universities::normalize(n) == key))
        .map(|s| s.name.clone())
}
