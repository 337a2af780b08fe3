import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readEventsFile } from './readEventsFile';

// Any text, and files of lines of any JSON (objects shaped like a header or an event line among
// them), drawn by fast-check from a fixed seed: the reader answers each with an Either, never a throw.
const jsonLine = fc.oneof(
  fc.jsonValue(),
  fc.record({ format: fc.constantFrom('campaign-ledger/events@1', 'other'), events: fc.integer(), campaign: fc.option(fc.string()) }),
  fc.record({ id: fc.uuid(), stream: fc.string(), type: fc.constantFrom('ClassHeld', 'Unknown'), data: fc.jsonValue(), hash: fc.string() }),
);
const file = fc.oneof(fc.string({ unit: 'grapheme' }), fc.array(jsonLine.map((v) => JSON.stringify(v) ?? 'null'), { maxLength: 6 }).map((lines) => lines.join('\n')));

describe('readEventsFile, on drawn input', () => {
  it('answers any text with an Either and never throws', () => {
    fc.assert(
      fc.property(file, (text) => {
        expect(['Left', 'Right']).toContain(readEventsFile(text)._tag);
      }),
      { numRuns: 300, seed: 20_070_101 },
    );
  });
});
