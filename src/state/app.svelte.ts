import { validateScenario } from '../core/scenario/validate.ts';
import { fileScenario } from '../core/share/fileScenario.ts';
import type { ResolvedScenario } from '../core/scenario/types.ts';
import { effectSummary, type EffectSummary } from '../form/effectSummary.ts';
import { indexErrors } from '../form/fieldErrors.ts';
import { formToScenario } from '../form/formToScenario.ts';
import type { FormState } from '../form/formTypes.ts';
import { scenarioToForm } from '../form/scenarioToForm.ts';
import { defaultTrendAlpha, trendView } from '../form/trendForm.ts';
import { DEFAULT_PRESET_ID, PRESETS, presetScenario } from '../share/presets.ts';
import { matchingPreset, presetKey } from './presetMatch.ts';
import { readScenario, readScenarioText, type ReadResult } from '../share/readScenario.ts';
import { decodeShareHash, encodeShareHash } from '../share/shareLink.ts';
import { storeResults, type StoredResults } from '../share/storedResults.ts';
import { plannerJob } from '../core/run/plannerJob.ts';
import { LatestRun } from './latestRun.svelte.ts';
import { runKey } from '../core/scenario/runKey.ts';
import { SavedState } from './savedState.svelte.ts';
import { SensitivityState } from './sensitivityState.svelte.ts';
import { CompareState } from './compareState.svelte.ts';

export interface Notice {
  kind: 'info' | 'error';
  title: string;
  lines: string[];
  /** Whether the load can be undone (the editor's previous text is kept). */
  undo?: boolean;
}

const DEBOUNCE_MS = 300;

function initialForm(): FormState {
  const r = readScenario(presetScenario(DEFAULT_PRESET_ID));
  if (!r.ok) throw new Error(`the default preset is invalid: ${r.errors.join('; ')}`);
  return scenarioToForm(r.input, r.scenario);
}

/** The app's one state object: the editor's raw text, its validation, the run, saved scenarios. */
export class AppState {
  form = $state<FormState>(initialForm());
  /** The scenario the form describes (untrusted until validated). */
  draft = $derived(formToScenario(this.form));
  validation = $derived(validateScenario(this.draft));
  errors = $derived(indexErrors(this.validation.ok ? [] : this.validation.errors, this.form));
  /** Observed, SE and planned difference per treatment arm (engine's effect plan); null while invalid. */
  effect = $derived<EffectSummary | null>(this.validation.ok ? effectSummary(this.validation.scenario) : null);
  /** The trend test as the editor shows it: the form's settings, or the engine defaults while untouched. */
  trend = $derived(trendView(this.form));
  /** The trend test's level when left empty (analysis alpha / sides). */
  trendAlpha = $derived(defaultTrendAlpha(this.form));
  notice = $state<Notice | null>(null);
  run = new LatestRun(plannerJob);
  /** Power vs effect and variance at one n: secondary runs after the main run. */
  sensitivity = new SensitivityState();
  saved = new SavedState();
  /** Saved designs chosen for the side-by-side comparison. */
  compare = new CompareState(this.saved);
  /** The scenario describing the results on screen: the form's while it matches the run, else the run's. */
  shown = $derived.by((): ResolvedScenario | null => {
    const v = this.validation;
    if (v.ok && this.run.params !== null && runKey(v.scenario) === this.run.key) return v.scenario;
    return this.run.params;
  });
  /** The validator's warnings for the shown scenario (e.g. an unshrunk exploratory effect). */
  shownWarnings = $derived.by((): string[] => {
    const s = this.shown;
    if (s === null) return [];
    const v = this.validation.ok && s === this.validation.scenario ? this.validation : validateScenario(fileScenario(s.written));
    return v.ok ? v.warnings : [];
  });
  /** The seed preset the form was loaded from (or equals as loaded); null for files, links and saved designs. */
  preset = $state<string | null>(DEFAULT_PRESET_ID);
  /** The preset shown as selected: one the form now equals exactly (e.g. after switching to the 6MWT), else the one it was loaded from. */
  presetShown = $derived(matchingPreset(this.draft) ?? this.preset);
  /** Whether the form differs from that preset as shipped. */
  presetModified = $derived(this.presetShown !== null && JSON.stringify(this.draft) !== presetKey(this.presetShown));
  /** An input is invalid: the results on screen belong to the last valid scenario, not to the editor. */
  resultsStale = $derived(!this.validation.ok);
  #lastKey = '';
  /** The draft the address bar's link was last written from, and the hash it wrote. */
  #linked: { draft: unknown; hash: string } | null = null;
  #previous: FormState | null = null;
  #previousPreset: string | null = null;

