/** Turns valibot issues into the dataset's one-line problem messages. */
import type * as v from 'valibot';

/** Formats one valibot issue as `field.path: what is wrong`. */
export function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = (issue.path ?? [])
    .map((item) => (typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`))
    .join('')
    .replace(/^\./, '');
  if (issue.expected === 'never' && issue.path?.length) return `unknown field "${path}"`;
  if (issue.input === undefined && path) return `${path} is missing`;
  return path ? `${path}: ${issue.message}` : issue.message;
}
