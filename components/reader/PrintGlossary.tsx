import { getTranslations } from 'next-intl/server';
import type { CardTerm } from '@/components/glossary/types';
import type { Locale } from '@/lib/i18n/routing';

type Props = { terms: CardTerm[]; locale: Locale };

/**
 * The glossary entries of the terms an article uses, in order of first use, for the printed page only (hidden on
 * screen, where the cards do this): translators review on paper too.
 */
export async function PrintGlossary({ terms, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  if (terms.length === 0) return null;
  return (
    <section className="print-glossary" aria-labelledby="print-glossary" data-print-glossary>
      <h2 id="print-glossary">{t('printGlossary')}</h2>
      <dl>
        {terms.map((term) => (
          <div key={term.id} data-print-term={term.id}>
            <dt>
              <span lang="ar" dir="rtl" className="ar">
                {term.ar}
              </span>
              {' · '}
              <span lang="en" dir="ltr">
                {term.en}
              </span>{' '}
              <span lang="ar-Latn" dir="ltr" className="print-glossary-translit">
                ({term.translit})
              </span>
            </dt>
            <dd>
              <strong>{term.gloss}</strong> {term.explanation}
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
