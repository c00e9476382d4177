import { deepFreeze } from './deepFreeze.ts';
import { Checker, isObject, type FieldError } from './checks.ts';
import { FIELDS } from './fields.ts';
import { checkCombinations } from './combinations.ts';
import { validateEndpoint } from './validateEndpoint.ts';
import { validateArms } from './validateArms.ts';
import { LIMITS } from './limits.ts';
import { validateEffect, validateEffectPrior } from './validateEffect.ts';
import { effectPlan } from '../effects/effectPlan.ts';
import { referenceArm } from '../effects/priorWeights.ts';
import { directionWarnings } from './directionWarnings.ts';
import { fillDoseArms } from './fillDoseArms.ts';
import { validateTrend } from './validateTrend.ts';
import { checkShapePrior, shapeClampWarning } from './validateShapePrior.ts';
import { trendVarianceWarning } from './trendVarianceWarning.ts';
import { checkEffectSizes } from './validateEffectSize.ts';
import { estimateWork } from './workEstimate.ts';
import { priorClampWarning } from './priorClampWarning.ts';

export { estimateWork };
import { validateAnalysis, validateDesign, validateSimulation } from './validateParts.ts';
import { validateEnrichment } from '../enrichment/validateEnrichment.ts';
import type { Enrichment } from '../enrichment/types.ts';
import { validateArmDoses, validateDoseResponse } from '../doses/index.ts';
import type { DoseResponse } from '../doses/types.ts';
import { pooledVarianceWarning } from './pooledVarianceWarning.ts';
import type { WrittenScenario } from './types.ts';
import type { ResolvedScenario } from './resolvedTypes.ts';
import { resolveScenario } from './resolve.ts';
import { significant } from '../report/numberText.ts';
import { validateInterim } from './validateInterim.ts';
import { checkInterimScope } from './interimScope.ts';
import { checkIntercurrent } from './validateIntercurrent.ts';
import { intercurrentNotices } from '../report/estimandSentence.ts';

export type ValidationResult =
  | { ok: true; scenario: ResolvedScenario; warnings: string[] }
  | { ok: false; errors: FieldError[] };


