// Include/exclude glob matching for the corpus folder. Paths are matched relative to the
// workspace folder with forward slashes. Supported syntax: `**` (any number of folders),
// `*` and `?` (within one path segment), `{a,b}` alternatives and `[abc]` classes.

export const DEFAULT_INCLUDE: readonly string[] = ['**/*.{txt,md}'];
/** What the extension's `corpus.exclude` setting and the CLI leave out unless told otherwise. */
export const DEFAULT_EXCLUDE: readonly string[] = [
  '**/node_modules/**', '**/out/**', '**/dist/**', '**/.git/**', '**/.vscode-test/**',
  // A folder's own documentation is not an article.
  '**/README.md', '**/CHANGELOG.md', '**/LICENSE.md', '**/CONTRIBUTING.md',
];
/** Annotation sidecars are never articles, whatever the settings say. */
const ALWAYS_EXCLUDED = ['**/*.annotations.jsonc'];

export interface PathFilterOptions {
  include?: readonly string[];
  exclude?: readonly string[];
}

/** Returns a predicate telling whether a relative path belongs to the corpus. */
export function createPathFilter(options: PathFilterOptions = {}): (relativePath: string) => boolean {
  const include = (options.include ?? DEFAULT_INCLUDE).map(globToRegExp);
  const exclude = [...(options.exclude ?? DEFAULT_EXCLUDE), ...ALWAYS_EXCLUDED].map(globToRegExp);
  return relativePath => {
    const path = normalisePath(relativePath);
    return include.some(re => re.test(path)) && !exclude.some(re => re.test(path));
  };
}

export function matchesGlob(relativePath: string, pattern: string): boolean {
  return globToRegExp(pattern).test(normalisePath(relativePath));
}

function normalisePath(path: string): string {
  return path.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^\/+/, '');
}

const compiled = new Map<string, RegExp>();

export function globToRegExp(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RegExp(`^${translate(normalisePath(pattern))}$`, 'u');
    compiled.set(pattern, re);
  }
  return re;
}

function translate(glob: string): string {
  let out = '';
  let i = 0;
  while (i < glob.length) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      const atSegmentStart = i === 0 || glob[i - 1] === '/';
      const atSegmentEnd = i + 2 === glob.length || glob[i + 2] === '/';
      if (atSegmentStart && atSegmentEnd) {
        // "**/" may match no folder at all; a trailing "**" matches everything below.
        if (i + 2 === glob.length) out += '.*';
        else out += '(?:[^/]*/)*';
        i += i + 2 === glob.length ? 2 : 3;
        continue;
      }
      out += '[^/]*';
      i += 2;
      continue;
    }
    if (c === '*') { out += '[^/]*'; i++; continue; }
    if (c === '?') { out += '[^/]'; i++; continue; }
    if (c === '{') {
      const close = findClosingBrace(glob, i);
      if (close > i) {
        const alternatives = splitAlternatives(glob.slice(i + 1, close));
        out += `(?:${alternatives.map(translate).join('|')})`;
        i = close + 1;
        continue;
      }
    }
    if (c === '[') {
      const close = glob.indexOf(']', i + 2);
      if (close > i) {
        const body = glob.slice(i + 1, close).replace(/^!/, '^').replace(/\\/g, '\\\\');
        out += `[${body}]`;
        i = close + 1;
        continue;
      }
    }
    out += escapeRegExp(c);
    i++;
  }
  return out;
}

function findClosingBrace(glob: string, open: number): number {
  let depth = 0;
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function splitAlternatives(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === ',' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

function escapeRegExp(c: string): string {
  return /[.+^$()|\\/[\]{}]/.test(c) ? `\\${c}` : c;
}
