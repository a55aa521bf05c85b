import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { newSortableId } from './tokens.js';

describe('newSortableId', () => {
  it('is a valid UUID that sorts in creation order, even many within one millisecond', () => {
    const ids = Array.from({ length: 5000 }, () => newSortableId());
    for (const id of ids.slice(0, 10)) expect(z.uuid().safeParse(id).success).toBe(true);
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
