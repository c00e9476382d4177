import type { CandidateModel } from './types.ts';

/**
 * A default candidate set scaled to the top dose D, mirroring the classic DoseFinding example (Bretz, Pinheiro &
 * Branson 2005): emax with ED50 = 0.2·D (early plateau), linear, exponential with δ = D/(2 ln 4) (only 20% of the
 * top-dose effect at D/2) and a quadratic umbrella peaking at 0.75·D. `assumed` (the scenario's own shape) comes first;
 * exact duplicates are dropped. Empty when D ≤ 0.
 * @example defaultCandidates([0, 5, 10, 20]).map((c) => c.model) // → ['emax', 'linear', 'exponential', 'quadratic']
 */
export function defaultCandidates(doses: readonly number[], assumed?: CandidateModel): CandidateModel[] {
  const top = Math.max(...doses);
  if (!(top > 0 && Number.isFinite(top))) return [];
  const out: CandidateModel[] = assumed === undefined ? [] : [assumed];
  const defaults: CandidateModel[] = [
    { model: 'emax', params: { ed50: 0.2 * top, hill: 1 } },
    { model: 'linear', params: {} },
    // Rounded to 3 significant digits: the defaults are shown and edited in the planner.
    { model: 'exponential', params: { delta: sig3(top / (2 * Math.log(4))) } },
    { model: 'quadratic', params: { delta: sig3(-1 / (1.5 * top)) } },
  ];
  const key = ({ model, params: p }: CandidateModel) => JSON.stringify([model, p.ed50, p.hill ?? 1, p.offset ?? 1, p.delta]);
  const seen = new Set(out.map(key));
  for (const c of defaults) if (!seen.has(key(c))) out.push(c);
  return out;
}

function sig3(x: number): number {
  return Number(x.toPrecision(3));
}
