const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
const MAX_LENGTH = 120;

const clean = (t: string): string =>
  t
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-*\.[-.]*/g, '.')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');

/**
 * A file name that is safe on Windows, macOS and Linux: accents folded to ASCII, anything other
 * than letters, digits, '.', '_' and '-' replaced by '-', runs collapsed, no leading or trailing
 * dash/dot (so no hidden files or path tricks), at most 120 characters keeping the extension,
 * never empty (uses `fallback`) nor a reserved Windows device name. Case is kept.
 * @example safeFilename('T25FW, EDSS 6.0–6.5 / power.png') // → 'T25FW-EDSS-6.0-6.5-power.png'
 */
export function safeFilename(name: string, fallback = 'stride'): string {
  const trimmed = name.trim();
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(trimmed);
  const ext = m ? `.${m[1]}` : '';
  let stem = clean(m ? trimmed.slice(0, m.index) : trimmed);
  if (!stem) stem = fallback;
  if (stem.length + ext.length > MAX_LENGTH) stem = stem.slice(0, MAX_LENGTH - ext.length).replace(/[-.]+$/, '');
  if (RESERVED.test(stem.split('.')[0])) stem = `_${stem}`;
  return stem + ext;
}
