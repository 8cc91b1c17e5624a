// The one door from the UI to Rust. Every IPC call goes through a Backend; the app uses the Tauri
// one, tests use a fake built from the same generated types, the real locale files and fixtures the
// real Rust core produced.
import { invoke } from '@tauri-apps/api/core';
import type {
  AppInfo,
  ApplicationPage,
  ApplicationRow,
  ArgValue,
  Attachment,
  ChangeSummary,
  ClientFilter,
  ClientPage,
  ClientSummary,
  DocumentItem,
  Imported,
  ItemEdit,
  Member,
  ImpactView,
  Offer,
  RulesChange,
  RulesStatus,
  Note,
  WarningView,
  ClientSaved,
  Assessment,
  Catalogue,
  ErrorCode,
  Locale,
  LocaleBundle,
  NextQuestion,
  Saved,
  Suggestion,
  UserError,
  WindowState,
} from './generated/bindings';

// The components name the IPC types through this door too.
export type * from './generated/bindings';

/** A profile being filled in (`talentnav.profile/1` JSON; absent is unknown). Rust validates it. */
export type Profile = Record<string, unknown>;

export interface Backend {
  appInfo(): Promise<AppInfo>;
  localeBundle(): Promise<LocaleBundle>;
  setLocale(locale: Locale): Promise<LocaleBundle>;
  appReady(): Promise<void>;
  interviewCatalogue(): Promise<Catalogue>;
  assess(profile: Profile): Promise<Assessment>;
  nextQuestion(profile: Profile, skipped: string[]): Promise<NextQuestion | null>;
  suggestInstitutions(query: string): Promise<Suggestion[]>;
  windowState(): Promise<WindowState | null>;
  saveWindowState(windowState: WindowState): Promise<void>;
  /** Opens the native save dialog in Rust; null when the person cancels. */
  saveProfile(profile: Profile): Promise<Saved | null>;
  openProfile(): Promise<Profile | null>;
  saveChecklist(profile: Profile, scheme: string, route: string | null): Promise<Saved | null>;
  openSavedChecklist(): Promise<void>;
  /** Keeps the answers as a new client file (the consultant's side). */
  saveClientFile(profile: Profile): Promise<ClientSaved>;
  // The client files (issue 10). Paging, filters and sorting are done in SQL.
  listClients(filter: ClientFilter): Promise<ClientSummary[]>;
  /** A new client file from a profile (the window starts one from names). */
  addClient(profile: Profile): Promise<ClientSaved>;
  clientPage(id: number): Promise<ClientPage>;
  /** Saves the client's profile; answers which applications' checklists would change. */
  /** `seen`: the client's `updated_at` as this page read it; refused (`store-error-client-changed`) if
   *  another window or the command line has saved the client since. */
  updateClient(id: number, profile: Profile, seen: string): Promise<ChangeSummary[]>;
  deleteClient(id: number): Promise<void>;
  createApplication(clientId: number, scheme: string, planned: string | null): Promise<ApplicationRow>;
  setApplicationStatus(id: number, status: string): Promise<ApplicationRow>;
  /** A note on an application; the client page is read again after. */
  addNote(application: number, body: string): Promise<Note>;
  applicationPage(id: number): Promise<ApplicationPage>;
  updateItem(item: number, edit: ItemEdit): Promise<DocumentItem>;
  regenerateApplication(id: number): Promise<ChangeSummary>;
  /** Native save dialog in Rust; then `openSavedChecklist` opens it. */
  saveApplicationPdf(id: number): Promise<Saved | null>;
  /** Native open dialog in Rust; null when cancelled. */
  attachFile(item: number): Promise<Attachment | null>;
  removeAttachment(attachment: number): Promise<Attachment>;
  openAttachment(item: number, attachment: number): Promise<void>;
  dashboard(asOf: string | null): Promise<WarningView[]>;
  exportClient(id: number): Promise<Saved | null>;
  importArchive(): Promise<Imported | null>;
  // Settings → Rules (issue 11). Only checkRules and installRules use the network.
  rulesStatus(): Promise<RulesStatus>;
  checkRules(): Promise<Offer>;
  /** Installs the newer pack; the window uses it from the next call on. */
  installRules(): Promise<RulesChange>;
  rollbackRules(): Promise<RulesChange>;
  /** The report from pack `from` to the one in use, again (in another language). */
  rulesImpact(from: string): Promise<ImpactView>;
  /** Sent only after the person confirmed: one transaction with its audit entries. */
  regenerateAffected(applications: number[]): Promise<ChangeSummary[]>;
}

