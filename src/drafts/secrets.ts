/**
 * The last line against a widget bug that would put a secret into a draft. Refused: a key named
 * `password`, `passwordRepeat` or `emailCode`, or `code` in the same object as `email`, at any
 * depth. Names compare without case, `-` and `_`, and by their last dotted segment, because the
 * forms keep flat values such as `user.password` (then `user.code` counts beside `user.email`).
 * Other names (`passwordHint`, a company's `code`) are data.
 */
const SECRET = new Set(['password', 'passwordrepeat', 'emailcode']);

const split = (key: string) => {
  const dot = key.lastIndexOf('.');
  return [key.slice(0, dot + 1), key.slice(dot + 1).replace(/[-_]/g, '').toLowerCase()] as const;
};

/** Whether `key` in `holder` names a secret (the value does not matter: an empty password field is still one). */
export function isSecret(holder: object, key: string): boolean {
  const [prefix, name] = split(key);
  if (SECRET.has(name)) return true;
  return name === 'code' && Object.keys(holder).some((other) => split(other)[0] === prefix && split(other)[1] === 'email');
}
