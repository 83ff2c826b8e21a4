import { Lightning, Router } from '@lightningjs/sdk';
import type { Episode, Series, SeriesDetails } from '../../xtream';
import { VirtualList } from '../components/VirtualList';
import { appContext } from '../context';
import { describeError } from '../describeError';
import { onLanguageChange, t, tn } from '../i18n';
import { ButtonRow, type RowButton } from '../library/ButtonRow';
import { favouriteButton, toggleFavourite } from '../library/favouriteButton';
import { registerDetailsProbe, textDrawn } from '../library/detailsProbe';
import { mergeFacts, metaLine } from '../library/detailsText';
import { EpisodeRow, type EpisodeRowItem } from '../library/EpisodeRow';
import { episodeChoice, episodeRows, playLabel } from '../library/episodeRows';
import { catalogNow, imageUrl, loadCatalog, userData } from '../library/libraryData';
import { episodeTitle, setPlayRequest, watchPath } from '../library/playRequest';
import { SeasonTabs } from '../library/SeasonTabs';
import {
  EPISODE_LIST,
  SERIES_POSTER,
  seriesDetailsTemplate,
  type SeriesDetailsPageSpec,
} from '../library/seriesDetailsTemplate';
import { episodesOfSeason, seasonNumbers, type EpisodeChoice } from '../library/seriesProgress';
import { progressSettled, savedPosition } from '../library/watchProgress';
import { STAGE_H } from '../theme';

type Area = 'buttons' | 'seasons' | 'episodes';

/**
 * A series: poster, title, facts and plot, Play (the next episode to watch) or Resume, the favourite toggle, the
 * seasons as tabs and the chosen season's episodes with watched marks. OK on an episode plays it (from where it was
 * left); the player goes on with the following episodes.
 */
