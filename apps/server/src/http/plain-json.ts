/**
 * Route option for large read-only answers (plan trees, action lists): serialise with plain
 * JSON.stringify instead of re-validating every item against the zod response schema, which cost
 * as much as the database query on a 600-node tree. The schema still documents the route in
 * OpenAPI, and presenters build these answers from the same shared types, checked at compile time.
 */
export const plainJsonResponse = {
  serializerCompiler: () => (data: unknown) => JSON.stringify(data),
} as const;