  /** Loads the start-up scenario, starts the workers and re-runs on every valid change. Returns a cleanup. */
  connect(): () => void {
    this.saved.refresh();
    this.run.warm();
    if (!this.loadHash(location.hash, false)) this.startRun();
    const onHash = () => void this.loadHash(location.hash);
    addEventListener('hashchange', onHash);
    const stop = $effect.root(() => {
      $effect(() => {
        const v = this.validation;
        if (!v.ok || runKey(v.scenario) === this.#lastKey) return;
        const timer = setTimeout(() => this.startRun(), DEBOUNCE_MS);
        return () => clearTimeout(timer);
      });
      this.sensitivity.track(this.run);
    });
    return () => {
      removeEventListener('hashchange', onHash);
      stop();
    };
  }

  /** Runs the form's scenario now (cancelling a stale run); keeps the address bar's link current. */
  startRun(): void {
    const v = this.validation;
    if (!v.ok) return;
    this.#lastKey = runKey(v.scenario);
    void this.run.start(v.scenario, this.#lastKey);
    try {
      // "Run again" on an unchanged form leaves the address as it is: compressing the scenario and writing
      // history were page-thread work at the start of every run (issue 11).
      if (this.draft !== this.#linked?.draft || location.hash !== this.#linked.hash) {
        history.replaceState(null, '', encodeShareHash(this.draft));
        this.#linked = { draft: this.draft, hash: location.hash };
      }
    } catch {
      // a sandboxed page may refuse; the copy-link button still works
    }
  }

  /** Applies a validated scenario to the form and runs it at once; the replaced text can be restored. */
  apply(r: ReadResult & { ok: true }, origin: string, undoable = true): void {
    this.#previous = undoable ? $state.snapshot(this.form) : null;
    this.#previousPreset = this.preset;
    this.form = scenarioToForm(r.input, r.scenario);
    this.preset = matchingPreset(this.draft);
    this.notice = { kind: 'info', title: `Loaded ${origin}`, lines: r.warnings, undo: undoable };
    this.startRun();
  }

  /** Puts back the editor's text from before the last load. */
  undoLoad(): void {
    if (this.#previous === null) return;
    this.form = this.#previous;
    this.preset = this.#previousPreset;
    this.#previous = null;
    this.notice = null;
    this.startRun();
  }

  /** Loads a seed preset; it then shows as selected (and as modified once edited). */
  loadPreset(id: string): boolean {
    const p = PRESETS.find((x) => x.id === id);
    if (!p || !this.load(presetScenario(id), `“${p.title}”`)) return false;
    this.preset = id;
    return true;
  }

  /** Loads untrusted data (a preset, saved entry or parsed file); on errors the form is left untouched. */
  load(input: unknown, origin: string): boolean {
    return this.settle(readScenario(input), origin, true);
  }

  loadText(text: string, origin: string, undoable = true): boolean {
    return this.settle(readScenarioText(text, origin), origin, undoable);
  }

  /** Reads a `#s=` or `#scenario=` link; returns whether it held a scenario that was loaded. */
  loadHash(hash: string, undoable = true): boolean {
    const h = decodeShareHash(hash);
    if (h.kind === 'none') return false;
    if (h.kind === 'error') {
      this.notice = { kind: 'error', title: 'The link could not be used', lines: [h.message] };
      return false;
    }
    return this.loadText(h.text, 'the link', undoable);
  }

  private settle(r: ReadResult, origin: string, undoable: boolean): boolean {
    if (r.ok) this.apply(r, origin, undoable);
    else this.notice = { kind: 'error', title: `Could not load ${origin}; nothing was changed`, lines: r.errors };
    return r.ok;
  }

  /** The results on screen in stored form, when the run finished and belongs to the editor's scenario. */
  resultsToStore(): StoredResults | undefined {
    const v = this.validation;
    const r = this.run.result;
    if (!v.ok || r === null || this.run.status !== 'done' || runKey(v.scenario) !== this.run.key) return undefined;
    return storeResults(v.scenario, r.rows);
  }

  /** A shareable address for the current (valid) scenario. */
  shareUrl(): string | null {
    if (!this.validation.ok) return null;
    return location.href.split('#')[0] + encodeShareHash(this.draft);
  }
}

export const app = new AppState();
