/** Data the dose × n heatmap draws: plain values, reshaped from the engine's result rows. */
export interface HeatmapRow {
  arm: string;
  /** Row label, e.g. "10 M cells (10)". */
  label: string;
}

export interface HeatmapCell {
  arm: string;
  n: number;
  power: number;
  mcse: number;
  /** The first simulated n at which this arm reaches the target. */
  hit: boolean;
}

export interface HeatmapData {
  /** Top to bottom (highest dose first). */
  rows: HeatmapRow[];
  ns: number[];
  cells: HeatmapCell[];
  targetPower: number;
  xLabel: string;
  yLabel: string;
  title: string;
  notes: string[];
  /** What the cells show, for the key and tooltips: "Power" (default) or "Assurance". */
  measure?: 'Power' | 'Assurance';
}
