// Regenerates src/page/pageScript.generated.ts, the page's script (npm run page -w @campaign-ledger/html-report).
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildPageScript, pageScriptModule } from './buildPageScript';

const path = fileURLToPath(new URL('../src/page/pageScript.generated.ts', import.meta.url));
const script = await buildPageScript();
writeFileSync(path, pageScriptModule(script));
console.log(`wrote ${path}: a script of ${Buffer.byteLength(script, 'utf8')} bytes`);
