// The fake's client files work some answers out from their own state (the dashboard's expiring
// documents, the list's expiry filter); on the fixtures' own day they must give what the real core gave.
import { describe, expect, it } from 'vitest';
import type { Locale } from '../api';
import { FakeBackend } from './fake-backend';
import fixtures from './fixtures.json';

const LOCALES: Locale[] = ['en', 'zh-Hant', 'zh-Hans'];
const clients = (fixtures as unknown as { clients: Record<Locale, { dashboard: unknown[] }> }).clients;

describe('the fixture backend', () => {
  it.each(LOCALES)('gives the real dashboard for today in %s', async (locale) => {
    expect(await new FakeBackend(locale).dashboard(null)).toEqual(clients[locale].dashboard);
  });

  it('lists a document expiring on the last day of the window, not the day after', async () => {
    const fake = new FakeBackend('en');
    // The passport (item 2) expires on 2027-06-29, 471 days after the fixtures' day 2026-03-15.
    const ids = async (days: number) => (await fake.listClients({ sort: 'name', expiring_within_days: days })).map((c) => c.id);
    expect(await ids(471)).toEqual([1]);
    expect(await ids(470)).toEqual([]);
  });
});
