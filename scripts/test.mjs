// `npm test`: type-check and lint (in parallel), then every test tier in one
// Vitest run (unit, dom, and e2e in real Chromium; the e2e setup builds the
// extension). Exits non-zero if anything fails.
import { spawn } from 'node:child_process';

const run = (cmd, args) =>
  new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    child.on('close', (code) => resolve({ code, out }));
  });

const started = Date.now();
const [types, lint] = await Promise.all([
  run('npx', ['tsc', '--noEmit']),
  run('npx', ['oxlint', '--deny-warnings', 'src', 'test', 'scripts', 'bench']),
]);
for (const [name, r] of [['type-check', types], ['lint', lint]]) {
  console.log(`${name}: ${r.code === 0 ? 'ok' : 'FAILED'}`);
  if (r.code !== 0) console.log(r.out);
}

const vitest = spawn('npx', ['vitest', 'run', ...process.argv.slice(2)], { stdio: 'inherit' });
const code = await new Promise((resolve) => vitest.on('close', resolve));
console.log(`npm test finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
process.exit(types.code || lint.code || code ? 1 : 0);
