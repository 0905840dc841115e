// Zod-free, so the app's first chunk can show content problems without the schemas (load.ts re-exports it).
import type { ContentIssue } from './load';

export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}: ${issue.path ? `${issue.path} ` : ''}${issue.message}`;
}
