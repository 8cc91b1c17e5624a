//! "Ask me only what matters": the next question is the engine's best-ranked missing fact across the
//! schemes still open; a fact no open scheme needs is never asked, because the engine lists only the
//! unknowns of routes that could still succeed.

use crate::{
    assessment,
    interview::{self, Entry},
    path,
};
use serde::Serialize;
use serde_json::Value;
use std::collections::HashMap;
use talentnav_core::UserError;
use talentnav_i18n::Locale;
use talentnav_rules::{date::Date, engine::Verdict, pack::Pack, report::Assessment};
use ts_rs::TS;

#[derive(Debug, Clone, Serialize, TS)]
pub struct NextQuestion {
    /// The engine's missing fact (`applicant.education[0].awarded_on`).
    pub fact: String,
    /// The fact in words.
    pub fact_name: String,
    pub topic: String,
    /// The interview question (`applicant.education[].awarded_on`), or the list (`applicant.income`).
    pub question: String,
    /// The list the question is in (or is), if any.
    #[ts(optional)]
    #[serde(skip_serializing_if = "Option::is_none")]
    pub list: Option<String>,
    /// The list item(s) the question is about.
    pub indices: Vec<usize>,
    /// The names of the schemes whose answer this can still change.
    pub schemes: Vec<String>,
    /// How many schemes still need information.
    pub open_schemes: usize,
}

/// Missing facts of the schemes that need information, best first: the fact more open schemes wait
/// for, then the one the engine ranks higher within a scheme.
pub fn ranked_facts(a: &Assessment) -> Vec<(String, Vec<String>)> {
    let mut score: HashMap<&str, (usize, usize, usize, Vec<String>)> = HashMap::new();
    let mut order = 0;
    for r in a.results.iter().filter(|r| r.verdict == Verdict::NeedsInfo) {
        for (rank, f) in r.missing_facts.iter().enumerate() {
            let e = score.entry(f).or_insert_with(|| {
                order += 1;
                (0, usize::MAX, order, Vec::new())
            });
            e.0 += 1;
            e.1 = e.1.min(rank);
            e.3.push(r.name.to_string());
        }
    }
    let mut facts: Vec<_> = score.into_iter().collect();
    facts.sort_by(|a, b| b.1.0.cmp(&a.1.0).then(a.1.1.cmp(&b.1.1)).then(a.1.2.cmp(&b.1.2)));
    facts.into_iter().map(|(f, (_, _, _, schemes))| (f.to_string(), schemes)).collect()
}

fn question_for(fact: &str, profile: &Value) -> Option<(interview::Located, Vec<usize>)> {
    let idx = path::indices(fact);
    interview::locate_all(fact).into_iter().map(|l| (l, idx.clone())).find(|(l, idx)| {
        // A list is asked again while the engine still needs it (another entry may settle it); a
        // single question only while it is unanswered.
        l.list == Some(l.generic.as_str()) || path::get(profile, &path::fill(&l.generic, idx)).is_none()
    })
}

/// The next question worth asking, or `None` once no open scheme waits on anything not yet skipped.
pub fn next_question(
    pack: &Pack,
    profile: &Value,
    skipped: &[String],
    today: Date,
    locale: Locale,
) -> Result<Option<NextQuestion>, UserError> {
    let a = assessment::assess(pack, profile, today, locale)?;
    let open = a.results.iter().filter(|r| r.verdict == Verdict::NeedsInfo).count();
    for (fact, schemes) in ranked_facts(&a) {
        let Some((l, indices)) = question_for(&fact, profile) else { continue };
        let asked = path::fill(&l.generic, &indices);
        if skipped.contains(&asked) || skipped.contains(&fact) {
            continue;
        }
        let fact_name = talentnav_rules::report::fact_name(locale, &fact).unwrap_or_else(|| fact.clone());
        return Ok(Some(NextQuestion {
            fact,
            fact_name,
            topic: l.topic.to_string(),
            question: l.generic,
            list: l.list.map(str::to_string),
            indices,
            schemes,
            open_schemes: open,
        }));
    }
    Ok(None)
}

/// How the guided mode fares on a complete profile: questions asked (answered from `full`, or skipped
/// where `full` does not know), against the questions of the full interview for the same household.
#[derive(Debug, Clone, Serialize, TS)]
pub struct Simulation {
    pub asked: usize,
    pub full_interview: usize,
    /// No scheme still needs information at the end.
    pub settled: bool,
}

pub fn simulate(pack: &Pack, full: &Value, today: Date) -> Result<Simulation, UserError> {
    let mut current = Value::Object(Default::default());
    if let Some(d) = full.get("submission_date") {
        current["submission_date"] = d.clone();
    }
    let mut skipped = Vec::new();
    let mut asked = 0;
    while let Some(n) = next_question(pack, &current, &skipped, today, Locale::En)? {
        asked += 1;
        let at = path::fill(&n.question, &n.indices);
        let answer = path::get(full, &at).cloned();
        match answer {
            // A list: the person says how many entries there are; their details are asked one by one.
            Some(Value::Array(items)) if n.list.as_deref() == Some(n.question.as_str()) => {
                let mut have = path::get(&current, &at).and_then(Value::as_array).cloned().unwrap_or_default();
                if have.len() >= items.len() {
                    skipped.push(at.clone());
                }
                have.resize(items.len().max(have.len()), Value::Object(Default::default()));
                path::set(&mut current, &at, Value::Array(have));
            }
            Some(v) => {
                path::set(&mut current, &at, v);
            }
            None => skipped.push(at),
        }
        if asked > 500 {
            break;
        }
    }
    let a = assessment::assess(pack, &current, today, Locale::En)?;
    Ok(Simulation {
        asked,
        full_interview: full_interview_length(full),
        settled: a.results.iter().all(|r| r.verdict != Verdict::NeedsInfo),
    })
}

/// The questions the full interview puts to this household: every single question (the job offer's
/// details only with an offer), and for each list, the list itself and every field of every item.
pub fn full_interview_length(profile: &Value) -> usize {
    let has_offer = profile.get("has_job_offer") == Some(&Value::Bool(true));
    let mut n = 0;
    for t in interview::topics() {
        for e in &t.entries {
            match e {
                Entry::Question(q) if q.path.starts_with("job_offer.") && !has_offer => {}
                Entry::Question(_) => n += 1,
                Entry::List(l) => {
                    let items = path::get(profile, &l.path).and_then(Value::as_array).map_or(0, Vec::len);
                    n += 1 + items * l.questions.len();
                }
            }
        }
    }
    n
}
