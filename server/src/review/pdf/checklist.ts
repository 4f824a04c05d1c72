// The closing "Reviewer checklist" page (findings mode 'checklist'): the document's parts found
// or missing, then every finding by page and line. It flows over as many pages as it needs.

import type { Content } from 'pdfmake/interfaces';
import { BODY_SIZE, HEADING_SIZE } from '../geometry';
import type { ReviewModel } from '../types';
import { SEVERITY_COLOUR } from './notes';

export function checklistContent(model: ReviewModel): Content[] {
  const out: Content[] = [{ text: 'Reviewer checklist', fontSize: HEADING_SIZE[0], bold: true, margin: [0, 0, 0, 8], pageBreak: 'before' }];
  for (const item of model.checklist)
    out.push({ text: [{ text: item.found ? 'Found    ' : 'Missing  ', bold: true, color: item.found ? '#2e7d32' : SEVERITY_COLOUR.error }, item.label], fontSize: BODY_SIZE, lineHeight: 1.3 });
  out.push({ text: 'Findings', fontSize: HEADING_SIZE[1], bold: true, margin: [0, 14, 0, 6] });
  if (!model.notes.length) out.push({ text: 'None.', fontSize: BODY_SIZE });
  const rows = model.notes.map((note) => {
    const line = model.lines[note.lineIndex];
    const where = note.wholeDocument ? 'Document' : line ? `Page ${line.page}, line ${line.number ?? '–'}` : '';
    return [
      { text: where, noWrap: true },
      { text: note.rule, color: SEVERITY_COLOUR[note.severity], bold: true },
      { text: note.message },
    ];
  });
  if (rows.length) out.push({ table: { headerRows: 0, widths: ['auto', 'auto', '*'], body: rows }, layout: 'lightHorizontalLines', fontSize: 8.5 });
  return out;
}
