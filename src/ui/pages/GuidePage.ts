import { Lightning, Router } from '@lightningjs/sdk';
import type { LiveStream } from '../../xtream';
import { StatusView } from '../components/StatusView';
import { appContext } from '../context';
import { describeError } from '../describeError';
import { archiveRoute, requestArchive } from '../guide/archive';
import { GuideData } from '../guide/guideData';
import { GuideDetails } from '../guide/GuideDetails';
import { GRID_H, GRID_ROWS, GuideGrid } from '../guide/GuideGrid';
import { detailsOf, enterAction } from '../guide/focusText';
import { windowBounds, type WindowBounds } from '../guide/layout';
import {
  initialPosition,
  moveAcross,
  moveRows,
  navigationRange,
  shiftDays,
  type GuidePosition,
} from '../guide/navigation';
import { buildTimeline } from '../guide/timeline';
import { localOffsetMs } from '../guide/timeText';
import { onLanguageChange, t } from '../i18n';
import { KeyHold } from '../live/keyRepeat';
import { registerProbe } from '../testHook';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';
import { ALL_CHANNELS, loadChannels } from './loadChannels';

export interface GuidePageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Details: typeof GuideDetails;
  Grid: typeof GuideGrid;
  Hint: object;
  Status: typeof StatusView;
}

const GRID_Y = 262;
/** Short-EPG questions wait until the viewer stops scrolling, so channels passed by are not asked about. */
const FETCH_DELAY_MS = 400;
const CLOCK_MS = 30000;

/**
 * Where the guide was when OK left it for a player, so Back returns to the same place; opening the guide anew (from
 * the home page) starts at now instead.
 */
let returnTo: { categoryId: string; position: GuidePosition } | undefined;

/**
 * The programme guide: channels down, time across (two hours, half-hour columns), the focused programme's details
 * above. Only the rows on screen exist, and each keeps a pool of cells; a key press reads the focused row from the
 * guide index (binary searches) and redraws rows only when the window or the data changed. OK tunes a programme on
 * air, plays a past one from the archive, and says when a future one starts.
 */
