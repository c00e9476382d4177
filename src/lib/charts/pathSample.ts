import type { Box } from './labelPlacement.ts';

export interface Pt {
  x: number;
  y: number;
}

/**
 * Points along an SVG path as d3-shape writes it (absolute M, L, C, Z), about `step` px apart, so
 * labels can keep clear of the curve actually drawn (a monotone cubic bends away from its polyline).
 * @example samplePath('M0,0L10,0', 5) // → [{x:0,y:0},{x:5,y:0},{x:10,y:0}]
 */
export function samplePath(d: string, step = 3): Pt[] {
  const out: Pt[] = [];
  const tokens = d.match(/[MLCZ]|-?\d*\.?\d+(?:e[-+]?\d+)?/gi) ?? [];
  let i = 0;
  let cur: Pt = { x: 0, y: 0 };
  let start: Pt = cur;
  let cmd = '';
  const num = () => Number(tokens[i++]);
  const lineTo = (p: Pt) => {
    const k = Math.max(1, Math.ceil(Math.hypot(p.x - cur.x, p.y - cur.y) / step));
    for (let j = 1; j <= k; j++) out.push({ x: cur.x + ((p.x - cur.x) * j) / k, y: cur.y + ((p.y - cur.y) * j) / k });
    cur = p;
  };
  while (i < tokens.length) {
    if (/^[MLCZ]$/i.test(tokens[i])) cmd = tokens[i++].toUpperCase();
    if (cmd === 'M') {
      cur = start = { x: num(), y: num() };
      out.push(cur);
      cmd = 'L';
    } else if (cmd === 'L') lineTo({ x: num(), y: num() });
    else if (cmd === 'C') {
      const [a, b, c] = [{ x: num(), y: num() }, { x: num(), y: num() }, { x: num(), y: num() }];
      const p0 = cur;
      const k = Math.max(2, Math.ceil((Math.hypot(a.x - p0.x, a.y - p0.y) + Math.hypot(b.x - a.x, b.y - a.y) + Math.hypot(c.x - b.x, c.y - b.y)) / step));
      for (let j = 1; j <= k; j++) {
        const t = j / k;
        const u = 1 - t;
        out.push({
          x: u * u * u * p0.x + 3 * u * u * t * a.x + 3 * u * t * t * b.x + t * t * t * c.x,
          y: u * u * u * p0.y + 3 * u * u * t * a.y + 3 * u * t * t * b.y + t * t * t * c.y,
        });
      }
      cur = c;
    } else if (cmd === 'Z') {
      lineTo(start);
      cmd = '';
    } else i++; // an unexpected token: skip it
  }
  return out;
}

/** Small boxes (± `r` px, the stroke's reach) around points sampled along each path. */
export function pathObstacles(paths: readonly (string | null)[], r = 2): Box[] {
  return paths.flatMap((d) => (d ? samplePath(d).map((p) => ({ x0: p.x - r, y0: p.y - r, x1: p.x + r, y1: p.y + r })) : []));
}
