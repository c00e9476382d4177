import type { SimulationResult } from '../results/types.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { assumptionSummary, type AssumptionSummary } from './assumptionSummary.ts';
import { analysisPhrase, armAssumptions } from './describeScenario.ts';
import { displayScenario } from './displayScenario.ts';
import { count, pct } from './numberText.ts';
import { TRIAL_CITATION } from '../trialFacts.ts';
import { plannedEffectSentence, simulatedValuesSentence } from './plannedEffect.ts';
import { CAUTION, doseModelSentence, priorSentence, unanalysableSentence } from './summarySentences.ts';
import { shapePriorText } from './shapePriorSentence.ts';

/** The planning basis, dose model, prior and exploratory caution: the caption lines about the effect. */
export function effectLines(m: AssumptionSummary): string[] {
  const s = m.scenario;
  const planned = [plannedEffectSentence(m.effect), simulatedValuesSentence(s, m.effect)].filter(Boolean).join(' ');
  const shapes = s.trendTest.shapePrior ? `Assurance averages over ${shapePriorText(s)}.` : '';
  return [planned, doseModelSentence(s), priorSentence(s, m.effect.unit), shapes, m.exploratoryCaution ? CAUTION : ''].filter((l) => l !== '');
}

/**
 * Lines printed under an exported figure, from the same assumption summary as the paragraph: arm values,
 * the planned effect and its basis, dose model, prior, caution, test and design, unanalysable trials (with
 * a result), trials, seed and engine, source. `sims` is the trials per point of the figure's own runs.
 * @example figureNotes(t25fwShrunk, 10000)[1] // → "The simulation plans on a difference from Saline of 29.1 percentage points for MSC-NP (observed 58.1): …"
 */
export function figureNotes(s: ResolvedScenario, sims: number, engineVersion: string, result: SimulationResult | null = null): string[] {
  const m = assumptionSummary(s, result, { engineVersion, date: '' });
  const alloc = s.design.allocation === 1 ? '1:1 allocation' : `allocation ${s.design.allocation}:1 (treatment : control)`;
  return [
    `Arm values as given: ${armAssumptions(displayScenario(s))}.`,
    ...effectLines(m),
    `${analysisPhrase(s)}; ${alloc}; ${pct(s.design.dropout)} dropout.`.replace(/^./, (c) => c.toUpperCase()),
    ...(m.unanalysable ? [unanalysableSentence(m.unanalysable)] : []),
    `${count(sims)} simulated trials per n · seed "${s.simulation.seed}" · Stride ${engineVersion}.`,
    `Source trial: ${TRIAL_CITATION}.`,
  ];
}
