// When the body holds many lit lines at once: then each line gets its tag instead of station names, thinner ribbons
// and only its key beads, so a person can still tell which line is which.

/** With more lines than this lit, station names would bury the body. */
export const MOST_LINES_NAMED = 3;

export const isCrowded = (lineCount: number): boolean => lineCount > MOST_LINES_NAMED;
