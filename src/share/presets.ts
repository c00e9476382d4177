import index from '../../static/scenarios/index.json';
import t25fw from '../../static/scenarios/t25fw-edss6.json';
import t25fwLoss from '../../static/scenarios/t25fw-edss6-loss.json';
import sixmwt from '../../static/scenarios/sixmwt-edss6.json';
import responders from '../../static/scenarios/edss-plus-responders.json';
import doseFinding from '../../static/scenarios/dose-finding-t25fw.json';

/** The seed trial's scenarios, bundled so the app needs no fetch to open (works from any file server). */
export interface Preset {
  id: string;
  title: string;
  scenario: unknown;
}

const FILES: Record<string, unknown> = {
  't25fw-edss6': t25fw,
  't25fw-edss6-loss': t25fwLoss,
  'sixmwt-edss6': sixmwt,
  'edss-plus-responders': responders,
  'dose-finding-t25fw': doseFinding,
};

export const PRESETS: Preset[] = index
  .filter((e) => e.id in FILES)
  .map((e) => ({ id: e.id, title: e.title, scenario: FILES[e.id] }));

export const DEFAULT_PRESET_ID = 't25fw-edss6';

/** A fresh copy of a preset's scenario (callers may keep it in state). */
export function presetScenario(id: string): unknown {
  const p = PRESETS.find((x) => x.id === id);
  return p ? structuredClone(p.scenario) : undefined;
}
