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
        const v = take();
        const n = Number(v);
        if (v === undefined || v.trim() === '' || !Number.isInteger(n))
          return { ok: false, error: `--sims must be a whole number, got ${v ?? 'nothing'}` };
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
        const v = take();
        const n = Number(v);
        if (v === undefined || !Number.isInteger(n) || n < 1 || n > MAX_WORKERS)
          return { ok: false, error: `--workers must be a whole number in [1, ${MAX_WORKERS}], got ${v ?? 'nothing'}` };
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
