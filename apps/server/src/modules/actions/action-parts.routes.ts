import type { AppContext } from '../../context.js';
import type { ZodApp } from '../../http/zod-app.js';
import { attachmentRoutes } from './parts/attachment.routes.js';
import { budgetLineRoutes } from './parts/budget-line.routes.js';
import { logEntryRoutes } from './parts/log-entry.routes.js';
import { milestoneRoutes } from './parts/milestone.routes.js';
import { taskRoutes } from './parts/task.routes.js';

/**
 * The parts of a fiche action (milestones, tasks, journal, budget, annexes), under
 * /api/actions/:id/… and /api/<part>/:id. Registered in their own plugin scope so the multipart
 * parser for uploads exists only here; the global session/CSRF hook still runs on every route.
 */
export function actionPartsRoutes(app: ZodApp, ctx: AppContext) {
  app.register(async (scope) => {
    milestoneRoutes(scope, ctx);
    logEntryRoutes(scope, ctx);
    taskRoutes(scope, ctx);
    budgetLineRoutes(scope, ctx);
    await attachmentRoutes(scope, ctx);
  });
}
