import { ConfigReader } from '@backstage/config';
import { Knex } from 'knex';
import { openStores, ticketRow } from '../__testUtils__/storeTickets';
import { serviceDeskTestConfig } from '../__testUtils__/serviceDeskTestConfig';
import { createTestDatabases } from '../__testUtils__/testDatabases';
import { readServiceDeskConfig } from '../config';
import { ROLLUPS, TICKETS } from '../database/tables';
import { ScorecardService } from './ScorecardService';

jest.setTimeout(60_000);

const databases = createTestDatabases();
const config = readServiceDeskConfig(
  new ConfigReader({ serviceDesk: serviceDeskTestConfig() }),
);

describe.each(databases.eachSupportedId())('keepFigures on %p', id => {
  let db: Knex;

  beforeAll(async () => {
    db = await databases.init(id);
  });

  it("keeps this year's closed months ahead of any report, which then reads them", async () => {
    const { assessments } = await openStores(db);
    await db(TICKETS).insert([
      ticketRow('SD-K-1', Date.parse('2026-03-10T02:00:00Z')),
      ticketRow('SD-K-2', Date.parse('2026-11-10T02:00:00Z')),
    ]);
    const scorecards = new ScorecardService(
      db,
      assessments,
      config.timeZone,
      config.ruleSets,
      () => new Date('2026-12-15T02:00:00Z'),
    );
    const figures = await scorecards.series('month', 2026);
    await db(ROLLUPS).delete();

    await scorecards.keepFigures();
    const kept = await db(ROLLUPS)
      .where({ figure: 'accepted.v1' })
      .whereNotNull('value')
      .orderBy('bucket_start')
      .select('bucket_start', 'bucket_end', 'value');
    // Each month of 2026 up to November (December is still open), whole: the cycles' pieces
    // (from the 21st) and the half-year the first cycle reaches into (2025-H2) are kept too.
    const monthStarts = Array.from({ length: 12 }, (_, m) =>
      Date.parse(`2026-${String(m + 1).padStart(2, '0')}-01T00:00:00+08:00`),
    );
    const months = kept.filter(
      r =>
        monthStarts.includes(Number(r.bucket_start)) &&
        monthStarts.includes(Number(r.bucket_end)),
    );
    expect(months).toHaveLength(11);
    expect(JSON.parse(months[2].value)).toEqual({
      accepted: 1,
      closed: 0,
      calledBack: 0,
    });
    expect(await scorecards.series('month', 2026)).toEqual(figures);
  });
});
