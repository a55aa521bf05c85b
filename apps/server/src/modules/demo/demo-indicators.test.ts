import { describe, expect, it } from 'vitest';
import { createTestApp, signIn } from '../../../test/test-app.js';
import { DEMO_PASSWORD, seedDemo } from './demo.seed.js';

// The clock says 2 March 2026: figures run to 2026-02, 2025-Q4, 2025-H2 and 2025.
const testApp = await createTestApp();

interface Summary {
  id: string;
  code: string;
  calculated: boolean;
  due: boolean;
  latest: { period: string; value: number; state: string; status: string; trend: string | null } | null;
}

describe('demo indicators', () => {
  it('gives Ville de Démo a dozen indicators with figures, targets, links, a calculated one and some off track', async () => {
    expect(await seedDemo(testApp.ctx.db, testApp.clock)).toBe(true);
    const admin = await signIn(testApp, 'admin@demo.pilotis.fr', DEMO_PASSWORD);
    const list: Summary[] = (await admin.request('GET', '/api/indicators')).json().data;
    expect(list.length).toBeGreaterThanOrEqual(12);
    const byCode = new Map(list.map((i) => [i.code, i]));
    expect(new Set(list.map((i) => i.latest?.status)).size).toBeGreaterThanOrEqual(3);
    expect(list.filter((i) => i.latest?.status === 'off_track').length).toBeGreaterThanOrEqual(2);
    expect(list.filter((i) => i.due).map((i) => i.code).sort()).toEqual(['DEMAT-PART', 'GES-PATRIMOINE']);

    const perHead = byCode.get('DECH-HAB')!;
    expect(perHead.calculated).toBe(true);
    expect(perHead.latest).toMatchObject({ period: '2026-02' });
    expect(perHead.latest!.value).toBeGreaterThan(15);
    expect(perHead.latest!.value).toBeLessThan(25);
    const measures = (await admin.request('GET', `/api/indicators/${perHead.id}/measures`)).json().data.measures;
    expect(measures.filter((m: { source: string }) => m.source === 'formula')).toHaveLength(30);

    const detail = (await admin.request('GET', `/api/indicators/${byCode.get('FIBRE-COUV')!.id}`)).json().data;
    expect(detail.nodeIds).toHaveLength(1);
    expect(detail.actionIds).toHaveLength(2);

    // The energy figures of the last quarter wait for the service: the reader sees the quarter before.
    const reader = await signIn(testApp, 'lecteur@demo.pilotis.fr', DEMO_PASSWORD);
    const seenByReader: Summary[] = (await reader.request('GET', '/api/indicators')).json().data;
    expect(byCode.get('ENERGIE-BAT')!.latest).toMatchObject({ period: '2025-Q4', state: 'draft' });
    expect(seenByReader.find((i) => i.code === 'ENERGIE-BAT')!.latest).toMatchObject({ period: '2025-Q3', state: 'validated' });
    expect(seenByReader.map((i) => i.code)).not.toContain('ABSENTEISME');

    const pilot = await signIn(testApp, 'pilote@demo.pilotis.fr', DEMO_PASSWORD);
    const grid = (await pilot.request('GET', '/api/indicators/entry-grid')).json().data;
    expect(grid.rows.map((r: { indicator: { code: string } }) => r.indicator.code)).toEqual(expect.arrayContaining(['ENERGIE-BAT', 'VELO-KM', 'DECH-HAB']));
  });
});
