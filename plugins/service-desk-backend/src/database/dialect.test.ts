import { Knex } from 'knex';
import { openStores } from '../__testUtils__/storeTickets';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { whereOneOf } from './dialect';
import { APPEALS } from './tables';

jest.setTimeout(60_000);

const databases = createTestDatabases();

describe.each(databases.eachSupportedId())('whereOneOf on %p', id => {
  let db: Knex;

  beforeAll(async () => {
    db = await databases.init(id);
    await openStores(db);
  });

  it('matches against 40 000 values bound as one, quotes and all', async () => {
    const keys = ['a"b', "c'd", '遥测:1', 'plain'];
    const rows = keys.map((deduction_key, i) => ({
      period_kind: 'month',
      period_label: '2026-11',
      year: 2026,
      deduction_key,
      seq: 1,
      item_id: 'satisfaction',
      points: 1,
      deduction: 'd',
      evidence: 'e',
      reason: 'r',
      filed_by: 'user:default/lead',
      filed_at: i,
    }));
    await db(APPEALS).insert(rows);
    const wanted = [
      ...Array.from({ length: 40_000 }, (_, i) => `other-${i}`),
      'a"b',
      '遥测:1',
    ];
    const found = await whereOneOf(db(APPEALS), 'deduction_key', wanted)
      .orderBy('deduction_key')
      .pluck('deduction_key');
    expect(found.sort()).toEqual(['a"b', '遥测:1'].sort());
    expect(
      await whereOneOf(db(APPEALS), 'deduction_key', []).pluck('id'),
    ).toEqual([]);
  });
});
