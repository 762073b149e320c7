import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { ExportEntry } from './entries';

/**
 * TBX writers. TBX-Basic is the ISO 30042:2019 (TBX v3) dialect in DCA style: conceptEntry > langSec > termSec,
 * with the data categories and picklist values of the LTAC TBX-Basic schema. The older "martif" TBX (v2) is what
 * OmegaT, Okapi and Weblate read: termEntry > langSet > tig.
 */
export const TBX_NS = 'urn:iso:std:iso:30042:ed-2';
/** Where LTAC Global publishes the schemas a TBX-Basic (DCA) file validates against: the core structure and the dialect's rules. */
export const TBX_SCHEMAS = {
  rng: 'https://raw.githubusercontent.com/LTAC-Global/TBX_Core_RNG/master/TBXcoreStructV03.rng',
  sch: 'https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBX-Basic_DCA.sch',
};

export const ADMIN_STATUS = { preferred: 'preferredTerm-admn-sts', admitted: 'admittedTerm-admn-sts', deprecated: 'deprecatedTerm-admn-sts' } as const;

/** TBX-Basic has no "proper noun" or "verbal noun": names and masdars are nouns; multi-word phrases are "other". */
export function partOfSpeech(entry: ExportEntry): 'noun' | 'adjective' | 'other' {
  const pos = entry.study?.pos;
  if (pos === 'adjective') return 'adjective';
  if (pos === 'phrase') return 'other';
  return 'noun';
}

/** A capitalised Latin abbreviation (GNA, UN, HoR) is an acronym; otherwise the preferred form is the full form. */
export function termType(form: string, index: number): 'fullForm' | 'acronym' | 'variant' {
  if (/^[A-Z][A-Za-z]*[A-Z]$/.test(form) && form.length <= 6) return 'acronym';
  return index === 0 ? 'fullForm' : 'variant';
}

type Meta = { title: string; source: string };
type Node = ReturnType<typeof create>;

/** The file description (title, source) under the root's header element, and the body the entries go in. */
function headerAndBody(root: Node, header: string, meta: Meta): Node {
  const fileDesc = root.ele(header).ele('fileDesc');
  fileDesc.ele('titleStmt').ele('title').txt(meta.title);
  fileDesc.ele('sourceDesc').ele('p').txt(meta.source);
  return root.ele('text').ele('body');
}

export function tbxBasic(entries: ExportEntry[], meta: Meta): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' })
    .ins('xml-model', `href="${TBX_SCHEMAS.rng}" type="application/xml" schematypens="http://relaxng.org/ns/structure/1.0"`)
    .ins('xml-model', `href="${TBX_SCHEMAS.sch}" type="application/xml" schematypens="http://purl.oclc.org/dsdl/schematron"`);
  const tbx = doc.ele(TBX_NS, 'tbx', { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en' });
  entriesInto(headerAndBody(tbx, 'tbxHeader', meta), entries, BASIC);
  return doc.end({ prettyPrint: true });
}

export function tbxMartif(entries: ExportEntry[], meta: Meta): string {
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const martif = doc.ele('martif', { type: 'TBX', 'xml:lang': 'en' });
  entriesInto(headerAndBody(martif, 'martifHeader', meta), entries, MARTIF);
  return doc.end({ prettyPrint: true });
}

/** How a dialect nests an entry: its element, a language's, whether a language has a note, a term's wrapper. */
type Dialect = { entry: string; lang: string; notes: boolean; termIn: (lang: XMLBuilder, id: string) => XMLBuilder };
const BASIC: Dialect = { entry: 'conceptEntry', lang: 'langSec', notes: true, termIn: (lang, id) => lang.ele('termSec', { id }) };
const MARTIF: Dialect = { entry: 'termEntry', lang: 'langSet', notes: false, termIn: (lang) => lang.ele('tig') };

/** Every entry: its subject, then per language its definition (and note), then its terms. */
function entriesInto(body: XMLBuilder, entries: ExportEntry[], d: Dialect) {
  for (const e of entries) {
    const entry = body.ele(d.entry, { id: e.id });
    entry.ele('descrip', { type: 'subjectField' }).txt(e.subject);
    for (const lang of ['ar', 'en'] as const) {
      const section = entry.ele(d.lang, { 'xml:lang': lang });
      section.ele('descrip', { type: 'definition' }).txt(e.definition[lang]);
      if (d.notes && e.note) section.ele('note').txt(e.note[lang]);
      e.forms[lang].forEach((f, i) => term(d.termIn(section, `${e.id}-${lang}-${i + 1}`), e, f, i));
    }
  }
}

/** The term and its notes, in the order both schemas require: term, termNotes, then descrips. */
function term(t: XMLBuilder, e: ExportEntry, f: ExportEntry['forms']['ar'][number], i: number) {
  t.ele('term').txt(f.form);
  t.ele('termNote', { type: 'partOfSpeech' }).txt(partOfSpeech(e));
  t.ele('termNote', { type: 'termType' }).txt(termType(f.form, i));
  t.ele('termNote', { type: 'administrativeStatus' }).txt(ADMIN_STATUS[f.status]);
  if (f.context) t.ele('descrip', { type: 'context' }).txt(f.context);
}
