// What the client-file screens share: the schemes and statuses the store knows, and the page size.
import type { Args } from '../../i18n';

export type T = (id: string, args?: Args) => string;

export const SCHEMES = ['ttps', 'qmas', 'gep', 'asmtp', 'techtas', 'iang', 'assg', 'new_cies'];
export const APPLICATION_STATUSES = ['draft', 'preparing', 'submitted', 'approved', 'refused', 'withdrawn'];
export const ITEM_STATUSES = ['required', 'requested', 'received', 'verified', 'submitted', 'not_applicable'];
export const PAGE = 200;

export const schemeName = (t: T, scheme: string): string => t(`scheme-${scheme.replace(/_/g, '-')}-short`);
export const itemStatus = (t: T, status: string): string => t(`doc-status-${status.replace(/_/g, '-')}`);
export const appStatus = (t: T, status: string): string => t(`app-status-${status}`);

/** "CHAN Tai Man 陳大文", as the Rust side writes a client's name. */
export function clientName(c: { id: number; family_name: string | null; given_name: string | null; chinese_name: string | null }): string {
  const parts = [c.family_name?.toUpperCase(), c.given_name, c.chinese_name].filter((p): p is string => !!p);
  return parts.length ? parts.join(' ') : `#${c.id}`;
}

/** A file size in the reader's words: "12 KB". */
export function size(t: T, bytes: number): string {
  if (bytes < 1024) return t('cf-size-bytes', { n: bytes });
  if (bytes < 1024 * 1024) return t('cf-size-kb', { n: Math.round(bytes / 1024) });
  return t('cf-size-mb', { n: Math.round((bytes / 1024 / 1024) * 10) / 10 });
}

/** On each button of a list: arrow keys (and Home, End) move the focus among the `selector` elements
 *  inside the nearest `container`, in page order (the dashboard's rows, a client's applications). */
export function arrowsMoveAmong(container: string, selector: string): (e: KeyboardEvent) => void {
  return (e) => {
    const all = [...((e.currentTarget as HTMLElement).closest(container)?.querySelectorAll<HTMLElement>(selector) ?? [])];
    const at = all.indexOf(document.activeElement as HTMLElement);
    if (at < 0) return;
    const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 }[e.key];
    if (to === undefined) return;
    e.preventDefault();
    all[Math.max(0, Math.min(all.length - 1, to))]?.focus();
  };
}
