// Where a question lives in the interview's catalogue (sent by Rust): for "to settle this" links.
import type { Catalogue, Entry } from './generated/bindings';

export interface Place {
  /** The topic's index (the interview step). */
  step: number;
  /** The field's full path with its indices (`applicant.education[0].awarded_on`) or the list's path. */
  path: string;
}

function generic(path: string): string {
  return path.replace(/\[\d+\]/g, '[]').replace(/\[\]$/, '');
}

/** The question that asks for an engine fact: that question, or the first one under it. */
export function locateFact(catalogue: Catalogue, fact: string): Place | null {
  const g = generic(fact);
  const under = (p: string) => p === g || p.startsWith(g + '.') || p.startsWith(g + '[]');
  const indices = [...fact.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
  const fill = (p: string) => {
    let i = 0;
    return p.replace(/\[\]/g, () => `[${indices[i++] ?? 0}]`);
  };
  for (const [step, t] of catalogue.topics.entries()) {
    for (const e of t.entries as Entry[]) {
      if (e.type === 'question' && under(e.path)) return { step, path: e.path };
      if (e.type === 'list') {
        if (e.path === g) return { step, path: e.path };
        for (const q of e.questions) {
          const full = `${e.path}[].${q.path}`;
          if (under(full)) return { step, path: indices.length ? fill(full) : e.path };
        }
      }
    }
  }
  return null;
}
