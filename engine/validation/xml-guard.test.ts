import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BPMN_MAX_BYTES } from '../model/xml-guard';
import { validateBpmn } from './validate';

/** Hostile input: entity-expansion bombs and oversized documents never reach the XML parser. */
describe('XML guard', () => {
  it('refuses a "billion laughs" document at once, without expanding anything', async () => {
    const bomb = readFileSync(join(__dirname, '..', 'fixtures', 'broken', 'xml-bomb.bpmn'), 'utf8');
    const startedAt = performance.now();
    const result = await validateBpmn(bomb);
    // A generous bound: expanding the entities would take seconds and gigabytes; refusing takes microseconds.
    expect(performance.now() - startedAt).toBeLessThan(1000);
    expect(result).toEqual({ ok: false, findings: [expect.objectContaining({ code: 'BPMN_DOCTYPE_FORBIDDEN' })] });
  });

  it('refuses an ENTITY declaration even without a DOCTYPE keyword in the usual place', async () => {
    const result = await validateBpmn('<?xml version="1.0"?><!ENTITY x "y"><bpmn:definitions />');
    expect(result.ok).toBe(false);
  });

  it('refuses a document over the size limit before parsing it (413)', async () => {
    const padding = `<!-- ${'x'.repeat(BPMN_MAX_BYTES)} -->`;
    const result = await validateBpmn(`<?xml version="1.0"?>${padding}<bpmn:definitions/>`);
    expect(result).toEqual({ ok: false, findings: [expect.objectContaining({ code: 'BPMN_TOO_LARGE' })] });
    expect(BPMN_MAX_BYTES).toBe(2 * 1024 * 1024);
  });

  it('counts bytes, not characters: Vietnamese text takes more than one byte per letter', async () => {
    const limit = 1000;
    const text = 'ữ'.repeat(400); // 400 characters, 1200 bytes of UTF-8
    const result = await validateBpmn(`<x>${text}</x>`, { maxBytes: limit });
    expect(result).toEqual({ ok: false, findings: [expect.objectContaining({ code: 'BPMN_TOO_LARGE' })] });
  });

  it('refuses empty and non-string input as malformed', async () => {
    expect(await validateBpmn('')).toMatchObject({ ok: false, findings: [{ code: 'BPMN_MALFORMED' }] });
    expect(await validateBpmn(42 as unknown as string)).toMatchObject({ ok: false, findings: [{ code: 'BPMN_MALFORMED' }] });
  });
});
