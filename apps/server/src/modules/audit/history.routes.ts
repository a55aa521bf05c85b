import { auditEventSchema, listSchema } from '@pilotis/shared';
import { z } from 'zod';
import type { AppContext } from '../../context.js';
import { requireMember } from '../../http/actor.js';
import { notFound } from '../../http/errors.js';
import type { ZodApp } from '../../http/zod-app.js';
import { readHistory } from './audit.service.js';
import { historyAccess } from './history.access.js';

const params = z.object({ entityType: z.string().max(50), id: z.string().max(100) });

export function historyRoutes(app: ZodApp, ctx: AppContext) {
  app.get(
    '/api/history/:entityType/:id',
    { schema: { tags: ['Historique'], params, response: { 200: listSchema(auditEventSchema) } } },
    async (request) => {
      const actor = requireMember(request);
      const { entityType, id } = request.params;
      // Own keys only: '__proto__' or 'constructor' must not reach Object.prototype.
      const check = Object.hasOwn(historyAccess, entityType) ? historyAccess[entityType] : undefined;
      if (!check || !z.uuid().safeParse(id).success) throw notFound();
      await check(ctx, actor, id);
      return { data: await readHistory(ctx.db, { organizationId: actor.organizationId, entityType, entityId: id }) };
    },
  );
}
