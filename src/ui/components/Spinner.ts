import { Lightning } from '@lightningjs/sdk';
import { COLORS } from '../theme';

export interface SpinnerSpec extends Lightning.Component.TemplateSpec {
  Dots: object;
}

const DOTS = 8;
const RADIUS = 36;
const DOT = 16;

/** A ring of fading dots that turns while something loads. Centred on its x/y. */
export class Spinner
  extends Lightning.Component<SpinnerSpec>
  implements Lightning.Component.ImplementTemplateSpec<SpinnerSpec>
{
  static override _template(): Lightning.Component.Template<SpinnerSpec> {
    const dots = Array.from({ length: DOTS }, (_unused, i) => {
      const angle = (i / DOTS) * Math.PI * 2;
      return {
        x: Math.cos(angle) * RADIUS,
        y: Math.sin(angle) * RADIUS,
        mount: 0.5,
        w: DOT,
        h: DOT,
        texture: Lightning.Tools.getRoundRect(DOT, DOT, DOT / 2, 0, 0, true, 0xffffffff),
        color: COLORS.text,
        alpha: 0.2 + (0.8 * i) / DOTS,
      };
    });
    return { Dots: { children: dots } };
  }

  readonly Dots = this.getByRef('Dots')!;
  private spin: Lightning.types.Animation | undefined;

  override _init(): void {
    this.spin = this.Dots.animation({
      duration: 1.2,
      repeat: -1,
      stopMethod: 'immediate',
      actions: [{ p: 'rotation', v: { 0: 0, 1: Math.PI * 2 } }],
    });
  }

  // Turning only while on screen keeps an idle TV from redrawing.
  override _active(): void {
    if (this.spin) this.spin.start();
  }

  override _inactive(): void {
    if (this.spin) this.spin.stop();
  }
}
