import { Lightning, Router } from '@lightningjs/sdk';
import type { Movie, MovieDetails } from '../../xtream';
import { StatusView } from '../components/StatusView';
import { appContext } from '../context';
import { describeError } from '../describeError';
import { onLanguageChange, t } from '../i18n';
import { ButtonRow, type RowButton } from '../library/ButtonRow';
import { favouriteButton, toggleFavourite } from '../library/favouriteButton';
import { registerDetailsProbe, textDrawn } from '../library/detailsProbe';
import { creditLines, mergeFacts, metaLine } from '../library/detailsText';
import { catalogNow, imageUrl, loadCatalog, userData } from '../library/libraryData';
import { loadMovieDetails } from '../library/movieDetails';
import { setPlayRequest, watchPath } from '../library/playRequest';
import { PosterCard } from '../library/PosterCard';
import { resumeLabel } from '../library/timeText';
import { progressSettled, savedPosition } from '../library/watchProgress';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';

export interface MovieDetailsPageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Backdrop: object;
  Scrim: object;
  Poster: typeof PosterCard;
  Info: { Title: object; Meta: object; Plot: object; Cast: object; Director: object };
  Note: object;
  Buttons: typeof ButtonRow;
  Status: typeof StatusView;
}

const POSTER = { w: 360, h: 540 } as const;
const TEXT_X = SAFE.x + POSTER.w + 64;
const TEXT_W = STAGE_W - SAFE.x - TEXT_X;

/**
 * A movie: backdrop, poster, title, year, rating, running time, genre, plot, cast and director, with Play (or Resume
 * from the saved position and Start over) and the favourite toggle. It paints at once from the catalogue and the
 * cached details; the details call fills in the rest when it answers.
 */
