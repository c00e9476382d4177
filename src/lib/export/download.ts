/** Save a Blob through a temporary <a download>; the object URL is revoked once the click has been handled. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoking synchronously can cancel the download in some browsers.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Save text (CSV, JSON, SVG…) as a file. */
export function downloadText(text: string, filename: string, mime: string): void {
  const type = /charset=/i.test(mime) || !/^text\/|json|xml|csv/i.test(mime) ? mime : `${mime};charset=utf-8`;
  downloadBlob(new Blob([text], { type }), filename);
}
