// Every language's question words, for code that runs in Node (the tests). A portal's pages load
// only English's and their own language's (src/scripts/search/engine.ts).
import type { QuestionWordLists } from '../query.ts';
import de from './de.json' with { type: 'json' };
import en from './en.json' with { type: 'json' };
import es from './es.json' with { type: 'json' };
import fr from './fr.json' with { type: 'json' };
import it from './it.json' with { type: 'json' };
import ja from './ja.json' with { type: 'json' };
import nl from './nl.json' with { type: 'json' };
import pt from './pt.json' with { type: 'json' };
import zh from './zh.json' with { type: 'json' };

export const QUESTION_WORDS: QuestionWordLists = { en, de, es, fr, it, ja, nl, pt, zh };
