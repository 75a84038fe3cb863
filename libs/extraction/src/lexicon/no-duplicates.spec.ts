import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CUES } from './cues.js';
import { MARKERS } from './markers.js';
import { MATERIEL, PERSONS } from './nouns.js';
import { SPEECH } from './speech.js';

const here = new URL('.', import.meta.url).pathname;

function lexiconFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? lexiconFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.spec.ts') ? [join(dir, e.name)] : [],
  );
}

/** Every literal list of quoted words in a source file, with the words written twice in it. */
function repeatedWords(source: string): string[][] {
  const lists = source.matchAll(/\[((?:\s*'[^'\n]*'\s*,?)+)\s*\]/g);
  return [...lists]
    .map((m) => [...m[1].matchAll(/'([^'\n]*)'/g)].map((w) => w[1]))
    .map((words) => words.filter((w, i) => words.indexOf(w) !== i))
    .filter((d) => d.length);
}

describe('lexicon tables have no duplicate entries', () => {
  it('the finder sees a word written twice in a list (the «استهدفت» case)', () => {
    expect(repeatedWords("const A = ['قصف', 'استهدفت', 'شن', 'استهدفت'];")).toEqual([['استهدفت']]);
    expect(repeatedWords("const A = ['قصف', 'استهدفت'];")).toEqual([]);
  });

  it('no word list under lexicon/ names a word twice', () => {
    const files = lexiconFiles(here);
    expect(files.length).toBeGreaterThan(20);
    const found = files.map((f) => [f.slice(here.length), repeatedWords(readFileSync(f, 'utf8'))] as const).filter(([, d]) => d.length);
    expect(found).toEqual([]);
  });

  it('no phrase is added twice to the cue, marker, speech and noun lexicons', () => {
    for (const lexicon of [CUES, MARKERS, SPEECH, PERSONS, MATERIEL]) expect(lexicon.duplicates()).toEqual([]);
  });
});
