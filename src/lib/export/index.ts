export { serializeSvg } from './serializeSvg.ts';
export { svgDataUrl, svgToPngBlob } from './svgToPng.ts';
export { downloadBlob, downloadText } from './download.ts';
export { safeFilename } from './safeFilename.ts';
