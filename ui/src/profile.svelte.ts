// Reading and writing a profile being filled in by path (`applicant.education[1].level`). Data access
// only: what the answers mean is decided in Rust.
import type { Profile } from './api';

type Step = string | number;

export function steps(path: string): Step[] {
  const out: Step[] = [];
  for (const part of path.split('.')) {
    const m = /^([^[]+)((?:\[\d+\])*)$/.exec(part);
    if (!m) throw new Error(`bad path ${path}`);
    out.push(m[1]!);
    for (const i of m[2]!.matchAll(/\[(\d+)\]/g)) out.push(Number(i[1]));
  }
  return out;
}

export function getPath(root: unknown, path: string): unknown {
  let v: unknown = root;
  for (const s of steps(path)) {
    if (v === null || typeof v !== 'object') return undefined;
    v = (v as Record<string | number, unknown>)[s];
  }
  return v === null ? undefined : v;
}

/** A copy of `root` with `path` set to `value`; `undefined` removes the answer (unknown again). */
export function setPath(root: Profile, path: string, value: unknown): Profile {
  const s = steps(path);
  const copy = structuredClone($state.snapshot(root)) as Profile;
  let v: Record<string | number, unknown> = copy;
  for (let i = 0; i < s.length - 1; i++) {
    const key = s[i]!;
    const next = v[key];
    if (next === null || typeof next !== 'object') v[key] = typeof s[i + 1] === 'number' ? [] : {};
    v = v[key] as Record<string | number, unknown>;
  }
  const last = s[s.length - 1]!;
  if (value === undefined) {
    if (Array.isArray(v) && typeof last === 'number') v[last] = {};
    else delete v[last];
  } else v[last] = value;
  return copy;
}

/** A list item's path: `applicant.education` + 1 -> `applicant.education[1]`. */
export function itemPath(list: string, index: number): string {
  return `${list}[${index}]`;
}

/** `applicant.education[].level` with indices [1] -> `applicant.education[1].level`. */
export function fill(generic: string, indices: number[]): string {
  let i = 0;
  return generic.replace(/\[\]/g, () => `[${indices[i++] ?? 0}]`);
}

/** An element id for a question path: `applicant.education[1].level` -> `f-applicant-education-1-level`. */
export function fieldId(path: string): string {
  return 'f-' + path.replace(/[[\].]+/g, '-').replace(/-$/, '').replace(/_/g, '-');
}

/** How many answers a profile holds (to tell an unfinished interview from an empty one). */
export function answerCount(v: unknown): number {
  if (Array.isArray(v)) return 1 + v.reduce((n: number, x) => n + answerCount(x), 0);
  if (v !== null && typeof v === 'object')
    return Object.entries(v).reduce((n, [k, x]) => (k === 'schema' ? n : n + answerCount(x)), 0);
  return v === undefined || v === null ? 0 : 1;
}
