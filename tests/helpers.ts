/** Shared by the tests: a captured Io, fixture paths, and the valid fixture as text. */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Io } from "../src/cli/run.ts";

export const FIXTURES = "tests/fixtures";
export const VALID_FIXTURE = `${FIXTURES}/valid/acme-ehr.yaml`;

export function captureIo(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { stdout, stderr, out: (text) => stdout.push(text), err: (text) => stderr.push(text) };
}

export function validText(): string {
  return readFileSync(VALID_FIXTURE, "utf8");
}

/** Writes files into a fresh temporary folder and returns its path. */
export function tempVendors(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "guidebook-test-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
