import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkMutant, SEEDS, vendorMutant } from "./fuzz/vendor-mutations.ts";

describe("random mutations of the real vendor files", () => {
  it("seeds from every vendor file", () => {
    expect(SEEDS.length).toBeGreaterThanOrEqual(2);
  });

  it("always give located problems, never an exception or a hang", () => {
    fc.assert(
      fc.property(vendorMutant, (mutant) => {
        checkMutant(mutant);
      }),
      { numRuns: 300 },
    );
  });
});