export class MovieDetailsPage
  extends Lightning.Component<MovieDetailsPageSpec>
  implements Lightning.Component.ImplementTemplateSpec<MovieDetailsPageSpec>
{
  static override _template(): Lightning.Component.Template<MovieDetailsPageSpec> {
    return {
      Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
      Backdrop: { w: STAGE_W, h: STAGE_H, alpha: 0.25 },
      Scrim: {
        rect: true,
        w: STAGE_W,
        h: STAGE_H,
        colorLeft: 0xf00d1117,
        colorRight: 0x800d1117,
      },
      Poster: { type: PosterCard, x: SAFE.x, y: 120 },
      Info: {
        x: TEXT_X,
        y: 120,
        w: TEXT_W,
        // A column: the credits follow the plot however many lines it takes.
        flex: { direction: 'column' },
        Title: { text: textStyle('', FONT.title, COLORS.text, { wordWrapWidth: TEXT_W, maxLines: 1 }) },
        Meta: {
          flexItem: { marginTop: 8, marginBottom: 24 },
          text: textStyle('', FONT.small, COLORS.textMuted, { wordWrapWidth: TEXT_W, maxLines: 1 }),
        },
        Plot: {
          flexItem: { marginBottom: 24 },
          text: textStyle('', FONT.body, COLORS.text, { wordWrapWidth: TEXT_W, maxLines: 5, lineHeight: 46 }),
        },
        Cast: {
          flexItem: { marginBottom: 12 },
          text: textStyle('', FONT.small, COLORS.textMuted, { wordWrapWidth: TEXT_W, maxLines: 2, lineHeight: 40 }),
        },
        Director: { text: textStyle('', FONT.small, COLORS.textMuted, { wordWrapWidth: TEXT_W, maxLines: 1 }) },
      },
      Note: {
        x: TEXT_X,
        y: 800,
        text: textStyle('', FONT.small, COLORS.warning, { wordWrapWidth: TEXT_W, maxLines: 1 }),
      },
      Buttons: { type: ButtonRow, x: TEXT_X, y: 680, signals: { press: '_press' } },
      Status: { type: StatusView, x: (STAGE_W - 1200) / 2, y: 360, signals: { retry: '_reload' } },
    };
  }

  readonly Backdrop = this.getByRef('Backdrop')!;
  readonly Poster = this.getByRef('Poster')!;
  readonly Info = this.getByRef('Info')!;
  readonly Note = this.getByRef('Note')!;
  readonly Buttons = this.getByRef('Buttons')!;
  readonly Status = this.getByRef('Status')!;
  private movieId = '';
  private movie: Movie | undefined;
  private details: MovieDetails | undefined;
  private generation = 0;
  private stopLanguage: (() => void) | undefined;
  private stopProbe: (() => void) | undefined;

  override _init(): void {
    this.Poster.setSize(POSTER.w, POSTER.h);
  }

  /** Called by the route on every visit (also on coming back from the player: the resume button changes). */
  open(id: string): void {
    const generation = ++this.generation;
    if (!this.stopLanguage) this.stopLanguage = onLanguageChange(() => this.paint());
    if (!this.stopProbe) this.stopProbe = this.registerProbe();
    if (id !== this.movieId) {
      this.movieId = id;
      this.movie = undefined;
      this.details = undefined;
      this.Backdrop.texture = null;
    }
    const catalog = catalogNow(appContext());
    const movie = catalog ? catalog.byId('movie', id) : undefined;
    if (movie) this.show(movie, generation);
    else void this.waitForCatalog(id, generation);
    // Back from the player: the last position is being stored; Resume shows it once it is.
    void progressSettled().then(() => {
      if (generation === this.generation) this.drawButtons();
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
    this.open(this.movieId);
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.Status.canRetry || !this.movie ? this.Status : this.Buttons;
  }

  _press(id: string): void {
    const movie = this.movie;
    if (!movie) return;
    if (id === 'favourite') return void toggleFavourite(this.Buttons as ButtonRow, 'movie', movie.id);
    const startAt = id === 'resume' ? savedPosition(userData(appContext()), 'movie', movie.id) : undefined;
    setPlayRequest({ kind: 'movie', id: movie.id, title: movie.name, movie, startAt });
    Router.navigate(watchPath('movie', movie.id));
  }

  private registerProbe(): () => void {
    const title = this.Info.getByRef('Title')!;
    return registerDetailsProbe(() => ({
      kind: 'movie',
      id: this.movieId,
      title: this.movie ? ((title.text as { text?: string } | null)?.text ?? '') : '',
      drawn: this.movie !== undefined && textDrawn(title),
    }));
  }

  private async waitForCatalog(id: string, generation: number): Promise<void> {
    this.Info.visible = false;
    this.Buttons.visible = false;
    this.Status.showLoading(t('library.loadingMovies'));
    try {
      const catalog = await loadCatalog(appContext(), 'movie');
      if (generation !== this.generation) return;
      const movie = catalog.byId('movie', id);
      if (movie) this.show(movie, generation);
      else this.Status.showMessage(t('library.notFound'), t('library.notFoundHint'));
    } catch (error) {
      if (generation !== this.generation) return;
      const text = describeError(error);
      this.Status.showError(text.message, text.hint);
    }
    this._refocus();
  }

  private show(movie: Movie, generation: number): void {
    this.movie = movie;
    this.Status.hide();
    this.Info.visible = true;
    this.Buttons.visible = true;
    this.paint();
    this._refocus();
    void this.fetchDetails(movie.id, generation);
  }

  private async fetchDetails(id: string, generation: number): Promise<void> {
    try {
      const load = await loadMovieDetails(appContext(), id);
      if (generation !== this.generation) return;
      if (load.cached) {
        this.details = load.cached;
        this.paint();
      }
      const fresh = await load.fresh;
      if (generation !== this.generation) return;
      if (fresh.details) this.details = fresh.details;
      this.paint(fresh.failed !== undefined && !this.details);
    } catch {
      if (generation === this.generation) this.paint(!this.details);
    }
  }

  private paint(detailsFailed = false): void {
    const movie = this.movie;
    if (!movie) return;
    const context = appContext();
    const details = this.details;
    const facts = mergeFacts(
      { ...movie, durationSecs: movie.runtimeMinutes ? movie.runtimeMinutes * 60 : undefined },
      details,
    );
    const title = details && details.name ? details.name : movie.name;
    this.Poster.show({ title, posterUrl: imageUrl(context, (details && details.poster) || movie.poster) }, true);
    const backdrop = details && details.backdrops.length > 0 ? imageUrl(context, details.backdrops[0]) : undefined;
    if (backdrop) {
      this.Backdrop.texture = {
        type: Lightning.textures.ImageTexture,
        src: backdrop,
        resizeMode: { type: 'cover', w: STAGE_W, h: STAGE_H },
      };
    }
    const credits = creditLines(facts);
    this.Info.patch({
      Title: { text: { text: title } },
      Meta: { text: { text: metaLine(facts) } },
      Plot: { text: { text: facts.plot ?? '' } },
      Cast: { text: { text: credits.cast } },
      Director: { text: { text: credits.director } },
    });
    this.Note.text = detailsFailed ? t('library.detailsFailed') : '';
    this.drawButtons();
  }

  private drawButtons(): void {
    const movie = this.movie;
    if (!movie) return;
    const saved = savedPosition(userData(appContext()), 'movie', movie.id);
    const buttons: RowButton[] = saved
      ? [
          { id: 'resume', label: resumeLabel(saved), w: 440 },
          { id: 'start', label: t('library.startOver'), w: 300 },
        ]
      : [{ id: 'play', label: t('library.play'), w: 300 }];
    buttons.push(favouriteButton('movie', movie.id));
    (this.Buttons as ButtonRow).setButtons(buttons);
  }
}
