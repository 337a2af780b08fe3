// Writes the JSON Schema of the transcription format for editors: npm run schema -w @campaign-ledger/transcription.
import { writeFileSync } from 'node:fs';
import { transcriptionJsonSchema } from '../src/schema/transcriptionJsonSchema';
import { FORMAT_VERSION } from '../src/format/scalars';

const path = new URL(`../schema/transcription-v${FORMAT_VERSION}.schema.json`, import.meta.url);
writeFileSync(path, `${JSON.stringify(transcriptionJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path.pathname}`);
