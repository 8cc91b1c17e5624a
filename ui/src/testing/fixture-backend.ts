// A Backend that answers from fixtures the real Rust core produced (src-tauri/crates/app/tests/
// ui_fixtures.rs writes fixtures.json from ui/tests/scenarios.json), so the UI tests cannot drift from
// the engine. A profile with no fixture is recorded in `misses` and answered with the empty profile's.
import type { Backend, Profile } from '../api';
import type {
  AppInfo,
  ApplicationPage,
  ApplicationRow,
  Attachment,
  ChangeSummary,
  ClientFilter,
  ClientPage,
  ClientSummary,
  DocumentItem,
  Imported,
  ItemEdit,
  ItemPageView,
  ImpactView,
  Offer,
  RulesChange,
  RulesStatus,
  Note,
  WarningView,
  Assessment,
  Catalogue,
  ClientSaved,
  Locale,
  LocaleBundle,
  NextQuestion,
  Saved,
  Suggestion,
  UserError,
  WindowState,
} from '../generated/bindings';
import { Messages } from '../i18n';
import { clientName } from '../components/clients/common';
import fixtures from './fixtures.json';

interface Fixtures {
  today: string;
  catalogue: Catalogue;
  suggestions: Record<string, Suggestion[]>;
  assessments: { profile: Profile; locale: Locale; assessment: Assessment }[];
  next: { profile: Profile; skipped: string[]; locale: Locale; next: NextQuestion | null }[];
  /** The client files per locale (a small practice the real core made). */
  clients: Record<Locale, ClientFiles>;
  /** Settings → Rules per locale: before and after installing the stricter test pack. */
  rules: Record<Locale, RulesPages>;
}
interface RulesPages {
  status_before: RulesStatus;
  status_after: RulesStatus;
  status_fallback: RulesStatus;
  offer: Offer;
  change: RulesChange;
  regenerated: ChangeSummary[];
}
interface ClientFiles {
  list: ClientSummary[];
  clients: Record<string, ClientPage>;
  applications: Record<string, ApplicationPage>;
  dashboard: WarningView[];
}
const data = fixtures as unknown as Fixtures;

/** The ISO day `days` after `day`. */
function addDays(day: string, days: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** JSON with sorted keys and without the empty objects and nulls a removed answer leaves. */
export function canonical(v: unknown): string {
  const strip = (x: unknown): unknown => {
    if (Array.isArray(x)) return x.map((i) => strip(i) ?? {});
    if (x !== null && typeof x === 'object') {
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(x).sort()) {
        if (k === 'schema' || k.startsWith('_')) continue;
        const s = strip((x as Record<string, unknown>)[k]);
        if (s !== undefined) out[k] = s;
      }
      return Object.keys(out).length ? out : undefined;
    }
    return x === null ? undefined : x;
  };
  return JSON.stringify(strip(v) ?? {});
}

export class FixtureBackend implements Backend {
  locale: Locale;
  ready = 0;
  misses: string[] = [];
  failNextSetLocale: UserError | null = null;
  state: WindowState | null = null;
  /** The profile file "on disk" (what the last save wrote). */
  file: string | null = null;
  checklists: { scheme: string; route: string | null }[] = [];
  opened = 0;
  onstate: ((s: WindowState) => void) | null = null;

  constructor(
    private readonly bundles: (l: Locale) => LocaleBundle,
    locale: Locale = 'en',
  ) {
    this.locale = locale;
  }

