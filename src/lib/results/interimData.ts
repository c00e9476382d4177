import { fixed, pctFixed } from '../../core/report/numberText.ts';
import type { InterimSummary } from '../../core/results/interimSummary.ts';
import { safeCsvFormat } from '../../core/results/safeCsv.ts';
import type { ResolvedScenario } from '../../core/scenario/types.ts';
import type { BarChartData, LineChartData } from '../charts/figureTypes.ts';
import { armColor, PALETTE } from '../charts/palette.ts';

const EFFICACY: string = PALETTE[2];
const FUTILITY: string = PALETTE[1];

/** Efficacy bounds (and the futility z) against information rate, on the z scale: the engine's bounds, reshaped. */
export function boundaryChartData(s: ResolvedScenario, g: InterimSummary): LineChartData {
  const eff = g.looks.filter((l) => l.efficacyZ !== null).map((l) => ({ x: l.rate, y: l.efficacyZ as number }));
  const fut = g.looks.filter((l) => l.futilityZ !== null).map((l) => ({ x: l.rate, y: l.futilityZ as number }));
  const zs = [0, ...eff.map((p) => p.y), ...fut.map((p) => p.y)];
  const lo = Math.floor(Math.min(...zs) - 0.5);
  const hi = Math.ceil(Math.max(...zs) + 0.5);
  const futLabel = `Futility z (${g.futilityBinding ? 'binding' : 'non-binding'}): stop when z is below`;
  return {
    title: `${s.name ?? 'Stride'}: group-sequential bounds`,
    notes: [`Efficacy: ${s.interim?.efficacy ?? ''} spending of one-sided ${fixed(s.interim?.level ?? 0, 4)} per comparison; looks at ${g.looks.map((l) => pctFixed(l.rate)).join(', ')} of the patients.`],
    series: [
      { label: 'Efficacy bound: stop and reject when z reaches it', color: EFFICACY, dots: true, valueAttrs: true, points: eff },
      ...(fut.length ? [{ label: futLabel, color: FUTILITY, dashed: true, dots: true, valueAttrs: true, points: fut }] : []),
    ],
    markers: [],
    // Each bound is a decision at one look: drawn large and labelled with its z, so a single futility look shows too.
    highlights: [
      ...eff.map((p) => ({ x: p.x, y: p.y, color: EFFICACY, label: `z ≥ ${fixed(p.y, 2)}` })),
      ...fut.map((p) => ({ x: p.x, y: p.y, color: FUTILITY, label: `z < ${fixed(p.y, 2)}` })),
    ],
    xLabel: 'Information rate (share of the patients analysed at the look)',
    yLabel: 'z statistic',
    xFormat: 'percent',
    yFormat: 'decimal',
    yDomain: [lo, hi],
  };
}

/** Expected control-arm n (by the stopping look) against the planned maximum n, one line per treatment arm. */
export function expectedNChartData(s: ResolvedScenario, g: InterimSummary): LineChartData {
  const ns = g.expectedN.flatMap((a) => a.points.map((p) => p.nPerArm));
  const top = Math.max(1, ...ns);
  return {
    title: `${s.name ?? 'Stride'}: expected patients per arm`,
    notes: ['Expected control-arm patients randomised by the look at which the trial stops (as rpact counts subjects).'],
    series: [
      ...g.expectedN.map((a, i) => ({ label: `${a.arm}: expected n`, color: armColor(i + 1), valueAttrs: true, points: a.points.map((p) => ({ x: p.nPerArm, y: p.expectedNPerArm })) })),
      { label: 'Maximum n (no early stop)', color: '#888888', dashed: true, points: [...new Set(ns)].sort((a, b) => a - b).map((n) => ({ x: n, y: n })) },
    ],
    markers: [],
    highlights: [],
    xLabel: 'Maximum patients per arm (the grid n)',
    yLabel: 'Expected patients per arm',
    xFormat: 'integer',
    yFormat: 'integer',
    yDomain: [0, top],
  };
}

/** The chances of stopping at each look (efficacy vs futility) at the n the summary chose, per treatment arm. */
export function stoppingChartData(s: ResolvedScenario, g: InterimSummary): BarChartData {
  const many = g.stopping.length > 1;
  const bars = g.stopping.flatMap((a) =>
    g.looks.flatMap((l, k) => {
      const head = `${many ? `${a.arm}, look` : 'Look'} ${l.look} (${pctFixed(l.rate)})`;
      const eff = a.efficacy[k] ?? 0;
      const out = [{ label: `${head}: stop for efficacy`, value: eff, color: EFFICACY, text: pctFixed(eff) }];
      if (l.futilityZ !== null) out.push({ label: `${head}: stop for futility`, value: a.futility[k] ?? 0, color: FUTILITY, text: pctFixed(a.futility[k] ?? 0) });
      return out;
    }),
  );
  const at = g.stopping.map((a) => `${many ? `${a.arm}: ` : ''}n = ${a.nPerArm} per arm`).join('; ');
  return {
    title: `${s.name ?? 'Stride'}: stopping chances per look`,
    notes: [`At ${at}: the smallest n simulated that reaches the target power (else the largest).`],
    bars,
    xLabel: `Chance of stopping at the look (${at})`,
    xFormat: 'percent',
    legend: [
      { kind: 'box', label: 'Stop for efficacy', color: EFFICACY },
      ...(g.looks.some((l) => l.futilityZ !== null) ? [{ kind: 'box' as const, label: 'Stop for futility', color: FUTILITY }] : []),
    ],
  };
}

/** The bounds per look as CSV. */
export function boundaryCsv(g: InterimSummary): string {
  return safeCsvFormat(g.looks.map((l) => ({ look: l.look, informationRate: l.rate, efficacyZ: l.efficacyZ ?? '', nominalAlpha: l.nominalAlpha, futilityZ: l.futilityZ ?? '' })));
}

/** Expected n per arm against n, and the stopping chances at the chosen n, as CSV (one row per arm and look). */
export function stoppingCsv(g: InterimSummary): string {
  const rows = g.stopping.flatMap((a) => g.looks.map((l, k) => ({ arm: a.arm, nPerArm: a.nPerArm, look: l.look, stopEfficacy: a.efficacy[k] ?? '', stopFutility: a.futility[k] ?? '' })));
  const en = g.expectedN.flatMap((a) => a.points.map((p) => ({ arm: a.arm, nPerArm: p.nPerArm, look: 'all', expectedNPerArm: p.expectedNPerArm })));
  return safeCsvFormat([...rows, ...en], ['arm', 'nPerArm', 'look', 'stopEfficacy', 'stopFutility', 'expectedNPerArm']);
}
