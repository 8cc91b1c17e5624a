//! `scripts/bench-checklist` (cargo bench --no-default-features --bench checklist): the one-page PDF
//! checklist against what a web or Electron app would do, Chromium headless `--print-to-pdf` of the
//! same checklist as HTML. Prints a side-by-side table per language.
//!
//! Targets: in-process generation < 30 ms with the font loaded; the whole `talentnav checklist`
//! process ≥ 10× faster than the Chromium process; the file ≥ 3× smaller and < 150 KB.
//!
//! The `talentnav` timed is this build's; the shipped one differs only in being able to hand over to
//! talentnav-window (neither links GTK/WebKit). TALENTNAV_BIN picks another; CHROMIUM the browser.

use std::{
    path::Path,
    process::Command,
    time::{Duration, Instant},
};
use talentnav_checklist::{Checklist, Input, build, model::Mark, pdf};
use talentnav_i18n::Locale;
use talentnav_rules::input::parse_profile;

const PROFILE: &str = r#"{"schema": "talentnav.profile/1", "submission_date": "2027-01-15",
  "applicant": {"name": {"family": "Chan", "given": "Tai Man", "chinese": "陳大文"}, "nationality": "GB",
    "mainland_resident": false, "macao_resident": false, "taiwan_resident": false,
    "travel_document": {"expires_on": "2032-01-01"}}, "dependants": []}"#;
const SCHEME: &str = "ttps";
const ROUTE: &str = "ttps.a";
const RUNS: usize = 60;
const PROCESS_RUNS: usize = 7;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn p95(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[((v.len() as f64 - 1.0) * 0.95).round() as usize]
}

fn ms(d: Duration) -> String {
    format!("{:.1} ms", d.as_secs_f64() * 1000.0)
}

