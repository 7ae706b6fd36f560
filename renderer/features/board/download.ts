/** Hands a file to the browser (or the desktop window, which asks where to save it). */
export function download(fileName: string, content: Blob) {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(content);
  link.download = fileName;
  link.click();
  // Revoked once the download has begun: revoking at once can cancel it.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}

export function fromBase64(base64: string, type: string): Blob {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new Blob([bytes], { type });
}

/**
 * Save as PDF: in the desktop app Chromium prints the page to a file the person chooses; in a
 * browser the print dialog opens, where "Save as PDF" is one of the printers.
 */
export async function savePdf(title: string, fileName: string): Promise<string | null> {
  if (window.amends?.savePdf) {
    const result = await window.amends.savePdf(title, fileName);
    return result.saved ? (result.path ?? fileName) : null;
  }
  window.print();
  return null;
}
