// Language identification. STUB: replaced by the analysis-engine work (issue 3).
import type { Language } from './types';

export function detectLanguage(text: string, fallback: Language): Language {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let de = 0;
  let en = 0;
  for (const w of words) {
    if (/^(der|die|das|und|ist|nicht|mit|den|von|zu|für|auf)$/.test(w)) de++;
    if (/^(the|and|is|not|with|of|to|for|on|that|was)$/.test(w)) en++;
  }
  return de === en ? fallback : de > en ? 'de' : 'en';
}
