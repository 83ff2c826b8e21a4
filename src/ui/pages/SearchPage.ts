import { Lightning } from '@lightningjs/sdk';
import { t } from '../i18n';
import { textStyle } from '../text';
import { COLORS, FONT, SAFE, STAGE_H, STAGE_W } from '../theme';

export interface SearchPageSpec extends Lightning.Component.TemplateSpec {
  Background: object;
  Title: object;
  Message: object;
  Hint: object;
}

/** Where search will be: for now a title and a note that it is coming; Back returns to the previous page. */
export class SearchPage
  extends Lightning.Component<SearchPageSpec>
  implements Lightning.Component.ImplementTemplateSpec<SearchPageSpec>
{
  static override _template(): Lightning.Component.Template<SearchPageSpec> {
    return {
      Background: { rect: true, w: STAGE_W, h: STAGE_H, color: COLORS.background },
      Title: { x: SAFE.x, y: SAFE.y, text: textStyle('', FONT.title) },
      Message: {
        x: STAGE_W / 2,
        y: STAGE_H / 2 - 40,
        mount: 0.5,
        text: textStyle('', FONT.heading, COLORS.text, { textAlign: 'center', wordWrapWidth: 1400 }),
      },
      Hint: {
        x: STAGE_W / 2,
        y: STAGE_H / 2 + 50,
        mountX: 0.5,
        text: textStyle('', FONT.body, COLORS.textMuted, { textAlign: 'center' }),
      },
    };
  }

  readonly Title = this.getByRef('Title')!;
  readonly Message = this.getByRef('Message')!;
  readonly Hint = this.getByRef('Hint')!;

  /** Called by the route on every visit (and after a language change). */
  open(): void {
    this.Title.text = t('home.search.title');
    this.Message.text = t('home.search.soon');
    this.Hint.text = t('home.search.back');
  }
}
