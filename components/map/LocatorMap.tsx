import { getTranslations } from 'next-intl/server';
import type { CSSProperties } from 'react';
import { getEntryView } from '@/lib/content';
import type { Term } from '@/lib/glossary/schema';
import { countryName } from '@/lib/geo/atlas';
import { locatorMap } from '@/lib/geo/locator';
import { outlineHref } from '@/lib/geo/outlines';
import type { Locale } from '@/lib/i18n/routing';
import { placeName } from './placeText';
import './place-map.css';

type Props = { term: Term; locale: Locale };

/** A place's glossary page: a small map of where it is in its country. An image: its caption says the same. */
export async function LocatorMap({ term, locale }: Props) {
  if (!term.place) return null;
  const t = await getTranslations({ locale, namespace: 'Map' });
  const name = placeName(getEntryView(term.id, locale)!, locale);
  const model = locatorMap(term.place, name, locale);
  const country = model.countryIso && term.place.kind !== 'country' ? countryName(model.countryIso, locale) : undefined;
  const caption = country ? t('locatorIn', { place: name, country }) : name;
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const { scale } = model;
  return (
    <figure className="locator-map">
      <svg viewBox={`0 0 ${model.width} ${model.height}`} width={model.width} height={model.height} role="img" aria-labelledby="locator-title" lang={locale} direction={dir} style={{ '--pm-unit': model.outlines.unit } as CSSProperties}>
        <title id="locator-title">{`${t('locatorTitle', { place: name })}: ${caption}`}</title>
        <rect className="pm-sea" width={model.width} height={model.height} />
        {/* The outlines: `<use>`s of the sprite (lib/geo/sprite.ts), placed with one transform. */}
        {(['pm-land', 'pm-country'] as const).map((className) => (
          <g key={className} className={className} transform={model.outlines.transform}>
            {model.shapes.filter((s) => s.home === (className === 'pm-country')).map((s) => <use key={s.id} href={outlineHref(s.resolution, s.id)} />)}
          </g>
        ))}
        {model.marker && (
          <g className="pm-marker">
            <circle cx={model.marker.x} cy={model.marker.y} r={5} />
          </g>
        )}
        {model.labels.map((l) => (
          <text key={l.key} x={l.x} y={l.y} className={`pm-label pm-label-${l.kind}`} textAnchor="middle" direction={dir}>
            {l.text}
          </text>
        ))}
        <g className="pm-furniture">
          <path d={`M${scale.x} ${scale.y - 5}v5h${scale.length}v-5`} />
          <text x={scale.x + scale.length / 2} y={scale.y - 8} textAnchor="middle" direction={dir}>
            {t('scale', { km: scale.km })}
          </text>
          <path d={`M${model.width - 20} 12l7 18h-14z`} className="pm-north" />
          <text x={model.width - 20} y={44} textAnchor="middle">
            {t('north')}
          </text>
        </g>
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
