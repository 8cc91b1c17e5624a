//! The `talentnav` command line. With no command it opens the window; every command runs headless.
//! Help and errors are localized like everything else, so clap's English is replaced throughout.

mod applications;
mod assess;
mod checklist;
mod clients;
mod rules;
mod update;

use clap::{Arg, ArgAction, ArgMatches, Command, error::ContextKind, error::ErrorKind};
use std::{ffi::OsString, io::Write, path::PathBuf};
use talentnav_core::{
    UserError,
    app_info::VERSION,
    paths::{DATA_DIR_ENV, default_data_dir, resolve_data_dir},
    settings::Settings,
};
use talentnav_i18n::{Args, Locale, args, message, negotiate_request, os_preferences};

/// Exit status for bad input (the contract's "exit 2").
pub const EXIT_USER_ERROR: i32 = 2;
/// Exit status for a file, folder or database that could not be read or written (disk full,
/// permission, locked): not the input's fault, so scripts can tell the two apart.
pub const EXIT_IO_ERROR: i32 = 3;
const EXIT_INTERNAL: i32 = 1;

/// What every command gets: the language to speak, the data folder and the rule pack.
pub struct Context {
    pub locale: Locale,
    pub data_dir: PathBuf,
    pub pack: &'static talentnav_rules::pack::Pack,
    /// How `pack` was chosen: the installed update or the built-in pack, and any fallback to tell.
    pub rules: talentnav_app::rule_pack::Chosen,
}

impl Context {
    pub fn t(&self, id: &str, args: &Args) -> String {
        message(self.locale, id, args)
    }

    /// What the application core's use cases run with.
    pub fn env(&self) -> talentnav_app::Env<'_> {
        talentnav_app::Env { pack: self.pack, data_dir: &self.data_dir, locale: self.locale }
    }
}

/// Runs a use case to completion on a single-threaded runtime (the CLI does one thing at a time).
pub(crate) fn block_on<T>(f: impl Future<Output = Result<T, UserError>>) -> Result<T, UserError> {
    let rt = tokio::runtime::Builder::new_current_thread().enable_all().build().map_err(UserError::internal)?;
    rt.block_on(f)
}

/// How the window opens when no command is given: in this process (`talentnav-window`) or by handing
/// over to the window program ([`hand_over_to_window`], what `talentnav` does).
pub type OpenWindow = fn(&Context, &[OsString]) -> Result<(), UserError>;

pub fn run(argv: Vec<OsString>, open_window: OpenWindow) -> i32 {
    let early = EarlyFlags::scan(&argv);
    let data_dir = resolve_data_dir(early.data_dir.clone(), std::env::var(DATA_DIR_ENV).ok());
    let requested = early.lang.as_deref().and_then(negotiate_request);
    let locale = Settings::load(&data_dir).locale(requested, &os_preferences());
    let rules = talentnav_app::rule_pack::choose(&data_dir);
    let ctx = Context { locale, data_dir, pack: rules.pack(), rules };

    let matches = match command(&ctx).try_get_matches_from(&argv) {
        Ok(m) => m,
        Err(e) => return clap_error(&ctx, e),
    };
    let outcome = match matches.subcommand() {
        Some(("about", sub)) => about(&ctx, sub),
        Some(("assess", sub)) => assess::run(&ctx, sub),
        Some(("schema", sub)) => assess::schema(&ctx, sub),
        Some(("client", sub)) => clients::run(&ctx, sub),
        Some(("verify-audit", sub)) => clients::verify_audit(&ctx, sub),
        Some(("app", sub)) => applications::run_app(&ctx, sub),
        Some(("doc", sub)) => applications::run_doc(&ctx, sub),
        Some(("warnings", sub)) => applications::run_warnings(&ctx, sub),
        Some(("export", sub)) => clients::run_export(&ctx, sub),
        Some(("import", sub)) => clients::run_import(&ctx, sub),
        Some(("checklist", sub)) => checklist::run(&ctx, sub),
        Some(("rules", sub)) => rules::run(&ctx, sub),
        Some((other, _)) => Err(UserError::invalid("error-unknown-command", args![("command", other)])),
        None => open_window(&ctx, &argv),
    };
    match outcome {
        Ok(()) => 0,
        Err(e) => fail(&ctx, &e),
    }
}

