/**
 * Turns XML tokens into XMLTV channels and programmes. It keeps only the open-element stack and the record being
 * read, recovers from unclosed elements (reporting them), and refuses input whose root is not `<tv>`.
 */
import { ChannelDraft, ProgrammeDraft } from './drafts';
import { decodeEntities } from './entities';
import { attribute, isBlank } from './markup-text';
import type { IssueLog } from './issues';
import type { MarkupSink } from './markup-scanner';
import type { ProgrammeSequencer } from './programme-sequencer';
import { parseXmltvTime } from './time';
import type { XmltvChannel } from './types';

const enum Role {
  Other,
  Tv,
  Channel,
  Programme,
  Field,
}

const enum Field {
  DisplayName,
  Title,
  SubTitle,
  Description,
  Category,
  EpisodeNum,
  Length,
}

/** The programme child elements we read, or -1. */
function programmeField(name: string): Field | -1 {
  switch (name) {
    case 'title':
      return Field.Title;
    case 'sub-title':
      return Field.SubTitle;
    case 'desc':
      return Field.Description;
    case 'category':
      return Field.Category;
    case 'episode-num':
      return Field.EpisodeNum;
    case 'length':
      return Field.Length;
    default:
      return -1;
  }
}

/** The {@link MarkupSink} that builds channels and programmes. */
export class GuideAssembler implements MarkupSink {
  wantsText = true;
  beforeRoot = true;
  rootSeen = false;
  rootClosed = false;
  /** Set once the parser gives up: the scanner stops handing tokens. */
  halted = false;
  channels = 0;
  skippedProgrammes = 0;

  private readonly names: string[] = [];
  private readonly roles: Role[] = [];
  private readonly channel = new ChannelDraft();
  private readonly programme = new ProgrammeDraft();
  /** Whether the programme being read is kept (it has a channel and a readable start). */
  private programmeValid = false;
  private afterRootReported = false;
  private lastStopText = '';
  private lastStopMs = NaN;
  private field = Field.Title;
  private fieldLang = '';
  private fieldKind = '';
  private capture = '';
  private textAt = 0;
  private readonly unknownEntity = (name: string): void => {
    this.issues.report('UNKNOWN_ENTITY', `Unknown entity &${name}; kept as text.`, this.lineAt(this.textAt));
  };

  constructor(
    private readonly lineAt: (at: number) => number,
    private readonly issues: IssueLog,
    private readonly sequencer: ProgrammeSequencer,
    private readonly preferredLanguage: string,
    private readonly onChannel: ((channel: XmltvChannel) => void) | undefined,
  ) {}

  /** The element the input ends inside, for the truncation message. */
  get openElement(): string | undefined {
    return this.names.length ? this.names[this.names.length - 1] : undefined;
  }

  openTag(name: string, attributes: string[], count: number, selfClosing: boolean, at: number): void {
    const depth = this.roles.length;
    let role = Role.Other;
    if (depth === 0 && this.rootClosed) {
      if (!this.afterRootReported) {
        this.afterRootReported = true;
        this.issues.report('MALFORMED', `Content after </tv> is ignored (<${name}>).`, this.lineAt(at));
      }
    } else if (depth === 0) {
      if (name !== 'tv') {
        this.issues.fail(
          'NOT_XMLTV',
          `This is not an XMLTV guide: its root element is <${name}>, not <tv>.`,
          this.lineAt(at),
        );
        this.halted = true;
        return;
      }
      this.rootSeen = true;
      this.beforeRoot = false;
      this.wantsText = false;
      role = Role.Tv;
    } else {
      let parent = this.roles[depth - 1];
      if ((name === 'programme' || name === 'channel') && parent !== Role.Tv && this.roles[0] === Role.Tv) {
        this.issues.report(
          'MALFORMED',
          `<${this.names[depth - 1]}> is not closed before a new <${name}>.`,
          this.lineAt(at),
        );
        while (this.roles.length > 1) this.closeTop();
        parent = Role.Tv;
      }
      if (parent === Role.Tv) {
        if (name === 'programme') role = this.startProgramme(attributes, count, at);
        else if (name === 'channel') role = this.startChannel(attributes, count, at);
      } else if (parent === Role.Channel) {
        if (name === 'display-name') role = this.startField(Field.DisplayName, attributes, count);
        else if (name === 'icon' && this.channel.icon === undefined)
          this.channel.icon = attribute(attributes, count, 'src') || undefined;
      } else if (parent === Role.Programme && this.programmeValid) {
        const field = programmeField(name);
        if (field !== -1) role = this.startField(field, attributes, count);
        else if (name === 'icon' && this.programme.icon === undefined)
          this.programme.icon = attribute(attributes, count, 'src') || undefined;
      }
    }
    this.names.push(name);
    this.roles.push(role);
    if (selfClosing) this.closeTop();
  }

  closeTag(name: string, at: number): void {
    const top = this.names.length - 1;
    if (top >= 0 && this.names[top] === name) {
      this.closeTop();
      return;
    }
    const match = this.names.lastIndexOf(name);
    if (match < 0) {
      this.issues.report('MALFORMED', `An end tag </${name}> that closes no element.`, this.lineAt(at));
      return;
    }
    this.issues.report('MALFORMED', `<${this.names[top]}> is not closed before </${name}>.`, this.lineAt(at));
    while (this.names.length > match) this.closeTop();
  }

