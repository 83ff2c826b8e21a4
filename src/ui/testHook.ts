import { Router } from '@lightningjs/sdk';

/** A node of Lightning's element tree, as far as the hook reads it. */
interface TreeNode {
  visible: boolean;
  alpha: number;
  ref?: string;
  children: TreeNode[];
  text?: { text?: string } | null;
  label?: unknown;
}

/** What browser tests can ask the running app. */
export interface TestHook {
  /** The current route, e.g. `live/12`. */
  route(): string;
  /** Every text on screen (visible elements only), in tree order. */
  visibleText(): string[];
  /** The focused element as `Ref` or `Ref:label` (e.g. `KeyboardKey:q`). */
  focused(): string;
  /** Every visible text inside the focused element (the innermost one), in tree order. */
  focusedText(): string[];
  /** What a page or component reports about itself under `name` (see {@link registerProbe}); undefined if none. */
  probe(name: string): unknown;
}

const probes = new Map<string, () => unknown>();

/**
 * Lets a page or component tell browser tests and benchmarks something the screen's texts cannot (which channel
 * the preview plays, how many keys a list handled...). The value must be plain data (it crosses into the test
 * process as JSON). Returns an unregister function. Costs nothing on a TV: probes are only read through the hook.
 */
export function registerProbe(name: string, read: () => unknown): () => void {
  probes.set(name, read);
  return () => {
    if (probes.get(name) === read) probes.delete(name);
  };
}

function collectText(node: TreeNode, out: string[]): void {
  if (!node.visible || node.alpha <= 0) return;
  const text = node.text && node.text.text;
  if (typeof text === 'string' && text.trim() !== '') out.push(text);
  node.children.forEach((child) => collectText(child, out));
}

/**
 * Installs `window.__tvplayerTest` for the browser tests. Only in the emulator: a TV build never exposes it.
 */
export function installTestHook(
  host: { __tvplayerTest?: TestHook },
  application: { childList: unknown; focusPath?: unknown[] },
): void {
  const root = application as unknown as TreeNode & { focusPath?: TreeNode[] };
  host.__tvplayerTest = {
    route: () => Router.getActiveHash() ?? '',
    visibleText: () => {
      const out: string[] = [];
      collectText(root, out);
      return out;
    },
    focused: () => {
      const path = root.focusPath ?? [];
      const node = path[path.length - 1];
      if (!node) return '';
      const name = node.ref ?? 'Element';
      return typeof node.label === 'string' ? `${name}:${node.label}` : name;
    },
    focusedText: () => {
      const path = root.focusPath ?? [];
      const node = path[path.length - 1];
      const out: string[] = [];
      if (node) collectText(node, out);
      return out;
    },
    probe: (name: string) => {
      const read = probes.get(name);
      return read ? read() : undefined;
    },
  };
}
