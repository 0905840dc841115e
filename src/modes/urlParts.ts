// Each mode with URL parameters of its own registers its part here (see src/state/urlParts.ts).
// Imported once by main.tsx before the URL is read.
import './learn/urlPart';
import './trace/traceUrl';
import { registerUrlPart } from '../state/urlParts';
import { tourUrlPart } from './tours/tourPlayback';
import { embedUrlPart } from './tours/embedState';

registerUrlPart(tourUrlPart);
registerUrlPart(embedUrlPart);
