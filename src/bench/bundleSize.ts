// The page's JavaScript as a browser first loads it (issue 11: "main bundle < 100 kB gzip"), read from
// the served build, gzipped here (level 6, as Vite's report): the entry alone, and the entry with the
// chunks index.html modulepreloads (the browser fetches those at once, so they are the first load).
import { gzipSync } from 'node:zlib';

export interface BundleSizes {
  /** kB gzip of the entry script alone. */
  entryKb: number;
  /** kB gzip of the entry plus every modulepreloaded chunk: what the first paint waits for. */
  firstLoadKb: number;
  /** kB gzip of the stylesheets index.html links. */
  cssKb: number;
}

async function gzKb(url: string): Promise<number> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`bundle size: ${url} answered ${res.status}`);
  return gzipSync(Buffer.from(await res.arrayBuffer()), { level: 6 }).length / 1000;
}

async function sum(base: string, files: readonly string[]): Promise<number> {
  let kb = 0;
  for (const f of files) kb += await gzKb(new URL(f, base).href);
  return kb;
}

/** Sizes of the app served at `base` (its index.html and the files it names). */
export async function bundleSizes(base: string): Promise<BundleSizes> {
  const html = await (await fetch(base)).text();
  const attr = (re: RegExp) => [...html.matchAll(re)].map((m) => m[1]);
  const entry = attr(/<script[^>]*\ssrc="([^"]+)"/g);
  const preloads = attr(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g);
  const css = attr(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g);
  const entryKb = await sum(base, entry);
  return { entryKb, firstLoadKb: entryKb + (await sum(base, preloads)), cssKb: await sum(base, css) };
}

/** kB gzip of the given script URLs (e.g. every script the page had fetched when its first curve appeared). */
export function scriptsKb(urls: readonly string[]): Promise<number> {
  return sum('http://unused/', urls);
}
