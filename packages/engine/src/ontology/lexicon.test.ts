import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkLexicon, languageLexicon, lexiconSchema, loadLexicon, type Lexicon } from './lexicon.ts';
import { KIND_IDS, MATERIAL_IDS, SETTING_IDS } from './ontology.ts';

describe('lexicon.json', () => {
  const lexicon = loadLexicon();
  const en = languageLexicon('en');

  it('loads, validates and has no dangling references', () => {
    assert.deepEqual(checkLexicon(lexicon), []);
  });

  it('names every kind and every setting, and at least 30 colours', () => {
    for (const k of KIND_IDS) if (k !== 'prop') assert.ok(en.kinds[k]!.length > 0, k);
    assert.deepEqual(Object.keys(en.settings).sort(), [...SETTING_IDS].sort());
    assert.ok(Object.keys(en.colours).length >= 30);
    for (const name of ['red', 'crimson', 'orange', 'yellow', 'gold', 'green', 'lime', 'olive', 'teal', 'cyan', 'turquoise', 'blue', 'navy',
      'sky-blue', 'purple', 'violet', 'magenta', 'pink', 'brown', 'tan', 'beige', 'black', 'white', 'grey', 'silver', 'maroon', 'coral',
      'salmon', 'lavender', 'mint', 'indigo', 'amber', 'ivory', 'charcoal']) {
      assert.match(lexicon.colours[name] ?? '', /^#[0-9a-f]{6}$/, name);
    }
    for (const m of Object.keys(en.materials)) assert.ok(MATERIAL_IDS.includes(m), m);
  });

  it('keeps words per language so another language can be added as data', () => {
    assert.deepEqual(Object.keys(lexicon.languages), ['en']);
    assert.throws(() => languageLexicon('xx'), /no language "xx"/);
  });

  it('reports a word list that names something that does not exist', () => {
    const broken = structuredClone(lexicon) as Lexicon;
    broken.languages.en!.kinds['dragon'] = ['dragon'];
    broken.languages.en!.materials['mithril'] = ['mithril'];
    broken.languages.de = { ...structuredClone(broken.languages.en!), settings: { ...broken.languages.en!.settings } };
    delete broken.languages.de.settings['moon'];
    const problems = checkLexicon(broken);
    assert.ok(problems.some((p) => p.includes('unknown kind "dragon"')), problems.join('\n'));
    assert.ok(problems.some((p) => p.includes('unknown material "mithril"')));
    assert.ok(problems.some((p) => p.includes('languages.de.settings: no words for setting "moon"')));
  });

  it('rejects malformed entries with the path of the entry', () => {
    const bad = structuredClone(lexicon) as unknown as { colours: Record<string, string> };
    bad.colours['red'] = 'red';
    const result = lexiconSchema.safeParse(bad);
    assert.equal(result.success, false);
    assert.deepEqual(result.error?.issues[0]?.path, ['colours', 'red']);
  });
});
