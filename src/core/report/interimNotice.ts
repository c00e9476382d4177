import { lookSizes } from '../interim/crossing.ts';
import { nForTarget } from '../results/nForTarget.ts';
import type { SimulationResult } from '../results/types.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { count, fixed, pctFixed, significant } from './numberText.ts';

export interface InterimNotice {
  title: string;
  /** The reported n per arm: the first treatment arm's n for the target, else the largest simulated n. */
  nPerArm: number;
  lines: string[];
}

/**
 * What the app shows beside the results of a group-sequential design: that the power is the overall power
 * across looks, and per look the bound (z and nominal one-sided level) and the simulated stopping chances at
 * the target n (one line per look; several arms each get their own figures). Null for a fixed design.
 */
export function interimNotice(s: ResolvedScenario, result: SimulationResult): InterimNotice | null {
  const d = s.interim;
  if (!d || result.rows.length === 0) return null;
  const target = nForTarget(result.rows, s.design.targetPower)[0]?.nPerArm;
  const nPerArm = target ?? Math.max(...result.rows.map((r) => r.nPerArm));
  const rows = result.rows.filter((r) => r.nPerArm === nPerArm);
  const sizes = lookSizes(d.informationRates, nPerArm);
  const last = sizes.length - 1;
  const lines = sizes.map((n, k) => {
    const z = d.bounds.criticalZ[k];
    const bound = Number.isFinite(z) ? `stop for efficacy if z ≥ ${fixed(z, 3)} (one-sided p ≤ ${significant(d.bounds.nominalAlpha[k], 3)})` : 'no efficacy stop';
    const fut = k < last && d.futility ? `, for futility if z < ${significant(d.futility.z, 3)}` : '';
    const chances = rows
      .map((r) => {
        const who = rows.length > 1 ? `${r.arm}: ` : '';
        const f = k < last && d.futility ? `, futility ${pctFixed(r.stopFutility?.[k] ?? NaN)}` : '';
        return `${who}efficacy ${pctFixed(r.stopEfficacy?.[k] ?? NaN)}${f}`;
      })
      .join('; ');
    return `Look ${k + 1} at ${count(n)} per arm: ${bound}${fut}. Stopping chances: ${chances}.`;
  });
  const expected = rows[0]?.expectedNPerArm;
  if (expected !== undefined) lines.push(`Expected control-arm patients randomised by the stopping look: ${fixed(expected, 1)} of ${count(nPerArm)}.`);
  return { title: `Group-sequential design: the power shown is the overall power across ${sizes.length} looks (figures at ${count(nPerArm)} per arm)`, nPerArm, lines };
}
