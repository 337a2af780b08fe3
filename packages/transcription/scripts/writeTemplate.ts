// Writes templates/transcription-template.xlsx from templates/transcription-template.yaml:
// `npm run template -w @campaign-ledger/transcription`.
import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { TEMPLATE_WORKBOOK, templateWorkbook } from './templateWorkbook';

await writeFile(TEMPLATE_WORKBOOK, await templateWorkbook());
console.log(`wrote ${fileURLToPath(TEMPLATE_WORKBOOK)}`);
