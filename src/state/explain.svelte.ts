import { checkComposite, compositeDefaults, compositeParams } from '../core/explain/sections/composite.ts';
import { checkDichotomise, dichotomiseDefaults, dichotomiseParams } from '../core/explain/sections/dichotomise.ts';
import { checkDilution, dilutionDefaults, dilutionParams } from '../core/explain/sections/dilution.ts';
import { checkLossBias, lossBiasDefaults, lossBiasParams } from '../core/explain/sections/lossBias.ts';
import { checkManyLooks, manyLooksDefaults, manyLooksParams } from '../core/explain/sections/manyLooks.ts';
import { checkNextTrial, nextTrialDefaults, nextTrialScenarios, PLAN_KINDS, type PlanKind } from '../core/explain/sections/nextTrial.ts';
import { checkTrialAsRun, nullParams, powerParams, trialAsRunDefaults } from '../core/explain/sections/trialAsRun.ts';
import { checkWinnersCurse, winnersCurseDefaults, winnersCurseParams } from '../core/explain/sections/winnersCurse.ts';
import { seedError } from '../core/explain/fieldCheck.ts';
import type { SimulationResult } from '../core/results/types.ts';
import type { Scenario, ResolvedScenario } from '../core/scenario/types.ts';
import { validateScenario } from '../core/scenario/validate.ts';
import { presetScenario } from '../share/presets.ts';
import { CheckedInputs } from './checkedInputs.svelte.ts';
import { AutoExperiment } from './autoExperiment.svelte.ts';
import { runKey } from '../core/scenario/runKey.ts';
import { plannerJob } from '../core/run/plannerJob.ts';
import { LatestRun } from './latestRun.svelte.ts';

/** The explanation page's one state object: the reader's inputs per section and the live simulations. */
export class ExplainState {
  /** The seed as typed; `seed` is the last valid one, which every simulation uses. */
  seedText = $state('msc-np');
  seedError = $derived(seedError(this.seedText));
  #seed = 'msc-np';
  seed = $derived.by(() => {
    if (this.seedError === null) this.#seed = this.seedText;
    return this.#seed;
  });
  trial = new CheckedInputs(trialAsRunDefaults(), checkTrialAsRun);
  dilution = new CheckedInputs(dilutionDefaults(), (raw) => checkDilution(raw, this.trial.value));
  dichotomise = new CheckedInputs(dichotomiseDefaults(), checkDichotomise);
  composite = new CheckedInputs(compositeDefaults(trialAsRunDefaults()), checkComposite);
  winners = new CheckedInputs(winnersCurseDefaults(), checkWinnersCurse);
  looks = new CheckedInputs(manyLooksDefaults(), checkManyLooks);
  next = new CheckedInputs(nextTrialDefaults(), checkNextTrial);
  lossBias = new CheckedInputs(lossBiasDefaults(), checkLossBias);

  power = new AutoExperiment('power-by-difference', () => powerParams(this.trial.value, this.seed));
  nul = new AutoExperiment('null-difference', () => nullParams(this.trial.value, this.seed));
  diluted = new AutoExperiment('dilution', () => dilutionParams(this.dilution.value, this.trial.value, this.seed));
  split = new AutoExperiment('dichotomise', () => dichotomiseParams(this.dichotomise.value, this.seed));
  combined = new AutoExperiment('composite', () => compositeParams(this.composite.value, this.trial.value, this.seed));
  curse = new AutoExperiment('winners-curse', () => winnersCurseParams(this.winners.value, this.seed));
  looked = new AutoExperiment('many-looks', () => manyLooksParams(this.looks.value, this.seed));
  unable = new AutoExperiment('loss-of-ambulation', () => lossBiasParams(this.lossBias.value, this.seed));

  /** Section 7 runs the planner's own scenarios on the planner's engine path, from the shipped T25FW scenario. */
  #base = presetScenario('t25fw-edss6') as Scenario;
  plans = $derived(nextTrialScenarios(this.#base, this.next.value, this.seed));
  planChecks = $derived(Object.fromEntries(PLAN_KINDS.map((k) => [k, validateScenario(this.plans[k])])) as Record<PlanKind, ReturnType<typeof validateScenario>>);
  planRuns: Record<PlanKind, LatestRun<ResolvedScenario, SimulationResult>> = { observed: new LatestRun(plannerJob), shrunk: new LatestRun(plannerJob), assurance: new LatestRun(plannerJob) };
  #connected = false;
  #requested: Record<PlanKind, string> = { observed: '', shrunk: '', assurance: '' };

  /** Starts the simulations and keeps them current with the inputs; returns a cleanup. */
  connect(): () => void {
    if (this.#connected) return () => {};
    this.#connected = true;
    const stop = $effect.root(() => {
      for (const a of [this.power, this.nul, this.diluted, this.split, this.combined, this.curse, this.looked, this.unable]) a.watch();
      for (const k of PLAN_KINDS) {
        $effect(() => {
          const v = this.planChecks[k];
          if (!v.ok) return;
          const key = runKey(v.scenario);
          if (key === this.#requested[k]) return;
          const t = setTimeout(() => {
            this.#requested[k] = key;
            void this.planRuns[k].start(v.scenario, key);
          }, 150);
          return () => clearTimeout(t);
        });
      }
    });
    return () => {
      this.#connected = false;
      stop();
    };
  }
}

export const explain = new ExplainState();