export class SeriesDetailsPage
  extends Lightning.Component<SeriesDetailsPageSpec>
  implements Lightning.Component.ImplementTemplateSpec<SeriesDetailsPageSpec>
{
  static override _template(): Lightning.Component.Template<SeriesDetailsPageSpec> {
    return seriesDetailsTemplate();
  }

  readonly Poster = this.getByRef('Poster')!;
  readonly Info = this.getByRef('Info')!;
  readonly Buttons = this.getByRef('Buttons')!;
  readonly Seasons = this.getByRef('Seasons')!;
  readonly Episodes = this.getByRef('Episodes')! as VirtualList<EpisodeRowItem>;
  readonly Status = this.getByRef('Status')!;
  private seriesId = '';
  private series: Series | undefined;
  private details: SeriesDetails | undefined;
  private seasons: number[] = [];
  private shown: Episode[] = [];
  private area: Area = 'buttons';
  private generation = 0;
  private stopLanguage: (() => void) | undefined;
  private stopProbe: (() => void) | undefined;

  override _init(): void {
    this.Poster.setSize(SERIES_POSTER.w, SERIES_POSTER.h);
    this.Episodes.configure({ rowType: EpisodeRow, rowHeight: 140, gap: 12, height: STAGE_H - EPISODE_LIST.y - 24 });
  }

  /** Called by the route on every visit (coming back from the player refreshes the marks and Resume). */
  open(id: string): void {
    const generation = ++this.generation;
    if (!this.stopLanguage) this.stopLanguage = onLanguageChange(() => this.paint());
    if (!this.stopProbe) this.stopProbe = this.registerProbe();
    if (id !== this.seriesId) {
      this.seriesId = id;
      this.series = undefined;
      this.details = undefined;
      this.seasons = [];
      this.area = 'buttons';
    }
    const catalog = catalogNow(appContext());
    const series = catalog ? catalog.byId('series', id) : undefined;
    if (series) this.show(series, generation);
    else void this.waitForCatalog(id, generation);
    // Back from the player: positions and watched marks are being stored; they show once they are.
    void progressSettled().then(() => {
      if (generation === this.generation) this.paint();
    });
  }

  override _inactive(): void {
    this.generation++;
    if (this.stopLanguage) this.stopLanguage();
    if (this.stopProbe) this.stopProbe();
    this.stopLanguage = undefined;
    this.stopProbe = undefined;
  }

  _reload(): void {
    this.open(this.seriesId);
  }

  override _getFocused(): Lightning.Component | undefined {
    if (this.Status.canRetry || !this.series) return this.Status;
    if (this.area === 'episodes' && this.shown.length > 0) return this.Episodes;
    if (this.area === 'seasons' && this.seasons.length > 0) return this.Seasons;
    return this.Buttons;
  }

  override _handleDown(): void {
    if (this.area === 'buttons' && this.seasons.length > 0) this.area = 'seasons';
    else if (this.area === 'seasons' && this.shown.length > 0) this.area = 'episodes';
    this._refocus();
  }

  override _handleUp(): void {
    if (this.area === 'episodes') this.area = 'seasons';
    else if (this.area === 'seasons') this.area = 'buttons';
    this._refocus();
  }

  override _handleLeft(): void {
    if (this.area === 'episodes') (this.Seasons as SeasonTabs).choose((this.Seasons as SeasonTabs).selectedIndex - 1);
  }

  override _handleRight(): void {
    if (this.area === 'episodes') (this.Seasons as SeasonTabs).choose((this.Seasons as SeasonTabs).selectedIndex + 1);
  }

  _seasonChange(index: number): void {
    this.showSeason(index, 0);
  }

  _press(id: string): void {
    const series = this.series;
    if (!series) return;
    if (id === 'favourite') return void toggleFavourite(this.Buttons as ButtonRow, 'series', series.id);
    const choice = this.choice();
    if (choice) this.play(choice.episode, choice.startAt);
  }

  _playEpisode(index: number): void {
    const episode = this.shown[index];
    if (!episode) return;
    this.play(episode, savedPosition(userData(appContext()), 'series', episode.id));
  }

  private registerProbe(): () => void {
    const title = this.Info.getByRef('Title')!;
    return registerDetailsProbe(() => ({
      kind: 'series',
      id: this.seriesId,
      title: this.series ? this.series.name : '',
      drawn: this.series !== undefined && textDrawn(title),
    }));
  }

  private async waitForCatalog(id: string, generation: number): Promise<void> {
    this.setContentVisible(false);
    this.Status.showLoading(t('library.loadingSeries'));
    try {
      const catalog = await loadCatalog(appContext(), 'series');
      if (generation !== this.generation) return;
      const series = catalog.byId('series', id);
      if (series) this.show(series, generation);
      else this.Status.showMessage(t('library.notFound'), t('library.notFoundHint'));
    } catch (error) {
      if (generation !== this.generation) return;
      const text = describeError(error);
      this.Status.showError(text.message, text.hint);
    }
    this._refocus();
  }

  private setContentVisible(visible: boolean): void {
    this.Info.visible = visible;
    this.Buttons.visible = visible;
    this.Seasons.visible = visible && this.seasons.length > 0;
    this.Episodes.visible = visible && this.shown.length > 0;
  }

  private show(series: Series, generation: number): void {
    this.series = series;
    this.setContentVisible(true);
    this.paint();
    this._refocus();
    void this.fetchEpisodes(series, generation);
  }

  private async fetchEpisodes(series: Series, generation: number): Promise<void> {
    const signedIn = appContext().signedIn;
    if (!signedIn) return;
    if (!this.details) this.Status.showLoading(t('library.loadingEpisodes'));
    try {
      const details = await signedIn.source.seriesDetails(series);
      if (generation !== this.generation) return;
      this.details = details;
      this.paint();
    } catch (error) {
      if (generation !== this.generation || this.details) return;
      const text = describeError(error);
      this.Status.showError(text.message, text.hint);
    }
    this._refocus();
  }

  private paint(): void {
    const series = this.series;
    if (!series) return;
    const context = appContext();
    const info = this.details ? this.details.info : undefined;
    const facts = mergeFacts(
      { ...series, durationSecs: series.episodeRunMinutes ? series.episodeRunMinutes * 60 : undefined },
      info,
    );
    const episodes = this.details ? this.details.episodes : [];
    this.seasons = seasonNumbers(episodes);
    const extra = this.details
      ? [tn('library.seasonCount', this.seasons.length), tn('library.episodeCount', episodes.length)]
      : [];
    this.Poster.show({ title: series.name, posterUrl: imageUrl(context, series.cover ?? (info && info.cover)) }, true);
    this.Info.patch({
      Title: { text: { text: series.name } },
      Meta: { text: { text: metaLine(facts, extra) } },
      Plot: { text: { text: facts.plot ?? '' } },
    });
    this.drawButtons();
    if (!this.details) return;
    if (episodes.length === 0) {
      this.shown = [];
      this.setContentVisible(true);
      this.Status.showMessage(t('library.noEpisodes'), t('library.noEpisodesHint'));
      return;
    }
    this.Status.hide();
    const choice = this.choice();
    const tabs = this.Seasons as SeasonTabs;
    const current = this.shown.length > 0 ? this.seasons.indexOf(this.shown[0].season) : -1;
    const season = current >= 0 ? current : choice ? this.seasons.indexOf(choice.episode.season) : 0;
    tabs.setSeasons(
      this.seasons.map((number) => t('library.season', { number })),
      season,
    );
    const focusId = current >= 0 ? this.shown[this.Episodes.focusedIndex]?.id : choice?.episode.id;
    const seasonEpisodes = episodesOfSeason(episodes, this.seasons[season]);
    this.showSeason(
      season,
      Math.max(
        0,
        seasonEpisodes.findIndex((e) => e.id === focusId),
      ),
    );
  }

  private showSeason(index: number, focus: number): void {
    const episodes = this.details ? this.details.episodes : [];
    this.shown = episodesOfSeason(episodes, this.seasons[index]);
    this.Episodes.setItems(episodeRows(appContext(), this.shown), focus);
    this.setContentVisible(true);
    this._refocus();
  }

  private choice(): EpisodeChoice | undefined {
    return episodeChoice(appContext(), this.details ? this.details.episodes : []);
  }

  private drawButtons(): void {
    const series = this.series;
    if (!series) return;
    const choice = this.choice();
    const buttons: RowButton[] = [];
    if (choice) buttons.push({ id: 'play', label: playLabel(choice), w: choice.startAt ? 520 : 360 });
    buttons.push(favouriteButton('series', series.id));
    // Play appears once the episodes are known: it takes the focus from Favourite, where the row began.
    const row = this.Buttons as ButtonRow;
    row.setButtons(buttons, choice && !row.hasButton('play') ? 'play' : undefined);
  }

  private play(episode: Episode, startAt?: number): void {
    const series = this.series;
    const details = this.details;
    if (!series || !details) return;
    setPlayRequest({
      kind: 'episode',
      id: episode.id,
      title: episodeTitle(series.name, episode),
      startAt,
      seriesId: series.id,
      seriesName: series.name,
      episodes: details.episodes,
    });
    Router.navigate(watchPath('episode', episode.id));
  }
}
