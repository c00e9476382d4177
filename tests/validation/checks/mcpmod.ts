/** Trend test (MCP step) against scipy, and the Mod step fits against DoseFinding 1.0.3 fitMod. */
import { readFileSync } from 'node:fs';
import { maxContrastCriticalDetail } from '../../../src/core/mcpmod/critical.ts';
import { DoseResponseFit } from '../../../src/core/mcpmod/fit/doseResponseFit.ts';
import { candidateContrasts } from '../../../src/core/mcpmod/contrasts.ts';
import { maxContrastPower } from '../../../src/core/mcpmod/maxContrastPower.ts';
import { fits } from '../../core/mcpmod/fit/fitFixtures.ts';
import { fx } from '../../core/mcpmod/fixtures.ts';
import { err, num, sci, worst, type ValidationRow } from '../kit.ts';
import type { FitModel } from '../../../src/core/mcpmod/fit/types.ts';

/** tests/fixtures/mcpmodBinaryFit/generalFits.json: fitMod(type = "general") on log-odds (make_general_fit_fixtures.R). */
const general: { datasets: { doses: number[]; off: number; theta: number[]; v: number[]; fits: { model: FitModel; gRSS: number; gAIC: number }[] }[] } =
  JSON.parse(readFileSync(new URL('../../fixtures/mcpmodBinaryFit/generalFits.json', import.meta.url), 'utf8'));

/** Generalised fits: how many reach fitMod's gRSS (1e-9 relative, 1e-10 absolute for exact fits), and the worst gAIC gap where equal. */
function generalFits(): { ok: number; n: number; aic: number } {
  let ok = 0;
  let n = 0;
  let aic = 0;
  for (const ds of general.datasets)
    for (const ref of ds.fits) {
      const f = new DoseResponseFit(ref.model, ds.doses, { offset: ds.off, general: true });
      n++;
      if (!f.fit({ m: ds.v.map((v) => 1 / v), mean: ds.theta, ss: ds.v.map(() => 0) }) || !(f.rss <= ref.gRSS * (1 + 1e-9) + 1e-10)) continue;
      ok++;
      if (ref.gRSS <= f.rss * (1 + 1e-9) + 1e-10) aic = Math.max(aic, Math.abs(f.aic - ref.gAIC) / ref.gAIC);
    }
  return { ok, n, aic };
}

const S = 'Trend test (MCP-Mod)';

/** Critical values of the maximum contrast, and least-squares fits of each candidate model. */
export function mcpmodChecks(): ValidationRow[] {
  const crit = worst(fx.critical.map((r) => [maxContrastCriticalDetail(r.correlation, num(r.df), r.alpha).q, r.q] as [number, number]), 0, 2e-3);
  let fitsOk = 0;
  let fitsN = 0;
  for (const ds of fits.datasets)
    for (const ref of ds.fits) {
      const f = new DoseResponseFit(ref.model, ds.data.doses, { offset: ds.off });
      fitsN++;
      // Ours must never be a worse optimum than fitMod's (relative RSS excess ≤ 1e-9).
      const excess = f.fit(ds.data) ? f.rss / ref.rss - 1 : Infinity;
      if (excess <= 1e-9) fitsOk++;
    }
  // Power against scipy's multivariate normal in S: within our stated error + half the critical values' gap + 1e-4.
  let powOk = true;
  let powWorst = 0;
  fx.power.forEach((r, i) => {
    const c = fx.contrasts[i];
    const p = maxContrastPower(candidateContrasts(c.candidates, c.doses, c.n), c.n, r.means, r.sd, 1, r.alpha);
    const d = Math.abs(p.power - r.power);
    powWorst = Math.max(powWorst, d);
    if (!(d < p.error + 0.5 * Math.abs(p.critical - r.q) + 1e-4)) powOk = false;
  });
  const powN = fx.power.length;
  const g = generalFits();
  return [
    {
      section: S,
      method: 'MCP step: power of the maximum contrast test (multivariate noncentral t)',
      reference: 'Gauss–Legendre in S × scipy multivariate_normal.cdf',
      tolerance: 'our stated error + ½·|Δ critical value| + 1e-4',
      result: `max ${err(powWorst)} over ${powN} designs`,
      pass: powOk && powN > 0,
      testFile: 'tests/core/mcpmod/power.test.ts',
    },
    {
      section: S,
      method: 'MCP step: critical value of the maximum contrast t',
      reference: 'scipy multivariate_t / multivariate_normal (full rank), exact angular quadrature (rank 2)',
      tolerance: '2e-3 absolute',
      result: `max ${err(crit.absErr)} over ${crit.n} critical values`,
      pass: crit.ok,
      testFile: 'tests/core/mcpmod/critical.test.ts',
    },
    {
      section: S,
      method: 'Mod step: least-squares fit of each candidate model',
      reference: 'DoseFinding 1.0.3 fitMod (type "normal")',
      tolerance: 'RSS ≤ fitMod RSS × (1 + 1e-9)',
      result: `${fitsOk} of ${fitsN} fits at or below fitMod's RSS`,
      pass: fitsOk === fitsN && fitsN > 0,
      testFile: 'tests/core/mcpmod/fit/doseResponseFit.test.ts',
    },
    {
      section: S,
      method: 'Mod step on binary endpoints: generalised least squares on log-odds, gAIC',
      reference: 'DoseFinding 1.0.3 fitMod (type "general", S = diag(v)), gAIC',
      tolerance: 'gRSS ≤ fitMod gRSS × (1 + 1e-9) + 1e-10; gAIC 1e-6 relative where the optima agree',
      result: `${g.ok} of ${g.n} fits at or below fitMod's gRSS; gAIC max relative error ${err(g.aic)}`,
      pass: g.ok === g.n && g.n > 0 && g.aic < 1e-6,
      testFile: 'tests/core/mcpmod/fit/generalFit.test.ts',
    },
  ];
}
