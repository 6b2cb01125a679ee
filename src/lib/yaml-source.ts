/**
 * Parses one YAML document with js-yaml and remembers where every value sits in the text.
 *
 * js-yaml 5 parses in two steps: `parseEvents` gives a flat list of events with source offsets,
 * and `constructFromEvents` builds the value from that list. We keep the events, so the value
 * and the positions come from one parse by one parser and cannot disagree.
 */
import {
  constructFromEvents,
  EVENT_ALIAS,
  EVENT_MAPPING,
  EVENT_POP,
  EVENT_SCALAR,
  EVENT_SEQUENCE,
  getScalarValue,
  parseEvents,
  YAMLException,
  type Event,
} from "js-yaml";

export type PathSegment = string | number;

export interface Position {
  line: number;
  col: number;
}

/** Where a node is: its key (for a mapping entry) and its value. Offsets are zero-based. */
interface NodeSpot {
  key?: number;
  value: number;
}

export class SourceMap {
  readonly #lineStarts: number[] = [0];
  readonly #spots = new Map<string, NodeSpot>();

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      if (text.charCodeAt(i) === 10) this.#lineStarts.push(i + 1);
    }
  }

  record(path: readonly PathSegment[], spot: NodeSpot) {
    this.#spots.set(pathKey(path), spot);
  }

  /** One-based line and column of a zero-based offset. */
  position(offset: number): Position {
    let low = 0;
    let high = this.#lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.#lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, col: offset - this.#lineStarts[low]! + 1 };
  }

  /**
   * Where to point for a problem at `path`. With `at: "key"` the entry's key is preferred
   * (an unknown key, a missing field's parent); otherwise the value. A path that does not
   * exist in the file (a missing field) falls back to its nearest existing ancestor.
   */
  locate(path: readonly PathSegment[], at: "key" | "value" = "value"): Position {
    for (let depth = path.length; depth >= 0; depth--) {
      const spot = this.#spots.get(pathKey(path.slice(0, depth)));
      if (!spot) continue;
      const exact = depth === path.length;
      const offset =
        (at === "key" || !exact) && spot.key !== undefined
          ? spot.key
          : spot.value >= 0
            ? spot.value
            : (spot.key ?? 0);
      return this.position(offset);
    }
    return { line: 1, col: 1 };
  }
}

function pathKey(path: readonly PathSegment[]): string {
  return JSON.stringify(path);
}

export interface ParseLimits {
  /** Deepest nesting of mappings and sequences allowed. */
  maxDepth: number;
}

export type ParseResult =
  | { ok: true; value: unknown; map: SourceMap }
  | { ok: false; reason: string; position: Position; map: SourceMap };

interface Frame {
  kind: "map" | "seq" | "skip";
  path: PathSegment[];
  index: number;
  expectingKey: boolean;
  key?: string;
  keyOffset?: number;
}

/**
 * Parses `text` and returns the value with a map of positions, or the YAML error with its
 * position. Aliases are refused outright: a vendor file never needs them, and they are how
 * "billion laughs" files blow up memory in whatever walks the result.
 */
export function parseYaml(text: string, filename: string, limits: ParseLimits): ParseResult {
  const map = new SourceMap(text);
  let events: Event[];
  try {
    events = parseEvents(text, { filename, maxDepth: limits.maxDepth });
    indexEvents(text, events, map);
    const documents = constructFromEvents(events, { source: text, filename, maxAliases: 0 });
    if (documents.length > 1) {
      const offset = nthDocumentStart(text, 2) ?? 0;
      return { ok: false, reason: MULTIPLE_DOCUMENTS, position: map.position(offset), map };
    }
    return { ok: true, value: documents[0], map };
  } catch (error) {
    if (error instanceof YAMLException) {
      const mark = error.mark;
      const position = mark ? { line: mark.line + 1, col: mark.column + 1 } : { line: 1, col: 1 };
      return { ok: false, reason: error.reason, position, map };
    }
    throw error;
  }
}

export const MULTIPLE_DOCUMENTS = "the file holds more than one YAML document";

/** Offset of the n-th `---` line (1-based), where the n-th document of a stream starts. */
function nthDocumentStart(text: string, n: number): number | undefined {
  const starts = [...text.matchAll(/^---/gm)].map((match) => match.index);
  // With a leading `---` the second document starts at the second marker, otherwise the first.
  const leading = /^(?:\s*#[^\n]*\n|\s*\n)*---/.test(text);
  return starts[leading ? n - 1 : n - 2];
}

function indexEvents(text: string, events: Event[], map: SourceMap) {
  const stack: Frame[] = [];
  for (const event of events) {
    if (event.type === EVENT_POP) {
      stack.pop();
      continue;
    }
    if (
      event.type !== EVENT_MAPPING &&
      event.type !== EVENT_SEQUENCE &&
      event.type !== EVENT_SCALAR &&
      event.type !== EVENT_ALIAS
    ) {
      continue; // document start
    }
    const start =
      event.type === EVENT_SCALAR
        ? event.valueStart
        : event.type === EVENT_ALIAS
          ? event.anchorStart - 1
          : event.start;
    const isContainer = event.type === EVENT_MAPPING || event.type === EVENT_SEQUENCE;
    const top = stack.at(-1);
    let path: PathSegment[] | undefined;
    let keyOffset: number | undefined;

    if (!top) {
      path = [];
    } else if (top.kind === "skip") {
      path = undefined;
    } else if (top.kind === "seq") {
      path = [...top.path, top.index++];
    } else if (top.expectingKey) {
      top.expectingKey = false;
      top.keyOffset = start;
      top.key = event.type === EVENT_SCALAR ? getScalarValue(text, event) : undefined;
      if (isContainer) stack.push({ kind: "skip", path: [], index: 0, expectingKey: false });
      continue;
    } else {
      top.expectingKey = true;
      keyOffset = top.keyOffset;
      path = top.key === undefined ? undefined : [...top.path, top.key];
    }

    if (path) map.record(path, { key: keyOffset, value: start });
    if (isContainer) {
      stack.push({
        kind: path ? (event.type === EVENT_MAPPING ? "map" : "seq") : "skip",
        path: path ?? [],
        index: 0,
        expectingKey: true,
      });
    }
  }
}
