// @vitest-environment jsdom
import { act, cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { modeTakesRegionTap } from '../../src/modes/bodyTap';
import { useBodyMarkers } from '../../src/modes/bodyMarkers';
import { ExerciseGuide } from '../../src/modes/trace/ExerciseGuide';
import { TracePanel } from '../../src/modes/trace/TracePanel';
import { useTrace } from '../../src/modes/trace/traceStore';
import { useExplorer } from '../../src/state/explorerStore';
import { content, renderWithContent } from './contentFixture';

beforeEach(() => {
  vi.stubGlobal('matchMedia', (query: string) => ({ matches: false, media: query, addEventListener: () => {}, removeEventListener: () => {} }));
  useExplorer.setState({ language: 'en', mode: 'trace', shownLines: [] });
  useTrace.getState().actions.setPins([]);
  useTrace.getState().actions.setClientView(true);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('the trace panel', () => {
  it('a guided minute shows how to do the exercise before its timer, open', () => {
    for (const exercise of content.exercises.values()) {
      renderWithContent(<ExerciseGuide exercise={exercise} onClose={() => {}} />);
      const steps = screen.getByRole('region', { name: 'How to do it' });
      expect(within(steps).getAllByRole('listitem').length).toBe(exercise.steps.length);
      expect(within(steps).getAllByRole('listitem')[0]?.textContent).toBe(exercise.steps[0]?.en);
      cleanup();
    }
  });

  it('teaches what to do when nothing is pinned', () => {
    renderWithContent(<TracePanel />);
    expect(screen.getByTestId('trace-empty').textContent).toContain('Tap where it hurts');
    expect(screen.queryByTestId('trace-results')).toBeNull();
  });

  it('pins a tapped region, lists the lines best first, lights them and marks the pin on the body', () => {
    renderWithContent(<TracePanel />);
    let taken = false;
    act(() => {
      taken = modeTakesRegionTap('jaw');
    });
    expect(taken).toBe(true);
    const list = screen.getByTestId('trace-results');
    expect([...list.children].map((item) => item.getAttribute('data-line'))).toEqual(['dfl']);
    expect(within(list).getByText(/From your jaw this line runs down/)).toBeTruthy();
    expect(useExplorer.getState().shownLines).toEqual([{ id: 'dfl', side: 'both' }]);
    expect(useBodyMarkers.getState().byMode.trace).toMatchObject([{ kind: 'pin', region: 'jaw', intensity: 2 }]);
  });

  it('hides the technical names in the client view and shows them to the therapist', () => {
    useTrace.getState().actions.setPins([{ region: 'jaw', intensity: 3 }]);
    renderWithContent(<TracePanel />);
    const result = screen.getByTestId('trace-results').firstElementChild as HTMLElement;
    expect(result.textContent).not.toContain('DFL');
    expect(result.querySelector('.trace-result__anatomy')).toBeNull();
    fireEvent.click(screen.getByRole('switch'));
    expect(result.textContent).toContain('DFL');
    expect(result.querySelector('.trace-result__anatomy')).not.toBeNull();
  });

  it('changes a pin\u2019s intensity and removes it from its chip', () => {
    useTrace.getState().actions.setPins([{ region: 'foot_l', intensity: 2 }]);
    renderWithContent(<TracePanel />);
    const chip = document.querySelector('.trace-pin') as HTMLElement;
    fireEvent.click(within(chip).getByRole('radio', { name: 'a lot' }));
    expect(useTrace.getState().pins).toEqual([{ region: 'foot_l', intensity: 3 }]);
    fireEvent.click(within(chip).getByRole('button', { name: 'Remove left foot' }));
    expect(useTrace.getState().pins).toEqual([]);
    fireEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(useTrace.getState().pins).toEqual([{ region: 'foot_l', intensity: 3 }]);
  });
});
