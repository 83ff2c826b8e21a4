/**
 * The Lightning application the app runs in, created directly instead of through the SDK's `Launch`. `Launch`
 * initialises every SDK plugin (metrics, ads, purchases, media players, storage, locale and font loading) before
 * the first page; the app uses only the Router, and the Router needs only the SDK's settings (its options). On a
 * TV's slow CPU that saves start-up time before the first frame, and the root page is built at once instead of
 * after a round of promises.
 */
import { Lightning } from '@lightningjs/sdk';
import { initSettings } from '@lightningjs/sdk/src/Settings';
import { applicationOptions, type StageOptions } from './launchOptions';

/** The root component's type: the app's `Router.App`. */
type RootType = new (...args: never[]) => Lightning.Component;

/**
 * Builds the application with `Root` as its one child (ref `App`, which the SDK Router and the test hook look
 * for), focused. The SDK Router reads `routerSettings` as its options (e.g. `lazyCreate`).
 */
export function createApplication(
  Root: RootType,
  options: StageOptions,
  routerSettings: Record<string, unknown>,
): Lightning.Application {
  initSettings({}, { router: routerSettings });
  const appOptions = applicationOptions(options);
  const stage = appOptions.stage as { w: number; h: number; precision: number };

  class TvApplication extends Lightning.Application {
    static override _template(): Lightning.Component.Template<Lightning.Component.TemplateSpecLoose> {
      return {
        // The layout's size: the canvas's size over the precision it is drawn at (1920×1080 either way).
        w: stage.w / stage.precision,
        h: stage.h / stage.precision,
        App: { type: Root, zIndex: 1 },
      } as Lightning.Component.Template<Lightning.Component.TemplateSpecLoose>;
    }

    override _getFocused(): Lightning.Component | undefined {
      return this.tag('App') as Lightning.Component | undefined;
    }
  }

  return new TvApplication(appOptions as Partial<Lightning.Application.Options>);
}
