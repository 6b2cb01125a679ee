/**
 * How each status value reads on a page: a symbol and a word, so nothing depends on colour
 * alone, and a tone that the stylesheet colours. `unknown` never looks like `no`.
 */
import { html, type Html } from "../html.ts";

type Tone = "good" | "bad" | "mixed" | "unknown" | "neutral";

interface StatusLook {
  symbol: string;
  label: string;
  tone: Tone;
}

const LOOKS: Record<string, StatusLook> = {
  yes: { symbol: "✓", label: "Yes", tone: "good" },
  no: { symbol: "✗", label: "No", tone: "bad" },
  partial: { symbol: "◐", label: "Partial", tone: "mixed" },
  unknown: { symbol: "?", label: "Unknown", tone: "unknown" },
  "self-service": { symbol: "✓", label: "Self-service", tone: "good" },
  manual: { symbol: "◑", label: "Manual", tone: "mixed" },
  jwt: { symbol: "•", label: "JWT", tone: "neutral" },
  opaque: { symbol: "•", label: "Opaque", tone: "neutral" },
  v1: { symbol: "•", label: "SMART v1", tone: "neutral" },
  v2: { symbol: "•", label: "SMART v2", tone: "neutral" },
  both: { symbol: "•", label: "v1 and v2", tone: "neutral" },
  free: { symbol: "✓", label: "Free", tone: "good" },
  paid: { symbol: "$", label: "Paid", tone: "bad" },
  mixed: { symbol: "◐", label: "Free and paid", tone: "mixed" },
};

export function statusLook(status: string): StatusLook {
  return LOOKS[status] ?? { symbol: "•", label: status, tone: "neutral" };
}

export function badge(status: string): Html {
  const look = statusLook(status);
  return html`<span class="badge tone-${look.tone}"
    ><span class="badge-symbol" aria-hidden="true">${look.symbol}</span> ${look.label}</span
  >`;
}