  async appInfo(): Promise<AppInfo> {
    return {
      version: '0.1.0',
      data_dir: '/home/someone/.local/share/talentnav',
      rule_pack: { id: 'hk-talent', version: '2026.1.0', sha256: 'ab'.repeat(32), revised: '2026-01-01' },
      rules_as_of: '2026-01-01',
    };
  }
  async localeBundle(): Promise<LocaleBundle> {
    return this.bundles(this.locale);
  }
  async setLocale(locale: Locale): Promise<LocaleBundle> {
    if (this.failNextSetLocale) {
      const e = this.failNextSetLocale;
      this.failNextSetLocale = null;
      throw e;
    }
    this.locale = locale;
    return this.bundles(locale);
  }
  async appReady(): Promise<void> {
    this.ready += 1;
  }
  async interviewCatalogue(): Promise<Catalogue> {
    return data.catalogue;
  }
  async assess(profile: Profile): Promise<Assessment> {
    const key = canonical(profile);
    const hit = data.assessments.find((a) => a.locale === this.locale && canonical(a.profile) === key);
    if (hit) return structuredClone(hit.assessment);
    this.misses.push(key);
    return structuredClone(data.assessments.find((a) => a.locale === this.locale && canonical(a.profile) === '{}')!.assessment);
  }
  async nextQuestion(profile: Profile, skipped: string[]): Promise<NextQuestion | null> {
    const key = canonical(profile);
    const hit = data.next.find(
      (n) => n.locale === this.locale && canonical(n.profile) === key && JSON.stringify(n.skipped) === JSON.stringify(skipped),
    );
    if (hit) return structuredClone(hit.next);
    this.misses.push(`next ${key} ${JSON.stringify(skipped)}`);
    return null;
  }
  async suggestInstitutions(query: string): Promise<Suggestion[]> {
    return structuredClone(data.suggestions[query] ?? []);
  }
  async windowState(): Promise<WindowState | null> {
    return this.state ? structuredClone(this.state) : null;
  }
  async saveWindowState(s: WindowState): Promise<void> {
    this.state = structuredClone(s);
    this.onstate?.(this.state);
  }
  async saveProfile(profile: Profile): Promise<Saved | null> {
    this.file = canonical(profile);
    return { file_name: 'profile.json' };
  }
  async openProfile(): Promise<Profile | null> {
    return this.file ? (JSON.parse(this.file) as Profile) : null;
  }
  async saveChecklist(_profile: Profile, scheme: string, route: string | null): Promise<Saved | null> {
    this.checklists.push({ scheme, route });
    return { file_name: `talentnav-${(route ?? scheme).replace(/[._]/g, '-')}-checklist.pdf` };
  }
  clients: string[] = [];
  async saveClientFile(profile: Profile): Promise<ClientSaved> {
    this.clients.push(canonical(profile));
    return { id: this.clients.length };
  }
  async openSavedChecklist(): Promise<void> {
    this.opened += 1;
  }

  // The client files: the fixture practice, changed in memory the way the store would change it.
  cf: Record<Locale, ClientFiles> = structuredClone(data.clients);
  /** What the page asked for, for the tests to check (filters sent, edits, dialogs opened). */
  calls: { command: string; args: unknown[] }[] = [];
  private nextId = 1000;
  /** Client saves so far: each gives the client a new `updated_at`, as the store's clock does. */
  private saves = 0;

  private record(command: string, ...args: unknown[]): void {
    this.calls.push({ command, args: JSON.parse(JSON.stringify(args)) as unknown[] });
  }
  private all(): ClientFiles[] {
    return Object.values(this.cf);
  }
  private here(): ClientFiles {
    return this.cf[this.locale];
  }
  private notFound(messageId: string, id: number): UserError {
    return { code: 'invalid_input', message_id: messageId, args: { id } };
  }