/// `--lang` and `--data-dir` must be known before clap runs, because they decide the help's language.
#[derive(Default)]
struct EarlyFlags {
    lang: Option<String>,
    data_dir: Option<PathBuf>,
}

impl EarlyFlags {
    fn scan(argv: &[OsString]) -> EarlyFlags {
        let mut flags = EarlyFlags::default();
        let mut words = argv.iter().skip(1).map(|a| a.to_string_lossy().into_owned());
        while let Some(word) = words.next() {
            if word == "--" {
                break;
            }
            let (name, inline) = match word.split_once('=') {
                Some((n, v)) => (n.to_string(), Some(v.to_string())),
                None => (word.clone(), None),
            };
            match name.as_str() {
                "--lang" => flags.lang = inline.or_else(|| words.next()),
                "--data-dir" => flags.data_dir = inline.or_else(|| words.next()).map(PathBuf::from),
                _ => {}
            }
        }
        flags
    }
}

fn command(ctx: &Context) -> Command {
    let t = |id: &str| ctx.t(id, &args![]);
    let lang = Arg::new("lang")
        .long("lang")
        .value_name("LANG")
        .global(true)
        .value_parser(|v: &str| negotiate_request(v).ok_or_else(|| v.to_string()))
        .help(t("cli-opt-lang"));
    let data_dir = Arg::new("data-dir")
        .long("data-dir")
        .value_name("DIR")
        .global(true)
        .value_parser(clap::value_parser!(PathBuf))
        .help(ctx.t("cli-opt-data-dir", &args![("default", default_data_dir().display().to_string())]));
    let version = Arg::new("version").short('V').long("version").action(ArgAction::Version).help(t("cli-opt-version"));
    let about = localized(ctx, Command::new("about"))
        .about(t("cli-cmd-about"))
        .override_usage("talentnav about [--json]")
        .arg(json_flag(ctx));

    localized(ctx, Command::new("talentnav"))
        .version(VERSION)
        .about(t("cli-about"))
        .override_usage(format!("talentnav [--lang LANG] [--data-dir DIR] [{}]", t("cli-command-placeholder")))
        .subcommand_value_name(t("cli-command-placeholder"))
        .subcommand_help_heading(t("cli-commands-heading"))
        .disable_version_flag(true)
        .disable_help_subcommand(true)
        .arg(lang)
        .arg(data_dir)
        .arg(version)
        .subcommand(about)
        .subcommand(assess::command(ctx))
        .subcommand(assess::schema_command(ctx))
        .subcommand(clients::command(ctx))
        .subcommand(clients::verify_audit_command(ctx))
        .subcommand(applications::app_command(ctx))
        .subcommand(applications::doc_command(ctx))
        .subcommand(applications::warnings_command(ctx))
        .subcommand(clients::export_command(ctx))
        .subcommand(clients::import_command(ctx))
        .subcommand(checklist::command(ctx))
        .subcommand(rules::command(ctx))
}

/// Help layout, headings and the help flag in the user's language (clap's own headings are English
/// and end in an ASCII colon, so the template spells them out).
pub(crate) fn localized(ctx: &Context, cmd: Command) -> Command {
    let t = |id: &str| ctx.t(id, &args![]);
    let heading = |id: &str, body: &str| ctx.t("label-value", &args![("label", t(id)), ("value", body)]);
    let commands = if cmd.get_name() == "talentnav" {
        format!("{}\n{{subcommands}}\n\n", heading("cli-commands-heading", ""))
    } else {
        String::new()
    };
    let template = format!(
        "{{about}}\n\n{}\n\n{commands}{}\n{{options}}",
        heading("cli-usage-heading", "{usage}"),
        heading("cli-options-heading", "")
    );
    cmd.help_template(template.replace(" \n", "\n"))
        .disable_help_flag(true)
        .arg(Arg::new("help").short('h').long("help").action(ArgAction::Help).help(t("cli-opt-help")))
}

