import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { zodFormValidator, zodIssuesToErrors } from './zod-form';

describe('zodIssuesToErrors', () => {
  it('names each field by its dotted path and keeps its first message', () => {
    const schema = z.object({ criteria: z.array(z.object({ name: z.string().min(1, 'Nom requis').max(3, 'Trop long') })), year: z.number().min(2000, 'Année trop ancienne') });
    const result = schema.safeParse({ criteria: [{ name: 'ok' }, { name: '' }], year: 1990 });
    expect(result.success).toBe(false);
    expect(zodIssuesToErrors(result.error!.issues)).toEqual({ 'criteria.1.name': 'Nom requis', year: 'Année trop ancienne' });
    expect(zodIssuesToErrors([{ path: ['a'], message: 'premier' }, { path: ['a'], message: 'second' }])).toEqual({ a: 'premier' });
  });

  it('is what zodFormValidator answers', () => {
    const validate = zodFormValidator<{ name: string }>(z.object({ name: z.string().min(1, 'Nom requis') }));
    expect(validate({ name: '' })).toEqual({ name: 'Nom requis' });
    expect(validate({ name: 'x' })).toEqual({});
  });
});
