// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { useExplorer } from '../../src/state/explorerStore';
import { EvidenceLegend } from '../../src/ui/ViewControls';
import { renderWithContent } from './contentFixture';

afterEach(cleanup);

describe('the Key says how a line is drawn', () => {
  it('says in English that dotted means deep, under the surface', () => {
    useExplorer.setState({ language: 'en' });
    renderWithContent(<EvidenceLegend />);
    expect(screen.getByText('Dotted: runs deep, under the surface')).toBeTruthy();
    expect(screen.getByText('Connection seen in dissection studies')).toBeTruthy();
  });

  it('says it in Dutch too', () => {
    useExplorer.setState({ language: 'nl' });
    renderWithContent(<EvidenceLegend />);
    expect(screen.getByText('Gestippeld: loopt diep, onder het oppervlak')).toBeTruthy();
  });
});
