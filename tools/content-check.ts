// Validates every content file (data/, scenes/) and prints each problem with file, JSON path and expectation.
import { readContentFiles } from './content-files';
import { formatIssue, loadContent } from '../src/content/load';

const result = loadContent(readContentFiles(process.cwd()));
if (result.ok) {
  const { lines, patterns, regions, landmarks, structures, scenes } = result.content;
  console.log(
    `content ok: ${Object.keys(lines).length} lines, ${Object.keys(regions).length} regions, ${patterns.size} patterns, ` +
      `${landmarks.size} landmarks, ${structures.size} structures, ${scenes.size} scenes`,
  );
} else {
  for (const issue of result.issues) console.error(formatIssue(issue));
  console.error(`\n${result.issues.length} content problem(s); nothing was changed.`);
  process.exitCode = 1;
}
