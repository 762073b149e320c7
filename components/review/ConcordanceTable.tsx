import { useTranslations } from 'next-intl';
import type { ConcordanceRow } from '@/lib/content/concordance';
import { statusLabels } from './labels';
import { StatusBadge } from './StatusBadge';
import type { Lang } from '@/lib/i18n/locales';
import { articlePath } from '@/lib/i18n/paths';
import { DataTable } from '@/components/ui/DataTable';

type Props = { rows: ConcordanceRow[]; locale: Lang };

/** The rows of a concordance as a table, page by page (the long list), on the server. */
export function ConcordanceTable({ rows, locale }: Props) {
  const t = useTranslations('Concordance');
  return (
    <DataTable className="concordance" caption={t('caption')} hiddenCaption columns={[t('where'), t('arabic'), t('english'), t('status')]}>
      {rows.map((r) => (
        <ConcordanceLine key={r.order} row={r} locale={locale} />
      ))}
    </DataTable>
  );
}

/** One occurrence: where, the Arabic around the term, the aligned English, the status (server-rendered for both lists). */
export function ConcordanceLine({ row, locale }: { row: ConcordanceRow; locale: Lang }) {
  const t = useTranslations('Concordance');
  const tq = useTranslations('QaStatus');
  const href = articlePath(locale, row.slug, row.paragraph ? `p${row.paragraph}` : undefined);
  const missing = (
    <span className="qa-missing-marker">
      <span aria-hidden="true">✗ </span>
      <span lang={locale}>{t('missing')}</span>
    </span>
  );
  return (
    <tr data-concordance-row={row.unitId} data-status={row.status}>
      <td>
        <span className="concordance-article">{row.title[locale]}</span>
        <a href={href}>{t('location', { unit: row.unitId })}</a>
      </td>
      <td lang="ar" dir="rtl" className="ar">
        <div className="kwic">
          <span className="kwic-before">
            <span className="visually-hidden" lang={locale}>{t('before')} </span>
            {row.ar.before}
          </span>
          <span className="kwic-term">
            <span className="visually-hidden" lang={locale}>{t('term')} </span>
            {row.ar.match ? <mark>{row.ar.match}</mark> : missing}
          </span>
          <span className="kwic-after">
            <span className="visually-hidden" lang={locale}>{t('after')} </span>
            {row.ar.after}
          </span>
        </div>
      </td>
      <td lang="en" dir="ltr">
        {row.en.match ? (
          <>
            {row.en.before}
            <mark>{row.en.match}</mark>
            {row.en.after}
          </>
        ) : (
          <>
            {row.en.before} {missing}
          </>
        )}
      </td>
      <td>
        <StatusBadge status={row.status} labels={statusLabels(tq)} />
        {row.missingIn && <span className="muted"> ({tq('missingIn', { lang: row.missingIn })})</span>}
      </td>
    </tr>
  );
}
