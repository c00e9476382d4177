import { pct } from '../../core/report/formatReport.ts';
import type { ValidScenario } from '../../core/scenario/types.ts';
import { effectSummary, fmtDiff } from '../../form/effectSummary.ts';

/** The planning basis, prior and dose assumptions in words, for figure notes and the compare view. */
export function effectNotes(s: ValidScenario): string[] {
  const e = s.effect;
  const sum = effectSummary(s);
  const planned = sum.rows.map((r) => `${r.arm} ${fmtDiff(r.planned)}`).join(', ');
  const basis =
    e.basis === 'observed'
      ? 'the observed difference'
      : e.basis === 'shrunk'
        ? `the observed difference shrunk ×${e.shrinkage}`
        : `the lower bound of a one-sided ${pct(e.confidence)} confidence interval`;
  const lines = [`Planned effect: ${basis} (source n ${e.sourceN} per arm) → ${planned}${sum.unit ? ` ${sum.unit}` : ''}.`];
  const dr = s.doseResponse;
  if (dr) {
    const shape = dr.model === 'emax' ? `Emax, ED50 ${dr.ed50}, Hill ${dr.hill}` : dr.model === 'log-linear' ? `log-linear, offset ${dr.offset}` : dr.delta !== undefined ? `${dr.model}, δ ${dr.delta}` : dr.model;
    const anchor = dr.reference ? `, effect ${fmtDiff(dr.reference.effect)} at dose ${dr.reference.dose}` : '';
    lines.push(`Dose-response (assumed): ${shape}${anchor}; doses ${s.arms.map((a) => a.dose ?? 0).join(', ')}${dr.unit ? ` ${dr.unit}` : ''}.`);
  }
  if (s.effectPrior) lines.push(`Design prior on the difference: normal, SD ${fmtDiff(s.effectPrior.sd, 2)} (assurance dotted).`);
  if (s.exploratory && e.basis === 'observed' && !s.effectPrior)
    lines.push('Caution: planned on the unshrunk effect of a small exploratory subgroup, which is probably inflated.');
  return lines;
}
