import { Lightning, Router } from '@lightningjs/sdk';
import type { KeyAction } from '../components/keyboardLayout';
import { appContext } from '../context';
import { onLanguageChange, t } from '../i18n';
import { editText, isTypedCharacter } from '../loginForm';
import { formatCount } from '../progressText';
import { openTarget } from '../search/openResult';
import type { SearchResults } from '../../library';
import { accountData } from '../live/liveData';
import { foundAnything, recentEntries, resultEntries, type GroupId, type SearchEntry } from '../search/resultEntries';
import { clearRecentSearchesOf, recentSearches, rememberSearch } from '../search/recentSearches';
import type { SearchCatalog } from '../search/searchCatalog';
import { searchCatalogFor } from '../search/sharedSearchCatalog';
import { describeEntries, feedSearch } from '../search/searchSources';
import { RESULTS_LAYOUT, searchPageTemplate, type SearchPageSpec } from '../search/searchLayout';
import { registerProbe } from '../testHook';
import { COLORS } from '../theme';

/** Quiet time after a key before the search runs, so fast typing searches once. */
const DEBOUNCE_MS = 150;
/** While the index grows, the results follow it at most this often. */
const PROGRESS_MS = 500;
/** Hits kept per group (the list draws only the rows on screen). */
const HITS_PER_GROUP = 50;
/** Hits a group shows before its "Show more" row, so the groups after it are on screen too. */
const COLLAPSED_HITS = 3;

type Area = 'keyboard' | 'results';

/**
 * Search: a query typed on the on-screen keyboard (arrows and OK) or, in the emulator, on the physical keyboard;
 * results follow as you type, grouped as Channels, Programmes, Movies and Series. Right goes from the keyboard to the
 * results, Left back; the channel keys jump between groups; OK plays a channel or a programme on air, plays a past
 * programme from the archive, says when a future one starts, and opens a movie's or a series' page. Before typing,
 * the account's recent searches are listed (and a row clearing them). The index is built in the background, usually
 * before the page opens (see `warmSearch`); while the page is open it grows at full pace.
 */
