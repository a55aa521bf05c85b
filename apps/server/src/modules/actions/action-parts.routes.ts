import type { AppContext } from '../../context.js';
import type { ZodApp } from '../../http/zod-app.js';

export function actionPartsRoutes(_app: ZodApp, _ctx: AppContext) {
  // Routes to come (issue 3).
}
