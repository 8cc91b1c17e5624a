//! `ui/src/generated/bindings.ts` is generated from the Rust types that cross IPC. This test fails
//! when the file is stale, so the UI cannot drift from Rust. Refresh: `UPDATE_BINDINGS=1 cargo test --test bindings`.

use talentnav_app::{
    applications::{ApplicationRow, ChangeSummary},
    archive::Imported,
    client_file::ClientSaved,
    clients::{ClientFilter, ClientPage, HistoryLine, Member},
    documents::{ApplicationPage, ExcludedView, ItemEdit, ItemPageView, ItemView},
    draft::WindowState,
    guided::{NextQuestion, Simulation},
    institutions::Suggestion,
    interview::{Catalogue, Entry, Kind, ListGroup, Question, ShowIf, Topic},
    profile_file::Saved,
    rule_updates::{
        ChecklistChangeView, ClientImpactView, CriterionChangeView, ImpactView, RouteChangeView, RulesChange,
        RulesStatus,
    },
    warnings::WarningView,
};
use talentnav_core::{
    ErrorCode, UserError,
    app_info::{AppInfo, LocaleBundle},
};
use talentnav_i18n::{ArgValue, Locale};
use talentnav_rules::documents::Need;
use talentnav_rules::{
    checks::Outcome,
    engine::{Gpt, Verdict},
    legacy::{LegacyFactor, LegacyPoints},
    pack::{PackInfo, Role},
    report::{
        Assessment, Comparison, CriterionResult, DependantResult, PackRef, RouteResult, SchemeDependant, SchemeResult,
        SourceRef,
    },
};
use talentnav_store::{
    applications::{Application, DocumentItem, Note},
    attachments::Attachment,
    clients::{Client, ClientSummary},
};
use ts_rs::{Config, TS};

fn generated() -> String {
    // Ids and sizes are far below 2^53: numbers, as JSON carries them.
    let cfg = Config::new().with_large_int("number");
    let decls = [
        Locale::decl(&cfg),
        ArgValue::decl(&cfg),
        ErrorCode::decl(&cfg),
        UserError::decl(&cfg),
        PackInfo::decl(&cfg),
        AppInfo::decl(&cfg),
        LocaleBundle::decl(&cfg),
        // The assessment, whole (talentnav.assessment/1 as the window receives it).
        Verdict::decl(&cfg),
        Outcome::decl(&cfg),
        Role::decl(&cfg),
        SourceRef::decl(&cfg),
        CriterionResult::decl(&cfg),
        RouteResult::decl(&cfg),
        Gpt::decl(&cfg),
        LegacyFactor::decl(&cfg),
        LegacyPoints::decl(&cfg),
        Comparison::decl(&cfg),
        SchemeResult::decl(&cfg),
        DependantResult::decl(&cfg),
        SchemeDependant::decl(&cfg),
        PackRef::decl(&cfg),
        Assessment::decl(&cfg),
        // The self-assessment's use cases (talentnav-app).
        Kind::decl(&cfg),
        ShowIf::decl(&cfg),
        Question::decl(&cfg),
        ListGroup::decl(&cfg),
        Entry::decl(&cfg),
        Topic::decl(&cfg),
        Catalogue::decl(&cfg),
        NextQuestion::decl(&cfg),
        Simulation::decl(&cfg),
        Suggestion::decl(&cfg),
        WindowState::decl(&cfg),
        Saved::decl(&cfg),
        ClientSaved::decl(&cfg),
        // The client files (issue 10).
        Client::decl(&cfg),
        ClientSummary::decl(&cfg),
        ClientFilter::decl(&cfg),
        Member::decl(&cfg),
        HistoryLine::decl(&cfg),
        Application::decl(&cfg),
        Note::decl(&cfg),
        ApplicationRow::decl(&cfg),
        ClientPage::decl(&cfg),
        DocumentItem::decl(&cfg),
        Need::decl(&cfg),
        ItemView::decl(&cfg),
        ItemPageView::decl(&cfg),
        ExcludedView::decl(&cfg),
        Attachment::decl(&cfg),
        WarningView::decl(&cfg),
        ApplicationPage::decl(&cfg),
        ChangeSummary::decl(&cfg),
        ItemEdit::decl(&cfg),
        Imported::decl(&cfg),
        // Settings → Rules (issue 11).
        RulesStatus::decl(&cfg),
        talentnav_update::client::Offer::decl(&cfg),
        CriterionChangeView::decl(&cfg),
        RouteChangeView::decl(&cfg),
        ChecklistChangeView::decl(&cfg),
        ClientImpactView::decl(&cfg),
        ImpactView::decl(&cfg),
        RulesChange::decl(&cfg),
    ];
    let mut out = String::from("// Generated from the Rust types by tests/bindings.rs. Do not edit by hand.\n\n");
    for d in decls {
        out.push_str("export ");
        out.push_str(d.trim());
        out.push_str("\n\n");
    }
    out.trim_end().to_string() + "\n"
}

#[test]
fn ui_bindings_match_the_rust_types() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("ui/src/generated/bindings.ts");
    let want = generated();
    if std::env::var_os("UPDATE_BINDINGS").is_some() {
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(&path, &want).unwrap();
    }
    let have = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(have == want, "{} is stale: run `UPDATE_BINDINGS=1 cargo test --test bindings`", path.display());
}