export class GuidePage
  extends Lightning.Component<GuidePageSpec>
  implements Lightning.Component.ImplementTemplateSpec<GuidePageSpec>
{
  static override _template(): Lightning.Component.Template<GuidePageSpec> {
    return {
      Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
      Details: { type: GuideDetails, x: SAFE.x, y: 56 },
      Grid: { type: GuideGrid, x: SAFE.x, y: GRID_Y },
      Hint: { x: SAFE.x, y: GRID_Y + GRID_H + 28, text: textStyle('', FONT.small, COLORS.textMuted) },
      Status: { type: StatusView, x: (STAGE_W - 1200) / 2, y: 420, signals: { retry: '_reload' } },
    };
  }

  readonly Details = this.getByRef('Details')!;
  readonly Grid = this.getByRef('Grid')!;
  readonly Hint = this.getByRef('Hint')!;
  readonly Status = this.getByRef('Status')!;
  private categoryId = ALL_CHANNELS;
  private channels: LiveStream[] = [];
  private data: GuideData | undefined;
  /** The guide `data` reads, so another account's guide is never shown. */
  private guideOf: unknown;
  private position: GuidePosition = { row: 0, windowStart: 0, time: 0 };
  private bounds: WindowBounds = { min: 0, max: 0 };
  /** Tells keys that continue a held one (the grid and the details then draw less). */
  private readonly hold = new KeyHold();
  private generation = 0;
  private stops: (() => void)[] = [];
  private fetchTimer: ReturnType<typeof setTimeout> | undefined;
  private clock: ReturnType<typeof setInterval> | undefined;

  /** Called by the route on every visit: the channels of `categoryId` (all channels by default). */
  open(categoryId: string = ALL_CHANNELS): void {
    const context = appContext();
    const signedIn = context.signedIn;
    if (!signedIn) return;
    this.listen();
    // The same list of the same account: keep the page as it is (Back from a player comes here).
    const same = categoryId === this.categoryId && this.channels.length > 0 && this.guideOf === signedIn.source.guide;
    this.categoryId = categoryId;
    this.Hint.text = t('guide.hint');
    if (same) {
      this.position = this.startPosition();
      this.invalidate();
      return;
    }
    void this.load();
  }

  override _inactive(): void {
    this.generation++;
    this.stops.forEach((stop) => stop());
    this.stops = [];
    if (this.fetchTimer) clearTimeout(this.fetchTimer);
    if (this.clock) clearInterval(this.clock);
    this.fetchTimer = undefined;
    this.clock = undefined;
  }

  _reload(): void {
    void this.load();
  }

  override _getFocused(): Lightning.Component | undefined {
    return this.Status.visible ? this.Status : this.Grid;
  }

  override _handleUp(event?: KeyboardEvent): void {
    this.go(moveRows(this.position, -1, this.channels.length), this.hold.continues(event));
  }

  override _handleDown(event?: KeyboardEvent): void {
    this.go(moveRows(this.position, 1, this.channels.length), this.hold.continues(event));
  }

  _handleChannelUp(event?: KeyboardEvent): void {
    this.page(-1, this.hold.continues(event));
  }

  _handleChannelDown(event?: KeyboardEvent): void {
    this.page(1, this.hold.continues(event));
  }

  override _handleLeft(event?: KeyboardEvent): void {
    this.across(-1, this.hold.continues(event));
  }

  override _handleRight(event?: KeyboardEvent): void {
    this.across(1, this.hold.continues(event));
  }

  _handleYellow(): void {
    this.go(shiftDays(this.position, -1, this.bounds));
  }

  _handleBlue(): void {
    this.go(shiftDays(this.position, 1, this.bounds));
  }

  _handleGuide(): void {
    const now = Date.now();
    this.go(initialPosition(now, this.position.row, this.bounds, localOffsetMs(now)));
  }

  override _handleEnter(): void {
    const channel = this.channels[this.position.row];
    const segment = this.Grid.focusedSegment;
    const data = this.data;
    if (!channel || !segment || !data) return;
    const action = enterAction(data, channel, segment, Date.now());
    if (action.kind === 'tune') this.tune(channel);
    else if (action.kind === 'archive' && segment.programme) {
      const request = { channel, programme: segment.programme };
      returnTo = { categoryId: this.categoryId, position: this.position };
      requestArchive(request);
      Router.navigate(archiveRoute(request));
    } else if (action.kind === 'toast') appContext().toast(action.message);
  }

  override _handleBack(): boolean {
    // The router goes back to where the guide was opened from.
    return false;
  }

  private listen(): void {
    if (this.stops.length > 0) return;
    const context = appContext();
    const guide = context.signedIn?.source.guide;
    this.stops.push(
      onLanguageChange(() => {
        this.Hint.text = t('guide.hint');
        this.invalidate();
      }),
      registerProbe('guide', () => this.probe()),
    );
    if (guide) {
      this.stops.push(
        guide.onChange(() => {
          if (this.data && this.data.guideChanged()) {
            this.updateBounds();
            this.invalidate();
          }
        }),
      );
    }
    this.clock = setInterval(() => this.render(), CLOCK_MS);
  }

  private async load(): Promise<void> {
    const generation = ++this.generation;
    const context = appContext();
    const signedIn = context.signedIn;
    if (!signedIn) return;
    this.Grid.visible = false;
    this.Status.showLoading(t('guide.loadingChannels'));
    this._refocus();
    try {
      const channels = await loadChannels(context, this.categoryId);
      if (generation !== this.generation) return;
      this.channels = channels;
      this.data = new GuideData(signedIn.source.guide);
      this.guideOf = signedIn.source.guide;
      this.updateBounds();
      if (channels.length === 0) {
        this.Status.showMessage(t('guide.noChannels'), t('guide.noChannelsHint'));
        this._refocus();
        return;
      }
      this.Status.hide();
      this.Grid.visible = true;
      this.position = this.startPosition();
      this.Grid.centre(this.position.row);
      this.invalidate();
    } catch (error) {
      if (generation !== this.generation) return;
      const text = describeError(error);
      this.Status.showError(text.message, text.hint);
      this._refocus();
    }
  }

  /**
   * Where to start: back from a player, where the viewer left (on the channel last watched, should the player have
   * zapped); else now, on the channel being watched or browsed.
   */
  private startPosition(): GuidePosition {
    const now = Date.now();
    const selection = appContext().selection;
    const selected = selection && selection.categoryId === this.categoryId ? selection.channelId : undefined;
    const found = selected === undefined ? -1 : this.channels.findIndex((c) => c.id === selected);
    const back = returnTo && returnTo.categoryId === this.categoryId ? returnTo.position : undefined;
    returnTo = undefined;
    if (back) return { ...back, row: found >= 0 ? found : Math.min(back.row, this.channels.length - 1) };
    return initialPosition(now, Math.max(0, found), this.bounds, localOffsetMs(now));
  }

  private updateBounds(): void {
    const now = Date.now();
    const index = appContext().signedIn?.source.guide.index;
    const span = index ? { start: index.window.start, stop: index.window.end } : undefined;
    this.bounds = windowBounds(span, now, localOffsetMs(now));
  }

  private across(step: 1 | -1, held: boolean): void {
    const channel = this.channels[this.position.row];
    if (!channel || !this.data) return;
    const { from, to } = navigationRange(this.position.windowStart);
    const segments = buildTimeline(this.data.programmes(channel, from, to), from, to);
    const now = Date.now();
    this.go(moveAcross(segments, this.position, step, { bounds: this.bounds, utcOffsetMs: localOffsetMs(now) }), held);
  }

  private page(direction: 1 | -1, held: boolean): void {
    const next = moveRows(this.position, direction * GRID_ROWS, this.channels.length);
    this.Grid.scrollPage(direction, this.channels.length);
    this.go(next, held);
  }

  /** Moves the focus to `position`; `held`: a held key moved it (see {@link render}). */
  private go(position: GuidePosition, held = false): void {
    if (position === this.position || this.channels.length === 0) return;
    this.position = position;
    this.render(held);
  }

  private tune(channel: LiveStream): void {
    const context = appContext();
    returnTo = { categoryId: this.categoryId, position: this.position };
    context.selection = { categoryId: this.categoryId, channels: this.channels, channelId: channel.id };
    Router.navigate(`play/${encodeURIComponent(this.categoryId)}/${encodeURIComponent(channel.id)}`);
  }

  /** Redraws every row (the language, the data or the list changed). */
  private invalidate(): void {
    this.Grid.invalidate();
    this.render();
  }

  /** Draws the grid and the details; `held`: a held key moved them, so what scrolls in may wait for a rest. */
  private render(held = false): void {
    const data = this.data;
    if (!data || this.channels.length === 0 || this.Status.visible) return;
    const now = Date.now();
    const channels = this.channels;
    this.Grid.show({ channels, data, position: this.position, now, rewriteUrl: appContext().rewriteUrl, held });
    const channel = channels[this.position.row];
    const segment = this.Grid.focusedSegment;
    if (channel && segment) this.Details.show(detailsOf(data, channel, segment, now), held);
    this.scheduleFetch();
  }

  /** Asks the short EPG about the channels on screen the guide lacks, once the viewer pauses. */
  private scheduleFetch(): void {
    if (this.fetchTimer) clearTimeout(this.fetchTimer);
    this.fetchTimer = setTimeout(() => {
      this.fetchTimer = undefined;
      const data = this.data;
      if (!data) return;
      const top = this.Grid.top;
      data.fetchMissing(this.channels.slice(top, top + GRID_ROWS), () => this.render());
    }, FETCH_DELAY_MS);
  }

  private probe(): Record<string, unknown> {
    const segment = this.Grid.focusedSegment;
    const channel = this.channels[this.position.row];
    return {
      channelIndex: this.position.row,
      channelName: channel ? channel.name : undefined,
      focusedTitle: segment?.programme ? segment.programme.title : undefined,
      focusedStart: segment?.programme ? segment.programme.start : undefined,
      focusedStop: segment?.programme ? segment.programme.stop : undefined,
      catchup: Boolean(channel && segment?.programme && this.data?.inArchive(channel, segment.programme)),
      windowStart: this.position.windowStart,
      loading: this.data ? this.data.loading : true,
      rows: GRID_ROWS,
      cells: this.Grid.cellComponents,
    };
  }
}
