import { describe, expect, it } from 'vitest';
import { answerCount, fieldId, fill, getPath, setPath } from './profile.svelte';
import { locateFact } from './interview';
import { FakeBackend } from './testing/fake-backend';

describe('answers by path', () => {
  it('sets, reads and removes answers without touching the original', () => {
    const empty = {};
    const p = setPath(empty, 'applicant.education[1].level', 'master');
    expect(empty).toEqual({});
    expect(p).toEqual({ applicant: { education: [undefined, { level: 'master' }] } });
    expect(getPath(p, 'applicant.education[1].level')).toBe('master');
    const q = setPath(p, 'applicant.education[1].level', undefined);
    expect(getPath(q, 'applicant.education[1].level')).toBeUndefined();
    // "I don't know" for a whole list removes it: unknown, not empty.
    expect(getPath(setPath(p, 'applicant.education', undefined), 'applicant.education')).toBeUndefined();
    expect(answerCount({ schema: 'x', applicant: { income: [], name: { family: 'Chan' } } })).toBe(2);
    expect(fill('a[].b[].c', [1, 3])).toBe('a[1].b[3].c');
    expect(fieldId('applicant.education[1].awarded_on')).toBe('f-applicant-education-1-awarded-on');
  });
});

describe('"to settle this" links', () => {
  it('lead to the step and question that ask for an engine fact', async () => {
    const c = await new FakeBackend().interviewCatalogue();
    const ids = c.topics.map((t) => t.id);
    expect(locateFact(c, 'applicant.income')).toEqual({ step: ids.indexOf('income'), path: 'applicant.income' });
    expect(locateFact(c, 'applicant.education[0].awarded_on')).toEqual({
      step: ids.indexOf('education'),
      path: 'applicant.education[0].awarded_on',
    });
    expect(locateFact(c, 'applicant.overseas')?.path).toBe('applicant.overseas.permanent_resident');
    expect(locateFact(c, 'job_offer.annual_package_hkd')?.step).toBe(ids.indexOf('offer'));
    expect(locateFact(c, 'nothing.like.this')).toBeNull();
  });
});
