/**
 * Content checks: rules that read a vendor file's raw data, before or beside the schema, so
 * their problems show up with the schema's instead of only after every type error is fixed.
 * Each check lives in its own file and has the same shape; the file checker runs them all.
 */
import type { Problem } from "../problems.ts";
import type { SourceMap } from "../yaml-source.ts";
import { citations } from "./citations.ts";
import { secrets } from "./secrets.ts";

export interface CheckContext {
  file: string;
  map: SourceMap;
}

export type ContentCheck = (record: Record<string, unknown>, context: CheckContext) => Problem[];

export const CONTENT_CHECKS: readonly ContentCheck[] = [citations, secrets];
