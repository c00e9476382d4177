/** `npm run validation`: writes docs/validation.md from the validation checks. */
import { writeFileSync } from 'node:fs';
import { allChecks, renderValidation } from './render.ts';

const rows = allChecks();
writeFileSync(new URL('../../docs/validation.md', import.meta.url), renderValidation(rows));
const failed = rows.filter((r) => !r.pass);
console.log(`docs/validation.md: ${rows.length - failed.length} of ${rows.length} checks pass`);
for (const r of failed) console.log(`FAILED: ${r.method}: ${r.result} (tolerance ${r.tolerance})`);
if (failed.length) process.exitCode = 1;
