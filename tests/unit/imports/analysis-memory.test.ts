/**
 * What the analysis lets go of or keeps once (docs/BENCHMARKS.md, "Peak memory"): the
 * worker takes the upload out of its request as it decodes it, and rows with the same body
 * cell share one frozen resolution instead of a copy each.
 */
import { describe, expect, it } from 'vitest';
import { parseContext, parseRecords } from '../../../src-main/core/imports/parse-rows';
import type { ImportRecord } from '../../../src-main/core/imports/types';
import { takeUpload } from '../../../src-main/core/imports/upload';

describe('takeUpload', () => {
  it('decodes the base64 text and leaves the request without it', () => {
    const bytes = Buffer.from('PK\u0003\u0004 tệp nhập', 'utf8');
    const req = { id: 7, bytes: { base64: bytes.toString('base64') } as { base64: string } | Uint8Array | null };
    const taken = takeUpload(req);
    expect(Buffer.from(taken).equals(bytes)).toBe(true);
    expect(req.bytes).toBeNull();
    expect(() => takeUpload(req)).toThrow();
  });

  it('hands bytes already decoded over as they are', () => {
    const data = new Uint8Array([80, 75, 3, 4]);
    const req = { bytes: data as Uint8Array | null };
    expect(takeUpload(req)).toBe(data);
    expect(req.bytes).toBeNull();
  });
});

describe('body resolution shared between rows', () => {
  const record = (n: number, lead: string): ImportRecord => ({
    sourceRow: n,
    tt: String(n),
    code: String(n),
    groups: [],
    fields: { code: String(n), title: `Nhiệm vụ ${n}`, lead },
    merged: [],
    continuedRows: [],
  });
  const orgs = [{ id: 1, key: null, name: 'Phòng Giáo dục Trung học', shortName: null, kind: 'other', aliases: ['Giáo dục Trung học'] }];

  it('rows with the same lead text share one frozen list, so no row can change another', () => {
    const { rows } = parseRecords('tasks', [record(1, 'Giáo dục Trung học'), record(2, 'Giáo dục Trung học'), record(3, 'Văn phòng')], parseContext(orgs));
    const [a, b, c] = rows.map((r) => r.orgs.lead!);
    expect(a).toBe(b);
    expect(c).not.toBe(a);
    expect(a![0]).toMatchObject({ orgId: 1, match: 'exact' });
    expect(Object.isFrozen(a) && Object.isFrozen(a![0])).toBe(true);
    expect(() => {
      (a![0] as { orgId: number | null }).orgId = 2;
    }).toThrow(TypeError);
    expect(b![0]!.orgId).toBe(1);
  });
});
