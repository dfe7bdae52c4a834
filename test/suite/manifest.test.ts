import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';
import { activateExtension, screenshot } from './helpers';

describe('Manifest of the editor features', () => {
  it('contributes a setting, with a description, for every key settings.ts reads', async () => {
    const extension = await activateExtension();
    const properties = (extension.packageJSON as any).contributes.configuration.properties;
    const source = fs.readFileSync(path.join(extension.extensionPath, 'src', 'vscode', 'settings.ts'), 'utf8');
    const read = [...source.matchAll(/config\.get<[^>]+>\('([^']+)'/g)].map(m => `newsAnnotator.${m[1]}`);
    assert.ok(read.length >= 11);
    for (const key of read) {
      assert.ok(properties[key], `${key} is contributed`);
      assert.ok(properties[key].markdownDescription || properties[key].description, `${key} is described`);
      const inspected = vscode.workspace.getConfiguration().inspect(key);
      assert.notStrictEqual(inspected?.defaultValue, undefined, `${key} has a default`);
    }
  });

  it('only puts contributed commands into menus, and gives title-bar commands an icon', async () => {
    const extension = await activateExtension();
    const { commands, menus, submenus = [] } = (extension.packageJSON as any).contributes;
    const byId = new Map<string, { icon?: string }>(commands.map((c: { command: string }) => [c.command, c]));
    const submenuIds = new Set(submenus.map((s: { id: string }) => s.id));
    for (const [menu, entries] of Object.entries<{ command?: string; submenu?: string; group?: string }[]>(menus)) {
      for (const entry of entries) {
        if (entry.submenu) {
          assert.ok(submenuIds.has(entry.submenu), `${menu}: submenu ${entry.submenu}`);
          continue;
        }
        assert.ok(entry.command && byId.has(entry.command), `${menu}: ${entry.command}`);
        // Icons are what a view's title bar (navigation group) and its items' inline actions show.
        const shownAsIcon = menu === 'view/title' ? entry.group?.startsWith('navigation') : menu === 'view/item/context' && entry.group === 'inline';
        if (shownAsIcon) assert.ok(byId.get(entry.command!)!.icon, `${entry.command} needs an icon in ${menu}`);
      }
    }
  });

  it('gives every colour a default for light, dark and both high-contrast themes', async () => {
    const extension = await activateExtension();
    for (const color of (extension.packageJSON as any).contributes.colors) {
      assert.deepStrictEqual(Object.keys(color.defaults).sort(), ['dark', 'highContrast', 'highContrastLight', 'light'], color.id);
    }
  });

  it('opens the Get Started walkthrough', async () => {
    const extension = await activateExtension();
    const walkthrough = (extension.packageJSON as any).contributes.walkthroughs[0];
    for (const step of walkthrough.steps) {
      assert.ok(fs.existsSync(path.join(extension.extensionPath, step.media.svg)), step.media.svg);
    }
    await vscode.commands.executeCommand('workbench.action.openWalkthrough', `${extension.id}#${walkthrough.id}`, false);
    await screenshot('walkthrough');
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });
});
