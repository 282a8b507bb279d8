#!/usr/bin/env node
// SPDX-License-Identifier: GPL-3.0-or-later
// Validates Diagnose JSON reports against docs/diagnose-report.schema.json (JSON Schema 2020-12) with ajv.
//
//   node tests/schema/validate-diagnose-report.mjs SCHEMA REPORT...
//
// Exits 1 when a report does not match (or the schema does not compile).
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const [schemaPath, ...reports] = process.argv.slice(2);
if (!schemaPath || reports.length === 0) {
    console.error('usage: validate-diagnose-report.mjs SCHEMA REPORT...');
    process.exit(2);
}
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')));
let failed = 0;
for (const report of reports) {
    if (validate(JSON.parse(readFileSync(report, 'utf8')))) {
        console.log(`ok ${report}`);
    } else {
        failed += 1;
        console.log(`FAIL ${report}: ${ajv.errorsText(validate.errors)}`);
    }
}
process.exit(failed ? 1 : 0);
