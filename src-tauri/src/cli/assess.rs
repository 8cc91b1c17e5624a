//! `talentnav assess` and `talentnav schema profile`: the eligibility engine on the command line.

use super::{Context, as_of_arg, json_flag, localized, print, print_json, profile_arg};
use clap::{Arg, ArgMatches, Command};
use std::{
    io::{BufWriter, Write},
    path::{Path, PathBuf},
};
use talentnav_app::{
    assessment::{self, BatchLine},
    rule_updates,
};
use talentnav_core::UserError;
use talentnav_i18n::args;
use talentnav_rules::{
    date::Date,
    report::{Assessment, SchemeResult, message_id},
};
use unicode_width::UnicodeWidthStr;

pub fn command(ctx: &Context) -> Command {
    let t = |id: &str| ctx.t(id, &args![]);
    localized(ctx, Command::new("assess"))
        .about(t("cli-cmd-assess"))
        .override_usage("talentnav assess (--profile FILE | --batch FILE.jsonl) [--as-of YYYY-MM-DD] [--json]")
        .arg(profile_arg(ctx))
        .arg(
            Arg::new("batch")
                .long("batch")
                .value_name("FILE")
                .value_parser(clap::value_parser!(PathBuf))
                .conflicts_with("profile")
                .help(t("cli-opt-batch")),
        )
        .arg(as_of_arg(ctx))
        .arg(json_flag(ctx))
}

pub fn schema_command(ctx: &Context) -> Command {
    localized(ctx, Command::new("schema"))
        .about(ctx.t("cli-cmd-schema", &args![]))
        .override_usage("talentnav schema profile")
        .arg(Arg::new("which").value_name("profile").value_parser(["profile"]).required(true))
}

pub fn schema(_ctx: &Context, _m: &ArgMatches) -> Result<(), UserError> {
    print_json(&assessment::profile_schema())
}

pub fn run(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    // The installed pack could not be used: the answers come from the built-in one, and the user is
    // told so on stderr (stdout stays the report, JSON or text).
    if let Some(n) = &ctx.rules.fallback {
        eprintln!("{}", n.localized(ctx.locale));
    }
    let as_of = m.get_one::<Date>("as-of").copied();
    let json = m.get_flag("json");
    if let Some(batch) = m.get_one::<PathBuf>("batch") {
        return run_batch(ctx, batch, as_of, json);
    }
    let Some(path) = m.get_one::<PathBuf>("profile") else {
        return Err(UserError::invalid("error-assess-needs-input", args![]));
    };
    let report = assessment::assess_file(ctx.pack, path, as_of, ctx.locale)?;
    if json {
        print_json(&with_notice(ctx, &report))?;
    } else {
        print(&human(ctx, &report));
    }
    Ok(())
}

/// The contract's document plus `rules_out_of_date` (null, or why the rules may be out of date for
/// the day judged).
#[derive(serde::Serialize)]
struct AssessJson<'a> {
    #[serde(flatten)]
    report: &'a Assessment,
    rules_out_of_date: Option<rule_updates::OutOfDate>,
}

fn out_of_date(ctx: &Context, r: &Assessment) -> Option<rule_updates::OutOfDate> {
    let day = talentnav_rules::date::parse(&r.as_of)?;
    rule_updates::out_of_date(ctx.rules.active, day, ctx.locale)
}

fn with_notice<'a>(ctx: &Context, report: &'a Assessment) -> AssessJson<'a> {
    AssessJson { report, rules_out_of_date: out_of_date(ctx, report) }
}

