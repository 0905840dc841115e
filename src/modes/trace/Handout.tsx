import { createPortal } from 'react-dom';
import { useContent } from '../../content/ContentContext';
import { useT } from '../../i18n/useT';
import { practiceContact } from '../../practice/contact';
import { useExplorer } from '../../state/explorerStore';
import { exercisesFor } from './answer';
import type { Pin } from './pins';
import { QrCode } from './QrCode';
import type { RankedLine } from './ranking';
import { traceLink } from './shareLink';
import { useTraceWords } from './useTraceWords';
import { travelSentence } from './words';
import './trace-print.css';

/** Lines told on paper: the handout is one A4 page. */
const HANDOUT_LINES = 2;
const HANDOUT_EXERCISES = 3;

/**
 * The one-page A4 handout, shown only in print (trace-print.css): the body with the pins and lines, the
 * explanation, the exercises, the QR code and the booking link. Outside #root, so printing hides the app.
 */
export function Handout({ ranked, pins, picture }: { ranked: readonly RankedLine[]; pins: readonly Pin[]; picture: string | undefined }) {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const words = useTraceWords();
  const link = traceLink(window.location.origin, window.location.pathname, language, pins);
  const booking = practiceContact(content.practice).booking;
  const shown = ranked.slice(0, HANDOUT_LINES);
  const exercises = [...new Map(shown.flatMap((line) => exercisesFor(line.line, pins, content)).map((exercise) => [exercise.id, exercise])).values()].slice(0, HANDOUT_EXERCISES);
  const date = new Date().toLocaleDateString(language === 'nl' ? 'nl-NL' : 'en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
  return createPortal(
    <div className="trace-handout" aria-hidden="true" data-testid="trace-handout">
      <header className="trace-handout__head">
        <p className="trace-handout__practice">{content.practice.name} · {content.practice.city}</p>
        <h1>{t('trace.handout.title', { date })}</h1>
      </header>
      <div className="trace-handout__top">
        {picture && <img className="trace-handout__body" src={picture} alt="" />}
        <div>
          <h2>{t('trace.handout.spots')}</h2>
          <ul className="trace-handout__spots">
            {pins.map((pin) => <li key={pin.region}>{words.spotName(pin.region)} — {t(`trace.intensity.${pin.intensity}`)}</li>)}
          </ul>
          <h2>{t('trace.handout.lines')}</h2>
          {shown.map((line) => (
            <div key={line.line} className="trace-handout__line">
              <h3>{t(`trace.lineTitle.${line.line}`)} <span className="trace-handout__evidence">({content.lines[line.line].names[language]} · {t('trace.result.evidence', { level: t(`evidence.${line.evidence}`) })})</span></h3>
              {line.travels.map((travel) => <p key={travel.pin}>{travelSentence(travel, content.lines[line.line].group, words)}</p>)}
              <p>{t(`trace.explain.${line.line}`)}</p>
            </div>
          ))}
        </div>
      </div>
      {exercises.length > 0 && (
        <section>
          <h2>{t('trace.handout.exercises')}</h2>
          <div className="trace-handout__exercises">
            {exercises.map((exercise) => (
              <div key={exercise.id} className="trace-handout__exercise">
                <h3>{exercise.names[language]}</h3>
                <p><strong>{t('trace.exercise.frequency')}:</strong> {exercise.frequency[language]}</p>
                {exercise.notice && <p><strong>{t('trace.exercise.notice')}:</strong> {exercise.notice[language]}</p>}
              </div>
            ))}
          </div>
        </section>
      )}
      <footer className="trace-handout__foot">
        <QrCode text={link} label={t('trace.share.link')} size={104} />
        <div>
          <p><strong>{t('trace.handout.scan')}</strong><br /><a className="trace-handout__link" href={link}>{link}</a></p>
          {booking && <p><strong>{t('trace.handout.book')}</strong> <a href={booking}>{booking}</a></p>}
          <p className="trace-handout__honest">{t('trace.honest.title')}. {t('trace.honest.body')}</p>
        </div>
      </footer>
    </div>,
    document.body,
  );
}
