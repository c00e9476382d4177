import type { Workspace } from '../../workspace.ts';

/** Arm mean and sum of squared deviations from the patient values (two-pass, for accuracy). */
export function summarizeArm(ws: Workspace, j: number): void {
  const m = ws.m[j];
  const x = ws.data[j];
  let sum = 0;
  for (let i = 0; i < m; i++) sum += x[i];
  const mean = m > 0 ? sum / m : NaN;
  let ss = 0;
  for (let i = 0; i < m; i++) {
    const d = x[i] - mean;
    ss += d * d;
  }
  ws.mean[j] = mean;
  ws.ss[j] = ss;
}
