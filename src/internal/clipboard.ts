/** Copies `text`; false when the page may not (no clipboard on a plain http page, permission refused). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
