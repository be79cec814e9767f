/** Attributes of an element: strings and numbers are set, `false`, `null` and `undefined` left out. */
type Attributes = Record<string, string | number | boolean | null | undefined>;
type Child = Node | string | null | undefined | false;

function fill<E extends Element>(element: E, attributes: Attributes, children: Child[]): E {
  for (const [name, value] of Object.entries(attributes))
    if (value !== false && value !== null && value !== undefined)
      element.setAttribute(name, value === true ? '' : String(value));
  element.append(
    ...children.filter((c): c is Node | string => c !== null && c !== undefined && c !== false),
  );
  return element;
}

/**
 * An HTML element with attributes and children (text is set as text, never parsed as HTML).
 *
 * @param tag - The element's name.
 * @param attributes - Its attributes.
 * @param children - Nodes and text.
 * @returns The element.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  return fill(document.createElement(tag), attributes, children);
}

/**
 * An SVG element with attributes and children.
 *
 * @param tag - The element's name.
 * @param attributes - Its attributes.
 * @param children - Nodes and text.
 * @returns The element.
 */
export function s<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  ...children: Child[]
): SVGElementTagNameMap[K] {
  return fill(document.createElementNS('http://www.w3.org/2000/svg', tag), attributes, children);
}

/**
 * The element with an id, of the expected type.
 *
 * @param id - Its id in the page.
 * @returns The element.
 * @throws Error when the page has no such element.
 */
export function byId<T extends HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} is missing from the page`);
  return element as T;
}
