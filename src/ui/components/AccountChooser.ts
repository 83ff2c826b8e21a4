import { Lightning } from '@lightningjs/sdk';
import type { StoredAccount } from '../../store';
import { t } from '../i18n';
import { formatClock } from '../progressText';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';
import { BusyIndicator } from './BusyIndicator';
import { TextRow, type TextRowItem } from './TextRow';
import { VirtualList } from './VirtualList';

export interface AccountChooserSignals {
  /** The viewer chose the saved account at `index`. */
  pick(index: number): void;
  /** The viewer chose "Add account". */
  add(): void;
}

interface AccountChooserTypeConfig extends Lightning.Component.TypeConfig {
  SignalMapType: AccountChooserSignals;
}

export interface AccountChooserSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  Subtitle: object;
  List: typeof VirtualList;
  Status: typeof BusyIndicator;
}

const LIST = { x: SAFE.x, y: 260, w: 1100, h: STAGE_H - 260 - SAFE.y - 120 } as const;

/** When an account was last used, for its row. */
function lastUsed(account: StoredAccount): string {
  const at = account.lastUsedAt ?? account.createdAt;
  const time = formatClock(at);
  if (new Date(at).toDateString() === new Date().toDateString()) return t('home.chooser.today', { time });
  return `${new Date(at).toDateString()} ${time}`;
}

/**
 * The sign-in page's list of saved accounts, drawn over the form: OK on an account signs in with it, the last row
 * ("Add account") shows the form for a new one.
 */
export class AccountChooser
  extends Lightning.Component<AccountChooserSpec, AccountChooserTypeConfig>
  implements Lightning.Component.ImplementTemplateSpec<AccountChooserSpec>
{
  static override _template(): Lightning.Component.Template<AccountChooserSpec> {
    return {
      visible: false,
      Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
      Title: { x: SAFE.x, y: SAFE.y, text: textStyle(t('home.chooser.title'), FONT.title) },
      Subtitle: {
        x: SAFE.x,
        y: SAFE.y + 80,
        text: textStyle(t('home.chooser.subtitle'), FONT.small, COLORS.textMuted),
      },
      List: { type: VirtualList, x: LIST.x, y: LIST.y, w: LIST.w, signals: { select: '_choose' } },
      Status: {
        type: BusyIndicator,
        x: SAFE.x,
        y: STAGE_H - SAFE.y - 90,
        caption: t('home.chooser.signingIn'),
        visible: false,
      },
    };
  }

  readonly List = this.getByRef('List')! as VirtualList<TextRowItem>;
  readonly Status = this.getByRef('Status')!;
  private count = 0;

  override _init(): void {
    this.List.configure({ rowType: TextRow, rowHeight: 88, gap: 12, height: LIST.h });
  }

  /** Shows the saved accounts (most recent first) and "Add account". */
  open(accounts: StoredAccount[]): void {
    this.count = accounts.length;
    // Drawn again on every visit: the language may have changed since the template was built.
    this.patch({
      Title: { text: { text: t('home.chooser.title') } },
      Subtitle: { text: { text: t('home.chooser.subtitle') } },
    });
    this.Status.caption = t('home.chooser.signingIn');
    const rows: TextRowItem[] = accounts.map((a) => ({
      title: a.name,
      detail: t('home.chooser.lastUsed', { when: lastUsed(a) }),
    }));
    this.List.setItems(rows.concat({ title: t('home.chooser.add') }), 0);
    this.Status.visible = false;
    this.visible = true;
  }

  close(): void {
    this.visible = false;
    this.Status.visible = false;
  }

  /** Shows or hides "Signing in…" while a saved account opens. */
  set busy(value: boolean) {
    this.Status.visible = value;
  }

  _choose(index: number): void {
    if (this.Status.visible) return;
    if (index < this.count) this.signal('pick', index);
    else this.signal('add');
  }

  override _getFocused(): Lightning.Component {
    return this.List;
  }
}
