// The Timeline view: the corpus' dated expressions in chronological order, so a reader sees where sources
// place the same event on different days. Values are grouped by the day (or week, month, year …) they
// resolve to; days and months sit in their month, coarser values (a year, a decade) stand alone; values
// that could not be resolved ("XXXX-04-19", "PAST_REF") come last. Durations and repetitions are not
// points in time and stay out.
import * as vscode from 'vscode';
import type { DateMention, DateMod } from '../core/analysis/types';
import { compareIntervals, intervalLength, parseTimex, timexInterval, type DayInterval } from '../core/text/timex';
import { contextText, rangeOf } from './articleText';
import { KeyedCorpusIndex, type CorpusGroup, type Keyed } from './corpusIndex';
import type { Article, CorpusService } from './corpusService';
import { describeDate, formatCount, formatPublished } from './describe';
import { REVEAL_COMMAND } from './reveal';
import type { Services } from './services';

export const TIMELINE_VIEW = 'newsAnnotator.timeline';
const UNRESOLVED = 'unresolved';
/** Wider than this (a quarter, a year …) a value is its own top-level entry rather than part of a month. */
const MAX_DAYS_IN_MONTH_BUCKET = 31;

export type TimelineNode =
  | { kind: 'month'; id: string; label: string; groups: TimelineGroupNode[] }
  | TimelineGroupNode
  | { kind: 'entry'; id: string; article: Article; date: DateMention };

export interface TimelineGroupNode {
  kind: 'group';
  id: string;
  /** The value and mod shared by the group's expressions, or UNRESOLVED. */
  key: string;
  interval: DayInterval | null;
  group: CorpusGroup<DateMention>;
}

/** Days, months and weeks with their mod; one group per point a reader would name. */
export function timelineKey(date: DateMention): string | undefined {
  if (date.kind === 'DURATION' || date.kind === 'SET') return undefined;
  const timex = parseTimex(date.value);
  if (!timexInterval(timex)) return UNRESOLVED;
  const value = timex.kind === 'day' ? date.value.slice(0, 10) : date.value;
  return `${value}|${date.mod ?? ''}`;
}

function parseKey(key: string): { value: string; mod: DateMod | undefined } {
  const [value, mod] = key.split('|');
  return { value, mod: (mod || undefined) as DateMod | undefined };
}

export function createTimelineIndex(corpus: CorpusService): KeyedCorpusIndex<DateMention> {
  return new KeyedCorpusIndex<DateMention>(corpus, article => article.analysis.dates.flatMap((item): Keyed<DateMention>[] => {
    const key = timelineKey(item);
    return key ? [{ key, item }] : [];
  }));
}

export class TimelineTreeProvider implements vscode.TreeDataProvider<TimelineNode>, vscode.Disposable {
  private readonly changeEmitter = new vscode.EventEmitter<TimelineNode | undefined>();
  private readonly subscription: vscode.Disposable;
  private cache: { version: number; roots: TimelineNode[] } | undefined;

  readonly onDidChangeTreeData = this.changeEmitter.event;

  constructor(private readonly corpus: CorpusService, private readonly index: KeyedCorpusIndex<DateMention>) {
    this.subscription = index.onDidChange(() => this.refresh());
  }

  refresh(): void {
    this.cache = undefined;
    this.changeEmitter.fire(undefined);
  }

  async getChildren(node?: TimelineNode): Promise<TimelineNode[]> {
    if (!node) return this.roots();
    if (node.kind === 'month') return node.groups;
    if (node.kind === 'group') {
      return node.group.occurrences().map(o => ({ kind: 'entry', id: `${node.id}/${o.article.uri.toString()}:${o.item.start}`, article: o.article, date: o.item }));
    }
    return [];
  }