/// One assessment per input line, streamed: a bad line is reported with its number (stderr, and an
/// error object in its place on stdout) and the rest are still assessed.
fn run_batch(ctx: &Context, path: &Path, as_of: Option<Date>, json: bool) -> Result<(), UserError> {
    let stdout = std::io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    let mut bad = 0usize;
    for line in assessment::assess_batch(ctx.pack, path, as_of, ctx.locale)? {
        let written = match line? {
            BatchLine::Assessed { line, assessment: report } => {
                if json {
                    // An error here is stdout failing (serde_json cannot fail on a report otherwise).
                    serde_json::to_writer(&mut out, &with_notice(ctx, &report))
                        .map_err(std::io::Error::from)
                        .and_then(|()| out.write_all(b"\n"))
                } else {
                    writeln!(out, "{line}: {}", summary(ctx, &report))
                }
            }
            BatchLine::Refused { line, error: e } => {
                bad += 1;
                let text =
                    ctx.t("profile-error-batch-line", &args![("line", line), ("message", e.localized(ctx.locale))]);
                let _ = writeln!(std::io::stderr().lock(), "{text}");
                if json {
                    let obj = serde_json::json!({"line": line, "error": {"message_id": e.message_id, "message": e.localized(ctx.locale)}});
                    writeln!(out, "{obj}")
                } else {
                    writeln!(out, "{text}")
                }
            }
        };
        if written.is_err() {
            return Ok(()); // stdout closed (e.g. piped into `head`): stop quietly.
        }
    }
    let _ = out.flush();
    if bad > 0 { Err(UserError::invalid("error-batch-lines", args![("count", bad)])) } else { Ok(()) }
}

