// Fails when the drizzle schema has changed without a generated migration: drizzle-kit generate
// writes nothing on an unchanged schema, so any new or changed file under migrations/ is drift.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function snapshot(dir) {
  const files = new Map();
  const walk = (d) => {
    for (const entry of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else files.set(full, createHash('sha256').update(fs.readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return files;
}

const before = snapshot('migrations');
execFileSync('npx', ['drizzle-kit', 'generate'], { stdio: ['ignore', 'ignore', 'inherit'] });
const after = snapshot('migrations');
const drift = [...after].filter(([file, hash]) => before.get(file) !== hash).map(([file]) => file);
if (drift.length) {
  console.error(
    `The schema and the committed migrations differ; run "npm run db:generate" and commit:\n  ${drift.join('\n  ')}`,
  );
  process.exit(1);
}
console.log('Migrations match the schema.');
