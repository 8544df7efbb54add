/**
 * A chart as a PNG fit for a slide: at least 1600 px wide, with its title,
 * unit and period, legend, notes and source drawn into the image, so the
 * picture still says what it shows once it leaves the dashboard.
 */

const minimumWidth = 1600;
const padding = 24;
/** Space between a title and its subtitle, or a note and the source line. */
const blockGap = 4;
const fontFamily = '"Be Vietnam Pro", Arial, sans-serif';

function cssVariable(name: string): string {
  return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
}

/** An SVG drawn as an image sees no page styles: CSS variables become plain colours first. */
function resolveVariables(value: string): string {
  return value.replace(/var\((--[\w-]+)\)/g, (_match, name: string) => cssVariable(name) || '#000');
}

function dataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(reader.result as string);
    reader.onerror = () => reject(reader.error ?? new Error('the font file could not be read'));
    reader.readAsDataURL(blob);
  });
}

/**
 * Each font file read and encoded once per page: the files do not change, and a deck's worth
 * of PNGs need not fetch them again. A file that could not be had is asked for again next time.
 */
const inlinedFiles = new Map<string, Promise<string | undefined>>();

function inlinedFile(file: string): Promise<string | undefined> {
  const known = inlinedFiles.get(file);
  if (known) return known;
  const pending = fetch(file)
    .then(async (response) => (response.ok ? dataUrl(await response.blob()) : undefined))
    .catch(() => undefined);
  inlinedFiles.set(file, pending);
  void pending.then((url) => {
    if (url === undefined) inlinedFiles.delete(file);
  });
  return pending;
}

/**
 * An SVG drawn as an image loads nothing from outside, not even the page's fonts: its text
 * would fall back to Arial. The page's own @font-face rules (src/lib/fonts.css) go into the
 * image with their files inlined; a file that cannot be had leaves its face to the fallback.
 */
async function embeddedFontFaces(): Promise<string> {
  const rules = Array.from(document.styleSheets)
    .flatMap((sheet) => {
      try {
        return Array.from(sheet.cssRules);
      } catch {
        return []; // another origin's stylesheet
      }
    })
    .filter((rule): rule is CSSFontFaceRule => rule instanceof CSSFontFaceRule);
  const faces = await Promise.all(
    rules.map(async ({ style }) => {
      const file = /url\(["']?([^"')]+)["']?\)/.exec(style.getPropertyValue('src'))?.[1];
      const url = file && (await inlinedFile(file));
      if (!url) return '';
      const descriptors = ['font-family', 'font-style', 'font-weight', 'unicode-range']
        .map((name) => `${name}:${style.getPropertyValue(name)};`)
        .join('');
      return `@font-face{${descriptors}src:url(${url}) format("woff2")}`;
    }),
  );
  return faces.join('\n');
}

