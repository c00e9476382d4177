import { LIMITS } from '../core/scenario/limits.ts';

/** Parsed command line of `simulate`. */
export interface CliArgs {
  file: string;
  sims?: number;
  seed?: string;
  workers?: number;
  format: 'json' | 'csv';
}

export type ParseResult = { ok: true; args: CliArgs } | { ok: false; error: string };

export const USAGE =
  'usage: npm run -s simulate -- SCENARIO.json [--sims N] [--seed S] [--workers K] [--format json|csv]';

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
        if (v !== 'json' && v !== 'csv') return { ok: false, error: `--format must be json or csv, got ${v ?? 'nothing'}` };
        out.format = v;
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
  return { ok: true, args: { ...out, file } as CliArgs };
}
