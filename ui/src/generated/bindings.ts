// Generated from the Rust types by tests/bindings.rs. Do not edit by hand.

export type Locale = "en" | "zh-Hant" | "zh-Hans";

export type ArgValue = number | string;

export type ErrorCode = "invalid_input" | "io" | "internal";

export type UserError = { code: ErrorCode, message_id: string, args: { [key in string]: ArgValue }, };

export type PackInfo = { id: string, version: string, 
/**
 * Hex SHA-256 over every file of the pack.
 */
sha256: string, 
/**
 * The newest revision date (YYYY-MM-DD) among the pack's sources.
 */
revised: string, };

export type AppInfo = { version: string, data_dir: string, rule_pack: PackInfo, 
/**
 * YYYY-MM-DD: the day the rules in use are as of (an installed update's publication date, the
 * built-in pack's newest source revision).
 */
rules_as_of: string, };

export type LocaleBundle = { locale: Locale, resources: Array<string>, fallback: Array<string>, };

export type Verdict = "eligible" | "needs_review" | "needs_info" | "not_eligible";

export type Outcome = "met" | "not_met" | "unknown" | "review";

export type Role = "required" | "scored";

export type SourceRef = { title: string, 
/**
 * Always written, `null` when the source has no address (assessment-v1: {title, url, revised}).
 */
url: string | null, revised: string, };

export type CriterionResult = { id: string, 
/**
 * The criterion as ImmD words it.
 */
label: string, outcome: Outcome, role: Role, explanation: string, facts: Array<string>, sources: Array<SourceRef>, review_reason?: string, };

export type RouteResult = { id: string, name: string, verdict: Verdict, criteria: Array<CriterionResult>, };

export type Gpt = { met: Array<number>, count: number, required: number, 
/**
 * Criteria that may count once reviewed, and those that depend on missing facts.
 */
review: Array<number>, unknown: Array<number>, };

export type LegacyFactor = { factor: string, points: number, 
/**
 * Further points this factor may add once facts are known or reviewed.
 */
possible_extra: number, outcome: Outcome, };

export type LegacyPoints = { 
/**
 * Points that are certain.
 */
total: number, pass_mark: number, 
/**
 * Certain points plus every point still possible (unknown facts or points for review).
 */
possible: number, maximum: number, version: string, breakdown: Array<LegacyFactor>, };

export type Comparison = { initial_stay: Array<string>, processing: Array<string>, fee_per_person_hkd?: number, fee_household_hkd?: number, fees?: string, sources: Array<SourceRef>, };

export type SchemeResult = { scheme: string, name: string, verdict: Verdict, verdict_label: string, routes: Array<RouteResult>, missing_facts: Array<string>, 
/**
 * `missing_facts` in words, in the same order.
 */
missing_fact_names: Array<string>, review_points: Array<string>, what_if: Array<string>, notes: Array<string>, gpt?: Gpt, legacy_points?: LegacyPoints, comparison: Comparison, };

export type DependantResult = { index: number, outcome: Outcome, explanation: string, what_if: Array<string>, missing_facts: Array<string>, 
/**
 * Schemes that apply the rule differently to this person (ASSG for recent Macao card holders).
 */
by_scheme: Array<SchemeDependant>, };

export type SchemeDependant = { scheme: string, outcome: Outcome, explanation: string, review_reason?: string, };

export type PackRef = { id: string, version: string, sha256: string, };

export type Assessment = { schema: string, as_of: string, locale: Locale, rule_pack: PackRef, results: Array<SchemeResult>, dependants: Array<DependantResult>, };

export type Kind = { "type": "text" } | { "type": "date" } | { "type": "end_date" } | { "type": "yes_no" } | { "type": "choice", options: Array<string>, } | { "type": "country" } | { "type": "money" } | { "type": "number" } | { "type": "institution" } | { "type": "currency" } | { "type": "language" } | { "type": "talent_list" };

export type ShowIf = { path: string, any_of: Array<string>, };

export type Question = { 
/**
 * The profile path; inside a list, relative to the item (`level`), else absolute.
 */
path: string, 
/**
 * Its label's message id.
 */
label: string, kind: Kind, show_if?: ShowIf, };

