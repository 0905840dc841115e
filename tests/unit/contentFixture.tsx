// The real content, loaded once for the component tests, and a render that provides it as the app does.
import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { ContentContext } from '../../src/content/ContentContext';
import { loadContent } from '../../src/content/load';
import { readContentFiles } from '../../tools/content-files';

const result = loadContent(readContentFiles(process.cwd()));
if (!result.ok) throw new Error('content must be valid for these tests');
export const content = result.content;

export const renderWithContent = (node: ReactNode) => render(<ContentContext.Provider value={content}>{node}</ContentContext.Provider>);
