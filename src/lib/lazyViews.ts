/**
 * Views the first screen does not need, loaded on first use (issue 11: the main bundle stays small,
 * so the first curve comes sooner). Each loader fetches its chunk once and then hands back the same
 * component; `preloadViews` starts the fetches when the page is idle, so a view is usually there by
 * the time it is shown.
 */
function once<T>(load: () => Promise<{ default: T }>): () => Promise<T> {
  let p: Promise<T> | null = null;
  return () => (p ??= load().then((m) => m.default));
}

/** The power chart (d3 scales and shapes): not drawn before a run's first results, so fetched beside them. */
export const powerChartView = once(() => import('./charts/PowerChart.svelte'));
export const explainView = once(() => import('./explain/ExplainPage.svelte'));
export const doseView = once(() => import('./results/DosePanel.svelte'));
export const enrichmentView = once(() => import('./results/EnrichmentPanel.svelte'));
export const interimView = once(() => import('./results/InterimPanel.svelte'));
export const compareView = once(() => import('./results/ComparePanel.svelte'));
export const sensitivityView = once(() => import('./results/SensitivityPanel.svelte'));
export const targetDoseView = once(() => import('./results/TargetDosePanel.svelte'));
export const lossView = once(() => import('./results/LossPanel.svelte'));
export const justificationView = once(() => import('./results/Justification.svelte'));
export const validationView = once(() => import('./validation/ValidationPage.svelte'));
/** Editor parts that only a dose study (the trend test) or an enriched design shows. */
export const trendEditorView = once(() => import('./editor/TrendSection.svelte'));
export const stratumEditorView = once(() => import('./editor/StratumCard.svelte'));

/** Fetches the results panel's lazy views and the editor's when the browser is next idle (App calls it once the first run is done). */
export function preloadViews(): void {
  const go = () =>
    void Promise.all([doseView(), enrichmentView(), interimView(), compareView(), sensitivityView(), justificationView(), targetDoseView(), trendEditorView(), stratumEditorView()]).catch(
      () => undefined,
    );
  if (typeof requestIdleCallback === 'function') requestIdleCallback(go, { timeout: 3000 });
  else setTimeout(go, 1000);
}