  text(source: string, from: number, to: number): void {
    if (this.beforeRoot) {
      if (!isBlank(source, from, to)) {
        const preview = source.slice(from, Math.min(to, from + 40)).trim();
        this.issues.fail(
          'NOT_XMLTV',
          `This is not an XMLTV guide: it starts with text ("${preview}").`,
          this.lineAt(from),
        );
        this.halted = true;
      }
      return;
    }
    let piece = source.slice(from, to);
    if (piece.indexOf('&') >= 0) {
      this.textAt = from;
      piece = decodeEntities(piece, this.unknownEntity);
    }
    this.capture = this.capture === '' ? piece : this.capture + piece;
  }

  cdata(text: string): void {
    if (!this.beforeRoot) this.capture += text;
  }

  malformed(message: string, at: number): void {
    if (this.beforeRoot) {
      this.issues.fail('NOT_XMLTV', `This is not an XMLTV guide: ${message.toLowerCase()}.`, this.lineAt(at));
      this.halted = true;
    } else this.issues.report('MALFORMED', `${message}.`, this.lineAt(at));
  }

  private startField(field: Field, attributes: string[], count: number): Role {
    this.field = field;
    this.fieldLang = attribute(attributes, count, 'lang');
    this.fieldKind =
      field === Field.EpisodeNum
        ? attribute(attributes, count, 'system')
        : field === Field.Length
          ? attribute(attributes, count, 'units')
          : '';
    this.capture = '';
    this.wantsText = true;
    return Role.Field;
  }

  private startChannel(attributes: string[], count: number, at: number): Role {
    const id = attribute(attributes, count, 'id').trim();
    if (id === '') {
      this.issues.report('MISSING_ID', 'A <channel> without an id is skipped.', this.lineAt(at));
      return Role.Other;
    }
    this.channel.begin(id);
    return Role.Channel;
  }

  private startProgramme(attributes: string[], count: number, at: number): Role {
    let channel = '';
    let start = '';
    let stop = '';
    for (let i = 0; i < count; i += 2) {
      const key = attributes[i];
      if (key === 'start') start = attributes[i + 1];
      else if (key === 'stop') stop = attributes[i + 1];
      else if (key === 'channel') channel = attributes[i + 1];
    }
    if (channel.indexOf('&') >= 0) channel = decodeEntities(channel);
    this.programmeValid = false;
    if (channel === '') {
      this.skippedProgrammes++;
      this.issues.report('MISSING_ID', 'A <programme> without a channel is skipped.', this.lineAt(at));
      return Role.Programme;
    }
    // A programme usually starts when the previous one stopped: reuse that reading.
    const startMs = start === this.lastStopText ? this.lastStopMs : parseXmltvTime(start);
    if (startMs !== startMs) {
      this.skippedProgrammes++;
      this.issues.report(
        'BAD_TIME',
        `A <programme> with start "${start}" is skipped: not an XMLTV time.`,
        this.lineAt(at),
      );
      return Role.Programme;
    }
    let stopMs: number | undefined = stop === '' ? undefined : parseXmltvTime(stop);
    this.lastStopText = stop;
    this.lastStopMs = stopMs === undefined ? NaN : stopMs;
    // A stop equal to the start is a zero-length marker some guides emit; kept as it is.
    if (stopMs !== undefined && !(stopMs >= startMs)) {
      this.issues.report(
        'BAD_TIME',
        `A <programme> stop "${stop}" is unreadable or before its start: ignored.`,
        this.lineAt(at),
      );
      stopMs = undefined;
    }
    this.programme.begin(channel, startMs, stopMs);
    this.programmeValid = true;
    return Role.Programme;
  }

  private closeTop(): void {
    const role = this.roles.pop();
    this.names.pop();
    if (role === Role.Field) this.finishField();
    else if (role === Role.Programme) {
      if (this.programmeValid) this.sequencer.accept(this.programme.finish());
      this.programmeValid = false;
    } else if (role === Role.Channel) {
      const channel = this.channel.finish();
      this.channels++;
      this.sequencer.declareChannel(channel.id);
      if (this.onChannel) this.onChannel(channel);
    } else if (role === Role.Tv) {
      this.rootClosed = true;
    }
  }

  private finishField(): void {
    const value = this.capture.trim();
    this.capture = '';
    this.wantsText = false;
    const lang = this.fieldLang;
    const preferred = this.preferredLanguage;
    const programme = this.programme;
    switch (this.field) {
      case Field.DisplayName:
        this.channel.addDisplayName(value, lang, preferred);
        break;
      case Field.Title:
        programme.title.offer(value, lang, preferred);
        break;
      case Field.SubTitle:
        programme.subTitle.offer(value, lang, preferred);
        break;
      case Field.Description:
        programme.description.offer(value, lang, preferred);
        break;
      case Field.Category:
        programme.addCategory(value, lang, preferred);
        break;
      case Field.EpisodeNum:
        programme.addEpisodeNum(this.fieldKind, value);
        break;
      case Field.Length:
        programme.setLength(value, this.fieldKind);
        break;
    }
  }
}
