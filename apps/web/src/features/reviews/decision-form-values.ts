import type { ReviewDecision, ReviewDecisionCreateInput, ReviewDecisionEffect, ReviewDecisionEffectType } from '@pilotis/shared';

export const decisionEffectTypes = ['status', 'pilot', 'end_date', 'attach', 'merge', 'close'] as const satisfies readonly ReviewDecisionEffectType[];

/** The decision form: one field per possible effect, only the chosen one is sent. */
export interface DecisionFormValues {
  text: string;
  effectType: ReviewDecisionEffectType | 'none';
  statusId: string;
  pilotId: string;
  endsOn: string;
  targetActionId: string;
}

export function initialDecisionValues(decision?: ReviewDecision): DecisionFormValues {
  const effect = decision?.effect ?? null;
  return {
    text: decision?.text ?? '',
    effectType: effect?.type ?? 'none',
    statusId: effect?.type === 'status' ? effect.statusId : '',
    pilotId: effect?.type === 'pilot' ? effect.pilotId : '',
    endsOn: effect?.type === 'end_date' ? effect.endsOn : '',
    targetActionId: effect?.type === 'attach' || effect?.type === 'merge' ? effect.targetActionId : '',
  };
}

function effectOf(values: DecisionFormValues): ReviewDecisionEffect | null {
  switch (values.effectType) {
    case 'none':
      return null;
    case 'status':
      return { type: 'status', statusId: values.statusId };
    case 'pilot':
      return { type: 'pilot', pilotId: values.pilotId };
    case 'end_date':
      return { type: 'end_date', endsOn: values.endsOn };
    case 'attach':
    case 'merge':
      return { type: values.effectType, targetActionId: values.targetActionId };
    case 'close':
      return { type: 'close' };
  }
}

/** The API body (also checked in the browser with the shared schema). */
export function toDecisionInput(values: DecisionFormValues): ReviewDecisionCreateInput {
  return { text: values.text, effect: effectOf(values) };
}

/** « effect.statusId » → « statusId »; any other problem of the effect shows on the effect choice. */
export function toDecisionFormErrors(errors: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [path, message] of Object.entries(errors)) {
    const inner = /^effect\.(statusId|pilotId|endsOn|targetActionId)$/.exec(path);
    const field = inner ? inner[1]! : path.startsWith('effect') ? 'effectType' : path;
    out[field] ??= message;
  }
  return out;
}