  async listClients(f: ClientFilter): Promise<ClientSummary[]> {
    this.record('listClients', f);
    const h = this.here();
    const needle = f.name?.toLowerCase();
    let rows = h.list.filter((c) => {
      const text = [c.family_name, c.given_name, c.chinese_name].filter(Boolean).join(' ').toLowerCase();
      if (needle && !text.includes(needle)) return false;
      const apps = h.clients[String(c.id)]?.applications ?? [];
      if (f.scheme && !apps.some((a) => a.scheme === f.scheme)) return false;
      if (f.status && !apps.some((a) => a.status === f.status)) return false;
      if (f.documents_missing) {
        const missing = apps.some((a) => h.applications[String(a.id)]?.items.some((i) => !i.obsolete && ['required', 'requested'].includes(i.status)));
        if (!missing) return false;
      }
      if (f.expiring_within_days !== undefined && f.expiring_within_days !== null) {
        // As the store does: a document of any application expiring from today to today + N days.
        const until = addDays(data.today, f.expiring_within_days);
        const expiring = apps.some((a) =>
          h.applications[String(a.id)]?.items.some((i) => !i.obsolete && i.expiry_date && i.expiry_date >= data.today && i.expiry_date <= until),
        );
        if (!expiring) return false;
      }
      return true;
    });
    if (f.sort === 'deadline') rows = [...rows].sort((a, b) => (a.next_deadline ?? '9999').localeCompare(b.next_deadline ?? '9999'));
    if (f.sort === 'updated') rows = [...rows].sort((a, b) => b.updated_at.localeCompare(a.updated_at));
    const offset = f.offset ?? 0;
    return structuredClone(rows.slice(offset, offset + (f.limit ?? 100)));
  }
  async addClient(profile: Profile): Promise<ClientSaved> {
    this.record('addClient', profile);
    const id = this.nextId++;
    const name = (profile.applicant as { name?: { family?: string; given?: string; chinese?: string } } | undefined)?.name ?? {};
    for (const cf of this.all()) {
      const template = structuredClone(cf.clients['2']!);
      const client = { ...template.client, id, family_name: name.family ?? null, given_name: name.given ?? null, chinese_name: name.chinese ?? null, profile };
      cf.clients[String(id)] = { client, household: template.household.slice(0, 1), applications: [], notes: [], history: template.history.slice(-1) };
      cf.list.push({ id, uid: client.uid, family_name: client.family_name, given_name: client.given_name, chinese_name: client.chinese_name, nationality: null, applications: 0, updated_at: client.updated_at, next_deadline: null });
    }
    return { id };
  }
  async clientPage(id: number): Promise<ClientPage> {
    const p = this.here().clients[String(id)];
    if (!p) throw this.notFound('store-error-no-client', id);
    return structuredClone(p);
  }
  async updateClient(id: number, profile: Profile, seen: string): Promise<ChangeSummary[]> {
    this.record('updateClient', id, profile, seen);
    // As the store: a page read before another writer's save is refused, and nothing is written.
    const stale = this.all().some((cf) => cf.clients[String(id)] && cf.clients[String(id)]!.client.updated_at !== seen);
    if (stale) throw { code: 'invalid_input', message_id: 'store-error-client-changed', args: {} } satisfies UserError;
    const at = new Date(Date.UTC(2026, 11, 1) + ++this.saves * 1000).toISOString();
    for (const cf of this.all()) {
      const p = cf.clients[String(id)];
      if (!p) throw this.notFound('store-error-no-client', id);
      p.client.updated_at = at;
      p.client.profile = JSON.parse(JSON.stringify(profile)) as Profile;
      const deps = (profile.dependants as { relationship?: string; name?: { family?: string; given?: string } }[] | undefined) ?? [];
      p.household = [
        p.household[0]!,
        ...deps.map((d, i) => ({ party: `dependant:${i}`, label: [d.relationship, d.name?.family?.toUpperCase(), d.name?.given].filter(Boolean).join(' ') })),
      ];
    }
    // As the core's pending_changes: what regenerating each of the client's checklists would do, without doing it.
    const pending: ChangeSummary[] = [];
    for (const a of Object.values(this.here().applications).filter((x) => x.application.client_id === id)) {
      const s = await this.withoutKeeping(() => this.regenerateApplication(a.application.id));
      if (s.added.length || s.made_obsolete.length || s.restored.length) pending.push(s);
    }
    return pending;
  }
  /** Runs `f` and then puts the fake's state (files, ids, the call log) back as it was. */
  private async withoutKeeping<R>(f: () => Promise<R>): Promise<R> {
    const [cf, nextId, calls] = [structuredClone(this.cf), this.nextId, this.calls.length];
    try {
      return await f();
    } finally {
      this.cf = cf;
      this.nextId = nextId;
      this.calls.length = calls;
    }
  }
  async deleteClient(id: number): Promise<void> {
    this.record('deleteClient', id);
    for (const cf of this.all()) {
      cf.list = cf.list.filter((c) => c.id !== id);
      delete cf.clients[String(id)];
    }
  }
  async createApplication(clientId: number, scheme: string, planned: string | null): Promise<ApplicationRow> {
    this.record('createApplication', clientId, scheme, planned);
    const id = this.nextId++;
    let row: ApplicationRow | null = null;
    for (const cf of this.all()) {
      const template = Object.values(cf.applications)[0]!;
      const page = structuredClone(template);
      page.application = { ...page.application, id, client_id: clientId, scheme, planned_submission_date: planned, status: 'draft' };
      page.items = page.items.map((i) => ({ ...i, application_id: id, status: 'required', expiry_date: null, note: null }));
      page.attachments = [];
      page.warnings = [];
      cf.applications[String(id)] = page;
      cf.clients[String(clientId)]?.applications.push(page.application);
      if (cf === this.here()) row = page.application;
    }
    return structuredClone(row!);
  }
  async setApplicationStatus(id: number, status: string): Promise<ApplicationRow> {
    this.record('setApplicationStatus', id, status);
    for (const [locale, cf] of Object.entries(this.cf) as [Locale, ClientFiles][]) {
      const a = cf.applications[String(id)];
      if (!a) continue;
      const label = new Messages(this.bundles(locale)).t(`app-status-${status}`);
      // The client page lists its applications too (a copy in the fixtures): both change.
      const row = cf.clients[String(a.application.client_id)]?.applications.find((r) => r.id === id);
      for (const r of [a.application, row]) if (r) Object.assign(r, { status, status_label: label });
    }
    return structuredClone(this.here().applications[String(id)]!.application);
  }
  /** Fails the next note with this error (the typed text must stay). */
  failNextNote: UserError | null = null;
  async addNote(application: number, body: string): Promise<Note> {
    this.record('addNote', application, body);
    if (this.failNextNote) {
      const e = this.failNextNote;
      this.failNextNote = null;
      throw e;
    }
    if (!body.trim()) throw { code: 'invalid_input', message_id: 'store-error-empty-note', args: {} };
    const clientId = this.here().applications[String(application)]?.application.client_id;
    if (clientId === undefined) throw this.notFound('store-error-no-application', application);
    const note: Note = { id: this.nextId++, client_id: clientId, application_id: application, body, created_at: '2026-03-15T10:00:00.000Z' };
    for (const cf of this.all()) {
      const p = cf.clients[String(clientId)];
      if (!p) continue;
      p.notes.unshift(note);
    }
    return structuredClone(note);
  }
  async applicationPage(id: number): Promise<ApplicationPage> {
    const p = this.here().applications[String(id)];
    if (!p) throw this.notFound('store-error-no-application', id);
    return structuredClone(p);
  }
  /** Fails the next item edit with this error (what is shown must go back to what is stored). */
  failNextItem: UserError | null = null;
  async updateItem(item: number, edit: ItemEdit): Promise<DocumentItem> {
    this.record('updateItem', item, edit);
    if (this.failNextItem) {
      const e = this.failNextItem;
      this.failNextItem = null;
      throw e;
    }
    let out: DocumentItem | null = null;
    for (const cf of this.all()) {
      for (const a of Object.values(cf.applications)) {
        const i = a.items.find((x) => x.id === item);
        if (!i) continue;
        const status = edit.status ?? i.status;
        const reason = status === 'not_applicable' ? (edit.na_reason ?? i.na_reason) : null;
        if (status === 'not_applicable' && !reason?.trim()) throw { code: 'invalid_input', message_id: 'store-error-na-needs-reason', args: {} };
        i.status = status;
        i.na_reason = reason;
        if (edit.expiry_date !== undefined) i.expiry_date = edit.expiry_date || null;
        if (edit.note !== undefined) i.note = edit.note;
        out = i;
      }
    }
    if (!out) throw this.notFound('store-error-no-item', item);
    return structuredClone(out);
  }
  /**
   * What the store does to a checklist after a household change, items being keyed by party
   * (`dependant:1`): the items of a dependant no longer in the household become obsolete and come back
   * (restored) when the household has that party again; a dependant with no items yet gets the
   * documents the real core listed for a dependant of the same relationship in the fixture practice.
   */
  async regenerateApplication(id: number): Promise<ChangeSummary> {
    this.record('regenerateApplication', id);
    let out: ChangeSummary | null = null;
    let next = this.nextId;
    for (const [locale, cf] of Object.entries(this.cf) as [Locale, ClientFiles][]) {
      const a = cf.applications[String(id)];
      if (!a) throw this.notFound('store-error-no-application', id);
      const client = cf.clients[String(a.application.client_id)];
      const household = (client?.household ?? []).filter((m) => m.party.startsWith('dependant:'));
      const parties = new Set(household.map((m) => m.party));
      const dependant = (i: ItemPageView) => i.party.startsWith('dependant:');
      const gone = a.items.filter((i) => !i.obsolete && dependant(i) && !parties.has(i.party));
      const back = a.items.filter((i) => i.obsolete && dependant(i) && parties.has(i.party));
      for (const i of gone) i.obsolete = true;
      for (const i of back) i.obsolete = false;
      type Dep = { relationship?: string };
      const deps = (client?.client.profile.dependants as Dep[] | undefined) ?? [];
      const practice = data.clients[locale];
      const known = (practice.clients['1']?.client.profile.dependants as Dep[] | undefined) ?? [];
      const template = Object.values(practice.applications)[0]?.items ?? [];
      next = this.nextId;
      const added = household
        .filter((m) => !a.items.some((i) => i.party === m.party))
        .flatMap((m) => {
          const like = known.findIndex((d) => d.relationship === deps[Number(m.party.split(':')[1])]?.relationship);
          return template
            .filter((i) => like >= 0 && i.party === `dependant:${like}`)
            .map((i) => ({
              ...structuredClone(i),
              id: next++,
              application_id: id,
              item_key: `${i.document}@${m.party}`,
              party: m.party,
              party_label: m.label,
              status: 'required',
              expiry_date: null,
              note: null,
              na_reason: null,
            }));
        });
      a.items.push(...added);
      const named = (i: ItemPageView) => `${i.name} — ${i.party_label}`;
      const summary = { application_id: id, scheme_name: a.application.scheme_name, added: added.map(named), made_obsolete: gone.map(named), restored: back.map(named) };
      if (cf === this.here()) out = summary;
    }
    this.nextId = next;
    return structuredClone(out!);
  }
  async saveApplicationPdf(id: number): Promise<Saved | null> {
    this.record('saveApplicationPdf', id);
    return { file_name: `talentnav-tn-${String(id).padStart(4, '0')}-gep-checklist.pdf` };
  }
  async attachFile(item: number): Promise<Attachment | null> {
    this.record('attachFile', item);
    const a: Attachment = { id: this.nextId++, item_id: item, sha256: 'cd'.repeat(32), size: 20480, original_name: 'degree.pdf', added_at: '2026-03-15T10:00:00.000Z' };
    for (const cf of this.all()) for (const p of Object.values(cf.applications)) if (p.items.some((i) => i.id === item)) p.attachments.push(a);
    return structuredClone(a);
  }
  async removeAttachment(attachment: number): Promise<Attachment> {
    this.record('removeAttachment', attachment);
    let found: Attachment | undefined;
    for (const cf of this.all())
      for (const p of Object.values(cf.applications)) {
        found = p.attachments.find((a) => a.id === attachment) ?? found;
        p.attachments = p.attachments.filter((a) => a.id !== attachment);
      }
    if (!found) throw this.notFound('store-error-no-attachment', attachment);
    return found;
  }
  async openAttachment(item: number, attachment: number): Promise<void> {
    this.record('openAttachment', item, attachment);
  }
  /**
   * The dashboard worked out from the fake's own applications as the store does (store/src/warnings.rs,
   * app/src/warnings.rs), for the applications in progress: an item (not obsolete, not "not applicable")
   * expiring before the submission day, the later of the planned date and `asOf` (the fixtures' day when
   * none); and one row per application with required documents still to collect, naming the first three.
   * Other kinds (household warnings) are the fixture's as they are.
   */
  async dashboard(asOf: string | null): Promise<WarningView[]> {
    this.record('dashboard', asOf);
    const h = this.here();
    const day = asOf ?? data.today;
    const m = new Messages(this.bundles(this.locale));
    const inProgress = Object.values(h.applications).filter((a) => ['draft', 'preparing'].includes(a.application.status));
    const of = (a: ApplicationPage) => {
      const client = h.list.find((c) => c.id === a.application.client_id);
      return { application_id: a.application.id, client_id: a.application.client_id, ...(client ? { client_name: clientName(client) } : {}) };
    };
    const expiring: WarningView[] = inProgress.flatMap((a) => {
      const planned = a.application.planned_submission_date;
      const submit = planned && planned > day ? planned : day;
      return a.items
        .filter((i) => !i.obsolete && i.status !== 'not_applicable' && i.expiry_date && i.expiry_date < submit)
        .map((i) => ({
          ...of(a),
          item_id: i.id,
          kind: 'document_expires',
          message: m.t('warn-document-expires', { document: m.t(`doc-${i.document.replace(/[._]/g, '-')}`), item: i.id, expires: i.expiry_date!, submit }),
        }));
    });
    const NAMED = 3;
    const missing: WarningView[] = inProgress
      .sort((x, y) => (x.application.planned_submission_date ?? '9999').localeCompare(y.application.planned_submission_date ?? '9999') || x.application.id - y.application.id)
      .flatMap((a) => {
        const left = a.items.filter((i) => !i.obsolete && i.need === 'required' && ['required', 'requested'].includes(i.status)).sort((x, y) => x.id - y.id);
        if (!left.length) return [];
        const planned = a.application.planned_submission_date;
        const args = {
          scheme: m.t(`scheme-${a.application.scheme.replace(/[._]/g, '-')}-short`),
          count: left.length,
          names: left.slice(0, NAMED).map((i) => `${i.name} — ${i.party_label}`).join(m.t('warn-missing-separator')),
          more: Math.max(0, left.length - NAMED),
          when: planned === null ? 'none' : planned < day ? 'past' : 'planned',
          submit: planned ?? '',
        };
        return [{ ...of(a), item_id: left[0]!.id, kind: 'missing_items', message: m.t('warn-missing-items', args) }];
      });
    const others = h.dashboard.filter((w) => !['document_expires', 'missing_items'].includes(w.kind));
    return structuredClone([...others, ...expiring, ...missing]);
  }
  async exportClient(id: number): Promise<Saved | null> {
    this.record('exportClient', id);
    return { file_name: `talentnav-client-${String(id).padStart(4, '0')}-3f2a9c1b.zip` };
  }
  /** Refuses the next import with this error, as the store refuses a bad archive (nothing imported). */
  failNextImport: UserError | null = null;
  async importArchive(): Promise<Imported | null> {
    this.record('importArchive');
    if (this.failNextImport) {
      const e = this.failNextImport;
      this.failNextImport = null;
      throw e;
    }
    return { file_name: 'talentnav-client-0001-3f2a9c1b.zip', client_id: 1 };
  }

