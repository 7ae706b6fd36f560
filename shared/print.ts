/**
 * How a printed document is laid out as a PDF, the same for the desktop app (Electron's
 * printToPDF) and the tests (Chromium's page.pdf()): A4, the page's own colours, 18 mm margins,
 * and a footer with the document's name and "page N of M" filled in by Chromium.
 */
export const pdfMarginMm = 18;

export function pdfFooter(title: string): string {
  const safe = title.replace(/[<>&"]/g, '');
  return `<div style="font-size:8px;font-family:Arial,sans-serif;color:#555;width:100%;padding:0 ${pdfMarginMm}mm;display:flex;justify-content:space-between"><span>${safe}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}

/** An empty header: Chromium prints the URL and date there unless given one. */
export const pdfHeader = '<div></div>';
