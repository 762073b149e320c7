import { getTranslations } from 'next-intl/server';
import type { AnnotatedArticle } from '@/lib/content/annotate';
import { getEntryView, getGlossary } from '@/lib/content';
import { articlePlaces } from '@/lib/geo/articlePlaces';
import { placeMap } from '@/lib/geo/placeMap';
import { termPath } from '@/lib/i18n/paths';
import type { Locale } from '@/lib/i18n/routing';
import { PlaceLinks } from './PlaceLinks';
import { PlaceMapSvg } from './PlaceMapSvg';
import { factTexts, placeName } from './placeText';
import './place-map.css';

/** Closes the map before the first paint on a narrow screen, so it does not push the text down (CLS 0). */
const NARROW = '(max-width: 47.99rem)';
const bootScript = `if(matchMedia(${JSON.stringify(NARROW)}).matches)document.getElementById('place-map').open=false`;

type Props = { article: AnnotatedArticle; locale: Locale };

/**
 * The map of the places an article names, with its text alternative: every place's distance and direction
 * from the main place, and the places too far for the map as links beside it. Nothing when the article names
 * no place the glossary can locate.
 */
export async function ArticleMap({ article, locale }: Props) {
  const glossary = getGlossary();
  const places = articlePlaces(article, glossary);
  const names = Object.fromEntries(places.map((p) => [p.id, placeName(getEntryView(p.id, locale)!, locale)]));
  const model = placeMap(places, names, locale);
  if (!model) return null;
  const t = await getTranslations({ locale, namespace: 'Map' });
  const texts = await factTexts(model.facts, names, model.mainId, locale);
  const href = (id: string) => termPath(locale, id);
  const near = model.facts.filter((f) => f.onMap);
  const far = model.facts.filter((f) => !f.onMap);
  return (
    <section className="place-map" aria-labelledby="place-map-heading">
      <details id="place-map" open suppressHydrationWarning>
        <summary>
          <span id="place-map-heading">{t('summary')}</span>
        </summary>
        <script dangerouslySetInnerHTML={{ __html: bootScript }} />
        <div className="pm-body">
          <PlaceMapSvg
            model={model}
            lang={locale}
            idBase="place-map"
            describedBy="place-map-text"
            text={{ title: t('title'), scale: t('scale', { km: model.scale.km }), north: t('north'), describe: (id) => texts[id], href }}
          />
          <div className="pm-text">
            {far.length > 0 && (
              <>
                <h2 className="pm-heading">{t('further')}</h2>
                <ul className="pm-far">
                  {far.map((f) => (
                    <li key={f.placeId}>
                      <a href={href(f.placeId)} data-term={f.placeId} data-place={f.placeId}>
                        {names[f.placeId]}
                      </a>
                      {/* Each sentence starts with the place's name: the rest follows the link. */}
                      {texts[f.placeId].slice(names[f.placeId].length)}
                    </li>
                  ))}
                </ul>
              </>
            )}
            <details className="pm-distances">
              <summary>{t('onMap', { main: names[model.mainId] })}</summary>
              <ul id="place-map-text">
                {near.map((f) => (
                  <li key={f.placeId}>{texts[f.placeId]}</li>
                ))}
              </ul>
              <p className="pm-method">{t('method')}</p>
            </details>
          </div>
        </div>
      </details>
      <PlaceLinks />
    </section>
  );
}
