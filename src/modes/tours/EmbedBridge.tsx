import { useEffect } from 'react';
import { useContent } from '../../content/ContentContext';
import { useExplorer } from '../../state/explorerStore';
import { allowedOrigins, parseShowCommand, type SelectMessage } from './embed';
import { tourSceneIds } from './sceneIds';
import { openTour } from './tourPlayback';

/** Listens to the page around the iframe and tells it what the person chooses inside (see embed.ts for the format). */
export function EmbedBridge() {
  const content = useContent();
  useEffect(() => {
    const parent = window.parent;
    if (parent === window) return undefined;
    const origins = allowedOrigins(window.location.origin, content.practice.embedOrigins);
    const known = tourSceneIds(content.scenes.keys());
    // The parent's origin is not known to a framed page; a message for an origin that is not the parent's is dropped
    // by the browser, so each allowed origin gets it and only the real parent hears it.
    const post = (message: { type: 'fascia:ready' } | SelectMessage) => {
      for (const origin of origins) {
        try {
          parent.postMessage(message, origin);
        } catch {
          // An origin the browser cannot target: nothing to tell there.
        }
      }
    };
    const onMessage = (event: MessageEvent) => {
      if (event.source !== parent || !origins.has(event.origin)) return;
      const command = parseShowCommand(event.data, known);
      if (!command) return;
      const { actions } = useExplorer.getState();
      if (command.scene) {
        openTour(command.scene, command.step ?? 1);
        return;
      }
      if (command.line) {
        actions.setShownLines([{ id: command.line, side: 'both' }]);
        if (!command.region) actions.moveCamera({ kind: 'lines' });
      }
      if (command.region) {
        actions.selectRegion(command.region);
        actions.moveCamera({ kind: 'region', region: command.region });
      }
    };
    window.addEventListener('message', onMessage);
    const stops = [
      useExplorer.subscribe(
        (state) => state.region,
        (region) => {
          if (region) post({ type: 'fascia:select', region });
        },
      ),
      useExplorer.subscribe(
        (state) => state.shownLines,
        (shown, before) => {
          const lit = shown.find((line) => !before.some((old) => old.id === line.id));
          if (lit) post({ type: 'fascia:select', line: lit.id });
        },
      ),
    ];
    post({ type: 'fascia:ready' });
    return () => {
      window.removeEventListener('message', onMessage);
      for (const stop of stops) stop();
    };
  }, [content]);
  return null;
}
