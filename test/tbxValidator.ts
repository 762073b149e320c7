import { readFileSync } from 'node:fs';
import { RelaxNGValidator, XmlDocument, XmlValidateError } from 'libxml2-wasm';
import { Schema } from 'node-schematron';

/**
 * Validators for TBX-Basic with LTAC Global's published schemas (copied into test/fixtures/tbx/, see its README):
 * the TBX core structure in RELAX NG (libxml2 compiled to WebAssembly) and the TBX-Basic DCA Schematron rules
 * (node-schematron, XPath 3.1 through fontoxpath, so the schema's XPath 2 `matches()` works).
 */
const fixture = (name: string) => readFileSync(new URL(`./fixtures/tbx/${name}`, import.meta.url), 'utf8').replace(/^\uFEFF/, '');
export const tbxFixture = fixture;

/**
 * node-schematron evaluates a rule only on elements: a rule whose context is an attribute (`tbx:descrip/@type`)
 * would be skipped silently. Rewrite each to the same test on its element: context `tbx:descrip[@type]`, and `.`
 * (the attribute) becomes `@type`. Returns the rewritten schema and how many rules were rewritten.
 */
export function withElementContexts(sch: string): { sch: string; rewritten: number } {
  let rewritten = 0;
  const out = sch.replace(/<rule context="([^"]+)\/@([\w-]+)">([\s\S]*?)<\/rule>/g, (_m, element: string, attr: string, body: string) => {
    rewritten++;
    const tests = body.replace(/test="([^"]*)"/g, (_t, test: string) => `test="${test.replace(/(^|[\s(])\.\s*(!?=)/g, `$1@${attr}$2`)}"`);
    return `<rule context="${element}[@${attr}]">${tests}</rule>`;
  });
  return { sch: out, rewritten };
}

export const schematronSource = fixture('TBX-Basic_DCA.sch');
const schematron = Schema.fromString(withElementContexts(schematronSource).sch);
const rng = RelaxNGValidator.fromDoc(XmlDocument.fromString(fixture('TBXcoreStructV03.rng')));

/** RELAX NG errors (empty when valid). */
export function rngErrors(xml: string): string[] {
  const doc = XmlDocument.fromString(xml);
  try {
    rng.validate(doc);
    return [];
  } catch (e) {
    if (e instanceof XmlValidateError) return e.details.map((d) => `${d.line}: ${d.message.trim()}`);
    throw e;
  } finally {
    doc.dispose();
  }
}

/** Failed Schematron assertions (empty when valid). */
export function schematronErrors(xml: string): string[] {
  return schematron.validateString(xml).map((r) => (r.message ?? '').trim());
}
