/**
 * The channel or programme being read: fields arrive one element at a time, several languages may compete, and
 * the finished record is built once its end tag arrives.
 */
import { mergeEpisodeNum } from './episode';
import { isPreferredLanguage } from './language';
import type { XmltvChannel, XmltvEpisode, XmltvProgramme } from './types';

const NO_CATEGORIES: readonly string[] = Object.freeze([]);

/** A text in the preferred language wins over earlier ones; otherwise the first one stays. */
class LocalizedText {
  value: string | undefined = undefined;
  private preferred = false;

  offer(value: string, lang: string, preferredLanguage: string): void {
    if (value === '') return;
    if (this.value === undefined) {
      this.value = value;
      this.preferred = isPreferredLanguage(lang, preferredLanguage);
    } else if (!this.preferred && isPreferredLanguage(lang, preferredLanguage)) {
      this.value = value;
      this.preferred = true;
    }
  }

  reset(): void {
    this.value = undefined;
    this.preferred = false;
  }
}

/** A `<channel>` being read. */
export class ChannelDraft {
  id = '';
  icon: string | undefined = undefined;
  readonly name = new LocalizedText();
  displayNames: string[] = [];

  begin(id: string): void {
    this.id = id;
    this.icon = undefined;
    this.name.reset();
    this.displayNames = [];
  }

  addDisplayName(value: string, lang: string, preferredLanguage: string): void {
    if (value === '') return;
    this.displayNames.push(value);
    this.name.offer(value, lang, preferredLanguage);
  }

  finish(): XmltvChannel {
    return { id: this.id, name: this.name.value, displayNames: this.displayNames, icon: this.icon };
  }
}

/** Units of `<length units=…>` in milliseconds. */
const LENGTH_UNITS: Readonly<Record<string, number>> = { seconds: 1000, minutes: 60000, hours: 3600000 };

/** A `<programme>` being read. */
export class ProgrammeDraft {
  channel = '';
  start = 0;
  stop: number | undefined = undefined;
  readonly title = new LocalizedText();
  readonly subTitle = new LocalizedText();
  readonly description = new LocalizedText();
  icon: string | undefined = undefined;
  episode: XmltvEpisode | undefined = undefined;
  lengthMs: number | undefined = undefined;
  private categories: string[] | undefined = undefined;
  /** The `lang` of the kept categories, and whether it is the preferred one. */
  private categoryLang = '';
  private categoryPreferred = false;

  begin(channel: string, start: number, stop: number | undefined): void {
    this.channel = channel;
    this.start = start;
    this.stop = stop;
    this.title.reset();
    this.subTitle.reset();
    this.description.reset();
    this.icon = undefined;
    this.episode = undefined;
    this.lengthMs = undefined;
    this.categories = undefined;
    this.categoryLang = '';
    this.categoryPreferred = false;
  }

  /** Categories of one language: the preferred one when present, else the first language seen. */
  addCategory(value: string, lang: string, preferredLanguage: string): void {
    if (value === '') return;
    const preferred = isPreferredLanguage(lang, preferredLanguage);
    if (this.categories === undefined || (preferred && !this.categoryPreferred)) {
      this.categories = [value];
      this.categoryLang = lang;
      this.categoryPreferred = preferred;
    } else if (lang === this.categoryLang && this.categories.indexOf(value) < 0) {
      this.categories.push(value);
    }
  }

  addEpisodeNum(system: string, value: string): void {
    this.episode = mergeEpisodeNum(this.episode, system, value);
  }

  setLength(value: string, units: string): void {
    const unit = LENGTH_UNITS[units || 'minutes'];
    const amount = Number(value);
    if (unit !== undefined && amount > 0) this.lengthMs = amount * unit;
  }

  finish(): XmltvProgramme {
    let stop = this.stop;
    if (stop === undefined && this.lengthMs !== undefined) stop = this.start + this.lengthMs;
    return {
      channel: this.channel,
      start: this.start,
      stop,
      title: this.title.value ?? '',
      subTitle: this.subTitle.value,
      description: this.description.value,
      categories: this.categories ?? NO_CATEGORIES,
      icon: this.icon,
      episode: this.episode,
    };
  }
}
