import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A shipped scenario file (static/scenarios, built on the trial's facts) with fewer trials, for quick runs. */
export function trialScenario(file: string, sims = 1000): Record<string, unknown> & { simulation: { sims: number; seed: string } } {
  const s = JSON.parse(readFileSync(join(ROOT, 'static/scenarios', file), 'utf8'));
  s.simulation.sims = sims;
  return s;
}
