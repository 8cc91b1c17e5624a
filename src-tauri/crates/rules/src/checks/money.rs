//! Money and assets: net assets over a window and the New CIES investment by asset class and cap.

use super::*;

/// HK$ bounds of what may count: `low` surely counts, `high` at most; `missing` says what is unknown.
#[derive(Default)]
pub(super) struct Bounds {
    low: f64,
    high: f64,
    missing: Vec<String>,
    notes: Vec<Msg>,
    /// A residential property that meets today's price threshold but not the one in force when it
    /// was bought: the dossier does not say which date governs (§9.3).
    threshold_open: bool,
}

impl Bounds {
    fn add(&mut self, low: f64, high: f64) {
        self.low += low;
        self.high += high;
    }
}

/// An asset class up to its cap: an unknown amount may add anything up to the cap (or without limit).
pub(super) fn capped(b: &mut Bounds, v: Option<f64>, cap: Option<f64>, path: &str, over: Option<Msg>) {
    match v {
        Some(v) => {
            let counted = cap.map_or(v, |c| v.min(c));
            if counted < v {
                b.notes.extend(over);
            }
            b.add(counted, counted);
        }
        None => {
            b.add(0.0, cap.unwrap_or(f64::INFINITY));
            b.missing.push(path.to_string());
        }
    }
}

