/** Copies text to the clipboard; resolves false where the browser refuses (the caller then says how to copy by hand). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Says `message` in a live region and clears it after a few seconds, so the next copy is announced again. */
export function announce(status: Element | null, message: string): void {
  if (!status) return;
  status.textContent = message;
  setTimeout(() => {
    if (status.textContent === message) status.textContent = "";
  }, 4000);
}
