/**
 * `npm run bench`: times `npm run build` end to end (a fresh process each run, as a user runs
 * it) and reports the size of every page it wrote. Numbers for notes and budgets; not a test.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: { runs: { type: "string", default: "5" }, out: { type: "string", default: "_site" } },
});
const runs = Number(values.runs);
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const started = performance.now();
  execFileSync("node", ["--import", "tsx", "scripts/build.ts", "--out", values.out], {
    stdio: "ignore",
  });
  times.push(performance.now() - started);
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)]!;
console.log(
  `build, ${runs} runs: median ${(median / 1000).toFixed(2)} s, ` +
    `min ${(times[0]! / 1000).toFixed(2)} s, max ${(times.at(-1)! / 1000).toFixed(2)} s`,
);

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
const files = walk(values.out).sort();
let total = 0;
for (const file of files) {
  const size = statSync(file).size;
  total += size;
  console.log(`${(size / 1024).toFixed(1).padStart(8)} KiB  ${file}`);
}
console.log(`${(total / 1024).toFixed(1).padStart(8)} KiB  total, ${files.length} files`);
