#!/usr/bin/env python3
"""Writes N varied talentnav.profile/1 profiles as JSON Lines (deterministic: same N, same file), for
the batch benchmark. Variety where the engine branches: nationality, age, degrees and institutions
(listed, aliased, unlisted), work history, income currencies, offers, dependants, unknown fields."""
import json, random, sys

INSTITUTIONS = ["University of Leeds", "MIT", "清华大学", "Keio University", "Universty of Oxfrod", "HKUST",
                "Imperial College London", "Hanze University of Applied Sciences", "INSEAD", "University of São Paulo",
                "Université Sorbonne Paris Cité", "Sorbonne University", "香港大學", "Universiti Teknologi Malaysia"]
NATIONALITIES = ["GB", "JP", "CN", "US", "IN", "MY", "VN", "CA", "AU", "FR", "DE", "BR", "AF"]

def profile(r):
    nat = r.choice(NATIONALITIES)
    year = r.randint(1960, 2006)
    grad = year + 22
    p = {
        "schema": "talentnav.profile/1",
        "submission_date": f"2026-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
        "applicant": {
            "date_of_birth": f"{year}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}",
            "place_of_birth": r.choice(["GB", "CN", "HK", "CA", nat]), "nationality": nat,
            "mainland_resident": nat == "CN" and r.random() < 0.6, "macao_resident": False, "taiwan_resident": False,
            "overseas": {"permanent_resident": r.random() < 0.5, "resident_since": f"{r.randint(2010, 2025)}-01-01", "applying_from_overseas": r.random() < 0.7},
            "clear_criminal_record": r.random() < 0.97, "financial_means": True,
            "travel_document": {"kind": "passport", "number": "X1", "expires_on": f"{r.randint(2025, 2035)}-06-30"},
            "languages": [{"language": l, "written": "good", "spoken": r.choice(["good", "basic"])} for l in r.sample(["en", "zh", "fr", "ja", "yue"], r.randint(1, 3))],
            "education": [{"level": r.choice(["bachelor", "bachelor", "master", "doctorate", "sub_degree"]), "institution": r.choice(INSTITUTIONS),
                           "country": "GB", "awarded_on": f"{min(grad + i * 2, 2026)}-06-30", "full_time": r.random() < 0.9, "honorary": False,
                           "continuing_education_arm": False, "subject": "Engineering", "stem": r.random() < 0.5, "top100_stem_ranked": r.random() < 0.4,
                           "hk_local_programme": r.random() < 0.2, "studied_on_hk_student_visa": r.random() < 0.2, "ugc_funded": r.random() < 0.2,
                           "gba_joint_campus": False} for i in range(r.randint(0, 2))],
            "employment": [{"employer": "E", "title": "T", "from": f"{grad + 1 + i * 4}-09-01", "to": None if i == 1 else f"{grad + 4 + i * 4}-08-31",
                            "full_time": True, "self_employed": r.random() < 0.1, "graduate_level": r.random() < 0.8, "senior_role": r.random() < 0.3,
                            "country": r.choice([nat, "HK", "SG"]), "multinational_or_renowned": r.random() < 0.4,
                            "field": r.choice(["innovation_technology", "finance", "international_trade", "other"]), "principally_rnd": r.random() < 0.2,
                            "after_graduation": True} for i in range(r.randint(0, 2))],
            "income": [{"period_end": "2025-12-31", "amount": r.randint(0, 5_000_000), "currency": r.choice(["HKD", "HKD", "USD", "CNY", "GBP", "JPY"]),
                        "kind": r.choice(["employment", "business", "investment"])}],
            "business": {"owned_entity_profit_hkd": r.choice([0, 0, 2_000_000, 6_000_000]), "owns_listed_company": r.random() < 0.05},
            "achievements": {"exceptional_award": r.random() < 0.02, "peer_recognised_contribution": False},
            "assets": {"net_assets_hkd_min_6m": r.randint(0, 60_000_000), "net_assets_hkd_min_2y": r.randint(0, 60_000_000), "planned_investment_hkd": r.choice([0, 30_000_000])},
            "parents": [{"hk_permanent_resident": r.random() < 0.2, "chinese_national": r.random() < 0.3, "settled_overseas_at_applicant_birth": r.random() < 0.3}],
            "family_in_hk": {"immediate_family_hk_permanent_resident": r.random() < 0.1},
            "talent_list_profession": r.choice(["none", "none", "Actuaries"]),
        },
        "has_job_offer": r.random() < 0.4,
        "job_offer": {"employer": "H", "title": "T", "annual_package_hkd": r.randint(300_000, 3_000_000), "full_time": True, "genuine_vacancy": True,
                      "relevant_to_background": True, "market_level_pay": r.random() < 0.9, "degree_level_post": True,
                      "local_recruitment_difficulty_shown": r.random() < 0.3, "talent_list_profession": "none",
                      "employer_techtas_quota": r.random() < 0.2, "principally_rnd": r.random() < 0.3},
        "dependants": [{"relationship": "child", "date_of_birth": f"{r.randint(2005, 2024)}-03-01", "nationality": nat, "married": False} for _ in range(r.randint(0, 2))],
    }
    # The fields profile-v1 added later: the once-only TTPS grant, the New CIES split by asset class,
    # the TechTAS quota status.
    p["applicant"]["previous_ttps_grant"] = r.random() < 0.05
    if p["applicant"]["assets"]["planned_investment_hkd"]:
        p["applicant"]["assets"]["planned_investment"] = {
            "cies_portfolio_hkd": 3_000_000, "equities_debt_hkd": r.choice([17_000_000, 27_000_000]), "certificates_of_deposit_hkd": 0,
            "private_funds_hkd": 0, "properties": r.choice([[], [{"kind": "non_residential", "price_hkd": 20_000_000, "counted_hkd": 10_000_000, "transaction_date": "2025-01-15"}]])}
    p["job_offer"]["employer_techtas_quota_status"] = r.choice(["granted", "applied", "none"])
    # A fifth of the profiles leave a field unknown.
    if r.random() < 0.2:
        del p["applicant"][r.choice(["income", "employment", "education", "languages", "nationality"])]
    return p

if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 100_000
    r = random.Random(20261122)
    out = sys.stdout
    for _ in range(n):
        out.write(json.dumps(profile(r), ensure_ascii=False, separators=(",", ":")) + "\n")
