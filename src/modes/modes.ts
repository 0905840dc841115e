// The app's jobs (DESIGN.md users): explore the lines, play a tour, trace where tension travels, learn the lines.
export const APP_MODES = ['explore', 'tours', 'trace', 'learn'] as const;
export type AppMode = (typeof APP_MODES)[number];

export function isAppMode(value: string): value is AppMode {
  return (APP_MODES as readonly string[]).includes(value);
}
