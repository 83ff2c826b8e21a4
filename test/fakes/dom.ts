/**
 * A minimal DOM for running the player's TV engines in Node: elements with style, attributes and children, a
 * document with a body and `createElement`, and `querySelectorAll` by tag name. Events use Node's own EventTarget.
 * Only what the player touches is here; anything else is deliberately missing so a new dependency shows up as a
 * failing test rather than a silent pass.
 */

/** An element: tag, inline style, attributes, children, events. */
export class FakeElement extends EventTarget {
  readonly style: Record<string, string> = {};
  readonly children: FakeElement[] = [];
  parentNode: FakeElement | null = null;
  private readonly attributes = new Map<string, string>();

  constructor(
    readonly tagName: string,
    readonly ownerDocument: FakeDocument,
  ) {
    super();
  }

  get firstChild(): FakeElement | null {
    return this.children[0] ?? null;
  }

  setAttribute(name: string, value: string): void {
    this.attributes.set(name, String(value));
  }

  getAttribute(name: string): string | null {
    return this.attributes.has(name) ? (this.attributes.get(name) as string) : null;
  }

  removeAttribute(name: string): void {
    this.attributes.delete(name);
  }

  appendChild<T extends FakeElement>(child: T): T {
    return this.insertBefore(child, null);
  }

  insertBefore<T extends FakeElement>(child: T, reference: FakeElement | null): T {
    if (child.parentNode) child.parentNode.removeChild(child);
    const index = reference ? this.children.indexOf(reference) : -1;
    if (index >= 0) this.children.splice(index, 0, child);
    else this.children.push(child);
    child.parentNode = this;
    return child;
  }

  removeChild<T extends FakeElement>(child: T): T {
    const index = this.children.indexOf(child);
    if (index < 0)
      throw Object.assign(new Error('The node to be removed is not a child of this node.'), { name: 'NotFoundError' });
    this.children.splice(index, 1);
    child.parentNode = null;
    return child;
  }

  /** Descendants with a tag name, like `querySelectorAll('video')`. */
  querySelectorAll(tag: string): FakeElement[] {
    const found: FakeElement[] = [];
    const walk = (node: FakeElement): void =>
      node.children.forEach((child) => {
        if (child.tagName === tag.toLowerCase()) found.push(child);
        walk(child);
      });
    walk(this);
    return found;
  }
}

/** Makes elements of one tag (the webOS fake registers its `<video>`). */
export type ElementMaker = (document: FakeDocument) => FakeElement;

/** A document with a body; `createElement` uses registered makers for special tags. */
export class FakeDocument {
  readonly body: FakeElement;
  hidden = false;
  private readonly makers = new Map<string, ElementMaker>();
  private readonly listeners = new EventTarget();

  constructor() {
    this.body = new FakeElement('body', this);
  }

  /** Makes `createElement(tag)` build elements with `maker`. */
  register(tag: string, maker: ElementMaker): void {
    this.makers.set(tag.toLowerCase(), maker);
  }

  createElement(tag: string): FakeElement {
    const maker = this.makers.get(tag.toLowerCase());
    return maker ? maker(this) : new FakeElement(tag.toLowerCase(), this);
  }

  querySelectorAll(tag: string): FakeElement[] {
    return this.body.querySelectorAll(tag);
  }

  addEventListener(type: string, listener: () => void): void {
    this.listeners.addEventListener(type, listener);
  }

  removeEventListener(type: string, listener: () => void): void {
    this.listeners.removeEventListener(type, listener);
  }

  /** Sends the app to the background (`hidden = true`) or back, firing `visibilitychange` like a TV does. */
  setHidden(hidden: boolean): void {
    this.hidden = hidden;
    this.listeners.dispatchEvent(new Event('visibilitychange'));
  }
}
