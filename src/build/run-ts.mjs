// Runs a TypeScript entry point (a build-time tool under src/build) with
// Vite's module runner, so Node 20 needs no extra TypeScript loader.
import { runnerImport } from 'vite';

const [entry, ...args] = process.argv.slice(2);
if (!entry) {
  console.error('usage: node src/build/run-ts.mjs <file.ts> [args...]');
  process.exit(2);
}
const { module } = await runnerImport(new URL(`../../${entry}`, import.meta.url).pathname, {
  configFile: false,
  logLevel: 'error',
});
if (typeof module.main !== 'function') {
  console.error(`${entry} exports no main() function`);
  process.exit(2);
}
process.exitCode = await module.main(args);
