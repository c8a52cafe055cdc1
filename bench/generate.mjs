// Generates benchmark data on its own: node bench/generate.mjs --db pg|sqlite --size 100000
// (bench/run.mjs calls the same function for each size it measures).
import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { buildBackend } from './lib/build.mjs';
import { paths } from './lib/paths.mjs';

const { values } = parseArgs({
  options: {
    db: { type: 'string', default: 'pg' },
    size: { type: 'string', default: '10000' },
  },
});
// The generator runs the product's lifecycle code from the production build.
if (!fs.existsSync(paths.backendEntry)) await buildBackend();
// Imported after the build: it runs the product's modules from it.
const { generate } = await import('./lib/generate.mjs');
const result = await generate(values.db, Number(values.size));
console.log(JSON.stringify(result));
