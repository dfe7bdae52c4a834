import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const projectRoot = path.resolve(__dirname, '..', '..', '..', '..');
const readJson = (file: string) => JSON.parse(fs.readFileSync(path.join(projectRoot, file), 'utf8'));

function listSources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap(entry => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return listSources(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

/** Every %key% the manifest refers to. */
function manifestKeys(value: unknown, keys = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    const match = /^%(.+)%$/.exec(value);
    if (match) keys.add(match[1]);
  } else if (Array.isArray(value)) {
    value.forEach(v => manifestKeys(v, keys));
  } else if (value && typeof value === 'object') {
    Object.values(value).forEach(v => manifestKeys(v, keys));
  }
  return keys;
}

/** The messages of every vscode.l10n.t('…') call in the editor code, as the runtime looks them up. */
function runtimeMessages(): Set<string> {
  const messages = new Set<string>();
  for (const file of listSources(path.join(projectRoot, 'src'))) {
    const source = fs.readFileSync(file, 'utf8');
    for (const match of source.matchAll(/l10n\.t\(\s*(['"])((?:\\.|(?!\1).)*)\1/g)) {
      messages.add(match[2].replace(/\\(.)/g, '$1'));
    }
  }
  return messages;
}

function placeholders(message: string): string[] {
  return [...message.matchAll(/\{\d+\}/g)].map(m => m[0]).sort();
}

describe('Localisation', () => {
  const manifest = readJson('package.json');
  const nls = readJson('package.nls.json');
  const nlsDe = readJson('package.nls.de.json');

  it('has an English and a German string for every %key% of the manifest', () => {
    const keys = [...manifestKeys(manifest.contributes)];
    assert.deepStrictEqual(keys.filter(k => !(k in nls)), [], 'package.nls.json');
    assert.deepStrictEqual(keys.filter(k => !(k in nlsDe)), [], 'package.nls.de.json');
  });

  it('names every command\'s title and category through the nls files', () => {
    for (const command of manifest.contributes.commands) {
      assert.match(command.title, /^%.+%$/, `${command.command} title`);
      assert.strictEqual(command.category, '%category%', `${command.command} category`);
    }
    assert.strictEqual(nls.category, 'News Annotator');
    assert.strictEqual(nlsDe.category, 'News Annotator');
  });

  it('has every runtime message in the English bundle and a German translation with the same placeholders', () => {
    assert.strictEqual(manifest.l10n, './l10n');
    const bundle = readJson('l10n/bundle.l10n.json');
    const german = readJson('l10n/bundle.l10n.de.json');
    const messages = [...runtimeMessages()];
    assert.deepStrictEqual(messages.filter(m => !(m in bundle)), [], 'l10n/bundle.l10n.json is out of date');
    assert.deepStrictEqual(Object.keys(bundle).filter(m => !(m in german)), [], 'untranslated in l10n/bundle.l10n.de.json');
    for (const [message, translation] of Object.entries<string>(german)) {
      assert.deepStrictEqual(placeholders(translation), placeholders(message), message);
    }
  });

  it('keeps German manifest strings as translations, with the same command links', () => {
    for (const [key, english] of Object.entries<string>(nls)) {
      const links = (text: string) => [...text.matchAll(/\(command:[^)]+\)/g)].map(m => m[0]);
      assert.deepStrictEqual(links(nlsDe[key] ?? ''), links(english), key);
    }
  });
});
