import { fold } from './text';

/**
 * How a report's text is laid out when copied from a news page: a headline, sometimes the page's
 * print header, the body's paragraphs, photo captions between them, the author's name, and then the
 * page's furniture (sharing boxes, other stories' headlines). Figures are drafted from the body only.
 */

export type Paragraph = { text: string; line: number };

export type Aside = { text: string; line: number; reason: string };

export type ReportLayout = {
  body: Paragraph[];
  /** Lines that are not body text: headline, captions, byline, page furniture. */
  asides: Aside[];
  title: string | null;
  /** Where the title was read, for the review sheet. */
  titleFrom: 'sharing box' | 'first line' | null;
  publishedOn: string | null;
  author: string | null;
  outlet: string | null;
};

/** Where the article ends and the page's furniture begins: other stories, sharing boxes, view counters. */
const furnitureStart =
  /^(tin khac|tin lien quan|bai lien quan|bai viet lien quan|xem them|doc them|tin cung chuyen muc|cung chuyen muc|tien ich thong tin|tin moi|tin doc nhieu|doc nhieu|binh luan)\b/;

/** A print header or counter line ("Print Thứ Sáu, 22/09/2023 18:15 Gốc", "Lượt xem: 1.234"). */
const pageChrome = /^(print|in bai|trang chu|luot xem|luot doc|cap nhat|dang luc|ngay dang)\b/;

/** Outlets the district's reviews are published in; a `Nguồn:` line names any other. */
const knownOutlets = [
  'Cổng tin tức Thành phố Hải Phòng',
  'Cổng Thông tin điện tử thành phố Hải Phòng',
  'Báo Hải Phòng',
  'Báo An ninh Hải Phòng',
  'VietNamNet',
  'Báo Nhân Dân',
  'Cổng thông tin điện tử quận Lê Chân',
];

const sentenceEnd = /[.…!?;:)”"]$/;

/** A body paragraph ends like a sentence; a long line without its final stop is body text too. */
function isBodyText(line: string): boolean {
  return (sentenceEnd.test(line) || line.length > 200) && !/(^|\s)Ảnh:/.test(line);
}

/** "Hoàng Tùng", "Minh Anh (giả lập)": a short line of capitalised words with no digits. */
function looksLikeByline(line: string): boolean {
  const name = line.replace(/\s*\([^)]*\)\s*$/, '').replace(/^(bài và ảnh|bài, ảnh|bài|theo):?\s*/i, '');
  const words = name.split(/\s+/);
  return (
    name.length <= 40 &&
    words.length >= 2 &&
    words.length <= 5 &&
    words.every((word) => /^\p{Lu}\p{Ll}*$/u.test(word)) &&
    !/hội nghị/i.test(name)
  );
}

function isoDate(day: string, month: string, year: string): string | null {
  const date = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date ? null : date;
}

export function readLayout(text: string): ReportLayout {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
  const furnitureAt = lines.findIndex((line) => furnitureStart.test(fold(line)));
  const articleEnd = furnitureAt === -1 ? lines.length : furnitureAt;
  const body: Paragraph[] = [];
  const asides: Aside[] = [];
  let author: string | null = null;
  lines.forEach((line, index) => {
    if (index >= articleEnd) asides.push({ text: line, line: index + 1, reason: 'phần trang web sau bài viết' });
    else if (pageChrome.test(fold(line))) asides.push({ text: line, line: index + 1, reason: 'dòng của trang web' });
    else if (index === 0 && !/[.…]$/.test(line) && line.length <= 200)
      asides.push({ text: line, line: 1, reason: 'tiêu đề bài' });
    else if (isBodyText(line) && !looksLikeByline(line)) body.push({ text: line, line: index + 1 });
    else {
      if (looksLikeByline(line) && index > 0) author = line.replace(/^(bài và ảnh|bài, ảnh|bài|theo):?\s*/i, '');
      asides.push({ text: line, line: index + 1, reason: 'không phải câu văn (tiêu đề, chú thích ảnh, tên tác giả)' });
    }
  });

  // A news portal's sharing box repeats the headline ("QR CODE: Quận Lê Chân: …").
  const sharing = lines.map((line) => /^QR CODE:\s*(.+)$/i.exec(line)?.[1]).find(Boolean);
  const firstLine = lines[0];
  const firstIsTitle =
    firstLine !== undefined &&
    !/[.…]$/.test(firstLine) &&
    firstLine.length <= 200 &&
    !pageChrome.test(fold(firstLine)) &&
    !/(^|\s)Ảnh:/.test(firstLine) &&
    !looksLikeByline(firstLine);
  const title = sharing ?? (firstIsTitle ? firstLine : null);

  const header = lines.slice(0, 3).concat(asides.map((aside) => aside.text));
  const dated = header.map((line) => /\b(\d{1,2})\/(\d{1,2})\/(\d{4})\b/.exec(line)).find(Boolean);
  const publishedOn = dated ? isoDate(dated[1] ?? '', dated[2] ?? '', dated[3] ?? '') : null;

  const named = lines.map((line) => /^Nguồn:\s*(.+)$/i.exec(line)?.[1]?.trim()).find(Boolean);
  const foldedText = fold(text);
  const outlet = named ?? knownOutlets.find((name) => foldedText.includes(fold(name))) ?? null;

  return {
    body,
    asides,
    title: title ?? null,
    titleFrom: sharing ? 'sharing box' : firstIsTitle ? 'first line' : null,
    publishedOn,
    author,
    outlet,
  };
}
