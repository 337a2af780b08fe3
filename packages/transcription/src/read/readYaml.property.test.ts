import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readTranscriptionYaml } from './readYaml';

// Any text, and any JSON (which is YAML) including objects shaped like a transcription, drawn by
// fast-check from a fixed seed: the reader answers each with an Either, never a throw.
const shaped = fc.record({
  report: fc.record({ title: fc.string(), organisation: fc.jsonValue() }, { requiredKeys: [] }),
  sentences: fc.array(fc.record({ id: fc.string(), text: fc.string(), entries: fc.array(fc.jsonValue(), { maxLength: 3 }) }, { requiredKeys: [] }), { maxLength: 3 }),
});
const text = fc.oneof(fc.string({ unit: 'grapheme' }), fc.oneof(fc.jsonValue(), shaped).map((v) => JSON.stringify(v) ?? 'null'));

describe('readTranscriptionYaml, on drawn input', () => {
  it('answers any text with an Either and never throws', () => {
    fc.assert(
      fc.property(text, (yaml) => {
        expect(['Left', 'Right']).toContain(readTranscriptionYaml('drawn.yaml', yaml)._tag);
      }),
      { numRuns: 300, seed: 20_070_101 },
    );
  });
});
