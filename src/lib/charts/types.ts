/** Data a power chart draws: one series per treatment arm. Plain data; the chart computes scales. */
export interface CurvePoint {
  n: number;
  power: number;
  /** 95% Monte Carlo (Wilson) band. */
  lo: number;
  hi: number;
  mcse: number;
  /** Closed-form power at this n, if one exists. */
  analytic: number | null;
}

export interface CurveSeries {
  arm: string;
  /** A colour from the colour-blind-safe palette (src/lib/charts/palette.ts). */
  color: string;
  points: CurvePoint[];
  /** With a design prior: assurance at each n, drawn dotted next to the power curve. */
  assurance?: AssurancePoint[];
}

export interface AssurancePoint {
  n: number;
  assurance: number;
  mcse: number;
}

export interface TargetMark {
  arm: string;
  color: string;
  n: number;
  power: number;
}

export interface PowerChartData {
  series: CurveSeries[];
  targetPower: number;
  marks: TargetMark[];
  xLabel: string;
  yLabel: string;
  /** Shown inside exported figures (title, assumption lines, seed). */
  title: string;
  notes: string[];
}
