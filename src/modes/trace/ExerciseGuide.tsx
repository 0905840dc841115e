import { useEffect, useRef, useState } from 'react';
import type { Exercise } from '../../content/schemas';
import { useT } from '../../i18n/useT';
import { useExplorer } from '../../state/explorerStore';
import { usePrefersReducedMotion } from '../../ui/usePrefersReducedMotion';
import { breathAt, clock, GUIDE_SECONDS } from './breath';

/** A soft tone made here (no sound file): a low sine that swells and fades, higher for in than for out. */
function chime(audio: AudioContext, phase: 'in' | 'out'): void {
  const oscillator = audio.createOscillator();
  const gain = audio.createGain();
  oscillator.type = 'sine';
  oscillator.frequency.value = phase === 'in' ? 392 : 294;
  const now = audio.currentTime;
  gain.gain.setValueAtTime(0, now);
  gain.gain.linearRampToValueAtTime(0.06, now + 0.25);
  gain.gain.exponentialRampToValueAtTime(0.0001, now + 1.6);
  oscillator.connect(gain).connect(audio.destination);
  oscillator.start(now);
  oscillator.stop(now + 1.7);
}

type Run = { state: 'ready' } | { state: 'running'; startedAt: number; before: number } | { state: 'paused'; elapsed: number } | { state: 'done' };

/** The guided minute: a breathing circle (still under reduced motion), the time left, what to notice, how often. */
export function ExerciseGuide({ exercise, onClose }: { exercise: Exercise; onClose: () => void }) {
  const t = useT();
  const language = useExplorer((state) => state.language);
  const reducedMotion = usePrefersReducedMotion();
  const [run, setRun] = useState<Run>({ state: 'ready' });
  const [elapsed, setElapsed] = useState(0);
  const [sound, setSound] = useState(false);
  const audio = useRef<AudioContext | null>(null);
  const lastPhase = useRef<'in' | 'out' | null>(null);
  const dialog = useRef<HTMLDivElement>(null);

  useEffect(() => {
    dialog.current?.focus();
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [onClose]);

  useEffect(() => () => void audio.current?.close(), []);

  useEffect(() => {
    if (run.state !== 'running') return;
    let frame = 0;
    let timer = 0;
    const tick = () => {
      const now = (performance.now() - run.startedAt) / 1000 + run.before;
      setElapsed(now);
      if (now >= GUIDE_SECONDS) setRun({ state: 'done' });
    };
    // Under reduced motion the circle stands still; the text changes a few times a second, no animation frames.
    if (reducedMotion) timer = window.setInterval(tick, 250);
    else {
      const loop = () => {
        tick();
        frame = requestAnimationFrame(loop);
      };
      frame = requestAnimationFrame(loop);
    }
    return () => {
      cancelAnimationFrame(frame);
      window.clearInterval(timer);
    };
  }, [run, reducedMotion]);

  const cue = breathAt(elapsed);
  useEffect(() => {
    if (run.state !== 'running' || cue.phase === lastPhase.current) return;
    lastPhase.current = cue.phase;
    if (sound && audio.current) chime(audio.current, cue.phase);
  }, [cue.phase, run.state, sound]);

  const start = () => {
    if (sound && !audio.current) audio.current = new AudioContext();
    lastPhase.current = null;
    setElapsed(0);
    setRun({ state: 'running', startedAt: performance.now(), before: 0 });
  };
  const toggleSound = (on: boolean) => {
    setSound(on);
    if (on && !audio.current) audio.current = new AudioContext();
  };

  const scale = reducedMotion || run.state !== 'running' ? 0.8 : 0.55 + 0.45 * cue.fullness;
  const cueText =
    run.state === 'ready' ? t('trace.guide.ready') : run.state === 'done' ? t('trace.guide.done') : t(cue.phase === 'in' ? 'trace.guide.in' : 'trace.guide.out');

  return (
    <div className="trace-guide__backdrop" onClick={onClose}>
      <div
        className="trace-guide"
        role="dialog"
        aria-modal="true"
        aria-labelledby="trace-guide-title"
        tabIndex={-1}
        ref={dialog}
        onClick={(event) => event.stopPropagation()}
      >
        <p className="trace-guide__kicker">{t('trace.guide.title')}</p>
        <h3 id="trace-guide-title">{exercise.names[language]}</h3>
        {/* What to do comes first, open: a timer is no use to someone who does not know the movement (user test). */}
        <section className="trace-guide__steps" aria-label={t('trace.exercise.steps')}>
          {exercise.caution && <p className="trace-guide__caution"><strong>{t('trace.exercise.caution')}:</strong> {exercise.caution[language]}</p>}
          <h4>{t('trace.exercise.steps')}</h4>
          <ol>
            {exercise.steps.map((step, index) => <li key={index}>{step[language]}</li>)}
          </ol>
        </section>
        <div className={`trace-guide__breath trace-guide__breath--${run.state === 'running' ? cue.phase : 'still'}`} aria-hidden="true">
          <div className="trace-guide__circle" style={{ transform: `scale(${scale.toFixed(3)})` }} />
          <span className="trace-guide__time">{clock(run.state === 'done' ? 0 : cue.remainingSeconds)}</span>
        </div>
        <p className="trace-guide__cue" aria-live="polite">{cueText}</p>
        <p className="visually-hidden" aria-live="off">{t('trace.guide.remaining', { time: clock(cue.remainingSeconds) })}</p>
        <div className="trace-guide__buttons">
          {run.state === 'ready' && <button type="button" className="primary" onClick={start}>{t('trace.guide.begin')}</button>}
          {run.state === 'running' && (
            <button type="button" className="secondary" onClick={() => setRun({ state: 'paused', elapsed })}>{t('trace.guide.pause')}</button>
          )}
          {run.state === 'paused' && (
            <button type="button" className="primary" onClick={() => setRun({ state: 'running', startedAt: performance.now(), before: run.elapsed })}>
              {t('trace.guide.resume')}
            </button>
          )}
          {run.state === 'done' && <button type="button" className="primary" onClick={start}>{t('trace.guide.again')}</button>}
          <button type="button" className="secondary" onClick={onClose}>{t('trace.guide.close')}</button>
        </div>
        <label className="trace-guide__sound">
          <input type="checkbox" checked={sound} onChange={(event) => toggleSound(event.target.checked)} /> {t('trace.guide.sound')}
        </label>
        <dl className="trace-guide__facts">
          {exercise.notice && (
            <>
              <dt>{t('trace.exercise.notice')}</dt>
              <dd>{exercise.notice[language]}</dd>
            </>
          )}
          <dt>{t('trace.exercise.frequency')}</dt>
          <dd>{exercise.frequency[language]}</dd>
        </dl>
      </div>
    </div>
  );
}
