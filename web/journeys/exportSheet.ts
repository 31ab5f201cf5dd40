import { INK } from './DrawingShapes.tsx';
import { type LegendEntry, legendShape, shapeSvg } from './legendShape.ts';

/** What the exported sheet says around the picture, so the file stands alone when printed or mailed. */
export interface SheetText {
  title: string;
  /** "Demokommune · Version 3 · 2. december 2026". */
  subtitle: string;
  /** The SVG `<desc>`: what the picture shows, in a sentence or two. */
  desc: string;
  legend: readonly LegendEntry[];
  legendTitle: string;
  stepsTitle: string;
  steps: readonly string[];
}

export interface Sheet {
  svg: string;
  width: number;
  height: number;
}

const xml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const cut = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/**
 * A standalone SVG sheet: title, municipality, version and date on top, the picture (the drawing or
 * the swimlanes, copied from the page) below, and beside it the legend and the numbered step list.
 * The `<title>` and `<desc>` make the file meaningful to screen readers and file browsers.
 */
export function composeSheet(picture: SVGSVGElement, text: SheetText): Sheet {
  const pw = Number(picture.getAttribute('width')) || picture.viewBox.baseVal.width;
  const ph = Number(picture.getAttribute('height')) || picture.viewBox.baseVal.height;
  const header = 78;
  const side = 440;
  const copy = picture.cloneNode(true) as SVGSVGElement;
  for (const node of copy.querySelectorAll(':scope > title, :scope > desc')) node.remove();
  copy.removeAttribute('role');
  copy.removeAttribute('aria-labelledby');
  copy.setAttribute('x', '0');
  copy.setAttribute('y', String(header));
  const inner = new XMLSerializer().serializeToString(copy);
  const parts: string[] = [];
  let y = header + 24;
  const sx = pw + 24;
  parts.push(
    `<text x="${sx}" y="${y}" font-size="15" font-weight="700" fill="${INK.text}">${xml(text.legendTitle)}</text>`,
  );
  for (const entry of text.legend) {
    y += 22;
    parts.push(shapeSvg(legendShape(entry, sx, y - 4)));
    parts.push(
      `<text x="${sx + 42}" y="${y}" font-size="12" fill="${INK.text}">${xml(cut(entry.text, 56))}</text>`,
    );
  }
  y += 36;
  parts.push(
    `<text x="${sx}" y="${y}" font-size="15" font-weight="700" fill="${INK.text}">${xml(text.stepsTitle)}</text>`,
  );
  text.steps.forEach((step, i) => {
    y += 17;
    parts.push(
      `<text x="${sx}" y="${y}" font-size="11.5" fill="${INK.text}"><tspan font-weight="700">${i + 1}.</tspan> ${xml(cut(step, 66))}</text>`,
    );
  });
  const width = pw + side;
  const height = Math.max(header + ph, y + 24);
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="sheet-title sheet-desc" font-family="system-ui, Arial, sans-serif">`,
    `<title id="sheet-title">${xml(text.title)}</title>`,
    `<desc id="sheet-desc">${xml(text.desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="24" y="34" font-size="22" font-weight="700" fill="${INK.text}">${xml(cut(text.title, 90))}</text>`,
    `<text x="24" y="58" font-size="13" fill="${INK.muted}">${xml(text.subtitle)}</text>`,
    inner,
    ...parts,
    '</svg>',
  ].join('\n');
  return { svg, width, height };
}