/** An error the user can read: a stable code for the UI to branch on and a message id to localize. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly messageId: string;
  readonly args: Record<string, ArgValue>;

  constructor(e: UserError) {
    super(e.message_id);
    this.code = e.code;
    this.messageId = e.message_id;
    this.args = Object.fromEntries(Object.entries(e.args).filter((kv): kv is [string, ArgValue] => kv[1] !== undefined));
  }
}

function isUserError(e: unknown): e is UserError {
  return typeof e === 'object' && e !== null && 'code' in e && 'message_id' in e && 'args' in e;
}

/** Anything a command rejects with, as an AppError (an unexpected rejection becomes `internal`). */
export function toAppError(e: unknown): AppError {
  if (e instanceof AppError) return e;
  if (isUserError(e)) return new AppError(e);
  return new AppError({ code: 'internal', message_id: 'error-internal', args: { detail: String(e) } });
}

async function call<T>(command: string, args?: Record<string, unknown>): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (e) {
    throw toAppError(e);
  }
}

export const tauriBackend: Backend = {
  appInfo: () => call<AppInfo>('app_info'),
  localeBundle: () => call<LocaleBundle>('locale_bundle'),
  setLocale: (locale) => call<LocaleBundle>('set_locale', { locale }),
  appReady: () => call<void>('app_ready'),
  interviewCatalogue: () => call<Catalogue>('interview_catalogue'),
  assess: (profile) => call<Assessment>('assess', { profile }),
  nextQuestion: (profile, skipped) => call<NextQuestion | null>('next_question', { profile, skipped }),
  suggestInstitutions: (query) => call<Suggestion[]>('suggest_institutions', { query }),
  windowState: () => call<WindowState | null>('window_state'),
  saveWindowState: (windowState) => call<void>('save_window_state', { windowState }),
  saveProfile: (profile) => call<Saved | null>('save_profile', { profile }),
  openProfile: () => call<Profile | null>('open_profile'),
  saveChecklist: (profile, scheme, route) => call<Saved | null>('save_checklist', { profile, scheme, route }),
  openSavedChecklist: () => call<void>('open_saved_checklist'),
  saveClientFile: (profile) => call<ClientSaved>('save_client_file', { profile }),
  listClients: (filter) => call<ClientSummary[]>('list_clients', { filter }),
  clientPage: (id) => call<ClientPage>('client_page', { id }),
  addClient: (profile) => call<ClientSaved>('add_client', { profile }),
  updateClient: (id, profile, seen) => call<ChangeSummary[]>('update_client', { id, profile, seen }),
  deleteClient: (id) => call<void>('delete_client', { id }),
  createApplication: (clientId, scheme, planned) =>
    call<ApplicationRow>('create_application', { clientId, scheme, route: null, planned }),
  setApplicationStatus: (id, status) => call<ApplicationRow>('set_application_status', { id, status }),
  addNote: (application, body) => call<Note>('add_note', { application, body }),
  applicationPage: (id) => call<ApplicationPage>('application_page', { id }),
  updateItem: (item, edit) => call<DocumentItem>('update_item', { item, edit }),
  regenerateApplication: (id) => call<ChangeSummary>('regenerate_application', { id }),
  saveApplicationPdf: (id) => call<Saved | null>('save_application_pdf', { id }),
  attachFile: (item) => call<Attachment | null>('attach_file', { item }),
  removeAttachment: (attachment) => call<Attachment>('remove_attachment', { attachment }),
  openAttachment: (item, attachment) => call<void>('open_attachment', { item, attachment }),
  dashboard: (asOf) => call<WarningView[]>('dashboard', { asOf }),
  exportClient: (id) => call<Saved | null>('export_client', { id }),
  importArchive: () => call<Imported | null>('import_archive'),
  rulesStatus: () => call<RulesStatus>('rules_status'),
  checkRules: () => call<Offer>('check_rules'),
  installRules: () => call<RulesChange>('install_rules'),
  rollbackRules: () => call<RulesChange>('rollback_rules'),
  rulesImpact: (from) => call<ImpactView>('rules_impact', { from }),
  regenerateAffected: (applications) => call<ChangeSummary[]>('regenerate_affected', { applications }),
};