export type ListGroup = { 
/**
 * `applicant.education`
 */
path: string, 
/**
 * Message ids: `list-<id>` (heading), `list-<id>-add`, `list-<id>-item` (with `$n`), `list-<id>-none`.
 */
id: string, questions: Array<Question>, };

export type Entry = { "type": "question" } & Question | { "type": "list" } & ListGroup;

export type Topic = { 
/**
 * `about`, `travel`, … ; title `topic-<id>`, intro `topic-<id>-intro`.
 */
id: string, entries: Array<Entry>, 
/**
 * Shown only while this scheme can still apply (or once something in it is answered).
 */
only_while_open?: string, };

export type Catalogue = { topics: Array<Topic>, 
/**
 * Country codes, in the order offered.
 */
countries: Array<string>, 
/**
 * Currencies the pack converts, HKD first.
 */
currencies: Array<string>, };

export type NextQuestion = { 
/**
 * The engine's missing fact (`applicant.education[0].awarded_on`).
 */
fact: string, 
/**
 * The fact in words.
 */
fact_name: string, topic: string, 
/**
 * The interview question (`applicant.education[].awarded_on`), or the list (`applicant.income`).
 */
question: string, 
/**
 * The list the question is in (or is), if any.
 */
list?: string, 
/**
 * The list item(s) the question is about.
 */
indices: Array<number>, 
/**
 * The names of the schemes whose answer this can still change.
 */
schemes: Array<string>, 
/**
 * How many schemes still need information.
 */
open_schemes: number, };

export type Simulation = { asked: number, full_interview: number, 
/**
 * No scheme still needs information at the end.
 */
settled: boolean, };

export type Suggestion = { 
/**
 * The name as the list writes it (what the field is filled with).
 */
name: string, 
/**
 * The alias the query matched, when it is not the official name ("MIT", "清华大学").
 */
matched?: string, country: string, };

export type WindowState = { 
/**
 * The screen last shown: `start`, `interview`, `guided`, `results`, `compare`.
 */
screen: string, 
/**
 * The interview step last shown.
 */
step: number, 
/**
 * The answers so far (a profile being filled in), or none.
 */
profile?: Record<string, unknown>, 
/**
 * Questions passed over in the guided mode.
 */
skipped: Array<string>, };

export type Saved = { file_name: string, };

export type ClientSaved = { id: number, };

export type Client = { id: number, uid: string, family_name: string | null, given_name: string | null, chinese_name: string | null, nationality: string | null, created_at: string, updated_at: string, profile: Record<string, unknown>, };

export type ClientSummary = { id: number, uid: string, family_name: string | null, given_name: string | null, chinese_name: string | null, nationality: string | null, applications: number, updated_at: string, 
/**
 * The earliest planned submission of an application still in progress (draft, preparing).
 */
next_deadline: string | null, };

export type ClientFilter = { name?: string, scheme?: string, status?: string, documents_missing?: boolean, expiring_within_days?: number, sort?: string, offset?: number, limit?: number, };

export type Member = { 
/**
 * `applicant`, `dependant:0` …: the party code checklist items carry.
 */
party: string, label: string, };

export type HistoryLine = { at: string, text: string, };

export type Application = { id: number, client_id: number, scheme: string, route: string | null, planned_submission_date: string | null, status: string, created_at: string, updated_at: string, };

export type Note = { id: number, client_id: number, application_id: number | null, body: string, created_at: string, };

export type ApplicationRow = { scheme_name: string, status_label: string, id: number, client_id: number, scheme: string, route: string | null, planned_submission_date: string | null, status: string, created_at: string, updated_at: string, };

export type ClientPage = { client: Client, household: Array<Member>, applications: Array<ApplicationRow>, 
/**
 * The notes on its applications, newest first.
 */
notes: Array<Note>, history: Array<HistoryLine>, };

export type DocumentItem = { id: number, application_id: number, item_key: string, document: string, party: string, status: string, na_reason: string | null, expiry_date: string | null, note: string | null, obsolete: boolean, status_changed_at: string, created_at: string, };

export type Need = "required" | "if_any" | "may_be_needed";

