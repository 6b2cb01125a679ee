/**
 * Secret guard: a public guide must never hold a live credential, because anyone reading the
 * page (or the repository's history) could use it. Values that look like private keys, JWTs,
 * bearer tokens, client secrets or long random strings are refused everywhere except the
 * username and password of a published sandbox test account.
 */
import { formatPath, type Problem } from "../problems.ts";
import type { PathSegment } from "../yaml-source.ts";
import type { ContentCheck } from "./index.ts";

interface Detector {
  rule: string;
  what: string;
  find: (text: string) => boolean;
}

/** Bits of information per character, from how often each character occurs. */
function shannonEntropy(text: string): number {
  const counts = new Map<string, number>();
  for (const char of text) counts.set(char, (counts.get(char) ?? 0) + 1);
  let entropy = 0;
  for (const count of counts.values()) {
    const p = count / text.length;
    entropy -= p * Math.log2(p);
  }
  return entropy;
}

/**
 * A run of 32 or more token characters mixing upper case, lower case and digits with high
 * entropy. Git commit ids (lowercase hex) and words joined by underscores do not qualify.
 */
function hasRandomLookingRun(text: string): boolean {
  // A URL's host and path name a page (file names, commit ids); only its query can carry a
  // credential, so judge URLs by their query strings alone.
  const judged = text.replace(
    /https?:\/\/[^\s?#]*(\?[^\s#]*)?/gi,
    (_url, query?: string) => query ?? "",
  );
  for (const [run] of judged.matchAll(/[A-Za-z0-9+_=-]{32,}/g)) {
    if (!/[A-Z]/.test(run) || !/[a-z]/.test(run) || !/[0-9]/.test(run)) continue;
    if (shannonEntropy(run) >= 4.2) return true;
  }
  return false;
}

/** `client_secret=…`, `api_key: …` and the like, with a value long enough to be real. */
const CREDENTIAL_ASSIGNMENT = new RegExp(
  String.raw`\b(?:client[_-]?secret|api[_-]?key|access[_-]?token|refresh[_-]?token|secret)` +
    String.raw`\s*[:=]\s*["']?[A-Za-z0-9._~+/=-]{12,}`,
  "i",
);

const DETECTORS: readonly Detector[] = [
  {
    rule: "secret/private-key",
    what: "a private key",
    find: (text) => /-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----/.test(text),
  },
  {
    rule: "secret/jwt",
    what: "a JSON Web Token",
    find: (text) => /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/.test(text),
  },
  {
    rule: "secret/bearer-token",
    what: "a bearer token",
    find: (text) => /\bBearer\s+[A-Za-z0-9._~+/=-]{16,}/i.test(text),
  },
  {
    rule: "secret/client-secret",
    what: "a client secret, API key or token value",
    find: (text) => CREDENTIAL_ASSIGNMENT.test(text),
  },
  {
    rule: "secret/high-entropy",
    what: "a long random string, such as a key or token",
    find: hasRandomLookingRun,
  },
];

/** Where a published sandbox login is allowed to sit. */
function isSandboxLogin(path: readonly PathSegment[]): boolean {
  return (
    formatPath(path.slice(0, 4)) === "development.sandbox.credentials.accounts" &&
    typeof path[4] === "number" &&
    (path[5] === "password" || path[5] === "username") &&
    path.length === 6
  );
}

export const secrets: ContentCheck = (record, { file, map }) => {
  const problems: Problem[] = [];
  const walk = (node: unknown, path: PathSegment[]) => {
    if (typeof node === "string") {
      if (isSandboxLogin(path)) return;
      const hit = DETECTORS.find((detector) => detector.find(node));
      if (hit) {
        problems.push({
          file,
          ...map.locate(path),
          path: formatPath(path),
          rule: hit.rule,
          message: `this looks like ${hit.what}; a public guide must never hold a live credential`,
          hint:
            "remove it: anyone reading the page could use it. A published sandbox login " +
            "belongs under development.sandbox.credentials.accounts",
        });
      }
      return;
    }
    if (Array.isArray(node)) node.forEach((item, index) => walk(item, [...path, index]));
    else if (node && typeof node === "object") {
      for (const [key, child] of Object.entries(node)) walk(child, [...path, key]);
    }
  };
  walk(record, []);
  return problems;
};