/// A record's number as a positional argument, required.
pub(crate) fn id_arg(ctx: &Context, name: &'static str, help: &str) -> Arg {
    Arg::new(name).value_name("ID").required(true).value_parser(clap::value_parser!(i64)).help(ctx.t(help, &args![]))
}

/// A record's number as `--NAME ID`; add `.required(true)` where it must be given.
pub(crate) fn id_option(ctx: &Context, name: &'static str, help: &str) -> Arg {
    Arg::new(name).long(name).value_name("ID").value_parser(clap::value_parser!(i64)).help(ctx.t(help, &args![]))
}

/// `--profile FILE`, a talentnav.profile/1 file.
pub(crate) fn profile_arg(ctx: &Context) -> Arg {
    Arg::new("profile")
        .long("profile")
        .value_name("FILE")
        .value_parser(clap::value_parser!(PathBuf))
        .help(ctx.t("cli-opt-profile", &args![]))
}

/// `--as-of YYYY-MM-DD`: the day to judge on, instead of today.
pub(crate) fn as_of_arg(ctx: &Context) -> Arg {
    Arg::new("as-of")
        .long("as-of")
        .value_name("YYYY-MM-DD")
        .value_parser(|v: &str| talentnav_rules::date::parse(v).ok_or_else(|| v.to_string()))
        .help(ctx.t("cli-opt-as-of", &args![]))
}

/// `-o/--output FILE`, required, with the command's own help text.
pub(crate) fn output_arg(ctx: &Context, help: &str) -> Arg {
    Arg::new("output")
        .short('o')
        .long("output")
        .value_name("FILE")
        .required(true)
        .value_parser(clap::value_parser!(PathBuf))
        .help(ctx.t(help, &args![]))
}

/// The `-o` path, refused by the application's output policy (`talentnav_app::output`) before
/// anything is computed.
pub(crate) fn output_path(ctx: &Context, m: &ArgMatches) -> Result<PathBuf, UserError> {
    let out = m.get_one::<PathBuf>("output").expect("required").clone();
    talentnav_app::output::check(&ctx.data_dir, &out, ctx.locale)?;
    Ok(out)
}

pub(crate) fn json_flag(ctx: &Context) -> Arg {
    Arg::new("json").long("json").action(ArgAction::SetTrue).help(ctx.t("cli-opt-json", &args![]))
}

fn clap_error(ctx: &Context, e: clap::Error) -> i32 {
    let context = |kind: ContextKind| e.get(kind).map(|v| v.to_string()).unwrap_or_default();
    let user_error = match e.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            print(&e.render().to_string());
            return 0;
        }
        ErrorKind::UnknownArgument => {
            UserError::invalid("error-unknown-argument", args![("arg", context(ContextKind::InvalidArg))])
        }
        ErrorKind::InvalidSubcommand => {
            UserError::invalid("error-unknown-command", args![("command", context(ContextKind::InvalidSubcommand))])
        }
        ErrorKind::InvalidValue | ErrorKind::ValueValidation => {
            let arg = context(ContextKind::InvalidArg);
            let value = context(ContextKind::InvalidValue);
            if value.is_empty() {
                UserError::invalid("error-missing-value", args![("arg", arg)])
            } else if arg.starts_with("--lang") {
                UserError::invalid("error-unsupported-language", args![("value", value)])
            } else {
                UserError::invalid("error-invalid-value", args![("arg", arg), ("value", value)])
            }
        }
        _ => UserError::invalid("error-bad-command-line", args![]),
    };
    fail(ctx, &user_error)
}

