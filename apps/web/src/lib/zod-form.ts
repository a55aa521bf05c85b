import type { z } from 'zod';

/**
 * Validates form values with a shared zod schema and returns Mantine form errors. `toInput` maps
 * the form's values onto the schema's input (forms hold '' where the API expects no key, etc.).
 */
export function zodFormValidator<V>(schema: z.ZodType, toInput: (values: V) => unknown = (values) => values) {
  return (values: V): Record<string, string> => {
    const result = schema.safeParse(toInput(values));
    return result.success ? {} : zodIssuesToErrors(result.error.issues);
  };
}

/** zod issues as form errors by dotted path (`criteria.0.name`); the first message of a field is the one shown. */
export function zodIssuesToErrors(issues: readonly { path: readonly PropertyKey[]; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    errors[path] ??= issue.message;
  }
  return errors;
}
