import type { MeasurePushResult, measurePushInputSchema } from '@pilotis/shared';
import type { z } from 'zod';
import type { AppContext } from '../../context.js';
import type { TokenActor } from '../api-tokens/api-token.auth.js';
import { resolveMeasureItems, writeMeasures, type MeasureProblem } from './measure-write.service.js';

type PushItems = z.output<typeof measurePushInputSchema>;
type ItemResult = MeasurePushResult['items'][number];
export interface PushOutcome {
  /** Set when the batch was refused as a whole: nothing was written. */
  rejected: { message: string; issues: { path: string; message: string }[] } | null;
  result: MeasurePushResult;
}

/**
 * POST /api/v1/measures: a business application's batch, checked as a whole. One bad item
 * rejects the batch (422, with every item's result) unless `partial`, which writes the good ones.
 * Writing the same batch again changes nothing: every item answers `unchanged`.
 */
export async function pushMeasures(ctx: AppContext, token: TokenActor, items: PushItems, { partial }: { partial: boolean }): Promise<PushOutcome> {
  const raw = items.map((item, index) => ({ index, code: item.indicator, period: item.period, value: item.value, comment: item.comment }));
  const { resolved, problems } = await resolveMeasureItems(ctx.db, {
    organizationId: token.organizationId,
    items: raw,
    scope: { orgUnitIds: token.orgUnitIds },
  });
  const results: ItemResult[] = items.map((item, index) => ({ index, indicator: item.indicator, period: item.period, result: 'unchanged' }));
  markProblems(results, problems);
  if (problems.length > 0 && !partial) {
    const message = `${problems.length} élément(s) invalide(s) : rien n’a été enregistré (?partial=true enregistre les autres)`;
    return { rejected: { message, issues: issuesOf(problems) }, result: summarize(results) };
  }
  if (resolved.length > 0) {
    const written = await ctx.db.transaction((tx) =>
      writeMeasures(tx, ctx, { organizationId: token.organizationId, measures: resolved, source: 'api', writer: { userId: null, tokenId: token.tokenId } }),
    );
    resolved.forEach((measure, i) => {
      const outcome = written.results[i];
      results[measure.index]!.period = measure.period;
      results[measure.index]!.result = outcome === 'created' || outcome === 'updated' ? outcome : 'unchanged';
    });
  }
  return { rejected: null, result: summarize(results) };
}

function markProblems(results: ItemResult[], problems: MeasureProblem[]) {
  for (const problem of problems) {
    const result = results[problem.index]!;
    result.result = 'error';
    result.error = problem.message;
  }
}

/** Each bad item as an issue of the error body, under its position in the batch. */
const issuesOf = (problems: MeasureProblem[]) => problems.map((p) => ({ path: String(p.index), message: p.message }));

function summarize(items: ItemResult[]): MeasurePushResult {
  const count = (result: ItemResult['result']) => items.filter((item) => item.result === result).length;
  return { created: count('created'), updated: count('updated'), unchanged: count('unchanged'), errors: count('error'), items };
}
