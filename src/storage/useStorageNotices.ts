// Says in a notice what happened to kept data: storage refused or full (the app works on without keeping), or a
// damaged entry set aside (still there, to export). Once each; mounted once in the app.
import { useEffect } from 'react';
import { useExplorer } from '../state/explorerStore';
import { onEntrySetAside, onStorageProblem } from './deviceStore';

export function useStorageNotices(): void {
  useEffect(() => {
    const { notify } = useExplorer.getState().actions;
    const stops = [
      onStorageProblem((problem) => notify(problem === 'full' ? 'fallback.storageFull' : 'fallback.storageRefused')),
      onEntrySetAside((key) => notify('fallback.entrySetAside', { key })),
    ];
    return () => stops.forEach((stop) => stop());
  }, []);
}
