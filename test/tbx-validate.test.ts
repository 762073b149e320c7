import { describe, expect, test, vi } from 'vitest';
import { exportFile } from '@/lib/content/exports';
import { rngErrors, schematronErrors, schematronSource, tbxFixture, withElementContexts } from './tbxValidator';

// Schematron through an XPath interpreter takes seconds per file, more on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

const example = tbxFixture('Example_Astronomy_DCA_VALID.tbx');
/**
 * The example's header, first `n` entries and back matter: still a valid file, with internal references. The whole
 * example (45 entries, 350 `target` attributes) takes tens of seconds through the rule `@target = //*\/@id`, which
 * compares each reference with every id: the RNG checks the whole file, the Schematron tests use this excerpt.
 */
function excerpt(n: number): string {
  const start = example.indexOf('<conceptEntry');
  let end = start;
  for (let i = 0; i < n; i++) end = example.indexOf('</conceptEntry>', end) + '</conceptEntry>'.length;
  return example.slice(0, end) + example.slice(example.indexOf('</body>'));
}
const valid = excerpt(3);

describe('the validators work (LTAC Global example, and broken copies of it)', () => {
  test('every attribute-context Schematron rule is rewritten to an element context, none skipped', () => {
    const attributeRules = schematronSource.match(/<rule context="[^"]+\/@[\w-]+">/g) ?? [];
    const { sch, rewritten } = withElementContexts(schematronSource);
    expect(attributeRules.length).toBe(7);
    expect(rewritten).toBe(attributeRules.length);
    expect(sch).not.toMatch(/context="[^"]*\/@/);
    expect(sch).toContain(`<rule context="tbx:descrip[@type]">`);
    expect(sch).toContain(`test="@type='subjectField' or @type='context' or @type='definition'"`);
  });

  test('the valid example passes the RNG and every Schematron rule', () => {
    expect(rngErrors(example)).toEqual([]);
    expect((valid.match(/<conceptEntry /g) ?? []).length).toBe(3);
    expect(valid).toContain('target="pe324as3-9615-4d41-a9c8-30c36bffe0e6"');
    expect(rngErrors(valid)).toEqual([]);
    expect(schematronErrors(valid)).toEqual([]);
  });

  test('a wrong namespace fails the RNG, and every element fails the DCA rule', () => {
    const broken = valid.replace('xmlns="urn:iso:std:iso:30042:ed-2"', 'xmlns="urn:iso:std:iso:30042:ed:3.0"');
    expect(rngErrors(broken).length).toBeGreaterThan(0);
    expect(schematronErrors(broken)).toContain('DCT style elements are not permitted in DCA style TBX.');
  });

  test('a misplaced element fails the RNG', () => {
    const broken = valid.replace('<tbxHeader>', '<tbxHeader><text/>');
    expect(rngErrors(broken).length).toBeGreaterThan(0);
  });

  test('an unknown data category (an attribute-context rule) and a wrong picklist value fail the Schematron', () => {
    const badType = valid.replace('<descrip type="subjectField">', '<descrip type="subjectArea">');
    expect(schematronErrors(badType)).toContain('Permitted type value(s): subjectField, context, definition');
    const badValue = valid.replace('<termNote type="partOfSpeech">noun<', '<termNote type="partOfSpeech">properNoun<');
    expect(schematronErrors(badValue)).toEqual(["/partOfSpeech/ type may be: 'adjective' or 'noun' or 'other' or 'verb' or 'adverb'"]);
  });
});

describe('the TBX-Basic export validates', () => {
  const tbx = exportFile('tbx-basic').body;

  test('against the TBX core structure (RELAX NG)', () => {
    expect(rngErrors(tbx)).toEqual([]);
  });

  test('against every TBX-Basic DCA Schematron rule', () => {
    expect(schematronErrors(tbx)).toEqual([]);
  });

  test('its xml-model instructions name the published schemas it validates against', () => {
    const models = [...tbx.matchAll(/<\?xml-model href="([^"]+)"[^?]*schematypens="([^"]+)"\?>/g)].map((m) => [m[1], m[2]]);
    expect(models).toEqual([
      ['https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng', 'http://relaxng.org/ns/structure/1.0'],
      ['https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch', 'http://purl.oclc.org/dsdl/schematron'],
    ]);
    // The same addresses the LTAC example uses for the files in test/fixtures/tbx/.
    for (const [href] of models) expect(example).toContain(`href="${href}"`);
  });
});