  private async roots(): Promise<TimelineNode[]> {
    void this.corpus.start(); // a shown view is what starts indexing
    await this.index.ready();
    if (this.cache?.version === this.index.version) return this.cache.roots;
    const groups: TimelineGroupNode[] = [...this.index.groups()].map(group => ({
      kind: 'group', id: `group:${group.key}`, key: group.key, group,
      interval: group.key === UNRESOLVED ? null : intervalOfKey(group.key),
    }));
    groups.sort((a, b) => compareIntervals(a.interval, b.interval) || a.key.localeCompare(b.key));
    const roots: TimelineNode[] = [];
    const months = new Map<string, Extract<TimelineNode, { kind: 'month' }>>();
    for (const group of groups) {
      if (!group.interval || intervalLength(group.interval) > MAX_DAYS_IN_MONTH_BUCKET) {
        roots.push(group);
        continue;
      }
      const month = group.interval.start.slice(0, 7);
      const bucket = months.get(month);
      if (bucket) {
        bucket.groups.push(group);
      } else {
        const created = { kind: 'month' as const, id: `month:${month}`, label: formatPublished(month), groups: [group] };
        months.set(month, created);
        roots.push(created);
      }
    }
    this.cache = { version: this.index.version, roots };
    return roots;
  }

  getTreeItem(node: TimelineNode): vscode.TreeItem {
    switch (node.kind) {
      case 'month': {
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = node.id;
        item.iconPath = new vscode.ThemeIcon('calendar');
        item.contextValue = 'timelineMonth';
        return item;
      }
      case 'group': return groupItem(node);
      case 'entry': return entryItem(node);
    }
  }

  dispose(): void {
    this.subscription.dispose();
    this.changeEmitter.dispose();
  }
}

function intervalOfKey(key: string): DayInterval | null {
  const { value, mod } = parseKey(key);
  return timexInterval(parseTimex(value), mod);
}

function groupItem(node: TimelineGroupNode): vscode.TreeItem {
  const label = node.key === UNRESOLVED ? vscode.l10n.t('Not resolved to a date') : describeDate({ ...parseKey(node.key), kind: 'DATE' });
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.id;
  const sources = [...new Set(node.group.occurrences().map(o => sourceName(o.article)))];
  // Which outlets put something on this day is the point of the view: say it without expanding.
  item.description = sources.length > 3 ? `${sources.slice(0, 3).join(', ')} +${sources.length - 3}` : sources.join(', ');
  const mentions = node.group.size === 1 ? vscode.l10n.t('1 mention') : vscode.l10n.t('{0} mentions', formatCount(node.group.size));
  const articles = node.group.articleCount === 1 ? vscode.l10n.t('in 1 article') : vscode.l10n.t('in {0} articles', formatCount(node.group.articleCount));
  item.tooltip = `${label}\n${mentions} ${articles}\n${sources.join('\n')}`;
  item.iconPath = new vscode.ThemeIcon(node.key === UNRESOLVED ? 'question' : 'circle-filled');
  item.contextValue = node.key === UNRESOLVED ? 'timelineUnresolved' : 'timelineDate';
  return item;
}

function entryItem(node: Extract<TimelineNode, { kind: 'entry' }>): vscode.TreeItem {
  const { article, date } = node;
  const item = new vscode.TreeItem(date.text, vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  const published = article.analysis.metadata.published;
  item.description = [sourceName(article), published && formatPublished(published)].filter(Boolean).join(' · ');
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown('**').appendText(describeDate(date)).appendMarkdown('**\n\n> ').appendText(contextText(article, date, 400));
  tooltip.appendMarkdown('\n\n').appendText(`${article.title} — ${article.relativePath}`);
  item.tooltip = tooltip;
  item.iconPath = new vscode.ThemeIcon('quote');
  item.contextValue = 'timelineEntry';
  item.command = { command: REVEAL_COMMAND, title: vscode.l10n.t('Show in Article'), arguments: [article.uri, rangeOf(article, date)] };
  return item;
}

function sourceName(article: Article): string {
  return article.analysis.metadata.source ?? article.relativePath;
}

export function registerTimelineView(context: vscode.ExtensionContext, services: Services): TimelineTreeProvider {
  const index = createTimelineIndex(services.corpus);
  const provider = new TimelineTreeProvider(services.corpus, index);
  const view = vscode.window.createTreeView(TIMELINE_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(index, provider, view);
  return provider;
}
