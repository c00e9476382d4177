/** SVG markup as a data URL an <img> can load (no object URL to revoke, no canvas tainting). */
export function svgDataUrl(svgText: string): string {
  return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText)}`;
}

function loadImage(src: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const img = new Image();
    img.decoding = 'async';
    img.onload = () => resolve(img);
    img.onerror = () => reject(new Error('Could not render the SVG as an image'));
    img.src = src;
  });
}

/**
 * Rasterise SVG markup to a PNG at `scale`× its CSS size (2× by default, crisp on retina and in print).
 * The canvas is filled white first so transparent regions do not turn black in some viewers.
 * Encoded at once (`toDataURL`), not by `toBlob` or `convertToBlob`: Chromium runs those encoders in an idle period
 * of the page's thread, and right after another download there was none for a second (measured: a PNG clicked after
 * an SVG or CSV export took 1.05 s, against 0.04 s after a PNG). At 2× a figure encodes in ~20 ms.
 */
export async function svgToPngBlob(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  const img = await loadImage(svgDataUrl(svgText));
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D context is not available');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, canvas.width, canvas.height);
  ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
  return dataUrlBlob(canvas.toDataURL('image/png'));
}

/** The bytes of a base64 data URL as a Blob of its type. */
function dataUrlBlob(url: string): Blob {
  const comma = url.indexOf(',');
  const type = /^data:([^;,]+)/.exec(url)?.[1] ?? 'application/octet-stream';
  if (comma < 0 || type !== 'image/png') throw new Error('PNG encoding failed');
  const text = atob(url.slice(comma + 1));
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
  return new Blob([bytes], { type });
}