/// Prints the one-line localized error to stderr and returns the exit status.
pub fn fail(ctx: &Context, e: &UserError) -> i32 {
    let line = ctx.t("error-line", &args![("message", e.localized(ctx.locale))]);
    // Whatever a message quotes from outside, the terminal gets one line and no escape sequences.
    let _ = writeln!(std::io::stderr().lock(), "{}", talentnav_i18n::format::escape_controls(&line));
    match e.code {
        talentnav_core::ErrorCode::Internal => EXIT_INTERNAL,
        talentnav_core::ErrorCode::Io => EXIT_IO_ERROR,
        talentnav_core::ErrorCode::InvalidInput => EXIT_USER_ERROR,
    }
}

/// Writes to stdout; a closed pipe (`talentnav about | head -1`) is not an error worth a panic.
pub fn print(text: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(text.as_bytes());
    if !text.ends_with('\n') {
        let _ = out.write_all(b"\n");
    }
}

/// [`print`], as a command's successful outcome.
pub fn printed(text: &str) -> Result<(), UserError> {
    print(text);
    Ok(())
}

/// Pretty JSON on stdout, for `--json`.
pub fn print_json<T: serde::Serialize>(v: &T) -> Result<(), UserError> {
    print(&serde_json::to_string_pretty(v).map_err(UserError::internal)?);
    Ok(())
}

fn about(ctx: &Context, m: &ArgMatches) -> Result<(), UserError> {
    // The rules in use (an installed update when it verifies), and whether they may be out of date.
    let info = talentnav_update::app_info(&ctx.data_dir, ctx.rules.active);
    let notices = talentnav_app::rule_updates::notices(
        &ctx.rules,
        talentnav_app::today(),
        ctx.locale,
        talentnav_app::rule_updates::Door::Cli,
    );
    if m.get_flag("json") {
        return print_json(&info);
    }
    let line =
        |label: &str, value: String| ctx.t("label-value", &args![("label", ctx.t(label, &args![])), ("value", value)]);
    let pack = &info.rule_pack;
    let lines = [
        ctx.t("app-name", &args![]),
        ctx.t("about-version", &args![("version", info.version.clone())]),
        line("about-data-dir", info.data_dir.clone()),
        line(
            "about-rule-pack",
            ctx.t("about-rule-pack-value", &args![("id", pack.id.clone()), ("version", pack.version.clone())]),
        ),
        line("about-rule-pack-checksum", pack.sha256.clone()),
        line("update-label-as-of", ctx.t("update-date", &args![("date", info.rules_as_of.clone())])),
    ];
    print(&[&lines[..], &notices].concat().join("\n"));
    Ok(())
}

/// The window program, installed beside `talentnav`.
pub const WINDOW_PROGRAM: &str = if cfg!(windows) { "talentnav-window.exe" } else { "talentnav-window" };

/// `talentnav` with no command: becomes `talentnav-window` (same process, arguments and environment).
/// Keeping the window in its own program keeps GTK and WebKit out of `talentnav`: loading and binding
/// their ~170 libraries costs about 50 ms, which every headless command would otherwise pay.
#[cfg(feature = "gui")]
pub fn hand_over_to_window(ctx: &Context, argv: &[OsString]) -> Result<(), UserError> {
    let exe = std::env::current_exe().map_err(UserError::internal)?;
    let window = exe.with_file_name(WINDOW_PROGRAM);
    let mut cmd = std::process::Command::new(&window);
    cmd.args(argv.iter().skip(1));
    #[cfg(unix)]
    let err = std::os::unix::process::CommandExt::exec(&mut cmd);
    #[cfg(not(unix))]
    let err = match cmd.status() {
        Ok(status) => std::process::exit(status.code().unwrap_or(EXIT_INTERNAL)),
        Err(e) => e,
    };
    Err(match err.kind() {
        std::io::ErrorKind::NotFound => {
            UserError::invalid("cli-window-missing", args![("path", window.display().to_string())])
        }
        _ => UserError::io(&window, &err, ctx.locale),
    })
}

/// A build without the `gui` feature has no window program to hand over to.
#[cfg(not(feature = "gui"))]
pub fn hand_over_to_window(_ctx: &Context, _argv: &[OsString]) -> Result<(), UserError> {
    Err(UserError::invalid("cli-no-window", args![]))
}
