/**
 * One search index over live channels, movies, series and the programme titles of the loaded guide window.
 * Documents are added one at a time (normally through {@link SearchIndexBuilder}, which slices the work) and
 * can be searched at any moment: a search sees everything added before it.
 */
import type { MediaKind } from '../catalog/kinds';
import { DocumentStore } from './documents';
import { createTextFolder, type TextFolder } from './fold';
import { QueryScratch } from './marks';
import { PrefixUnions } from './prefix-unions';
import { runQuery } from './query';
import { TokenTable } from './token-table';
import type { ProgrammeTitle, SearchableItem, SearchOptions, SearchResults } from './types';

/** Options of {@link SearchIndex}. */
export interface SearchIndexOptions {
  /** How text is folded and split; the default folds case and diacritics with NFD where the engine has it. */
  folder?: TextFolder;
}

/** Sizes of an index, for diagnostics and benchmarks. */
export interface SearchIndexStats {
  documents: number;
  /** Distinct words. */
  words: number;
  postings: number;
  /** Postings added since the last seal (kept in growable arrays per word until then). */
  unsealed: number;
  /** Words not yet sorted in (a search sorts them in first). */
  unsorted: number;
}

/**
 * The searchable documents and their words.
 *
 * @example
 * ```ts
 * const index = new SearchIndex();
 * index.addItem('live', { id: '12', name: 'BBC News HD' });
 * index.addProgramme({ title: 'Evening News', channelId: 'bbc1.uk', start, stop }); // a GuideProgramme fits
 * index.search('new').channels.hits; // [{ kind: 'live', id: '12', name: 'BBC News HD', match: 'words' }]
 * ```
 */
export class SearchIndex {
  private readonly documents = new DocumentStore();
  private readonly tokens = new TokenTable();
  private readonly scratch = new QueryScratch();
  private readonly unions = new PrefixUnions(this.tokens);
  private readonly folder: TextFolder;
  /** Guides repeat titles ("News" on every news channel, every hour): each distinct title is folded once. */
  private titles = new Map<string, string[]>();

  constructor(options: SearchIndexOptions = {}) {
    this.folder = options.folder ?? createTextFolder();
  }

  /** Documents indexed so far. */
  get size(): number {
    return this.documents.count;
  }

  /** How many documents, words and postings the index holds. */
  stats(): SearchIndexStats {
    return {
      documents: this.documents.count,
      words: this.tokens.size,
      postings: this.tokens.postingCount,
      unsealed: this.tokens.unsealed,
      unsorted: this.tokens.unsorted,
    };
  }

  /** Indexes one channel, movie or series now. Items of a kind should come in the provider's order. */
  addItem(kind: MediaKind, item: SearchableItem): void {
    const words = this.folder.words(item.name);
    this.addWords(words, this.documents.addItem(kind, item.id, item.name, words));
  }

  /** Indexes one programme now. */
  addProgramme(programme: ProgrammeTitle): void {
    let words = this.titles.get(programme.title);
    if (!words) {
      words = this.folder.words(programme.title);
      this.titles.set(programme.title, words);
    }
    this.addWords(words, this.documents.addProgramme(programme, words));
  }

  /** Finds items and programmes; see {@link SearchResults} for the ranking. */
  search(query: string, options?: SearchOptions): SearchResults {
    this.tokens.flush();
    const parts = {
      documents: this.documents,
      tokens: this.tokens,
      folder: this.folder,
      scratch: this.scratch,
      unions: this.unions,
    };
    return runQuery(parts, query, options);
  }

  /** Makes newly added words searchable by prefix now (a search does it too). */
  flush(): void {
    this.tokens.flush();
  }

  /**
   * Does the share of making new words searchable by prefix that the documents added since the last call bring,
   * so that the builder keeps the words nearly sorted between slices and a search meanwhile has little left to do.
   */
  keepUp(): void {
    this.tokens.keepUp();
  }

  /**
   * Sorts new words in, seals recent postings into one pool, then merges the postings of one-letter prefixes,
   * until `deadline` (a `now()` value); true when done. Every part picks up where it stopped at the next call.
   */
  compactUntil(deadline: number, now: () => number): boolean {
    if (!this.tokens.flushUntil(deadline, now)) return false;
    if (!this.tokens.sealUntil(deadline, now)) return false;
    this.titles = new Map();
    return this.unions.buildUntil(this.documents.count, deadline, now);
  }

  private addWords(words: readonly string[], document: number): void {
    this.unions.reset();
    for (let i = 0; i < words.length; i++) this.tokens.add(words[i], document, i);
  }
}
