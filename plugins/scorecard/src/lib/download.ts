/**
 * Saves a blob as a file. The file comes from fetchApi (it needs the user's token) or is built in
 * the browser, so there is no URL to link to: an object URL on a temporary <a download> is the
 * portable way to hand it to the browser's download manager.
 */
export function saveBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Revoked on the next tick: some browsers start the download only after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
