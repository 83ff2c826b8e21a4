import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { FONT } from '../theme';
import { Spinner } from './Spinner';

export interface BusyIndicatorSpec extends Lightning.Component.TemplateSpec {
  caption: string;
  stacked: boolean;
  Spinner: typeof Spinner;
  Caption: object;
}

/** A spinner with a caption to its right ("Connecting…") or, with `stacked`, below it ("Loading…"). */
export class BusyIndicator
  extends Lightning.Component<BusyIndicatorSpec>
  implements Lightning.Component.ImplementTemplateSpec<BusyIndicatorSpec>
{
  static override _template(): Lightning.Component.Template<BusyIndicatorSpec> {
    return {
      Spinner: { type: Spinner, x: 40, y: 36, scale: 0.6 },
      Caption: { x: 100, y: 36, mountY: 0.5, text: textStyle('', FONT.body) },
    };
  }

  readonly Spinner = this.getByRef('Spinner')!;
  readonly Caption = this.getByRef('Caption')!;
  private captionText = '';
  private isStacked = false;

  get caption(): string {
    return this.captionText;
  }

  set caption(value: string) {
    this.captionText = value;
    this.Caption.text = value;
  }

  /** Whether the caption sits centred under a full-size spinner, both centred on the component's position. */
  get stacked(): boolean {
    return this.isStacked;
  }

  set stacked(value: boolean) {
    this.isStacked = value;
    this.Spinner.patch(value ? { x: 0, y: 0, scale: 1 } : { x: 40, y: 36, scale: 0.6 });
    this.Caption.patch(value ? { x: 0, y: 100, mountX: 0.5 } : { x: 100, y: 36, mountX: 0 });
  }
}
