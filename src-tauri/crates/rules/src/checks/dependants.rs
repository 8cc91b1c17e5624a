//! Who may come as a dependant (the pack's `dependants.toml`): relationship, a child's age and
//! marriage, nationality, the Macao identity-card rule and the schemes that word it the other way.

use super::*;

/// Former Mainland residents who have held a Macao identity card for less than the pack's years are
/// not admissible as dependants unless they went to Macao on a One-way Permit (§1.2). Asked of
/// dependants living in Macao; `None` when the rule does not exclude them.
/// Where the scheme's page words the exception the other way round (`reversed`: ASSG, §8.3,
/// unconfirmed), a recent Macao card holder is for review whichever way the One-way Permit fact goes.
pub(super) fn macao_exclusion(c: &Ctx, d: &crate::profile::Dependant, i: usize, reversed: bool) -> Option<Finding> {
    let path = |f: &str| format!("dependants[{i}].macao.{f}");
    let in_macao = d.resident_of.as_ref().is_some_and(|r| r.as_str() == "MO") || d.macao.is_some();
    if !in_macao {
        return None;
    }
    let m = d.macao.clone().unwrap_or_default();
    let years = c.pack.dependants.macao.years;
    let recent = recent_macao_id(&m, c.on, years);
    let unknown = |p: String| Some(Finding::unknown(msg("d-unknown", args![("fact", p.clone())]), vec![p]));
    match (m.former_mainland_resident, recent, m.one_way_permit) {
        (Some(true), Some(true), Some(_)) if reversed => {
            Some(Finding::review(msg("d-dependant-macao-assg", args![]), msg("review-assg-macao", args![])))
        }
        (Some(false), _, _) | (_, Some(false), _) | (_, _, Some(true)) => None,
        (Some(true), Some(true), Some(false)) => {
            let since = m.macao_id_since.map(|d| iso(d.0)).unwrap_or_default();
            let until = m.macao_id_since.map(|d| iso(date::add_years(d.0, years))).unwrap_or_default();
            Some(Finding::not_met(msg("d-dependant-macao-recent", args![("since", since), ("date", until)])))
        }
        (None, _, _) => unknown(path("former_mainland_resident")),
        (_, None, _) => unknown(path("macao_id_since")),
        (_, _, None) => unknown(path("one_way_permit")),
    }
}

/// Whether a Macao identity card has been held for less than `years` years on `on`.
pub fn recent_macao_id(m: &crate::profile::DependantMacao, on: Date, years: i32) -> Option<bool> {
    m.macao_id_since.map(|s| s.0 > date::add_years(on, -years))
}

/// Admissible dependants: a spouse or legally recognised partner, and unmarried children under 18.
pub fn dependant(c: &Ctx, i: usize) -> Finding {
    dependant_for(c, i, None)
}

/// The dependant check as one scheme applies it (the pack's `macao.reversed_wording` schemes differ
/// for Macao card holders).
pub fn dependant_for(c: &Ctx, i: usize, scheme: Option<&str>) -> Finding {
    let Some(d) = c.p.dependants.as_ref().and_then(|l| l.get(i)) else {
        return Finding::unknown(msg("d-unknown", args![("fact", "dependants")]), vec!["dependants".into()]);
    };
    let rules = &c.pack.dependants;
    let excluded = c.pack.countries(&rules.excluded);
    if let Some(n) = d.nationality.as_ref().map(|n| n.as_str()).filter(|n| excluded.iter().any(|x| x == n)) {
        return Finding::not_met(msg("d-dependant-nationality", args![("nationality", n)]));
    }
    let f = relationship(c, d, i);
    let reversed = scheme.is_some_and(|s| rules.macao.reversed_wording.iter().any(|x| x == s));
    match (f.outcome, macao_exclusion(c, d, i, reversed)) {
        (Outcome::NotMet, _) | (_, None) => f,
        (Outcome::Unknown, Some(m)) if m.outcome == Outcome::Unknown => {
            Finding { missing: f.missing.iter().chain(&m.missing).cloned().collect(), ..f }
        }
        (_, Some(m)) => m,
    }
}

/// Whether the relationship and, for a child, age and marriage admit the dependant.
pub(super) fn relationship(c: &Ctx, d: &crate::profile::Dependant, i: usize) -> Finding {
    let path = |f: &str| format!("dependants[{i}].{f}");
    match d.relationship {
        None => Finding::unknown(msg("d-unknown", args![("fact", path("relationship"))]), vec![path("relationship")]),
        Some(Relationship::Spouse | Relationship::CivilPartner) => Finding::met(msg("d-dependant-partner", args![])),
        Some(Relationship::DeFactoPartner) => Finding::not_met(msg("d-dependant-de-facto", args![])),
        Some(Relationship::Parent) => Finding::not_met(msg("d-dependant-parent", args![])),
        Some(Relationship::Other) => Finding::not_met(msg("d-dependant-other", args![])),
        Some(Relationship::Child) => {
            let Some(b) = d.date_of_birth else {
                return Finding::unknown(
                    msg("d-unknown", args![("fact", path("date_of_birth"))]),
                    vec![path("date_of_birth")],
                );
            };
            let under = c.pack.dependants.child_under;
            let age = date::age_on(b.0, c.on);
            let turns = iso(date::birthday(b.0, under));
            if age.ambiguous && age.years == under - 1 {
                return Finding::review(
                    msg("d-age-leap-day", args![("years", under as i64)]),
                    msg("review-leap-day", args![]),
                );
            }
            if age.years >= under {
                return Finding::not_met(msg(
                    "d-dependant-child-adult",
                    args![("age", age.years as i64), ("date", turns)],
                ));
            }
            match d.married {
                Some(true) => Finding::not_met(msg("d-dependant-child-married", args![])),
                None => Finding::unknown(msg("d-unknown", args![("fact", path("married"))]), vec![path("married")]),
                Some(false) => Finding::met(msg("d-dependant-child", args![("age", age.years as i64)]))
                    .hint(msg("h-dependant-turns-18", args![("date", turns)])),
            }
        }
    }
}
