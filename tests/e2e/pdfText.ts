// The text of a PDF that Chromium printed, for tests: each object's stream inflated, the glyph codes of each text
// run read back to letters through its font's ToUnicode map, and the link annotations' addresses.
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream?: string;
}

function objects(pdf: Buffer): Map<number, PdfObject> {
  const source = pdf.toString('latin1');
  const found = new Map<number, PdfObject>();
  for (const match of source.matchAll(/(\d+) 0 obj\s*([\s\S]*?)endobj/g)) {
    const body = match[2] ?? '';
    const at = body.search(/stream\r?\n/);
    if (at < 0) {
      found.set(Number(match[1]), { dict: body });
      continue;
    }
    const start = (match.index ?? 0) + match[0].indexOf(body) + at + (body.slice(at).startsWith('stream\r\n') ? 8 : 7);
    const end = source.indexOf('endstream', start);
    const bytes = pdf.subarray(start, end);
    let stream: string;
    try {
      stream = inflateSync(bytes).toString('latin1');
    } catch {
      stream = bytes.toString('latin1');
    }
    found.set(Number(match[1]), { dict: body.slice(0, at), stream });
  }
  return found;
}

function unicodeMap(cmap: string): Map<string, string> {
  const map = new Map<string, string>();
  const text = (hex: string) => String.fromCodePoint(...(hex.match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, code = '', unicode = ''] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(code.toUpperCase(), text(unicode));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    for (const [, from = '0', to = '0', unicode = '0'] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) {
      for (let code = parseInt(from, 16); code <= parseInt(to, 16); code++) {
        map.set(code.toString(16).toUpperCase().padStart(from.length, '0'), String.fromCodePoint(parseInt(unicode, 16) + code - parseInt(from, 16)));
      }
    }
  }
  return map;
}

/** All the text drawn in the PDF (whitespace folded) and the addresses its links point to. */
export function pdfText(pdf: Buffer): { text: string; links: string[] } {
  const all = objects(pdf);
  const fontMaps = new Map<number, Map<string, string>>();
  for (const [number, object] of all) {
    const toUnicode = /\/ToUnicode (\d+) 0 R/.exec(object.dict);
    const cmap = toUnicode ? all.get(Number(toUnicode[1]))?.stream : undefined;
    if (cmap) fontMaps.set(number, unicodeMap(cmap));
  }
  const fontByName = new Map<string, Map<string, string>>();
  for (const object of all.values()) {
    for (const [, name = '', number] of object.dict.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
      const map = fontMaps.get(Number(number));
      if (map) fontByName.set(name, map);
    }
  }
  let text = '';
  for (const object of all.values()) {
    if (!object.stream || !/\bTf\b/.test(object.stream)) continue;
    let font: Map<string, string> | undefined;
    for (const [, name, hex] of object.stream.matchAll(/\/(F\d+) [\d.]+ Tf|<([0-9A-Fa-f]+)>\s*Tj/g)) {
      if (name) font = fontByName.get(name);
      else if (hex && font) {
        const width = [...font.keys()][0]?.length ?? 2;
        for (let i = 0; i + width <= hex.length; i += width) text += font.get(hex.slice(i, i + width).toUpperCase()) ?? '';
      }
    }
    text += ' ';
  }
  const links = [...pdf.toString('latin1').matchAll(/\/URI\s*\(([^)]*)\)/g)].map((match) => match[1] ?? '');
  return { text: text.replace(/\s+/g, ' '), links };
}
