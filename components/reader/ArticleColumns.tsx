import { getTranslations } from 'next-intl/server';
import type { AnnotatedArticle } from '@/lib/content/annotate';
import type { Locale } from '@/lib/i18n/routing';
import { Pieces } from './Pieces';

type Props = { article: AnnotatedArticle; locale: Locale };

const DIR = { ar: 'rtl', en: 'ltr' } as const;

/**
 * The two texts as two columns, each with its own lang and dir whatever the interface language. The columns
 * share the grid's rows (subgrid), so paired paragraphs start level; on a narrow screen they stack. The
 * interface language's column comes first, at the start side.
 */
export async function ArticleColumns({ article, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Reader' });
  const langs = locale === 'ar' ? (['ar', 'en'] as const) : (['en', 'ar'] as const);
  const glossaryHref = `/${locale}/glossary`;
  const rows = article.paragraphs.length + 1;
  return (
    <div className="columns" style={{ ['--rows' as string]: rows }}>
      {langs.map((lang) => (
        <section key={lang} lang={lang} dir={DIR[lang]} className={`column column-${lang}`} aria-label={t(`column.${lang}`)} data-column={lang}>
          <h1 className="column-title">
            <Pieces pieces={article.title[lang]} lang={lang} glossaryHref={glossaryHref} />
          </h1>
          {article.paragraphs.map((p) => (
            <p key={p.id} id={lang === langs[0] ? `p${p.id}` : undefined} className="para" data-para={p.id}>
              {p.sentences.map((s, si) => (
                <span key={s.id}>
                  {si > 0 && ' '}
                  <span className="sent" data-sent={s.id} data-para={p.id}>
                    {lang === 'ar' ? (
                      <Pieces pieces={s.ar} lang="ar" glossaryHref={glossaryHref} />
                    ) : (
                      s.en.map((e, ei) => (
                        <span key={ei}>
                          {ei > 0 && ' '}
                          <Pieces pieces={e} lang="en" glossaryHref={glossaryHref} />
                        </span>
                      ))
                    )}
                  </span>
                </span>
              ))}
              {lang === langs[0] && (
                <a className="para-anchor" href={`#p${p.id}`} aria-label={t('paragraphLink', { n: Number(p.id) })}>
                  ¶
                </a>
              )}
            </p>
          ))}
        </section>
      ))}
    </div>
  );
}
