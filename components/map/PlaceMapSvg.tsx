import type { CSSProperties } from 'react';
import { outlineHref } from '@/lib/geo/outlines';
import type { PlaceMapModel } from '@/lib/geo/placeMap';
import type { Lang } from '@/lib/i18n/locales';

export type MapText = {
  title: string;
  scale: string;
  north: string;
  /** A place's accessible name: its line of the text alternative. */
  describe: (placeId: string) => string;
  href: (placeId: string) => string;
};

type Props = { model: PlaceMapModel; text: MapText; lang: Lang; idBase: string; describedBy?: string };

/**
 * The map as inline SVG, drawn on the server. The country outlines are not in it: each is a `<use>` of the outline
 * sprite (lib/geo/sprite.ts), which the browser fetches once and keeps; the drawing places them with one transform. Named countries and places are links to their glossary entries
 * (`data-term` for the term cards, `data-place` for lighting their occurrences); the rest is drawing, hidden from
 * assistive technology, whose reader gets the same facts from the links' names and the text beside the map.
 */
export function PlaceMapSvg({ model, text, lang, idBase, describedBy }: Props) {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  const label = (placeId?: string) =>
    model.labels
      .filter((l) => l.placeId === placeId)
      .map((l) => (
        <text key={l.key} x={l.x} y={l.y} className={`pm-label pm-label-${l.kind}`} textAnchor="middle" direction={dir} aria-hidden="true">
          {l.text}
        </text>
      ));
  const link = (placeId: string, className: string, children: React.ReactNode) => (
    <a key={placeId} href={text.href(placeId)} className={className} data-term={placeId} data-place={placeId} aria-label={text.describe(placeId)}>
      {children}
    </a>
  );
  const order = new Map(model.facts.map((f, i) => [f.placeId, i]));
  const markers = [...model.markers].sort((a, b) => order.get(a.placeId)! - order.get(b.placeId)!);
  const shaded = model.shapes.filter((s) => s.placeId).sort((a, b) => order.get(a.placeId!)! - order.get(b.placeId!)!);
  const { scale } = model;
  return (
    <svg
      className="pm-svg"
      viewBox={`0 0 ${model.width} ${model.height}`}
      width={model.width}
      height={model.height}
      role="group"
      aria-labelledby={`${idBase}-title`}
      aria-describedby={describedBy}
      lang={lang}
      direction={dir}
      style={{ '--pm-unit': model.outlines.unit } as CSSProperties}
    >
      <title id={`${idBase}-title`}>{text.title}</title>
      <rect className="pm-sea" width={model.width} height={model.height} />
      <g className="pm-land" aria-hidden="true" transform={model.outlines.transform}>
        {model.shapes.filter((s) => !s.placeId).map((s) => <use key={s.id} href={outlineHref(s.resolution, s.id)} />)}
      </g>
      {shaded.map((s) => link(s.placeId!, 'pm-country', [<use key="o" href={outlineHref(s.resolution, s.id)} transform={model.outlines.transform} />, label(s.placeId)]))}
      <g className="pm-labels" aria-hidden="true">{label(undefined)}</g>
      {markers.map((m) =>
        link(m.placeId, m.main ? 'pm-marker pm-main' : 'pm-marker', [
          <circle key="c" cx={m.x} cy={m.y} r={m.main ? 6 : 4.5} />,
          label(m.placeId),
        ]),
      )}
      <g className="pm-furniture" aria-hidden="true">
        <path d={`M${scale.x} ${scale.y - 5}v5h${scale.length}v-5`} />
        <text x={scale.x + scale.length / 2} y={scale.y - 8} textAnchor="middle" direction={dir}>
          {text.scale}
        </text>
        <path d={`M${model.width - 20} 12l7 18h-14z`} className="pm-north" />
        <text x={model.width - 20} y={44} textAnchor="middle">
          {text.north}
        </text>
      </g>
    </svg>
  );
}
