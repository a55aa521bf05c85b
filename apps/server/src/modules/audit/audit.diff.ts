import type { AuditChanges } from '@pilotis/shared';

type Plain = Record<string, unknown>;

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

/** Field-level before/after of the fields that changed; creation is a diff from nothing. */
export function diffFields(before: Plain | null, after: Plain | null): AuditChanges {
  const keys = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: AuditChanges = {};
  for (const key of keys) {
    const b = before?.[key] ?? null;
    const a = after?.[key] ?? null;
    if (!same(b, a)) changes[key] = { before: toJson(b), after: toJson(a) };
  }
  return changes;
}

function toJson(value: unknown): unknown {
  return value instanceof Date ? value.toISOString() : value;
}