  // Settings → Rules: the pack "installed" once installRules is called; `rulesFail` makes the next
  // network call fail with that error, `rulesFellBack` starts as after a damaged installed pack.
  rulesInstalled = false;
  rulesFellBack = false;
  rulesFail: UserError | null = null;
  private rules(): RulesPages {
    return data.rules[this.locale];
  }
  private failing(): void {
    const e = this.rulesFail;
    this.rulesFail = null;
    if (e) throw e;
  }
  async rulesStatus(): Promise<RulesStatus> {
    const r = this.rules();
    return structuredClone(this.rulesInstalled ? r.status_after : this.rulesFellBack ? r.status_fallback : r.status_before);
  }
  async checkRules(): Promise<Offer> {
    this.record('checkRules');
    this.failing();
    return structuredClone(this.rules().offer);
  }
  async installRules(): Promise<RulesChange> {
    this.record('installRules');
    this.failing();
    this.rulesInstalled = true;
    return structuredClone(this.rules().change);
  }
  async rollbackRules(): Promise<RulesChange> {
    this.record('rollbackRules');
    throw { code: 'invalid_input', message_id: 'update-error-nothing-to-roll-back', args: {} } satisfies UserError;
  }
  async rulesImpact(from: string): Promise<ImpactView> {
    this.record('rulesImpact', from);
    return structuredClone(this.rules().change.impact!);
  }
  async regenerateAffected(applications: number[]): Promise<ChangeSummary[]> {
    this.record('regenerateAffected', applications);
    return structuredClone(this.rules().regenerated.filter((r) => applications.includes(r.application_id)));
  }
}
