import { LIMITS } from '../core/scenario/limits.ts';
import { isIsoDate } from '../core/report/reportDate.ts';

/** Parsed command line of `simulate`. */
export interface CliArgs {
  file: string;
  sims?: number;
  seed?: string;
  workers?: number;
  format: 'json' | 'csv' | 'text' | 'r' | 'html';
  /** `--format text` and `html`: the paragraph's date (YYYY-MM-DD; default today) and the share link's address (default: none, the link is `#s=…` alone). */
  date?: string;
  baseUrl?: string;
  /** `--solve-n P` / `--solve-effect P`: the target power; `--solve-on`: what --solve-n solves on (src/core/solve). */
  solveN?: number;
  solveOn?: 'power' | 'assurance' | 'trend';
  solveEffect?: number;
}

export type ParseResult = { ok: true; args: CliArgs } | { ok: false; error: string };

export const USAGE =
  'usage: npm run -s simulate -- SCENARIO.json [--sims N] [--seed S] [--workers K] [--format json|csv|text|r|html] [--date YYYY-MM-DD] [--base-url URL] [--solve-n P [--solve-on power|assurance|trend]] [--solve-effect P]';

const MAX_WORKERS = 64;

/**
 * A whole number written in decimal digits only, within [lo, hi]: Number() would also take "0x3e8",
 * "1e3", " 12" or "0b11", which are almost always a slip. Otherwise the message naming the flag and the range.
 */
function decimal(flag: string, v: string | undefined, lo: number, hi: number): number | string {
  const rule = `${flag} must be a whole number in [${lo}, ${hi}] written in decimal digits`;
  if (v === undefined) return `${rule}, got nothing`;
  const shown = JSON.stringify(v.length > 40 ? v.slice(0, 40) + '…' : v);
  if (!/^[0-9]{1,16}$/.test(v)) return `${rule}, got ${shown}`;
  const n = Number(v);
  return n < lo || n > hi ? `${rule}, got ${n}` : n;
}

/** A target power: a decimal number strictly between 0 and 1, e.g. 0.8. */
function probability(flag: string, v: string | undefined): number | string {
  const n = v !== undefined && /^(0?\.[0-9]{1,12})$/.test(v) ? Number(v) : NaN;
  if (n > 0 && n < 1) return n;
  return `${flag} must be a target power strictly between 0 and 1 written like 0.8, got ${v === undefined ? 'nothing' : shown(v)}`;
}

/** A flag's value for a message: quoted (so line breaks stay escaped) and cut at 60 characters. */
const shown = (v: string): string => JSON.stringify(v.length > 60 ? v.slice(0, 60) + '…' : v);

/**
 * Whether a `--base-url` value is usable as the start of the paragraph's link: an http(s) address of
 * printable ASCII (the URL parser would silently drop tabs and line breaks that the paragraph keeps),
 * without a fragment of its own.
 */
function usableBaseUrl(v: string): boolean {
  if (!/^[\x21-\x7e]+$/.test(v) || v.includes('#')) return false;
  try {
    const u = new URL(v);
    return u.protocol === 'http:' || u.protocol === 'https:';
  } catch {
    return false;
  }
}

/** Parses `simulate`'s arguments; every problem becomes one message naming the flag. */
export function parseArgs(argv: readonly string[]): ParseResult {
  let file: string | undefined;
  const out: Partial<CliArgs> = { format: 'json' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const eq = a.startsWith('--') ? a.indexOf('=') : -1;
    const flag = eq > 0 ? a.slice(0, eq) : a;
    const take = (): string | undefined => (eq > 0 ? a.slice(eq + 1) : argv[++i]);
    switch (flag) {
      case '--sims': {
        const n = decimal('--sims', take(), LIMITS.minSims, LIMITS.maxSims);
        if (typeof n === 'string') return { ok: false, error: n };
        out.sims = n;
        break;
      }
      case '--seed': {
        const v = take();
        if (v === undefined || v === '') return { ok: false, error: '--seed must be a non-empty text, got nothing' };
        out.seed = v;
        break;
      }
      case '--workers': {
        const n = decimal('--workers', take(), 1, MAX_WORKERS);
        if (typeof n === 'string') return { ok: false, error: n };
        out.workers = n;
        break;
      }
      case '--format': {
        const v = take();
        if (v !== 'json' && v !== 'csv' && v !== 'text' && v !== 'r' && v !== 'html') return { ok: false, error: `--format must be json, csv, text, r or html, got ${v ?? 'nothing'}` };
        out.format = v;
        break;
      }
      case '--date': {
        const v = take();
        if (v === undefined || !isIsoDate(v)) return { ok: false, error: `--date must be a calendar date written YYYY-MM-DD, got ${v === undefined ? 'nothing' : shown(v)}` };
        out.date = v;
        break;
      }
      case '--base-url': {
        const v = take();
        if (v === undefined || !usableBaseUrl(v))
          return { ok: false, error: `--base-url must be an http or https address without a #fragment, got ${v === undefined ? 'nothing' : shown(v)}` };
        out.baseUrl = v;
        break;
      }
      case '--solve-n':
      case '--solve-effect': {
        const p = probability(flag, take());
        if (typeof p === 'string') return { ok: false, error: p };
        if (flag === '--solve-n') out.solveN = p;
        else out.solveEffect = p;
        break;
      }
      case '--solve-on': {
        const v = take();
        if (v !== 'power' && v !== 'assurance' && v !== 'trend')
          return { ok: false, error: `--solve-on must be power, assurance or trend, got ${v === undefined ? 'nothing' : shown(v)}` };
        out.solveOn = v;
        break;
      }
      case '--help':
      case '-h':
        return { ok: false, error: USAGE };
      default:
        if (a.startsWith('-')) return { ok: false, error: `unknown option ${a}; ${USAGE}` };
        if (file !== undefined) return { ok: false, error: `only one scenario file is allowed, got ${file} and ${a}` };
        file = a;
    }
  }
  if (file === undefined) return { ok: false, error: `no scenario file given; ${USAGE}` };
  if (out.format !== 'text' && out.format !== 'html' && (out.date !== undefined || out.baseUrl !== undefined))
    return { ok: false, error: `--date and --base-url only apply to --format text or html, got --format ${out.format}` };
  if (out.solveOn !== undefined && out.solveN === undefined) return { ok: false, error: '--solve-on only applies with --solve-n' };
  const gridOnly = { csv: 'a CSV holds the grid rows only', r: 'the R script checks the grid rows only', html: 'the report covers the grid rows only' } as const;
  if ((out.format === 'csv' || out.format === 'r' || out.format === 'html') && (out.solveN !== undefined || out.solveEffect !== undefined))
    return { ok: false, error: `--solve-n and --solve-effect need --format json or text (${gridOnly[out.format]})` };
  return { ok: true, args: { ...out, file } as CliArgs };
}
