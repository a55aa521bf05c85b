import type { QualityReport } from '@pilotis/shared';

export type QualityCheck = QualityReport['checks'][number];

/** Share of the checked items that pass, 0–100; null when there was nothing to check. */
export function passingPercent(check: Pick<QualityCheck, 'failing' | 'checked'>): number | null {
  if (check.checked === 0) return null;
  return Math.round(((check.checked - check.failing) / check.checked) * 1000) / 10;
}

/** The anchor of a check's list of items on the page (French, as every URL of the app). */
export const checkAnchor = (key: QualityCheck['key']) => `controle-${key}`;

/** Failing checks first, by how many items fail; the others keep the server's order. */
export function checksToChase(checks: QualityCheck[]): QualityCheck[] {
  return checks.filter((check) => check.failing > 0).sort((a, b) => b.failing - a.failing);
}
