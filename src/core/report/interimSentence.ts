import type { ResultRow } from '../results/types.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { lookSizes } from '../interim/crossing.ts';
import { count, fixed, pct, pctFixed, significant } from './numberText.ts';

const SPENDING = { 'obrien-fleming': "O'Brien–Fleming-type", pocock: 'Pocock-type' } as const;

/** The group-sequential design in words: looks, spending, futility rule and the one-sided level. */
export function interimDesignSentence(s: ResolvedScenario): string {
  const d = s.interim;
  if (!d) return '';
  const looks = andList(d.informationRates.map((t) => pct(t, 0)));
  const arms = s.arms.length - 1;
  const level = `one-sided level ${significant(d.level, 3)}${arms > 1 ? ` per treatment arm (Bonferroni over ${arms} arms)` : ''}`;
  const efficacy =
    d.efficacy === 'none'
      ? 'no early stop for efficacy'
      : `${SPENDING[d.efficacy]} Lan–DeMets α-spending at ${level} (efficacy bounds z ≥ ${d.bounds.criticalZ.map((z) => (Number.isFinite(z) ? fixed(z, 3) : '∞')).join(', ')}; nominal one-sided levels ${d.bounds.nominalAlpha.map((a) => significant(a, 3)).join(', ')})`;
  const futility = d.futility
    ? ` An arm stops for futility at an interim look when its z is below ${fmtZ(d.futility.z)} (${d.futility.binding ? 'binding: the efficacy bounds assume the rule is obeyed' : 'non-binding: the efficacy bounds ignore it, so type I error is kept if it is overruled'}).`
    : '';
  return `The design is group-sequential with ${d.informationRates.length} analyses, after ${looks} of the patients per arm have been randomised, with ${efficacy}; each arm's test gives a one-sided p-value in the treatment's favour, compared with the look's nominal level.${futility}`;
}

/** At the reported n: the chance of stopping at each look and the expected control-arm n (simulated). */
export function interimOutcomeSentence(s: ResolvedScenario, r: ResultRow): string {
  const d = s.interim;
  if (!d || !r.stopEfficacy || !r.stopFutility || r.expectedNPerArm === undefined) return '';
  const sizes = lookSizes(d.informationRates, r.nControl);
  const last = sizes.length - 1;
  const perLook = sizes
    .map((n, k) => {
      const eff = `${pctFixed(r.stopEfficacy![k])} for efficacy`;
      return k < last && d.futility ? `look ${k + 1} (${count(n)} per arm): ${eff}, ${pctFixed(r.stopFutility![k])} for futility` : `look ${k + 1} (${count(n)} per arm): ${eff}`;
    })
    .join('; ');
  return (
    `At ${count(r.nControl)} per arm, ${r.arm}'s chances of stopping are ${perLook}; the power quoted is the overall power across looks, ` +
    `and the expected number of control-arm patients randomised by the stopping analysis is ${fixed(r.expectedNPerArm, 1)} of ${count(r.nControl)}.`
  );
}

const fmtZ = (z: number): string => (z < 0 ? `−${significant(-z, 3)}` : significant(z, 3));

const andList = (xs: string[]): string => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} and ${xs[xs.length - 1]}`);
