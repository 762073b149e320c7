// npm run terms:candidates [-- --ntrex] [--top N] [--json]
// Bilingual term candidates mined from the published articles' aligned units (lib/terms/candidates.ts), entries
// already in the glossary left out. --ntrex reads ../shared/corpus/ntrex directly (line k ↔ line k) instead.
import { readNtrex } from '../bench/scale-corpus';
import { getArticles, getGlossary } from '../lib/content';
import { knownKeys, publishedUnits } from '../lib/content/candidates';
import { mineCandidates, type AlignedUnit } from '../lib/terms/candidates';

const args = process.argv.slice(2);
const top = Number(args[args.indexOf('--top') + 1]) || 50;
const units: AlignedUnit[] = args.includes('--ntrex')
  ? readNtrex().flatMap((d) => d.en.map((en, k) => ({ doc: d.id, id: String(k + 1), en, ar: d.ar[k] ?? '' })))
  : publishedUnits(getArticles());
const started = performance.now();
const candidates = mineCandidates(units, { known: knownKeys(getGlossary()) });
const ms = performance.now() - started;
if (args.includes('--json')) {
  console.log(JSON.stringify(candidates.slice(0, top), null, 2));
} else {
  console.log(`${units.length} aligned units from ${new Set(units.map((u) => u.doc)).size} documents: ${candidates.length} candidates in ${ms.toFixed(0)} ms\n`);
  console.log('rank  G²      Dice  freq docs  English ↔ Arabic');
  candidates.slice(0, top).forEach((c, i) =>
    console.log(`${String(i + 1).padStart(4)}  ${c.g2.toFixed(1).padStart(6)}  ${c.dice.toFixed(2)}  ${String(c.freq).padStart(4)} ${String(c.docs).padStart(4)}  ${c.en} ↔ ${c.ar}`),
  );
}
