import { getTranslations } from 'next-intl/server';
import type { ConcordanceRow } from '@/lib/content/concordance';
import { summarize } from '@/lib/content/qa';
import type { Locale } from '@/lib/i18n/routing';
import { Concordance } from './Concordance';
import { concordanceFieldLabels } from './ConcordanceFields';
import { ConcordanceLine } from './ConcordanceTable';
import { statusLabels } from './labels';

type Props = { rows: ConcordanceRow[]; locale: Locale };

/**
 * A short concordance (one page or less) for the term page: every line and string made here, on the server; the
 * client part (Concordance) only sorts and filters them.
 */
export async function ShortConcordance({ rows, locale }: Props) {
  const t = await getTranslations({ locale, namespace: 'Concordance' });
  const statuses = statusLabels(await getTranslations({ locale, namespace: 'QaStatus' }));
  const labels = {
    fields: concordanceFieldLabels(t, statuses),
    shown: Array.from({ length: rows.length + 1 }, (_, n) => t('shown', { shown: n, total: rows.length })),
    caption: t('caption'),
    columns: [t('where'), t('arabic'), t('english'), t('status')],
  };
  const lines = Object.fromEntries(rows.map((r) => [r.order, <ConcordanceLine key={r.order} row={r} locale={locale} />]));
  const sortable = rows.map(({ order, status, en }) => ({ order, status, en: { form: en.form } }));
  return <Concordance rows={sortable} counts={summarize(rows)} labels={labels} lines={lines} />;
}
