/**
 * NCALayer's address on the user's computer. The IP literal, not "localhost", which a browser may
 * resolve to ::1, where NCALayer does not listen.
 */
export const DEFAULT_NCALAYER_URL = 'wss://127.0.0.1:13579';
