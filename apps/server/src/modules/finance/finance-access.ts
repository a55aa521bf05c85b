import type { DbOrTx } from '../../db/client.js';
import type { MemberActor } from '../../http/actor.js';
import { authorize } from '../../policies/index.js';
import { loadPortfolioForActor } from '../portfolios/portfolio.access.js';

type FinanceAction = 'finance.read' | 'finance.import' | 'finance.assign';

/** The portfolio if the actor may read it (else 404, as for any plan), then the finance right asked (else 403). */
export async function loadPortfolioFor(db: DbOrTx, actor: MemberActor, portfolioId: string, action: FinanceAction) {
  const loaded = await loadPortfolioForActor(db, actor, portfolioId);
  authorize(actor, action, loaded.resource);
  return loaded;
}
