// The names by which the app finds things in public/models/body.glb. The generator (tools/bodygen) writes the
// same names; tests/model checks that every id the data uses exists in the model.
import type { RegionId, Side } from './ids';

export const SKIN_GROUP = 'skin';
export const TRACKS_GROUP = 'tracks';
export const STATIONS_GROUP = 'stations';
export const LANDMARKS_GROUP = 'landmarks';

const sided = (id: string, side: Side | undefined) => (side ? `${id}_${side}` : id);

export const regionMeshName = (region: RegionId) => `region_${region}`;
export const trackMeshName = (structureId: string, side: Side | undefined) => `track_${sided(structureId, side)}`;
export const stationMeshName = (landmarkId: string, side: Side | undefined) => `station_${sided(landmarkId, side)}`;
export const landmarkNodeName = (landmarkId: string, side: Side | undefined) => `landmark_${sided(landmarkId, side)}`;

/** The region id a skin mesh stands for, or undefined for any other mesh. */
export function regionOfMeshName(name: string): string | undefined {
  return name.startsWith('region_') ? name.slice('region_'.length) : undefined;
}
