/**
 * What a request costs in serialized bytes, as Microsoft's Excel JavaScript client sends it. Each
 * call becomes JSON: an object path per object reached (a range, its format, its font…) with an
 * "instantiate" action, and one action per property set or method called, each naming the ids of
 * the objects on its path. A style run of a few properties thus costs hundreds of bytes beyond its
 * values. The figures below were measured with the real library (test/contract calibrates them
 * against its bytes) and assume seven-digit ids, as a large build reaches.
 */

/** An object path and the action that instantiates it, without its arguments. */
const PATH_BYTES = 150;
/** A property set or method call, without its arguments. */
const ACTION_BYTES = 120;

/** Bytes of a string in UTF-8 (Japanese text takes 3 per character), without allocating. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code >= 0xd800 && code < 0xdc00 ? (i++, 4) : 3;
  }
  return bytes;
}

/** The bytes of `paths` objects reached and `actions` calls, plus their arguments as JSON. */
export function requestCost(paths: number, actions: number, ...args: unknown[]): number {
  let bytes = paths * PATH_BYTES + actions * ACTION_BYTES;
  for (const arg of args) bytes += arg === undefined ? 0 : utf8Length(JSON.stringify(arg));
  return bytes;
}
