import { Lightning } from '@lightningjs/sdk';
import { textStyle } from '../text';
import { COLORS, FONT } from '../theme';

export interface LogoBoxSpec extends Lightning.Component.TemplateSpec {
  Placeholder: { Initials: object };
  Logo: object;
}

/** Up to two letters standing in for a missing logo: "Sport One HD" → "SO". */
export function logoInitials(name: string): string {
  return name
    .split(/[^A-Za-z0-9\u00c0-\uffff]+/)
    .filter((word) => word !== '')
    .slice(0, 2)
    .map((word) => word.charAt(0).toUpperCase())
    .join('');
}

/**
 * A channel logo in a fixed box, with the channel's initials on a plain tile until the image arrives (and for
 * good when it fails: a dead link, or no CORS for the canvas). Set `w` and `h` before the first `show()`.
 */
export class LogoBox
  extends Lightning.Component<LogoBoxSpec>
  implements Lightning.Component.ImplementTemplateSpec<LogoBoxSpec>
{
  static override _template(): Lightning.Component.Template<LogoBoxSpec> {
    return {
      Placeholder: {
        rect: true,
        color: COLORS.surfaceRaised,
        Initials: { mount: 0.5, text: textStyle('', FONT.small, COLORS.textMuted) },
      },
      Logo: { mount: 0.5 },
    };
  }

  readonly Placeholder = this.getByRef('Placeholder')!;
  readonly Initials = this.Placeholder.getByRef('Initials')!;
  readonly Logo = this.getByRef('Logo')!;
  private shownUrl: string | undefined;

  override _init(): void {
    this.Logo.on('txLoaded', () => {
      this.Placeholder.visible = false;
    });
    this.Logo.on('txError', () => {
      this.Placeholder.visible = true;
    });
  }

  /** Shows the logo at `url` (already rewritten for the emulator), or the initials of `name` without one. */
  show(name: string, url: string | undefined): void {
    this.Placeholder.patch({ w: this.w, h: this.h });
    this.Initials.patch({ x: this.w / 2, y: this.h / 2 + 2, text: { text: logoInitials(name) } });
    this.Logo.patch({ x: this.w / 2, y: this.h / 2 });
    if (url === this.shownUrl) return;
    this.shownUrl = url;
    this.Placeholder.visible = true;
    this.Logo.texture = url
      ? {
          type: Lightning.textures.ImageTexture,
          src: url,
          resizeMode: { type: 'contain', w: this.w, h: this.h },
        }
      : null;
  }
}
