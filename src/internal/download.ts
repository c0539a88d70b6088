/** Downloads `text` as `<name>.txt`. */
export function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `${name.replace(/[^\w-]+/g, '_')}.txt`;
  link.click();
  // The download has started from the click; the URL is only needed that long.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
