// Named entities. STUB: replaced by the NER work (issue 3).
import type { EntityMention, Language, Span } from '../types';

export function findEntities(_text: string, _sentences: Span[], _language: Language): EntityMention[] {
  return [];
}
