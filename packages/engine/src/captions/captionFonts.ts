/**
 * Fonts for burned-in captions: the open-licensed Noto Sans families shipped as @fontsource npm
 * packages (Latin, Greek, Cyrillic, Vietnamese, Arabic, Hebrew, Devanagari, Thai, Japanese,
 * Simplified Chinese, Korean), bold. Each package is split into unicode-range subsets; only the
 * subsets a caption's characters need are registered with Skia, each under its own family
 * name, and the caption's font list names them in order, so Skia falls back glyph by glyph.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { GlobalFonts } from '@napi-rs/canvas';

interface Subset {
  family: string;
  file: string;
  ranges: [number, number][];
}

const WEIGHT = 700;
/** Package order decides which font draws a character several fonts have. */
const BASE_PACKAGES = ['noto-sans', 'noto-sans-arabic', 'noto-sans-hebrew', 'noto-sans-devanagari', 'noto-sans-thai'];
const CJK_ORDER: Readonly<Record<string, string[]>> = {
  ja: ['noto-sans-jp', 'noto-sans-sc', 'noto-sans-kr'],
  ko: ['noto-sans-kr', 'noto-sans-jp', 'noto-sans-sc'],
  zh: ['noto-sans-sc', 'noto-sans-jp', 'noto-sans-kr'],
};

const require = createRequire(import.meta.url);
const subsetsByPackage = new Map<string, Subset[]>();
const registered = new Set<string>();

function subsetsOf(pkg: string): Subset[] {
  const known = subsetsByPackage.get(pkg);
  if (known) return known;
  let subsets: Subset[] = [];
  try {
    const dir = dirname(require.resolve(`@fontsource/${pkg}/package.json`));
    const css = readFileSync(join(dir, `${WEIGHT}.css`), 'utf8');
    subsets = [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap((m) => {
      const body = m[1]!;
      const src = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(body)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(body)?.[1];
      if (!src || !range || /italic/.test(src)) return [];
      const ranges = range.split(',').map((r): [number, number] => {
        const [a, b] = r.trim().replace(/^U\+/i, '').split('-');
        const lo = parseInt(a!, 16);
        return [lo, b ? parseInt(b, 16) : lo];
      });
      return [{ family: `Klappe Caption ${src.replace(/\.woff2$/, '')}`, file: join(dir, 'files', src), ranges }];
    });
  } catch {
    subsets = [];
  }
  subsetsByPackage.set(pkg, subsets);
  return subsets;
}

const covers = (s: Subset, cp: number) => s.ranges.some(([a, b]) => cp >= a && cp <= b);

/** A CSS font-family list that draws `text` (registering the subsets it needs); `language` orders CJK fonts. */
export function captionFontFamilies(text: string, language: string): string {
  const primary = language.toLowerCase().split('-')[0]!;
  const packages = [...BASE_PACKAGES, ...(CJK_ORDER[primary] ?? CJK_ORDER.zh!)];
  const codePoints = new Set(Array.from(text, (ch) => ch.codePointAt(0)!).filter((cp) => cp > 0x20));
  const chosen: Subset[] = [];
  for (const pkg of packages) {
    for (const s of subsetsOf(pkg)) {
      if (chosen.includes(s)) continue;
      let needed = false;
      for (const cp of codePoints) {
        if (covers(s, cp)) {
          needed = true;
          codePoints.delete(cp);
        }
      }
      if (needed) chosen.push(s);
    }
  }
  for (const s of chosen) {
    if (registered.has(s.family)) continue;
    GlobalFonts.registerFromPath(s.file, s.family);
    registered.add(s.family);
  }
  return [...chosen.map((s) => `"${s.family}"`), 'sans-serif'].join(', ');
}