fn summary(ctx: &Context, r: &Assessment) -> String {
    r.results
        .iter()
        .map(|s| {
            format!("{} {}", ctx.t(&message_id("scheme", &format!("{}-short", s.scheme)), &args![]), s.verdict_label)
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

fn mark(outcome: talentnav_rules::checks::Outcome) -> &'static str {
    use talentnav_rules::checks::Outcome::*;
    match outcome {
        Met => "✓",
        NotMet => "✗",
        Unknown => "?",
        Review => "!",
    }
}

/// At most `width` columns (CJK characters take two), ending in "…" when cut.
/// A scheme's name in the summary table: "TTPS Top Talent Pass Scheme", but the full name alone where
/// it already contains the short one (Chinese short names are often the full name or its start).
fn row_name(short: &str, long: &str) -> String {
    if long.contains(short) { long.to_string() } else { format!("{short} {long}") }
}

fn clip(s: &str, width: usize) -> String {
    if UnicodeWidthStr::width(s) <= width {
        return s.to_string();
    }
    let mut out = String::new();
    for ch in s.chars() {
        if UnicodeWidthStr::width(out.as_str()) + unicode_width::UnicodeWidthChar::width(ch).unwrap_or(0) > width - 1 {
            break;
        }
        out.push(ch);
    }
    out.push('…');
    out
}

fn pad(s: &str, width: usize) -> String {
    let w = UnicodeWidthStr::width(s);
    format!("{s}{}", " ".repeat(width.saturating_sub(w)))
}

/// The assessment for people: a summary table of the eight schemes, then each scheme's routes and
/// criteria with their explanations, missing facts, review points and what would change the answer.
fn human(ctx: &Context, r: &Assessment) -> String {
    let t = |id: &str| ctx.t(id, &args![]);
    let mut out = String::new();
    let title = ctx.t(
        "assess-title",
        &args![("date", r.as_of.clone()), ("pack", format!("{} {}", r.rule_pack.id, r.rule_pack.version))],
    );
    out.push_str(&title);
    if let Some(n) = out_of_date(ctx, r) {
        out.push('\n');
        out.push_str(&n.message);
    }
    out.push_str("\n\n");
    const NAME_WIDTH: usize = 60;
    let names: Vec<String> = r
        .results
        .iter()
        .map(|s| clip(&row_name(&t(&message_id("scheme", &format!("{}-short", s.scheme))), &s.name), NAME_WIDTH))
        .collect();
    let width = names.iter().map(|n| UnicodeWidthStr::width(n.as_str())).max().unwrap_or(0);
    let header = format!("{}  {}", pad(&t("assess-col-scheme"), width), t("assess-col-verdict"));
    out.push_str(&header);
    out.push('\n');
    out.push_str(&"─".repeat(UnicodeWidthStr::width(header.as_str()).max(width + 20)));
    out.push('\n');
    for (s, name) in r.results.iter().zip(&names) {
        out.push_str(&format!("{}  {}\n", pad(name, width), s.verdict_label));
    }
    for s in &r.results {
        out.push('\n');
        scheme_detail(ctx, s, &mut out);
    }
    if !r.dependants.is_empty() {
        out.push('\n');
        out.push_str(&t("assess-dependants"));
        out.push('\n');
        for d in &r.dependants {
            out.push_str(&format!("  {} {}. {}\n", mark(d.outcome), d.index + 1, d.explanation));
            for h in &d.what_if {
                out.push_str(&format!("      → {h}\n"));
            }
        }
    }
    out.push('\n');
    out.push_str(&t("n-discretion"));
    out
}

fn scheme_detail(ctx: &Context, s: &SchemeResult, out: &mut String) {
    let t = |id: &str| ctx.t(id, &args![]);
    out.push_str(&format!("■ {} — {}\n", s.name, s.verdict_label));
    // Criteria every route shares are shown once, before the routes.
    let shared: Vec<&str> = s.routes.first().map_or(Vec::new(), |first| {
        first
            .criteria
            .iter()
            .map(|c| &*c.id)
            .filter(|id| s.routes.iter().all(|r| r.criteria.iter().any(|c| &*c.id == *id)))
            .collect()
    });
    let line = |c: &talentnav_rules::report::CriterionResult, indent: &str, out: &mut String| {
        out.push_str(&format!("{indent}{} {}\n{indent}  {}\n", mark(c.outcome), c.label, c.explanation));
    };
    if s.routes.len() > 1 && !shared.is_empty() {
        out.push_str(&format!("  {}\n", t("assess-general")));
        if let Some(first) = s.routes.first() {
            for c in first.criteria.iter().filter(|c| shared.contains(&&*c.id)) {
                line(c, "    ", out);
            }
        }
    }
    for route in &s.routes {
        out.push_str(&format!(
            "  {} — {}\n",
            route.name,
            t(&message_id("verdict", talentnav_rules::report::verdict_id(route.verdict)))
        ));
        for c in route.criteria.iter().filter(|c| s.routes.len() == 1 || !shared.contains(&&*c.id)) {
            line(c, "    ", out);
        }
    }
    fn section<S: AsRef<str>>(heading: String, items: &[S], out: &mut String) {
        if !items.is_empty() {
            out.push_str(&format!("  {heading}\n"));
            for i in items {
                out.push_str(&format!("    • {}\n", i.as_ref()));
            }
        }
    }
    section(t("assess-missing"), &s.missing_fact_names, out);
    section(t("assess-review"), &s.review_points, out);
    section(t("assess-what-if"), &s.what_if, out);
    section(t("assess-notes"), &s.notes, out);
    let mut cmp: Vec<String> = s.comparison.initial_stay.clone();
    cmp.extend(s.comparison.processing.iter().cloned());
    cmp.extend(s.comparison.fees.iter().cloned());
    section(t("assess-comparison"), &cmp, out);
}

#[cfg(test)]
mod tests {
    use super::row_name;

    #[test]
    fn a_scheme_name_reads_once() {
        assert_eq!(row_name("科技人才入境計劃", "科技人才入境計劃"), "科技人才入境計劃");
        assert_eq!(row_name("一般就业政策", "一般就业政策（专业人士）"), "一般就业政策（专业人士）");
        assert_eq!(row_name("高才通", "高端人才通行證計劃"), "高才通 高端人才通行證計劃");
        assert_eq!(row_name("TTPS", "Top Talent Pass Scheme"), "TTPS Top Talent Pass Scheme");
    }
}