export class SearchPage
  extends Lightning.Component<SearchPageSpec>
  implements Lightning.Component.ImplementTemplateSpec<SearchPageSpec>
{
  static override _template(): Lightning.Component.Template<SearchPageSpec> {
    return searchPageTemplate(COLORS.background);
  }

  readonly Title = this.getByRef('Title')!;
  readonly Field = this.getByRef('Field')!;
  readonly Keyboard = this.getByRef('Keyboard')!;
  readonly Help = this.getByRef('Help')!;
  readonly Results = this.getByRef('Results')!;
  readonly Message = this.getByRef('Message')!;
  readonly Hint = this.getByRef('Hint')!;
  readonly Progress = this.getByRef('Progress')!;
  private area: Area = 'keyboard';
  private query = '';
  /** The query the results on screen are for. */
  private shownQuery: string | null = null;
  private entries: SearchEntry[] = [];
  private results: SearchResults | undefined;
  /** The group opened with "Show more" (until the query changes). */
  private expanded: GroupId | undefined;
  private account: string | undefined;
  private catalog: SearchCatalog | undefined;
  private searchTimer: ReturnType<typeof setTimeout> | undefined;
  private lastProgress = 0;
  private searches = 0;
  private stops: Array<() => void> = [];

  override _init(): void {
    this.Results.configure(RESULTS_LAYOUT);
    this.Keyboard.patch({ signals: { input: '_typeFromKeyboard' } });
    this.Results.patch({ signals: { select: '_openResult' } });
    this.Field.typingTarget = true;
    // The hint sits under the message, however many lines the message took.
    this.Message.on('txLoaded', () => {
      this.Hint.y = this.Message.y + this.Message.renderHeight + 32;
    });
  }

  /** Called by the route on every visit: a new account starts empty; coming back keeps the query and results. */
  open(): void {
    const signedIn = appContext().signedIn;
    this.catalog = signedIn ? searchCatalogFor(signedIn.source) : undefined;
    if (this.catalog) this.catalog.inForeground();
    this.listen();
    this.drawTexts();
    if (!signedIn) return;
    if (this.account !== signedIn.stored.id) {
      this.account = signedIn.stored.id;
      this.query = '';
      this.shownQuery = null;
      this.area = 'keyboard';
      this.Keyboard.reset();
    }
    this.Field.value = this.query;
    void this.prepare();
    this.search();
  }

  override _inactive(): void {
    if (this.catalog) this.catalog.inBackground();
    this.stops.forEach((stop) => stop());
    this.stops = [];
    if (this.searchTimer) clearTimeout(this.searchTimer);
    this.searchTimer = undefined;
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.area === 'results' && this.entries.length > 0 ? this.Results : this.Keyboard;
  }

  override _handleRight(): void {
    if (this.area === 'keyboard' && this.entries.length > 0) this.focusArea('results');
  }

  override _handleLeft(): void {
    if (this.area === 'results') this.focusArea('keyboard');
  }

  override _handleBack(): void {
    if (this.area === 'results') {
      this.focusArea('keyboard');
      return;
    }
    const history = Router.getHistory();
    const last = history[history.length - 1];
    if (last && last.hash === 'home') Router.back();
    else Router.navigate('home', false);
  }

  /** The physical keyboard types too: characters into the query, Backspace deletes while there is text. */
  override _captureKey(event: KeyboardEvent): boolean {
    if (event.keyCode === 8 && this.query !== '') {
      this._typeFromKeyboard({ kind: 'delete' });
      return true;
    }
    if (isTypedCharacter(event)) {
      this._typeFromKeyboard({ kind: 'insert', text: event.key });
      return true;
    }
    return false;
  }

  _typeFromKeyboard(action: KeyAction): void {
    const next = editText(this.query, action);
    if (next === this.query) return;
    this.query = next;
    this.Field.value = next;
    if (this.area !== 'keyboard') this.focusArea('keyboard');
    if (this.searchTimer) clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => {
      this.searchTimer = undefined;
      this.search();
    }, DEBOUNCE_MS);
  }

  _openResult(index: number): void {
    const entry = this.entries[index];
    const signedIn = appContext().signedIn;
    const catalog = signedIn?.source.catalog;
    if (!entry || entry.type !== 'hit' || !signedIn || !catalog) return;
    if (entry.target.kind === 'clearRecent') {
      clearRecentSearchesOf(appContext()).then(
        () => this.searchAgain(),
        () => undefined,
      );
      return;
    }
    if (entry.target.kind === 'query') {
      this._typeFromKeyboard({ kind: 'clear' });
      this._typeFromKeyboard({ kind: 'insert', text: entry.target.text });
      return;
    }
    if (entry.target.kind === 'more') {
      // The group opens in place: the focus stays where "Show more" was, now on the group's next hit.
      this.expanded = entry.target.group;
      if (this.results) this.show(this.entriesFor(this.results), index);
      return;
    }
    rememberSearch(accountData(appContext()), this.query).catch(() => undefined);
    openTarget(appContext(), catalog, entry.target, Date.now());
  }

  private listen(): void {
    if (this.stops.length > 0) return;
    const signedIn = appContext().signedIn;
    this.stops.push(
      onLanguageChange(() => {
        this.drawTexts();
        this.searchAgain();
      }),
      registerProbe('search', () => this.probe()),
    );
    if (signedIn) {
      const update = (): void => void this.prepare();
      this.stops.push(signedIn.source.guide.onChange(update), signedIn.source.onCatalogChange(update));
    }
    if (this.catalog) this.stops.push(this.catalog.onProgress(() => this.followIndex()));
  }

  /** Starts (or follows up) the index once the catalogue is there. */
  private async prepare(): Promise<void> {
    const signedIn = appContext().signedIn;
    const searchCatalog = this.catalog;
    if (!signedIn || !searchCatalog) return;
    if (!signedIn.source.catalog) this.Progress.text = t('search.loading');
    const wanted = (): boolean => this.catalog === searchCatalog && appContext().signedIn === signedIn;
    if (!(await feedSearch(signedIn, searchCatalog, wanted))) this.Progress.text = '';
    else if (wanted()) this.followIndex();
  }

  /** The index grew: say how far it is, and search again (at most every {@link PROGRESS_MS}) while typing. */
  private followIndex(): void {
    const catalog = this.catalog;
    if (!catalog) return;
    const progress = catalog.progress;
    // Redrawing text is costly on a TV: the line and the results follow every half second, not every slice.
    const now = Date.now();
    if (!progress.done && now - this.lastProgress < PROGRESS_MS) return;
    this.lastProgress = now;
    this.Progress.text = progress.done ? '' : t('search.indexing', { count: formatCount(progress.documents) });
    // The results being browsed stay put; they follow the index once the viewer types again.
    if (this.area === 'keyboard' && this.query.trim() !== '') this.searchAgain();
  }

  /** Shows the results (or the recent searches) again, even for the same query. */
  private searchAgain(): void {
    this.shownQuery = null;
    this.search();
  }

  /** Shows results for the query (or the recent searches when it is empty). */
  private search(): void {
    const query = this.query;
    if (query === this.shownQuery) return;
    this.shownQuery = query;
    const signedIn = appContext().signedIn;
    const catalog = signedIn?.source.catalog;
    const searchCatalog = this.catalog;
    if (query.trim() === '' || !signedIn || !catalog || !searchCatalog) {
      this.results = undefined;
      this.show(signedIn ? recentEntries(recentSearches(accountData(appContext()))) : []);
      this.showMessage(t(signedIn ? 'search.hint' : 'search.notSignedIn'), signedIn ? t('search.hintKeys') : '');
      return;
    }
    this.searches++;
    const results = searchCatalog.search(query, HITS_PER_GROUP);
    if (!this.results || this.results.query.trim() !== results.query.trim()) this.expanded = undefined;
    this.results = results;
    const entries = this.entriesFor(results);
    this.show(entries);
    if (entries.length === 0 || !foundAnything(results)) {
      this.showMessage(t('search.noResults', { query: query.trim() }), t('search.noResultsHint'));
    } else this.showMessage('', '');
  }

  private entriesFor(results: SearchResults): SearchEntry[] {
    const signedIn = appContext().signedIn;
    const catalog = signedIn?.source.catalog;
    const searchCatalog = this.catalog;
    if (!catalog || !searchCatalog) return [];
    const context = { catalog, channelFor: (id: string) => searchCatalog.channelFor(id), now: Date.now() };
    return resultEntries(results, context, { collapsed: COLLAPSED_HITS, expanded: this.expanded });
  }

  private show(entries: SearchEntry[], focus?: number): void {
    this.entries = entries;
    this.Results.visible = entries.length > 0;
    if (entries.length > 0) this.Results.showEntries(entries, focus);
    if (entries.length === 0 && this.area === 'results') this.focusArea('keyboard');
    this._refocus();
  }

  /** The message where results would be (hidden under results, and under the recent searches). */
  private showMessage(message: string, hint: string): void {
    const hidden = this.entries.length > 0;
    this.Message.visible = !hidden;
    this.Hint.visible = !hidden;
    this.Message.text = message;
    this.Hint.text = hint;
  }

  private focusArea(area: Area): void {
    this.area = area === 'results' && this.entries.length > 0 ? 'results' : 'keyboard';
    this.Help.text = t(this.area === 'results' ? 'search.help.results' : 'search.help.keyboard');
    this._refocus();
  }

  private drawTexts(): void {
    this.Title.text = t('search.title');
    this.Field.label = t('search.field');
    this.Field.placeholder = t('search.placeholder');
    this.Keyboard.setEditLabels({
      space: t('search.key.space'),
      delete: t('search.key.delete'),
      clear: t('search.key.clear'),
    });
    this.Help.text = t(this.area === 'results' ? 'search.help.results' : 'search.help.keyboard');
  }

  private probe(): Record<string, unknown> {
    const { query, shownQuery, area, entries, searches } = this;
    return { query, shownQuery, area, searches, ...describeEntries(entries, this.catalog) };
  }
}
