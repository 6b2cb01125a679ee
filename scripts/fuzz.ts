/**
 * `npm run fuzz [-- --runs N --seed S]`: the mutation property of tests/fuzz.test.ts, run
 * many more times. Prints the count, the time, the slowest case and how many mutants were
 * rejected with problems versus still valid.
 */
import fc from "fast-check";
import { parseArgs } from "node:util";
import { checkMutant, vendorMutant } from "../tests/fuzz/vendor-mutations.ts";

const { values } = parseArgs({
  options: {
    runs: { type: "string", default: "10000" },
    seed: { type: "string" },
  },
});
const runs = Number(values.runs);
let rejected = 0;
let slowest = 0;
const started = performance.now();
fc.assert(
  fc.property(vendorMutant, (mutant) => {
    const { ms, problems } = checkMutant(mutant);
    if (problems.length > 0) rejected++;
    slowest = Math.max(slowest, ms);
  }),
  { numRuns: runs, ...(values.seed ? { seed: Number(values.seed) } : {}) },
);
const seconds = (performance.now() - started) / 1000;
console.log(
  `fuzz: ${runs} mutants in ${seconds.toFixed(1)} s; ${rejected} rejected with located problems, ` +
    `${runs - rejected} still valid; slowest check ${slowest.toFixed(1)} ms.`,
);
