//! Income of the year before applying (converted at the pack's rates) and business profit.

use super::*;

pub(super) fn income_at_least(c: &Ctx, threshold: f64, mixed_years: &str) -> Finding {
    let reads = &["applicant.income"];
    match c.income() {
        IncomeYear::Unknown(missing) => {
            Finding::unknown(msg("d-income-unknown", args![]), missing.clone()).reads(reads)
        }
        IncomeYear::None => Finding::not_met(msg("d-income-none", args![("threshold", threshold)])).reads(reads),
        IncomeYear::Known(f) => {
            let base = args![("income", f.hkd.round()), ("threshold", threshold), ("period_end", iso(f.period_end))];
            if let Some(cur) = &f.no_rate {
                return Finding::review(
                    msg("d-income-no-rate", args![("currency", cur.clone()), ("period_end", iso(f.period_end))]),
                    msg("review-no-rate", args![("currency", cur.clone())]),
                )
                .reads(reads);
            }
            if f.mixed_years {
                return Finding::review(msg("d-income-mixed-years", base), c.pack.unconfirmed(mixed_years))
                    .reads(reads);
            }
            let converted = !f.conversions.is_empty();
            if converted && (f.hkd - threshold).abs() <= threshold * 0.05 {
                let (cur, rate, as_of) = f.conversions[0].clone();
                return Finding::review(
                    msg(
                        "d-income-close-converted",
                        args![
                            ("income", f.hkd.round()),
                            ("threshold", threshold),
                            ("currency", cur),
                            ("rate", rate),
                            ("rate_date", iso(as_of))
                        ],
                    ),
                    msg("review-rate-close", args![]),
                )
                .reads(reads);
            }
            let mut found = if f.hkd >= threshold {
                Finding::met(msg(if converted { "d-income-met-converted" } else { "d-income-met" }, base.clone()))
            } else {
                Finding::not_met(msg(
                    if converted { "d-income-below-converted" } else { "d-income-below" },
                    base.clone(),
                ))
                .hint(msg("h-income-short", args![("short", (threshold - f.hkd).round()), ("threshold", threshold)]))
            };
            if let Some((cur, rate, as_of)) = f.conversions.first() {
                found = found.hint(msg(
                    "n-income-rate-used",
                    args![("currency", cur.clone()), ("rate", *rate), ("rate_date", iso(*as_of))],
                ));
            }
            if f.investment_ignored {
                found = found.hint(msg("n-income-investment-ignored", args![]));
            }
            found.reads(reads)
        }
    }
}

pub(super) fn business_profit(c: &Ctx, hkd: f64, ownership: &str) -> Finding {
    let path = "applicant.business.owned_entity_profit_hkd";
    match c.p.applicant.business.as_ref().and_then(|b| b.owned_entity_profit_hkd) {
        None => Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]),
        Some(p) if p.0 >= hkd => Finding::review(
            msg("d-business-profit-met", args![("profit", p.0), ("threshold", hkd)]),
            c.pack.unconfirmed(ownership),
        ),
        Some(p) if p.0 == 0.0 => Finding::not_met(msg("d-business-none", args![("threshold", hkd)])),
        Some(p) => Finding::not_met(msg("d-business-profit-below", args![("profit", p.0), ("threshold", hkd)])),
    }
    .reads(&[path])
}
