import type { LineId } from '../content/ids';
import { useContent } from '../content/ContentContext';
import { anatomicalName } from '../content/names';
import type { PathStep } from '../content/schemas';
import { useT } from '../i18n/useT';
import { useExplorer, useExplorerActions } from '../state/explorerStore';
import { Passages } from './Passages';
import { PatternList } from './PatternList';
import { EvidenceBadge, LocalTextList } from './TextBits';

function StepList({ steps }: { steps: readonly PathStep[] }) {
  const { landmarks, structures } = useContent();
  const language = useExplorer((state) => state.language);
  const t = useT();
  return (
    <ol className="step-list">
      {steps.map((step, index) => {
        const names = step.kind === 'station' ? landmarks.get(step.id)?.names : structures.get(step.id)?.names;
        return (
          <li key={index} className={`step step--${step.kind}`}>
            <span className="step__kind">{t(step.kind === 'station' ? 'line.station' : 'line.track')}</span>
            {names ? anatomicalName(names, language) : step.id}
            {step.kind === 'track' &&
              step.with.map((partner) => {
                const partnerNames = structures.get(partner)?.names;
                return <span key={partner}> · {partnerNames ? anatomicalName(partnerNames, language) : partner}</span>;
              })}
            {step.side === 'opposite' && <span className="step__side"> · {t('line.otherSide')}</span>}
            {step.kind === 'track' && step.evidence && (
              <EvidenceBadge level={step.evidence.level} title={step.evidence.note[language]} />
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** One line explained: what it does, its stations and tracks, what research shows, its patterns. */
export function LinePanel({ lineId }: { lineId: LineId }) {
  const content = useContent();
  const t = useT();
  const language = useExplorer((state) => state.language);
  const shown = useExplorer((state) => state.shownLines.some((line) => line.id === lineId));
  const { toggleLine, openLineDetail } = useExplorerActions();
  const line = content.lines[lineId];
  const { continuity, forceTransmission } = line.evidence;

  return (
    <section
      className="panel line-panel"
      role="region"
      aria-labelledby="line-title"
      style={{ '--line-colour': line.colour } as React.CSSProperties}
    >
      <header className="panel__head">
        <h2 id="line-title" tabIndex={-1}>
          <span className="line-toggle__swatch" aria-hidden="true" /> {line.names[language]}
        </h2>
        <button type="button" className="icon-button" aria-label={t('region.close')} onClick={() => openLineDetail(null)}>
          <span aria-hidden="true">✕</span>
        </button>
      </header>
      <button type="button" className="primary" aria-pressed={shown} onClick={() => toggleLine(lineId)}>
        {t(shown ? 'line.hide' : 'line.show')}
      </button>
      <Passages passages={[line.summary]} />
      <h3>{t('line.function')}</h3>
      <Passages passages={[...line.function, ...line.posture, ...line.movement]} />
      <h3>{t('line.path')}</h3>
      <StepList steps={line.path} />
      {line.branches.map((branch) => (
        <details key={branch.id} className="branch">
          <summary>{branch.names[language]}</summary>
          <StepList steps={branch.path} />
        </details>
      ))}
      <h3>{t('line.evidence')}</h3>
      <dl className="evidence">
        <dt>{t('line.evidence.continuity')}</dt>
        <dd>
          <EvidenceBadge level={continuity.level} transitions={continuity.transitions} /> {continuity.note[language]}
        </dd>
        <dt>{t('line.evidence.forceTransmission')}</dt>
        <dd>
          <EvidenceBadge level={forceTransmission.level} transitions={forceTransmission.transitions} /> {forceTransmission.note[language]}
        </dd>
      </dl>
      {line.evidence.note && <p className="muted">{line.evidence.note[language]}</p>}
      <Passages passages={line.caveats} />
      <h3>{t('line.assessment')}</h3>
      <LocalTextList items={line.assessment} />
      <h3>{t('line.patterns')}</h3>
      <PatternList patternIds={content.index.patternsOfLine[lineId]} />
    </section>
  );
}
