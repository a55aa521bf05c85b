import { describe, expect, it } from 'vitest';
import { createMember, createOrganizationWithAdmin } from '../../../test/factories.js';
import { multipartBody, tinyPdf, tinyPng } from '../../../test/multipart.js';
import { createTestApp, type Session } from '../../../test/test-app.js';
import { createPlanRow } from '../../../test/action-factories.js';
import { createJobRunner } from '../jobs/job.runner.js';
import { jobHandlers } from '../jobs/job-handlers.js';

const testApp = await createTestApp();
const { admin, organization } = await createOrganizationWithAdmin(testApp, 'Ville de Saint-Étienne-du-Rouvray');
const member = await createMember(testApp, admin);

const put = (session: Session, file: { name: string; type?: string; content: Buffer }) => {
  const { payload, headers } = multipartBody(file);
  return session.request('PUT', '/api/organization/logo', payload, headers);
};

describe('organisation logo', () => {
  it('takes a PNG from an admin, serves it to members, and puts it on report covers', async () => {
    const png = tinyPng();
    const answer = await put(admin, { name: 'logo.png', type: 'image/png', content: png });
    expect(answer.statusCode, answer.body).toBe(200);
    expect(answer.json().data).toEqual({ contentType: 'image/png', byteSize: png.length });
    const served = await member.session.request('GET', '/api/organization/logo');
    expect(served.statusCode).toBe(200);
    expect(served.headers['content-type']).toBe('image/png');
    expect(served.rawPayload.equals(png)).toBe(true);

    const plan = await createPlanRow(testApp.ctx, { organizationId: organization.id, name: 'Plan climat' });
    const queued = await admin.request('POST', '/api/reports', { kind: 'plan-progress', format: 'pdf', filter: { planId: plan.planId } });
    await createJobRunner({ db: testApp.ctx.db, clock: testApp.clock, handlers: jobHandlers(testApp.ctx) }).runDue();
    const job = (await admin.request('GET', `/api/jobs/${queued.json().data.jobId}`)).json().data;
    const pdf = (await admin.request('GET', `/api/reports/${job.result.reportId}/file`)).rawPayload.toString('latin1');
    expect(pdf).toMatch(/\/Subtype \/Image/);
  });

  it('refuses members (403), a file that only claims to be an image or is an SVG (415), one over 2 MB (413)', async () => {
    expect((await put(member.session, { name: 'logo.png', type: 'image/png', content: tinyPng() })).statusCode).toBe(403);
    expect((await put(admin, { name: 'logo.png', type: 'image/png', content: tinyPdf() })).statusCode).toBe(415);
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect((await put(admin, { name: 'logo.svg', type: 'image/svg+xml', content: svg })).statusCode).toBe(415);
    const big = Buffer.concat([tinyPng(), Buffer.alloc(2 * 1024 * 1024)]);
    const tooBig = await put(admin, { name: 'logo.png', type: 'image/png', content: big });
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error.message).toContain('2 Mo');
    // The logo in place is untouched by refused uploads.
    expect((await admin.request('GET', '/api/organization/logo')).rawPayload.equals(tinyPng())).toBe(true);
  });

  it('is removed by an admin only', async () => {
    expect((await member.session.request('DELETE', '/api/organization/logo')).statusCode).toBe(403);
    expect((await admin.request('DELETE', '/api/organization/logo')).statusCode).toBe(204);
    expect((await admin.request('GET', '/api/organization/logo')).statusCode).toBe(404);
  });
});
