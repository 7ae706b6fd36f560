// Electronegativity, offline, over what ships in the window: the main process, the preload and the
// page with its Content-Security-Policy. Fails on any HIGH or MEDIUM finding.
// PreloadJSCheck is left out: it flags every preload for manual review. Ours was reviewed: it
// exposes only invoke and onEvent (tests/core/electron-shell.test.ts holds it to that).
// Its release check needs the internet and only prints a warning here.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const stage = fs.mkdtempSync(path.join(os.tmpdir(), 'amends-electronegativity-'));
try {
  fs.cpSync('electron/main', path.join(stage, 'main'), { recursive: true });
  fs.cpSync('electron/preload', path.join(stage, 'preload'), { recursive: true });
  fs.copyFileSync('renderer/index.html', path.join(stage, 'index.html'));
  const report = path.join(stage, 'report.csv');
  const electron = JSON.parse(
    fs.readFileSync('node_modules/electron/package.json', 'utf8'),
  ).version;
  execFileSync(
    'npx',
    ['electronegativity', '-i', stage, '-e', electron, '-r', '-x', 'PreloadJSCheck', '-o', report],
    {
      stdio: 'ignore',
    },
  );
  const findings = fs.readFileSync(report, 'utf8').trim().split('\n').slice(1);
  const serious = findings.filter((line) => /^[A-Z_]+,"(HIGH|MEDIUM)"/.test(line));
  for (const line of findings)
    console.log(`electronegativity: ${line.split(',').slice(0, 5).join(' ')}`);
  if (serious.length) {
    console.error(`electronegativity: ${serious.length} high or medium finding(s)`);
    process.exit(1);
  }
  console.log(
    `electronegativity: no high or medium findings (${findings.length} low or informational)`,
  );
} finally {
  fs.rmSync(stage, { recursive: true, force: true });
}