async function svgImage(svg: SVGSVGElement, width: number, height: number): Promise<HTMLImageElement> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const fonts = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  fonts.textContent = await embeddedFontFaces();
  clone.prepend(fonts);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // Attributes and CSSOM only: the page's Content-Security-Policy refuses inline style attributes.
  // (The fonts' <style> is read only inside the image, a document of its own.)
  clone.setAttribute('font-family', fontFamily);
  for (const element of [clone, ...clone.querySelectorAll<SVGElement>('*')]) {
    for (const attribute of ['fill', 'stroke']) {
      const value = element.getAttribute(attribute);
      if (value?.includes('var(')) element.setAttribute(attribute, resolveVariables(value));
    }
    for (const property of Array.from(element.style)) {
      const value = element.style.getPropertyValue(property);
      if (value.includes('var(')) element.style.setProperty(property, resolveVariables(value));
    }
  }
  const markup = new XMLSerializer().serializeToString(clone);
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('the chart could not be drawn as an image'));
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(markup)}`;
  });
}

function wrap(context: CanvasRenderingContext2D, text: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && context.measureText(candidate).width > maxWidth) {
      lines.push(line);
      line = word;
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  return lines;
}

type TextBlock = { text: string; font: string; color: string; lineHeight: number };

const textOf = (root: HTMLElement, selector: string) =>
  Array.from(root.querySelectorAll<HTMLElement>(selector)).map((element) => element.textContent?.trim() ?? '');

export async function chartPng(figure: HTMLElement): Promise<Blob> {
  const svg = figure.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!svg) throw new Error('the chart is not drawn');
  await document.fonts.ready;
  const { width, height } = svg.getBoundingClientRect();
  const image = await svgImage(svg, width, height);
  const pageWidth = width + padding * 2;
  const scale = Math.max(2, minimumWidth / pageWidth);
  const text = cssVariable('--text') || '#111';
  const muted = cssVariable('--muted') || '#374151';

  const header: TextBlock[] = [
    { text: textOf(figure, '.chart__title')[0] ?? '', font: `700 20px ${fontFamily}`, color: text, lineHeight: 28 },
    { text: textOf(figure, '.chart__subtitle')[0] ?? '', font: `400 14px ${fontFamily}`, color: muted, lineHeight: 20 },
  ];
  const legend = Array.from(figure.querySelectorAll<HTMLElement>('.chart__legend li')).map((item) => ({
    label: item.textContent?.trim() ?? '',
    swatch: item.querySelector<HTMLElement>('.chart__swatch'),
  }));
  // Legend items flow in rows like the page's legend does.
  const legendFont = `400 13px ${fontFamily}`;
  const legendRowHeight = 22;
  const legendMeasure = document.createElement('canvas').getContext('2d')!;
  legendMeasure.font = legendFont;
  let cursor = 0;
  let row = 0;
  const placed = legend.map((item) => {
    const itemWidth = 20 + legendMeasure.measureText(item.label).width + 20;
    if (cursor > 0 && cursor + itemWidth > width) {
      row += 1;
      cursor = 0;
    }
    const position = { ...item, x: padding + cursor, row };
    cursor += itemWidth;
    return position;
  });
  const footer: TextBlock[] = [
    ...textOf(figure, '.chart__note').map((note) => ({
      text: note,
      font: `400 13px ${fontFamily}`,
      color: text,
      lineHeight: 18,
    })),
    { text: textOf(figure, '.chart__source')[0] ?? '', font: `400 13px ${fontFamily}`, color: muted, lineHeight: 18 },
  ];

  const measure = document.createElement('canvas').getContext('2d')!;
  const layout = (blocks: TextBlock[]) =>
    blocks.map((block) => {
      measure.font = block.font;
      return { ...block, lines: wrap(measure, block.text, width) };
    });
  const headerLines = layout(header);
  const footerLines = layout(footer);
  const blockHeight = (blocks: ReturnType<typeof layout>) =>
    blocks.reduce((sum, block) => sum + block.lines.length * block.lineHeight + blockGap, 0);
  const legendHeight = legend.length > 0 ? (row + 1) * legendRowHeight + 6 : 0;
  const pageHeight =
    padding + blockHeight(headerLines) + 8 + height + legendHeight + 8 + blockHeight(footerLines) + padding;

  const canvas = document.createElement('canvas');
  canvas.width = Math.round(pageWidth * scale);
  canvas.height = Math.round(pageHeight * scale);
  const context = canvas.getContext('2d')!;
  context.scale(scale, scale);
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, pageWidth, pageHeight);
  context.textBaseline = 'top';

  let y = padding;
  const drawBlocks = (blocks: ReturnType<typeof layout>) => {
    for (const block of blocks) {
      context.font = block.font;
      context.fillStyle = block.color;
      for (const line of block.lines) {
        context.fillText(line, padding, y);
        y += block.lineHeight;
      }
      y += blockGap;
    }
  };
  drawBlocks(headerLines);
  y += 8;
  context.drawImage(image, padding, y, width, height);
  y += height + 6;
  context.font = legendFont;
  for (const item of placed) {
    const x = item.x;
    const top = y + item.row * legendRowHeight;
    const style = item.swatch ? getComputedStyle(item.swatch) : undefined;
    const fill = style && style.backgroundColor !== 'rgba(0, 0, 0, 0)' ? style.backgroundColor : '#ffffff';
    const border = style ? parseFloat(style.borderTopWidth) : 0;
    context.fillStyle = fill;
    context.fillRect(x, top + 2, 14, 14);
    if (style?.backgroundImage.includes('gradient')) {
      // A striped swatch (derived bars; targets met or exceeded), its stripes in the swatch's --stripe.
      context.save();
      context.beginPath();
      context.rect(x, top + 2, 14, 14);
      context.clip();
      context.strokeStyle = style.getPropertyValue('--stripe').trim() || text;
      context.lineWidth = 2;
      for (let offset = -14; offset <= 14; offset += 5) {
        context.beginPath();
        context.moveTo(x + offset, top + 16);
        context.lineTo(x + offset + 14, top + 2);
        context.stroke();
      }
      context.restore();
    }
    if (border > 0) {
      context.strokeStyle = style!.borderTopColor;
      context.lineWidth = border;
      context.strokeRect(x, top + 2, 14, 14);
    }
    context.fillStyle = text;
    context.fillText(item.label, x + 20, top + 2);
  }
  y += legendHeight + 2;
  drawBlocks(footerLines);

  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
