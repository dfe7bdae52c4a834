// Path safety for sidecars: a sidecar names its article (and linked articles) by relative paths,
// and a hand-edited or imported sidecar must not be able to point outside the workspace folder.
import * as path from 'path';

/**
 * The absolute path `targetPath` (relative to the sidecar's folder) names, or null when it is
 * absolute, a URL, contains a NUL, or resolves outside `workspaceRoot`. Symbolic links are not
 * followed here (this is a pure path check); callers that read the file can compare realpaths.
 */
export function resolveTargetPath(workspaceRoot: string, sidecarPath: string, targetPath: string): string | null {
  if (!targetPath || targetPath.includes('\0') || /^[a-z][a-z0-9+.-]*:/i.test(targetPath) || path.isAbsolute(targetPath)
      || path.win32.isAbsolute(targetPath)) {
    return null;
  }
  const root = path.resolve(workspaceRoot);
  const resolved = path.resolve(path.dirname(path.resolve(root, sidecarPath)), targetPath.replace(/\\/g, '/'));
  const relative = path.relative(root, resolved);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return null;
  return resolved;
}

/**
 * The path of the article a link annotation points into: its `article` is relative to the linking
 * article's folder, and absent when the link stays in the same article. Paths are POSIX (URI paths).
 */
export function linkedArticlePath(sourcePath: string, article: string | undefined): string {
  return article ? path.posix.join(path.posix.dirname(sourcePath), article) : sourcePath;
}

/** The `article` a link from `sourcePath` to an annotation in `targetPath` stores (absent for the same article). */
export function linkArticleFor(sourcePath: string, targetPath: string): string | undefined {
  return targetPath === sourcePath ? undefined : path.posix.relative(path.posix.dirname(sourcePath), targetPath);
}
