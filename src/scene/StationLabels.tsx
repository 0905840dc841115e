import { Html } from '@react-three/drei';
import { useMemo } from 'react';
import type { Content } from '../content/load';
import type { DrawnLine } from '../explorer/highlight';
import { useExplorer } from '../state/explorerStore';
import type { BodyIndex } from './modelIndex';

/** At most this many names on the body at once, so they stay readable. */
const MAX_LABELS = 40;

/** Names of the stations of the lit lines, on the body (the "labels" layer). */
export function StationLabels({ content, drawn, index }: { content: Content; drawn: readonly DrawnLine[]; index: BodyIndex }) {
  const language = useExplorer((state) => state.language);
  const labels = useMemo(() => {
    const seen = new Set<string>();
    const out: { key: string; name: string; position: [number, number, number] }[] = [];
    for (const line of drawn) {
      for (const step of line.strands.flat()) {
        if (step.kind !== 'station' || seen.has(step.id) || out.length >= MAX_LABELS) continue;
        const position = index.landmarks.get(step.modelName);
        const names = content.landmarks.get(step.id)?.names;
        if (!position || !names) continue;
        seen.add(step.id);
        out.push({ key: step.modelName, name: names[language], position: [position[0], position[1], position[2]] });
      }
    }
    return out;
  }, [drawn, index, content, language]);

  return (
    <>
      {labels.map((label) => (
        <Html key={label.key} position={label.position} className="station-label" zIndexRange={[10, 0]} pointerEvents="none">
          {label.name}
        </Html>
      ))}
    </>
  );
}
