import { describe, expect, it } from 'vitest';
import { splitCodes } from './split-codes';

describe('project edit form', () => {
  it('reads budget line codes separated by commas, semicolons or lines, without blanks', () => {
    expect(splitCodes(' 2051-020-DSI, 2183-020-DSI;\n6156-020-DSI ,, ')).toEqual(['2051-020-DSI', '2183-020-DSI', '6156-020-DSI']);
    expect(splitCodes('')).toEqual([]);
  });
});
