/**
 * The background indexer's step size: a step over its budget scales the next one down in
 * proportion, a cheap one lets it grow by a quarter only (doubling after a cheap step made the
 * next step of new rows the longest pause), never past the cap nor under the minimum.
 */
import { describe, expect, it } from 'vitest';
import { BACKGROUND_CHUNK, nextChunk } from '../../../src-main/core/search/background-index';

describe('the background indexer step size', () => {
  it('scales down in proportion to a step over its 15 ms budget', () => {
    expect(nextChunk(100, 30, BACKGROUND_CHUNK)).toBe(50);
    expect(nextChunk(100, 60, BACKGROUND_CHUNK)).toBe(25);
    expect(nextChunk(40, 600, BACKGROUND_CHUNK)).toBe(16); // the minimum
  });

  it('grows by a quarter after a cheap step, up to the cap, and keeps a step near its budget', () => {
    expect(nextChunk(32, 2, BACKGROUND_CHUNK)).toBe(40);
    expect(nextChunk(90, 1, BACKGROUND_CHUNK)).toBe(BACKGROUND_CHUNK);
    expect(nextChunk(60, 10, BACKGROUND_CHUNK)).toBe(60);
    expect(BACKGROUND_CHUNK).toBeLessThanOrEqual(100); // 250 new rows were a 45–66 ms step
  });
});
