import { scaleLinear } from 'd3-scale';

/**
 * Viridis stops (van der Walt & Smith, matplotlib 2015): perceptually uniform, readable in grey and
 * for the common colour-vision deficiencies. Low power is dark purple, high power yellow.
 */
export const VIRIDIS = ['#440154', '#3b528b', '#21918c', '#5ec962', '#fde725'] as const;

const ramp = scaleLinear<string>()
  .domain(VIRIDIS.map((_, i) => i / (VIRIDIS.length - 1)))
  .range([...VIRIDIS])
  .clamp(true);

/** Fill for a power in [0, 1] (d3-scale interpolates between the viridis stops); grey when not a number. */
export function heatColor(p: number): string {
  return Number.isFinite(p) ? ramp(p) : '#e5e7eb';
}

/** Relative luminance (WCAG 2) of an "rgb(r, g, b)" or "#rrggbb" colour. */
export function luminance(color: string): number {
  const m = /^rgb\((\d+),\s*(\d+),\s*(\d+)\)$/.exec(color);
  const hex = /^#([0-9a-f]{6})$/i.exec(color);
  const rgb = m ? [m[1], m[2], m[3]].map(Number) : hex ? [0, 2, 4].map((i) => parseInt(hex[1].slice(i, i + 2), 16)) : [229, 231, 235];
  const lin = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2];
}

/** White or black text, whichever contrasts more with the fill (at least 4.58:1 on any fill). */
export function textOn(fill: string): string {
  const l = luminance(fill);
  // WCAG contrast with white: 1.05/(l + 0.05); with black: (l + 0.05)/0.05.
  return 1.05 / (l + 0.05) >= (l + 0.05) / 0.05 ? '#ffffff' : '#000000';
}
