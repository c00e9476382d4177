/** Okabe & Ito (2008) colour-blind-safe palette, in the order arms get them. */
export const PALETTE = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;

export function armColor(index: number): string {
  return PALETTE[index % PALETTE.length];
}