export type ItemView = { 
/**
 * Who it is for: "Applicant", "Spouse — CHAN Mei".
 */
party_label: string, 
/**
 * How firmly the rules ask for it today; none once obsolete.
 */
need: Need | null, 
/**
 * A document still to collect says "Required", "May be needed" or "If you have one".
 */
status_label: string, 
/**
 * The conditions and facts that would settle it.
 */
details: Array<string>, id: number, application_id: number, item_key: string, document: string, party: string, status: string, na_reason: string | null, expiry_date: string | null, note: string | null, obsolete: boolean, status_changed_at: string, created_at: string, };

export type ItemPageView = { name: string, 
/**
 * Who it is for: "Applicant", "Spouse — CHAN Mei".
 */
party_label: string, 
/**
 * How firmly the rules ask for it today; none once obsolete.
 */
need: Need | null, 
/**
 * A document still to collect says "Required", "May be needed" or "If you have one".
 */
status_label: string, 
/**
 * The conditions and facts that would settle it.
 */
details: Array<string>, id: number, application_id: number, item_key: string, document: string, party: string, status: string, na_reason: string | null, expiry_date: string | null, note: string | null, obsolete: boolean, status_changed_at: string, created_at: string, };

export type ExcludedView = { party_label: string, reason: string, };

export type Attachment = { id: number, item_id: number, sha256: string, size: number, original_name: string, added_at: string, };

export type WarningView = { client_id: number, application_id: number, 
/**
 * The document item it is about, when it is about one.
 */
item_id?: number, 
/**
 * travel_document_expires | income_not_covered | child_turns_18 | document_expires | missing_items
 */
kind: string, message: string, 
/**
 * Whose file it is (the dashboard names the client; the CLI's list leaves it out).
 */
client_name?: string, };

export type ApplicationPage = { application: ApplicationRow, client_name: string, items: Array<ItemPageView>, excluded: Array<ExcludedView>, attachments: Array<Attachment>, warnings: Array<WarningView>, };

export type ChangeSummary = { application_id: number, scheme_name: string, added: Array<string>, made_obsolete: Array<string>, restored: Array<string>, };

export type ItemEdit = { status?: string, na_reason?: string, 
/**
 * `YYYY-MM-DD`, or `""` to clear it.
 */
expiry_date?: string, note?: string, };

export type Imported = { file_name: string, client_id: number, };

export type RulesStatus = { id: string, version: string, sha256: string, origin: "built_in" | "installed", 
/**
 * `YYYY-MM-DD`: the publication of the installed pack, else the newest source revision.
 */
as_of: string | null, 
/**
 * The same day in words.
 */
as_of_words: string, 
/**
 * Changes the pack knows are due, `YYYY-MM-DD`.
 */
due: Array<string>, 
/**
 * Versions kept on this machine, newest first.
 */
kept: Array<string>, address: string | null, 
/**
 * The fallback notice (an installed pack failed), then "may be out of date", in words.
 */
notices: Array<string>, 
/**
 * Set when the rules may be out of date (the notice is in `notices`).
 */
stale: boolean, 
/**
 * The installed pack's changelog in the chosen language (none for the built-in pack).
 */
changelog: string | null, 
/**
 * A pack kept here that is older than the one in use: a rollback is possible.
 */
can_roll_back: boolean, };

export type Offer = { current: string, latest: string, newer: boolean, };

export type CriterionChangeView = { id: string, label: string, before: string, after: string, why: string, };

export type RouteChangeView = { scheme: string, scheme_name: string, route: string, route_name: string, before: Verdict, after: Verdict, before_label: string, after_label: string, criteria: Array<CriterionChangeView>, };

export type ChecklistChangeView = { application: number, scheme_name: string, added: Array<string>, obsolete: Array<string>, };

export type ClientImpactView = { client: number, 
/**
 * "Client 3: CHAN Tai Man", names from outside escaped.
 */
heading: string, as_of: string, routes: Array<RouteChangeView>, checklists: Array<ChecklistChangeView>, };

export type ImpactView = { from: string, to: string, clients_checked: number, 
/**
 * "From rule pack A to B: N of M clients' answers change."
 */
summary: string, clients: Array<ClientImpactView>, 
/**
 * The applications whose checklists would change: what "regenerate the affected checklists" does.
 */
applications: number[], };

export type RulesChange = { 
/**
 * False when the server had nothing newer (nothing changed, no report; `from` = `to`).
 */
changed: boolean, rollback: boolean, from: string, to: string, impact: ImpactView | null, };
