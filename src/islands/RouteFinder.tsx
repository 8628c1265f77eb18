/**
 * The Clare's Law route finder: where does the person at risk live? A council or town,
 * matched offline, gives the police force, its nation's scheme, our form for that force and
 * the force's own website. Nothing typed is sent anywhere.
 */
import { useState } from 'preact/hooks';
import AreaPicker, { type AreaPickerText } from '../components/area/AreaPicker.tsx';
import type { Area } from '../areas/area.ts';
import type { AreasFile } from '../areas/force.ts';
import { fetchAreas } from '../areas/fetch-areas.ts';
import { say, type FormText } from '../components/forms/FormText.ts';

interface Props {
  locale: string;
  areasUrl: string;
  areaText: AreaPickerText;
  text: FormText;
}

export default function RouteFinder({ locale, areasUrl, areaText, text }: Props) {
  const [file, setFile] = useState<AreasFile | undefined>(undefined);
  const [area, setArea] = useState<Area | undefined>(undefined);
  const load = () => {
    if (file) return;
    fetchAreas(areasUrl).then(setFile, () => setFile({ areas: [], forces: {} }));
  };
  const force = area ? file?.forces[area.force] : undefined;
  return (
    <div class="route-finder">
      <AreaPicker id="route-area" locale={locale} text={areaText} areas={file?.areas} chosen={area} onChoose={setArea} onFirstUse={load} />
      <div aria-live="polite">
        {area && force && (
          <div class="route-finder__result">
            <p>
              <strong>{say(text, 'route.result', { area: area.name, force: force.name })}</strong> {say(text, `route.scheme.${area.nation}`)}
            </p>
            <p>
              <a class="button" href={`/${locale}/forms/disclosure-request/?force=${area.force}`}>
                {say(text, 'route.ask', { force: force.name })}
              </a>
            </p>
            <p>
              <a href={force.website} rel="noreferrer">
                {say(text, 'route.own', { force: force.name })}
              </a>
            </p>
          </div>
        )}
      </div>
    </div>
  );
}
