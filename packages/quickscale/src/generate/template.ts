/**
 * The one template language of generated files, deliberately small: `{{ name }}` inserts a value
 * from the view (dotted paths allowed), `{{#if cond}} … {{else}} … {{/if}}` keeps a branch
 * (`cond` is a path, `!path` negates it), and blocks nest. Nothing else — logic belongs in the
 * generator's code, where it is typed and tested, not in templates. Files ending in `.tmpl` are
 * rendered and written without the suffix; every other file is copied byte for byte.
 */
import { CliError } from '../cli/errors.js';

export type View = Record<string, unknown>;

type Node =
  | { kind: 'text'; text: string }
  | { kind: 'value'; path: string; at: number }
  | { kind: 'if'; cond: string; yes: Node[]; otherwise: Node[]; at: number };

const TAG = /\{\{\s*(#if\s+!?[\w.-]+|else|\/if|[\w.-]+)\s*\}\}/g;

function lineOf(text: string, at: number): number {
  return text.slice(0, at).split('\n').length;
}

function parse(file: string, text: string): Node[] {
  const root: Node[] = [];
  const stack: Array<{ node: Extract<Node, { kind: 'if' }>; inElse: boolean }> = [];
  const target = () => {
    const top = stack.at(-1);
    if (!top) return root;
    return top.inElse ? top.node.otherwise : top.node.yes;
  };
  let last = 0;
  for (const m of text.matchAll(TAG)) {
    const at = m.index ?? 0;
    if (at > last) target().push({ kind: 'text', text: text.slice(last, at) });
    last = at + m[0].length;
    const tag = m[1] as string;
    if (tag.startsWith('#if')) {
      const node: Extract<Node, { kind: 'if' }> = {
        kind: 'if',
        cond: tag.slice(3).trim(),
        yes: [],
        otherwise: [],
        at,
      };
      target().push(node);
      stack.push({ node, inElse: false });
    } else if (tag === 'else') {
      const top = stack.at(-1);
      if (!top || top.inElse) throw templateError(file, text, at, '{{else}} without an open {{#if}}');
      top.inElse = true;
    } else if (tag === '/if') {
      if (!stack.pop()) throw templateError(file, text, at, '{{/if}} without an open {{#if}}');
    } else {
      target().push({ kind: 'value', path: tag, at });
    }
  }
  if (last < text.length) target().push({ kind: 'text', text: text.slice(last) });
  const open = stack.at(-1);
  if (open) throw templateError(file, text, open.node.at, '{{#if}} is never closed');
  return root;
}

function templateError(file: string, text: string, at: number, message: string): CliError {
  return new CliError(
    'template',
    `${file}:${lineOf(text, at)}: ${message}`,
    'This is a bug in a QuickScale template; please report it with the file named above.',
  );
}

function lookup(view: View, path: string): unknown {
  let value: unknown = view;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

function truthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  return Boolean(value);
}

function emit(file: string, text: string, nodes: Node[], view: View): string {
  let out = '';
  for (const node of nodes) {
    if (node.kind === 'text') out += node.text;
    else if (node.kind === 'value') {
      const value = lookup(view, node.path);
      if (value === undefined || value === null || typeof value === 'object') {
        throw templateError(file, text, node.at, `{{${node.path}}} has no text value`);
      }
      out += String(value);
    } else {
      const negate = node.cond.startsWith('!');
      const holds = truthy(lookup(view, negate ? node.cond.slice(1) : node.cond)) !== negate;
      out += emit(file, text, holds ? node.yes : node.otherwise, view);
    }
  }
  return out;
}

/**
 * Renders a template. A block tag alone on its line takes the line with it, so templates can be
 * laid out readably without leaving blank lines behind.
 */
export function renderTemplate(file: string, text: string, view: View): string {
  const tidy = text.replace(/^[ \t]*(\{\{\s*(?:#if\s+!?[\w.-]+|else|\/if)\s*\}\})[ \t]*\r?\n/gm, '$1');
  return emit(file, tidy, parse(file, tidy), view);
}
