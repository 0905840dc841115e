// `trace=lower_back:3,foot_l`: the pinned regions and their intensity, nothing else (never names or notes).
import { registerUrlPart, type UrlPart } from '../../state/urlParts';
import { useExplorer } from '../../state/explorerStore';
import { formatPins, parsePins } from './pins';
import { useTrace } from './traceStore';

export const traceUrlPart: UrlPart = {
  name: 'trace',
  read: (params, dropped) => {
    const value = params.get('trace');
    const pins = value ? parsePins(value, dropped) : [];
    useTrace.getState().actions.setPins(pins);
    // A trace link without a mode (typed by hand, or shortened) still opens the trace.
    if (pins.length > 0 && !params.has('mode')) useExplorer.setState({ mode: 'trace' });
  },
  write: (params) => {
    const { pins } = useTrace.getState();
    // Only while the trace is on screen: in another mode the link must not reopen it.
    if (pins.length > 0 && useExplorer.getState().mode === 'trace') params.set('trace', formatPins(pins));
  },
  subscribe: (onChange) => useTrace.subscribe((state, before) => {
    if (state.pins !== before.pins) onChange();
  }),
};

registerUrlPart(traceUrlPart);
