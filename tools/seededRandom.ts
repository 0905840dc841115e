// The tools use the app's seeded generator (src/explorer/seededRandom.ts), so their runs can be repeated.
export { seededRandom } from '../src/explorer/seededRandom';
