import { beforeEach, describe, expect, it } from 'vitest';
import { learnUrlPart } from '../../src/modes/learn/urlPart';
import { useLearn } from '../../src/modes/learn/learnStore';
import { useExplorer } from '../../src/state/explorerStore';

const roundTrip = (search: string) => {
  const dropped: string[] = [];
  learnUrlPart.read(new URLSearchParams(search), dropped);
  const params = new URLSearchParams();
  learnUrlPart.write(params);
  return { written: params.toString(), dropped };
};

beforeEach(() => {
  useExplorer.setState({ mode: 'learn' });
  useLearn.setState({ view: 'study', study: 'sbl', item: null, compare: ['spl', 'll'], seed: null, only: undefined });
});

describe('the learn part of the URL', () => {
  it('carries a teacher\'s link to the DFL at the psoas', () => {
    expect(roundTrip('study=dfl&item=psoas')).toEqual({ written: 'study=dfl&item=psoas', dropped: [] });
  });

  it('carries compared lines and a quiz with its seed', () => {
    expect(roundTrip('compare=spl,ll,sbl').written).toBe('compare=spl%2Cll%2Csbl');
    expect(roundTrip('quiz=order&seed=42').written).toBe('quiz=order&seed=42');
  });

  it('drops what it cannot use, and says so', () => {
    expect(roundTrip('study=xyz&quiz=riddles&seed=abc&compare=sbl').dropped).toEqual(['study=xyz', 'compare=sbl', 'quiz=riddles', 'seed=abc']);
  });

  it('writes nothing outside the learn mode', () => {
    useExplorer.setState({ mode: 'explore' });
    expect(roundTrip('study=dfl').written).toBe('');
  });
});