/// The New CIES investment: HK$3m in the CIES Investment Portfolio and, with it, HK$30m in permissible
/// assets, each class within its cap; property only from its dates and thresholds (§9.2–9.3). Caps are
/// those in force on the as-of date. A total real-estate cap the dossier leaves open (U17) makes the
/// answer review when it decides it.
pub(super) fn cies_investment(c: &Ctx, rule: &CiesInvestmentRule) -> Finding {
    let path = "applicant.assets.planned_investment";
    let reads = &["applicant.assets.planned_investment", "applicant.assets.planned_investment_hkd"];
    let assets = c.p.applicant.assets.as_ref();
    let Some(inv) = assets.and_then(|a| a.planned_investment.as_ref()) else {
        // Only a total: it can refuse, never accept, since the classes and caps are not known.
        let total = assets.and_then(|a| a.planned_investment_hkd).map(|m| m.0);
        return match total {
            Some(t) if t < rule.total_hkd => {
                Finding::not_met(msg("d-investment-below", args![("amount", t), ("threshold", rule.total_hkd)]))
                    .hint(msg("h-amount-short", args![("short", rule.total_hkd - t), ("threshold", rule.total_hkd)]))
            }
            Some(t) => Finding::unknown(msg("d-cies-classes-unknown", args![("amount", t)]), vec![path.into()]),
            None => Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]),
        }
        .reads(reads);
    };
    let on = c.on;
    let mut b = Bounds::default();
    let portfolio = inv.cies_portfolio_hkd.map(|m| m.0);
    if let Some(p) = portfolio.filter(|p| *p < rule.portfolio_min_hkd) {
        return Finding::not_met(msg(
            "d-cies-portfolio-below",
            args![("amount", p), ("minimum", rule.portfolio_min_hkd)],
        ))
        .reads(reads);
    }
    capped(&mut b, portfolio, None, "applicant.assets.planned_investment.cies_portfolio_hkd", None);
    capped(
        &mut b,
        inv.equities_debt_hkd.map(|m| m.0),
        None,
        "applicant.assets.planned_investment.equities_debt_hkd",
        None,
    );
    let cd_cap = rule.certificates_of_deposit_cap_hkd;
    capped(
        &mut b,
        inv.certificates_of_deposit_hkd.map(|m| m.0),
        Some(cd_cap),
        "applicant.assets.planned_investment.certificates_of_deposit_hkd",
        Some(msg("n-cies-cd-cap", args![("cap", cd_cap)])),
    );
    let pf_cap = rule.private_funds_cap_hkd;
    capped(
        &mut b,
        inv.private_funds_hkd.map(|m| m.0),
        Some(pf_cap),
        "applicant.assets.planned_investment.private_funds_hkd",
        Some(msg("n-cies-funds-cap", args![("cap", pf_cap)])),
    );
    // Real estate: each property (low, high) by kind, then each kind's cap, then the total cap.
    let residential = CiesInvestmentRule::on(&rule.residential, on);
    let non_res_cap = CiesInvestmentRule::on(&rule.non_residential_cap, on).map(|d| d.hkd);
    let (mut res, mut non_res) = ((0.0, 0.0), (0.0, 0.0));
    match &inv.properties {
        None => {
            b.missing.push("applicant.assets.planned_investment.properties".into());
            res.1 = rule.residential_cap_hkd;
            non_res.1 = non_res_cap.unwrap_or(f64::INFINITY);
        }
        Some(list) => {
            for (i, p) in list.iter().enumerate() {
                let field = |f: &str| format!("applicant.assets.planned_investment.properties[{i}].{f}");
                let (low, high) = property(&mut b, p, rule, residential, on, &field);
                match p.kind {
                    Some(PropertyKind::Residential) => res = (res.0 + low, res.1 + high),
                    Some(PropertyKind::NonResidential) => non_res = (non_res.0 + low, non_res.1 + high),
                    None => {
                        b.missing.push(field("kind"));
                        non_res.1 += high;
                        res.1 += high;
                    }
                }
            }
        }
    }
    let cap = |v: (f64, f64), cap: Option<f64>| cap.map_or(v, |c| (v.0.min(c), v.1.min(c)));
    if res.0 > rule.residential_cap_hkd {
        b.notes.push(msg("n-cies-residential-cap", args![("cap", rule.residential_cap_hkd)]));
    }
    if non_res_cap.is_some_and(|c| non_res.0 > c) {
        b.notes.push(msg("n-cies-non-residential-cap", args![("cap", non_res_cap.unwrap_or_default())]));
    }
    let res = cap(res, Some(rule.residential_cap_hkd));
    let non_res = cap(non_res, non_res_cap);
    let estate = (res.0 + non_res.0, res.1 + non_res.1);
    let total_cap = CiesInvestmentRule::on(&rule.real_estate_cap, on);
    let mut open_cap = None;
    let estate = match total_cap {
        Some(t) if t.unconfirmed.is_some() => {
            // The cap may or may not apply: the low bound takes it, the high bound does not.
            if estate.1 > t.hkd {
                open_cap = Some(t);
            }
            (estate.0.min(t.hkd), estate.1)
        }
        Some(t) => {
            if estate.0 > t.hkd {
                b.notes.push(msg("n-cies-real-estate-cap", args![("cap", t.hkd)]));
            }
            (estate.0.min(t.hkd), estate.1.min(t.hkd))
        }
        None => estate,
    };
    b.add(estate.0, estate.1);
    let a = args![("amount", b.low), ("threshold", rule.total_hkd), ("minimum", rule.portfolio_min_hkd)];
    let mut f = if portfolio.is_some() && b.low >= rule.total_hkd - 1e-6 {
        Finding::met(msg("d-cies-investment-met", a))
    } else if b.high < rule.total_hkd - 1e-6 {
        Finding::not_met(msg("d-cies-investment-below", a))
            .hint(msg("h-amount-short", args![("short", rule.total_hkd - b.high), ("threshold", rule.total_hkd)]))
    } else if !b.missing.is_empty() {
        Finding::unknown(msg("d-cies-investment-unknown", a), std::mem::take(&mut b.missing))
    } else if b.threshold_open {
        Finding::review(
            msg("d-cies-residential-threshold-open", args![("amount", b.low), ("threshold", rule.total_hkd)]),
            msg("review-cies-residential-threshold-date", args![]),
        )
    } else if let Some(t) = open_cap {
        Finding::review(
            msg("d-cies-real-estate-cap-open", args![("amount", b.low), ("cap", t.hkd), ("threshold", rule.total_hkd)]),
            c.pack.unconfirmed(t.unconfirmed.as_deref().unwrap_or_default()),
        )
    } else {
        Finding::not_met(msg("d-cies-investment-below", a))
    };
    for n in b.notes {
        f = f.hint(n);
    }
    f.reads(reads)
}

