// A Backend that answers from fixtures the real Rust core produced (src-tauri/crates/app/tests/
// ui_fixtures.rs writes fixtures.json from ui/tests/scenarios.json), so the UI tests cannot drift from
// the engine. A profile with no fixture is recorded in `misses` and answered with the empty profile's.
import type { Backend, Profile } from '../api';
import type {
  AppInfo,
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
import fixtures from './fixtures.json';

interface Fixtures {
  today: string;
  catalogue: Catalogue;
  suggestions: Record<string, Suggestion[]>;
  assessments: { profile: Profile; locale: Locale; assessment: Assessment }[];
  next: { profile: Profile; skipped: string[]; locale: Locale; next: NextQuestion | null }[];
}
const data = fixtures as unknown as Fixtures;

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
}
