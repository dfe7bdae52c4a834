// Opening an article at a place: the command every tree item, hover link and walkthrough step uses.
// Arguments come either as objects (tree items) or as JSON from a command link in a hover, so both
// shapes are accepted.
import * as vscode from 'vscode';

export const REVEAL_COMMAND = 'newsAnnotator.revealRange';

type UriLike = vscode.Uri | string | { scheme: string; path: string; authority?: string; query?: string; fragment?: string };
type RangeLike = vscode.Range | [number, number, number, number] | { start: { line: number; character: number }; end: { line: number; character: number } };

export function registerReveal(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand(REVEAL_COMMAND, (uri: UriLike, range?: RangeLike) => revealRange(toUri(uri), range && toRange(range))));
}

/** Opens the article (reusing its editor) and selects the range, centred if it was off screen. */
export async function revealRange(uri: vscode.Uri, range?: vscode.Range): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri, { preview: true, selection: range });
  if (range) editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** A command link for Markdown (hovers): the arguments travel as JSON. */
export function revealLink(uri: vscode.Uri, range: vscode.Range): vscode.Uri {
  const args = [uri.toString(), [range.start.line, range.start.character, range.end.line, range.end.character]];
  return vscode.Uri.parse(`command:${REVEAL_COMMAND}?${encodeURIComponent(JSON.stringify(args))}`);
}

function toUri(value: UriLike): vscode.Uri {
  if (value instanceof vscode.Uri) return value;
  if (typeof value === 'string') return vscode.Uri.parse(value);
  return vscode.Uri.from(value);
}

function toRange(value: RangeLike): vscode.Range {
  if (value instanceof vscode.Range) return value;
  if (Array.isArray(value)) return new vscode.Range(value[0], value[1], value[2], value[3]);
  return new vscode.Range(value.start.line, value.start.character, value.end.line, value.end.character);
}
