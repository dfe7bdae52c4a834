import * as assert from 'assert';
import * as vscode from 'vscode';
import { activateExtension, screenshot } from './helpers';

describe('Extension activation', () => {
  it('activates on the sample workspace', async () => {
    const extension = await activateExtension();
    assert.strictEqual(extension.isActive, true);
  });

  it('registers every command it contributes', async () => {
    const extension = await activateExtension();
    const contributed: { command: string }[] = (extension.packageJSON as any).contributes.commands;
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = contributed.map(c => c.command).filter(id => !registered.has(id));
    assert.deepStrictEqual(missing, []);
  });

  it('contributes the News view container with its views', async () => {
    const extension = await activateExtension();
    const contributes = (extension.packageJSON as any).contributes;
    const container = contributes.viewsContainers.activitybar.find((c: { id: string }) => c.id === 'newsAnnotator');
    assert.ok(container, 'activity-bar container newsAnnotator');
    assert.ok(contributes.views.newsAnnotator.some((v: { id: string }) => v.id === 'newsAnnotator.corpus'));
    await vscode.commands.executeCommand('workbench.view.extension.newsAnnotator');
    await screenshot('workbench');
  });
});
