const SVG_NS = 'http://www.w3.org/2000/svg';

/**
 * Standalone SVG markup for an on-page <svg>: a clone with xmlns (XMLSerializer declares any other
 * namespace in use), explicit width/height/viewBox, tabindex/class removed and the hover layer dropped.
 * Presentation attributes (fill, stroke, font-*) are kept as-is; scoped CSS is not inlined.
 */
export function serializeSvg(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', SVG_NS);
  const w = svg.getAttribute('width') ?? String(svg.viewBox?.baseVal?.width || svg.getBoundingClientRect().width);
  const h = svg.getAttribute('height') ?? String(svg.viewBox?.baseVal?.height || svg.getBoundingClientRect().height);
  clone.setAttribute('width', w);
  clone.setAttribute('height', h);
  if (!clone.hasAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${w} ${h}`);
  for (const a of ['tabindex', 'class']) clone.removeAttribute(a);
  clone.querySelectorAll('[data-chart-part="hover"]').forEach((el) => el.remove());
  return new XMLSerializer().serializeToString(clone);
}
