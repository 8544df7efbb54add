/**
 * Sentences and clauses, with their offsets in the paragraph so a quote is always a verbatim slice.
 * Vietnamese reviews chain one indicator's figures with commas and separate indicators (or one
 * indicator's periods) with semicolons; a parenthesis often holds the detail of the clause before it.
 */

export type Span = { start: number; end: number };

/** Sentences end at . ! ? … followed by a space and a capital, quote mark or parenthesis. */
export function splitSentences(paragraph: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(/[.!?…]+\s+(?=[\p{Lu}“"(])/gu)) {
    const end = match.index + match[0].trimEnd().length;
    spans.push({ start, end });
    start = match.index + match[0].length;
  }
  if (start < paragraph.length) spans.push({ start, end: paragraph.length });
  return spans;
}

/** Clauses of a sentence: split at `;` and at parentheses. */
export function splitClauses(paragraph: string, sentence: Span): Span[] {
  const spans: Span[] = [];
  let start = sentence.start;
  for (let index = sentence.start; index <= sentence.end; index += 1) {
    const char = paragraph[index];
    if (index === sentence.end || char === ';' || char === '(' || char === ')') {
      if (index > start) spans.push({ start, end: index });
      start = index + 1;
    }
  }
  return spans.filter((span) => /\S/.test(paragraph.slice(span.start, span.end)));
}

/** The span without surrounding spaces, punctuation and leading connectors ("trong đó,", "và"). */
export function trimSpan(paragraph: string, span: Span): Span {
  let { start, end } = span;
  const leading = /^[\s,;:.(]+|^(trong đó|đồng thời|riêng|còn|và)\s*,?\s*/iu;
  for (let match = leading.exec(paragraph.slice(start, end)); match && match[0].length > 0;) {
    start += match[0].length;
    match = leading.exec(paragraph.slice(start, end));
  }
  while (end > start && /[\s,;:.…)]/.test(paragraph[end - 1] ?? '')) end -= 1;
  return { start, end };
}
