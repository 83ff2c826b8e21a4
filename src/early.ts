// The app's first entry module (webpack.config.js): it starts the IndexedDB reads of a start-up before the second
// one (index.ts) evaluates the interface library. See src/ui/earlyReads.ts.
// eslint-disable-next-line no-restricted-imports
import { beginEarlyReads } from './ui/earlyReads';

beginEarlyReads();
