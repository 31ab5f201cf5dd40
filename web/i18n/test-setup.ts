import { da, en, nb } from './dictionary.ts';
import { registerDictionary } from './translate.ts';

// The app loads one language at a time (dynamic import); unit tests translate in all three at once.
registerDictionary('da', da);
registerDictionary('nb', nb);
registerDictionary('en', en);