/// What one property may count, as (surely, at most), before the caps of its kind.
pub(super) fn property(
    b: &mut Bounds,
    p: &crate::profile::Property,
    rule: &CiesInvestmentRule,
    residential: Option<&crate::pack::DatedAmount>,
    on: Date,
    field: &dyn Fn(&str) -> String,
) -> (f64, f64) {
    let mut unknown = Vec::new();
    let counted = p.counted_hkd.map(|m| m.0);
    if counted.is_none() {
        unknown.push(field("counted_hkd"));
    }
    let upper = counted.unwrap_or(f64::INFINITY);
    match p.transaction_date {
        Some(d) if d.0 < rule.investments_from.0 => {
            b.notes.push(msg("n-cies-before-launch", args![("date", iso(rule.investments_from.0))]));
            return (0.0, 0.0);
        }
        Some(_) => {}
        None => unknown.push(field("transaction_date")),
    }
    if p.kind == Some(PropertyKind::Residential) {
        // Residential property became a permissible asset on 16 October 2024 (§9.3): a transaction
        // before then never was one, so the transaction date, when known, decides the rule and price.
        let bought = p.transaction_date.map_or(on, |d| d.0);
        let now = residential;
        let residential = p.transaction_date.map_or(now, |d| CiesInvestmentRule::on(&rule.residential, d.0));
        let Some(r) = residential else {
            let first = rule.residential.iter().filter_map(|r| r.period.from).min().map(|d| iso(d.0));
            b.notes.push(msg("n-cies-residential-not-yet", args![("date", first.unwrap_or_default())]));
            return (0.0, 0.0);
        };
        match p.price_hkd.map(|m| m.0) {
            Some(price) if price < r.hkd && now.is_some_and(|n| price >= n.hkd) => {
                b.threshold_open = true;
                return (0.0, upper);
            }
            Some(price) if price < r.hkd => {
                b.notes.push(msg(
                    "n-cies-residential-price",
                    args![("price", price), ("minimum", r.hkd), ("date", iso(bought))],
                ));
                return (0.0, 0.0);
            }
            Some(_) => {}
            None => unknown.push(field("price_hkd")),
        }
    }
    if unknown.is_empty() {
        (upper, upper)
    } else {
        b.missing.extend(unknown);
        (0.0, upper)
    }
}

pub(super) fn net_assets(c: &Ctx, hkd: f64, window: AssetWindow) -> Finding {
    let assets = c.p.applicant.assets.as_ref();
    let (value, path, id) = match window {
        AssetWindow::SixMonths => {
            (assets.and_then(|a| a.net_assets_hkd_min_6m), "applicant.assets.net_assets_hkd_min_6m", "d-net-assets-6m")
        }
        AssetWindow::TwoYears => {
            (assets.and_then(|a| a.net_assets_hkd_min_2y), "applicant.assets.net_assets_hkd_min_2y", "d-net-assets-2y")
        }
    };
    amount_at_least(value.map(|m| m.0), hkd, path, id)
}

/// `id` is a message family: `<id>-met`, `<id>-below`.
pub(super) fn amount_at_least(value: Option<f64>, hkd: f64, path: &'static str, id: &'static str) -> Finding {
    let (met, below) = match id {
        "d-net-assets-6m" => ("d-net-assets-6m-met", "d-net-assets-6m-below"),
        _ => ("d-net-assets-2y-met", "d-net-assets-2y-below"),
    };
    match value {
        None => Finding::unknown(msg("d-unknown", args![("fact", path)]), vec![path.into()]),
        Some(v) if v >= hkd => Finding::met(msg(met, args![("amount", v), ("threshold", hkd)])),
        Some(v) => Finding::not_met(msg(below, args![("amount", v), ("threshold", hkd)]))
            .hint(msg("h-amount-short", args![("short", hkd - v), ("threshold", hkd)])),
    }
    .reads(&[path])
}