/** Checks an untrusted scenario (file, link, form) and returns it with every default resolved, or every field error. */
export function validateScenario(raw: unknown): ValidationResult {
  const c = new Checker();
  if (!isObject(raw)) {
    c.fail('scenario', 'must be a JSON object', raw);
    return { ok: false, errors: c.errors };
  }
  const input = c.fields('', raw, FIELDS.scenario);
  if (!input) return { ok: false, errors: c.errors };
  const name = input.name === undefined ? undefined : c.text('name', input.name, 200);
  const description = input.description === undefined ? undefined : c.text('description', input.description, 2000, false);
  const source = input.source === undefined ? undefined : c.text('source', input.source, 1000, false);
  const endpoint = validateEndpoint(c, 'endpoint', input.endpoint);
  const analysis = validateAnalysis(c, input.analysis, endpoint);
  let doseResponse: DoseResponse | undefined;
  let doses: number[] | undefined;
  if (input.doseResponse !== undefined) {
    doseResponse = validateDoseResponse(c, input.doseResponse);
    if (doseResponse) doses = validateArmDoses(c, input.arms, doseResponse);
  }
  const arms = validateArms(c, input.arms, endpoint, doseResponse !== undefined && doseResponse.model !== 'explicit', input.doseResponse !== undefined);
  const design = validateDesign(c, input.design);
  const simulation = validateSimulation(c, input.simulation);
  const effect = validateEffect(c, input.effect);
  const trend = validateTrend(c, input.trendTest, doseResponse !== undefined && doseResponse.relevantEffect === undefined);
  const prior = validateEffectPrior(c, input.effectPrior);
  const interim = input.interim === undefined ? undefined : validateInterim(c, input.interim);
  if (input.exploratory !== undefined && typeof input.exploratory !== 'boolean') c.fail('exploratory', 'must be true or false', input.exploratory);
  if (c.errors.length || !endpoint || !analysis || !arms || !design || !simulation || !effect) {
    return { ok: false, errors: c.errors };
  }
  if (!checkCombinations(c, input, endpoint, arms, analysis)) return { ok: false, errors: c.errors };
  if (doseResponse && doses && !fillDoseArms(c, endpoint, arms, doses, doseResponse)) return { ok: false, errors: c.errors };
  if (analysis.multiplicity !== 'none' && arms.length === 2) analysis.multiplicity = 'none';
  for (const n of design.nPerArm) {
    if (Math.round(n * design.allocation) < LIMITS.minN) {
      c.fail('design.allocation', `gives fewer than ${LIMITS.minN} patients per treatment arm at n = ${n}`, design.allocation);
      return { ok: false, errors: c.errors };
    }
  }
  const written: WrittenScenario = { endpoint, arms, analysis, design, simulation, effect };
  if (input.exploratory === true) written.exploratory = true;
  if (doseResponse) written.doseResponse = doseResponse;
  if (input.trendTest !== undefined && trend) written.trendTest = trend;
  const trendOn = doseResponse !== undefined && trend?.enabled !== false;
  const scope = { interim: input.interim !== undefined, enrichment: input.enrichment !== undefined, trend: trendOn };
  if (!checkIntercurrent(c, { endpoint, arms, analysis, ...scope })) return { ok: false, errors: c.errors };
  if (interim) {
    if (!checkInterimScope(c, interim, written, input.effectPrior !== undefined, input.enrichment !== undefined)) return { ok: false, errors: c.errors };
    written.interim = interim;
  }
  const warnings: string[] = [];
  if (input.enrichment !== undefined) {
    const e = enrichmentFor(c, input.enrichment, resolveScenario(written), warnings);
    if (!e) return { ok: false, errors: c.errors };
    written.enrichment = e;
  }
  // The prior's default sd is the standard error the source's n implies (effect.sourceN).
  if (prior) written.effectPrior = { type: 'normal', sd: prior.sd ?? implied(resolveScenario(written)) };
  if (name !== undefined) written.name = name;
  if (description !== undefined) written.description = description;
  if (source !== undefined) written.source = source;
  const scenario = resolveScenario(written);
  if (!checkEffectSizes(c, scenario) || !checkShapePrior(c, scenario)) return { ok: false, errors: c.errors };
  const work = estimateWork(scenario);
  if (work > LIMITS.maxWork) {
    const nMax = Math.max(...design.nPerArm);
    c.fail(
      'simulation.sims',
      `with design.nPerArm up to ${nMax} and the ${analysis.test} test needs about ${significant(work / 1e9, 2)} billion ` +
        `draw-equivalents of work, more than the ${LIMITS.maxWork / 1e9} billion allowed (about a minute on two cores); ` +
        `use fewer trials (simulation.sims) or smaller sample sizes (design.nPerArm)`,
      simulation.sims,
    );
    return { ok: false, errors: c.errors };
  }
  // Frozen: what was checked is what runs (the page and caches rely on it; deepFreeze.ts).
  return { ok: true, scenario: deepFreeze(scenario), warnings: [...warnings, ...warningsFor(scenario)] };
}

/** The enrichment comparison needs a two-arm trial on a continuous or timed-walk outcome, without ANCOVA. */
const implied = (s: ResolvedScenario): number => effectPlan(s).se[referenceArm(s)];

function enrichmentFor(c: Checker, v: unknown, s: ResolvedScenario, warnings: string[]): Enrichment | undefined {
  const e = s.endpoint;
  if (s.arms.length !== 2) return void c.fail('enrichment', 'needs exactly two arms (control and one treatment)', s.arms.length);
  if (e.type !== 'continuous' && e.type !== 'timed-walk')
    return void c.fail('enrichment', 'needs a continuous or timed-walk endpoint', e.type);
  if (s.analysis.test === 'ancova') return void c.fail('enrichment', 'cannot be analysed by ANCOVA (no baseline is simulated for strata)', 'ancova');
  const control = { mean: s.arms[0].mean, sd: s.arms[0].sd };
  return validateEnrichment(c, v, { warnings, control, measure: e.type === 'timed-walk' ? e.measure : undefined });
}

function warningsFor(s: ResolvedScenario): string[] {
  const w: string[] = [];
  if (s.exploratory && s.effect.basis === 'observed' && !s.effectPrior)
    w.push(
      'This plan rests on the unshrunk effect of a small exploratory subgroup, which is probably inflated (the winner\'s curse): ' +
        'plan on a shrunk effect or a lower confidence bound, or look at assurance under a design prior.',
    );
  w.push(...directionWarnings(s));
  if (s.analysis.multiplicity === 'none' && s.arms.length > 2)
    w.push(`${s.arms.length - 1} treatment arms are each tested at alpha = ${s.analysis.alpha} with no multiplicity adjustment.`);
  const pooled = pooledVarianceWarning(s);
  if (pooled) w.push(pooled);
  w.push(...intercurrentNotices(s));
  const trendVariance = trendVarianceWarning(s);
  if (trendVariance !== null) w.push(trendVariance);
  const clamped = shapeClampWarning(s) ?? priorClampWarning(s);
  if (clamped !== null) w.push(clamped);
  return w;
}
