'use client';

import { useMemo } from 'react';
import { decodeArticle, type CompactArticle } from '@/lib/reader/compact';
import type { Lang } from '@/lib/reader/pageText';
import { Columns } from './Columns';

type Props = {
  locale: Lang;
  /** The article's text (lib/reader/compact.ts): the payload carries this, not the columns' markup. */
  text: CompactArticle;
  labels: Record<Lang, string>;
  /** Each paragraph anchor's accessible name, by paragraph id. */
  anchorLabels: Record<string, string>;
};

/**
 * An article's two columns, rendered from its compact text: on the server into the page's HTML, and at hydration
 * into the same markup (each paragraph one HTML string, so React keeps no element per sentence or term).
 */
export function ArticleText({ locale, text, labels, anchorLabels }: Props) {
  const { paragraphs, title } = useMemo(() => decodeArticle(text), [text]);
  return <Columns html locale={locale} paragraphs={paragraphs} title={title} labels={labels} anchorLabel={(n) => anchorLabels[n]} />;
}
