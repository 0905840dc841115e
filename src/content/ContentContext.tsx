import { createContext, useContext } from 'react';
import type { Content } from './load';

export const ContentContext = createContext<Content | null>(null);

/** The validated content; only components inside <ContentContext.Provider> call this. */
export function useContent(): Content {
  const content = useContext(ContentContext);
  if (!content) throw new Error('useContent() is used outside the content provider');
  return content;
}
