import type { AspectMode, Rect } from '../types';
import { pictureBox, STAGE, type PictureFit } from './aspect';

/** The part of a DOM document the surface needs (a real `document` in the app, a small fake in Node tests). */
export interface SurfaceDocument {
  createElement(tag: string): HTMLElement;
  readonly body: { insertBefore(node: Node, reference: Node | null): Node; readonly firstChild: Node | null };
}

/** The kind of element pictures appear in: a `<video>`, or the hole AVPlay's hardware plane shows through. */
export type SurfaceKind = 'video' | 'avplay';

const OBJECT_FIT: Record<PictureFit, string> = { contain: 'contain', fill: 'fill', cover: 'cover' };

function placeElement(element: HTMLElement, rect: Rect): void {
  // Percentages of the stage keep the element aligned with the canvas whatever the window size.
  const style = element.style;
  style.left = `${(rect.x / STAGE.w) * 100}%`;
  style.top = `${(rect.y / STAGE.h) * 100}%`;
  style.width = `${(rect.w / STAGE.w) * 100}%`;
  style.height = `${(rect.h / STAGE.h) * 100}%`;
}

function styleBehindCanvas(element: HTMLElement): void {
  // The first child of the body, under the transparent Lightning canvas: on TVs the video plane is under the web
  // layer anyway, so the UI draws on top with alpha everywhere.
  const style = element.style;
  style.position = 'fixed';
  style.zIndex = '0';
  style.display = 'none';
}

/**
 * Where pictures appear: one shared `<video>` for every web engine (so two streams can never play at once) and, on
 * Tizen, the `<object type="application/avplayer">` whose box AVPlay's hardware plane shows through. Both are made on
 * first use, so a TV playing through AVPlay never creates a `<video>`.
 */
export class VideoSurface {
  private videoElement: HTMLVideoElement | undefined;
  private avplayElement: HTMLElement | undefined;
  private shown: SurfaceKind | undefined;
  private rect: Rect | undefined;
  private aspect: AspectMode = 'fit';

  constructor(private readonly doc: SurfaceDocument) {}

  /** The shared `<video>`, created behind the canvas on first call. */
  video(): HTMLVideoElement {
    if (!this.videoElement) {
      const video = this.doc.createElement('video') as HTMLVideoElement;
      video.setAttribute('playsinline', '');
      video.setAttribute('data-tvplayer', 'video');
      styleBehindCanvas(video);
      video.style.backgroundColor = '#000';
      this.videoElement = video;
      this.insert(video);
      this.layout();
    }
    return this.videoElement;
  }

  /** The AVPlay display object, created on first call. */
  avplayObject(): HTMLElement {
    if (!this.avplayElement) {
      const element = this.doc.createElement('object');
      element.setAttribute('type', 'application/avplayer');
      element.setAttribute('data-tvplayer', 'avplay');
      styleBehindCanvas(element);
      this.avplayElement = element;
      this.insert(element);
      this.layout();
    }
    return this.avplayElement;
  }

  /** Shows one kind of element (hiding the other), or none. */
  show(kind: SurfaceKind | undefined): void {
    this.shown = kind;
    if (this.videoElement) this.videoElement.style.display = kind === 'video' ? 'block' : 'none';
    if (this.avplayElement) this.avplayElement.style.display = kind === 'avplay' ? 'block' : 'none';
  }

  /** Which element is showing. */
  get showing(): SurfaceKind | undefined {
    return this.shown;
  }

  /** Places the picture over `rect` (stage coordinates; undefined = full screen) in an aspect mode. */
  place(rect: Rect | undefined, aspect: AspectMode): void {
    this.rect = rect;
    this.aspect = aspect;
    this.layout();
  }

  /** The rectangle and mode last placed. */
  get placement(): { rect: Rect | undefined; aspect: AspectMode } {
    return { rect: this.rect, aspect: this.aspect };
  }

  /** Removes both elements from the page. */
  dispose(): void {
    [this.videoElement, this.avplayElement].forEach((element) => {
      if (element && element.parentNode) element.parentNode.removeChild(element);
    });
    this.videoElement = undefined;
    this.avplayElement = undefined;
    this.shown = undefined;
  }

  private insert(element: HTMLElement): void {
    this.doc.body.insertBefore(element, this.doc.body.firstChild);
  }

  private layout(): void {
    const box = pictureBox(this.aspect, this.rect);
    if (this.videoElement) {
      placeElement(this.videoElement, box.rect);
      this.videoElement.style.objectFit = OBJECT_FIT[box.fit];
    }
    // AVPlay draws its own aspect inside the display rect; the hole must cover the whole area it may paint.
    if (this.avplayElement) placeElement(this.avplayElement, box.rect);
  }
}
