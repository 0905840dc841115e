// `?embed=1`: the app inside an iframe on the practice's site shows only the body and a few controls. Kept in the
// URL by its own part, so the embed stays an embed through every change the page makes to the URL.
import { create } from 'zustand';
import type { UrlPart } from '../../state/urlParts';

export const useEmbed = create<{ embedded: boolean }>()(() => ({ embedded: false }));

export const embedUrlPart: UrlPart = {
  name: 'embed',
  read: (params, dropped) => {
    const value = params.get('embed');
    if (value === null) return;
    if (value === '1' || value === 'true') useEmbed.setState({ embedded: true });
    else dropped.push(`embed=${value}`);
  },
  write: (params) => {
    if (useEmbed.getState().embedded) params.set('embed', '1');
  },
  subscribe: (onChange) => useEmbed.subscribe(onChange),
};