fn kb(n: u64) -> String {
    format!("{:.1} KB", n as f64 / 1024.0)
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The same checklist as a web page, styled like the PDF, in the system's Noto Sans CJK.
fn html(c: &Checklist) -> String {
    let family = match c.locale {
        Locale::ZhHant => "Noto Sans CJK HK",
        Locale::ZhHans => "Noto Sans CJK SC",
        Locale::En => "Noto Sans CJK TC",
    };
    let mut h = format!(
        "<!doctype html><html lang=\"{}\"><meta charset=\"utf-8\"><title>{}</title><style>\
         @page {{ size: A4; margin: 17mm }} body {{ font-family: '{family}'; font-size: 9pt; color: #1a1a1a }}\
         h1 {{ font-size: 15pt; font-weight: normal; margin: 0 0 4pt }} h2 {{ font-size: 11.5pt; font-weight: normal; color: #0b4f71; margin: 12pt 0 4pt }}\
         .row {{ display: flex; gap: 8pt; border-bottom: 0.5pt solid #c8ccd0; padding: 3pt 0; break-inside: avoid }}\
         .box {{ width: 9pt; height: 9pt; border: 0.9pt solid #1a1a1a; flex: none; margin-top: 2pt; text-align: center; line-height: 9pt }}\
         .text {{ flex: 1 }} .name {{ font-size: 10pt }} .small {{ font-size: 7.5pt; color: #5f6368 }} .status {{ font-size: 8pt; color: #5f6368 }}\
         p {{ margin: 3pt 0 }} table {{ border-collapse: collapse }}\
         th {{ text-align: left; font-weight: normal; color: #5f6368; padding-right: 12pt }}</style><body>",
        c.locale.tag(),
        esc(&c.title)
    );
    h += &format!(
        "<div class=\"status\" style=\"float: right\">{}</div><h1>{}</h1><table>",
        esc(&c.product),
        esc(&c.title)
    );
    for (k, v) in &c.header {
        h += &format!("<tr><th>{}</th><td>{}</td></tr>", esc(k), esc(v));
    }
    h += &format!("</table><p class=\"small\">{}</p>", esc(&c.legend.join(" ")));
    if let Some(a) = &c.attention {
        h += &format!("<h2>{}</h2>", esc(&a.title));
        for line in &a.lines {
            h += &format!("<p style=\"color: #a33b00\">{}</p>", esc(line));
        }
    }
    for s in &c.sections {
        h += &format!("<h2>{}</h2>", esc(&s.title));
        for r in &s.rows {
            let mark = match r.mark {
                Mark::Open => "",
                Mark::Ticked => "✓",
                Mark::NotApplicable => "–",
            };
            h += &format!(
                "<div class=\"row\"><div class=\"box\">{mark}</div><div class=\"text\"><div class=\"name\">{}</div>",
                esc(&r.name)
            );
            for line in r.official_en.iter().chain(&r.warnings).chain(&r.details) {
                h += &format!("<div class=\"small\">{}</div>", esc(line));
            }
            h += &format!("</div><div class=\"status\">{}</div></div>", esc(&r.status));
        }
    }
    for b in &c.after {
        h += &format!("<h2>{}</h2>", esc(&b.title));
        for line in &b.lines {
            h += &format!("<p>{}</p>", esc(line));
        }
    }
    h += &format!("<p class=\"small\">{}</p></body></html>", esc(&c.disclaimer));
    h
}

fn time_process(mut cmd: impl FnMut() -> Command) -> Duration {
    let runs = (0..PROCESS_RUNS)
        .map(|_| {
            let t = Instant::now();
            let out = cmd().output().expect("the process runs");
            let took = t.elapsed();
            assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
            took
        })
        .collect();
    median(runs)
}

fn pdf_pages(file: &Path) -> String {
    let out = Command::new("pdfinfo").arg(file).output().expect("pdfinfo (poppler-utils)");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .map(|p| p.trim().to_string())
        .unwrap_or_default()
}

fn main() {
    // CHECKLIST_BENCH_OUT keeps both PDFs of each language there, to look at them.
    let temp = tempfile::tempdir().unwrap();
    let out_dir = std::env::var_os("CHECKLIST_BENCH_OUT").map(std::path::PathBuf::from);
    let dir = out_dir.as_deref().unwrap_or(temp.path());
    std::fs::create_dir_all(dir).unwrap();
    let profile_file = dir.join("profile.json");
    std::fs::write(&profile_file, PROFILE).unwrap();
    let profile = parse_profile(PROFILE.as_bytes()).unwrap();
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 22).unwrap();
    let created = today.and_hms_opt(9, 0, 0).unwrap();
    let mut input =
        Input::self_assessment(talentnav_rules::pack::embedded_pack(), &profile, SCHEME, Some(ROUTE), today);
    input.planned_submission = profile.submission_date.map(|d| d.0);
    let bin = std::env::var("TALENTNAV_BIN").unwrap_or_else(|_| env!("CARGO_BIN_EXE_talentnav").to_string());
    let chromium = std::env::var("CHROMIUM").unwrap_or_else(|_| "chromium".into());
    let profile_dir = dir.join("chromium-profile");

    println!("One-page checklist ({SCHEME} {ROUTE}, {} documents), median of runs", input.items.len());
    println!("binary: {bin}\n");
    println!(
        "| {:<8} | {:>18} | {:>14} | {:>16} | {:>8} | {:>10} | {:>10} | {:>6} | {:>6} |",
        "language",
        "in-process p50/p95",
        "talentnav proc",
        "chromium proc",
        "speed-up",
        "talentnav",
        "chromium",
        "ratio",
        "pages"
    );
    println!(
        "|----------|--------------------|----------------|------------------|----------|------------|------------|--------|--------|"
    );
    for locale in Locale::ALL {
        // Load the font and the catalogue once: what an open app window already has.
        let warm = pdf(&input, locale, created).unwrap();
        assert_eq!(warm.pages, 1, "the benchmark checklist must fit one page");
        let runs: Vec<Duration> = (0..RUNS)
            .map(|_| {
                let t = Instant::now();
                let r = pdf(&input, locale, created).unwrap();
                std::hint::black_box(r.pdf.len());
                t.elapsed()
            })
            .collect();
        let in_process = format!("{} / {}", ms(median(runs.clone())), ms(p95(runs)));

        let ours = dir.join(format!("talentnav-{locale}.pdf"));
        let ours_time = time_process(|| {
            let mut c = Command::new(&bin);
            c.args(["--lang", locale.tag(), "--data-dir"]).arg(dir.join("data"));
            c.args(["checklist", "--profile"]).arg(&profile_file);
            c.args(["--scheme", SCHEME, "--route", ROUTE, "--as-of", "2026-11-22", "-o"]).arg(&ours);
            c
        });

        let page = dir.join(format!("{locale}.html"));
        std::fs::write(&page, html(&build(&input, locale))).unwrap();
        let theirs = dir.join(format!("chromium-{locale}.pdf"));
        let theirs_time = time_process(|| {
            let mut c = Command::new(&chromium);
            // Without Chromium's own header and footer (date, file URL): its command line cannot print
            // "page x of y" as ours does, and they push the Chinese pages onto a second sheet.
            c.args(["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-pdf-header-footer"]);
            c.arg(format!("--user-data-dir={}", profile_dir.display()));
            c.arg(format!("--print-to-pdf={}", theirs.display()));
            c.arg(format!("file://{}", page.display()));
            c
        });

        let (a, b) = (std::fs::metadata(&ours).unwrap().len(), std::fs::metadata(&theirs).unwrap().len());
        println!(
            "| {:<8} | {:>18} | {:>14} | {:>16} | {:>7.1}× | {:>10} | {:>10} | {:>5.1}× | {:>6} |",
            locale.tag(),
            in_process,
            ms(ours_time),
            ms(theirs_time),
            theirs_time.as_secs_f64() / ours_time.as_secs_f64(),
            kb(a),
            kb(b),
            b as f64 / a as f64,
            format!("{}/{}", pdf_pages(&ours), pdf_pages(&theirs)),
        );
    }
    println!("\nTargets: in-process < 30 ms; process speed-up ≥ 10×; size ratio ≥ 3× and talentnav < 150 KB.");
}
