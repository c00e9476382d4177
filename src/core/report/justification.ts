import { targetDoseSentence } from './targetDoseSentence.ts';
import { shapePriorSentence } from './shapePriorSentence.ts';
import type { SimulationResult } from '../results/types.ts';
import type { ResolvedScenario } from '../scenario/types.ts';
import { TRIAL_CITATION } from '../trialFacts.ts';
import { assumptionSummary, type ArmFinding, type AssumptionSummary } from './assumptionSummary.ts';
import { assuranceSentence } from './assuranceSentence.ts';
import { closedFormSentence } from './closedFormCheck.ts';
import { analysisPhrase, armAssumptions, endpointPhrase, modelAssumptions } from './describeScenario.ts';
import { displayScenario } from './displayScenario.ts';
import { estimandSentence } from './estimandSentence.ts';
import { enrichmentSentence } from './enrichmentSentence.ts';
import { count, pct, pctFixed } from './numberText.ts';
import { plannedEffectSentence, simulatedValuesSentence } from './plannedEffect.ts';
import { anyArmSentence, CAUTION, doseModelSentence, priorSentence, trendSentence, unanalysableSentence } from './summarySentences.ts';
import { noTargetReason } from './noTargetReason.ts';
import { interimDesignSentence, interimOutcomeSentence } from './interimSentence.ts';
import { dropoutPhrase, randomisedPhrase } from './targetSentence.ts';

function dropoutProvenance(s: ResolvedScenario): string {
  const p = new Set(s.arms.map((a) => a.provenance.dropout));
  return p.size === 1 ? ` (${[...p][0]})` : '';
}

function findingSentence(m: AssumptionSummary, f: ArmFinding): string {
  const s = m.scenario;
  const target = s.design.targetPower;
  const grid = s.design.nPerArm;
  const r = f.row;
  const vs = `${f.arm} vs ${s.arms[0].label}`;
  const power = m.measure.word;
  // A planned effect that is zero or favours the control has no n for the target (h3's rule and words).
  const reason = noTargetReason(s, r.armIndex);
  if (reason) return `For ${vs}, ${reason}.`;
  const main = f.reached
    ? `With ${randomisedPhrase(s, r)}, simulated ${m.measure.long} for ${vs} is ${pctFixed(r.power)} ` +
      `(Monte Carlo SE ${pctFixed(r.mcse, 2)}; 95% interval ${pctFixed(r.ci95[0])} to ${pctFixed(r.ci95[1])}), ` +
      `meeting the ${pct(target)} target; ${dropoutPhrase(s, r)}${s.design.dropout > 0 ? dropoutProvenance(s) : ''}, and the analysis uses completers.`
    : `For ${vs}, ${power} did not reach the ${pct(target)} target within the simulated range (up to ${count(grid[grid.length - 1])} per arm); ` +
      `the highest was ${pctFixed(r.power)} (Monte Carlo SE ${pctFixed(r.mcse, 2)}) at ${count(r.nPerArm)} per arm, so a larger trial or a larger effect is needed.`;
  return f.closedForm ? `${main} ${closedFormSentence(f.closedForm)}` : main;
}

/**
 * The sample-size justification paragraph, written from the assumption summary: what was planned and
 * why, what was simulated, what it gave, and how to reproduce it.
 */
export function justificationFromSummary(m: AssumptionSummary): string {
  const s = m.scenario;
  const target = s.design.targetPower;
  const parts = [
    `The primary endpoint is ${endpointPhrase(s)}.`,
    `Arm values as given: ${armAssumptions(displayScenario(s))}.`,
    plannedEffectSentence(m.effect),
    simulatedValuesSentence(s, m.effect),
    m.exploratoryCaution ? CAUTION : '',
    doseModelSentence(s),
    modelAssumptions(s),
    `The analysis is ${analysisPhrase(s)}.`,
    estimandSentence(s),
    interimDesignSentence(s),
    m.rows.length > 0 ? m.findings.map((f) => findingSentence(m, f)).join(' ') : 'No simulation results are available yet.',
    m.rows.length > 0 ? m.findings.map((f) => interimOutcomeSentence(s, f.row)).filter((x) => x !== '').join(' ') : '',
    anyArmSentence(m),
    trendSentence(m),
    targetDoseSentence(s, m),
    shapePriorSentence(s, m),
    priorSentence(s, m.effect.unit),
    assuranceSentence(s, m.raw, target),
    s.enrichment && m.enrichment ? enrichmentSentence(s, m.enrichment) : '',
    m.unanalysable ? unanalysableSentence(m.unanalysable) : '',
    `Power was estimated from ${count(m.sims)} simulated trials per sample size (seed "${s.simulation.seed}") ` +
      `with Stride ${m.engineVersion}, which reproduces these numbers exactly from the same scenario and seed.`,
    m.partial ? `The simulation was stopped early after ${count(m.partial.done)} of ${count(m.partial.total)} trials, so these estimates are less precise.` : '',
    `Assumptions are seeded from ${TRIAL_CITATION}.`,
    m.link === null ? `Simulated on ${m.date}.` : `Simulated on ${m.date}; the scenario with its seed: ${m.link}`,
  ];
  return parts.filter((p) => p !== '').join(' ');
}

export interface JustificationInput {
  scenario: ResolvedScenario;
  result: SimulationResult | null;
  engineVersion: string;
  /** YYYY-MM-DD. */
  date: string;
  /** The address the share link starts with ('' for the fragment alone). */
  baseUrl: string;
  /** The run stopped early (cancelled or failed). */
  partial?: boolean;
}

/**
 * A copyable sample-size justification paragraph for a protocol or grant: the app's "Copy paragraph"
 * and the command line's `--format text` both print exactly this.
 * @example justification({ scenario, result, engineVersion: '0.1.0', date: '2026-12-04', baseUrl: '' }) // → "The primary endpoint is …"
 */
export function justification(i: JustificationInput): string {
  return justificationFromSummary(
    assumptionSummary(i.scenario, i.result, { engineVersion: i.engineVersion, date: i.date, baseUrl: i.baseUrl, partial: i.partial }),
  );
}
