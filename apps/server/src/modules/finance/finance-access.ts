import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { AppError, notFound } from '../../http/errors.js';
import { authorize } from '../../policies/index.js';
import { loadPlanForActor } from '../plans/plan.access.js';

type FinanceAction = 'finance.read' | 'finance.import' | 'finance.assign';

/**
 * The portfolio if the actor may read it (else 404, as for any plan), then the finance right
 * asked (else 403). A plan of another kind is not a portfolio: 404 too.
 */
export async function loadPortfolioFor(db: DbOrTx, actor: MemberActor, portfolioId: string, action: FinanceAction) {
  const { plan, resource } = await loadPlanForActor(db, actor, portfolioId).catch((error: unknown) => {
    throw error instanceof AppError && error.status === 404 ? notFound('Portefeuille') : error;
  });
  if (plan.kind !== 'portfolio') throw notFound('Portefeuille');
  authorize(actor, action, resource);
  return { plan, resource };
}
